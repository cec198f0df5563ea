//! A received file or a colleague's plan can do no harm: each test is one way a plan file, an
//! annex or a file name could run a command, forge output, or replace what it must not.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{bash_completions, one_task, run_plan};
use tempfile::TempDir;

#[test]
fn a_completed_unit_name_is_one_word_and_runs_nothing() {
    let root = common::shipped_plan();
    let plan_toml = root.path().join("plan/plan.toml");
    let mut text = fs::read_to_string(&plan_toml).unwrap();
    text.push_str("\n[[unit]]\nname = \"Zz$(touch pwned)`touch pwned2`\"\n");
    fs::write(&plan_toml, text).unwrap();
    // `check` says what a shell would make of it.
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("holds `$`"), "{err}");

    let offered = bash_completions(root.path(), &["plan", "list", "--unit", ""]);
    assert!(offered.len() >= 18, "{offered:?}");
    // bash inserts each as it is: typed into a command line and run, each is one argument,
    // the unit's name, and nothing else happens.
    let names: Vec<String> = offered
        .iter()
        .map(|word| {
            let output = Command::new("bash")
                .args(["--norc", "--noprofile", "-c"])
                .arg(format!("printf '%s\\n' {word}"))
                .current_dir(root.path())
                .output()
                .unwrap();
            assert!(output.status.success(), "{word}: {output:?}");
            String::from_utf8(output.stdout)
                .unwrap()
                .trim_end()
                .to_string()
        })
        .collect();
    assert!(!root.path().join("pwned").exists() && !root.path().join("pwned2").exists());
    assert!(names.contains(&"Trung tâm KH&CN".to_string()), "{names:?}");
    assert!(
        names.contains(&"Zz$(touch pwned)`touch pwned2`".to_string()),
        "{names:?}"
    );
    // Typed with its backslashes, the prefix still finds it.
    assert_eq!(
        bash_completions(root.path(), &["plan", "list", "--unit", "Trung\\ tâm\\ KH"]),
        ["Trung\\ tâm\\ KH\\&CN"]
    );
    // Inside quotes a name goes in as it is, where that runs nothing; otherwise not at all.
    assert_eq!(
        bash_completions(root.path(), &["plan", "list", "--unit", "Trung tâm KH"]),
        ["Trung tâm KH&CN"]
    );
    assert!(bash_completions(root.path(), &["plan", "list", "--unit", "Zz$(t"]).is_empty());
}

#[test]
fn ids_and_unit_names_with_control_characters_are_refused() {
    let root = common::shipped_plan();
    let plan_toml = root.path().join("plan/plan.toml");
    let mut text = fs::read_to_string(&plan_toml).unwrap();
    text.push_str("\n[[unit]]\nname = \"Tổ\\nmới\"\n");
    fs::write(&plan_toml, text).unwrap();
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`Tổ ␤ mới` holds a control character, which no name or id may"),
        "{err}"
    );
    let root = one_task("Kế hoạch", "x");
    let section = root.path().join("plan/I.toml");
    let text = fs::read_to_string(&section)
        .unwrap()
        .replace("id = \"I.1\"", "id = \"I.1\\u202E\"");
    fs::write(&section, text).unwrap();
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`I.1[U+202E]` holds a control character"),
        "{err}"
    );
}

#[test]
fn csv_for_a_spreadsheet_never_starts_a_cell_with_a_formula() {
    let root = one_task("=HYPERLINK(\\\"http://x\\\",\\\"y\\\")", "+1 -2 @3");
    let (code, out, err) = run_plan(root.path(), &["list", "--section", "I", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        "{out}"
    );
    assert!(!out.contains(",=") && !out.contains(",\"="), "{out}");
    // For scripts, the text as it is, and no byte-order mark.
    let (code, raw, _) = run_plan(
        root.path(),
        &["list", "--section", "I", "--format", "csv-raw"],
    );
    assert_eq!(code, 0);
    assert!(raw.starts_with("id,"), "{raw}");
    assert!(raw.contains(",\"=HYPERLINK("), "{raw}");
    // The report's CSV and the other commands' too.
    let (_, report, _) = run_plan(
        root.path(),
        &["report", "--quarter", "1", "--format", "csv"],
    );
    assert!(report.contains("'=HYPERLINK("), "{report}");
    assert!(!report.contains(",=HYPERLINK(") && !report.contains("\"=HYPERLINK("));
    for args in [
        &["overdue", "--as-of", "2023-06-30", "--format", "csv"][..],
        &["show", "I.1", "--format", "csv"],
    ] {
        let (code, out, _) = run_plan(root.path(), args);
        assert_eq!(code, 0, "{args:?}");
        assert!(
            out.contains("'=HYPERLINK(") && !out.contains(",=HYPERLINK("),
            "{args:?}: {out}"
        );
    }
}

#[test]
fn a_note_on_two_lines_forges_no_line_of_show_or_of_the_report() {
    let root = one_task(
        "Kế hoạch",
        "Đã trình\\n  2023-06-01  done\\n| Văn phòng | 99 |\\n## Forged \\u202Ereversed",
    );
    let (code, out, err) = run_plan(root.path(), &["show", "I.1", "--as-of", "2023-07-01"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.lines()
            .any(|l| l.trim_start().starts_with("2023-06-01")),
        "{out}"
    );
    assert!(
        out.contains(
            "Đã trình ␤   2023-06-01  done ␤ | Văn phòng | 99 | ␤ ## Forged [U+202E]reversed"
        ),
        "{out}"
    );
    let (code, md, _) = run_plan(root.path(), &["report", "--quarter", "1"]);
    assert_eq!(code, 0);
    assert!(
        !md.lines().any(|l| l.starts_with("| Văn phòng | 99")),
        "{md}"
    );
    assert!(!md.lines().any(|l| l.starts_with("## Forged")), "{md}");
    assert!(!md.contains('\u{202E}'), "{md}");
}

#[test]
fn force_replaces_a_regular_file_only_and_never_writes_into_git() {
    let root = common::shipped_plan();
    let dir = root.path();
    std::os::unix::fs::symlink("elsewhere.md", dir.join("link.md")).unwrap();
    fs::write(dir.join("elsewhere.md"), "kept").unwrap();
    let fifo = dir.join("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for target in ["link.md", "fifo", "/dev/null"] {
        let (code, _, err) = run_plan(dir, &["report", "--quarter", "1", "-o", target, "--force"]);
        assert_eq!(code, 1, "{target}: {err}");
        assert!(err.contains("is not a regular file"), "{target}: {err}");
    }
    assert!(
        fs::symlink_metadata(dir.join("link.md"))
            .unwrap()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(dir.join("elsewhere.md")).unwrap(),
        "kept"
    );
    assert!(!fs::metadata(&fifo).unwrap().is_file());

    fs::create_dir(dir.join(".git")).unwrap();
    fs::write(dir.join(".git/config"), "[core]\n").unwrap();
    let (code, _, err) = run_plan(
        dir,
        &["report", "--quarter", "1", "-o", ".git/config", "--force"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("inside a `.git` directory"), "{err}");
    assert_eq!(
        fs::read_to_string(dir.join(".git/config")).unwrap(),
        "[core]\n"
    );

    // A regular file is replaced with --force; `-o -` is standard output.
    fs::write(dir.join("old.md"), "old").unwrap();
    let (code, _, err) = run_plan(
        dir,
        &["report", "--quarter", "1", "-o", "old.md", "--force"],
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = run_plan(dir, &["report", "--quarter", "1", "-o", "-"]);
    assert_eq!(code, 0);
    assert_eq!(out, fs::read_to_string(dir.join("old.md")).unwrap());
}

/// An annex in CSV, written to `dir/name`.
fn annex(dir: &Path, name: &str, rows: &str) {
    let text =
        format!("STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian hoàn thành\nI,CẢI CÁCH THỂ CHẾ,,\n{rows}");
    fs::write(dir.join(name), text).unwrap();
}

#[test]
fn a_file_name_or_a_cell_cannot_add_a_key_to_the_plan() {
    let dir = TempDir::new().unwrap();
    let name = "x\nreport_threshold = 0\n#.csv";
    annex(dir.path(), name, "1,Rà soát,Văn phòng,Quý 2/2023\n");
    let (code, out, err) = run_plan(
        dir.path(),
        &["import", name, "--into", "ours", "--year", "2023"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("imported 1 task"), "{out}");
    let head = fs::read_to_string(dir.path().join("ours/plan.toml")).unwrap();
    assert!(
        !head.lines().any(|l| l.starts_with("report_threshold")),
        "{head}"
    );
    assert!(
        head.starts_with("# Imported by `plan import` from `x ␤ report_threshold = 0 ␤ #.csv`.")
    );

    // A unit with an escape sequence: the import would not load, so nothing is written.
    annex(
        dir.path(),
        "evil.csv",
        "1,Rà soát,\"Văn\u{1b}[2Jphòng\",Quý 2/2023\n",
    );
    let (code, _, err) = run_plan(
        dir.path(),
        &["import", "evil.csv", "--into", "evil", "--year", "2023"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("the plan read from the annex would not load, so nothing was written"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(!dir.path().join("evil").exists());
    // Nor is anything left beside it.
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".plan-new-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn import_into_a_plan_directory_is_refused() {
    let root = common::shipped_plan();
    annex(root.path(), "a.csv", "1,Rà soát,Văn phòng,Quý 2/2023\n");
    let (code, _, err) = run_plan(
        root.path(),
        &[
            "import",
            "a.csv",
            "--into",
            "plan/VIII.toml",
            "--year",
            "2023",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("is inside the plan directory"), "{err}");
    assert!(!root.path().join("plan/VIII.toml").exists());
    let (code, _, _) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0);
}
