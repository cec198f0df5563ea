//! The commands on the shipped 2023 plan. Expected values are worked out by hand from the source
//! document (the annex of Kế hoạch số 12/KH-KHCN), not taken from the program's output.
use super::common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn plan_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    common::run_plan(dir, args)
}

fn plan(args: &[&str]) -> (i32, String, String) {
    plan_in(&root(), args)
}

fn json(args: &[&str]) -> Value {
    let (code, stdout, stderr) = plan(args);
    // Only notes on how a name was understood (`VP` is `Văn phòng`), no warning.
    let notes = stderr.lines().all(|l| l.starts_with("note: "));
    assert_eq!((code, notes), (0, true), "{args:?}: {stderr}");
    serde_json::from_str(&stdout).unwrap()
}

fn ids(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect()
}

fn listed(args: &[&str]) -> Vec<String> {
    let mut full = vec!["list", "--format", "json", "--as-of", "2023-06-30"];
    full.extend_from_slice(args);
    ids(&json(&full))
}

#[test]
fn check_passes_with_no_warning() {
    // 7 sections; 37 rows in the annex counting the 4 headings (I.2, III.5, IV.1, V.2);
    // 8 units plus the collective "Các phòng, đơn vị".
    let (code, stdout, stderr) = plan(&["check"]);
    assert_eq!(
        stdout,
        "ok: plan: 7 sections, 37 tasks (4 headings), 9 units\n"
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn office_tasks_directly_and_through_the_collective() {
    // Văn phòng as lead or support, plus every task given to "Các phòng, đơn vị", of which it
    // is a member; headings above them are shown for context.
    let expected = [
        "I.1", "I.2", "I.2.a", "I.2.b", "I.2.c", "I.3", "I.4", "II.1", "II.2", "II.3", "II.4",
        "III.1", "III.2", "III.3", "III.4", "III.6", "IV.1", "IV.1.a", "IV.2", "IV.3", "IV.4",
        "V.1", "V.2", "V.2.a", "V.3", "V.4", "VI.1", "VI.2", "VI.4", "VI.5",
    ];
    assert_eq!(listed(&["--unit", "Văn phòng"]), expected);
}

#[test]
fn office_tasks_named_directly() {
    let expected = [
        "I.1", "I.2", "I.2.a", "I.2.b", "I.3", "I.4", "III.1", "III.2", "III.3", "III.4", "III.6",
        "IV.1", "IV.1.a", "IV.2", "IV.3", "IV.4", "V.1", "V.2", "V.2.a", "V.3", "V.4", "VI.1",
        "VI.2", "VI.4", "VI.5",
    ];
    assert_eq!(listed(&["--unit", "Văn phòng", "--direct"]), expected);
}

#[test]
fn office_as_lead_only() {
    // Led directly, or led by "Các phòng, đơn vị" (I.2.c, II.1, VI.4).
    let expected = [
        "I.1", "I.2", "I.2.a", "I.2.b", "I.2.c", "I.3", "I.4", "II.1", "III.1", "III.2", "III.3",
        "III.4", "IV.1", "IV.1.a", "IV.2", "IV.3", "IV.4", "V.1", "V.3", "V.4", "VI.1", "VI.4",
        "VI.5",
    ];
    assert_eq!(listed(&["--unit", "Văn phòng", "--role", "lead"]), expected);
}

#[test]
fn teams_are_not_members_of_the_collective() {
    assert_eq!(
        listed(&["--unit", "Tổ kiểm soát TTHC"]),
        ["I.3", "III.1", "III.2", "III.3"]
    );
    assert_eq!(listed(&["--unit", "Tổ Kiểm tra Công vụ"]), ["IV.5"]);
}

#[test]
fn unit_names_match_in_any_spelling() {
    let expected = listed(&["--unit", "Văn phòng"]);
    let nfd = "Va\u{306}n pho\u{300}ng";
    for spelling in ["van phong", "VĂN PHÒNG", "VP", "Văn phòng Sở", nfd] {
        assert_eq!(listed(&["--unit", spelling]), expected, "{spelling}");
    }
    // The long name of the procedure-control team is an alias of the short one.
    assert_eq!(
        listed(&["--unit", "to kiem soat thu tuc hanh chinh"]),
        listed(&["--unit", "Tổ kiểm soát TTHC"])
    );
}

#[test]
fn unknown_unit_lists_the_closest_names() {
    let (code, stdout, stderr) = plan(&["list", "--unit", "Thanh traa"]);
    assert_eq!(
        stderr,
        "error: unknown unit `Thanh traa`\nhelp: did you mean `Thanh tra`?\n"
    );
    assert_eq!((code, stdout.as_str()), (1, ""));
}

#[test]
fn overdue_at_the_end_of_june() {
    // Due before 30/06/2023 and not done: the three "Tháng 01/2023" tasks of section II
    // (150 days), "Quý 1/ 2023" I.1 (91 days), and the Q1 occurrence of the two quarterly
    // tasks III.3 and IV.5. The Q2 tasks I.2.a and I.2.b fall due on the day itself.
    let rows = json(&["overdue", "--as-of", "2023-06-30", "--format", "json"]);
    let got: Vec<(String, String, Value, i64)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["due"].as_str().unwrap().to_string(),
                r["period"].clone(),
                r["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("II.2", "2023-01-31", Value::Null, 150),
        ("II.3", "2023-01-31", Value::Null, 150),
        ("II.4", "2023-01-31", Value::Null, 150),
        ("I.1", "2023-03-31", Value::Null, 91),
        ("III.3", "2023-03-31", Value::from("2023-Q1"), 91),
        ("IV.5", "2023-03-31", Value::from("2023-Q1"), 91),
    ]
    .map(|(id, due, period, days)| (id.to_string(), due.to_string(), period, days));
    assert_eq!(got, expected);
    let first = &rows[0];
    assert_eq!(first["lead"], serde_json::json!(["Thanh tra"]));
    assert!(
        first["title"]
            .as_str()
            .unwrap()
            .starts_with("Xây dựng và triển khai thực hiện Kế hoạch tự kiểm tra")
    );
}

#[test]
fn overdue_the_day_after_a_quarter_ends() {
    let rows = json(&[
        "overdue",
        "--as-of",
        "2023-07-01",
        "--format",
        "json",
        "--section",
        "I",
    ]);
    assert_eq!(ids(&rows), ["I.1", "I.2.a", "I.2.b"]);
    assert_eq!(rows[1]["days_overdue"], 1);
    let periodic = json(&[
        "overdue",
        "--as-of",
        "01/07/2023",
        "--format",
        "json",
        "--search",
        "kiểm tra công vụ",
    ]);
    let periods: Vec<&str> = periodic
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods, ["2023-Q1", "2023-Q2"]);
}

#[test]
fn nothing_is_overdue_on_new_year_2023() {
    let (code, stdout, _) = plan(&[
        "overdue",
        "--as-of",
        "2023-01-01",
        "--format",
        "json",
        "--exit-code",
    ]);
    assert_eq!((code, stdout.as_str()), (0, "[]\n"));
    let (code, _, _) = plan(&[
        "overdue",
        "--as-of",
        "2023-06-30",
        "--exit-code",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 1);
}

#[test]
fn quarter_filter_takes_every_spelling() {
    // Due in Q1: I.1 (Quý 1), II.2–II.4 (Tháng 01), and the quarterly III.3 and IV.5.
    let q1 = ["I.1", "II.2", "II.3", "II.4", "III.3", "IV.5"];
    for spelling in ["1", "Q1", "I", "2023-Q1", "Quý 1"] {
        assert_eq!(listed(&["--quarter", spelling]), q1, "{spelling}");
    }
    // Q4: "Tháng 10/2023", every "Năm 2023" task, and the quarterly tasks.
    let q4 = listed(&["--quarter", "IV"]);
    assert!(q4.contains(&"I.2.c".to_string()) && q4.contains(&"VII.1".to_string()));
    assert!(
        !q4.contains(&"III.1".to_string()),
        "continuous tasks have no due date"
    );
}

#[test]
fn section_and_search_filters() {
    assert_eq!(
        listed(&["--section", "II"]),
        ["II.1", "II.2", "II.3", "II.4"]
    );
    assert_eq!(listed(&["--section", "7"]), ["VII.1"]);
    assert_eq!(listed(&["--search", "video"]), ["I.2", "I.2.a"]);
    // "số hoá" in the plan, typed with the other tone placement and without diacritics.
    assert_eq!(listed(&["--search", "số hóa"]), ["VI.2"]);
    assert_eq!(listed(&["--search", "SO HOA"]), ["VI.2"]);
    let (code, _, stderr) = plan(&["list", "--section", "VIII"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: unknown section `VIII`\nhelp: the sections are `I`, `II`, `III`, `IV`, `V`, `VI`, `VII`\n"
    );
}

#[test]
fn json_has_the_contract_fields() {
    let tasks = json(&["list", "--format", "json", "--as-of", "2023-06-30"]);
    assert_eq!(tasks.as_array().unwrap().len(), 37);
    let video = &tasks[2];
    assert_eq!(video["id"], "I.2.a");
    assert_eq!(video["section"], "I");
    assert_eq!(video["parent"], "I.2");
    assert_eq!(video["lead"], serde_json::json!(["Văn phòng"]));
    assert_eq!(
        video["support"],
        serde_json::json!(["Phòng Quản lý Chuyên ngành"])
    );
    assert_eq!(video["budget"], 12_000_000);
    assert_eq!(video["deadline"], "Quý 2/ 2023");
    assert_eq!(video["kind"], "dated");
    assert_eq!(video["due"], "2023-06-30");
    assert_eq!(video["every"], Value::Null);
    assert_eq!(video["status"], "todo");
    assert_eq!(video["file"], "plan/I.toml");
    let heading = &tasks[1];
    assert_eq!(
        (heading["id"].as_str(), heading["heading"].as_bool()),
        (Some("I.2"), Some(true))
    );
    let report = tasks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "III.3")
        .unwrap();
    assert_eq!(
        (report["kind"].as_str(), report["every"].as_str()),
        (Some("periodic"), Some("quarter"))
    );
    // On 30/06 its first quarter's round, due 31/03, is still owed: that is the one shown.
    assert_eq!(
        (report["period"].as_str(), report["due"].as_str()),
        (Some("2023-Q1"), Some("2023-03-31"))
    );
    let total: i64 = tasks
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["budget"].as_i64())
        .sum();
    assert_eq!(
        total, 20_000_000,
        "12.000.000 + 8.000.000 đồng in section I"
    );
}

#[test]
fn csv_and_markdown() {
    let (code, stdout, _) = plan(&[
        "list",
        "--format",
        "csv",
        "--section",
        "I",
        "--as-of",
        "2023-06-30",
    ]);
    assert_eq!(code, 0);
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some(
            // After the byte-order mark that tells Excel the file is UTF-8.
            "\u{feff}id,section,parent,title,lead,support,budget,deadline,kind,due,every,status,file,line,heading,period,late,days_late,overdue,days_overdue"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            // Due 31/03, open on 30/06: 30 + 31 + 30 days overdue.
            "I.1,I,,Xây dựng Kế hoạch CCHC năm 2023,Văn phòng,,,Quý 1/ 2023,dated,2023-03-31,,todo,plan/I.toml,5,false,,false,,true,91"
        )
    );
    assert!(stdout.contains("\nI.3,I,,\"Xây dựng Kế hoạch và tổ chức kiểm tra"));
    let (_, markdown, _) = plan(&[
        "list",
        "--format",
        "markdown",
        "--section",
        "II",
        "--as-of",
        "2023-06-30",
    ]);
    let mut lines = markdown.lines();
    assert_eq!(
        lines.next(),
        Some("| ID | Task | Lead | Support | Deadline | Due | Status |")
    );
    assert_eq!(lines.next(), Some("|---|---|---|---|---|---|---|"));
    assert_eq!(
        lines.nth(1),
        // Due 31/01, open on 30/06: 28 + 31 + 30 + 31 + 30 days overdue.
        Some(
            "| II.2 | Xây dựng và triển khai thực hiện Kế hoạch tự kiểm tra, rà soát, xử lý văn bản quy phạm pháp luật năm 2023; Kế hoạch hệ thống hóa văn bản quy phạm pháp luật của ngành kỳ 2019-2023 | Thanh tra | Các phòng, đơn vị | Tháng 01/2023 | 2023-01-31 | todo, 150 days overdue |"
        )
    );
}

#[test]
fn show_tells_everything_about_a_task() {
    let (code, stdout, _) = plan(&["show", "i.2.a", "--as-of", "2023-06-30"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "I.2.a  Xây dựng 01 video hướng dẫn, hỗ trợ người dân thực hiện nộp hồ sơ trực tuyến đối với thủ tục cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)

Section   I. Công tác chỉ đạo điều hành
Parent    I.2
Lead      Văn phòng
Support   Phòng Quản lý Chuyên ngành
Budget    12.000.000 đồng
Deadline  Quý 2/ 2023
Read as   dated: end of 2023-Q2, due 2023-06-30
Due       2023-06-30
Status    todo (as of 2023-06-30)
File      plan/I.toml:15

History:
  (no progress recorded)
"
    );
}

#[test]
fn show_a_heading_and_a_periodic_task() {
    let (_, heading, _) = plan(&["show", "I.2"]);
    assert!(heading.contains("\nTasks under it:\n  I.2.a  Xây dựng 01 video"));
    assert!(heading.contains("\n  I.2.c  Viết tin, bài"));
    let (_, periodic, _) = plan(&["show", "III.3", "--as-of", "2023-06-30"]);
    assert!(periodic.contains(
        "Read as   periodic: every quarter, each occurrence due at the end of its quarter\n"
    ));
    assert!(periodic.contains("Occurrences:\n  2023-Q1   due 2023-03-31  todo, 91 days overdue\n  2023-Q2   due 2023-06-30  todo\n  2023-Q3   due 2023-09-30  todo\n  2023-Q4   due 2023-12-31  todo\n"));
    let (_, event, _) = plan(&["show", "IV.3"]);
    assert!(event.contains("Read as   event: no due date until one is set with `plan due`\n"));
}

#[test]
fn show_unknown_id_suggests() {
    let (code, _, stderr) = plan(&["show", "I.2.d"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("error: no task `I.2.d` in the plan\nhelp: did you mean `I.2.a`"),
        "{stderr}"
    );
}

#[test]
fn works_from_any_folder_below_the_root() {
    for dir in ["src", "src/commands", "tests", "plan"] {
        let (code, stdout, stderr) = plan_in(
            &root().join(dir),
            &["overdue", "--as-of", "2023-06-30", "--format", "csv"],
        );
        assert_eq!((code, stderr.as_str()), (0, ""), "{dir}");
        assert_eq!(stdout.lines().count(), 7, "{dir}: header and six rows");
    }
    let (code, stdout, _) = plan_in(
        &root().join("src/commands"),
        &["list", "--unit", "Văn phòng", "--format", "json"],
    );
    assert_eq!(code, 0);
    assert!(stdout.contains("\"file\": \"../../plan/I.toml\""));
}

#[test]
fn plan_dir_from_the_environment() {
    let output = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(std::env::temp_dir())
        .env("PLAN_DIR", root().join("plan"))
        .args(["check"])
        .output()
        .unwrap();
    assert!(output.status.success());
}

#[test]
fn table_wraps_to_the_width_and_colours_only_when_asked() {
    let output = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root())
        .env("COLUMNS", "80")
        .env_remove("NO_COLOR")
        .args(["overdue", "--as-of", "2023-06-30"])
        .output()
        .unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    assert!(!table.contains('\u{1b}'), "no colour off a terminal");
    assert!(table.contains("II.2"));
    let (_, coloured, _) = plan(&["overdue", "--as-of", "2023-06-30", "--color", "always"]);
    assert!(coloured.contains('\u{1b}'));
    let (_, plain, _) = plan(&["overdue", "--as-of", "2023-06-30", "--color", "never"]);
    assert!(!plain.contains('\u{1b}'));
}

#[test]
fn output_cut_short_by_head_is_not_an_error() {
    // Enough tasks that the output overflows the pipe's buffer once the reader has gone.
    let root = tempfile::TempDir::new().unwrap();
    let dir = root.path().join("plan");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(root_plan("plan.toml"), dir.join("plan.toml")).unwrap();
    let mut section = String::from("id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n");
    for n in 1..=3000 {
        section.push_str(&format!(
            "\n[[task]]\nid = \"I.{n}\"\ntitle = \"Xây dựng Kế hoạch CCHC số {n}\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 2/ 2023\"\n"
        ));
    }
    std::fs::write(dir.join("I.toml"), section).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("plan"))
        .current_dir(root.path())
        .args(["list", "--as-of", "2023-06-30", "--format", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    let mut stdout = child.stdout.take().unwrap();
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    assert!(output.status.success());
}

fn root_plan(name: &str) -> PathBuf {
    root().join("plan").join(name)
}

#[test]
fn bad_values_exit_1_and_bad_usage_exits_2() {
    let (code, _, stderr) = plan(&["overdue", "--as-of", "2023-02-30"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("`2023-02-30` is not a day in the calendar"),
        "{stderr}"
    );
    let (code, _, stderr) = plan(&["list", "--quarter", "5"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("`5` is not a quarter"), "{stderr}");
    let (code, _, _) = plan(&["list", "--no-such-flag"]);
    assert_eq!(code, 2);
    let (code, _, _) = plan(&["frobnicate"]);
    assert_eq!(code, 2);
}

/// The cells of a table written without a terminal: the rows after the header, split at `┆`.
fn table_cells(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|line| line.starts_with('│'))
        .skip(1)
        .map(|line| {
            line.trim_matches('│')
                .split('┆')
                .map(|cell| cell.trim().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn overdue_tables_show_each_rows_own_due_date_period_and_days() {
    // Rows share due dates written out once: each row must still show its own, as JSON has it.
    let args = ["overdue", "--as-of", "2023-12-31"];
    let rows = json(&[&args[..], &["--format", "json"]].concat());
    let (code, table, _) = plan(&args);
    assert_eq!(code, 0);
    let cells = table_cells(&table);
    let rows = rows.as_array().unwrap();
    // Rows that share a due date, and more than one date: what the shared text must get right.
    let dues: Vec<&str> = rows.iter().map(|r| r["due"].as_str().unwrap()).collect();
    let distinct: std::collections::HashSet<&&str> = dues.iter().collect();
    assert!(
        1 < distinct.len() && distinct.len() < dues.len(),
        "{dues:?}"
    );
    assert_eq!(cells.len(), rows.len());
    for (cells, row) in cells.iter().zip(rows) {
        assert_eq!(cells[0], row["id"].as_str().unwrap());
        assert_eq!(cells[3], row["due"].as_str().unwrap());
        assert_eq!(cells[4], row["period"].as_str().unwrap_or(""));
        assert_eq!(cells[5], row["days_overdue"].to_string());
    }
}
