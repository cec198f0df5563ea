//! summary, upcoming, report, timeline, --lang, init, completions and man, on a copy of the
//! shipped plan with marks made in the test. Expected values are worked out by hand from the
//! source document.
use super::common;

use common::ok;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn plan(root: &Path, args: &[&str]) -> (i32, String, String) {
    common::run_plan(root, args)
}

fn json(root: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(root, args)).unwrap()
}

/// Progress of the second quarter: I.1 done five days late, I.2.a done five days late, the
/// quarterly report III.3 for Q1 done ten days late, an entry on the continuous task III.1.
fn marked() -> TempDir {
    let root = common::shipped_plan();
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
    let root = common::shipped_plan();
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
    // quarterly III.3 with 3 occurrences begun by 31/07 (Q3's not yet due): 14 + 3 = 17.
    assert_eq!(office["tasks"], 17);
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
    // The report's rate: 3 done out of 3 done and 2 overdue.
    assert_eq!(office["rate"], 60.0);
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
    // Section I: 2 done late and 1 overdue count; the 3 not yet due do not: 2 / 3. The
    // columns after the tasks add up to them: 0 + 2 + 0 + 1 + 3 + 0 = 6.
    assert!(table.contains("| I. Công tác chỉ đạo điều hành |  | 6 | 0 | 2 | 0 | 1 | 3 | 0 | 66.67% | 0 | 20.000.000 | 12.000.000 |"), "{table}");
}

#[test]
fn summary_in_vietnamese_uses_the_words_of_the_report() {
    let root = common::shipped_plan();
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
            "| Nội dung | Vai trò | Số nhiệm vụ | Hoàn thành đúng hạn | Hoàn thành trễ hạn | Gặp vướng mắc | Quá hạn, chưa thực hiện | Chưa đến hạn | Không thực hiện | Tỷ lệ hoàn thành | Thường xuyên | Kinh phí | Kinh phí đã hoàn thành |"
        )
    );
    // Section I on 30/06 with no marks: I.1 (31/03) overdue, the other five not yet due
    // (I.2.a and I.2.b fall due on the day itself).
    assert_eq!(
        lines.nth(1),
        Some(
            "| I. Công tác chỉ đạo điều hành |  | 6 | 0 | 0 | 0 | 1 | 5 | 0 | 0,00 % | 0 | 20.000.000 | 0 |"
        )
    );
    assert!(table.contains("\n| Tổng cộng |"), "{table}");
}

#[test]
fn upcoming_soonest_first_with_days_left() {
    let root = common::shipped_plan();
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
    assert!(
        report.starts_with(
            "UBND TỈNH TÂY NINH  \n**SỞ KHOA HỌC VÀ CÔNG NGHỆ**  \nSố: …/BC-KHCN\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**  \n*Tây Ninh, ngày … tháng … năm …*\n\n# BÁO CÁO\n\n**Kết quả thực hiện công tác cải cách hành chính quý II năm 2023**\n"
        ),
        "{report}"
    );
    // The cut-off, not "Kỳ báo cáo"; sent two working days after Wednesday 14/06: Friday 16/06.
    assert!(report.contains(
        "\nThời gian chốt số liệu: từ ngày 15/03/2023 đến ngày 14/06/2023.\n\nHạn gửi báo cáo: ngày 16/06/2023.\n"
    ));
    // I.1 (due 31/03, open on 14/03, done 05/04) is carried over from the first quarter and
    // done late.
    assert!(report.contains("\n- I.1. Xây dựng Kế hoạch CCHC năm 2023 (Đơn vị chủ trì: Văn phòng; thời hạn: 31/03/2023; kỳ trước chuyển sang): **Hoàn thành trễ hạn (ngày 05/04/2023, trễ 5 ngày)**. Ghi chú: 05/04/2023: Kế hoạch số 12/KH-KHCN.\n"), "{report}");
    assert!(report.contains(" (Đơn vị chủ trì: Văn phòng; thời hạn: Thường xuyên): **Đã có kết quả**. Ghi chú: 02/05/2023: Đã cập nhật 12 quy trình.\n"));
    assert!(
        report.contains(
            " (Đơn vị chủ trì: Văn phòng; thời hạn: Thường xuyên): **Chưa có kết quả**.\n"
        )
    );
    // I.2.a is done on 05/07, after the cut-off (14/06), and due 30/06: not yet due, not a
    // failure.
    assert!(report.contains("(sử dụng thiết bị X-quang chẩn đoán trong y tế) (Đơn vị chủ trì: Văn phòng; thời hạn: 30/06/2023): **Chưa đến hạn**.\n"));
    // II.2–II.4 (due 31/01) are carried over, overdue by 134 days on 14/06 (28 + 31 + 30 + 31
    // + 14).
    assert!(report.contains("(Đơn vị chủ trì: Thanh tra; thời hạn: 31/01/2023; kỳ trước chuyển sang): **Quá hạn, chưa thực hiện (quá hạn 134 ngày)**.\n"));
    // Items: due in Q2 I.2.a, I.2.b, III.3 Q2, IV.5 Q2 (not yet due, 4); carried over I.1 and
    // III.3 Q1 (done late, 2), IV.5 Q1 and II.2–II.4 (overdue, 4). rate = 2 / (2 + 4) =
    // 33,33 %; on time 0 %.
    assert!(report.contains("\nTrong kỳ có 10 nhiệm vụ đến hạn, chuyển sang hoặc hoàn thành, trong đó 6 nhiệm vụ kỳ trước chuyển sang: hoàn thành đúng hạn 0; hoàn thành trễ hạn 2; gặp vướng mắc 0; quá hạn, chưa thực hiện 4; chưa đến hạn 4.\n"), "{report}");
    assert!(report.contains(
        "\nTỷ lệ hoàn thành: **2/6 nhiệm vụ, đạt 33,33 %** (hoàn thành đúng hạn: 0/6 nhiệm vụ, đạt 0,00 %)"
    ));
    // Văn phòng: I.1 and III.3 Q1 done late, I.2.a, I.2.b, III.3 Q2 not yet due → 2/2: on
    // schedule, above the bar. Thanh tra 0/3; Tổ Kiểm tra Công vụ 0/1 (IV.5 Q1 overdue).
    assert!(
        report.contains("\n| Văn phòng | 0 | 2 | 0 | 0 | 3 | 2/2 nhiệm vụ, đạt 100,00 % | Đạt |\n"),
        "{report}"
    );
    assert!(
        report.contains(
            "\n| Thanh tra | 0 | 0 | 0 | 3 | 0 | 0/3 nhiệm vụ, đạt 0,00 % | Chưa đạt |\n"
        )
    );
    assert!(report.contains(
        "\n| Tổ Kiểm tra Công vụ | 0 | 0 | 0 | 1 | 1 | 0/1 nhiệm vụ, đạt 0,00 % | Chưa đạt |\n"
    ));
    // Section I: I.1 late, I.2.a and I.2.b not yet due → 1/1.
    assert!(report.contains("\n### 1. Công tác chỉ đạo điều hành\n\n3 nhiệm vụ có thời hạn: hoàn thành đúng hạn 0; hoàn thành trễ hạn 1; gặp vướng mắc 0; quá hạn, chưa thực hiện 0; chưa đến hạn 2. Tỷ lệ hoàn thành: 1/1 nhiệm vụ, đạt 100,00 %.\n"), "{report}");
    // Part IV: what falls due in the third quarter.
    assert!(report.contains("\n### 2. Các nhiệm vụ đến hạn trong quý III năm 2023\n\n- III.3. Báo cáo công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử (kỳ quý III/2023; Đơn vị chủ trì: Văn phòng; thời hạn: 30/09/2023).\n"), "{report}");
    // The first quarter's report, as of 14/03: II.2–II.4 overdue (0 %), I.1 and the Q1 rounds
    // not yet due.
    let first = ok(
        root.path(),
        &["report", "--quarter", "1", "--format", "json"],
    );
    let first: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(
        (
            &first["totals"]["overdue"],
            &first["totals"]["not_yet_due"],
            &first["totals"]["rate"]
        ),
        (&Value::from(3), &Value::from(3), &Value::from(0.0))
    );
    // "Nơi nhận" by default: the body the report goes to, the leaders, the office's copies.
    assert!(report.ends_with(
        "\n**Nơi nhận:**  \n- Sở Nội vụ;  \n- Lãnh đạo Sở;  \n- Lưu: VT, VP.  \n\n**GIÁM ĐỐC**  \n"
    ));
}

#[test]
fn report_windows_for_half_year_and_year_and_overrides() {
    let root = common::shipped_plan();
    let half = ok(root.path(), &["report", "--half", "1"]);
    assert!(half.contains(
        "Thời gian chốt số liệu: từ ngày 15/12/2022 đến ngày 14/06/2023.\n\nHạn gửi báo cáo: ngày 16/06/2023."
    ));
    let year = ok(root.path(), &["report", "--year"]);
    assert!(year.contains("\n**Kết quả thực hiện công tác cải cách hành chính năm 2023**\n"));
    // 14/12/2023 is a Thursday: Friday 15, Monday 18.
    assert!(year.contains("Thời gian chốt số liệu: từ ngày 15/12/2022 đến ngày 14/12/2023.\n\nHạn gửi báo cáo: ngày 18/12/2023."));
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
    // 31/03/2023 is a Friday: Monday 3, Tuesday 4 April.
    assert!(custom.contains("Thời gian chốt số liệu: từ ngày 01/01/2023 đến ngày 31/03/2023.\n\nHạn gửi báo cáo: ngày 04/04/2023."));
    // Calendar quarters, set in plan.toml.
    let plan_toml = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&plan_toml).unwrap().replace(
        "year = 2023\n",
        "year = 2023\nreport_cutoff = \"calendar\"\n",
    );
    fs::write(&plan_toml, text).unwrap();
    let calendar = ok(root.path(), &["report", "--quarter", "3"]);
    // 30/09/2023 is a Saturday: Monday 2, Tuesday 3 October.
    assert!(calendar.contains("Thời gian chốt số liệu: từ ngày 01/07/2023 đến ngày 30/09/2023.\n\nHạn gửi báo cáo: ngày 03/10/2023.\n"));
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
    assert!(text.contains(
        "\nNội dung,STT,Kỳ,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Kết quả,Kỳ trước chuyển sang,Ghi chú\n"
    ));
    assert!(text.contains("\nI,I.1,,Xây dựng Kế hoạch CCHC năm 2023,Văn phòng,31/03/2023,Hoàn thành trễ hạn,x,05/04/2023: Kế hoạch số 12/KH-KHCN\n"), "{text}");
    // The STT column holds the task's number, the occurrence its own column.
    assert!(text.contains("\nIV,IV.5,quý I/2023,"), "{text}");
    // Counts each in a column, never "x/y": 10 items, 0 on time, 2 late, 0 blocked, 4
    // overdue, 4 not yet due, 0 dropped, continuous 1 with a result and 6 without; rates
    // 2/6 = 33.33 and 0.00; budget of I.2.a and I.2.b.
    assert!(
        text.contains("\nTổng cộng,,10,0,2,0,4,4,0,1,6,33.33,0.00,20000000,\n"),
        "{text}"
    );
    assert!(
        text.contains("\nĐơn vị chủ trì,Văn phòng,5,0,2,0,0,3,0,1,2,100.00,0.00,20000000,Đạt\n"),
        "{text}"
    );
    // Every count of every totals row is a whole number in a cell of its own.
    let totals = &text[text.find("\nPhạm vi,Tên,").unwrap() + 1..];
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(totals.as_bytes());
    let mut rows = 0;
    for record in reader.records() {
        let record = record.unwrap();
        if record.len() < 15 {
            continue; // the footnote
        }
        for count in record.iter().skip(2).take(9) {
            assert!(count.parse::<u64>().is_ok(), "{count:?} in {record:?}");
        }
        rows += 1;
    }
    // 7 sections, 9 units, the total.
    assert_eq!(rows, 17);
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
    let path = root.path().join("bao-cao.xlsx");
    let mut workbook: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(workbook.sheet_names(), ["Nhiệm vụ", "Tổng hợp"]);
    let tasks = workbook.worksheet_range("Nhiệm vụ").unwrap();
    let text = |cell: Option<&Data>| cell.map(|c| c.to_string()).unwrap_or_default();
    // Whose annex, what it is, what it is attached to, the data cut-off (and not the day it
    // must be sent by, which is the clerk's).
    let heading: Vec<String> = (0..4).map(|r| text(tasks.get_value((r, 0)))).collect();
    assert_eq!(
        heading,
        [
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "BÁO CÁO Kết quả thực hiện công tác cải cách hành chính quý II năm 2023",
            "(Kèm theo Báo cáo số …/BC-KHCN ngày … tháng … năm … của Sở Khoa học và Công nghệ)",
            "Thời gian chốt số liệu: từ ngày 15/03/2023 đến ngày 14/06/2023.",
        ]
    );
    let rows: Vec<&[Data]> = tasks.rows().collect();
    let header = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| *c == "Nội dung"))
        .unwrap();
    assert_eq!(header, 5);
    let names: Vec<String> = rows[header].iter().map(|c| c.to_string()).collect();
    assert_eq!(
        names,
        [
            "Nội dung",
            "STT",
            "Kỳ",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Thời hạn",
            "Kết quả",
            "Kỳ trước chuyển sang",
            "Ghi chú"
        ]
    );
    let first: Vec<String> = rows[header + 1][..7]
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        first,
        [
            "I",
            "I.1",
            "",
            "Xây dựng Kế hoạch CCHC năm 2023",
            "Văn phòng",
            // 31/03/2023 as Excel counts days: 44927 is 01/01/2023, plus 89.
            "45016",
            "Hoàn thành trễ hạn"
        ]
    );
    // The due date is a date cell.
    assert!(
        matches!(rows[header + 1][5], Data::DateTime(_)),
        "{:?}",
        rows[header + 1][5]
    );
    // Ten items with a deadline and the seven continuous tasks; STT never holds the period.
    assert_eq!(rows.len() - header - 1, 17);
    assert!(
        rows[header + 1..]
            .iter()
            .all(|r| !r[1].to_string().contains('('))
    );
    let totals = workbook.worksheet_range("Tổng hợp").unwrap();
    let total = totals
        .rows()
        .find(|r| r.first().is_some_and(|c| *c == "Tổng cộng"))
        .unwrap()
        .to_vec();
    // Counts as numbers; the rates as fractions shown as percentages (2/6 → 0.3333).
    let numbers: Vec<f64> = total[2..14]
        .iter()
        .map(|c| match c {
            Data::Float(x) => *x,
            other => panic!("{other:?} is not a number"),
        })
        .collect();
    assert_eq!(
        numbers,
        [
            10.0,
            0.0,
            2.0,
            0.0,
            4.0,
            4.0,
            0.0,
            1.0,
            6.0,
            2.0 / 6.0,
            0.0,
            20_000_000.0
        ]
    );
    // The grand total sums the sections' rows, and a rate is a formula over its row, unrounded.
    let formulas = workbook.worksheet_formula("Tổng hợp").unwrap();
    let total_row = totals
        .rows()
        .position(|r| r.first().is_some_and(|c| *c == "Tổng cộng"))
        .unwrap();
    let formula = |column: usize| {
        formulas
            .get_value((total_row as u32 + totals.start().unwrap().0, column as u32))
            .cloned()
            .unwrap_or_default()
    };
    // Seven sections, in rows 7 to 13 under the heading and the header.
    assert_eq!(formula(2), "SUM(C7:C13)");
    assert!(formula(11).starts_with("IF(D"), "{}", formula(11));
    // Times New Roman 12, percentages, a frozen header repeated on each printed page, A4
    // landscape, one page wide.
    let file = fs::File::open(&path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    let styles = read("xl/styles.xml");
    assert!(styles.contains("formatCode=\"0.00%\""), "{styles}");
    // Every font of the workbook, the default one included, is Times New Roman 12.
    let fonts: Vec<&str> = styles.split("<font>").skip(1).collect();
    assert!(!fonts.is_empty());
    for font in fonts {
        assert!(
            font.contains("<sz val=\"12\"/>") && font.contains("<name val=\"Times New Roman\"/>"),
            "{font}"
        );
    }
    let sheet = read("xl/worksheets/sheet2.xml");
    assert!(sheet.contains("ySplit=\"6\""), "{sheet}");
    assert!(sheet.contains("state=\"frozen\""));
    assert!(sheet.contains("paperSize=\"9\""));
    assert!(sheet.contains("orientation=\"landscape\""));
    assert!(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"));
    assert!(sheet.contains("fitToHeight=\"0\""));
    // Columns fitted to their text within bounds that keep the page legible: no column wider
    // than 40 characters, and the rows of long titles as tall as their wrapped lines.
    let tasks_sheet = read("xl/worksheets/sheet1.xml");
    let widths: Vec<f64> = tasks_sheet
        .match_indices(" width=\"")
        .map(|(at, key)| {
            let rest = &tasks_sheet[at + key.len()..];
            rest[..rest.find('"').unwrap()].parse().unwrap()
        })
        .collect();
    assert_eq!(widths.len(), 9, "{tasks_sheet}");
    assert!(
        widths.iter().all(|w| (4.0..=41.0).contains(w)),
        "{widths:?}"
    );
    assert!(tasks_sheet.contains("customHeight=\"1\""));
    let workbook_xml = read("xl/workbook.xml");
    assert!(
        workbook_xml.contains("_xlnm.Print_Titles"),
        "{workbook_xml}"
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
    let root = common::shipped_plan();
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
    assert!(listed.contains("| Năm 2023 | 31/12/2023 | chưa thực hiện |"));
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
        shown.contains("\nTrạng thái  chưa thực hiện, quá hạn 91 ngày (tính đến 30/06/2023)\n"),
        "{shown}"
    );
    assert!(
        shown.contains("\nCách hiểu   có thời hạn: hết 2023-Q1, hạn 31/03/2023\n"),
        "{shown}"
    );
    let english = ok(
        root.path(),
        &["show", "I.1", "--as-of", "2023-06-30", "--lang", "en"],
    );
    assert!(english.contains("\nStatus    todo, 91 days overdue (as of 2023-06-30)\n"));
}

#[test]
fn init_a_new_year_from_the_old_plan() {
    let root = common::shipped_plan();
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
    let root = common::shipped_plan();
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
    let root = common::shipped_plan();
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
