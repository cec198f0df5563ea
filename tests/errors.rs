//! Every kind of problem in plan files, each with the whole message a user sees.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;

use tempfile::TempDir;

const PLAN: &str = r#"title = "Kế hoạch thử"
year = 2023

[[unit]]
name = "Văn phòng"
aliases = ["VP"]

[[unit]]
name = "Thanh tra"
"#;

const SECTION: &str = r#"id = "I"
title = "Công tác chỉ đạo điều hành"

[[task]]
id = "I.1"
title = "Xây dựng Kế hoạch CCHC năm 2023"
lead = ["Văn phòng"]
deadline = "Quý 1/ 2023"
"#;

/// A plan directory `plan/` in a fresh folder, with `plan.toml` and the given section files.
fn plan_with(files: &[(&str, &[u8])]) -> TempDir {
    let root = TempDir::new().unwrap();
    let dir = root.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("plan.toml"), PLAN).unwrap();
    for (name, contents) in files {
        fs::write(dir.join(name), contents).unwrap();
    }
    root
}

fn run(root: &Path, args: &[&str]) -> (i32, String, String) {
    common::run_plan(root, args)
}

/// Runs `plan check` and expects it to fail with exactly `expected` on stderr.
fn check_fails_with(root: &TempDir, expected: &str) {
    let (code, stdout, stderr) = run(root.path(), &["check"]);
    assert_eq!(stderr, expected);
    assert_eq!((code, stdout.as_str()), (1, ""));
}

fn section_with(extra: &str) -> String {
    format!("{SECTION}{extra}")
}

#[test]
fn shipped_style_plan_checks_clean() {
    let root = plan_with(&[("I.toml", SECTION.as_bytes())]);
    let (code, stdout, stderr) = run(root.path(), &["check"]);
    assert_eq!(
        stdout,
        "ok: plan: 1 sections, 1 tasks (0 headings), 2 units\n"
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn unknown_key_suggests_the_closest() {
    let root = plan_with(&[("I.toml", section_with("titel = \"x\"\n").as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:9:1: unknown field `titel`, expected one of `id`, `title`, `parent`, `lead`, `support`, `budget`, `deadline`, `due`, `product`, `funding`, `note`, `carried_from`, `progress`
  |
9 | titel = \"x\"
  | ^^^^^
help: did you mean `title`?
",
    );
}

#[test]
fn toml_syntax_error() {
    let root = plan_with(&[("I.toml", section_with("budget = 12.000.000\n").as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:9:16: invalid float, expected nothing
  |
9 | budget = 12.000.000
  |                ^^^^
help: write amounts without dots, as `12_000_000` or `12000000`: TOML reads `12.000.000` as a broken decimal
",
    );
}

#[test]
fn toml_syntax_error_in_general() {
    let root = plan_with(&[(
        "I.toml",
        section_with("support = [\"Thanh tra\"\n").as_bytes(),
    )]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:9:23: unclosed array, expected `]`
  |
9 | support = [\"Thanh tra\"
  |                       ^
help: fix the TOML syntax here; the file format is described in docs/format.md
",
    );
}

#[test]
fn wrong_type() {
    let root = plan_with(&[(
        "I.toml",
        section_with("budget = \"12.000.000\"\n").as_bytes(),
    )]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:9:10: invalid type: string \"12.000.000\", expected i64
  |
9 | budget = \"12.000.000\"
  |          ^^^^^^^^^^^^
help: text goes in quotes, `budget` and `year` are whole numbers (12_000_000), dates are written 2023-04-10 without quotes, and `lead`/`support` are lists ([\"Văn phòng\"])
",
    );
}

#[test]
fn file_that_is_not_utf8() {
    // "Văn phòng" in Windows-1258 bytes: 0xE3 is "ă" there, and invalid on its own in UTF-8.
    let mut bytes = SECTION.replace("Văn phòng", "V").into_bytes();
    let at = bytes.iter().position(|b| *b == b'V').unwrap();
    bytes.insert(at + 1, 0xE3);
    let root = plan_with(&[("I.toml", &bytes)]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:7:11: the file is not valid UTF-8
  |
7 | lead = [\"V\u{FFFD}\"]
  |           ^
help: save it as UTF-8; Vietnamese text in another encoding (such as TCVN3 or VNI) must be converted
",
    );
}

#[test]
fn file_in_utf16() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(SECTION.encode_utf16().flat_map(u16::to_le_bytes));
    let root = plan_with(&[("I.toml", &bytes)]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:1:1: the file is UTF-16, not UTF-8
  |
1 | 
  | ^
help: save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)
",
    );
}

#[test]
fn git_conflict_markers() {
    let conflicted = SECTION.replace(
        "deadline = \"Quý 1/ 2023\"\n",
        "<<<<<<< HEAD\ndeadline = \"Quý 1/ 2023\"\n=======\ndeadline = \"Quý 2/ 2023\"\n>>>>>>> other\n",
    );
    let root = plan_with(&[("I.toml", conflicted.as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:8:1: unresolved git merge conflict marker
  |
8 | <<<<<<< HEAD
  | ^^^^^^^^^^^^
help: finish the merge: keep the lines you want from each side, delete the `<<<<<<<`, `=======` and `>>>>>>>` lines, then run `plan check`
",
    );
}

#[test]
fn duplicate_id_names_both_places() {
    let second = "id = \"II\"\ntitle = \"Cải cách thể chế\"\n\n[[task]]\nid = \"II.1\"\ntitle = \"x\"\nlead = [\"Thanh tra\"]\n\n[[task]]\nid = \"I.1\"\ntitle = \"y\"\nlead = [\"Thanh tra\"]\n";
    let root = plan_with(&[
        ("I.toml", SECTION.as_bytes()),
        ("II.toml", second.as_bytes()),
    ]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/II.toml:10:6: task id `I.1` does not belong to section `II`
   |
10 | id = \"I.1\"
   |      ^^^^^
help: ids in this file start with `II.`: `II.1`, `II.2.a` ...
",
    );
    let again = section_with("\n[[task]]\nid = \"I.1\"\ntitle = \"again\"\nlead = [\"VP\"]\n");
    let root = plan_with(&[("I.toml", again.as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:11:6: duplicate task id `I.1`, first used at plan/I.toml:5
   |
11 | id = \"I.1\"
   |      ^^^^^
help: give each task its own id
",
    );
}

#[test]
fn unknown_unit_suggests_the_closest() {
    let root = plan_with(&[(
        "I.toml",
        SECTION
            .replace("[\"Văn phòng\"]", "[\"Văn phongg\"]")
            .as_bytes(),
    )]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:7:9: unknown unit `Văn phongg`
  |
7 | lead = [\"Văn phongg\"]
  |         ^^^^^^^^^^^^
help: did you mean `Văn phòng`? Or add it to `plan.toml` as a unit or an alias
",
    );
}

#[test]
fn deadline_that_fits_no_kind_fails_check_and_warns_elsewhere() {
    let root = plan_with(&[(
        "I.toml",
        SECTION.replace("Quý 1/ 2023", "Sớm nhất có thể").as_bytes(),
    )]);
    let diagnostic = "plan/I.toml:8:12: task `I.1`: deadline `Sớm nhất có thể` fits no kind
  |
8 | deadline = \"Sớm nhất có thể\"
  |            ^^^^^^^^^^^^^^^^^
help: write it as the document does (`Quý 2/2023`, `Tháng 10/2023`, `Năm 2023`, `Trước ngày 15/12/2023`, `Thường xuyên`, `Định kỳ quý`, `Khi có văn bản hướng dẫn ...`), or add `due = 2023-06-30` to the task
";
    check_fails_with(
        &root,
        &format!("error: the plan has 1 problem\n\n{diagnostic}"),
    );
    let (code, stdout, stderr) = run(
        root.path(),
        &["list", "--format", "csv", "--as-of", "2023-06-30"],
    );
    assert_eq!(stderr, format!("warning: {diagnostic}"));
    assert_eq!(code, 0);
    assert!(
        stdout.contains(
            "I.1,I,,Xây dựng Kế hoạch CCHC năm 2023,Văn phòng,,,Sớm nhất có thể,,,,todo,"
        )
    );
}

#[test]
fn task_with_no_lead_and_no_children() {
    let root = plan_with(&[(
        "I.toml",
        section_with("\n[[task]]\nid = \"I.2\"\ntitle = \"Tuyên truyền CCHC\"\n").as_bytes(),
    )]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:11:6: task `I.2` has no lead and no children
   |
11 | id = \"I.2\"
   |      ^^^^^
help: add `lead = [\"...\"]` (the responsible unit), or tasks under it (`I.2.a`, `I.2.b` ...)
",
    );
}

#[test]
fn parent_that_does_not_exist() {
    let orphan = section_with(
        "\n[[task]]\nid = \"I.2.a\"\ntitle = \"Xây dựng 01 video\"\nlead = [\"VP\"]\n\n[[task]]\nid = \"I.3\"\nparent = \"I.9\"\ntitle = \"z\"\nlead = [\"VP\"]\n",
    );
    let root = plan_with(&[("I.toml", orphan.as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 2 problems

plan/I.toml:11:6: the parent `I.2` of task `I.2.a` does not exist
   |
11 | id = \"I.2.a\"
   |      ^^^^^^^
help: add a task `I.2`, or fix the id of `I.2.a`

plan/I.toml:17:10: the parent `I.9` of task `I.3` does not exist
   |
17 | parent = \"I.9\"
   |          ^^^^^
help: add a task `I.9`, or fix the id of `I.3`
",
    );
}

#[test]
fn progress_entry_with_unknown_status() {
    let root = plan_with(&[(
        "I.toml",
        section_with("\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"xong\"\n").as_bytes(),
    )]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:12:10: unknown status `xong`; the statuses are `todo`, `doing`, `done`, `blocked`, `dropped`
   |
12 | status = \"xong\"
   |          ^^^^^^
help: use one of the statuses above
",
    );
}

#[test]
fn progress_entry_with_impossible_date() {
    let root = plan_with(&[(
        "I.toml",
        section_with("\n[[task.progress]]\ndate = 2023-02-30\nstatus = \"done\"\n").as_bytes(),
    )]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:11:8: invalid date, expected day between 01 and 28
   |
11 | date = 2023-02-30
   |        ^^^^^^^^^^
help: write dates as YYYY-MM-DD, a day that exists (2023-02-28, not 2023-02-30)
",
    );
}

const PERIODIC: &str = "\n[[task]]\nid = \"I.2\"\ntitle = \"Báo cáo công tác kiểm soát thủ tục hành chính\"\nlead = [\"VP\"]\ndeadline = \"Định kỳ quý, năm\"\n";

#[test]
fn periodic_entry_without_period() {
    let text = section_with(&format!(
        "{PERIODIC}\n[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\n"
    ));
    let root = plan_with(&[("I.toml", text.as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:17:8: progress entry of periodic task `I.2` has no `period`
   |
17 | date = 2023-04-05
   |        ^^^^^^^^^^
help: add the occurrence it is for, such as `period = \"2023-Q2\"`
",
    );
}

#[test]
fn period_that_is_not_an_occurrence() {
    let text = section_with(&format!(
        "{PERIODIC}\n[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\nperiod = \"2024-Q1\"\n"
    ));
    let root = plan_with(&[("I.toml", text.as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:19:10: `2024-Q1` is not an occurrence of `I.2`, which recurs every quarter in 2023
   |
19 | period = \"2024-Q1\"
   |          ^^^^^^^^^
help: use one of `2023-Q1` … `2023-Q4`
",
    );
}

#[test]
fn period_on_a_task_that_is_not_periodic() {
    let root = plan_with(&[(
        "I.toml",
        section_with(
            "\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\nperiod = \"2023-Q1\"\n",
        )
        .as_bytes(),
    )]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:13:10: `I.1` is not periodic, so its entries take no `period`
   |
13 | period = \"2023-Q1\"
   |          ^^^^^^^^^
help: remove `period`
",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let bad_units = SECTION.replace("[\"Văn phòng\"]", "[\"Văn phongg\"]");
    let bad_syntax = "id = \"II\"\ntitle = \"Cải cách thể chế\n";
    let root = plan_with(&[
        ("I.toml", bad_units.as_bytes()),
        ("II.toml", bad_syntax.as_bytes()),
    ]);
    let (code, _, stderr) = run(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("error: the plan has 2 problems\n\nplan/I.toml:7:9: unknown unit"));
    assert!(stderr.contains("\n\nplan/II.toml:2:"));
}

#[test]
fn other_commands_refuse_a_broken_plan_too() {
    let root = plan_with(&[("I.toml", section_with("titel = \"x\"\n").as_bytes())]);
    for args in [
        &["list"][..],
        &["overdue", "--as-of", "2023-06-30"],
        &["show", "I.1"],
    ] {
        let (code, stdout, stderr) = run(root.path(), args);
        assert_eq!((code, stdout.as_str()), (1, ""), "{args:?}");
        assert!(stderr.starts_with(
            "error: the plan has 1 problem\n\nplan/I.toml:9:1: unknown field `titel`"
        ));
    }
}

#[test]
fn bom_and_crlf_are_accepted_and_text_becomes_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = SECTION.nfd().collect();
    let crlf = format!("\u{FEFF}{}", nfd.replace('\n', "\r\n"));
    let root = plan_with(&[("I.toml", crlf.as_bytes())]);
    let (code, stdout, stderr) = run(root.path(), &["check"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        "ok: plan: 1 sections, 1 tasks (0 headings), 2 units\n"
    );
    let (_, json, _) = run(
        root.path(),
        &["list", "--format", "json", "--as-of", "2023-06-30"],
    );
    let tasks: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(tasks[0]["title"], "Xây dựng Kế hoạch CCHC năm 2023");
    assert_eq!(tasks[0]["lead"][0], "Văn phòng");
    assert_eq!(tasks[0]["due"], "2023-03-31");
}

#[test]
fn missing_or_empty_plan_directory() {
    let root = TempDir::new().unwrap();
    let (code, _, stderr) = run(root.path(), &["--plan-dir", "nowhere", "check"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: plan directory `nowhere` does not exist\nhelp: check `--plan-dir` or `$PLAN_DIR`\n"
    );
    fs::create_dir(root.path().join("plan")).unwrap();
    let (code, _, stderr) = run(root.path(), &["list"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: `plan` holds no `plan.toml`\nhelp: a plan directory needs `plan.toml` (title, year, units) and one file per section\n"
    );
}

#[test]
fn no_plan_anywhere_says_where_it_looked() {
    let root = TempDir::new().unwrap();
    let (code, _, stderr) = run(root.path(), &["list"]);
    assert_eq!(code, 1);
    let looked = root.path().join("plan");
    assert!(
        stderr.starts_with(&format!(
            "error: no plan found: looked for a `plan` directory in {}, ",
            looked.display()
        )),
        "{stderr}"
    );
    assert!(stderr.ends_with("help: run from inside a repository that has one, pass `--plan-dir DIR` (or set `$PLAN_DIR`), or start one with `plan init`\n"));
}

#[test]
fn plan_year_out_of_range() {
    let root = plan_with(&[("I.toml", SECTION.as_bytes())]);
    fs::write(
        root.path().join("plan/plan.toml"),
        PLAN.replace("year = 2023", "year = 20233"),
    )
    .unwrap();
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/plan.toml:2:8: `20233` is not a plan year
  |
2 | year = 20233
  |        ^^^^^
help: write the year of the plan, such as `year = 2023`
",
    );
}

#[test]
fn parent_cycle() {
    let cycle = section_with(
        "\n[[task]]\nid = \"I.2\"\nparent = \"I.3\"\ntitle = \"a\"\n\n[[task]]\nid = \"I.3\"\nparent = \"I.2\"\ntitle = \"b\"\n",
    );
    let root = plan_with(&[("I.toml", cycle.as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 2 problems

plan/I.toml:11:6: task `I.2` is its own ancestor
   |
11 | id = \"I.2\"
   |      ^^^^^
help: fix the `parent` keys so that they lead up to a task with no parent

plan/I.toml:16:6: task `I.3` is its own ancestor
   |
16 | id = \"I.3\"
   |      ^^^^^
help: fix the `parent` keys so that they lead up to a task with no parent
",
    );
}

#[test]
fn due_key_on_a_periodic_task() {
    let text = section_with(&format!("{PERIODIC}due = 2023-02-15\n"));
    let root = plan_with(&[("I.toml", text.as_bytes())]);
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:15:7: `I.2` recurs every quarter, so it has no single `due`
   |
15 | due = 2023-02-15
   |       ^^^^^^^^^^
help: each occurrence is due at the end of its period; remove `due`, or change `deadline`
",
    );
}

#[test]
fn unreadable_periodic_wording_with_entries_is_only_a_warning_outside_check() {
    let text = section_with(&format!("{PERIODIC}\n[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\nperiod = \"2023-Q1\"\n"))
        .replace("Định kỳ quý, năm", "Định kì quy năm nay");
    let root = plan_with(&[("I.toml", text.as_bytes())]);
    let (code, _, stderr) = run(
        root.path(),
        &["list", "--format", "csv", "--as-of", "2023-06-30"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.starts_with(
            "warning: plan/I.toml:14:12: task `I.2`: deadline `Định kì quy năm nay` fits no kind"
        ),
        "{stderr}"
    );
}

#[test]
fn odd_section_ids_and_equals_lines_in_strings_do_not_trip_the_loader() {
    let odd = "id = \"IIIIIIV\"\ntitle = \"=\"\n\n[[task]]\nid = \"IIIIIIV.1\"\ntitle = \"\"\"\nPhần một\n=======\nPhần hai\"\"\"\nlead = [\"VP\"]\n";
    let root = plan_with(&[("I.toml", SECTION.as_bytes()), ("X.toml", odd.as_bytes())]);
    let (code, stdout, stderr) = run(root.path(), &["check"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        "ok: plan: 2 sections, 2 tasks (0 headings), 2 units\n"
    );
}

/// A section of `count` tasks, each six lines long after a two-line header and a blank line:
/// task `I.n` has its `id` on line 5 + 6 × (n − 1).
fn big_section(count: usize) -> String {
    let mut text = String::from("id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n");
    for n in 1..=count {
        text.push_str(&format!(
            "\n[[task]]\nid = \"I.{n}\"\ntitle = \"Nhiệm vụ số {n}\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 2/ 2023\"\n"
        ));
    }
    text
}

#[test]
fn problems_deep_in_a_large_file_are_placed_exactly() {
    let text = big_section(2000).replace(
        "id = \"I.1500\"\ntitle = \"Nhiệm vụ số 1500\"\nlead = [\"Văn phòng\"]",
        "id = \"I.1500\"\ntitle = \"Nhiệm vụ số 1500\"\nlead = [\"Văn phòngg\"]",
    );
    let root = plan_with(&[("I.toml", text.as_bytes())]);
    // I.1500's id is on line 5 + 6 × 1499 = 8999; its lead on the line after its title.
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:9001:9: unknown unit `Văn phòngg`
     |
9001 | lead = [\"Văn phòngg\"]
     |         ^^^^^^^^^^^^
help: did you mean `Văn phòng`? Or add it to `plan.toml` as a unit or an alias
",
    );
    let syntax = big_section(2000).replace("id = \"I.1999\"\n", "id = \"I.1999\n");
    let root = plan_with(&[("I.toml", syntax.as_bytes())]);
    let (code, _, stderr) = run(root.path(), &["check"]);
    assert_eq!(code, 1);
    // 5 + 6 × 1998 = 11993.
    assert!(
        stderr.starts_with("error: the plan has 1 problem\n\nplan/I.toml:11993:"),
        "{stderr}"
    );
}

#[test]
fn a_large_file_with_task_lines_inside_a_multi_line_string_loads_whole() {
    let text = big_section(2000).replace(
        "title = \"Nhiệm vụ số 700\"\n",
        "title = \"\"\"Nhiệm vụ số 700\n[[task]]\nvẫn là tiêu đề\"\"\"\n",
    );
    let root = plan_with(&[("I.toml", text.as_bytes())]);
    let (code, stdout, stderr) = run(root.path(), &["check"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        "ok: plan: 1 sections, 2000 tasks (0 headings), 2 units\n"
    );
    let (_, json, _) = run(
        root.path(),
        &[
            "list",
            "--format",
            "json",
            "--search",
            "I.700",
            "--as-of",
            "2023-06-30",
        ],
    );
    let tasks: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        tasks[0]["title"],
        "Nhiệm vụ số 700\n[[task]]\nvẫn là tiêu đề"
    );
    assert_eq!(tasks[0]["line"], 5 + 6 * 699);
}

/// 12,000 tasks, about 1.2 MB: the loader reads such a file in pieces, on every core.
#[test]
fn a_file_read_in_pieces_is_checked_as_one() {
    let wrong_unit = |text: String| {
        text.replace(
            "id = \"I.11000\"\ntitle = \"Nhiệm vụ số 11000\"\nlead = [\"Văn phòng\"]",
            "id = \"I.11000\"\ntitle = \"Nhiệm vụ số 11000\"\nlead = [\"Văn phòngg\"]",
        )
    };
    // I.11000's id is on line 5 + 6 × 10999 = 65999, its lead on 66001.
    let expected = "error: the plan has 1 problem

plan/I.toml:66001:9: unknown unit `Văn phòngg`
      |
66001 | lead = [\"Văn phòngg\"]
      |         ^^^^^^^^^^^^
help: did you mean `Văn phòng`? Or add it to `plan.toml` as a unit or an alias
";
    let plain = wrong_unit(big_section(12000));
    check_fails_with(&plan_with(&[("I.toml", plain.as_bytes())]), expected);
    // A two-line string in another piece: the whole file is read again by the TOML parser,
    // with the same problem, one line further down.
    let mixed = wrong_unit(big_section(12000)).replace(
        "title = \"Nhiệm vụ số 9000\"\n",
        "title = \"\"\"Nhiệm vụ số 9000\n[[task]]\"\"\"\n",
    );
    check_fails_with(
        &plan_with(&[("I.toml", mixed.as_bytes())]),
        &expected.replace("66001", "66002"),
    );
    // Ids are unique across pieces: I.5's id is on line 5 + 6 × 4 = 29.
    let duplicate = big_section(12000).replace("id = \"I.11000\"\n", "id = \"I.5\"\n");
    let root = plan_with(&[("I.toml", duplicate.as_bytes())]);
    let (code, _, stderr) = run(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        stderr
            .contains("plan/I.toml:65999:6: duplicate task id `I.5`, first used at plan/I.toml:29"),
        "{stderr}"
    );
}
