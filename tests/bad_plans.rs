//! A corpus of malformed plans (tests/bad-plans/CASE/plan): truncated files, random bytes,
//! UTF-16, huge strings, deep nesting, thousands of entries on one task, duplicate keys, conflict
//! markers, wrong types. `check` must print exactly CASE/check.stderr, and `check`, `list` and
//! `overdue` must all exit 1 with a message naming the file, never panic.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use assert_cmd::Command;

fn run(case: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(case)
        .env_remove("PLAN_DIR")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn every_bad_plan_is_refused_with_its_message() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-plans");
    let mut cases: Vec<_> = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "the corpus is missing");
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected = fs::read_to_string(case.join("check.stderr")).unwrap();
        let (code, stderr) = run(&case, &["check"]);
        assert_eq!(stderr, expected, "{name}: check");
        assert_eq!(code, Some(1), "{name}: check");
        let named = expected
            .lines()
            .nth(2)
            .and_then(|l| l.split(':').next())
            .unwrap()
            .to_string();
        assert!(
            named.starts_with("plan/"),
            "{name}: the message names the file"
        );
        for args in [&["list"][..], &["overdue", "--as-of", "2023-06-30"]] {
            let (code, stderr) = run(&case, args);
            assert_eq!(code, Some(1), "{name}: {args:?}: {stderr}");
            assert!(
                stderr.contains(&named),
                "{name}: {args:?} names {named}: {stderr}"
            );
            assert!(!stderr.contains("panicked"), "{name}: {args:?}");
        }
    }
}

#[test]
fn warnings_are_said_in_the_language_of_the_plan() {
    let root = tempfile::TempDir::new().unwrap();
    let dir = root.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(
        dir.join("plan.toml"),
        "title = \"Kế hoạch thử\"\nyear = 2023\nlang = \"vi\"\n\n[[unit]]\nname = \"Văn phòng\"\n",
    )
    .unwrap();
    fs::write(
        dir.join("I.toml"),
        "id = \"I\"\ntitle = \"Chỉ đạo\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"Kế hoạch\"\nlead = [\"Văn phòng\"]\ndeadline = \"Sớm\"\n",
    )
    .unwrap();
    let (code, stderr) = run(root.path(), &["list"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        stderr,
        "cảnh báo: plan/I.toml:8:12: nhiệm vụ `I.1`: không hiểu được thời hạn `Sớm`\n  |\n8 | deadline = \"Sớm\"\n  |            ^^^^^\ngợi ý: hãy ghi đúng như văn bản (`Quý 2/2023`, `Tháng 10/2023`, `Năm 2023`, `Trước ngày 15/12/2023`, `Thường xuyên`, `Định kỳ quý`, `Khi có văn bản hướng dẫn ...`), hoặc thêm `due = 2023-06-30` vào nhiệm vụ\n"
    );
    // The flag wins over the plan's language.
    let (_, stderr) = run(root.path(), &["--lang", "en", "list"]);
    assert!(
        stderr.starts_with("warning: plan/I.toml:8:12: task `I.1`: deadline `Sớm` fits no kind\n"),
        "{stderr}"
    );
}
