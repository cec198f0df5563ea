//! Indicators (`[[indicator]]` in plan.toml) and their values (`plan record`, `[[record]]`):
//! recorded atomically, refused when they cannot be, checked by `plan check`, and printed by
//! the report in their section. Values are given here; the expected lines follow from them.
use super::common;

use common::{ok, run_plan};

use std::fs;

use serde_json::Value;

const INDICATORS: &str = "\n[[indicator]]\nid = \"dvc\"\nname = \"Tỷ lệ hồ sơ nộp trực tuyến\"\nunit = \"%\"\ntarget = 80\nsection = \"III\"\n\n[[indicator]]\nid = \"tthc\"\nname = \"Số thủ tục hành chính được rà soát\"\nunit = \"thủ tục\"\n";

/// The shipped plan with two indicators: `dvc` in section III with a target, `tthc` in none.
fn with_indicators() -> tempfile::TempDir {
    let root = common::shipped_plan();
    let path = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, format!("{text}{INDICATORS}")).unwrap();
    root
}

#[test]
fn a_value_is_appended_to_plan_toml_and_the_report_prints_it_in_its_section() {
    let root = with_indicators();
    let dir = root.path();
    let before = fs::read_to_string(dir.join("plan/plan.toml")).unwrap();
    let said = ok(
        dir,
        &[
            "--lang",
            "en",
            "record",
            "dvc",
            "85,5",
            "--period",
            "2023-Q2",
            "--on",
            "2023-06-10",
            "--note",
            "Hệ thống một cửa",
        ],
    );
    assert_eq!(said, "dvc: 85.5 % for 2023-Q2 (plan/plan.toml)\n");
    let after = fs::read_to_string(dir.join("plan/plan.toml")).unwrap();
    // Everything that was there is kept byte for byte; one table follows a blank line.
    assert_eq!(
        after,
        format!(
            "{before}\n[[record]]\nindicator = \"dvc\"\nperiod = \"2023-Q2\"\nvalue = 85.5\ndate = 2023-06-10\nnote = \"Hệ thống một cửa\"\n"
        )
    );
    ok(
        dir,
        &[
            "record",
            "tthc",
            "12",
            "--period",
            "2023-Q1",
            "--on",
            "2023-03-10",
        ],
    );

    // The second quarter: dvc's own value, with its target and source, in section III (the
    // report's third point); tthc has none for the quarter, under "Các chỉ số khác".
    let q2 = ok(dir, &["report", "--quarter", "2"]);
    let dvc = "- Tỷ lệ hồ sơ nộp trực tuyến: **85,5 %** (số liệu quý II/2023); chỉ tiêu: 80 %; nguồn: Hệ thống một cửa.";
    let at = q2.find(dvc).unwrap_or_else(|| panic!("{q2}"));
    let section_iii = q2.find("### 3. ").unwrap();
    let section_iv = q2.find("### 4. ").unwrap();
    assert!(section_iii < at && at < section_iv, "{q2}");
    assert!(q2.contains("### 8. Các chỉ số khác"), "{q2}");
    assert!(
        q2.contains("- Số thủ tục hành chính được rà soát: *[chưa có số liệu]*."),
        "{q2}"
    );
    // The six months take each indicator's latest quarter within them.
    let h1 = ok(dir, &["report", "--half", "1"]);
    assert!(h1.contains(dvc), "{h1}");
    assert!(
        h1.contains("- Số thủ tục hành chính được rà soát: **12 thủ tục** (số liệu quý I/2023)."),
        "{h1}"
    );
    // JSON and the spreadsheet carry them too.
    let json: Value =
        serde_json::from_str(&ok(dir, &["report", "--quarter", "2", "--format", "json"])).unwrap();
    let first = &json["indicators"][0];
    assert_eq!(
        (
            &first["id"],
            &first["value"],
            &first["target"],
            &first["period"]
        ),
        (
            &Value::from("dvc"),
            &Value::from(85.5),
            &Value::from(80.0),
            &Value::from("2023-Q2")
        )
    );
    assert_eq!(json["indicators"][1]["value"], Value::Null);
    let csv = ok(dir, &["report", "--quarter", "2", "--format", "csv"]);
    assert!(
        csv.contains("III,Tỷ lệ hồ sơ nộp trực tuyến,%,80,85.5,quý II/2023,Hệ thống một cửa"),
        "{csv}"
    );
    // A report on one unit leaves the department's figures out.
    let unit = ok(dir, &["report", "--quarter", "2", "--unit", "Văn phòng"]);
    assert!(!unit.contains("Các chỉ số"), "{unit}");
}

#[test]
fn a_value_that_cannot_be_recorded_is_refused_and_nothing_is_written() {
    let root = with_indicators();
    let dir = root.path();
    let path = dir.join("plan/plan.toml");
    let record = |args: &[&str]| {
        let mut all = vec!["--lang", "en", "record"];
        all.extend(args);
        run_plan(dir, &all)
    };
    for (args, said) in [
        (
            &["dvc", "85%", "--period", "2023-Q2"][..],
            "`85%` is not a number",
        ),
        (
            &["dvc", "1.234,5", "--period", "2023-Q2"],
            "`1.234,5` is not a number",
        ),
        (&["dvc", "", "--period", "2023-Q2"], "`` is not a number"),
        (
            &["dvc", "NaN", "--period", "2023-Q2"],
            "`NaN` is not a number",
        ),
        (
            &["dvx", "1", "--period", "2023-Q2"],
            "no indicator `dvx` in the plan",
        ),
        (
            &["dvc", "1", "--period", "2024-Q2"],
            "`2024-Q2` is not in the plan's 2023",
        ),
        (&["dvc", "1", "--period", "Q5"], "`Q5` is not a period"),
        (
            &["dvc", "1.000", "--period", "2023-Q2", "--on", "2023-06-10"],
            "`1.000` could be a thousand or a fraction",
        ),
        (
            &["dvc", "-2,500", "--period", "2023-Q2", "--on", "2023-06-10"],
            "`-2,500` could be a thousand or a fraction",
        ),
        (
            &["dvc", "85", "--period", "2023-Q2", "--on", "2099-01-01"],
            "--on 2099-01-01 is more than a year after the last day the plan has anything due",
        ),
        (
            &["dvc", "85", "--period", "2023-Q2", "--on", "2022-12-31"],
            "--on 2022-12-31 is before the plan's year 2023",
        ),
    ] {
        let before = fs::read(&path).unwrap();
        let (code, out, err) = record(args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(out.is_empty());
        assert!(err.contains(said), "{args:?}: {err}");
        assert_eq!(fs::read(&path).unwrap(), before, "{args:?}");
    }
    assert!(err_of(&record(&["dvx", "1", "--period", "2023-Q2"])).contains("`dvc`, `tthc`"));
    // A day far from the plan is taken when `--force` says it is meant.
    let forced = [
        "dvc",
        "85",
        "--period",
        "2023-Q4",
        "--on",
        "2025-01-05",
        "--force",
    ];
    assert_eq!(record(&forced).0, 0);
    // A retry of the same value is refused: the first one landed.
    let args = ["dvc", "90", "--period", "2023-Q3", "--on", "2023-09-10"];
    assert_eq!(record(&args).0, 0);
    let (code, _, err) = record(&args);
    assert_eq!(code, 1);
    assert!(err.contains("already has this value for 2023-Q3"), "{err}");
    // A correction (another value) is recorded: the report gives the later one.
    assert_eq!(
        record(&["dvc", "91", "--period", "2023-Q3", "--on", "2023-09-11"]).0,
        0
    );
    let q3: Value =
        serde_json::from_str(&ok(dir, &["report", "--quarter", "3", "--format", "json"])).unwrap();
    assert_eq!(q3["indicators"][0]["value"], 91.0);
}

fn err_of(run: &(i32, String, String)) -> String {
    run.2.clone()
}

#[test]
fn check_refuses_indicators_and_records_it_cannot_use_with_their_line() {
    for (extra, said) in [
        (
            "[[indicator]]\nid = \"dvc\"\nname = \"Lần hai\"\n",
            "indicator `dvc` is declared twice",
        ),
        (
            "[[indicator]]\nid = \"a b\"\nname = \"x\"\n",
            "an indicator's `id` is one word",
        ),
        (
            "[[indicator]]\nid = \"x\"\nname = \" \"\n",
            "indicator `x` has no name",
        ),
        (
            "[[indicator]]\nid = \"x\"\nname = \"x\"\ntarget = \"80%\"\n",
            "`target` is a number",
        ),
        (
            "[[indicator]]\nid = \"x\"\nname = \"x\"\nsection = \"IX\"\n",
            "the plan has no section `IX`",
        ),
        (
            "[[record]]\nindicator = \"dvc\"\nperiod = \"2023-Q2\"\nvalue = \"85\"\ndate = 2023-06-10\n",
            "a recorded value is a number",
        ),
        (
            "[[record]]\nindicator = \"dvc\"\nperiod = \"2023-Q2\"\nvalue = nan\ndate = 2023-06-10\n",
            "a recorded value is a number",
        ),
        (
            "[[record]]\nindicator = \"zz\"\nperiod = \"2023-Q2\"\nvalue = 1\ndate = 2023-06-10\n",
            "no indicator `zz` is declared",
        ),
        (
            "[[record]]\nindicator = \"dvc\"\nperiod = \"2022-Q2\"\nvalue = 1\ndate = 2023-06-10\n",
            "`2022-Q2` is before the plan's year 2023",
        ),
        (
            "[[record]]\nindicator = \"dvc\"\nperiod = \"2024-Q2\"\nvalue = 1\ndate = 2023-06-10\n",
            "`2024-Q2` is after the plan's last year",
        ),
        (
            "[[record]]\nindicator = \"dvc\"\nperiod = \"quý 2\"\nvalue = 1\ndate = 2023-06-10\n",
            "`quý 2` is not a period",
        ),
    ] {
        let root = with_indicators();
        let path = root.path().join("plan/plan.toml");
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("{text}\n{extra}")).unwrap();
        let (code, _, err) = run_plan(root.path(), &["--lang", "en", "check"]);
        assert_eq!(code, 1, "{extra}");
        assert!(err.contains(said), "{extra}: {err}");
        assert!(err.contains("plan/plan.toml:"), "{err}");
    }
}
