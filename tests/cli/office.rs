//! The office's loop (`../shared/spec/office-loop.md`): evidence on entries and the list of it,
//! asking the divisions in Excel, collecting their answers, reminding them. Expected values
//! are worked out from the shipped plan and the marks made here.
use super::common;

use common::{git_identity, ok, run_plan};

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;
use tempfile::TempDir;

/// The shipped plan in a git repository (`plan/`), with `evidence/2023/kh-12.pdf` beside it.
fn repository() -> TempDir {
    let root = common::shipped_plan();
    let status = git_identity(
        Command::new("git")
            .current_dir(root.path())
            .args(["init", "-q"]),
    )
    .status()
    .unwrap();
    assert!(status.success());
    fs::create_dir_all(root.path().join("evidence/2023")).unwrap();
    fs::write(root.path().join("evidence/2023/kh-12.pdf"), "%PDF-1.4").unwrap();
    root
}

fn mark(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--lang", "en", "mark"];
    all.extend(args);
    run_plan(dir, &all)
}

#[test]
fn an_entry_names_its_document_and_a_file_inside_the_repository() {
    let root = repository();
    let dir = root.path();
    let (code, out, err) = mark(
        dir,
        &[
            "I.1",
            "done",
            "--on",
            "2023-04-05",
            "--doc",
            "Kế hoạch số 12/KH-KHCN ngày 31/01/2023",
            "--doc-by",
            "Sở KH&CN",
            "--file",
            "evidence/2023/kh-12.pdf",
        ],
    );
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "I.1: done on 2023-04-05 (plan/I.toml)\n", "")
    );
    let section = fs::read_to_string(dir.join("plan/I.toml")).unwrap();
    assert!(section.contains(
        "deadline = \"Quý 1/ 2023\"\n\n[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\ndoc = \"Kế hoạch số 12/KH-KHCN ngày 31/01/2023\"\ndoc_by = \"Sở KH&CN\"\nfile = \"evidence/2023/kh-12.pdf\"\n"
    ), "{section}");
    // From inside the plan directory the path is still taken from the repository's top.
    let inside = dir.join("plan");
    let (code, _, err) = mark(
        &inside,
        &[
            "I.3",
            "done",
            "--on",
            "2023-05-05",
            "--file",
            "../evidence/2023/kh-12.pdf",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::read_to_string(dir.join("plan/I.toml"))
            .unwrap()
            .contains("date = 2023-05-05\nstatus = \"done\"\nfile = \"evidence/2023/kh-12.pdf\"\n")
    );
    // `show` gives the evidence with the entry.
    let shown = ok(dir, &["--lang", "en", "show", "I.1"]);
    assert!(
        shown.contains("done  [evidence: Kế hoạch số 12/KH-KHCN ngày 31/01/2023 (Sở KH&CN)]  [file: evidence/2023/kh-12.pdf]"),
        "{shown}"
    );
    // A file outside the repository, or none at all, is refused and nothing is written.
    let before = fs::read(dir.join("plan/I.toml")).unwrap();
    let outside = TempDir::new().unwrap();
    fs::write(outside.path().join("x.pdf"), "x").unwrap();
    let elsewhere = outside.path().join("x.pdf");
    for (file, said) in [
        (elsewhere.to_str().unwrap(), "is outside the repository"),
        ("evidence/none.pdf", "`evidence/none.pdf` is not a file"),
        ("evidence/2023", "`evidence/2023` is not a file"),
    ] {
        let (code, _, err) = mark(dir, &["I.4", "done", "--on", "2023-05-05", "--file", file]);
        assert_eq!(code, 1, "{file}");
        assert!(err.contains(said), "{file}: {err}");
        assert_eq!(fs::read(dir.join("plan/I.toml")).unwrap(), before);
    }
    // `check` warns of a file gone, with the entry's line, and still passes.
    fs::remove_file(dir.join("evidence/2023/kh-12.pdf")).unwrap();
    let (code, out, err) = run_plan(dir, &["--lang", "en", "check"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("ok: "));
    assert!(
        err.contains("warning: plan/I.toml:11: the evidence file `evidence/2023/kh-12.pdf` of `I.1` is not in the repository"),
        "{err}"
    );
}

#[test]
fn a_file_key_pointing_outside_the_repository_is_an_error() {
    for file in ["../secret.pdf", "/etc/passwd", "evidence/../../x.pdf", ""] {
        let root = common::shipped_plan();
        let path = root.path().join("plan/I.toml");
        let text = fs::read_to_string(&path).unwrap().replace(
            "deadline = \"Quý 1/ 2023\"\n",
            &format!("deadline = \"Quý 1/ 2023\"\n\n[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\nfile = \"{file}\"\n"),
        );
        fs::write(&path, text).unwrap();
        let (code, _, err) = run_plan(root.path(), &["--lang", "en", "check"]);
        assert_eq!(code, 1, "{file}");
        assert!(
            err.contains("`file` is a path inside the repository"),
            "{file}: {err}"
        );
    }
}

/// A repository with the marks of the evidence tests: I.1 done late with its document and
/// file, I.3 done with a file only, IV.5's first quarter done with a document, III.5.a (a
/// continuous task) under way with no document, I.2.a done without one.
fn with_evidence() -> TempDir {
    let root = repository();
    let dir = root.path();
    for args in [
        &[
            "I.1",
            "done",
            "--on",
            "2023-04-05",
            "--doc",
            "Kế hoạch số 12/KH-KHCN ngày 31/01/2023",
            "--doc-by",
            "Sở KH&CN",
            "--file",
            "evidence/2023/kh-12.pdf",
        ][..],
        &[
            "I.3",
            "done",
            "--on",
            "2023-05-05",
            "--file",
            "evidence/2023/kh-12.pdf",
        ],
        &[
            "IV.5",
            "done",
            "--on",
            "2023-03-10",
            "--period",
            "2023-Q1",
            "--doc",
            "Báo cáo số 30/BC-KHCN ngày 10/03/2023",
        ],
        &[
            "III.5.a",
            "doing",
            "--on",
            "2023-05-10",
            "--note",
            "Đã giải quyết 12 hồ sơ đúng hạn",
        ],
        &["I.2.a", "done", "--on", "2023-06-01"],
    ] {
        let (code, _, err) = mark(dir, args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    root
}

#[test]
fn the_evidence_of_a_period_lists_what_was_done_and_flags_what_has_no_document() {
    let root = with_evidence();
    let dir = root.path();
    // The year (15/12/2022–14/12/2023): all five, in plan order; two without a document.
    let year: Value =
        serde_json::from_str(&ok(dir, &["evidence", "--year", "--format", "json"])).unwrap();
    let ids: Vec<(&str, bool)> = year
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["id"].as_str().unwrap(), i["missing"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        ids,
        [
            ("I.1", false),
            ("I.2.a", true),
            ("I.3", false),
            ("III.5.a", true),
            ("IV.5", false)
        ]
    );
    let first = &year[0];
    assert_eq!(first["date"], "2023-04-05");
    assert_eq!(first["status"], "done");
    assert_eq!(
        first["docs"],
        serde_json::json!([{"doc": "Kế hoạch số 12/KH-KHCN ngày 31/01/2023", "doc_by": "Sở KH&CN", "file": "evidence/2023/kh-12.pdf"}])
    );
    assert_eq!(year[4]["period"], "2023-Q1");
    assert_eq!(year[3]["status"], "doing");
    // The first quarter (15/12/2022–14/03/2023): IV.5's round alone.
    let q1: Value = serde_json::from_str(&ok(
        dir,
        &["evidence", "--quarter", "1", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(q1.as_array().unwrap().len(), 1);
    assert_eq!(q1[0]["id"], "IV.5");
    // One unit: Tổ Kiểm tra Công vụ leads IV.5 only.
    let unit: Value = serde_json::from_str(&ok(
        dir,
        &[
            "evidence",
            "--year",
            "--unit",
            "Tổ Kiểm tra Công vụ",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(unit.as_array().unwrap().len(), 1);
    // The table says how many have none; CSV and Markdown hold the same rows.
    let table = ok(dir, &["evidence", "--year", "--format", "markdown"]);
    assert!(table.contains("| III | III.5.a |  | "), "{table}");
    assert!(table.contains("| chưa có tài liệu kiểm chứng |"), "{table}");
    assert!(
        table.ends_with("\n5 việc đã hoàn thành hoặc có kết quả trong năm 2023, 2 chưa có tài liệu kiểm chứng.\n"),
        "{table}"
    );
    let csv = ok(dir, &["evidence", "--year", "--format", "csv"]);
    assert!(csv.contains("IV,IV.5,quý I/2023,"), "{csv}");
    // The report cites the documents of the items it counts done.
    let q2 = ok(dir, &["report", "--quarter", "2"]);
    assert!(
        q2.contains("Ghi chú: tài liệu kiểm chứng: Kế hoạch số 12/KH-KHCN ngày 31/01/2023 (Sở KH&CN); tệp evidence/2023/kh-12.pdf."),
        "{q2}"
    );
}

#[test]
fn the_evidence_list_in_word_and_excel() {
    use calamine::{Reader, Xlsx, open_workbook};
    let root = with_evidence();
    let dir = root.path();
    let (code, _, err) = run_plan(
        dir,
        &["--lang", "en", "evidence", "--year", "--format", "docx"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("add `-o kiem-chung.docx`"), "{err}");
    let out = TempDir::new().unwrap();
    let docx = out.path().join("kiem-chung.docx");
    let xlsx = out.path().join("kiem-chung.xlsx");
    ok(
        dir,
        &[
            "evidence",
            "--year",
            "--format",
            "docx",
            "-o",
            docx.to_str().unwrap(),
        ],
    );
    ok(
        dir,
        &[
            "evidence",
            "--year",
            "--format",
            "xlsx",
            "-o",
            xlsx.to_str().unwrap(),
        ],
    );
    let mut workbook: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let sheet = workbook.worksheet_range("Kiểm chứng").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][0], "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    // The header, then the five items.
    let header = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "Nội dung"))
        .unwrap();
    assert_eq!(rows.len() - header - 1, 5);
    assert_eq!(rows[header + 2][7], "chưa có tài liệu kiểm chứng");
    if let Some(pages) = super::report_docx::pages_in_libreoffice(&docx) {
        let text = pages.join("\n");
        assert!(text.contains("DANH MỤC"), "{text}");
        assert!(
            text.contains("Tài liệu kiểm chứng kết quả thực hiện công tác cải cách"),
            "{text}"
        );
        assert!(text.contains("5 việc đã hoàn thành hoặc có"), "{text}");
        assert!(text.contains("05/04/2023"), "{text}");
    }
}

/// Cells a division fills, by reference (`J6`).
type Cells<'a> = Vec<(&'a str, Typed<'a>)>;

/// A value a division types into a cell.
enum Typed<'a> {
    Text(&'a str),
    Number(f64),
}

/// `from` with `cells` (such as `J6`) of its first sheet filled as a spreadsheet program saves
/// them, written to `to`: what a division sends back.
fn fill(from: &Path, to: &Path, cells: &[(&str, Typed)]) {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(fs::File::open(from).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(fs::File::create(to).unwrap());
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut text = Vec::new();
        entry.read_to_end(&mut text).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::from_utf8(text).unwrap();
            for (reference, value) in cells {
                let open = format!("<c r=\"{reference}\"");
                let start = xml
                    .find(&open)
                    .unwrap_or_else(|| panic!("no cell {reference}"));
                let tag_end = start + xml[start..].find('>').unwrap();
                let end = if xml[..tag_end].ends_with('/') {
                    tag_end + 1
                } else {
                    tag_end + xml[tag_end..].find("</c>").unwrap() + 4
                };
                let attributes = &xml[start + open.len()..tag_end].trim_end_matches('/');
                let style: String = attributes
                    .split_whitespace()
                    .filter(|a| a.starts_with("s="))
                    .collect();
                let cell = match value {
                    Typed::Text(text) => format!(
                        "<c r=\"{reference}\" {style} t=\"inlineStr\"><is><t>{text}</t></is></c>"
                    ),
                    Typed::Number(n) => format!("<c r=\"{reference}\" {style}><v>{n}</v></c>"),
                };
                xml.replace_range(start..end, &cell);
            }
            text = xml.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&text).unwrap();
    }
    out.finish().unwrap();
}

/// `path` with the cells `range` (such as `A6:A7`) of its first sheet merged.
fn merge_cells(path: &Path, range: &str) {
    use std::io::{Read, Write};
    let bytes = fs::read(path).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(fs::File::create(path).unwrap());
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut text = Vec::new();
        entry.read_to_end(&mut text).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let xml = String::from_utf8(text).unwrap();
            let merge =
                format!("<mergeCells count=\"1\"><mergeCell ref=\"{range}\"/></mergeCells>");
            text = xml
                .replacen("<dataValidations", &format!("{merge}<dataValidations"), 1)
                .into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&text).unwrap();
    }
    out.finish().unwrap();
}

/// The sheets for the shipped plan as of 30/06/2023 in `out/` (a directory beside the plan).
fn asked(dir: &Path) -> String {
    fs::create_dir_all(dir.join("out")).unwrap();
    ok(
        dir,
        &["--lang", "en", "ask", "--as-of", "2023-06-30", "-o", "out"],
    )
}

#[test]
fn the_divisions_are_asked_what_they_owe_in_a_sheet_each() {
    let root = repository();
    let dir = root.path();
    // As of 30/06: Văn phòng owes I.1 and III.3's first quarter (overdue since 31/03) and
    // I.2.a, I.2.b and III.3's second quarter (due 30/06); Thanh tra II.2–II.4 (overdue since
    // 31/01); Tổ Kiểm tra Công vụ IV.5's first and second quarters. I.2.c (the collective's,
    // due 31/10) is beyond 30 days; the rest is due 31/12 or continuous.
    assert_eq!(
        asked(dir),
        "Văn phòng: 5 items in `out/van-phong.xlsx`\nThanh tra: 3 items in `out/thanh-tra.xlsx`\nTổ Kiểm tra Công vụ: 2 items in `out/to-kiem-tra-cong-vu.xlsx`\n"
    );
    use calamine::{Reader, Xlsx, open_workbook};
    let path = dir.join("out/van-phong.xlsx");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let sheet = book.worksheet_range("Cập nhật").unwrap();
    let cell = |r: u32, c: u32| {
        sheet
            .get_value((r, c))
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    assert_eq!(cell(1, 0), "Đơn vị: Văn phòng");
    assert!(
        cell(3, 0).contains("Số liệu đến ngày 30/06/2023"),
        "{}",
        cell(3, 0)
    );
    assert!(
        cell(3, 0).contains("trước ngày 07/07/2023"),
        "{}",
        cell(3, 0)
    );
    let rows: Vec<(String, String)> = (5..10).map(|r| (cell(r, 0), cell(r, 1))).collect();
    assert_eq!(
        rows,
        [
            ("I.1", ""),
            ("I.2.a", ""),
            ("I.2.b", ""),
            ("III.3", "2023-Q1"),
            ("III.3", "2023-Q2")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(cell(5, 6), "91"); // I.1: 91 days overdue on 30/06.
    // The id columns are locked, the status is chosen from a list, and what the sheet was made
    // from is kept in a hidden sheet.
    let mut archive = zip::ZipArchive::new(fs::File::open(&path).unwrap()).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    let data = read("xl/worksheets/sheet1.xml");
    assert!(data.contains("<sheetProtection"), "{data}");
    assert!(data.contains("<dataValidation type=\"list\""), "{data}");
    assert!(data.contains("Hoàn thành"), "{data}");
    assert!(read("xl/workbook.xml").contains("state=\"hidden\""));
}

#[test]
fn filled_sheets_are_collected_once_each_answer_and_a_second_time_add_nothing() {
    let root = repository();
    let dir = root.path();
    asked(dir);
    let office = dir.join("out");
    // Văn phòng: I.1 done on 05/04 (an Excel date) with its document; I.2.a under way (no
    // date: the day the sheet was made); III.3's first quarter done on 05/04 (a date as
    // text). Thanh tra: II.2 blocked on 20/06 with why.
    fill(
        &office.join("van-phong.xlsx"),
        &office.join("vp.xlsx"),
        &[
            ("J6", Typed::Text("Hoàn thành")),
            ("K6", Typed::Number(45021.0)),
            ("L6", Typed::Text("Đã ban hành")),
            ("M6", Typed::Text("Kế hoạch số 12/KH-KHCN ngày 31/01/2023")),
            ("J7", Typed::Text("Đang thực hiện")),
            ("J9", Typed::Text("hoàn thành")),
            ("K9", Typed::Text("05/04/2023")),
        ],
    );
    fill(
        &office.join("thanh-tra.xlsx"),
        &office.join("tt.xlsx"),
        &[
            ("J6", Typed::Text("Vướng mắc")),
            ("K6", Typed::Number(45097.0)),
            ("L6", Typed::Text("Chờ hướng dẫn của Sở Tư pháp")),
        ],
    );
    let before_iv = fs::read(dir.join("plan/IV.toml")).unwrap();
    let said = ok(
        dir,
        &[
            "--lang",
            "en",
            "collect",
            "out/vp.xlsx",
            "out/tt.xlsx",
            "--dry-run",
        ],
    );
    assert!(said.ends_with("collected 4 entries from 2 sheets (0 already there, 0 refused) (dry run: nothing written)\n"), "{said}");
    assert!(
        said.contains("would add: III.3 done on 2023-04-05 (for 2023-Q1)\n"),
        "{said}"
    );
    assert_eq!(
        fs::read_to_string(dir.join("plan/I.toml")).unwrap(),
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("plan/I.toml")).unwrap()
    );
    let said = ok(
        dir,
        &["--lang", "en", "collect", "out/vp.xlsx", "out/tt.xlsx"],
    );
    assert_eq!(
        said,
        "collected 4 entries from 2 sheets (0 already there, 0 refused)\n"
    );
    let section = fs::read_to_string(dir.join("plan/I.toml")).unwrap();
    assert_eq!(section.matches("[[task.progress]]").count(), 2, "{section}");
    assert!(section.contains("[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\nnote = \"Đã ban hành\"\ndoc = \"Kế hoạch số 12/KH-KHCN ngày 31/01/2023\"\n"), "{section}");
    assert!(
        section.contains("[[task.progress]]\ndate = 2023-06-30\nstatus = \"doing\"\n"),
        "{section}"
    );
    let third = fs::read_to_string(dir.join("plan/III.toml")).unwrap();
    assert!(
        third.contains(
            "[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\nperiod = \"2023-Q1\"\n"
        ),
        "{third}"
    );
    let second = fs::read_to_string(dir.join("plan/II.toml")).unwrap();
    assert!(second.contains("[[task.progress]]\ndate = 2023-06-20\nstatus = \"blocked\"\nnote = \"Chờ hướng dẫn của Sở Tư pháp\"\n"), "{second}");
    assert_eq!(fs::read(dir.join("plan/IV.toml")).unwrap(), before_iv);
    // Again, and the same sheet twice in one run: nothing more.
    let said = ok(
        dir,
        &[
            "--lang",
            "en",
            "collect",
            "out/vp.xlsx",
            "out/tt.xlsx",
            "out/vp.xlsx",
        ],
    );
    assert_eq!(
        said,
        "collected 0 entries from 3 sheets (4 already there, 0 refused)\n"
    );
    assert_eq!(
        fs::read_to_string(dir.join("plan/I.toml")).unwrap(),
        section
    );
    let (code, _, _) = run_plan(dir, &["check"]);
    assert_eq!(code, 0);
}

#[test]
fn a_sheet_that_cannot_be_collected_is_refused_whole_with_its_place() {
    let root = repository();
    let dir = root.path();
    asked(dir);
    let office = dir.join("out");
    let vp = office.join("van-phong.xlsx");
    let plan_files: Vec<Vec<u8>> = ["I", "II", "III", "IV"]
        .iter()
        .map(|s| fs::read(dir.join(format!("plan/{s}.toml"))).unwrap())
        .collect();
    let cases: Vec<(&str, Cells, &str)> = vec![
        (
            "id.xlsx",
            vec![
                ("A6", Typed::Text("I.4")),
                ("J6", Typed::Text("Hoàn thành")),
            ],
            "row 6, column A (Mã nhiệm vụ): this row was made for `I.1`, and its id or period was changed to `I.4`",
        ),
        (
            "word.xlsx",
            vec![("J6", Typed::Text("xongg"))],
            "row 6, column J (Trạng thái): unknown status `xongg`",
        ),
        (
            "day.xlsx",
            vec![
                ("J6", Typed::Text("Hoàn thành")),
                ("K6", Typed::Text("15/4")),
            ],
            "row 6, column K (Ngày): `15/4` is not a whole date",
        ),
        (
            "future.xlsx",
            vec![
                ("J6", Typed::Text("Hoàn thành")),
                ("K6", Typed::Text("05/04/2031")),
            ],
            "row 6, column K (Ngày): 2031-04-05 is outside the plan's years or in the future",
        ),
        (
            "nostatus.xlsx",
            vec![("L6", Typed::Text("Đã xong"))],
            "row 6, column J (Trạng thái): this row has an answer but no status",
        ),
        (
            "noid.xlsx",
            vec![("A6", Typed::Text("")), ("J6", Typed::Text("Hoàn thành"))],
            "row 6, column A (Mã nhiệm vụ): this row has an answer but no task id",
        ),
    ];
    for (name, mut cells, said) in cases {
        // Each bad row beside a good one: nothing of the sheet is collected.
        cells.push(("J7", Typed::Text("Đang thực hiện")));
        let path = office.join(name);
        fill(&vp, &path, &cells);
        let (code, out, err) = run_plan(dir, &["--lang", "en", "collect", path.to_str().unwrap()]);
        assert_eq!(code, 1, "{name}: {out}{err}");
        assert!(err.contains("nothing was collected"), "{name}: {err}");
        assert!(
            err.contains(&format!("out/{name}: sheet `Cập nhật`, {said}")) || err.contains(said),
            "{name}: {err}"
        );
        for (file, before) in ["I", "II", "III", "IV"].iter().zip(&plan_files) {
            assert_eq!(
                &fs::read(dir.join(format!("plan/{file}.toml"))).unwrap(),
                before,
                "{name}"
            );
        }
    }
    // The id cells of two rows merged, as a division might to tidy the sheet: the second row
    // has no id of its own.
    let merged = office.join("merged.xlsx");
    fill(
        &vp,
        &merged,
        &[
            ("A7", Typed::Text("")),
            ("J6", Typed::Text("Hoàn thành")),
            ("J7", Typed::Text("Hoàn thành")),
        ],
    );
    merge_cells(&merged, "A6:A7");
    let (code, _, err) = run_plan(dir, &["--lang", "en", "collect", "out/merged.xlsx"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("row 7, column A (Mã nhiệm vụ): this cell is merged with the one before it"),
        "{err}"
    );
    // Two sheets answering one item differently on one day.
    fill(
        &vp,
        &office.join("a.xlsx"),
        &[
            ("J6", Typed::Text("Hoàn thành")),
            ("K6", Typed::Text("05/04/2023")),
        ],
    );
    fill(
        &vp,
        &office.join("b.xlsx"),
        &[
            ("J6", Typed::Text("Vướng mắc")),
            ("K6", Typed::Text("05/04/2023")),
        ],
    );
    let (code, _, err) = run_plan(
        dir,
        &["--lang", "en", "collect", "out/a.xlsx", "out/b.xlsx"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "`I.1` is answered differently here and at out/a.xlsx: sheet `Cập nhật`, row 6"
        ),
        "{err}"
    );
    // A sheet made from another plan (or another year).
    let other = TempDir::new().unwrap();
    fs::create_dir(other.path().join("plan")).unwrap();
    for entry in fs::read_dir(dir.join("plan")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(
            &path,
            other.path().join("plan").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    let toml = other.path().join("plan/plan.toml");
    let text = fs::read_to_string(&toml)
        .unwrap()
        .replace("year = 2023", "year = 2024")
        .replace("năm 2023\"", "năm 2024\"");
    fs::write(&toml, text).unwrap();
    fs::create_dir(other.path().join("out")).unwrap();
    ok(
        other.path(),
        &[
            "ask",
            "--as-of",
            "2024-06-30",
            "--unit",
            "Văn phòng",
            "-o",
            "out/vp.xlsx",
        ],
    );
    fill(
        &other.path().join("out/vp.xlsx"),
        &office.join("other.xlsx"),
        &[("J6", Typed::Text("Hoàn thành"))],
    );
    let (code, _, err) = run_plan(dir, &["--lang", "en", "collect", "out/other.xlsx"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the sheet was made from another plan"),
        "{err}"
    );
    // Not a workbook `collect` reads, or no header.
    fs::write(office.join("old.xls"), b"\xd0\xcf\x11\xe0").unwrap();
    let (code, _, err) = run_plan(dir, &["--lang", "en", "collect", "out/old.xls"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("is not a workbook `plan collect` reads (.xlsx or .ods)"),
        "{err}"
    );
    // A small file whose one far cell claims seventeen billion: refused, not laid out.
    let mut far = rust_xlsxwriter::Workbook::new();
    let sheet = far.add_worksheet();
    sheet.write_string(0, 0, "Mã nhiệm vụ").unwrap();
    sheet.write_string(0, 1, "Trạng thái").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    far.save(office.join("far.xlsx")).unwrap();
    let (code, _, err) = run_plan(dir, &["--lang", "en", "collect", "out/far.xlsx"]);
    assert_eq!(code, 1);
    assert!(err.contains("far larger than an annex"), "{err}");
    let mut empty = rust_xlsxwriter::Workbook::new();
    empty.add_worksheet();
    empty.save(office.join("empty.xlsx")).unwrap();
    let (code, _, err) = run_plan(dir, &["--lang", "en", "collect", "out/empty.xlsx"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("has no sheet with the columns `Mã nhiệm vụ` and `Trạng thái`"),
        "{err}"
    );
}

#[test]
fn a_sheet_saved_again_by_libreoffice_as_ods_is_collected_too() {
    let root = repository();
    let dir = root.path();
    asked(dir);
    let office = dir.join("out");
    fill(
        &office.join("to-kiem-tra-cong-vu.xlsx"),
        &office.join("tkt.xlsx"),
        &[
            ("J6", Typed::Text("Hoàn thành")),
            ("K6", Typed::Text("28/03/2023")),
        ],
    );
    // LibreOffice opens the sheet (no macros) and saves it as .ods, as a division might.
    if !common::libreoffice_convert("ods", &office, &[&office.join("tkt.xlsx")]) {
        return;
    }
    if !office.join("tkt.ods").exists() {
        // LibreOffice without Calc (its spreadsheet part) cannot load a workbook.
        eprintln!("skipped: LibreOffice Calc is not installed");
        return;
    }
    let said = ok(dir, &["--lang", "en", "collect", "out/tkt.ods"]);
    assert_eq!(
        said,
        "collected 1 entries from 1 sheets (0 already there, 0 refused)\n"
    );
    let fourth = fs::read_to_string(dir.join("plan/IV.toml")).unwrap();
    assert!(
        fourth.contains(
            "[[task.progress]]\ndate = 2023-03-28\nstatus = \"done\"\nperiod = \"2023-Q1\"\n"
        ),
        "{fourth}"
    );
}

#[test]
fn each_unit_is_reminded_of_what_falls_due_in_seven_three_and_one_days_and_what_is_overdue() {
    let root = common::shipped_plan();
    let dir = root.path();
    // 23/06/2023: I.2.a, I.2.b, III.3's and IV.5's second quarters fall due on 30/06, in 7 days;
    // I.1, III.3's and IV.5's first quarters are 84 days overdue (since 31/03), II.2–II.4 143
    // (since 31/01). Titles longer than 70 characters are cut at a word.
    let text = ok(dir, &["remind", "--as-of", "2023-06-23"]);
    assert_eq!(
        text,
        "Văn phòng\n\
- I.1 Xây dựng Kế hoạch CCHC năm 2023: hạn 31/03/2023, quá hạn 84 ngày\n\
- I.2.a Xây dựng 01 video hướng dẫn, hỗ trợ người dân thực hiện nộp hồ sơ…: hạn 30/06/2023, còn 7 ngày\n\
- I.2.b Xây dựng tin, bài, ấn phẩm, sản phẩm truyền thông về cải cách hành…: hạn 30/06/2023, còn 7 ngày\n\
- III.3 (kỳ quý I/2023) Báo cáo công tác kiểm soát thủ tục hành chính, triển khai cơ chế một…: hạn 31/03/2023, quá hạn 84 ngày\n\
- III.3 (kỳ quý II/2023) Báo cáo công tác kiểm soát thủ tục hành chính, triển khai cơ chế một…: hạn 30/06/2023, còn 7 ngày\n\
\n\
Thanh tra\n\
- II.2 Xây dựng và triển khai thực hiện Kế hoạch tự kiểm tra, rà soát, xử lý…: hạn 31/01/2023, quá hạn 143 ngày\n\
- II.3 Xây dựng và triển khai thực hiện Kế hoạch theo dõi tình hình thi hành…: hạn 31/01/2023, quá hạn 143 ngày\n\
- II.4 Xây dựng và triển khai thực hiện Kế hoạch công tác Phổ biến giáo dục…: hạn 31/01/2023, quá hạn 143 ngày\n\
\n\
Tổ Kiểm tra Công vụ\n\
- IV.5 (kỳ quý I/2023) Thường xuyên kiểm tra công vụ; nâng cao trách nhiệm, kỷ luật, kỷ…: hạn 31/03/2023, quá hạn 84 ngày\n\
- IV.5 (kỳ quý II/2023) Thường xuyên kiểm tra công vụ; nâng cao trách nhiệm, kỷ luật, kỷ…: hạn 30/06/2023, còn 7 ngày\n"
    );
    // Five days before: nothing falls due in exactly 7, 3 or 1 days; the overdue remain.
    let json: Value = serde_json::from_str(&ok(
        dir,
        &[
            "remind",
            "--as-of",
            "2023-06-25",
            "--format",
            "json",
            "--unit",
            "Văn phòng",
        ],
    ))
    .unwrap();
    let items: Vec<(&str, &Value, &Value)> = json[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap(),
                &i["days_left"],
                &i["days_overdue"],
            )
        })
        .collect();
    assert_eq!(
        items,
        [
            ("I.1", &Value::Null, &Value::from(86)),
            ("III.3", &Value::Null, &Value::from(86))
        ]
    );
    // --days chooses the days: 5 left now.
    let five = ok(
        dir,
        &[
            "remind",
            "--as-of",
            "2023-06-25",
            "--days",
            "5",
            "--unit",
            "Tổ Kiểm tra Công vụ",
        ],
    );
    assert!(five.contains("hạn 30/06/2023, còn 5 ngày"), "{five}");
    // Nothing to remind of is said in a sentence.
    let (code, out, _) = run_plan(
        dir,
        &[
            "--lang",
            "en",
            "remind",
            "--as-of",
            "2023-06-23",
            "--unit",
            "Chi cục TĐC",
        ],
    );
    assert_eq!(
        (code, out.as_str()),
        (0, "nothing to remind of on 2023-06-23\n")
    );
}

#[test]
fn the_reminder_letter_goes_to_the_units_with_overdue_items() {
    let root = common::shipped_plan();
    let dir = root.path();
    let out = TempDir::new().unwrap();
    let docx = out.path().join("don-doc.docx");
    ok(
        dir,
        &[
            "remind",
            "--as-of",
            "2023-06-30",
            "--format",
            "docx",
            "-o",
            docx.to_str().unwrap(),
        ],
    );
    let mut archive = zip::ZipArchive::new(fs::File::open(&docx).unwrap()).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    for said in [
        "V/v đôn đốc thực hiện nhiệm vụ cải cách hành chính",
        "Kính gửi: Văn phòng; Thanh tra; Tổ Kiểm tra Công vụ.",
        "Thực hiện Kế hoạch số 12/KH-KHCN ngày 31/01/2023 về triển khai các nhiệm vụ cải cách hành chính năm 2023, đến ngày 30/06/2023",
        "Số: …/KHCN-VP",
    ] {
        assert!(xml.contains(said), "{said}");
    }
    // The second quarter's items, due that very day, are not overdue: not in the letter.
    assert!(!xml.contains("kỳ quý II/2023"));
    if let Some(pages) = super::report_docx::pages_in_libreoffice(&docx) {
        let text = pages.join("\n");
        assert!(text.contains("V/v đôn đốc"), "{text}");
        assert!(text.contains("Nơi nhận:"), "{text}");
    }
}

#[test]
fn collect_commits_only_the_files_it_changed() {
    let root = repository();
    let dir = root.path();
    let git = |args: &[&str]| {
        let output = git_identity(Command::new("git").current_dir(dir).args(args))
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    git(&["add", "plan"]);
    git(&["commit", "--quiet", "--message", "plan"]);
    // The Tổ's sheet filled and saved again by LibreOffice, kept with the tests.
    let sheet = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/office/to-kiem-tra-cong-vu.xlsx");
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("plan"));
    let output = git_identity(
        command
            .current_dir(dir)
            .args(["--lang", "en", "collect", "--commit"])
            .arg(&sheet),
    )
    .output()
    .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "collected 2 entries from 1 sheets (0 already there, 0 refused)\n"
    );
    assert_eq!(
        git(&["log", "-1", "--format=%s"]),
        "plan collect: 2 entries from to-kiem-tra-cong-vu.xlsx\n"
    );
    assert_eq!(git(&["show", "--name-only", "--format="]), "plan/IV.toml\n");
    assert_eq!(git(&["status", "--porcelain", "plan"]), "");
}

#[test]
fn a_divisions_own_sheet_with_the_same_headers_is_collected() {
    let root = repository();
    let dir = root.path();
    // A sheet a division made itself, starting at column B, with a title above the header.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Báo cáo").unwrap();
    sheet
        .write_string(0, 1, "Báo cáo tiến độ của Văn phòng")
        .unwrap();
    for (column, header) in [
        "Mã nhiệm vụ",
        "Kỳ",
        "trạng thái",
        "Ngày",
        "Ghi chú / Kết quả",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(2, 1 + column as u16, *header).unwrap();
    }
    for (row, cells) in [
        ["I.3", "", "xong", "10/05/2023", "Đã kiểm tra 5 phòng"],
        ["III.3", "2023-Q2", "dang lam", "12/06/2023", ""],
    ]
    .iter()
    .enumerate()
    {
        for (column, text) in cells.iter().enumerate() {
            sheet
                .write_string(3 + row as u32, 1 + column as u16, *text)
                .unwrap();
        }
    }
    book.save(dir.join("vp-tu-lam.xlsx")).unwrap();
    let said = ok(dir, &["--lang", "en", "collect", "vp-tu-lam.xlsx"]);
    assert_eq!(
        said,
        "collected 2 entries from 1 sheets (0 already there, 0 refused)\n"
    );
    let third = fs::read_to_string(dir.join("plan/III.toml")).unwrap();
    assert!(
        third.contains("date = 2023-06-12\nstatus = \"doing\"\nperiod = \"2023-Q2\"\n"),
        "{third}"
    );
    // Without the sheet `plan ask` makes, a row needs its own date; the column is the sheet's.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (column, header) in ["Mã nhiệm vụ", "Trạng thái", "Ngày"].iter().enumerate() {
        sheet.write_string(0, 1 + column as u16, *header).unwrap();
    }
    sheet.write_string(1, 1, "I.4").unwrap();
    sheet.write_string(1, 2, "Hoàn thành").unwrap();
    book.save(dir.join("no-day.xlsx")).unwrap();
    let (code, _, err) = run_plan(dir, &["--lang", "en", "collect", "no-day.xlsx"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no-day.xlsx: sheet `Sheet1`, row 2, column D (Ngày): this row has no date"),
        "{err}"
    );
}
