//! A plan of several years (2026–2030, as many annexes now are): `year` is its first year, its
//! last is the last year anything in it is due, and periodic tasks recur in each year.
use super::common;

use std::fs;

use common::run_plan;
use tempfile::TempDir;

const PLAN: &str =
    "title = \"Kế hoạch giai đoạn 2026-2030\"\nyear = 2026\n\n[[unit]]\nname = \"Văn phòng\"\n";

fn plan() -> TempDir {
    let root = TempDir::new().unwrap();
    let dir = root.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("plan.toml"), PLAN).unwrap();
    fs::write(
        dir.join("I.toml"),
        "id = \"I\"\ntitle = \"Chỉ đạo\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"Chuyển đổi số\"\nlead = [\"Văn phòng\"]\ndeadline = \"Giai đoạn 2026 - 2030\"\n\n[[task]]\nid = \"I.2\"\ntitle = \"Báo cáo năm\"\nlead = [\"Văn phòng\"]\ndeadline = \"Hằng năm\"\n",
    )
    .unwrap();
    root
}

#[test]
fn periodic_tasks_recur_in_every_year_of_the_plan() {
    let root = plan();
    // "Giai đoạn 2026 - 2030" is due at the end of 2030: the plan runs 2026–2030.
    let (code, out, err) = run_plan(root.path(), &["show", "I.2", "--as-of", "2028-03-01"]);
    assert_eq!(code, 0, "{err}");
    for year in 2026..=2030 {
        assert!(
            out.contains(&format!("\n  {year}      due {year}-12-31  todo")),
            "{year}: {out}"
        );
    }
    assert!(!out.contains("2031"), "{out}");
    // On 1 March 2028 the reports of 2026 and 2027 are overdue: from 31/12/2027 it is 31 days of
    // January, 29 of February (2028 is a leap year) and 1 of March, 61; from 31/12/2026 a year
    // of 365 days more, 426. The occurrence shown is the earliest still owed.
    assert!(
        out.contains("Due       2026-12-31 (occurrence 2026)\nStatus    todo, 426 days overdue"),
        "{out}"
    );
    let (_, csv, _) = run_plan(
        root.path(),
        &["overdue", "--as-of", "2028-03-01", "--format", "csv"],
    );
    assert_eq!(
        csv,
        "\u{feff}id,title,lead,due,period,days_overdue\nI.2,Báo cáo năm,Văn phòng,2026-12-31,2026,426\nI.2,Báo cáo năm,Văn phòng,2027-12-31,2027,61\n"
    );
}

#[test]
fn entries_may_be_for_any_year_of_the_plan_and_no_later() {
    let root = plan();
    let (code, out, err) = run_plan(
        root.path(),
        &[
            "mark",
            "I.2",
            "done",
            "--on",
            "2029-12-20",
            "--period",
            "2029",
        ],
    );
    assert_eq!(
        (code, out.as_str()),
        (0, "I.2: done on 2029-12-20 (for 2029) (plan/I.toml)\n"),
        "{err}"
    );
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run_plan(
        root.path(),
        &[
            "mark",
            "I.2",
            "done",
            "--on",
            "2030-12-20",
            "--period",
            "2031",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("`2031` is not an occurrence of `I.2`, which recurs every year in 2026–2030"),
        "{err}"
    );
    // Written into the file by hand, a 2031 entry is a problem of `check` at its line.
    let path = root.path().join("plan/I.toml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        format!(
            "{text}\n[[task.progress]]\ndate = 2031-01-05\nstatus = \"done\"\nperiod = \"2031\"\n"
        ),
    )
    .unwrap();
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`2031` is not an occurrence of `I.2`"),
        "{err}"
    );
}

#[test]
fn a_report_takes_any_year_and_half_of_the_plan_and_refuses_others() {
    let root = plan();
    fs::write(
        root.path().join("plan/I.toml"),
        "id = \"I\"\ntitle = \"Chỉ đạo\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"Chuyển đổi số\"\nlead = [\"Văn phòng\"]\ndeadline = \"Giai đoạn 2026 - 2030\"\n\n[[task]]\nid = \"I.2\"\ntitle = \"Báo cáo năm\"\nlead = [\"Văn phòng\"]\ndeadline = \"Hằng năm\"\n\n[[task.progress]]\ndate = 2029-12-20\nstatus = \"done\"\nperiod = \"2029\"\n",
    )
    .unwrap();
    let window = |args: &[&str]| {
        let (code, out, err) = run_plan(
            root.path(),
            &[&["report", "--format", "json"], args].concat(),
        );
        assert_eq!(code, 0, "{args:?}: {err}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        (
            json["window"]["from"].to_string(),
            json["window"]["to"].to_string(),
        )
    };
    // The whole of 2029, and its first half, not the plan's first year: windows with the data
    // cut-off of Nghị định 09/2019 (15/12 of the year before to 14/12, or to 14/06).
    let from = "\"2028-12-15\"".to_string();
    assert_eq!(
        window(&["--year", "2029"]),
        (from.clone(), "\"2029-12-14\"".into())
    );
    assert_eq!(
        window(&["--half", "2029-H1"]),
        (from, "\"2029-06-14\"".into())
    );
    assert_eq!(window(&["--half", "H2"]).1, "\"2026-12-14\"");
    // `--year` alone is the plan's first year, as before.
    assert_eq!(window(&["--year"]).1, "\"2026-12-14\"");
    let (code, _, err) = run_plan(root.path(), &["report", "--year", "2031"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the plan covers 2026 to 2030, not 2031"),
        "{err}"
    );
}
