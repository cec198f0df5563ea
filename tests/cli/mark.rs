//! `plan mark` and `plan due`: exact edits, refusals that change nothing, concurrent marks,
//! git commits, and the as-of rule with entries made after the day asked about.
use super::common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

const PLAN: &str =
    "title = \"Kế hoạch thử\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\naliases = [\"VP\"]\n";

/// Comments above, beside and below; a first, a middle and a last task; a periodic task; an
/// event task; numbers spelt with underscores.
const SECTION: &str = "# Section I of the plan
id = \"I\"
title = \"Công tác chỉ đạo điều hành\"

# above the first task
[[task]]
id = \"I.1\"   # beside the id
title = \"Xây dựng Kế hoạch CCHC năm 2023\"
lead = [\"Văn phòng\"]
budget = 12_000_000
deadline = \"Quý 1/ 2023\"
# below the first task

[[task]]
id = \"I.2\"
title = \"Báo cáo công tác kiểm soát thủ tục hành chính\"
lead = [\"Văn phòng\"]
deadline = \"Định kỳ quý, năm\"

[[task]]
id = \"I.3\"
title = \"Giao biên chế hành chính\"
lead = [\"VP\"]
deadline = \"Sau khi có thông báo giao biên chế của tỉnh\"

[[task.progress]]
date = 2023-02-01
status = \"doing\"
note = \"Đã trình dự thảo\"
# the end
";

fn plan_with(section: &[u8]) -> TempDir {
    let root = TempDir::new().unwrap();
    let dir = root.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("plan.toml"), PLAN).unwrap();
    fs::write(dir.join("I.toml"), section).unwrap();
    root
}

fn plan(root: &Path, args: &[&str]) -> (i32, String, String) {
    common::run_plan(root, args)
}

fn section(root: &TempDir) -> Vec<u8> {
    fs::read(root.path().join("plan/I.toml")).unwrap()
}

/// Every file of the plan directory, byte for byte.
fn files(root: &TempDir) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(root.path().join("plan"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.ends_with(".plan-lock"))
        .map(|p| (p.clone(), fs::read(p).unwrap()))
        .collect()
}

fn mark_ok(root: &TempDir, args: &[&str]) {
    let (code, _, stderr) = plan(root.path(), args);
    assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
}

const DONE_ON_0320: &str = "\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\n";

#[test]
fn mark_the_first_task_adds_lines_after_it_and_changes_nothing_else() {
    let root = plan_with(SECTION.as_bytes());
    let (code, stdout, _) = plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(
        (code, stdout.as_str()),
        (0, "I.1: done on 2023-03-20 (plan/I.toml)\n")
    );
    let expected = SECTION.replace(
        "deadline = \"Quý 1/ 2023\"\n",
        &format!("deadline = \"Quý 1/ 2023\"\n{DONE_ON_0320}"),
    );
    assert_eq!(String::from_utf8(section(&root)).unwrap(), expected);
}

#[test]
fn mark_the_last_task_goes_after_its_earlier_entries() {
    let root = plan_with(SECTION.as_bytes());
    mark_ok(
        &root,
        &[
            "mark",
            "I.3",
            "done",
            "--on",
            "20/03/2023",
            "--note",
            "Quyết định số 5",
        ],
    );
    let expected = SECTION.replace(
        "note = \"Đã trình dự thảo\"\n",
        "note = \"Đã trình dự thảo\"\n\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\nnote = \"Quyết định số 5\"\n",
    );
    assert_eq!(String::from_utf8(section(&root)).unwrap(), expected);
}

#[test]
fn crlf_bom_and_missing_final_newline_are_kept() {
    let crlf = SECTION.replace('\n', "\r\n");
    let crlf = crlf.trim_end_matches("\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(crlf.as_bytes());
    let root = plan_with(&bytes);
    mark_ok(&root, &["mark", "I.1", "done", "--on", "2023-03-20"]);
    mark_ok(&root, &["mark", "I.3", "done", "--on", "2023-03-20"]);
    // Both entries go after their task's last line; the closing comment stays last, still
    // without a final newline.
    let entry = "\r\n[[task.progress]]\r\ndate = 2023-03-20\r\nstatus = \"done\"\r\n";
    let edited = crlf
        .replace(
            "deadline = \"Quý 1/ 2023\"\r\n",
            &format!("deadline = \"Quý 1/ 2023\"\r\n{entry}"),
        )
        .replace(
            "note = \"Đã trình dự thảo\"\r\n",
            &format!("note = \"Đã trình dự thảo\"\r\n{entry}"),
        );
    assert!(edited.ends_with("# the end"));
    let mut expected = b"\xEF\xBB\xBF".to_vec();
    expected.extend_from_slice(edited.as_bytes());
    assert_eq!(
        String::from_utf8(section(&root)).unwrap(),
        String::from_utf8(expected).unwrap()
    );
    let (code, _, _) = plan(root.path(), &["check"]);
    assert_eq!(code, 0);
}

#[test]
fn nfd_text_already_there_stays_nfd_and_new_text_is_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = SECTION.nfd().collect();
    let root = plan_with(nfd.as_bytes());
    let note_nfd: String = "Đã ban hành".nfd().collect();
    mark_ok(
        &root,
        &[
            "mark",
            "I.1",
            "done",
            "--on",
            "2023-03-20",
            "--note",
            &note_nfd,
        ],
    );
    let after = String::from_utf8(section(&root)).unwrap();
    let expected = nfd.replace(
        &"deadline = \"Quý 1/ 2023\"\n".nfd().collect::<String>(),
        &format!(
            "{}{DONE_ON_0320}note = \"Đã ban hành\"\n",
            "deadline = \"Quý 1/ 2023\"\n".nfd().collect::<String>()
        ),
    );
    assert_eq!(after, expected);
}

#[test]
fn periodic_tasks_are_marked_per_occurrence() {
    let root = plan_with(SECTION.as_bytes());
    let (code, _, stderr) = plan(root.path(), &["mark", "I.2", "done", "--on", "2023-04-05"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: `I.2` recurs every quarter: say which occurrence with `--period`\nhelp: the one due is `--period 2023-Q1`\n"
    );
    mark_ok(
        &root,
        &[
            "mark",
            "I.2",
            "done",
            "--on",
            "2023-04-05",
            "--period",
            "2023-Q1",
        ],
    );
    let (_, csv, _) = plan(
        root.path(),
        &["overdue", "--as-of", "2023-07-10", "--format", "csv"],
    );
    // Q1's report is in; Q2's (due 30/06) is not. I.1 is still open.
    assert_eq!(
        csv,
        "\u{feff}id,title,lead,due,period,days_overdue\nI.1,Xây dựng Kế hoạch CCHC năm 2023,Văn phòng,2023-03-31,,101\nI.2,Báo cáo công tác kiểm soát thủ tục hành chính,Văn phòng,2023-06-30,2023-Q2,10\n"
    );
}

#[test]
fn refusals_change_no_file() {
    let root = plan_with(SECTION.as_bytes());
    let before = files(&root);
    let cases: [(&[&str], &str); 9] = [
        (
            &["mark", "I.9", "done"],
            "error: no task `I.9` in the plan\nhelp: did you mean `I.1`, `I.2`, `I.3`?\n",
        ),
        (
            &["mark", "I.1", "finished"],
            "error: invalid value 'finished' for '<STATUS>': unknown status `finished`\nhelp: the statuses are `todo`, `doing`, `done`, `blocked`, `dropped` (also in Vietnamese: xong, đang làm, vướng mắc, hủy, chưa làm)\n\nFor more information, try '--help'.\n",
        ),
        (
            &["mark", "I.1", "done", "--on", "2023-02-30"],
            "error: invalid value '2023-02-30' for '--on <DATE>': `2023-02-30` is not a day in the calendar\n\nFor more information, try '--help'.\n",
        ),
        (
            &["mark", "I.2", "done", "--on", "2023-08-01"],
            "error: `I.2` recurs every quarter: say which occurrence with `--period`\nhelp: the one due is `--period 2023-Q1`\n",
        ),
        (
            &["mark", "I.1", "done", "--period", "2023-Q1"],
            "error: `I.1` is not periodic, so it takes no `--period`\nhelp: leave `--period` out\n",
        ),
        (
            &["mark", "I.2", "done", "--period", "2024-Q1"],
            "error: `2024-Q1` is not an occurrence of `I.2`, which recurs every quarter in 2023\nhelp: use one of `2023-Q1` … `2023-Q4`\n",
        ),
        (
            &["mark", "I.2", "done", "--period", "2023-Q5"],
            "error: `2023-Q5` is not a period: write `2023-01` (month), `2023-Q1`, `2023-H1` or `2023`\nhelp: use one of `2023-Q1` … `2023-Q4`\n",
        ),
        (
            &["due", "I.2", "2023-09-30"],
            "error: `I.2` recurs every quarter; each occurrence is due at the end of its period\nhelp: `plan due` sets the date of a one-off task\n",
        ),
        (
            &["due", "I.3", "31/09/2023"],
            "error: invalid value '31/09/2023' for '<DATE>': `31/09/2023` is not a day in the calendar\n\nFor more information, try '--help'.\n",
        ),
    ];
    for (args, expected) in cases {
        let (code, stdout, stderr) = plan(root.path(), args);
        assert_eq!(stderr, expected, "{args:?}");
        assert_eq!((code, stdout.as_str()), (1, ""), "{args:?}");
        assert_eq!(files(&root), before, "{args:?} changed a file");
    }
}

#[test]
fn heading_is_refused() {
    let with_heading = SECTION.replace(
        "# below the first task\n",
        "# below the first task\n\n[[task]]\nid = \"I.4\"\ntitle = \"Tuyên truyền CCHC\"\n\n[[task]]\nid = \"I.4.a\"\ntitle = \"Xây dựng 01 video\"\nlead = [\"VP\"]\ndeadline = \"Quý 2/ 2023\"\n",
    );
    let root = plan_with(with_heading.as_bytes());
    let before = files(&root);
    let (code, _, stderr) = plan(root.path(), &["mark", "I.4", "done"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: `I.4` is a heading; record progress on the tasks under it\nhelp: mark one of `I.4.a`\n"
    );
    assert_eq!(files(&root), before);
}

#[test]
fn a_broken_plan_is_not_edited() {
    let broken =
        format!("{SECTION}\n[[task]]\nid = \"I.5\"\ntitle = \"x\"\nlead = [\"Thanh tra\"]\n");
    let root = plan_with(broken.as_bytes());
    let before = files(&root);
    let (code, _, stderr) = plan(root.path(), &["mark", "I.1", "done"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("error: the plan has 1 problem\n\nplan/I.toml:"),
        "{stderr}"
    );
    assert_eq!(files(&root), before);
}

#[test]
fn a_task_done_after_the_day_asked_about_was_still_overdue_then() {
    let root = plan_with(SECTION.as_bytes());
    mark_ok(&root, &["mark", "I.1", "done", "--on", "2023-04-05"]);
    let overdue_on = |day: &str| {
        let (_, csv, _) = plan(
            root.path(),
            &[
                "overdue",
                "--as-of",
                day,
                "--format",
                "csv",
                "--search",
                "kế hoạch cchc",
            ],
        );
        csv.lines().skip(1).map(str::to_string).collect::<Vec<_>>()
    };
    // Due 31/03; done 05/04, five days late.
    assert_eq!(
        overdue_on("2023-04-04"),
        ["I.1,Xây dựng Kế hoạch CCHC năm 2023,Văn phòng,2023-03-31,,4"]
    );
    assert!(overdue_on("2023-04-05").is_empty());
    let (_, late, _) = plan(
        root.path(),
        &[
            "list",
            "--status",
            "done",
            "--late",
            "--as-of",
            "2023-06-30",
            "--format",
            "json",
        ],
    );
    let late: serde_json::Value = serde_json::from_str(&late).unwrap();
    assert_eq!(late.as_array().unwrap().len(), 1);
    assert_eq!(
        (
            late[0]["id"].as_str(),
            late[0]["late"].as_bool(),
            late[0]["days_late"].as_i64()
        ),
        (Some("I.1"), Some(true), Some(5))
    );
    let (_, before_done, _) = plan(
        root.path(),
        &[
            "list",
            "--status",
            "done",
            "--as-of",
            "2023-04-04",
            "--format",
            "json",
        ],
    );
    assert_eq!(before_done, "[]\n");
    let (_, shown, _) = plan(root.path(), &["show", "I.1", "--as-of", "2023-06-30"]);
    assert!(
        shown.contains("Status    done, 5 days late (as of 2023-06-30)\n"),
        "{shown}"
    );
    assert!(shown.ends_with("History:\n  2023-04-05  done\n"), "{shown}");
}

#[test]
fn due_sets_a_date_from_its_day_on() {
    let root = plan_with(SECTION.as_bytes());
    let (code, stdout, _) = plan(
        root.path(),
        &[
            "due",
            "I.3",
            "2023-09-30",
            "--on",
            "2023-05-02",
            "--note",
            "Công văn số 123/STTTT-CĐS",
        ],
    );
    assert_eq!(
        (code, stdout.as_str()),
        (0, "I.3: due 2023-09-30 (set on 2023-05-02) (plan/I.toml)\n")
    );
    let expected = SECTION.replace(
        "note = \"Đã trình dự thảo\"\n",
        "note = \"Đã trình dự thảo\"\n\n[[task.progress]]\ndate = 2023-05-02\ndue = 2023-09-30\nnote = \"Công văn số 123/STTTT-CĐS\"\n",
    );
    assert_eq!(String::from_utf8(section(&root)).unwrap(), expected);
    let due_on = |day: &str| {
        let (_, json, _) = plan(
            root.path(),
            &[
                "list", "--as-of", day, "--format", "json", "--search", "I.3",
            ],
        );
        let tasks: serde_json::Value = serde_json::from_str(&json).unwrap();
        tasks[0]["due"].clone()
    };
    assert_eq!(due_on("2023-05-01"), serde_json::Value::Null);
    assert_eq!(due_on("2023-05-02"), "2023-09-30");
    let (_, overdue, _) = plan(
        root.path(),
        &[
            "overdue",
            "--as-of",
            "2023-10-01",
            "--format",
            "csv",
            "--search",
            "biên chế",
        ],
    );
    assert_eq!(
        overdue,
        "\u{feff}id,title,lead,due,period,days_overdue\nI.3,Giao biên chế hành chính,Văn phòng,2023-09-30,,1\n"
    );
    // An extension: I.1 was due 31/03; from 15/03 on it is due 30/06.
    mark_ok(&root, &["due", "I.1", "2023-06-30", "--on", "2023-03-15"]);
    let (_, overdue, _) = plan(
        root.path(),
        &[
            "overdue",
            "--as-of",
            "2023-05-01",
            "--format",
            "csv",
            "--search",
            "cchc",
        ],
    );
    assert_eq!(overdue, "\u{feff}id,title,lead,due,period,days_overdue\n");
}

#[test]
fn thirty_marks_at_once_all_land() {
    let mut many = SECTION.to_string();
    for n in 4..=13 {
        many.push_str(&format!("\n[[task]]\nid = \"I.{n}\"\ntitle = \"Nhiệm vụ {n}\"\nlead = [\"VP\"]\ndeadline = \"Năm 2023\"\n"));
    }
    let root = plan_with(many.as_bytes());
    let mut running: Vec<_> = (0..30)
        .map(|i| {
            let id = format!("I.{}", 4 + i % 10);
            std::process::Command::new(assert_cmd::cargo::cargo_bin("plan"))
                .current_dir(root.path())
                .args([
                    "mark",
                    &id,
                    "doing",
                    "--on",
                    "2023-05-01",
                    "--note",
                    &format!("lần {i}"),
                ])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in &mut running {
        assert!(child.wait().unwrap().success());
    }
    let (_, json, _) = plan(
        root.path(),
        &["list", "--format", "json", "--as-of", "2023-12-31"],
    );
    let tasks: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(tasks.as_array().unwrap().len(), 13);
    let text = String::from_utf8(section(&root)).unwrap();
    for i in 0..30 {
        assert_eq!(
            text.matches(&format!("note = \"lần {i}\"\n")).count(),
            1,
            "mark {i} lost or doubled"
        );
    }
    assert_eq!(text.matches("[[task.progress]]").count(), 31);
    let leftovers: Vec<_> = fs::read_dir(root.path().join("plan"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn commit_records_just_the_changed_file() {
    let root = plan_with(SECTION.as_bytes());
    let git = |args: &[&str]| {
        let output = std::process::Command::new("git")
            .current_dir(root.path())
            .args(args)
            .env("GIT_AUTHOR_NAME", "Văn phòng")
            .env("GIT_AUTHOR_EMAIL", "vp@example.org")
            .env("GIT_COMMITTER_NAME", "Văn phòng")
            .env("GIT_COMMITTER_EMAIL", "vp@example.org")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    git(&["init", "--quiet"]);
    fs::write(
        root.path().join("notes.txt"),
        "unrelated work in progress\n",
    )
    .unwrap();
    git(&["add", "plan", "notes.txt"]);
    git(&["commit", "--quiet", "--message", "the plan"]);
    fs::write(
        root.path().join("notes.txt"),
        "changed but not for this commit\n",
    )
    .unwrap();
    let output = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("GIT_AUTHOR_NAME", "Văn phòng")
        .env("GIT_AUTHOR_EMAIL", "vp@example.org")
        .env("GIT_COMMITTER_NAME", "Văn phòng")
        .env("GIT_COMMITTER_EMAIL", "vp@example.org")
        .args(["mark", "I.1", "done", "--on", "2023-03-20", "--commit"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        git(&["log", "-1", "--format=%s"]),
        "I.1: done on 2023-03-20\n"
    );
    assert_eq!(
        git(&["show", "--name-only", "--format=", "HEAD"]),
        "plan/I.toml\n"
    );
    assert_eq!(
        git(&["status", "--porcelain", "--untracked-files=no"]),
        " M notes.txt\n"
    );
}

#[test]
fn commit_outside_git_is_refused_before_writing() {
    let root = plan_with(SECTION.as_bytes());
    let before = files(&root);
    let output = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("GIT_CEILING_DIRECTORIES", root.path().parent().unwrap())
        .args(["mark", "I.1", "done", "--commit"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "error: `--commit` needs the plan directory to be in a git work tree\nhelp: run `git init` in the repository, or leave out `--commit`\n"
    );
    assert_eq!(files(&root), before);
}

#[test]
fn two_digit_years_are_refused() {
    let root = plan_with(SECTION.as_bytes());
    let before = files(&root);
    let (code, _, stderr) = plan(root.path(), &["mark", "I.1", "done", "--on", "5/4/23"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("`5/4/23` is not a date: write 2023-06-30, 30/06/2023 or `today`"),
        "{stderr}"
    );
    assert_eq!(files(&root), before);
}

#[test]
fn ids_written_with_spaces_or_in_nfd_can_be_marked() {
    let spaced = SECTION.replace("id = \"I.3\"", "id = \" I.3 \"");
    let root = plan_with(spaced.as_bytes());
    mark_ok(&root, &["mark", "I.3", "done", "--on", "2023-03-20"]);
    assert!(String::from_utf8(section(&root)).unwrap().ends_with("note = \"Đã trình dự thảo\"\n\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\n# the end\n"));
}

#[test]
fn quarter_filter_reads_the_occurrence_of_that_quarter() {
    let root = plan_with(SECTION.as_bytes());
    mark_ok(
        &root,
        &[
            "mark",
            "I.2",
            "done",
            "--on",
            "2023-04-05",
            "--period",
            "2023-Q1",
        ],
    );
    let (_, csv, _) = plan(
        root.path(),
        &[
            "list",
            "--quarter",
            "1",
            "--status",
            "done",
            "--as-of",
            "2023-06-30",
            "--format",
            "csv",
        ],
    );
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{csv}");
    // Q1's occurrence, due 31/03, done on 05/04: five days late.
    assert!(rows[0].starts_with("I.2,I,,Báo cáo công tác kiểm soát thủ tục hành chính,Văn phòng,,,\"Định kỳ quý, năm\",periodic,2023-03-31,quarter,done,"), "{}", rows[0]);
    // Done, so not overdue.
    assert!(rows[0].ends_with(",2023-Q1,true,5,false,"), "{}", rows[0]);
}

#[test]
fn a_missing_value_is_a_usage_error() {
    let root = plan_with(SECTION.as_bytes());
    let (code, _, _) = plan(root.path(), &["list", "--as-of"]);
    assert_eq!(code, 2);
}
