//! A received file or a colleague's plan can do no harm: each test is one way a plan file, an
//! annex or a file name could run a command, forge output, or replace what it must not.
use super::common;

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

#[test]
fn a_note_may_start_with_a_dash() {
    let root = common::shipped_plan();
    let (code, out, err) = run_plan(
        root.path(),
        &[
            "mark",
            "I.1",
            "done",
            "--on",
            "2023-03-01",
            "--note",
            "- Đã trình",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "I.1: done on 2023-03-01 (plan/I.toml)\n");
    let section = fs::read_to_string(root.path().join("plan/I.toml")).unwrap();
    assert!(
        section.contains("status = \"done\"\nnote = \"- Đã trình\"\n"),
        "{section}"
    );
}

/// `plan check` in the shipped plan with `$PLAN_LANG` set to `value`.
fn check_with_lang(value: &str) -> (i32, String, String) {
    let root = common::shipped_plan();
    let output = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("PLAN_LANG", value)
        .env_remove("PLAN_DIR")
        .arg("check")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn plan_lang_is_read_as_a_locale_and_named_when_wrong() {
    let vietnamese = "ok: plan: 7 nội dung, 37 nhiệm vụ (4 đề mục), 9 đơn vị\n";
    let english = "ok: plan: 7 sections, 37 tasks (4 headings), 9 units\n";
    for (value, said) in [
        ("vi_VN", vietnamese),
        ("vi_VN.UTF-8", vietnamese),
        ("VI", vietnamese),
        ("EN", english),
        ("en_US.UTF-8", english),
        ("", english),
    ] {
        assert_eq!(
            check_with_lang(value),
            (0, said.to_string(), String::new()),
            "{value:?}"
        );
    }
    let (code, _, err) = check_with_lang("fr_FR");
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `$PLAN_LANG` is `fr_FR`, which is no language `plan` speaks\nhelp: set it to `vi` or `en`, or unset it\n"
    );
}

#[test]
fn csv_mistakes_are_named_for_what_they_are() {
    let dir = TempDir::new().unwrap();
    annex(dir.path(), "a.csv", "1,Rà soát,Văn phòng,Quý 2/2023\n");
    let (code, _, err) = run_plan(dir.path(), &["import", "a.csv", "--sheet", "X"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `a.csv` has no sheet `X`\nhelp: only a workbook has sheets: leave out `--sheet`\n"
    );
    // UTF-16 (little-endian) without its byte-order mark.
    let text = "STT,Nhiệm vụ,Cơ quan chủ trì\n1,Rà soát,Văn phòng\n";
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    fs::write(dir.path().join("u16.csv"), utf16).unwrap();
    let (code, _, err) = run_plan(dir.path(), &["import", "u16.csv"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: `u16.csv` is UTF-16, not UTF-8\n"),
        "{err}"
    );
}

#[test]
fn init_from_an_old_plan_starts_the_year_after_it() {
    let root = common::shipped_plan();
    let (code, out, err) = run_plan(root.path(), &["init", "next", "--from", "plan"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("created `next` for 2024"), "{out}");
    let head = fs::read_to_string(root.path().join("next/plan.toml")).unwrap();
    assert!(head.contains("\nyear = 2024\n"), "{head}");
}

#[test]
fn a_csv_quote_left_open_is_refused_and_excel_sep_line_is_honoured() {
    let dir = TempDir::new().unwrap();
    annex(
        dir.path(),
        "open.csv",
        "1,\"Rà soát,Văn phòng,Quý 2/2023\n2,Báo cáo,Văn phòng,Quý 3/2023\n3,Kiểm tra,Văn phòng,Quý 4/2023\n",
    );
    let (code, out, err) = run_plan(dir.path(), &["import", "open.csv", "--year", "2023"]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        err.starts_with("error: `open.csv` has a quote opened on line 3 that is never closed"),
        "{err}"
    );
    assert!(!dir.path().join("plan").exists());
    // Every line holds more commas than semicolons: guessed, the separator would be the comma
    // (and no header found); `sep=;` says it is the semicolon.
    let rows = "STT;Nhiệm vụ (a, b, c, d, e);Cơ quan chủ trì;Thời gian hoàn thành\n\
                I;CẢI CÁCH THỂ CHẾ (a, b, c, d, e);;\n\
                1;Rà soát, cập nhật, công bố, niêm yết, lưu trữ;Văn phòng;Quý 2/2023\n";
    fs::write(dir.path().join("guessed.csv"), rows).unwrap();
    fs::write(dir.path().join("sep.csv"), format!("sep=;\n{rows}")).unwrap();
    let dry_run = |file: &str| {
        let args = [
            "import",
            file,
            "--year",
            "2023",
            "--format",
            "json",
            "--dry-run",
        ];
        run_plan(dir.path(), &args)
    };
    assert_eq!(dry_run("guessed.csv").0, 1);
    let (code, out, err) = dry_run("sep.csv");
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        json[0]["title"],
        "Rà soát, cập nhật, công bố, niêm yết, lưu trữ"
    );
    assert_eq!(json[0]["lead"][0], "Văn phòng");
}
