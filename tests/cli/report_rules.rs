//! The report's rules (issue 11) on a copy of the shipped plan with a year of marks made here:
//! an early completion, late ones, blocked tasks, tasks carried over from one quarter to the
//! next, a deadline extension and a dropped task. Every expected value is worked out by hand
//! from `plan/*.toml` and the marks below, in the comment above it; none is the program's
//! output pasted back. Dates are given, never today.
use super::common;

use common::ok;

use std::ffi::OsString;
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use serde_json::{Value, json};
use tempfile::TempDir;

fn report(root: &Path, span: &[&str]) -> Value {
    let mut args = vec!["report", "--format", "json"];
    args.extend(span);
    serde_json::from_str(&ok(root, &args)).unwrap()
}

/// A copy of the shipped plan with the year's marks ([`mark_the_year`]), made once and copied
/// for each test.
fn marked() -> TempDir {
    static FILES: OnceLock<Vec<(OsString, Vec<u8>)>> = OnceLock::new();
    let files = FILES.get_or_init(|| {
        let root = mark_the_year();
        let entries = fs::read_dir(root.path().join("plan")).unwrap();
        let paths = entries.map(|entry| entry.unwrap().path());
        let files = paths.map(|path| {
            (
                path.file_name().unwrap().to_owned(),
                fs::read(&path).unwrap(),
            )
        });
        files.collect()
    });
    let root = TempDir::new().unwrap();
    fs::create_dir(root.path().join("plan")).unwrap();
    for (name, bytes) in files {
        fs::write(root.path().join("plan").join(name), bytes).unwrap();
    }
    root
}

/// The year's marks. The shipped plan's dated tasks are due on the last day of their period:
/// I.1 on 31/03, I.2.a and I.2.b on 30/06, I.2.c on 31/10, II.2–II.4 on 31/01, the rest of
/// the "Năm 2023" tasks on 31/12; III.3 and IV.5 recur every quarter.
fn mark_the_year() -> TempDir {
    let root = common::shipped_plan();
    for args in [
        // Late: due 31/03, done 05/04.
        &[
            "mark",
            "I.1",
            "done",
            "--on",
            "2023-04-05",
            "--note",
            "Kế hoạch số 12/KH-KHCN",
        ][..],
        // The first quarter's round of inspections, done before its end (the example).
        &[
            "mark",
            "IV.5",
            "done",
            "--on",
            "2023-03-25",
            "--period",
            "2023-Q1",
        ],
        // The first quarter's report, done ten days late.
        &[
            "mark",
            "III.3",
            "done",
            "--on",
            "2023-04-10",
            "--period",
            "2023-Q1",
        ],
        // Early: due 31/12, done 10/05.
        &["mark", "I.3", "done", "--on", "2023-05-10"],
        // Blocked before its due date (30/06).
        &[
            "mark",
            "I.2.b",
            "blocked",
            "--on",
            "2023-05-20",
            "--note",
            "Chưa được cấp kinh phí",
        ],
        // Blocked after its due date (31/01).
        &[
            "mark",
            "II.3",
            "blocked",
            "--on",
            "2023-02-20",
            "--note",
            "Chờ hướng dẫn của Sở Tư pháp",
        ],
        // An extension inside the second quarter's window: 30/06 becomes 30/09.
        &[
            "due",
            "I.2.a",
            "2023-09-30",
            "--on",
            "2023-06-10",
            "--note",
            "Công văn số 123/UBND-NC",
        ],
        &["mark", "I.2.a", "done", "--on", "2023-09-05"],
        // Carried over from the first quarter, done late in the third.
        &["mark", "II.2", "done", "--on", "2023-07-20"],
        &[
            "mark",
            "III.1",
            "doing",
            "--on",
            "2023-05-02",
            "--note",
            "Đã cập nhật 12 quy trình",
        ],
        &[
            "mark",
            "VII.1",
            "dropped",
            "--on",
            "2023-08-15",
            "--note",
            "Điều chỉnh kế hoạch",
        ],
        // The second quarter's report, done early.
        &[
            "mark",
            "III.3",
            "done",
            "--on",
            "2023-06-12",
            "--period",
            "2023-Q2",
        ],
    ] {
        ok(root.path(), args);
    }
    root
}

/// The counts of a totals, unit or section object, in the order of the JSON.
fn counts(object: &Value) -> [u64; 8] {
    [
        "done_on_time",
        "done_late",
        "dropped",
        "blocked",
        "overdue",
        "not_yet_due",
        "continuous_with_result",
        "continuous_without",
    ]
    .map(|key| {
        object[key]
            .as_u64()
            .unwrap_or_else(|| panic!("{key} in {object}"))
    })
}

fn unit<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == name)
        .unwrap_or_else(|| panic!("no unit {name}"))
}

fn section<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == id)
        .unwrap()
}

/// Each item that is not continuous: id, period, due date, result, carried over.
fn items(report: &Value) -> Vec<(String, Value, Value, String, bool)> {
    report["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["result"] != "continuous")
        .map(|t| {
            (
                t["id"].as_str().unwrap().to_string(),
                t["period"].clone(),
                t["due"].clone(),
                t["result"].as_str().unwrap().to_string(),
                t["carried_over"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn item(
    id: &str,
    period: Option<&str>,
    due: &str,
    result: &str,
    carried: bool,
) -> (String, Value, Value, String, bool) {
    (
        id.to_string(),
        json!(period),
        json!(due),
        result.to_string(),
        carried,
    )
}

#[test]
fn first_quarter() {
    let root = marked();
    let q1 = report(root.path(), &["--quarter", "1"]);
    // Window 15/12/2022–14/03/2023; 14/03/2023 is a Tuesday, so two working days later is
    // Thursday 16/03.
    assert_eq!(
        q1["window"],
        json!({"from": "2022-12-15", "to": "2023-03-14", "period": "2023-Q1", "send_by": "2023-03-16", "title": "quý I năm 2023"})
    );
    // Due in Q1: II.2–II.4 (31/01), I.1 (31/03), the Q1 rounds of III.3 and IV.5 (31/03).
    // On 14/03: II.2 and II.4 not done, due before → overdue; II.3 blocked on 20/02, due
    // before → blocked; the three due 31/03 → not yet due (IV.5's round, done 25/03, is not
    // done yet on 14/03). Nothing older, nothing else done in the window.
    assert_eq!(
        items(&q1),
        [
            item("I.1", None, "2023-03-31", "not_yet_due", false),
            item("II.2", None, "2023-01-31", "overdue", false),
            item("II.3", None, "2023-01-31", "blocked", false),
            item("II.4", None, "2023-01-31", "overdue", false),
            item("III.3", Some("2023-Q1"), "2023-03-31", "not_yet_due", false),
            item("IV.5", Some("2023-Q1"), "2023-03-31", "not_yet_due", false),
        ]
    );
    // on time 0, late 0, dropped 0, blocked 1, overdue 2, not yet due 3; the seven continuous
    // tasks have no entry in the window (III.1's is 02/05).
    assert_eq!(counts(&q1["totals"]), [0, 0, 0, 1, 2, 3, 0, 7]);
    // rate = 0 / (0 + 2 + 1) = 0; no budgeted task is an item.
    assert_eq!(q1["totals"]["rate"], 0.0);
    assert_eq!(q1["totals"]["on_time_rate"], 0.0);
    assert_eq!(q1["totals"]["budget"], 0);
    // Thanh tra leads II.2–II.4: 0 / 3 → 0 %, below the bar. Văn phòng's two items are not
    // yet due: no rate, no verdict.
    let inspectorate = unit(&q1, "Thanh tra");
    assert_eq!(counts(inspectorate), [0, 0, 0, 1, 2, 0, 0, 0]);
    assert_eq!(
        (
            inspectorate["rate"].as_f64(),
            inspectorate["reaches_threshold"].as_bool()
        ),
        (Some(0.0), Some(false))
    );
    let office = unit(&q1, "Văn phòng");
    // I.1 and III.3 (Q1) not yet due; III.1, III.2, VI.1 continuous without result.
    assert_eq!(counts(office), [0, 0, 0, 0, 0, 2, 0, 3]);
    assert_eq!(
        (&office["rate"], &office["reaches_threshold"]),
        (&Value::Null, &Value::Null)
    );
}

#[test]
fn first_half_year() {
    let root = marked();
    let h1 = report(root.path(), &["--half", "1"]);
    // Window 15/12/2022–14/06/2023; 14/06 is a Wednesday → Friday 16/06.
    assert_eq!(h1["window"]["send_by"], "2023-06-16");
    // Due in H1 and read on 14/06:
    //   I.1 done 05/04 after 31/03 → done late; III.3 Q1 done 10/04 → done late;
    //   IV.5 Q1 done 25/03 → on time; III.3 Q2 done 12/06, before 30/06 → on time;
    //   I.2.a was due 30/06 when the window began, extended on 10/06 to 30/09 → stays, not
    //     yet due, with its due date in force 30/09;
    //   I.2.b blocked on 20/05 but due 30/06, after 14/06 → not yet due, not blocked;
    //   IV.5 Q2 due 30/06 → not yet due; II.3 blocked → blocked; II.2, II.4 → overdue.
    // Done in the window whatever its due date: I.3 (due 31/12, done 10/05) → on time.
    assert_eq!(
        items(&h1),
        [
            item("I.1", None, "2023-03-31", "done_late", false),
            item("I.2.a", None, "2023-09-30", "not_yet_due", false),
            item("I.2.b", None, "2023-06-30", "not_yet_due", false),
            item("I.3", None, "2023-12-31", "done_on_time", false),
            item("II.2", None, "2023-01-31", "overdue", false),
            item("II.3", None, "2023-01-31", "blocked", false),
            item("II.4", None, "2023-01-31", "overdue", false),
            item("III.3", Some("2023-Q1"), "2023-03-31", "done_late", false),
            item(
                "III.3",
                Some("2023-Q2"),
                "2023-06-30",
                "done_on_time",
                false
            ),
            item("IV.5", Some("2023-Q1"), "2023-03-31", "done_on_time", false),
            item("IV.5", Some("2023-Q2"), "2023-06-30", "not_yet_due", false),
        ]
    );
    // on time 3 (I.3, III.3 Q2, IV.5 Q1), late 2 (I.1, III.3 Q1), dropped 0, blocked 1,
    // overdue 2, not yet due 3; III.1 has an entry on 02/05 → 1 continuous with result, 6
    // without.
    assert_eq!(counts(&h1["totals"]), [3, 2, 0, 1, 2, 3, 1, 6]);
    // rate = (3 + 2) / (3 + 2 + 2 + 1) = 5/8 = 62.50; on time = 3/8 = 37.50.
    assert_eq!(h1["totals"]["rate"], 62.5);
    assert_eq!(h1["totals"]["on_time_rate"], 37.5);
    // I.2.a 12.000.000 + I.2.b 8.000.000.
    assert_eq!(h1["totals"]["budget"], 20_000_000);
    // Văn phòng: I.1 late, III.3 Q1 late, I.3 on time, III.3 Q2 on time, I.2.a and I.2.b not
    // yet due → 4/4 = 100 %, on time 2/4 = 50 %; above 70 %.
    let office = unit(&h1, "Văn phòng");
    assert_eq!(counts(office), [2, 2, 0, 0, 0, 2, 1, 2]);
    assert_eq!(
        (office["rate"].as_f64(), office["on_time_rate"].as_f64()),
        (Some(100.0), Some(50.0))
    );
    assert_eq!(office["reaches_threshold"], true);
    // Section II: II.2, II.4 overdue, II.3 blocked → 0 / 3.
    assert_eq!(counts(section(&h1, "II")), [0, 0, 0, 1, 2, 0, 0, 0]);
    assert_eq!(section(&h1, "II")["rate"], 0.0);
    // The extension shows as such, with the due date in force.
    let video = h1["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "I.2.a")
        .unwrap();
    assert_eq!(
        video["extension"],
        json!({"due": "2023-09-30", "date": "2023-06-10", "note": "Công văn số 123/UBND-NC", "previous_due": "2023-06-30"})
    );
    assert_eq!(
        video["entries"],
        json!([{"date": "2023-06-10", "status": null, "due": "2023-09-30", "note": "Công văn số 123/UBND-NC"}])
    );
}

#[test]
fn second_quarter_holds_the_first_quarters_round_done_after_the_cut_off() {
    let root = marked();
    let q2 = report(root.path(), &["--quarter", "2"]);
    // Window 15/03–14/06. Due before 01/04 and open on 14/03, so carried over: I.1 (done
    // 05/04, late), II.2 (open, overdue), II.3 (blocked), II.4 (overdue), III.3 Q1 (done
    // 10/04, late) and IV.5 Q1 — done on 25/03, after the first quarter's cut-off and before
    // its due date: on time, here rather than nowhere. Due in Q2: I.2.a (30/06 when the window
    // began; 30/09 in force), I.2.b (blocked, due after 14/06) and IV.5 Q2, not yet due;
    // III.3 Q2 done 12/06, on time. Done in the window: I.3, on time.
    assert_eq!(
        items(&q2),
        [
            item("I.1", None, "2023-03-31", "done_late", true),
            item("I.2.a", None, "2023-09-30", "not_yet_due", false),
            item("I.2.b", None, "2023-06-30", "not_yet_due", false),
            item("I.3", None, "2023-12-31", "done_on_time", false),
            item("II.2", None, "2023-01-31", "overdue", true),
            item("II.3", None, "2023-01-31", "blocked", true),
            item("II.4", None, "2023-01-31", "overdue", true),
            item("III.3", Some("2023-Q1"), "2023-03-31", "done_late", true),
            item(
                "III.3",
                Some("2023-Q2"),
                "2023-06-30",
                "done_on_time",
                false
            ),
            item("IV.5", Some("2023-Q1"), "2023-03-31", "done_on_time", true),
            item("IV.5", Some("2023-Q2"), "2023-06-30", "not_yet_due", false),
        ]
    );
    // on time 3, late 2, dropped 0, blocked 1, overdue 2, not yet due 3; III.1's entry of
    // 02/05 → 1 continuous with a result. rate = 5/8 = 62.50.
    assert_eq!(counts(&q2["totals"]), [3, 2, 0, 1, 2, 3, 1, 6]);
    assert_eq!(q2["totals"]["rate"], 62.5);
    // Tổ Kiểm tra Công vụ: the Q1 round on time, Q2 not yet due → 1/1 = 100 %: on schedule.
    let team = unit(&q2, "Tổ Kiểm tra Công vụ");
    assert_eq!(
        (team["rate"].as_f64(), team["reaches_threshold"].as_bool()),
        (Some(100.0), Some(true))
    );
}

#[test]
fn third_quarter_carries_over_what_the_second_left_open() {
    let root = marked();
    let q3 = report(root.path(), &["--quarter", "3"]);
    // Window 15/06–14/09/2023; 14/09 is a Thursday → Friday 15, Monday 18/09.
    assert_eq!(q3["window"]["send_by"], "2023-09-18");
    // Due in Q3 by the date in force: I.2.a (30/09, extended), done 05/09 → on time; III.3 Q3
    // and IV.5 Q3 (30/09) → not yet due on 14/09.
    // Due before 01/07 and still open on 14/06 (carried over): I.2.b (blocked, due 30/06 ≤
    // 14/09 → blocked), II.2 (done 20/07 → late), II.3 (blocked), II.4 (overdue), IV.5 Q2
    // (overdue). III.3 Q2 was done on 12/06, before the window: not carried.
    assert_eq!(
        items(&q3),
        [
            item("I.2.a", None, "2023-09-30", "done_on_time", false),
            item("I.2.b", None, "2023-06-30", "blocked", true),
            item("II.2", None, "2023-01-31", "done_late", true),
            item("II.3", None, "2023-01-31", "blocked", true),
            item("II.4", None, "2023-01-31", "overdue", true),
            item("III.3", Some("2023-Q3"), "2023-09-30", "not_yet_due", false),
            item("IV.5", Some("2023-Q2"), "2023-06-30", "overdue", true),
            item("IV.5", Some("2023-Q3"), "2023-09-30", "not_yet_due", false),
        ]
    );
    // on time 1, late 1, dropped 0 (VII.1 was dropped, but is due 31/12 and not done),
    // blocked 2, overdue 2, not yet due 2; no continuous entry in the window.
    assert_eq!(counts(&q3["totals"]), [1, 1, 0, 2, 2, 2, 0, 7]);
    // rate = 2 / (2 + 2 + 2) = 33.33; on time = 1/6 = 16.666… → 16.67.
    assert_eq!(q3["totals"]["rate"], 33.33);
    assert_eq!(q3["totals"]["on_time_rate"], 16.67);
    // Văn phòng: I.2.a on time, I.2.b blocked, III.3 Q3 not yet due → 1/2 = 50 %: below.
    let office = unit(&q3, "Văn phòng");
    assert_eq!(counts(office), [1, 0, 0, 1, 0, 1, 0, 3]);
    assert_eq!(
        (
            office["rate"].as_f64(),
            office["reaches_threshold"].as_bool()
        ),
        (Some(50.0), Some(false))
    );
    // Thanh tra: II.2 late, II.3 blocked, II.4 overdue → 1/3 = 33.33 %.
    assert_eq!(unit(&q3, "Thanh tra")["rate"], 33.33);
    // The blocked task's difficulty is quoted in part III of the Markdown, as is the overdue
    // round of inspections.
    let text = ok(root.path(), &["report", "--quarter", "3"]);
    let part3 = &text[text
        .find("## III. Đánh giá chung: tồn tại, hạn chế")
        .unwrap()..text.find("## IV.").unwrap()];
    assert!(
        part3.contains("**Gặp vướng mắc**. Vướng mắc: Chưa được cấp kinh phí."),
        "{part3}"
    );
    assert!(part3.contains("(kỳ quý II/2023; Đơn vị chủ trì: Tổ Kiểm tra Công vụ; thời hạn: 30/06/2023; kỳ trước chuyển sang): **Quá hạn, chưa thực hiện (quá hạn 76 ngày)**."), "{part3}");
    // 33,33 % the Vietnamese way; the extension said in words.
    assert!(
        text.contains("Tỷ lệ hoàn thành: **2/6 nhiệm vụ, đạt 33,33 %** (hoàn thành đúng hạn: 1/6 nhiệm vụ, đạt 16,67 %)"),
        "{text}"
    );
    assert!(
        text.contains("Ghi chú: Gia hạn đến 30/09/2023 (Công văn số 123/UBND-NC)."),
        "{text}"
    );
}

#[test]
fn the_year() {
    let root = marked();
    let year = report(root.path(), &["--year"]);
    // Window 15/12/2022–14/12/2023; 14/12 is a Thursday → Monday 18/12.
    assert_eq!(year["window"]["send_by"], "2023-12-18");
    // Every dated task and occurrence of 2023 (IV.3 and VI.4 have no date): 21 dated tasks
    // and 4 + 4 occurrences = 29. Read on 14/12:
    //   on time 4: I.2.a, I.3, III.3 Q2, IV.5 Q1;
    //   late 3: I.1, II.2, III.3 Q1;
    //   dropped 1: VII.1;
    //   blocked 2: I.2.b, II.3;
    //   overdue 5: I.2.c (31/10), II.4, III.3 Q3, IV.5 Q2, IV.5 Q3;
    //   not yet due 14, all due 31/12: I.4, II.1, III.3 Q4, III.4, IV.1.a, IV.2, IV.4,
    //     IV.5 Q4, V.1, V.2.a, V.2.b, V.3, V.4, VI.5 — never counted as failures.
    assert_eq!(counts(&year["totals"]), [4, 3, 1, 2, 5, 14, 1, 6]);
    assert_eq!(items(&year).len(), 29);
    // rate = 7 / (7 + 5 + 2) = 50.00; on time = 4/14 = 28.571… → 28.57.
    assert_eq!(year["totals"]["rate"], 50.0);
    assert_eq!(year["totals"]["on_time_rate"], 28.57);
    // Văn phòng: on time I.2.a, I.3, III.3 Q2 (3); late I.1, III.3 Q1 (2); blocked I.2.b;
    // overdue III.3 Q3; not yet due I.4, III.3 Q4, III.4, IV.1.a, IV.2, IV.4, V.1, V.3, V.4,
    // VI.5 (10). rate = 5/7 = 71.428… → 71.43, above 70; on time 3/7 = 42.86.
    let office = unit(&year, "Văn phòng");
    assert_eq!(counts(office), [3, 2, 0, 1, 1, 10, 1, 2]);
    assert_eq!(
        (office["rate"].as_f64(), office["on_time_rate"].as_f64()),
        (Some(71.43), Some(42.86))
    );
    assert_eq!(office["reaches_threshold"], true);
    // V.4 is led by Văn phòng, Chi cục TĐC and Trung tâm KH&CN: counted once for each.
    // Trung tâm KH&CN: V.2.a, V.2.b, V.4 not yet due; Chi cục TĐC: V.4.
    assert_eq!(unit(&year, "Trung tâm KH&CN")["not_yet_due"], 3);
    assert_eq!(unit(&year, "Chi cục TĐC")["not_yet_due"], 1);
    // "Các phòng, đơn vị" has its own row: I.2.c overdue, II.1 not yet due → 0 %.
    let everyone = unit(&year, "Các phòng, đơn vị");
    assert_eq!(counts(everyone), [0, 0, 0, 0, 1, 1, 0, 0]);
    assert_eq!(everyone["reaches_threshold"], false);
    // Tổ Kiểm tra Công vụ: Q1 on time, Q2 and Q3 overdue, Q4 not yet due → 1/3.
    assert_eq!(unit(&year, "Tổ Kiểm tra Công vụ")["rate"], 33.33);
    // The units' footnote says a task counts once for each lead.
    let text = ok(root.path(), &["report", "--year"]);
    assert!(
        text.contains("| Đơn vị chủ trì (*) | Hoàn thành đúng hạn |"),
        "{text}"
    );
    assert!(text.contains("\n(*) Mỗi nhiệm vụ được tính cho từng đơn vị chủ trì của nó"));
    assert!(
        // 3 + 2 done of 3 + 2 + 1 blocked + 1 overdue.
        text.contains("| Văn phòng | 3 | 2 | 1 | 1 | 10 | 5/7 nhiệm vụ, đạt 71,43 % | Đạt |\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "| Các phòng, đơn vị | 0 | 0 | 0 | 1 | 1 | 0/1 nhiệm vụ, đạt 0,00 % | Chưa đạt |\n"
        ),
        "{text}"
    );
}

#[test]
fn exactly_the_threshold_does_not_reach_it() {
    let root = marked();
    // In Q3 Văn phòng's rate is 1/2 = 50 %: with the bar at 50 it is not above it; at 49 it is.
    let plan_toml = root.path().join("plan/plan.toml");
    let original = fs::read_to_string(&plan_toml).unwrap();
    for (bar, reaches) in [(50, false), (49, true)] {
        fs::write(
            &plan_toml,
            original.replace(
                "year = 2023\n",
                &format!("year = 2023\nreport_threshold = {bar}\n"),
            ),
        )
        .unwrap();
        let q3 = report(root.path(), &["--quarter", "3"]);
        assert_eq!(
            unit(&q3, "Văn phòng")["reaches_threshold"],
            reaches,
            "bar {bar}"
        );
        assert_eq!(q3["threshold"], f64::from(bar));
    }
}

#[test]
fn the_sending_day_follows_plan_toml_and_never_precedes_the_window_end() {
    let root = common::shipped_plan();
    // The case: a window given as 01/04–30/06. 30/06/2023 is a Friday → two working
    // days later is Tuesday 04/07, not 20/06.
    let custom = report(
        root.path(),
        &[
            "--quarter",
            "2",
            "--from",
            "2023-04-01",
            "--to",
            "2023-06-30",
        ],
    );
    assert_eq!(custom["window"]["send_by"], "2023-07-04");
    let text = ok(
        root.path(),
        &[
            "report",
            "--quarter",
            "2",
            "--from",
            "2023-04-01",
            "--to",
            "2023-06-30",
        ],
    );
    assert!(text.contains("\nThời gian chốt số liệu: từ ngày 01/04/2023 đến ngày 30/06/2023.\n\nHạn gửi báo cáo: ngày 04/07/2023.\n"), "{text}");
    let plan_toml = root.path().join("plan/plan.toml");
    let original = fs::read_to_string(&plan_toml).unwrap();
    // A day of the month: the 20th after 14/06 is 20/06; after 30/06, 20/07.
    fs::write(
        &plan_toml,
        original.replace("year = 2023\n", "year = 2023\nreport_send = \"ngày 20\"\n"),
    )
    .unwrap();
    assert_eq!(
        report(root.path(), &["--quarter", "2"])["window"]["send_by"],
        "2023-06-20"
    );
    assert_eq!(
        report(root.path(), &["--quarter", "2", "--to", "2023-06-30"])["window"]["send_by"],
        "2023-07-20"
    );
    // Five working days after Wednesday 14/06: 15, 16, 19, 20, 21 → 21/06.
    fs::write(
        &plan_toml,
        original.replace("year = 2023\n", "year = 2023\nreport_send = 5\n"),
    )
    .unwrap();
    assert_eq!(
        report(root.path(), &["--quarter", "2"])["window"]["send_by"],
        "2023-06-21"
    );
    fs::write(
        &plan_toml,
        original.replace("year = 2023\n", "year = 2023\nreport_send = \"soon\"\n"),
    )
    .unwrap();
    let (code, _, stderr) = common::run_plan(root.path(), &["report", "--quarter", "2"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "`report_send` is a number of working days after the cut-off, or a day of the month"
        ),
        "{stderr}"
    );
}

#[test]
fn an_occurrence_due_before_its_periods_end_is_reported_in_one_quarter() {
    // A half-yearly report due on 15/03 and 15/09, the first done on 10/03: it is the first
    // quarter's (due 15/03, done in the window), and not the second's, though its half ends
    // on 30/06.
    let root = TempDir::new().unwrap();
    fs::create_dir(root.path().join("plan")).unwrap();
    fs::write(
        root.path().join("plan/plan.toml"),
        "title = \"Kế hoạch thử\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\n",
    )
    .unwrap();
    fs::write(
        root.path().join("plan/I.toml"),
        "id = \"I\"\ntitle = \"Chỉ đạo\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"Báo cáo\"\nlead = [\"Văn phòng\"]\ndeadline = \"Định kỳ 6 tháng, trước ngày 15/3 và 15/9\"\n",
    )
    .unwrap();
    ok(
        root.path(),
        &[
            "mark",
            "I.1",
            "done",
            "--on",
            "2023-03-10",
            "--period",
            "2023-H1",
        ],
    );
    let results = |quarter: &str| -> Vec<(String, String)> {
        report(root.path(), &["--quarter", quarter])["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (t["period"].to_string(), t["result"].to_string()))
            .collect()
    };
    assert_eq!(
        results("1"),
        [("\"2023-H1\"".to_string(), "\"done_on_time\"".to_string())]
    );
    assert_eq!(results("2"), []);
}

#[test]
fn a_first_date_is_not_an_extension_and_a_difficulty_is_said_once() {
    let root = common::shipped_plan();
    // IV.3 waits on an event ("Sau khi có thông báo …"): its first date is set on 01/02.
    ok(
        root.path(),
        &[
            "due",
            "IV.3",
            "2023-03-10",
            "--on",
            "2023-02-01",
            "--note",
            "Thông báo số 5/TB-UBND",
        ],
    );
    // II.3 (due 31/01) is blocked on 20/02, inside the first quarter's window.
    ok(
        root.path(),
        &[
            "mark",
            "II.3",
            "blocked",
            "--on",
            "2023-02-20",
            "--note",
            "Chờ hướng dẫn",
        ],
    );
    let text = ok(
        root.path(),
        &["report", "--quarter", "1", "--format", "markdown"],
    );
    let line = |id: &str, after: &str| -> String {
        let part = &text[text.find(after).unwrap()..];
        part.lines()
            .find(|l| l.starts_with(&format!("- {id}.")))
            .unwrap_or_else(|| panic!("no {id} after {after}: {text}"))
            .to_string()
    };
    let iv3 = line("IV.3", "II. Kết quả");
    assert!(
        iv3.contains("Ghi chú: Hạn: 10/03/2023 (theo Thông báo số 5/TB-UBND)."),
        "{iv3}"
    );
    assert!(!iv3.contains("Gia hạn"), "{iv3}");
    let ii3 = line("II.3", "III. Đánh giá chung");
    assert_eq!(ii3.matches("Chờ hướng dẫn").count(), 1, "{ii3}");
    assert!(ii3.ends_with("Vướng mắc: Chờ hướng dẫn."), "{ii3}");
}

#[test]
fn a_report_for_one_unit_holds_the_tasks_it_leads() {
    let root = common::shipped_plan();
    let report = report(root.path(), &["--quarter", "1", "--unit", "Thanh tra"]);
    // Thanh tra leads II.2, II.3 and II.4 (due 31/01) itself, and I.2.c, II.1 and VI.4 through
    // "Các phòng, đơn vị"; of these only the first three fall in the first quarter, overdue
    // at the cut-off (14/03): 0 of 3.
    let ids: Vec<&str> = report["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["II.2", "II.3", "II.4"]);
    assert_eq!(
        (&report["totals"]["overdue"], &report["totals"]["rate"]),
        (&json!(3), &json!(0.0))
    );
    let units: Vec<&str> = report["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["unit"].as_str().unwrap())
        .collect();
    assert_eq!(units, ["Thanh tra"]);
    let text = ok(
        root.path(),
        &["report", "--quarter", "1", "--unit", "Thanh tra"],
    );
    assert!(
        text.contains(
            "**Kết quả thực hiện công tác cải cách hành chính quý I năm 2023 của Thanh tra**"
        ),
        "{text}"
    );
}

#[test]
fn the_years_report_shows_each_quarter_as_its_report_does() {
    let root = marked();
    let year = report(root.path(), &["--year"]);
    let quarters = year["quarters"].as_array().unwrap();
    assert_eq!(quarters.len(), 4);
    for (index, row) in quarters.iter().enumerate() {
        let quarter = (index + 1).to_string();
        let own = report(root.path(), &["--quarter", &quarter]);
        for key in ["done_on_time", "done_late", "blocked", "overdue", "rate"] {
            assert_eq!(row[key], own["totals"][key], "quarter {quarter}: {key}");
        }
    }
    // The shipped plan without marks: at the first quarter's cut-off (14/03), II.2, II.3 and
    // II.4 (due 31/01) are overdue and nothing is done: 0 of 3.
    let plain = common::shipped_plan();
    let year = report(plain.path(), &["--year"]);
    let first = &year["quarters"][0];
    assert_eq!(
        (&first["period"], &first["overdue"], &first["rate"]),
        (&json!("2023-Q1"), &json!(3), &json!(0.0))
    );
    let text = ok(plain.path(), &["report", "--year"]);
    assert!(
        text.contains("| quý I năm 2023 | 0 | 0 | 0 | 3 | 0/3 nhiệm vụ, đạt 0,00 % |"),
        "{text}"
    );
}

#[test]
fn an_estimate_to_the_years_end_is_shown_apart() {
    let root = common::shipped_plan();
    // IV.5's fourth round (due 31/12) is in progress at the cut-off (14/12).
    ok(
        root.path(),
        &[
            "mark",
            "IV.5",
            "doing",
            "--on",
            "2023-12-01",
            "--period",
            "2023-Q4",
        ],
    );
    let year = report(root.path(), &["--year", "--estimate"]);
    // At the cut-off: 24 one-off tasks less the 14 due "Năm 2023" (31/12) and the 3 with no
    // date (IV.3, VI.4, VII.1's external one) are 7, plus III.3's and IV.5's first three
    // rounds: 13 counted, none done. By 31/12: those 14, and III.3's and IV.5's fourth rounds,
    // 16 more: 29, of which IV.5's is expected done. 1/29 = 3,45 %.
    assert_eq!(year["totals"]["rate"], 0.0);
    assert_eq!(
        year["estimate"],
        json!({"to": "2023-12-31", "counted": 29, "done": 0, "expected": 1, "rate": 3.45})
    );
    let text = ok(root.path(), &["report", "--year", "--estimate"]);
    assert!(
        text.contains("Ước thực hiện đến 31/12/2023: **1/29 nhiệm vụ, đạt 3,45 %** (ước tính"),
        "{text}"
    );
    // Without `--estimate`, none; and only a year's report takes it.
    assert_eq!(report(root.path(), &["--year"])["estimate"], Value::Null);
    let (code, _, err) = common::run_plan(root.path(), &["report", "--quarter", "1", "--estimate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is for a year's report"), "{err}");
}

/// A plan of one unit and five tasks for the first quarter (cut-off 14/03): done on time, done
/// late and overdue, all due 28/02, then two due 31/03, not yet due at the cut-off; `settings`
/// is added to `plan.toml`.
fn five_tasks(settings: &str) -> TempDir {
    let root = TempDir::new().unwrap();
    fs::create_dir(root.path().join("plan")).unwrap();
    fs::write(
        root.path().join("plan/plan.toml"),
        format!("title = \"K\"\nyear = 2023\n[[unit]]\nname = \"Văn phòng\"\n{settings}"),
    )
    .unwrap();
    let task = |id: &str, deadline: &str, done: &str| {
        let progress = if done.is_empty() {
            String::new()
        } else {
            format!("\n[[task.progress]]\ndate = {done}\nstatus = \"done\"\n")
        };
        format!(
            "\n[[task]]\nid = \"{id}\"\ntitle = \"Việc {id}\"\nlead = [\"Văn phòng\"]\ndeadline = \"{deadline}\"\n{progress}"
        )
    };
    let tasks = [
        task("I.1", "Tháng 2/2023", "2023-02-20"),
        task("I.2", "Tháng 2/2023", "2023-03-05"),
        task("I.3", "Tháng 2/2023", ""),
        task("I.4", "Tháng 3/2023", ""),
        task("I.5", "Tháng 3/2023", ""),
    ];
    fs::write(
        root.path().join("plan/I.toml"),
        format!("id = \"I\"\ntitle = \"Phần I\"\n{}", tasks.concat()),
    )
    .unwrap();
    root
}

const BANDS: &str = "[[report.band]]\nfrom = 80\nword = \"Tốt\"\nrate = \"on_time\"\n\
    [[report.band]]\nfrom = 60\nword = \"Khá\"\n\
    [[report.band]]\nfrom = 40\nword = \"Đạt\"\n\
    [[report.band]]\nfrom = 0\nword = \"Không đạt\"\n";

#[test]
fn the_province_rates_over_every_item_and_rates_units_by_its_own_bands() {
    // Over the items due: 2 done of 3 (66.67 %), 1 on time (33.33 %): "Khá" (from 60, and
    // 33.33 % on time is short of "Tốt"). Over every item: 2 of 5, 40 %, 1 of 5 on time: 40
    // reaches "Đạt" (a band's `from` is reached when equalled).
    for (over, rated, rate, on_time, word) in [
        ("due", 3, 66.67, 33.33, "Khá"),
        ("all", 5, 40.0, 20.0, "Đạt"),
    ] {
        let root = five_tasks(&format!("[report]\nrate_over = \"{over}\"\n{BANDS}"));
        let q1 = report(root.path(), &["--quarter", "1"]);
        assert_eq!(q1["totals"]["rated"], rated, "{over}");
        assert_eq!(q1["totals"]["rate"], rate, "{over}");
        assert_eq!(q1["totals"]["on_time_rate"], on_time, "{over}");
        assert_eq!(q1["rate_over"], over);
        assert_eq!(unit(&q1, "Văn phòng")["rating"], word, "{over}");
        let text = ok(root.path(), &["report", "--quarter", "1"]);
        let row = format!(
            "| Văn phòng | 1 | 1 | 0 | 1 | 2 | 2/{rated} nhiệm vụ, đạt {} % | {word} |",
            format!("{rate:.2}").replace('.', ",")
        );
        assert!(text.contains(&row), "{row}\n{text}");
        assert!(text.contains("| Đánh giá |"), "{text}");
        assert!(
            text.contains("Tốt: tỷ lệ hoàn thành đúng hạn từ 80 %; Khá: tỷ lệ hoàn thành từ 60 %"),
            "{text}"
        );
        // `summary` takes its rate over the same items.
        let summary: Value = serde_json::from_str(&ok(
            root.path(),
            &["summary", "--as-of", "2023-03-14", "--format", "json"],
        ))
        .unwrap();
        let total = summary.as_array().unwrap().last().unwrap().clone();
        assert_eq!(total["rate"], rate, "{over}: {summary}");
    }
    // Without a [report] table the rule is the bar, above 70 %: 66.67 % is "Chưa đạt".
    let root = five_tasks("");
    let q1 = report(root.path(), &["--quarter", "1"]);
    assert_eq!(unit(&q1, "Văn phòng")["rating"], "Chưa đạt");
    assert_eq!(q1["totals"]["rated"], 3);
}

#[test]
fn the_excel_rate_over_every_item_adds_the_items_not_yet_due() {
    use calamine::{Reader, Xlsx, open_workbook};
    let root = five_tasks("[report]\nrate_over = \"all\"\n");
    let path = root.path().join("q1.xlsx");
    ok(
        root.path(),
        &[
            "report",
            "--quarter",
            "1",
            "--format",
            "xlsx",
            "--output",
            "q1.xlsx",
        ],
    );
    let mut workbook: Xlsx<_> = open_workbook(&path).unwrap();
    let formulas = workbook.worksheet_formula("Tổng hợp").unwrap();
    let rates: Vec<&String> = formulas
        .used_cells()
        .map(|(_, _, f)| f)
        .filter(|f| f.starts_with("IF("))
        .collect();
    assert!(!rates.is_empty());
    // Column H holds the items not yet due.
    for formula in rates {
        assert!(
            formula.contains("+G") && formula.contains("+H"),
            "{formula}"
        );
    }
}

#[test]
fn bands_and_rate_over_that_cannot_be_read_are_errors_with_their_line() {
    for (settings, said) in [
        (
            "[report]\nrate_over = \"some\"\n",
            "`rate_over` is \"due\" or \"all\"",
        ),
        (
            "[[report.band]]\nfrom = 120\nword = \"Tốt\"\n",
            "a band's `from` is a percentage from 0 to 100",
        ),
        (
            "[[report.band]]\nfrom = 50\nword = \" \"\n",
            "a band needs a word",
        ),
        (
            "[[report.band]]\nfrom = 50\nword = \"Đạt\"\nrate = \"late\"\n",
            "a band's `rate` is \"done\" or \"on_time\"",
        ),
        (
            "[[report.band]]\nfrom = 50\nword = \"Đạt\"\n[[report.band]]\nfrom = 80\nword = \"Tốt\"\n",
            "the bands are not highest first",
        ),
        ("[report]\nthreshold = 50\n", "unknown field `threshold`"),
    ] {
        let root = five_tasks(settings);
        let (code, _, err) = common::run_plan(root.path(), &["--lang", "en", "check"]);
        assert_eq!(code, 1, "{settings}");
        assert!(err.contains(said), "{settings}: {err}");
        assert!(err.contains("plan.toml:"), "{err}");
    }
}
