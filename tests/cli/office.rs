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
