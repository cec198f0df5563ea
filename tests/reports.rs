//! summary, upcoming, report, timeline, --lang, init, completions and man, on a copy of the
//! shipped plan with marks made in the test. Expected values are worked out by hand from the
//! source document.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn shipped() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("plan")
}

/// A copy of the shipped plan in `plan/` of a fresh folder.
fn copy() -> TempDir {
    let root = TempDir::new().unwrap();
    fs::create_dir(root.path().join("plan")).unwrap();
    for entry in fs::read_dir(shipped()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            fs::copy(
                &path,
                root.path().join("plan").join(path.file_name().unwrap()),
            )
            .unwrap();
        }
    }
    root
}

fn plan(root: &Path, args: &[&str]) -> (i32, String, String) {
    common::run_plan(root, args)
}

fn ok(root: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = plan(root, args);
    assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
    stdout
}

fn json(root: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(root, args)).unwrap()
}

/// Progress of the second quarter: I.1 done five days late, I.2.a done five days late, the
/// quarterly report III.3 for Q1 done ten days late, an entry on the continuous task III.1.
fn marked() -> TempDir {
    let root = copy();
    for args in [
        &[
            "mark",
            "I.1",
            "done",
            "--on",
            "2023-04-05",
            "--note",
            "Kế hoạch số 12/KH-KHCN",
        ][..],
        &[
            "mark",
            "III.3",
            "done",
            "--on",
            "2023-04-10",
            "--period",
            "2023-Q1",
        ],
        &[
            "mark",
            "III.1",
            "doing",
            "--on",
            "2023-05-02",
            "--note",
            "Đã cập nhật 12 quy trình",
        ],
        &["mark", "I.2.a", "done", "--on", "2023-07-05"],
    ] {
        ok(root.path(), args);
    }
    root
}

fn row<'a>(rows: &'a Value, key: &str, value: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no row with {key} = {value}"))
}

#[test]
fn summary_by_section_at_the_end_of_june() {
    let root = copy();
    let rows = json(
        root.path(),
        &[
            "summary",
            "--by",
            "section",
            "--as-of",
            "2023-06-30",
            "--format",
            "json",
        ],
    );
    // Section I: I.1, I.2.a, I.2.b, I.2.c, I.3, I.4; only I.1 (Quý 1) is past due; the two
    // budgets are 12.000.000 and 8.000.000 đồng.
    let first = row(&rows, "group", "I. Công tác chỉ đạo điều hành");
    assert_eq!(
        (
            first["tasks"].as_u64(),
            first["overdue"].as_u64(),
            first["not_yet_due"].as_u64()
        ),
        (Some(6), Some(1), Some(5))
    );
    assert_eq!(first["budget"], 20_000_000);
    // Section III: the quarterly report III.3 counts Q1 and Q2; III.4 and III.6; four
    // continuous tasks (III.1, III.2, III.5.a, III.5.b) apart.
    let third = row(&rows, "group", "III. Cải cách thủ tục hành chính");
    assert_eq!(
        (
            third["tasks"].as_u64(),
            third["continuous"].as_u64(),
            third["overdue"].as_u64()
        ),
        (Some(4), Some(4), Some(1))
    );
    // All: 33 tasks less 7 continuous and 2 periodic is 24, plus 2 occurrences each of III.3 and IV.5.
    let total = row(&rows, "group", "Total");
    assert_eq!(
        (
            total["tasks"].as_u64(),
            total["continuous"].as_u64(),
            total["overdue"].as_u64()
        ),
        (Some(28), Some(7), Some(6))
    );
}

#[test]
fn summary_of_the_office_as_lead_with_marks() {
    let root = marked();
    let rows = json(
        root.path(),
        &["summary", "--as-of", "2023-07-31", "--format", "json"],
    );
    let office = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["group"] == "Văn phòng" && r["role"] == "lead")
        .unwrap();
    // Led by Văn phòng by name: 18 tasks, of which 3 continuous (III.1, III.2, VI.1) and the
    // quarterly III.3 with 2 occurrences ended by 31/07: 14 + 2 = 16.
    assert_eq!(office["tasks"], 16);
    assert_eq!(office["continuous"], 3);
    assert_eq!(
        (
            office["done_on_time"].as_u64(),
            office["done_late"].as_u64()
        ),
        (Some(0), Some(3))
    );
    // Open past due: I.2.b (30/06) and III.3's Q2 report (30/06).
    assert_eq!(office["overdue"], 2);
    assert_eq!(office["share_done"], 3.0 / 16.0);
    assert_eq!(
        (office["budget"].as_u64(), office["budget_done"].as_u64()),
        (Some(20_000_000), Some(12_000_000))
    );
    let table = ok(
        root.path(),
        &[
            "summary",
            "--as-of",
            "2023-07-31",
            "--by",
            "section",
            "--format",
            "markdown",
        ],
    );
    assert!(table.contains("| I. Công tác chỉ đạo điều hành |  | 6 | 0 | 2 | 0 | 0 | 4 | 0 | 1 | 3 | 33% | 0 | 20.000.000 | 12.000.000 |"), "{table}");
}

#[test]
fn summary_in_vietnamese_uses_the_words_of_the_report() {
    let root = copy();
    let table = ok(
        root.path(),
        &[
            "summary",
            "--by",
            "section",
            "--as-of",
            "2023-06-30",
            "--lang",
            "vi",
            "--format",
            "markdown",
        ],
    );
    let mut lines = table.lines();
    assert_eq!(
        lines.next(),
        Some(
            "| Nội dung | Vai trò | Số nhiệm vụ | Hoàn thành đúng hạn | Hoàn thành trễ hạn | Đang thực hiện | Gặp vướng mắc | Chưa thực hiện | Không thực hiện | Quá hạn, chưa thực hiện | Chưa đến hạn | Tỷ lệ hoàn thành | Thường xuyên | Kinh phí dự kiến | Kinh phí đã hoàn thành |"
        )
    );
    // Section I on 30/06 with no marks: six tasks not started; I.1 (31/03) overdue, the
    // other five not yet due (I.2.a and I.2.b fall due on the day itself).
    assert_eq!(
        lines.nth(1),
        Some(
            "| I. Công tác chỉ đạo điều hành |  | 6 | 0 | 0 | 0 | 0 | 6 | 0 | 1 | 5 | 0% | 0 | 20.000.000 | 0 |"
        )
    );
    assert!(table.contains("\n| Tổng cộng |"), "{table}");
}

#[test]
fn upcoming_soonest_first_with_days_left() {
    let root = copy();
    let rows = json(
        root.path(),
        &["upcoming", "--as-of", "2023-06-01", "--format", "json"],
    );
    let got: Vec<(String, Value, i64)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["period"].clone(),
                r["days_left"].as_i64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("I.2.a", Value::Null, 29),
        ("I.2.b", Value::Null, 29),
        ("III.3", Value::from("2023-Q2"), 29),
        ("IV.5", Value::from("2023-Q2"), 29),
    ]
    .map(|(id, period, days)| (id.to_string(), period, days));
    assert_eq!(got, expected);
    let later = json(
        root.path(),
        &[
            "upcoming",
            "--as-of",
            "2023-07-01",
            "--until",
            "2023-10-31",
            "--format",
            "json",
        ],
    );
    let ids: Vec<&str> = later
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["III.3", "IV.5", "I.2.c"]);
    let (code, _, stderr) = plan(root.path(), &["upcoming", "--within", "soon"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("`soon` is not a span: write 30d, 2w or 3m"),
        "{stderr}"
    );
}

#[test]
fn quarterly_report_in_markdown() {
    let root = marked();
    let report = ok(root.path(), &["report", "--quarter", "2"]);
    assert!(report.starts_with(
        "# Báo cáo kết quả thực hiện kế hoạch cải cách hành chính quý II năm 2023\n\nSở Khoa học và Công nghệ tỉnh Tây Ninh  \nThực hiện Kế hoạch số 12/KH-KHCN ngày 31/01/2023: Kế hoạch triển khai các nhiệm vụ cải cách hành chính năm 2023.  \nKỳ báo cáo: từ ngày 15/03/2023 đến ngày 14/06/2023. Hạn gửi báo cáo: ngày 20/06/2023.\n"
    ), "{report}");
    assert!(report.contains("\n| I.1 | Xây dựng Kế hoạch CCHC năm 2023 | Văn phòng | Quý 1/ 2023 | Hoàn thành trễ hạn | 05/04/2023: Kế hoạch số 12/KH-KHCN |\n"));
    assert!(
        report
            .contains("| Thường xuyên | Đã có kết quả | 02/05/2023: Đã cập nhật 12 quy trình |\n")
    );
    assert!(report.contains("| Thường xuyên | Chưa có kết quả |  |\n"));
    // I.2.a is done on 05/07, after the window's end (14/06): not yet done in this report.
    assert!(report.contains("| Quý 2/ 2023 | Chưa thực hiện |  |\n"));
    // Due in the second quarter: I.2.a, I.2.b and the Q2 occurrences of III.3 and IV.5; none
    // done by 14/06. I.1 (Quý 1) belongs to the first quarter's report.
    assert!(report.contains("\n| III.3 (2023-Q2) | Báo cáo công tác kiểm soát"));
    assert!(
        report.contains("\n| Tổng cộng |  | 4 | 0 | 0 | 0 | 0 | 4 | 0 | 0/4 | 0% |  |\n"),
        "{report}"
    );
    assert!(report.contains(
        "\n| Nội dung | I. Công tác chỉ đạo điều hành | 2 | 0 | 0 | 0 | 0 | 2 | 0 | 0/2 | 0% |  |\n"
    ));
    assert!(report.contains(
        "\n| Đơn vị chủ trì | Văn phòng | 3 | 0 | 0 | 0 | 0 | 3 | 0 | 0/3 | 0% | Dưới 70% |\n"
    ));
    assert!(report.contains("\n| Đơn vị chủ trì | Tổ Kiểm tra Công vụ | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 0/1 | 0% | Dưới 70% |\n"));
    // The first quarter's report, as of 14/03: I.1 not done yet, the Q1 reports not sent.
    let first = ok(root.path(), &["report", "--quarter", "1"]);
    assert!(
        first.contains("\n| Tổng cộng |  | 6 | 0 | 0 | 0 | 0 | 6 | 0 | 0/6 | 0% |  |\n"),
        "{first}"
    );
    assert!(report.ends_with("\nNhiệm vụ thường xuyên: 7, đã có kết quả trong kỳ: 1.\n"));
}

#[test]
fn report_windows_for_half_year_and_year_and_overrides() {
    let root = copy();
    let half = ok(root.path(), &["report", "--half", "1"]);
    assert!(half.contains(
        "Kỳ báo cáo: từ ngày 15/12/2022 đến ngày 14/06/2023. Hạn gửi báo cáo: ngày 20/06/2023."
    ));
    let year = ok(root.path(), &["report", "--year"]);
    assert!(
        year.starts_with("# Báo cáo kết quả thực hiện kế hoạch cải cách hành chính năm 2023\n")
    );
    assert!(year.contains("Kỳ báo cáo: từ ngày 15/12/2022 đến ngày 14/12/2023."));
    let custom = ok(
        root.path(),
        &[
            "report",
            "--quarter",
            "1",
            "--from",
            "2023-01-01",
            "--to",
            "31/03/2023",
        ],
    );
    assert!(custom.contains("Kỳ báo cáo: từ ngày 01/01/2023 đến ngày 31/03/2023."));
    // Calendar quarters, set in plan.toml.
    let plan_toml = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&plan_toml).unwrap().replace(
        "year = 2023\n",
        "year = 2023\nreport_cutoff = \"calendar\"\n",
    );
    fs::write(&plan_toml, text).unwrap();
    let calendar = ok(root.path(), &["report", "--quarter", "3"]);
    assert!(calendar.contains("Kỳ báo cáo: từ ngày 01/07/2023 đến ngày 30/09/2023.\n"));
    let (code, _, stderr) = plan(root.path(), &["report"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn report_as_csv_opens_in_excel() {
    let root = marked();
    let output = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .args(["report", "--quarter", "2", "--format", "csv"])
        .output()
        .unwrap();
    assert!(
        output.stdout.starts_with(b"\xEF\xBB\xBF"),
        "a UTF-8 BOM first"
    );
    let text = String::from_utf8(output.stdout[3..].to_vec()).unwrap();
    assert!(text.contains("\nNội dung,STT,Nhiệm vụ,Cơ quan chủ trì,Thời hạn,Kết quả,Ghi chú\n"));
    assert!(text.contains("\nI,I.1,Xây dựng Kế hoạch CCHC năm 2023,Văn phòng,Quý 1/ 2023,Hoàn thành trễ hạn,05/04/2023: Kế hoạch số 12/KH-KHCN\n"));
    assert!(text.contains("\nTổng cộng,,4,0,0,0,0,4,0,0/4,0%,\n"));
}

#[test]
fn report_as_an_excel_workbook() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let root = marked();
    ok(
        root.path(),
        &[
            "report",
            "--quarter",
            "2",
            "--format",
            "xlsx",
            "-o",
            "bao-cao.xlsx",
        ],
    );
    let mut workbook: Xlsx<_> = open_workbook(root.path().join("bao-cao.xlsx")).unwrap();
    assert_eq!(workbook.sheet_names(), ["Nhiệm vụ", "Tổng hợp"]);
    let tasks = workbook.worksheet_range("Nhiệm vụ").unwrap();
    let text = |cell: Option<&Data>| cell.map(|c| c.to_string()).unwrap_or_default();
    assert_eq!(
        text(tasks.get_value((0, 0))),
        "Báo cáo kết quả thực hiện kế hoạch cải cách hành chính quý II năm 2023"
    );
    let rows: Vec<Vec<String>> = tasks
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let header = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "Nội dung"))
        .unwrap();
    assert_eq!(
        rows[header],
        [
            "Nội dung",
            "STT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Thời hạn",
            "Kết quả",
            "Ghi chú"
        ]
    );
    let first = &rows[header + 1];
    assert_eq!(
        first[..6],
        [
            "I",
            "I.1",
            "Xây dựng Kế hoạch CCHC năm 2023",
            "Văn phòng",
            "Quý 1/ 2023",
            "Hoàn thành trễ hạn"
        ]
    );
    // Every row of the plan: one occurrence each of III.3 and IV.5 falls in the quarter.
    assert_eq!(rows.len() - header - 1, 37);
    let totals = workbook.worksheet_range("Tổng hợp").unwrap();
    let total = totals
        .rows()
        .find(|r| r.first().is_some_and(|c| *c == "Tổng cộng"))
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>();
    assert_eq!(
        total,
        [
            "Tổng cộng",
            "",
            "4",
            "0",
            "0",
            "0",
            "0",
            "4",
            "0",
            "0/4",
            "0%",
            ""
        ]
    );
    let (code, _, stderr) = plan(
        root.path(),
        &["report", "--quarter", "2", "--format", "xlsx"],
    );
    assert_eq!(
        (code, stderr.as_str()),
        (
            1,
            "error: an Excel workbook cannot be shown here\nhelp: add `-o report.xlsx`\n"
        )
    );
}

#[test]
fn timeline_marks_due_done_overdue_and_recurring() {
    let root = marked();
    let table = ok(
        root.path(),
        &[
            "timeline",
            "--as-of",
            "2023-06-30",
            "--search",
            "Báo cáo công tác kiểm soát",
        ],
    );
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[1]
            .contains("┆ Jan ┆ Feb ┆ Mar ┆ Apr ┆ May ┆ Jun ┆ Jul ┆ Aug ┆ Sep ┆ Oct ┆ Nov ┆ Dec │"),
        "{table}"
    );
    // III.3: Q1 done late (✗ in March, ✓ in April); Q2 due on the day (○ in June); Q3, Q4 ahead.
    let cells = |line: &str| -> Vec<String> {
        line.split('┆')
            .map(|c| {
                c.trim_matches(|ch: char| ch == '│' || ch.is_whitespace())
                    .to_string()
            })
            .collect()
    };
    let row = cells(lines[3]);
    assert_eq!(row[0], "III.3");
    assert_eq!(row[2..].join(","), ",,✗,✓,,○,,,○,,,○");
    assert_eq!(
        lines.last(),
        Some(
            &"Legend: ● due, not yet due  ✗ overdue, or done late  ✓ done  ○ periodic occurrence  ─ continuous"
        )
    );
    let units = ok(
        root.path(),
        &["timeline", "--by", "unit", "--as-of", "2023-06-30"],
    );
    // Văn phòng leads ten "Năm 2023" tasks and the Q4 report: eleven fall due in December.
    let office = cells(units.lines().find(|l| l.contains("Văn phòng")).unwrap());
    assert_eq!(office[12], "11");
    assert_eq!(
        (office[3].as_str(), office[6].as_str()),
        ("2", "3"),
        "March: I.1 and the Q1 report; June: I.2.a, I.2.b, the Q2 report"
    );
}

#[test]
fn vietnamese_from_the_flag_the_environment_or_plan_toml() {
    let root = copy();
    let header = "| Mã | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Hạn | Trạng thái |";
    let listed = ok(
        root.path(),
        &[
            "list",
            "--lang",
            "vi",
            "--format",
            "markdown",
            "--section",
            "VII",
            "--as-of",
            "2023-06-30",
        ],
    );
    assert!(listed.starts_with(header), "{listed}");
    assert!(listed.contains("| Năm 2023 | 2023-12-31 | chưa thực hiện |"));
    let from_env = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("PLAN_LANG", "vi")
        .args(["check"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(from_env.stdout).unwrap(),
        "ok: plan: 7 nội dung, 37 nhiệm vụ (4 đề mục), 9 đơn vị\n"
    );
    let plan_toml = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&plan_toml)
        .unwrap()
        .replace("year = 2023\n", "year = 2023\nlang = \"vi\"\n");
    fs::write(&plan_toml, text).unwrap();
    let shown = ok(root.path(), &["show", "I.1", "--as-of", "2023-06-30"]);
    assert!(
        shown.contains("\nTrạng thái  chưa thực hiện (tính đến 2023-06-30)\n"),
        "{shown}"
    );
    assert!(
        shown.contains("\nCách hiểu   có thời hạn: hết 2023-Q1, hạn 2023-03-31\n"),
        "{shown}"
    );
    let english = ok(
        root.path(),
        &["show", "I.1", "--as-of", "2023-06-30", "--lang", "en"],
    );
    assert!(english.contains("\nStatus    todo (as of 2023-06-30)\n"));
}

#[test]
fn init_a_new_year_from_the_old_plan() {
    let root = copy();
    let out = ok(
        root.path(),
        &["init", "plan-2024", "--year", "2024", "--from", "plan"],
    );
    assert_eq!(
        out,
        "created `plan-2024` for 2024: plan.toml and 7 section files\nnext: add the tasks, then run `plan check`\n"
    );
    let head = fs::read_to_string(root.path().join("plan-2024/plan.toml")).unwrap();
    assert!(head.contains("year = 2024\n"));
    assert!(head.contains("organization = \"Sở Khoa học và Công nghệ tỉnh Tây Ninh\"\n"));
    assert!(head.contains("\n[[unit]]\nname = \"Tổ kiểm soát TTHC\"\naliases = [\"Tổ kiểm soát thủ tục hành chính\"]\n"));
    let first = fs::read_to_string(root.path().join("plan-2024/I.toml")).unwrap();
    assert!(
        first.starts_with("id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n\n# [[task]]\n")
    );
    let checked = ok(root.path(), &["--plan-dir", "plan-2024", "check"]);
    assert_eq!(
        checked,
        "ok: plan-2024: 7 sections, 0 tasks (0 headings), 9 units\n"
    );
    // Never over anything.
    let before = fs::read_to_string(root.path().join("plan-2024/I.toml")).unwrap();
    let (code, _, stderr) = plan(root.path(), &["init", "plan-2024", "--year", "2024"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: `plan-2024` already exists and is not empty; `plan init` never overwrites\nhelp: choose a directory that does not exist yet\n"
    );
    assert_eq!(
        fs::read_to_string(root.path().join("plan-2024/I.toml")).unwrap(),
        before
    );
    let fresh = ok(root.path(), &["init", "blank", "--year", "2025"]);
    assert!(fresh.starts_with("created `blank` for 2025"));
    assert_eq!(
        ok(root.path(), &["--plan-dir", "blank", "check"]),
        "ok: blank: 7 sections, 0 tasks (0 headings), 0 units\n"
    );
}

#[test]
fn completions_and_manual() {
    let root = copy();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = ok(root.path(), &["completions", shell]);
        assert!(script.contains("overdue"), "{shell}");
    }
    let man = ok(root.path(), &["man"]);
    assert!(man.contains(".TH plan 1"), "{man}");
    assert!(man.contains("overdue"));
}

#[test]
fn init_refuses_what_would_escape_or_not_load() {
    let root = copy();
    let (code, _, stderr) = plan(root.path(), &["init", "next", "--year", "99999"]);
    assert_eq!(
        (code, stderr.as_str()),
        (
            1,
            "error: `99999` is not a plan year\nhelp: give the year of the plan, such as `--year 2024`\n"
        )
    );
    let section = root.path().join("plan/VII.toml");
    let text = fs::read_to_string(&section)
        .unwrap()
        .replacen("id = \"VII\"", "id = \"../../VII\"", 1)
        .replace("id = \"VII.1\"", "id = \"../../VII.1\"");
    fs::write(&section, text).unwrap();
    let (code, _, stderr) = plan(
        root.path(),
        &["init", "next", "--year", "2024", "--from", "plan"],
    );
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: the old plan has a section `../../VII` that cannot name a file\nhelp: give the section a Roman numeral as its `id`\n"
    );
    assert!(!root.path().join("next").exists(), "nothing half made");
}
