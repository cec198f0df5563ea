//! `plan import`: the seed's annex as the Word table it was printed from (and as a sheet and a
//! CSV) gives back the shipped plan; other layouts read alike in every format; bad files are
//! refused with a message and nothing written.
use super::common;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::run_plan;
use plan::load;
use plan::model::Plan;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn load_plan(dir: &Path) -> Plan {
    load::load(dir, Path::new("/"), true)
        .unwrap_or_else(|e| panic!("{}: {e:#}", dir.display()))
        .plan
}

/// Each unit's spellings (name and aliases), by canonical name.
fn spellings(plan: &Plan) -> HashMap<String, Vec<String>> {
    plan.units
        .iter()
        .map(|u| {
            let mut all = u.aliases.clone();
            all.push(u.name.clone());
            (u.name.clone(), all)
        })
        .collect()
}

#[test]
fn the_seed_annex_gives_back_the_shipped_plan_in_every_format() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shipped = load_plan(&root.join("plan"));
    let names = spellings(&shipped);
    for file in ["seed-annex.docx", "seed-annex.xlsx", "seed-annex.csv"] {
        let sandbox = tempfile::tempdir().unwrap();
        let source = fixture(file);
        let (code, stdout, stderr) = run_plan(
            sandbox.path(),
            &["import", source.to_str().unwrap(), "--into", "imported"],
        );
        assert_eq!(code, 0, "{file}: {stderr}");
        // The seed's header: "Nội dung" (the section, merged down), "Nhiệm vụ", "Cơ quan chủ
        // trì", "Cơ quan phối hợp", "Kinh phí dự kiến", "Thời gian hoàn thành".
        assert_eq!(
            stdout,
            "imported 37 tasks in 7 sections, 10 units into imported/\ncolumns read: section ← \"Nội dung\" (A), title ← \"Nhiệm vụ\" (B), lead ← \"Cơ quan chủ trì\" (C), support ← \"Cơ quan phối hợp\" (D), deadline ← \"Thời gian hoàn thành\" (F), budget ← \"Kinh phí dự kiến\" (E)\n",
            "{file}"
        );
        assert_eq!(stderr, "", "{file}");
        let imported = load_plan(&sandbox.path().join("imported"));
        assert_eq!(imported.year, 2023, "{file}");
        let sections = |p: &Plan| -> Vec<(String, String)> {
            p.sections
                .iter()
                .map(|s| (s.id.clone(), s.title.clone()))
                .collect()
        };
        assert_eq!(sections(&imported), sections(&shipped), "{file}");
        assert_eq!(imported.tasks.len(), shipped.tasks.len(), "{file}");
        for (got, want) in imported.tasks.iter().zip(shipped.tasks.iter()) {
            let at = format!("{file}: {}", want.id);
            assert_eq!(got.id, want.id, "{at}");
            assert_eq!(got.title, want.title, "{at}");
            assert_eq!(got.parent, want.parent, "{at}");
            assert_eq!(got.budget, want.budget, "{at}");
            assert_eq!(got.deadline_text, want.deadline_text, "{at}");
            assert_eq!(got.deadline, want.deadline, "{at}");
            for (got_units, want_units) in [(&got.lead, &want.lead), (&got.support, &want.support)]
            {
                assert_eq!(got_units.len(), want_units.len(), "{at}: {got_units:?}");
                for (g, w) in got_units.iter().zip(want_units.iter()) {
                    assert!(
                        names[&**w].iter().any(|s| **s == **g),
                        "{at}: `{g}` is not a spelling of `{w}`"
                    );
                }
            }
        }
        if file.ends_with(".docx") {
            assert_eq!(
                imported.title,
                "Kế hoạch triển khai các nhiệm vụ cải cách hành chính năm 2023"
            );
            assert_eq!(
                imported.document.as_deref(),
                Some("Kế hoạch số 12/KH-KHCN ngày 31 tháng 01 năm 2023")
            );
        }
        let collective = imported
            .units
            .iter()
            .find(|u| u.name == "Các phòng, đơn vị")
            .unwrap();
        assert!(collective.members.is_empty());
        let head = fs::read_to_string(sandbox.path().join("imported/plan.toml")).unwrap();
        assert!(
            head.contains("name = \"Các phòng, đơn vị\"\n# A collective unit"),
            "{head}"
        );
    }
}

/// The section files an import of `file` writes.
fn import_sections(file: &str) -> (tempfile::TempDir, Vec<(String, String)>) {
    let sandbox = tempfile::tempdir().unwrap();
    let source = fixture(file);
    let (code, _, stderr) = run_plan(
        sandbox.path(),
        &["import", source.to_str().unwrap(), "--into", "plan"],
    );
    assert_eq!(code, 0, "{file}: {stderr}");
    assert_eq!(stderr, "", "{file}");
    let mut files: Vec<(String, String)> = fs::read_dir(sandbox.path().join("plan"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name() != "plan.toml" && e.file_name() != ".gitignore")
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    (sandbox, files)
}

#[test]
fn parts_numbering_merges_and_two_row_headers_read_alike_in_every_format() {
    let (sandbox, docx) = import_sections("parts.docx");
    let (_, xlsx) = import_sections("parts.xlsx");
    let (_, csv) = import_sections("parts.csv");
    assert_eq!(docx, xlsx);
    assert_eq!(docx, csv);
    let plan = load_plan(&sandbox.path().join("plan"));
    assert_eq!(plan.year, 2025);
    assert_eq!(plan.organization.as_deref(), Some("UBND huyện Tân Biên"));
    let ids: Vec<&str> = plan.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "A.I.1",
            "A.I.2",
            "A.I.3",
            "A.II.1",
            "A.II.1.1",
            "A.II.1.2",
            "A.II.2",
            "A.II.2.a",
            "A.II.2.b",
            "A.II.2.b.1",
            "B.I.1",
            "B.I.2"
        ]
    );
    let task = |id: &str| plan.task(id).unwrap();
    // A lead merged down over two rows belongs to both.
    assert_eq!(&*task("A.I.3").lead[0], "Phòng Tư pháp");
    assert_eq!(
        task("A.I.3")
            .support
            .iter()
            .map(|s| &**s)
            .collect::<Vec<_>>(),
        ["Công an huyện", "Phòng Nội vụ"]
    );
    assert_eq!(task("A.I.1").budget, Some(20_000_000));
    assert_eq!(task("A.II.1.2").budget, Some(1_500_000_000));
    assert_eq!(task("B.I.1").budget, Some(150_000_000));
    assert_eq!(task("B.I.2").budget, Some(12_000_000));
    assert_eq!(task("A.I.3").funding.as_deref(), Some("Ngân sách huyện"));
    assert_eq!(
        task("A.I.1").product.as_deref(),
        Some("Báo cáo kết quả rà soát")
    );
    assert_eq!(
        task("A.II.1.2").note.as_deref(),
        Some("Nguồn vốn sự nghiệp")
    );
    assert_eq!(
        task("B.I.2")
            .support
            .iter()
            .map(|s| &**s)
            .collect::<Vec<_>>(),
        [
            "Sở Thông tin và Truyền thông",
            "Sở Văn hóa, Thể thao và Du lịch"
        ]
    );
    assert!(
        plan.tasks
            .iter()
            .all(|t| t.deadline_text.is_none() || t.deadline.is_some())
    );
    assert!(task("A.II.1").is_heading() && task("A.II.2").is_heading());
}

#[test]
fn show_and_list_carry_product_and_funding() {
    let (sandbox, _) = import_sections("parts.csv");
    let (code, stdout, _) = run_plan(sandbox.path(), &["show", "A.I.3", "--as-of", "2025-06-01"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Funding   Ngân sách huyện\n"), "{stdout}");
    assert!(
        stdout.contains("Product   Báo cáo 6 tháng, năm\n"),
        "{stdout}"
    );
    assert!(stdout.contains("due 2025-06-15"), "{stdout}");
    let (code, stdout, _) = run_plan(
        sandbox.path(),
        &[
            "list",
            "--format",
            "json",
            "--search",
            "A.I.1",
            "--as-of",
            "2025-06-01",
        ],
    );
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json[0]["product"], "Báo cáo kết quả rà soát");
    assert_eq!(json[0]["funding"], serde_json::Value::Null);
}

#[test]
fn a_dry_run_writes_nothing_and_json_lists_the_tasks() {
    let sandbox = tempfile::tempdir().unwrap();
    let source = fixture("parts.xlsx");
    let (code, stdout, stderr) = run_plan(
        sandbox.path(),
        &[
            "import",
            source.to_str().unwrap(),
            "--dry-run",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    // Then which column was read as what: the fixture's two-row header, "Cơ quan thực hiện"
    // over "Chủ trì" and "Phối hợp" (scripts/make_import_fixtures.py).
    assert_eq!(
        stderr,
        "would import 12 tasks in 3 sections, 14 units into plan/\ncolumns read: number ← \"TT\" (A), title ← \"Nhiệm vụ\" (B), lead ← \"Cơ quan thực hiện Chủ trì\" (C), support ← \"Cơ quan thực hiện Phối hợp\" (D), deadline ← \"Thời gian hoàn thành\" (E), budget ← \"Kinh phí\" (F), product ← \"Sản phẩm\" (G), note ← \"Ghi chú\" (H)\n"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 12);
    assert_eq!(json[0]["id"], "A.I.1");
    assert_eq!(json[0]["file"], "plan/A.I.toml");
    assert_eq!(json[0]["budget"], 20_000_000);
    assert_eq!(json[0]["kind"], "dated");
    assert_eq!(json[0]["due"], "2025-09-30");
    assert_eq!(json[3]["heading"], true);
    assert!(!sandbox.path().join("plan").exists());
    assert_eq!(fs::read_dir(sandbox.path()).unwrap().count(), 0);
}

#[test]
fn warnings_name_the_table_row_and_column() {
    let sandbox = tempfile::tempdir().unwrap();
    fs::write(
        sandbox.path().join("annex.csv"),
        "STT,Nội dung công việc,Đơn vị thực hiện,Thời gian thực hiện\n1,Rà soát,Sở Nội vụ,Sớm nhất có thể\n2,Báo cáo,,Quý II/2024\n",
    )
    .unwrap();
    let (code, stdout, stderr) = run_plan(sandbox.path(), &["import", "annex.csv"]);
    // A task without a lead is a finding of the self-check: nothing is written; what could not
    // be read is said first, then the finding with the columns as they were read.
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "warning: row 2: the tasks start before any section; they are put in a section of their own\n\
         warning: row 2, \"Thời gian thực hiện\": deadline `Sớm nhất có thể` fits no kind\n\
         error: `annex.csv` was not imported: what was read does not look like the annex\n  \
         - row 3, \"Đơn vị thực hiện\": task `I.2` names no lead unit\n\
         help: the columns were read as: number ← \"STT\" (A), title ← \"Nội dung công việc\" (B), lead ← \"Đơn vị thực hiện\" (C), deadline ← \"Thời gian thực hiện\" (D) (header on row 1); where the annex lacks something (a lead unit), fill it in the annex; otherwise say which column holds what with `--columns title=C,lead=D,…` (a letter or words of its header), or where the header is with `--header-row N`, and try with `--dry-run`\n"
    );
    assert!(!sandbox.path().join("plan").exists());
    // With the lead given, it imports, and says what it could not read.
    fs::write(
        sandbox.path().join("annex.csv"),
        "STT,Nội dung công việc,Đơn vị thực hiện,Thời gian thực hiện\n1,Rà soát,Sở Nội vụ,Sớm nhất có thể\n2,Báo cáo,Sở Nội vụ,Quý II/2024\n",
    )
    .unwrap();
    let (code, stdout, stderr) = run_plan(sandbox.path(), &["import", "annex.csv"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "imported 2 tasks in 1 section, 1 unit into plan/\ncolumns read: number ← \"STT\" (A), title ← \"Nội dung công việc\" (B), lead ← \"Đơn vị thực hiện\" (C), deadline ← \"Thời gian thực hiện\" (D)\n"
    );
    assert_eq!(
        stderr,
        "warning: row 2: the tasks start before any section; they are put in a section of their own\n\
         warning: row 2, \"Thời gian thực hiện\": deadline `Sớm nhất có thể` fits no kind\n\
         help: `plan --plan-dir plan check` shows each of these in its file\n"
    );
}

#[test]
fn bad_files_are_refused_with_a_message_and_nothing_written() {
    for (file, message) in [
        ("bad-empty.docx", "is empty"),
        ("bad-truncated.docx", "is damaged or truncated"),
        ("bad-old-word.doc", "is an old binary .doc file"),
        ("bad-password.docx", "is protected by a password"),
        ("bad-no-table.docx", "holds no table"),
        (
            "bad-no-task-column.docx",
            "headers seen: table 1: \"STT\", \"Họ và tên\", \"Chức vụ\"",
        ),
        ("bad-zip-bomb.docx", "would unpack to more than 64 MiB"),
        ("bad-windows-1258.csv", "is not UTF-8"),
    ] {
        let sandbox = tempfile::tempdir().unwrap();
        let source = fixture(file);
        let (code, stdout, stderr) = run_plan(
            sandbox.path(),
            &["import", source.to_str().unwrap(), "--into", "plan"],
        );
        assert_eq!(code, 1, "{file}: {stderr}");
        assert_eq!(stdout, "", "{file}");
        assert!(stderr.starts_with("error: `"), "{file}: {stderr}");
        assert!(stderr.contains(message), "{file}: {stderr}");
        assert!(stderr.contains("\nhelp: "), "{file}: {stderr}");
        assert_eq!(fs::read_dir(sandbox.path()).unwrap().count(), 0, "{file}");
    }
}

#[test]
fn an_existing_plan_is_never_overwritten() {
    let sandbox = tempfile::tempdir().unwrap();
    fs::create_dir(sandbox.path().join("plan")).unwrap();
    fs::write(sandbox.path().join("plan/plan.toml"), "title = \"x\"\n").unwrap();
    let source = fixture("parts.csv");
    let (code, _, stderr) = run_plan(sandbox.path(), &["import", source.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("`plan` already exists and is not empty"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(sandbox.path().join("plan/plan.toml")).unwrap(),
        "title = \"x\"\n"
    );
    let names: Vec<String> = fs::read_dir(sandbox.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["plan"]);
}

#[test]
fn with_lang_vi_errors_help_and_warnings_are_in_vietnamese() {
    for (file, from, extra, expected) in [
        (
            "rong.docx",
            "bad-empty.docx",
            None,
            "lỗi: `rong.docx` là tệp trống\n\
             gợi ý: hãy xuất lại phụ lục từ Word hoặc Excel\n",
        ),
        (
            "cu.doc",
            "bad-old-word.doc",
            None,
            "lỗi: `cu.doc` là tệp .doc nhị phân kiểu cũ, loại tệp mà `plan import` không đọc\n\
             gợi ý: hãy mở tệp bằng Word hoặc Excel (hoặc LibreOffice), lưu dưới dạng .docx, rồi nhập tệp đó\n",
        ),
        (
            "nhan-su.docx",
            "bad-no-task-column.docx",
            None,
            "lỗi: `nhan-su.docx` không có bảng nào có dòng tiêu đề ghi cột nhiệm vụ và cột đơn vị chủ trì \
             (các tiêu đề đã thấy: bảng 1 có các cột \"STT\", \"Họ và tên\", \"Chức vụ\")\n\
             gợi ý: dòng tiêu đề cần có cột nhiệm vụ (\"Nhiệm vụ\", \"Nội dung\") và cột đơn vị chủ trì \
             (\"Cơ quan chủ trì\", \"Đơn vị thực hiện\"); hãy chọn bảng khác bằng `--table N` hoặc `--sheet NAME`, hoặc chỉ rõ hàng tiêu đề và cột nào chứa gì bằng `--header-row N --columns title=B,lead=C`\n",
        ),
        (
            "phu-luc.docx",
            "parts.docx",
            Some(["--table", "3"]),
            "lỗi: `phu-luc.docx` chỉ có 1 bảng, nên không có bảng 3\n\
             gợi ý: `--table` đánh số bảng từ 1\n",
        ),
    ] {
        let sandbox = tempfile::tempdir().unwrap();
        fs::copy(fixture(from), sandbox.path().join(file)).unwrap();
        let mut args = vec!["--lang", "vi", "import", file, "--into", "plan"];
        args.extend(extra.iter().flatten());
        let (code, stdout, stderr) = run_plan(sandbox.path(), &args);
        assert_eq!(code, 1, "{file}: {stderr}");
        assert_eq!(stdout, "", "{file}");
        assert_eq!(stderr, expected, "{file}");
        assert!(!sandbox.path().join("plan").exists(), "{file}");
    }

    let sandbox = tempfile::tempdir().unwrap();
    fs::write(
        sandbox.path().join("annex.csv"),
        "STT,Nội dung công việc,Đơn vị thực hiện,Thời gian thực hiện\n1,Rà soát,Sở Nội vụ,Sớm nhất có thể\n2,Báo cáo,,Quý II/2024\n",
    )
    .unwrap();
    let (code, _, stderr) = run_plan(sandbox.path(), &["import", "annex.csv", "--lang", "vi"]);
    assert_eq!(code, 1, "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert_eq!(
        lines[0],
        "cảnh báo: dòng 2: các nhiệm vụ bắt đầu trước khi có nội dung nào; chúng được đưa vào một nội dung riêng"
    );
    // The deadline reader's own sentence, nested in the row's.
    assert_eq!(
        lines[1],
        "cảnh báo: dòng 2, cột \"Thời gian thực hiện\": không hiểu được thời hạn `Sớm nhất có thể`"
    );
    assert_eq!(
        lines[2],
        "lỗi: `annex.csv` không được nhập: những gì đọc được không giống phụ lục"
    );
    assert_eq!(
        lines[3],
        "  - dòng 3, cột \"Đơn vị thực hiện\": nhiệm vụ `I.2` không ghi đơn vị chủ trì"
    );
    assert!(lines[4].starts_with("gợi ý: các cột đã được đọc là: number ← \"STT\" (A)"));
}

#[test]
fn a_hidden_sheet_is_read_only_when_named() {
    let root = tempfile::TempDir::new().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheets = [
        ("Nháp", "Nhiệm vụ cũ, đã bỏ"),
        ("Phụ lục", "Xây dựng Kế hoạch CCHC năm 2023"),
    ];
    for (index, (name, task)) in sheets.into_iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (column, text) in ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
            .into_iter()
            .enumerate()
        {
            sheet.write_string(0, column as u16, text).unwrap();
        }
        for (column, text) in ["1", task, "Văn phòng", "Quý 1/2023"]
            .into_iter()
            .enumerate()
        {
            sheet.write_string(1, column as u16, text).unwrap();
        }
        // The first sheet is hidden (Excel keeps a hidden sheet's data; the office left it).
        if index == 0 {
            sheet.set_hidden(true);
        } else {
            sheet.set_active(true);
        }
    }
    book.save(root.path().join("annex.xlsx")).unwrap();
    let titles = |args: &[&str]| -> Vec<String> {
        let (tasks, _) = dry_run_tasks(root.path(), "annex.xlsx", args);
        tasks
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["title"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(titles(&[]), ["Xây dựng Kế hoạch CCHC năm 2023"]);
    assert_eq!(titles(&["--sheet", "Nháp"]), ["Nhiệm vụ cũ, đã bỏ"]);
}

#[test]
fn an_excel_date_shown_as_a_month_is_due_at_the_months_end() {
    let root = tempfile::TempDir::new().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (column, text) in ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
        .into_iter()
        .enumerate()
    {
        sheet.write_string(0, column as u16, text).unwrap();
    }
    sheet.write_string(1, 0, "I").unwrap();
    sheet.write_string(1, 1, "CẢI CÁCH THỂ CHẾ").unwrap();
    // Both hold 1 October 2023: one shown as "10/2023", one as "01/10/2023".
    let first_of_october = rust_xlsxwriter::ExcelDateTime::from_ymd(2023, 10, 1).unwrap();
    for (row, format) in [(2, "mm/yyyy"), (3, "dd/mm/yyyy")] {
        sheet.write_string(row, 0, (row - 1).to_string()).unwrap();
        sheet.write_string(row, 1, format!("Việc {row}")).unwrap();
        sheet.write_string(row, 2, "Văn phòng").unwrap();
        let shown = rust_xlsxwriter::Format::new().set_num_format(format);
        sheet
            .write_datetime_with_format(row, 3, &first_of_october, &shown)
            .unwrap();
    }
    book.save(root.path().join("annex.xlsx")).unwrap();
    let (tasks, _) = dry_run_tasks(root.path(), "annex.xlsx", &["--as-of", "2023-01-01"]);
    let read: Vec<(&str, &str)> = tasks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["deadline"].as_str().unwrap(), t["due"].as_str().unwrap()))
        .collect();
    assert_eq!(
        read,
        [("10/2023", "2023-10-31"), ("01/10/2023", "2023-10-01")]
    );
}

#[test]
fn an_amount_merged_over_three_tasks_is_counted_once() {
    let root = tempfile::TempDir::new().unwrap();
    let cell = |text: &str, merge: &str| {
        format!("<w:tc><w:tcPr>{merge}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
    };
    let row = |cells: Vec<String>| format!("<w:tr>{}</w:tr>", cells.concat());
    let mut rows = vec![
        row(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí (đồng)"]
            .map(|t| cell(t, ""))
            .to_vec()),
        row(vec![
            cell("I", ""),
            cell("TUYÊN TRUYỀN", ""),
            cell("", ""),
            cell("", ""),
        ]),
    ];
    // One amount, 30.000.000 đồng, in a cell merged down beside three tasks.
    for n in 1..=3 {
        let budget = match n {
            1 => cell("30.000.000", "<w:vMerge w:val=\"restart\"/>"),
            _ => cell("", "<w:vMerge/>"),
        };
        rows.push(row(vec![
            cell(&n.to_string(), ""),
            cell(&format!("Bài viết số {n}"), ""),
            cell("Văn phòng", ""),
            budget,
        ]));
    }
    common::docx(
        &root.path().join("annex.docx"),
        &format!("<w:tbl>{}</w:tbl>", rows.concat()),
    );
    let (tasks, err) = dry_run_tasks(root.path(), "annex.docx", &[]);
    let budgets: Vec<Option<u64>> = tasks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["budget"].as_u64())
        .collect();
    // The annex's total is 30.000.000, and so is the plan's.
    assert_eq!(budgets, [Some(30_000_000), None, None]);
    // Said once, at the second of the rows the cell covers.
    assert_eq!(
        err.matches("is one cell merged over several tasks").count(),
        1,
        "{err}"
    );
}

#[test]
fn an_amount_that_is_not_in_dong_is_kept_as_written_and_named() {
    let root = tempfile::TempDir::new().unwrap();
    std::fs::write(
        root.path().join("annex.csv"),
        "STT;Nhiệm vụ;Cơ quan chủ trì;Kinh phí\nI;THỂ CHẾ;;\n1;Một;Văn phòng;5.000 USD\n2;Hai;Văn phòng;-5 triệu\n3;Ba;Văn phòng;20.00.000\n4;Bốn;Văn phòng;20,5\n5;Năm;Văn phòng;20.500.000\n",
    )
    .unwrap();
    let (tasks, err) = dry_run_tasks(root.path(), "annex.csv", &[]);
    let read: Vec<(Option<u64>, Option<&str>)> = tasks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["budget"].as_u64(), t["funding"].as_str()))
        .collect();
    assert_eq!(
        read,
        [
            (None, Some("5.000 USD")),
            (None, Some("-5 triệu")),
            (None, Some("20.00.000")),
            (None, Some("20,5")),
            (Some(20_500_000), None),
        ]
    );
    for (row, said) in [
        (3, "is in USD, not đồng"),
        (4, "is negative"),
        (5, "is not a number as written"),
        (6, "is not a whole number of đồng"),
    ] {
        assert!(err.contains(&format!("row {row}: ")), "{err}");
        assert!(err.contains(said), "{err}");
    }
}

/// The tasks `plan import FILE --dry-run --format json ARGS` reads of `file` in `dir`, the
/// import having succeeded, and what it said on the error stream.
fn dry_run_tasks(dir: &Path, file: &str, args: &[&str]) -> (serde_json::Value, String) {
    let (code, out, err) = run_plan(
        dir,
        &[&["import", file, "--dry-run", "--format", "json"], args].concat(),
    );
    assert_eq!(code, 0, "{err}");
    (serde_json::from_str(&out).unwrap(), err)
}

/// Imports `annex.xlsx` in `root` as JSON: (section, id, title, lead, support) of each task
/// that is not a heading.
fn imported_tasks(root: &Path) -> Vec<(String, String, String, String, String)> {
    let (tasks, _) = dry_run_tasks(root, "annex.xlsx", &[]);
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::Array(names) => names
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect::<Vec<_>>()
            .join("; "),
        other => other.as_str().unwrap_or_default().to_string(),
    };
    tasks
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["heading"] == false)
        .map(|t| {
            (
                text(&t["section"]),
                text(&t["id"]),
                text(&t["title"]),
                text(&t["lead"]),
                text(&t["support"]),
            )
        })
        .collect()
}

#[test]
fn a_title_line_directly_above_the_header_is_not_part_of_it() {
    let root = tempfile::TempDir::new().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let plain = rust_xlsxwriter::Format::new();
    // The title merged across the table, with no blank row under it.
    sheet
        .merge_range(
            0,
            0,
            0,
            4,
            "PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
            &plain,
        )
        .unwrap();
    let header = [
        "STT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
    ];
    let mut rows: Vec<Vec<&str>> = vec![header.to_vec()];
    // Five sections of 3, 2, 2, 2 and 2 tasks: 11.
    let sections = [
        ("I", "CẢI CÁCH THỂ CHẾ", 3),
        ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 2),
        ("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 2),
        ("IV", "CẢI CÁCH CÔNG VỤ", 2),
        ("V", "CẢI CÁCH TÀI CHÍNH CÔNG", 2),
    ];
    let numbers = ["1", "2", "3"];
    let works = [
        "Rà soát văn bản",
        "Kiểm tra việc thực hiện",
        "Báo cáo kết quả",
    ];
    for (numeral, title, count) in sections {
        rows.push(vec![numeral, title, "", "", ""]);
        for (number, work) in numbers[..count].iter().zip(works) {
            rows.push(vec![number, work, "Văn phòng", "Thanh tra", "Quý 2/2024"]);
        }
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(r as u32 + 1, c as u16, *text).unwrap();
            }
        }
    }
    book.save(root.path().join("annex.xlsx")).unwrap();
    let tasks = imported_tasks(root.path());
    assert_eq!(tasks.len(), 11, "{tasks:#?}");
    let sections: std::collections::BTreeSet<&str> = tasks.iter().map(|t| t.0.as_str()).collect();
    assert_eq!(sections.len(), 5, "{tasks:#?}");
    assert_eq!(
        tasks[0],
        (
            "I".to_string(),
            "I.1".to_string(),
            "Rà soát văn bản".to_string(),
            "Văn phòng".to_string(),
            "Thanh tra".to_string()
        )
    );
    assert_eq!(tasks[10].1, "V.2");
}

#[test]
fn a_two_row_header_under_a_title_line_is_read_as_one_header() {
    let root = tempfile::TempDir::new().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let plain = rust_xlsxwriter::Format::new();
    sheet
        .merge_range(
            0,
            0,
            0,
            4,
            "PHỤ LỤC: KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
            &plain,
        )
        .unwrap();
    // "Cơ quan thực hiện" over "Chủ trì" and "Phối hợp"; the other headings merged down.
    sheet.merge_range(1, 0, 2, 0, "STT", &plain).unwrap();
    sheet
        .merge_range(1, 1, 2, 1, "Nội dung/Nhiệm vụ", &plain)
        .unwrap();
    sheet
        .merge_range(1, 2, 1, 3, "Cơ quan thực hiện", &plain)
        .unwrap();
    sheet.merge_range(1, 4, 2, 4, "Thời gian", &plain).unwrap();
    sheet.write_string(2, 2, "Chủ trì").unwrap();
    sheet.write_string(2, 3, "Phối hợp").unwrap();
    let rows = [
        ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
        [
            "1",
            "Rà soát văn bản quy phạm pháp luật",
            "Sở Tư pháp",
            "Các sở, ngành",
            "Quý 2/2024",
        ],
        [
            "2",
            "Kiểm tra công tác cải cách hành chính",
            "Sở Nội vụ",
            "Văn phòng UBND tỉnh",
            "Quý 3/2024",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(r as u32 + 3, c as u16, *text).unwrap();
            }
        }
    }
    book.save(root.path().join("annex.xlsx")).unwrap();
    let tasks = imported_tasks(root.path());
    let expected = [
        (
            "I",
            "I.1",
            "Rà soát văn bản quy phạm pháp luật",
            "Sở Tư pháp",
            "Các sở, ngành",
        ),
        (
            "I",
            "I.2",
            "Kiểm tra công tác cải cách hành chính",
            "Sở Nội vụ",
            "Văn phòng UBND tỉnh",
        ),
    ]
    .map(|(a, b, c, d, e)| {
        (
            a.to_string(),
            b.to_string(),
            c.to_string(),
            d.to_string(),
            e.to_string(),
        )
    });
    assert_eq!(tasks, expected);
    // Told that the header starts on the title line, the reader takes the title and the
    // upper row for the header; the lower row ("Chủ trì", "Phối hợp") is then read as a task:
    // the self-check says so, with the columns it read, and nothing is written.
    let (code, _, err) =
        common::run_plan(root.path(), &["import", "annex.xlsx", "--header-row", "1"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("was not imported"), "{err}");
    assert!(
        err.contains("row 3: a row of the header (\"Nội dung/Nhiệm vụ\") was read as a task"),
        "{err}"
    );
    assert!(err.contains("(header on row 1)"), "{err}");
    assert!(!root.path().join("plan").exists());
}

#[test]
fn a_column_of_long_text_read_as_nothing_stops_the_import_until_columns_says_what_it_is() {
    let root = tempfile::TempDir::new().unwrap();
    let detail = "Rà soát toàn bộ văn bản quy phạm pháp luật do Sở tham mưu ban hành";
    let mut text = String::from("STT;Nhiệm vụ;Cơ quan chủ trì;Diễn giải\nI;THỂ CHẾ;;\n");
    for n in 1..=3 {
        text.push_str(&format!("{n};Việc số {n};Văn phòng;{detail} (phần {n})\n"));
    }
    fs::write(root.path().join("annex.csv"), text).unwrap();
    // Column D ("Diễn giải") holds long text in every task row, and no field is read from it.
    let (code, out, err) = common::run_plan(root.path(), &["import", "annex.csv"]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(err.contains("was not imported"), "{err}");
    assert!(
        err.contains("the file, column D (\"Diễn giải\"): long text in 3 rows, read as nothing"),
        "{err}"
    );
    assert!(err.contains("--columns"), "{err}");
    assert!(!root.path().join("plan").exists());
    // Said to be the note, by its header's words, it imports with the text kept.
    let (tasks, err) = dry_run_tasks(root.path(), "annex.csv", &["--columns", "note=diễn giải"]);
    assert_eq!(tasks[0]["note"], format!("{detail} (phần 1)"));
    assert!(err.contains("note ← \"Diễn giải\" (D)"), "{err}");
}

#[test]
fn header_row_and_columns_read_a_header_the_reader_does_not_know() {
    let root = tempfile::TempDir::new().unwrap();
    // "Người làm" is no header word the reader knows for the lead.
    fs::write(
        root.path().join("annex.csv"),
        "Số;Công việc;Người làm;Hạn\nI;THỂ CHẾ;;\n1;Rà soát văn bản;Văn phòng;Quý 2/2024\n",
    )
    .unwrap();
    let (code, _, err) = common::run_plan(root.path(), &["import", "annex.csv", "--dry-run"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no table whose header names a task column and a lead column"),
        "{err}"
    );
    let (tasks, _) = dry_run_tasks(
        root.path(),
        "annex.csv",
        &[
            "--header-row",
            "1",
            "--columns",
            "number=A,title=B,lead=C,deadline=D",
        ],
    );
    let task = &tasks[0];
    assert_eq!(
        (&task["id"], &task["title"], &task["lead"][0], &task["due"]),
        (
            &serde_json::json!("I.1"),
            &serde_json::json!("Rà soát văn bản"),
            &serde_json::json!("Văn phòng"),
            &serde_json::json!("2024-06-30")
        )
    );
    // A column that is not there, and a field that does not exist, are named.
    let (code, _, err) = common::run_plan(
        root.path(),
        &[
            "import",
            "annex.csv",
            "--header-row",
            "1",
            "--columns",
            "title=Z9",
            "--dry-run",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("has no column `Z9`") && err.contains("A \"Số\""),
        "{err}"
    );
    let (code, _, err) = common::run_plan(
        root.path(),
        &["import", "annex.csv", "--columns", "tittle=B", "--dry-run"],
    );
    // A value refused is bad input, as a bad date is: exit 1.
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("unknown field `tittle`"), "{err}");
}

#[test]
fn a_name_column_beside_a_content_column_is_the_title_and_the_content_is_kept() {
    let root = tempfile::TempDir::new().unwrap();
    let import = |csv: &str, args: &[&str]| {
        fs::write(root.path().join("annex.csv"), csv).unwrap();
        let args = [
            &["import", "annex.csv", "--dry-run", "--format", "json"],
            args,
        ]
        .concat();
        common::run_plan(root.path(), &args)
    };
    let read = |out: &str| -> Vec<(String, String, String)> {
        let tasks: serde_json::Value = serde_json::from_str(out).unwrap();
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
        tasks
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (text(&t["id"]), text(&t["title"]), text(&t["detail"])))
            .collect()
    };
    let rows = |a: &str, b: &str| {
        format!("I;CẢI CÁCH THỂ CHẾ;;;;\n1;{a};Văn phòng;Quý 2/2024\n2;{b};Thanh tra;Quý 3/2024\n")
    };
    // "Tên nhiệm vụ" is the name, the title; "Nội dung thực hiện" (what is done, not who does
    // it) is kept as its detail. Neither changes seldom enough to be a section column.
    let (code, out, err) = import(
        &format!(
            "STT;Tên nhiệm vụ;Nội dung thực hiện;Cơ quan chủ trì;Thời gian hoàn thành\n{}",
            rows(
                "Rà soát văn bản;Rà soát toàn bộ văn bản do Sở tham mưu",
                "Báo cáo kết quả;Tổng hợp kết quả của các phòng"
            )
        ),
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let expected = [
        (
            "I.1",
            "Rà soát văn bản",
            "Rà soát toàn bộ văn bản do Sở tham mưu",
        ),
        ("I.2", "Báo cáo kết quả", "Tổng hợp kết quả của các phòng"),
    ]
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
    assert_eq!(read(&out), expected, "{err}");
    // "Văn bản giao nhiệm vụ" holds the documents that gave the tasks: not the title.
    let (code, out, err) = import(
        &format!(
            "STT;Văn bản giao nhiệm vụ;Tên nhiệm vụ;Cơ quan chủ trì;Thời gian hoàn thành\n{}",
            rows(
                "Nghị quyết số 12/NQ-CP;Rà soát văn bản",
                "Quyết định số 45/QĐ-UBND;Báo cáo kết quả"
            )
        ),
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let titles: Vec<String> = read(&out).into_iter().map(|t| t.1).collect();
    assert_eq!(titles, ["Rà soát văn bản", "Báo cáo kết quả"], "{err}");
    // Three columns that name the task: the documents are the note, the name the title, the
    // content the detail; nothing is dropped.
    let (code, out, err) = import(
        "STT;Văn bản giao nhiệm vụ;Tên nhiệm vụ;Nội dung thực hiện;Cơ quan chủ trì;Thời gian hoàn thành\nI;THỂ CHẾ;;;;\n1;Nghị quyết số 12/NQ-CP;Rà soát văn bản;Rà soát toàn bộ văn bản;Văn phòng;Quý 2/2024\n",
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let task = &serde_json::from_str::<serde_json::Value>(&out).unwrap()[0];
    assert_eq!(
        (&task["title"], &task["detail"], &task["note"]),
        (
            &"Rà soát văn bản".into(),
            &"Rà soát toàn bộ văn bản".into(),
            &"Nghị quyết số 12/NQ-CP".into()
        )
    );
    // Three columns that name the task, none of documents: the third is named, not dropped.
    let (code, _, err) = import(
        "STT;Tên nhiệm vụ;Nội dung thực hiện;Giải pháp thực hiện;Cơ quan chủ trì;Thời gian hoàn thành\nI;THỂ CHẾ;;;;\n1;Rà soát văn bản;Rà soát toàn bộ văn bản;Phân công từng phòng rà soát;Văn phòng;Quý 2/2024\n",
        &[],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("its header names the task, but nothing was read from it"),
        "{err}"
    );
}

#[test]
fn roles_written_after_the_units_in_one_column_are_read() {
    let root = tempfile::TempDir::new().unwrap();
    fs::write(
        root.path().join("annex.csv"),
        "STT;Nhiệm vụ;Cơ quan thực hiện;Thời gian hoàn thành\nI;THỂ CHẾ;;\n1;Rà soát văn bản;\"- Sở Nội vụ (chủ trì);\n- Sở Tài chính (phối hợp)\";Quý 2/2024\n",
    )
    .unwrap();
    let (tasks, _) = dry_run_tasks(root.path(), "annex.csv", &[]);
    assert_eq!(
        (&tasks[0]["lead"], &tasks[0]["support"]),
        (
            &serde_json::json!(["Sở Nội vụ"]),
            &serde_json::json!(["Sở Tài chính"])
        )
    );
}

#[test]
fn headers_as_offices_write_them_and_columns_said_plainly() {
    let root = tempfile::TempDir::new().unwrap();
    let mapping = |csv: &str, args: &[&str]| -> (i32, String) {
        fs::write(root.path().join("annex.csv"), csv).unwrap();
        let args = [&["import", "annex.csv", "--dry-run"][..], args].concat();
        let (code, out, err) = common::run_plan(root.path(), &args);
        (code, format!("{out}{err}"))
    };
    let row = "1;Rà soát văn bản;Văn phòng;Thanh tra;Quý 2/2024\n";
    // "Tên đơn vị chủ trì" names the lead, though it starts with "Tên".
    let (code, said) = mapping(
        &format!("STT;Nội dung;Tên đơn vị chủ trì;Đơn vị phối hợp;Thời gian\nI;A;;;\n{row}"),
        &[],
    );
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("lead ← \"Tên đơn vị chủ trì\" (C)"), "{said}");
    // Of two unit columns, the one that says "chủ trì" leads.
    let (code, said) = mapping(
        &format!(
            "STT;Tên văn bản;Cơ quan ban hành;Cơ quan chủ trì soạn thảo;Thời gian\nI;A;;;\n{row}"
        ),
        &[],
    );
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("lead ← \"Cơ quan chủ trì soạn thảo\" (D)"),
        "{said}"
    );
    // A "Lĩnh vực" column stays the section beside a name and a content column.
    let (code, said) = mapping(
        "STT;Lĩnh vực;Tên nhiệm vụ;Nội dung thực hiện;Đơn vị chủ trì;Thời gian\n1;Thể chế;Rà soát;Rà soát các văn bản;Văn phòng;Quý 2/2024\n2;Thủ tục;Công bố;Công bố thủ tục mới;Thanh tra;Quý 3/2024\n",
        &[],
    );
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("in 2 sections"), "{said}");
    assert!(said.contains("section ← \"Lĩnh vực\" (B)"), "{said}");
    let csv = format!("STT;Nhiệm vụ;Đơn vị chủ trì;Đơn vị phối hợp;Thời gian\nI;A;;;\n{row}");
    // One column for two fields, words in two headers, a column past the table's end: each said.
    let (code, said) = mapping(&csv, &["--columns", "title=B,lead=B"]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("reads column B as both `title` and `lead`"),
        "{said}"
    );
    let (code, said) = mapping(&csv, &["--columns", "lead=đơn vị"]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("`đơn vị` is in the headers of columns C, D"),
        "{said}"
    );
    let (code, said) = mapping(&csv, &["--columns", "note=AA"]);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("has no column `AA`"), "{said}");
    // A header written "STT" is that column, not columns S…T.
    let (code, said) = mapping(&csv, &["--columns", "number=STT"]);
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("number ← \"STT\" (A)"), "{said}");
}

#[test]
fn an_annex_on_a_hidden_sheet_only_is_named_with_the_way_to_read_it() {
    let root = tempfile::TempDir::new().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let cover = book.add_worksheet();
    cover.set_name("Bìa").unwrap();
    cover.write_string(0, 0, "Kế hoạch năm 2024").unwrap();
    cover.set_active(true);
    let annex = book.add_worksheet();
    annex.set_name("PL").unwrap();
    for (column, text) in ["STT", "Nhiệm vụ", "Cơ quan chủ trì"]
        .into_iter()
        .enumerate()
    {
        annex.write_string(0, column as u16, text).unwrap();
        annex
            .write_string(
                1,
                column as u16,
                ["1", "Rà soát văn bản", "Văn phòng"][column],
            )
            .unwrap();
    }
    annex.set_hidden(true);
    book.save(root.path().join("annex.xlsx")).unwrap();
    let (code, _, err) = common::run_plan(root.path(), &["import", "annex.xlsx", "--dry-run"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("has its table of tasks on the hidden sheet `PL` only")
            && err.contains("--sheet \"PL\""),
        "{err}"
    );
}

/// A total row is no task, a task whose title merely starts like one ("Công khai …") is, and
/// the signature under a sheet's table ends it: the signer's name is no unit of the plan.
#[test]
fn totals_and_the_signature_under_a_table_are_no_tasks() {
    let root = tempfile::TempDir::new().unwrap();
    fs::write(
        root.path().join("annex.csv"),
        "STT,Nhiệm vụ,Cơ quan chủ trì,Kinh phí,Thời gian\nI,CẢI CÁCH THỂ CHẾ,,,\n1,Rà soát văn bản,Văn phòng,10.000.000,Quý 2/2025\n2,Công khai kết quả rà soát,Thanh tra,,Quý 3/2025\n,Tổng cộng,,10.000.000,\n,Cộng:,,10.000.000,\n,,KT. GIÁM ĐỐC,,\n,,PHÓ GIÁM ĐỐC,,\n,,Nguyễn Văn A,,\n",
    )
    .unwrap();
    let (tasks, _) = dry_run_tasks(root.path(), "annex.csv", &["--year", "2025"]);
    let read: Vec<(&str, &str, String)> = tasks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["id"].as_str().unwrap(),
                t["title"].as_str().unwrap(),
                t["lead"].to_string(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("I.1", "Rà soát văn bản", "[\"Văn phòng\"]".to_string()),
            (
                "I.2",
                "Công khai kết quả rà soát",
                "[\"Thanh tra\"]".to_string()
            )
        ]
    );
}

/// Tasks numbered after their section ("2.1" in section II) are its own 1, 2 …; rows numbered
/// under a number no row has, many of them, mean the structure was not read as the annex has
/// it: the import stops and says so.
#[test]
fn numbers_under_the_section_or_under_nothing() {
    let root = tempfile::TempDir::new().unwrap();
    let import = |csv: &str| {
        fs::write(root.path().join("annex.csv"), csv).unwrap();
        common::run_plan(
            root.path(),
            &[
                "--lang",
                "en",
                "import",
                "annex.csv",
                "--year",
                "2025",
                "--dry-run",
                "--format",
                "json",
            ],
        )
    };
    let (code, out, err) = import(
        "STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian\nI,CẢI CÁCH THỂ CHẾ,,\n1.1,Rà soát văn bản,Văn phòng,Quý 2/2025\n1.2,Kiểm tra văn bản,Thanh tra,Quý 3/2025\nII,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,\n2.1,Công bố thủ tục,Văn phòng,Quý 2/2025\n2.1.1,Niêm yết thủ tục,Văn phòng,Quý 2/2025\n2.2,Số hóa hồ sơ,Văn phòng,Năm 2025\n",
    );
    assert_eq!(code, 0, "{err}");
    let ids: Vec<String> = serde_json::from_str::<serde_json::Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["I.1", "I.2", "II.1", "II.1.1", "II.2"]);
    let (code, _, err) = import(
        "STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian\nI,CẢI CÁCH THỂ CHẾ,,\n3.1,Rà soát văn bản,Văn phòng,Quý 2/2025\n3.2,Kiểm tra văn bản,Thanh tra,Quý 3/2025\n4.1,Công bố thủ tục,Văn phòng,Quý 2/2025\n4.2,Số hóa hồ sơ,Văn phòng,Năm 2025\n",
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("row 3 and 3 more rows are numbered under a number no row above them has"),
        "{err}"
    );
}

/// Section rows that cannot be told from tasks (a unit on each, in ordinary case) leave every
/// section's numbers printed again in one: the import stops and says the sections may be read
/// wrong, never writes a plan of duplicated numbers.
#[test]
fn numbers_printed_again_and_again_stop_the_import() {
    let root = tempfile::TempDir::new().unwrap();
    let mut csv = String::from("STT,Nội dung,Đơn vị chủ trì,Thời gian\n");
    for (numeral, area) in [
        ("I", "Cải cách thể chế"),
        ("II", "Cải cách thủ tục"),
        ("III", "Cải cách công vụ"),
    ] {
        csv.push_str(&format!("{numeral},{area},Văn phòng,Năm 2025\n"));
        for n in 1..=2 {
            csv.push_str(&format!("{n},Việc {n} của {area},Thanh tra,Quý 2/2025\n"));
        }
    }
    fs::write(root.path().join("annex.csv"), csv).unwrap();
    let (code, _, err) = common::run_plan(
        root.path(),
        &["--lang", "en", "import", "annex.csv", "--year", "2025"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(
            "have a number printed before in their section: the sections may be read wrong"
        ),
        "{err}"
    );
    assert!(!root.path().join("plan").exists());
}

/// An OpenDocument sheet's date cells read as the office sees them: a month shown as "06/2025"
/// is June (due at its end), not the first day its value holds.
#[test]
fn an_ods_date_cell_reads_as_it_is_shown() {
    let sandbox = tempfile::tempdir().unwrap();
    let cell = |text: &str| {
        format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
        )
    };
    let date = |value: &str, shown: &str| {
        format!(
            "<table:table-cell office:value-type=\"date\" office:date-value=\"{value}\"><text:p>{shown}</text:p></table:table-cell>"
        )
    };
    let row = |cells: Vec<String>| format!("<table:table-row>{}</table:table-row>", cells.concat());
    let rows = [
        row(vec![
            cell("STT"),
            cell("Nhiệm vụ"),
            cell("Chủ trì"),
            cell("Thời hạn"),
        ]),
        row(vec![cell("I"), cell("Cải cách thể chế")]),
        row(vec![
            cell("1"),
            cell("Rà soát văn bản"),
            cell("Văn phòng"),
            date("2025-06-01", "06/2025"),
        ]),
        row(vec![
            cell("2"),
            cell("Báo cáo thi hành pháp luật"),
            cell("Văn phòng"),
            date("2025-09-15", "15/09/2025"),
        ]),
    ];
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Phụ lục\">{}</table:table></office:spreadsheet></office:body></office:document-content>",
        rows.concat()
    );
    let file = sandbox.path().join("dates.ods");
    common::zipped(
        &file,
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet".to_vec(),
            ),
            (
                "META-INF/manifest.xml",
                b"<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"
                    .to_vec(),
            ),
            ("content.xml", content.into_bytes()),
        ],
    );
    let (json, _) = dry_run_tasks(sandbox.path(), "dates.ods", &["--year", "2025"]);
    assert_eq!(json[0]["deadline"], "06/2025");
    assert_eq!(json[0]["due"], "2025-06-30");
    assert_eq!(json[1]["deadline"], "15/09/2025");
    assert_eq!(json[1]["due"], "2025-09-15");
}
