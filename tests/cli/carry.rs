//! `plan init --from LAST --carry open,periodic,continuous`: last year's unfinished one-off
//! tasks and its recurring ones come along into the new plan, renumbered in their sections,
//! each with `carried_from`, their deadlines read in the new year.
use super::common;

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use common::run_plan;
use plan::load;
use plan::model::Plan;

fn ok(dir: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run_plan(dir, args);
    assert_eq!(code, 0, "plan {args:?}: {stderr}");
    stdout
}

fn load_plan(dir: &Path) -> Plan {
    load::load(dir, Path::new("/"), true)
        .unwrap_or_else(|e| panic!("{}: {e:#}", dir.display()))
        .plan
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Each task of `plan`: its id, `carried_from`, and its kind (`heading` for a heading).
fn listed(plan: &Plan) -> Vec<(String, String, String)> {
    plan.tasks
        .iter()
        .map(|t| {
            let kind = match t.kind() {
                _ if t.is_heading() => "heading".to_string(),
                Some(kind) => kind.to_string(),
                None => "none".to_string(),
            };
            (
                t.id.clone(),
                t.carried_from.clone().unwrap_or_default(),
                kind,
            )
        })
        .collect()
}

/// Files and directories in `dir` whose names start with `.plan-init-` (what a failed init
/// would leave).
fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".plan-init-"))
        .collect()
}

#[test]
fn the_open_and_the_recurring_come_along_renumbered() {
    let root = common::shipped_plan();
    let at = root.path();
    // One dated task without a year in its wording, to see it read in the new year.
    let v = at.join("plan/V.toml");
    let text = fs::read_to_string(&v).unwrap();
    let (before, after) = text.split_at(text.find("id = \"V.3\"").unwrap());
    let after = after.replacen("deadline = \"Năm 2023\"", "deadline = \"Quý III\"", 1);
    fs::write(&v, format!("{before}{after}")).unwrap();
    // The year's marks.
    for args in [
        &["mark", "I.2.a", "done", "--on", "2023-06-20"][..],
        // Done in January for last year's work: it counts.
        &["mark", "I.4", "done", "--on", "2024-01-15"],
        &["mark", "I.3", "doing", "--on", "2023-09-01"],
        &["mark", "II.2", "done", "--on", "2023-02-10"],
        &["mark", "II.3", "done", "--on", "2023-03-01"],
        &["mark", "II.4", "dropped", "--on", "2023-05-01"],
        &["mark", "IV.1.a", "done", "--on", "2023-11-30"],
        &["mark", "V.2.b", "done", "--on", "2023-12-01"],
        // Dropped, then taken up again: open.
        &["mark", "VII.1", "dropped", "--on", "2023-06-01"],
        &["mark", "VII.1", "doing", "--on", "2023-10-01"],
        // Continuous: done still recurs, dropped does not.
        &["mark", "III.1", "done", "--on", "2023-12-31"],
        &["mark", "VI.3", "dropped", "--on", "2023-08-01"],
        // Periodic: every occurrence done, and it still recurs.
        &[
            "mark",
            "III.3",
            "done",
            "--on",
            "2023-04-05",
            "--period",
            "2023-Q1",
        ],
        &[
            "mark",
            "III.3",
            "done",
            "--on",
            "2023-07-05",
            "--period",
            "2023-Q2",
        ],
        &[
            "mark",
            "III.3",
            "done",
            "--on",
            "2023-10-05",
            "--period",
            "2023-Q3",
        ],
        &[
            "mark",
            "III.3",
            "done",
            "--on",
            "2023-12-20",
            "--period",
            "2023-Q4",
        ],
        // Due dates set by later documents: one last year's, one in the new year.
        &["due", "IV.3", "2023-09-30", "--on", "2023-05-02"],
        &["due", "VI.4", "2024-03-31", "--on", "2023-11-20"],
    ] {
        ok(at, args);
    }

    let said = ok(
        at,
        &[
            "init",
            "plan-2024",
            "--year",
            "2024",
            "--from",
            "plan",
            "--carry",
            "open,periodic,continuous",
        ],
    );
    // Worked out by hand from plan/*.toml and the marks above.
    //
    // The shipped plan has 33 tasks and 4 headings (I.2, III.5, IV.1, V.2). By deadline kind:
    // - periodic ("Định kỳ …"; it has no "Hằng …"): III.3 "Định kỳ quý, năm", IV.5 "Định kỳ quý
    //   hoặc đột xuất": 2, both carried (III.3 had every occurrence done, but recurs);
    // - continuous ("Thường xuyên"): III.1, III.2, III.5.a, III.5.b, VI.1, VI.2, VI.3: 7, all
    //   but VI.3 (dropped) carried (III.1, done, still recurs): 6;
    // - one-off, the other 24: I.1, I.2.a, I.2.b, I.2.c, I.3, I.4, II.1–II.4, III.4, III.6
    //   (external), IV.1.a, IV.2, IV.3 (event), IV.4, V.1, V.2.a, V.2.b, V.3, V.4, VI.4 (event),
    //   VI.5, VII.1. Done: I.2.a, I.4 (in January 2024, after the year's end: counts), II.2,
    //   II.3, IV.1.a, V.2.b; dropped: II.4. VII.1 was dropped, then taken up again: open.
    //   Open: 24 - 7 = 17.
    // Headings above carried tasks: I.2 (over I.2.b, I.2.c), III.5 (III.5.a, b), V.2 (V.2.a);
    // IV.1's only item IV.1.a was done, so it stays behind: 3.
    // Deadlines from 2023: every open dated wording names 2023 ("Quý 1/ 2023", "Năm 2023",
    // "Tháng 10/2023" …): I.1, I.2.b, I.2.c, I.3, II.1, III.4, IV.2, IV.4, V.1, V.2.a, V.4, VI.5,
    // VII.1, but V.3, made "Quý III" above, is read in 2024: 13; and IV.3's due date set in
    // 2023: 14. VI.4's, in 2024, comes along as `due`; III.6 and IV.3's wordings name no date.
    assert_eq!(
        said,
        "created `plan-2024` for 2024: plan.toml and 7 section files\n\
         carried 25 tasks from 2023: 17 open, 2 periodic, 6 continuous (and 3 headings above them)\n\
         next: set new deadlines where a comment says `set a new one` (14 tasks), add the new tasks, then run `plan check`\n"
    );
    assert_eq!(
        ok(at, &["--plan-dir", "plan-2024", "check"]),
        "ok: plan-2024: 7 sections, 28 tasks (3 headings), 9 units\n"
    );

    let new = load_plan(&at.join("plan-2024"));
    assert_eq!(new.year, 2024);
    // In each section, numbered from 1 in the old order; items under a carried heading are
    // lettered again from `a`.
    let expected = [
        ("I.1", "2023:I.1", "dated"),
        ("I.2", "2023:I.2", "heading"),
        ("I.2.a", "2023:I.2.b", "dated"),
        ("I.2.b", "2023:I.2.c", "dated"),
        ("I.3", "2023:I.3", "dated"),
        ("II.1", "2023:II.1", "dated"),
        ("III.1", "2023:III.1", "continuous"),
        ("III.2", "2023:III.2", "continuous"),
        ("III.3", "2023:III.3", "periodic"),
        ("III.4", "2023:III.4", "dated"),
        ("III.5", "2023:III.5", "heading"),
        ("III.5.a", "2023:III.5.a", "continuous"),
        ("III.5.b", "2023:III.5.b", "continuous"),
        ("III.6", "2023:III.6", "external"),
        ("IV.1", "2023:IV.2", "dated"),
        ("IV.2", "2023:IV.3", "event"),
        ("IV.3", "2023:IV.4", "dated"),
        ("IV.4", "2023:IV.5", "periodic"),
        ("V.1", "2023:V.1", "dated"),
        ("V.2", "2023:V.2", "heading"),
        ("V.2.a", "2023:V.2.a", "dated"),
        ("V.3", "2023:V.3", "dated"),
        ("V.4", "2023:V.4", "dated"),
        ("VI.1", "2023:VI.1", "continuous"),
        ("VI.2", "2023:VI.2", "continuous"),
        ("VI.3", "2023:VI.4", "event"),
        ("VI.4", "2023:VI.5", "dated"),
        ("VII.1", "2023:VII.1", "dated"),
    ]
    .map(|(id, from, kind)| (id.to_string(), from.to_string(), kind.to_string()));
    assert_eq!(listed(&new), expected);
    // Not carried: the done and dropped one-off tasks, the dropped continuous one.
    for gone in [
        "2023:I.2.a",
        "2023:I.4",
        "2023:II.2",
        "2023:II.3",
        "2023:II.4",
        "2023:IV.1.a",
        "2023:V.2.b",
        "2023:VI.3",
        "2023:IV.1",
    ] {
        assert!(
            new.tasks
                .iter()
                .all(|t| t.carried_from.as_deref() != Some(gone)),
            "{gone}"
        );
    }

    let old = load_plan(&at.join("plan"));
    for task in new.tasks.iter() {
        let was = old
            .task(
                task.carried_from
                    .as_deref()
                    .unwrap()
                    .trim_start_matches("2023:"),
            )
            .unwrap();
        assert_eq!(task.title, was.title, "{}", task.id);
        // No history, no budget (last year's).
        assert!(task.progress.is_empty(), "{}", task.id);
        assert_eq!(task.budget, None, "{}", task.id);
        if !task.is_heading() {
            assert_eq!(task.lead, was.lead, "{}", task.id);
            assert_eq!(task.support, was.support, "{}", task.id);
            assert_eq!(task.deadline_text, was.deadline_text, "{}", task.id);
        }
    }
    let task = |id: &str| new.task(id).unwrap();
    // Wording without a year is read in 2024.
    assert_eq!(task("V.3").due_on(day(2024, 1, 1)), Some(day(2024, 9, 30)));
    let occurrences: Vec<String> = task("III.3")
        .occurrences(new.years())
        .map(|p| p.to_string())
        .collect();
    assert_eq!(occurrences, ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    assert_eq!(task("IV.4").every(), task("III.3").every());
    // Wording naming 2023 is kept, and the task is overdue from then: no date is made up.
    assert_eq!(task("I.1").due_on(day(2024, 1, 1)), Some(day(2023, 3, 31)));
    // A due date in the new year comes along; last year's does not.
    assert_eq!(task("VI.3").due, Some(day(2024, 3, 31)));
    assert_eq!(task("IV.2").due, None);
    assert_eq!(task("IV.2").due_on(day(2024, 1, 1)), None);

    let first = fs::read_to_string(at.join("plan-2024/I.toml")).unwrap();
    assert!(
        first.starts_with(
            "id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"Xây dựng Kế hoạch CCHC năm 2023\"\nlead = [\"Văn phòng\"]\n# deadline from 2023: set a new one\ndeadline = \"Quý 1/ 2023\"\ncarried_from = \"2023:I.1\"\n\n[[task]]\nid = \"I.2\"\ntitle = \"Tuyên truyền CCHC\"\ncarried_from = \"2023:I.2\"\n"
        ),
        "{first}"
    );
    assert!(
        first.contains("support = [\"Các phòng, đơn vị\"]\n# budget = 8_000_000  # the 2023 budget: set this year's, if any\n# deadline from 2023: set a new one\ndeadline = \"Quý 2/ 2023\"\ncarried_from = \"2023:I.2.b\"\n"),
        "{first}"
    );
    // The example for a new task takes the next number.
    assert!(first.contains("\n# [[task]]\n# id = \"I.4\"\n"), "{first}");
    let fourth = fs::read_to_string(at.join("plan-2024/IV.toml")).unwrap();
    assert!(
        fourth.contains("lead = [\"Văn phòng\"]\n# due 2023-09-30 in 2023: set a new one\ndeadline = \"Sau khi có thông báo giao biên chế của tỉnh\"\ncarried_from = \"2023:IV.3\"\n"),
        "{fourth}"
    );
    let sixth = fs::read_to_string(at.join("plan-2024/VI.toml")).unwrap();
    assert!(
        sixth.contains("deadline = \"Khi có văn bản hướng dẫn của Sở Thông tin và Truyền thông\"\ndue = 2024-03-31\ncarried_from = \"2023:VI.4\"\n"),
        "{sixth}"
    );
    assert!(leftovers(at).is_empty());
}

#[test]
fn only_the_kinds_asked_for_come_along() {
    let root = common::shipped_plan();
    let at = root.path();
    let said = ok(
        at,
        &[
            "init", "next", "--year", "2024", "--from", "plan", "--carry", "periodic",
        ],
    );
    assert_eq!(
        said,
        "created `next` for 2024: plan.toml and 7 section files\n\
         carried 2 tasks from 2023: 2 periodic\n\
         next: add the tasks, then run `plan check`\n"
    );
    let new = load_plan(&at.join("next"));
    let expected = [
        ("III.1", "2023:III.3", "periodic"),
        ("IV.1", "2023:IV.5", "periodic"),
    ]
    .map(|(id, from, kind)| (id.to_string(), from.to_string(), kind.to_string()));
    assert_eq!(listed(&new), expected);

    // Words in any case, with spaces after the commas, and twice.
    let said = ok(
        at,
        &[
            "init",
            "again",
            "--year",
            "2024",
            "--from",
            "plan",
            "--carry",
            "Continuous, OPEN,open",
        ],
    );
    assert!(
        said.contains(
            "\ncarried 31 tasks from 2023: 24 open, 7 continuous (and 4 headings above them)\n"
        ),
        "{said}"
    );
}

#[test]
fn an_unknown_kind_is_refused_and_nothing_is_made() {
    let root = common::shipped_plan();
    let at = root.path();
    let (code, stdout, stderr) = run_plan(
        at,
        &[
            "init",
            "plan-2024",
            "--year",
            "2024",
            "--from",
            "plan",
            "--carry",
            "open,perodic",
        ],
    );
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "error: invalid value 'perodic' for '--carry <KINDS>': `perodic` is not a kind of task to carry; did you mean `periodic`?\nhelp: write one or more of `open` (one-off tasks not done or dropped), `periodic` and `continuous`, separated by commas\n\nFor more information, try '--help'.\n"
    );
    assert!(!at.join("plan-2024").exists());
    assert!(leftovers(at).is_empty());

    let (code, _, stderr) = run_plan(at, &["init", "plan-2024", "--carry", "done"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("`done` is not a kind of task to carry"),
        "{stderr}"
    );
    assert!(!at.join("plan-2024").exists());

    // Without `--from` there is nothing to carry: a usage error.
    let (code, _, stderr) = run_plan(at, &["init", "plan-2024", "--carry", "open"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--from <OLD_PLAN_DIR>"), "{stderr}");
    assert!(!at.join("plan-2024").exists());
    assert!(leftovers(at).is_empty());
}

/// A directory holding `old/`: a 2023 plan with the unit Văn phòng and `section` as `I.toml`.
fn old_plan(section: &str) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    fs::create_dir(root.path().join("old")).unwrap();
    fs::write(
        root.path().join("old/plan.toml"),
        "title = \"Kế hoạch năm 2023\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\n",
    )
    .unwrap();
    fs::write(root.path().join("old/I.toml"), section).unwrap();
    root
}

#[test]
fn items_further_down_keep_their_place_under_headings() {
    let root = old_plan(
        r#"id = "I"
title = "Công tác chỉ đạo điều hành"

[[task]]
id = "I.1"
title = "Nhóm 1"

[[task]]
id = "I.1.a"
title = "Việc đã xong"
lead = ["Văn phòng"]
deadline = "Quý 2/2023"

[[task.progress]]
date = 2023-06-01
status = "done"

[[task]]
id = "I.1.b"
title = "Nhóm con"

[[task]]
id = "I.1.b.1"
title = "Việc tháng 3, đã xong"
lead = ["Văn phòng"]
deadline = "Tháng 3"

[[task.progress]]
date = 2023-03-20
status = "done"

[[task]]
id = "I.1.b.2"
title = "Việc tháng 5"
lead = ["Văn phòng"]
deadline = "Tháng 5"

[[task]]
id = "I.2"
title = "Báo cáo tháng"
lead = ["Văn phòng"]
deadline = "Hằng tháng"

[[task]]
id = "I.3"
title = "Việc có việc con, đã xong"
lead = ["Văn phòng"]
deadline = "Năm 2023"

[[task.progress]]
date = 2023-12-01
status = "done"

[[task]]
id = "I.3.a"
title = "Việc con chưa xong"
lead = ["Văn phòng"]
budget = 5_000_000
deadline = "Quý IV"
product = "Báo cáo"
funding = "Ngân sách tỉnh"
note = "Ghi chú"
"#,
    );
    let at = root.path();
    let said = ok(
        at,
        &[
            "init",
            "new",
            "--year",
            "2024",
            "--from",
            "old",
            "--carry",
            "open,periodic",
        ],
    );
    // I.1 has one open item two levels down (I.1.b.2), under the heading I.1.b; I.3 was done
    // but its item was not, so I.3 comes along as a heading over it. None names 2023.
    assert_eq!(
        said,
        "created `new` for 2024: plan.toml and 1 section file\n\
         carried 3 tasks from 2023: 2 open, 1 periodic (and 3 headings above them)\n\
         next: add the tasks, then run `plan check`\n"
    );
    assert_eq!(
        ok(at, &["--plan-dir", "new", "check"]),
        "ok: new: 1 section, 6 tasks (3 headings), 1 unit\n"
    );
    let new = load_plan(&at.join("new"));
    let expected = [
        ("I.1", "2023:I.1", "heading"),
        ("I.1.a", "2023:I.1.b", "heading"),
        ("I.1.a.1", "2023:I.1.b.2", "dated"),
        ("I.2", "2023:I.2", "periodic"),
        ("I.3", "2023:I.3", "heading"),
        ("I.3.a", "2023:I.3.a", "dated"),
    ]
    .map(|(id, from, kind)| (id.to_string(), from.to_string(), kind.to_string()));
    assert_eq!(listed(&new), expected);
    assert_eq!(new.task("I.1.a").unwrap().parent.as_deref(), Some("I.1"));
    assert_eq!(
        new.task("I.1.a.1").unwrap().parent.as_deref(),
        Some("I.1.a")
    );
    let item = new.task("I.1.a.1").unwrap();
    assert_eq!(item.due_on(day(2024, 1, 1)), Some(day(2024, 5, 31)));
    let heading = new.task("I.3").unwrap();
    assert!(heading.lead.is_empty() && heading.deadline_text.is_none());
    let kept = new.task("I.3.a").unwrap();
    assert_eq!(kept.due_on(day(2024, 1, 1)), Some(day(2024, 12, 31)));
    assert_eq!(
        (
            kept.product.as_deref(),
            kept.funding.as_deref(),
            kept.note.as_deref(),
            kept.budget
        ),
        (
            Some("Báo cáo"),
            Some("Ngân sách tỉnh"),
            Some("Ghi chú"),
            None
        )
    );
    let text = fs::read_to_string(at.join("new/I.toml")).unwrap();
    assert!(
        text.contains("# budget = 5_000_000  # the 2023 budget: set this year's, if any\n"),
        "{text}"
    );
    assert!(text.contains("\n# [[task]]\n# id = \"I.4\"\n"), "{text}");
}

#[test]
fn one_task_carried_is_one_task() {
    let root = old_plan(
        "id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"Nhóm 1\"\n\n[[task]]\nid = \"I.1.a\"\ntitle = \"Việc chưa xong\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 2/2023\"\n",
    );
    let at = root.path();
    let said = ok(
        at,
        &[
            "init", "new", "--year", "2024", "--from", "old", "--carry", "open",
        ],
    );
    assert_eq!(
        said,
        "created `new` for 2024: plan.toml and 1 section file\n\
         carried 1 task from 2023: 1 open (and 1 heading above it)\n\
         next: set new deadlines where a comment says `set a new one` (1 task), add the new tasks, then run `plan check`\n"
    );
}
