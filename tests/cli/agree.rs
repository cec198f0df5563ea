//! The views of a plan never disagree: `list`, `show`, `overdue`, `summary`, `timeline` and
//! `report` read one set of rules (`src/rules.rs`). First the disagreements a user found, each
//! worked out by hand on the shipped plan; then a property over random plans, marks and days.
use super::common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use clap::Parser;
use common::ok;
use proptest::prelude::*;
use serde_json::Value;

fn json(root: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(root, args)).unwrap()
}

/// The last row of `summary --format json`: the total.
fn summary_total(rows: &Value) -> &Value {
    rows.as_array().unwrap().last().unwrap()
}

#[test]
fn summary_and_the_first_quarter_report_give_one_rate() {
    let root = common::shipped_plan();
    ok(root.path(), &["mark", "I.1", "done", "--on", "2023-03-01"]);
    // III.3's first-quarter report, done before its due date (31/03) and before the cut-off.
    ok(
        root.path(),
        &[
            "mark",
            "III.3",
            "done",
            "--on",
            "2023-03-10",
            "--period",
            "2023-Q1",
        ],
    );
    let summary = json(
        root.path(),
        &["summary", "--as-of", "2023-03-14", "--format", "json"],
    );
    let report = json(
        root.path(),
        &["report", "--quarter", "1", "--format", "json"],
    );
    assert_eq!(report["window"]["to"], "2023-03-14");
    // Done: I.1 and III.3's Q1; overdue: II.2, II.3 and II.4 (due 31/01). 2 of 5 = 40 %.
    let total = summary_total(&summary);
    assert_eq!(total["rate"], 40.0);
    assert_eq!(report["totals"]["rate"], 40.0);
    assert_eq!(total["done_on_time"], 2);
    assert_eq!(total["overdue"], 3);
}

#[test]
fn summary_columns_add_up_and_a_blocked_task_is_counted_once() {
    let root = common::shipped_plan();
    ok(
        root.path(),
        &[
            "mark",
            "II.2",
            "blocked",
            "--on",
            "2023-02-01",
            "--note",
            "Chờ hướng dẫn",
        ],
    );
    let rows = json(
        root.path(),
        &["summary", "--as-of", "2023-03-14", "--format", "json"],
    );
    for row in rows.as_array().unwrap() {
        let parts: u64 = [
            "done_on_time",
            "done_late",
            "blocked",
            "overdue",
            "not_yet_due",
            "dropped",
        ]
        .iter()
        .map(|key| row[*key].as_u64().unwrap())
        .sum();
        assert_eq!(row["tasks"].as_u64().unwrap(), parts, "{row}");
    }
    // II.2 blocked past its due date is blocked, not also overdue: II.3 and II.4 remain.
    let total = summary_total(&rows);
    // The items, counted apart: 37 tasks less 4 headings, 7 continuous and 2 quarterly tasks
    // are 24 one-off tasks, plus the first quarter's round of III.3 and IV.5 (the only round
    // begun by 14/03): 26.
    assert_eq!(total["tasks"], 26);
    assert_eq!(
        (total["blocked"].as_u64(), total["overdue"].as_u64()),
        (Some(1), Some(2))
    );
    // `--section III` by section: that section and the total, not all seven.
    let by_section = json(
        root.path(),
        &[
            "summary",
            "--by",
            "section",
            "--section",
            "III",
            "--as-of",
            "2023-03-14",
            "--format",
            "json",
        ],
    );
    let groups: Vec<&str> = by_section
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["group"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["III. Cải cách thủ tục hành chính", "Total"]);
}

#[test]
fn import_dry_run_shows_what_list_reads_from_the_files_written() {
    let root = tempfile::TempDir::new().unwrap();
    let annex = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/seed-annex.xlsx");
    let annex = annex.to_str().unwrap();
    let as_of = ["--as-of", "2023-05-15"];
    let args = [
        &["import", annex, "--dry-run", "--format", "json"][..],
        &as_of,
    ]
    .concat();
    let (code, printed, said) = common::run_plan(root.path(), &args);
    assert_eq!(code, 0, "{said}");
    let dry: Value = serde_json::from_str(&printed).unwrap();
    let (code, _, said) = common::run_plan(root.path(), &["import", annex]);
    assert_eq!(code, 0, "{said}");
    let listed = json(
        root.path(),
        &[&["list", "--format", "json"][..], &as_of].concat(),
    );
    assert_eq!(dry, listed);
    // III.3 is the quarterly report: on 15/05 its first quarter's round (due 31/03) is still
    // owed, so that is the occurrence both show.
    let iii3 = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "III.3")
        .unwrap();
    assert_eq!(
        (&iii3["due"], &iii3["period"]),
        (&Value::from("2023-03-31"), &Value::from("2023-Q1"))
    );
}

#[test]
fn list_and_show_say_an_open_task_is_overdue() {
    let root = common::shipped_plan();
    // IV.3 waits on an event; a due date set for it passes.
    ok(
        root.path(),
        &["due", "IV.3", "2023-06-30", "--on", "2023-05-02"],
    );
    let shown = ok(root.path(), &["show", "IV.3", "--as-of", "2023-07-01"]);
    assert!(
        shown.contains("\nStatus    todo, 1 day overdue (as of 2023-07-01)\n"),
        "{shown}"
    );
    let details = json(
        root.path(),
        &["show", "IV.3", "--as-of", "2023-07-01", "--format", "json"],
    );
    assert_eq!(
        (&details["overdue"], &details["days_overdue"]),
        (&Value::from(true), &Value::from(1))
    );
    // II.3, due 31/01, open on 01/04: 28 + 31 + 1 = 60 days overdue, and not done late.
    let listed = json(
        root.path(),
        &[
            "list",
            "--search",
            "II.3",
            "--as-of",
            "2023-04-01",
            "--format",
            "json",
        ],
    );
    let task = &listed[0];
    assert_eq!(task["id"], "II.3");
    assert_eq!(
        (&task["overdue"], &task["days_overdue"], &task["late"]),
        (&Value::from(true), &Value::from(60), &Value::from(false))
    );
    let table = ok(
        root.path(),
        &[
            "list",
            "--search",
            "II.3",
            "--as-of",
            "2023-04-01",
            "--format",
            "markdown",
        ],
    );
    assert!(table.contains("| todo, 60 days overdue |"), "{table}");
}

#[test]
fn a_unit_filter_shows_the_role_not_a_lead_through_the_collective() {
    let root = common::shipped_plan();
    let overdue = |more: &[&str]| {
        let office = ["overdue", "--unit", "Văn phòng", "--as-of", "2023-04-01"];
        ok(root.path(), &[&office[..], more].concat())
    };
    // II.2 is led by Thanh tra and supported by "Các phòng, đơn vị", of which Văn phòng is one.
    let rows: Value = serde_json::from_str(&overdue(&["--format", "json"])).unwrap();
    let ii2 = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "II.2")
        .unwrap();
    assert_eq!(ii2["lead"], serde_json::json!(["Thanh tra"]));
    assert_eq!(
        (&ii2["role"], &ii2["via"]),
        (&Value::from("support"), &Value::from("Các phòng, đơn vị"))
    );
    let table = overdue(&["--format", "markdown"]);
    let header = "| ID | Task | Lead | Role | Due | Period | Days overdue |\n";
    assert!(table.starts_with(header), "{table}");
    let ii2 = " | Thanh tra | support (via Các phòng, đơn vị) | 2023-01-31 |  | 60 |";
    assert!(table.contains(ii2), "{table}");
    // I.1 is Văn phòng's own.
    let i1 = "| I.1 | Xây dựng Kế hoạch CCHC năm 2023 | Văn phòng | lead | 2023-03-31 |  | 1 |";
    assert!(table.contains(i1), "{table}");
    // In Vietnamese too.
    let vi = overdue(&["--format", "markdown", "--lang", "vi"]);
    assert!(
        vi.contains(" | Thanh tra | phối hợp (qua Các phòng, đơn vị) | "),
        "{vi}"
    );
}

// The property: random plans, marks and days.

/// Deadline wordings of every kind: dated, periodic (month, quarter, half), continuous, event.
const DEADLINES: [&str; 10] = [
    "Quý 1/ 2023",
    "Quý 2/ 2023",
    "Tháng 01/2023",
    "Tháng 10/2023",
    "Năm 2023",
    "Định kỳ quý, năm",
    "Định kỳ hằng tháng",
    "Định kỳ 6 tháng, trước ngày 15/3 và 15/9",
    "Thường xuyên",
    "Sau khi có thông báo",
];

const STATUSES: [&str; 5] = ["todo", "doing", "done", "blocked", "dropped"];

/// One progress entry: day of 2023, status, a new due date (day of 2023) or not, and the
/// occurrence (an index into the task's occurrences) for a periodic task.
type Mark = (u32, usize, Option<u32>, usize);

#[derive(Debug, Clone)]
struct Generated {
    /// For each task: its deadline (index into DEADLINES), lead (0 or 1) and marks.
    tasks: Vec<(usize, usize, Vec<Mark>)>,
    day: u32,
}

fn generated() -> impl Strategy<Value = Generated> {
    let mark = (
        0..365u32,
        0..5usize,
        prop::option::weighted(0.2, 0..365u32),
        0..12usize,
    );
    let task = (
        0..DEADLINES.len(),
        0..2usize,
        prop::collection::vec(mark, 0..4),
    );
    (prop::collection::vec(task, 1..8), 0..365u32).prop_map(|(tasks, day)| Generated { tasks, day })
}

fn day_of(ordinal: u32) -> NaiveDate {
    NaiveDate::from_yo_opt(2023, ordinal + 1).unwrap()
}

/// The occurrence names of a periodic wording (for `period = …` on an entry).
fn occurrences(deadline: &str) -> Vec<String> {
    match deadline {
        "Định kỳ quý, năm" => (1..=4).map(|q| format!("2023-Q{q}")).collect(),
        "Định kỳ hằng tháng" => (1..=12).map(|m| format!("2023-{m:02}")).collect(),
        "Định kỳ 6 tháng, trước ngày 15/3 và 15/9" => {
            vec!["2023-H1".into(), "2023-H2".into()]
        }
        _ => Vec::new(),
    }
}

fn write_plan(dir: &Path, plan: &Generated) {
    let units = ["Văn phòng", "Thanh tra"];
    let mut head = String::from("title = \"Kế hoạch thử\"\nyear = 2023\n");
    for unit in units {
        writeln!(head, "\n[[unit]]\nname = \"{unit}\"").unwrap();
    }
    std::fs::write(dir.join("plan.toml"), head).unwrap();
    let mut section = String::from("id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n");
    for (index, (deadline, lead, marks)) in plan.tasks.iter().enumerate() {
        let deadline = DEADLINES[*deadline];
        writeln!(
            section,
            "\n[[task]]\nid = \"I.{}\"\ntitle = \"Nhiệm vụ {}\"\nlead = [\"{}\"]\ndeadline = \"{deadline}\"",
            index + 1,
            index + 1,
            units[*lead]
        )
        .unwrap();
        let periods = occurrences(deadline);
        for (date, status, due, occurrence) in marks {
            write!(section, "\n[[task.progress]]\ndate = {}\n", day_of(*date)).unwrap();
            match (periods.is_empty(), due) {
                // A due date moves a one-off task; a periodic one is marked per occurrence.
                (true, Some(due)) => writeln!(section, "due = {}", day_of(*due)).unwrap(),
                (true, None) => writeln!(section, "status = \"{}\"", STATUSES[*status]).unwrap(),
                (false, _) => writeln!(
                    section,
                    "status = \"{}\"\nperiod = \"{}\"",
                    STATUSES[*status],
                    periods[occurrence % periods.len()]
                )
                .unwrap(),
            }
        }
    }
    std::fs::write(dir.join("I.toml"), section).unwrap();
}

/// Runs `plan ARGS` in the library, as the binary would, on `dir`.
fn run<S: AsRef<str> + std::fmt::Debug>(dir: &Path, args: &[S]) -> String {
    let cli =
        plan::Cli::try_parse_from(std::iter::once("plan").chain(args.iter().map(|a| a.as_ref())))
            .unwrap();
    let env = plan::Env {
        today: NaiveDate::from_ymd_opt(2023, 6, 30).unwrap(),
        cwd: dir.to_path_buf(),
        terminal: plan::Terminal {
            color: false,
            width: None,
            progress: false,
        },
        lock_wait: std::time::Duration::from_secs(5),
        exits_after: false,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    if let Err(failure) = plan::run(cli, &env, &mut out, &mut err) {
        panic!("plan {args:?}: {}", failure.explain());
    }
    String::from_utf8(out).unwrap()
}

fn run_json<S: AsRef<str> + std::fmt::Debug>(dir: &Path, args: &[S]) -> Value {
    serde_json::from_str(&run(dir, args)).unwrap()
}

/// What the views say of each item (task, occurrence) as of a day.
#[derive(Debug, Default, PartialEq)]
struct Item {
    status: String,
    due: Option<String>,
    days_overdue: Option<i64>,
    days_late: Option<i64>,
}

fn check_agreement(root: &Path, plan: &Generated) {
    let day = day_of(plan.day).to_string();
    let with = |args: &[&'static str]| -> Vec<String> {
        args.iter()
            .map(|a| a.to_string())
            .chain(["--as-of".to_string(), day.clone()])
            .collect()
    };
    // Every item, as `show` tells it: the task itself, or each of its occurrences.
    let mut items: BTreeMap<(String, Option<String>), Item> = BTreeMap::new();
    let listed = run_json(root, &with(&["list", "--format", "json"]));
    for task in listed.as_array().unwrap() {
        let id = task["id"].as_str().unwrap();
        let shown = run_json(
            root,
            &[
                &["show", id, "--format", "json", "--as-of"][..],
                &[day.as_str()],
            ]
            .concat(),
        );
        // `list` and `show` say the same of the task (its current occurrence, if periodic).
        for key in [
            "status",
            "due",
            "period",
            "overdue",
            "days_overdue",
            "late",
            "days_late",
        ] {
            assert_eq!(task[key], shown[key], "{id}: `{key}` in list and show");
        }
        assert_eq!(
            task["overdue"].as_bool().unwrap(),
            !task["days_overdue"].is_null()
        );
        let occurrences = shown["occurrences"].as_array().unwrap();
        if occurrences.is_empty() {
            if task["kind"] == "continuous" {
                continue;
            }
            items.insert(
                (id.to_string(), None),
                Item {
                    status: task["status"].as_str().unwrap().to_string(),
                    due: task["due"].as_str().map(str::to_string),
                    days_overdue: task["days_overdue"].as_i64(),
                    days_late: task["days_late"].as_i64(),
                },
            );
        }
        for o in occurrences {
            let period = o["period"].as_str().unwrap().to_string();
            if Some(period.as_str()) == task["period"].as_str() {
                assert_eq!(o["status"], task["status"], "{id} {period}");
                assert_eq!(o["days_overdue"], task["days_overdue"], "{id} {period}");
            }
            items.insert(
                (id.to_string(), Some(period)),
                Item {
                    status: o["status"].as_str().unwrap().to_string(),
                    due: o["due"].as_str().map(str::to_string),
                    days_overdue: o["days_overdue"].as_i64(),
                    days_late: o["days_late"].as_i64(),
                },
            );
        }
    }
    // `list` calls a task overdue when any of its items is.
    for task in listed.as_array().unwrap() {
        let id = task["id"].as_str().unwrap();
        let any = items
            .iter()
            .any(|((of, _), item)| of == id && item.days_overdue.is_some());
        assert_eq!(
            task["overdue"].as_bool(),
            Some(any),
            "{id}: overdue in list"
        );
    }
    // `overdue` lists exactly the items `show` calls overdue, by as many days.
    let overdue = run_json(root, &with(&["overdue", "--format", "json"]));
    let from_overdue: BTreeSet<(String, Option<String>, i64)> = overdue
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["period"].as_str().map(str::to_string),
                r["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect();
    let from_show: BTreeSet<(String, Option<String>, i64)> = items
        .iter()
        .filter_map(|((id, period), item)| Some((id.clone(), period.clone(), item.days_overdue?)))
        .collect();
    assert_eq!(from_overdue, from_show, "overdue and show");
    // `summary` counts each overdue item once: as blocked if it is, else as overdue.
    let summary = run_json(root, &with(&["summary", "--format", "json"]));
    let total = summary_total(&summary);
    let blocked_overdue = items
        .values()
        .filter(|i| i.days_overdue.is_some() && i.status == "blocked")
        .count();
    assert_eq!(
        total["overdue"].as_u64().unwrap() as usize,
        from_show.len() - blocked_overdue,
        "summary's overdue"
    );
    // With `--quarter 2`, the summary counts the overdue items due in the second quarter.
    let summary = run_json(
        root,
        &with(&["summary", "--quarter", "2", "--format", "json"]),
    );
    let in_q2 = |due: &Option<String>| {
        due.as_deref()
            .is_some_and(|d| ("2023-04-01"..="2023-06-30").contains(&d))
    };
    let overdue_in_q2 = items
        .values()
        .filter(|i| i.days_overdue.is_some() && i.status != "blocked" && in_q2(&i.due))
        .count();
    assert_eq!(
        summary_total(&summary)["overdue"].as_u64().unwrap() as usize,
        overdue_in_q2,
        "summary --quarter 2"
    );
    // `timeline` marks ✗ at each item overdue or done late (and once in its legend).
    let timeline = run(root, &with(&["timeline"]));
    let crosses = timeline.matches('✗').count() - 1;
    let late = items
        .values()
        .filter(|i| i.days_overdue.is_some() || (i.status == "done" && i.days_late.is_some()))
        .count();
    assert_eq!(crosses, late, "timeline's ✗\n{timeline}");
    // On a report's cut-off day, the summary of the plan and the report for the first quarter
    // or the year count the same and give the same rate.
    for (period, cutoff) in [("--quarter", "1"), ("--year", "2023")] {
        let report = run_json(root, &["report", period, cutoff, "--format", "json"]);
        let to = report["window"]["to"].as_str().unwrap();
        let summary = run_json(root, &["summary", "--as-of", to, "--format", "json"]);
        let total = summary_total(&summary);
        for key in ["done_on_time", "done_late", "blocked", "overdue", "rate"] {
            assert_eq!(
                total[key], report["totals"][key],
                "{key}: summary on {to} and report {period}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_view_agrees_on_every_item(plan in generated()) {
        let root = tempfile::TempDir::new().unwrap();
        let dir = root.path().join("plan");
        std::fs::create_dir(&dir).unwrap();
        write_plan(&dir, &plan);
        check_agreement(root.path(), &plan);
    }
}
