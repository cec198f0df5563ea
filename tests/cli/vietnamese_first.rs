//! What a clerk of the Office meets at the terminal: Vietnamese words accepted where they are
//! typed, and nothing on screen that the terminal would obey instead of show.
use super::common;

use std::fs;

use common::run_plan;
use tempfile::TempDir;

#[test]
fn statuses_typed_in_vietnamese_are_accepted() {
    let root = common::shipped_plan();
    for (word, day, status) in [
        ("xong", "2023-03-01", "done"),
        ("đang thực hiện", "2023-03-02", "doing"),
        ("vuong mac", "2023-03-03", "blocked"),
        ("Hủy", "2023-03-04", "dropped"),
        ("chưa làm", "2023-03-05", "todo"),
    ] {
        let (code, out, err) = run_plan(root.path(), &["mark", "I.3", word, "--on", day]);
        assert_eq!(code, 0, "{word}: {err}");
        assert_eq!(
            out,
            format!("I.3: {status} on {day} (plan/I.toml)\n"),
            "{word}"
        );
    }
    let (code, out, _) = run_plan(
        root.path(),
        &[
            "list",
            "--status",
            "chưa làm",
            "--section",
            "I",
            "--format",
            "csv",
        ],
    );
    assert_eq!(code, 0);
    assert!(out.contains("\nI.3,"), "{out}");
    let (code, _, err) = run_plan(root.path(), &["mark", "I.3", "xongg"]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean `xong`?"), "{err}");
}

#[test]
fn periods_are_taken_as_quarters_are() {
    let root = common::shipped_plan();
    // III.3 recurs every quarter ("Định kỳ quý, năm").
    for (period, day) in [
        ("Q1", "2023-03-01"),
        ("Quý 2", "2023-06-01"),
        ("III", "2023-09-01"),
        ("2023-Q4", "2023-12-01"),
    ] {
        let (code, out, err) = run_plan(
            root.path(),
            &["mark", "III.3", "done", "--on", day, "--period", period],
        );
        assert_eq!(code, 0, "{period}: {err}");
        assert!(out.contains("(for 2023-Q"), "{out}");
    }
    let text = fs::read_to_string(root.path().join("plan/III.toml")).unwrap();
    for q in 1..=4 {
        assert!(text.contains(&format!("period = \"2023-Q{q}\"")), "{text}");
    }
}

#[test]
fn the_colour_flag_wins_over_no_color_and_leaves_no_stray_codes() {
    let root = common::shipped_plan();
    // A done task is shown in green.
    let (code, _, _) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-01"]);
    assert_eq!(code, 0);
    let list = |args: &[&str]| {
        let output = assert_cmd::Command::cargo_bin("plan")
            .unwrap()
            .current_dir(root.path())
            .env("NO_COLOR", "1")
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let always = list(&["list", "--as-of", "2023-03-02", "--color", "always"]);
    assert!(
        always.contains("\u{1b}[1m") && always.contains("\u{1b}[38;5;10m"),
        "{always:?}"
    );
    assert!(!always.contains("\u{1b}[m"), "stray reset: {always:?}");
    let plain = list(&["list", "--section", "I"]);
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
}

/// The table `plan ARGS` draws `columns` wide.
fn table(root: &TempDir, columns: &str, args: &[&str]) -> String {
    let output = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("COLUMNS", columns)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn tables_wrap_between_words() {
    let root = common::shipped_plan();
    let overdue = table(&root, "60", &["overdue", "--as-of", "2023-12-31"]);
    assert!(
        overdue.lines().all(|l| l.chars().count() <= 60),
        "{overdue}"
    );
    // Every due date (2023-03-31) and period (2023-Q1) is whole on one line, and so is every
    // header word.
    let words: Vec<&str> = overdue
        .split(|c: char| c.is_whitespace() || c == '┆' || c == '│')
        .collect();
    let dated: Vec<&&str> = words.iter().filter(|w| w.starts_with("2023-")).collect();
    assert!(
        dated.iter().filter(|w| w.len() == 10).count() > 5,
        "{overdue}"
    );
    assert!(
        dated.iter().all(|w| w.len() == 10 || w.len() == 7),
        "{overdue}"
    );
    for header in ["Days", "overdue", "Period", "Lead"] {
        assert!(
            overdue.contains(&format!(" {header} ")),
            "{header}: {overdue}"
        );
    }
    let list = table(&root, "80", &["list", "--section", "I"]);
    assert!(list.lines().all(|l| l.chars().count() <= 80), "{list}");
    for word in ["Support", "Deadline", "Status", "2023-06-30", "phòng"] {
        assert!(list.contains(&format!(" {word} ")), "{word}: {list}");
    }
}

#[test]
fn an_empty_answer_is_a_sentence_and_json_stays_an_empty_list() {
    let root = common::shipped_plan();
    let cases: [(&[&str], &str); 5] = [
        (
            &["overdue", "--as-of", "2023-01-01"],
            "Nothing is overdue as of 2023-01-01.\n",
        ),
        (
            &["--lang", "vi", "overdue", "--as-of", "2023-01-01"],
            "Không có nhiệm vụ nào quá hạn tính đến ngày 01/01/2023.\n",
        ),
        // Nothing in the shipped plan is due from 1 to 5 January 2023.
        (
            &[
                "--lang",
                "vi",
                "upcoming",
                "--as-of",
                "2023-01-01",
                "--within",
                "5",
            ],
            "Không có nhiệm vụ nào đến hạn trong 5 ngày tới.\n",
        ),
        (
            &["list", "--search", "không có chữ này"],
            "No task matches.\n",
        ),
        (
            &["overdue", "--as-of", "2023-01-01", "--format", "json"],
            "[]\n",
        ),
    ];
    for (args, expected) in cases {
        let (code, out, err) = run_plan(root.path(), args);
        assert_eq!((code, out.as_str()), (0, expected), "{args:?}: {err}");
    }
}

#[test]
fn every_csv_starts_with_a_byte_order_mark() {
    let root = common::shipped_plan();
    for args in [
        &["list", "--format", "csv"][..],
        &["overdue", "--as-of", "2023-06-30", "--format", "csv"],
        &["upcoming", "--as-of", "2023-06-01", "--format", "csv"],
        &["summary", "--format", "csv"],
        &["show", "I.1", "--format", "csv"],
        &["report", "--quarter", "1", "--format", "csv"],
    ] {
        let (code, out, err) = run_plan(root.path(), args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.starts_with('\u{feff}'), "{args:?}: {out}");
        assert_eq!(out.matches('\u{feff}').count(), 1, "{args:?}");
    }
}

#[test]
fn a_unit_found_by_another_name_is_named_and_an_ambiguous_one_refused() {
    let root = common::shipped_plan();
    let (code, _, err) = run_plan(root.path(), &["list", "--unit", "VP", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(err, "note: `VP` is taken as the unit `Văn phòng`\n");
    let (code, _, err) = run_plan(
        root.path(),
        &["list", "--unit", "van phong", "--format", "csv"],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    // "TT": the initials of Thanh tra and of Trung tâm KH&CN, and part of "Tổ kiểm soát TTHC".
    let (code, out, err) = run_plan(
        root.path(),
        &["overdue", "--unit", "TT", "--as-of", "2023-12-31"],
    );
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        "error: `TT` could mean any of `Thanh tra`, `Trung tâm KH&CN`, `Tổ kiểm soát TTHC`, so no unit was chosen\nhelp: type more of the name, such as `--unit \"Thanh tra\"`\n"
    );
}

#[test]
fn overdue_rows_owed_through_a_collective_unit_say_so() {
    let root = common::shipped_plan();
    let (code, out, _) = run_plan(
        root.path(),
        &[
            "overdue",
            "--unit",
            "Văn phòng",
            "--as-of",
            "2023-12-31",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0);
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    let via = |id: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .map(|r| r["via"].clone())
    };
    // II.2: lead Thanh tra, support "Các phòng, đơn vị", of which Văn phòng is a member.
    assert_eq!(via("II.2"), Some(serde_json::json!("Các phòng, đơn vị")));
    // I.1: Văn phòng leads it itself.
    assert_eq!(via("I.1"), Some(serde_json::Value::Null), "no `via` key");
    let (_, table, _) = run_plan(
        root.path(),
        &[
            "--lang",
            "vi",
            "overdue",
            "--unit",
            "Văn phòng",
            "--as-of",
            "2023-12-31",
        ],
    );
    assert!(table.contains("(qua Các phòng, đơn vị)"), "{table}");
}

#[test]
fn check_warns_about_a_unit_name_missing_its_diacritics() {
    use unicode_normalization::UnicodeNormalization;
    let root = common::shipped_plan();
    let path = root.path().join("plan/I.toml");
    let section = fs::read_to_string(&path).unwrap();
    let slip = section.replacen("lead = [\"Văn phòng\"]", "lead = [\"Văn phong\"]", 1);
    fs::write(&path, &slip).unwrap();
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0);
    // I.1's lead is on line 7 of I.toml.
    assert!(
        err.starts_with(
            "warning: plan/I.toml:7:9: unit `Văn phong` is not written as in plan.toml"
        ),
        "{err}"
    );
    assert!(err.contains("help: did you mean `Văn phòng`?"), "{err}");
    // Other case, or decomposed (NFD) letters, are the same spelling.
    let nfd: String = "Văn phòng".nfd().collect();
    for same in ["VĂN PHÒNG", nfd.as_str()] {
        let text = section.replacen("lead = [\"Văn phòng\"]", &format!("lead = [\"{same}\"]"), 1);
        fs::write(&path, text).unwrap();
        let (code, _, err) = run_plan(root.path(), &["check"]);
        assert_eq!((code, err.as_str()), (0, ""), "{same}");
    }
}

#[test]
fn days_on_screen_are_written_day_month_year_in_vietnamese() {
    let root = common::shipped_plan();
    let (code, out, _) = run_plan(
        root.path(),
        &["--lang", "vi", "mark", "I.1", "xong", "--on", "2023-04-05"],
    );
    assert_eq!(
        (code, out.as_str()),
        (0, "I.1: hoàn thành ngày 05/04/2023 (plan/I.toml)\n")
    );
    // Section II's overdue tasks, in Vietnamese, in `format`.
    let overdue = |format: &str| {
        let args = [
            "--lang",
            "vi",
            "overdue",
            "--as-of",
            "2023-06-30",
            "--section",
            "II",
            "--format",
            format,
        ];
        run_plan(root.path(), &args).1
    };
    let table = overdue("table");
    assert!(
        table.contains("31/01/2023") && !table.contains("2023-01-31"),
        "{table}"
    );
    let csv = overdue("csv");
    assert!(csv.contains(",2023-01-31,"), "{csv}");
    let json = overdue("json");
    assert!(json.contains("\"due\": \"2023-01-31\""), "{json}");
    // III.3 recurs every quarter: on 1 April the first quarter's round, due 31/03, is one day
    // overdue, and it is the one shown.
    let (_, shown, _) = run_plan(
        root.path(),
        &["--lang", "vi", "show", "III.3", "--as-of", "2023-04-01"],
    );
    assert!(
        shown.contains("31/03/2023 (kỳ 2023-Q1)")
            && shown.contains("quá hạn 1 ngày (tính đến 01/04/2023)"),
        "{shown}"
    );
    // How the deadline was read, in words and days of the language: I.1 is due in the first
    // quarter ("Quý 1/2023"), so by 31 March.
    let (_, shown, _) = run_plan(
        root.path(),
        &["--lang", "vi", "show", "I.1", "--as-of", "2023-04-01"],
    );
    assert!(
        shown.contains("Cách hiểu   có thời hạn: hết 2023-Q1, hạn 31/03/2023\n"),
        "{shown}"
    );
}

#[test]
fn the_manual_has_a_page_for_every_page_it_names() {
    let root = TempDir::new().unwrap();
    let (code, main_page, _) = run_plan(root.path(), &["man"]);
    assert_eq!(code, 0);
    let (code, out, err) = run_plan(root.path(), &["man", "--dir", "."]);
    assert_eq!(
        (code, out.as_str()),
        (0, "wrote the manual pages to `.`\n"),
        "{err}"
    );
    // The main page lists each command's page as `plan\-list(1)`.
    let named: Vec<String> = main_page
        .lines()
        .filter_map(|l| l.strip_suffix("(1)"))
        .map(|name| name.replace("\\-", "-"))
        .collect();
    assert!(named.len() > 10, "{main_page}");
    for name in named {
        let page = fs::read_to_string(root.path().join(format!("{name}.1"))).unwrap();
        assert!(page.contains(&name.replace('-', "\\-")), "{name}");
    }
}

#[test]
fn help_lists_the_global_options_apart() {
    let root = TempDir::new().unwrap();
    let (_, help, _) = run_plan(root.path(), &["list", "--help"]);
    let (own, global) = help.split_once("Global options:").unwrap();
    assert!(
        own.contains("--unit") && !own.contains("--plan-dir"),
        "{help}"
    );
    assert!(
        global.contains("--plan-dir") && global.contains("--lang") && !global.contains("--unit"),
        "{help}"
    );
}

fn completions(root: &TempDir, words: &[&str]) -> Vec<String> {
    common::bash_completions(root.path(), words)
}

#[test]
fn units_sections_ids_and_periods_complete_from_the_plan() {
    let root = common::shipped_plan();
    // plan.toml: Văn phòng, with the aliases VP and Văn phòng Sở; bash inserts them as they
    // are given, so each space is escaped.
    assert_eq!(
        completions(&root, &["plan", "list", "--unit", "V"]),
        ["Văn\\ phòng", "VP", "Văn\\ phòng\\ Sở"]
    );
    // Section IV holds IV.1 (with IV.1.a) to IV.5.
    assert_eq!(
        completions(&root, &["plan", "mark", "IV."]),
        ["IV.1", "IV.1.a", "IV.2", "IV.3", "IV.4", "IV.5"]
    );
    assert_eq!(
        completions(&root, &["plan", "overdue", "--section", "V"]),
        ["V", "VI", "VII"]
    );
    // III.3 and IV.5 recur every quarter of 2023.
    assert_eq!(
        completions(
            &root,
            &["plan", "mark", "III.3", "done", "--period", "2023-Q"]
        ),
        ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]
    );
}

#[test]
fn errors_and_their_help_are_said_in_vietnamese() {
    let root = common::shipped_plan();
    let before = fs::read_to_string(root.path().join("plan/I.toml")).unwrap();
    let unknown_task = "lỗi: kế hoạch không có nhiệm vụ `XX`\ngợi ý: `plan list` cho xem mọi nhiệm vụ và mã của từng nhiệm vụ\n";
    let before_the_year = "lỗi: --on 01/05/2022 rơi vào trước năm 2023 của kế hoạch, nên không có gì được ghi\ngợi ý: hãy kiểm tra lại ngày; nếu ngày đúng, hãy thêm `--force`\n";
    let unknown_status = "lỗi: giá trị 'finished' không hợp lệ cho '<STATUS>': không có trạng thái `finished`\ngợi ý: hãy dùng một trong các trạng thái `todo`, `doing`, `done`, `blocked`, `dropped`, hoặc viết bằng tiếng Việt: hoàn thành (xong), đang thực hiện (đang làm), vướng mắc, không thực hiện (hủy), chưa thực hiện (chưa làm)\n\nĐể biết thêm chi tiết, hãy xem '--help'.\n";
    let cases: [(&[&str], &str); 4] = [
        (&["show", "XX"], unknown_task),
        (
            &["overdue", "--unit", "TT", "--as-of", "2023-12-31"],
            "lỗi: `TT` có thể là một trong các đơn vị `Thanh tra`, `Trung tâm KH&CN`, `Tổ kiểm soát TTHC`, nên chưa chọn đơn vị nào\ngợi ý: hãy gõ tên đầy đủ hơn, ví dụ `--unit \"Thanh tra\"`\n",
        ),
        (&["mark", "I.1", "finished"], unknown_status),
        (
            &["mark", "I.1", "done", "--on", "2022-05-01"],
            before_the_year,
        ),
    ];
    for (args, expected) in cases {
        let args = [&["--lang", "vi"][..], args].concat();
        let (code, out, err) = run_plan(root.path(), &args);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (1, "", expected),
            "{args:?}"
        );
    }
    // A note on how a name was understood says so in Vietnamese too.
    let (code, _, err) = run_plan(
        root.path(),
        &["--lang", "vi", "list", "--unit", "VP", "--format", "csv"],
    );
    assert_eq!(
        (code, err.as_str()),
        (0, "ghi chú: `VP` được hiểu là đơn vị `Văn phòng`\n")
    );

    // `lang = "vi"` in plan.toml does the same without `--lang`, for a value the command line
    // refuses as for an error found later.
    let plan_toml = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&plan_toml)
        .unwrap()
        .replace("year = 2023\n", "year = 2023\nlang = \"vi\"\n");
    fs::write(&plan_toml, text).unwrap();
    for (args, expected) in [
        (&["show", "XX"][..], unknown_task),
        (&["mark", "I.1", "finished"], unknown_status),
        (
            &["mark", "I.1", "done", "--on", "2022-05-01"],
            before_the_year,
        ),
    ] {
        let (code, out, err) = run_plan(root.path(), args);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (1, "", expected),
            "{args:?}"
        );
    }
    let (_, _, err) = run_plan(root.path(), &["--lang", "en", "show", "XX"]);
    assert_eq!(
        err,
        "error: no task `XX` in the plan\nhelp: `plan list` shows every task and its id\n"
    );
    let after = fs::read_to_string(root.path().join("plan/I.toml")).unwrap();
    assert_eq!(before, after, "nothing was written");
}

#[test]
fn confirmations_are_said_in_vietnamese_too() {
    let root = TempDir::new().unwrap();
    let (code, out, err) = run_plan(
        root.path(),
        &["--lang", "vi", "init", "demo", "--year", "2024"],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "đã tạo `demo` cho năm 2024: plan.toml và 7 tệp nội dung\ntiếp theo: thêm các nhiệm vụ, rồi chạy `plan check`\n"
    );
}

#[test]
fn a_mistyped_command_line_is_explained_in_vietnamese() {
    let root = common::shipped_plan();
    let (code, out, err) = run_plan(root.path(), &["--lang", "vi", "list", "--formt", "json"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "lỗi: không có tham số '--formt'\n\n  gợi ý: có phải là '--format'?\n\nCách dùng: plan list --format <FORMAT>\n\nĐể biết thêm chi tiết, hãy xem '--help'.\n"
    );
    let (code, _, err) = run_plan(root.path(), &["--lang", "vi", "mark"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("lỗi: còn thiếu các tham số bắt buộc: <ID>, <STATUS>\n\nCách dùng: plan mark <ID> <STATUS>\n"),
        "{err}"
    );
    // In English, clap's own words.
    let (_, _, err) = run_plan(root.path(), &["list", "--formt", "json"]);
    assert!(
        err.starts_with("error: unexpected argument '--formt' found\n"),
        "{err}"
    );
}

#[test]
fn the_systems_commonest_errors_are_said_in_vietnamese() {
    let root = TempDir::new().unwrap();
    let (code, _, err) = run_plan(root.path(), &["--lang", "vi", "import", "nothere.csv"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "lỗi: không đọc được `nothere.csv`: không có tệp hoặc thư mục này\n"
        )
    );
    // In English, the system's own words.
    let (_, _, err) = run_plan(root.path(), &["import", "nothere.csv"]);
    assert!(
        err.starts_with("error: cannot read `nothere.csv`: No such file or directory"),
        "{err}"
    );
    // An answer that cannot be written out (a full disk) is told in the plan's language. (It is
    // short: written out when the command ends, not when the program's buffer fills.)
    let root = common::shipped_plan();
    let plan_toml = root.path().join("plan/plan.toml");
    let text = fs::read_to_string(&plan_toml).unwrap();
    fs::write(&plan_toml, format!("lang = \"vi\"\n{text}")).unwrap();
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("plan"))
        .current_dir(root.path())
        .env_remove("PLAN_LANG")
        .args(["show", "I.1"])
        .stdout(fs::File::options().write(true).open("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).as_ref()
        ),
        (Some(1), "lỗi: ổ đĩa đã đầy\n")
    );
}
