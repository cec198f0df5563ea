//! Small crafted files that claim huge tables: each is refused with a message, in bounded time
//! and memory. Every case runs the real binary under `ulimit -v` 1 GiB (address space; the
//! files once took 7–8 GB, or aborted allocating 512 GB), and is stopped if it runs for more
//! than a minute; docs/safety.md lists the limits and what each case measured.
use super::common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{docx, zipped};

/// `plan import FILE --dry-run` under a 1 GiB address-space limit: its exit code, what it
/// said (stdout then stderr), and how long it took.
fn import_bounded(file: &Path) -> (Option<i32>, String, Duration) {
    let binary = assert_cmd::cargo::cargo_bin("plan");
    let dir = file.parent().unwrap();
    let started = Instant::now();
    // What it says goes to a file, so that a full pipe cannot stop it.
    let mut child = Command::new("bash")
        .arg("-c")
        .arg("ulimit -v 1048576 && exec \"$0\" import \"$1\" --into out --dry-run >said 2>&1")
        .arg(&binary)
        .arg(file)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("PLAN_LANG")
        .spawn()
        .unwrap();
    let limit = Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("{}: still running after {limit:?}", file.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let said = std::fs::read_to_string(dir.join("said")).unwrap_or_default();
    (status.code(), said, started.elapsed())
}

/// Asserts the import was refused (exit 1, not killed) with a message holding `said`.
fn refused(file: &Path, said: &str) {
    let (code, stderr, _) = import_bounded(file);
    assert_eq!(code, Some(1), "{}: {stderr}", file.display());
    assert!(stderr.contains(said), "{}: {stderr}", file.display());
    assert!(!file.parent().unwrap().join("out").exists());
}

fn dir() -> (tempfile::TempDir, PathBuf) {
    let root = tempfile::TempDir::new().unwrap();
    let path = root.path().to_path_buf();
    (root, path)
}

#[test]
fn a_word_row_of_twenty_thousand_cells_over_twenty_thousand_rows() {
    let (_root, dir) = dir();
    let wide = format!("<w:tr>{}</w:tr>", "<w:tc/>".repeat(20_000));
    let rows = "<w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>".repeat(20_000);
    let file = dir.join("wide.docx");
    docx(&file, &format!("<w:tbl>{wide}{rows}</w:tbl>"));
    refused(&file, "20001 rows of 20000 columns");
}

#[test]
fn a_long_word_cell_merged_down_over_thousands_of_rows() {
    let (_root, dir) = dir();
    let long = "Nhiệm vụ ".repeat(200_000);
    let first = format!(
        "<w:tr><w:tc><w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Chủ trì</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>{long}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Văn phòng</w:t></w:r></w:p></w:tc></w:tr>"
    );
    let merged = "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>Văn phòng</w:t></w:r></w:p></w:tc></w:tr>".repeat(3_000);
    let file = dir.join("merged.docx");
    docx(&file, &format!("<w:tbl>{first}{merged}</w:tbl>"));
    refused(&file, "MiB of text once its merged cells are filled in");
}

#[test]
fn a_csv_line_of_forty_five_thousand_separators() {
    let (_root, dir) = dir();
    let mut text = ",".repeat(45_000);
    text.push_str("x\n");
    text.push_str(&"a\n".repeat(45_000));
    let file = dir.join("wide.csv");
    std::fs::write(&file, text).unwrap();
    refused(&file, "45001 rows of 45001 columns");
}

#[test]
fn a_workbook_with_a_cell_in_the_last_column_of_the_last_row() {
    let (_root, dir) = dir();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Nhiệm vụ").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    let file = dir.join("far.xlsx");
    book.save(&file).unwrap();
    refused(&file, "1048576 rows of 16384 columns");
}

#[test]
fn a_spreadsheet_of_two_million_repeated_rows() {
    let (_root, dir) = dir();
    let content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Phụ lục\"><table:table-row table:number-rows-repeated=\"2000000\"><table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"3\"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    let file = dir.join("repeated.ods");
    zipped(
        &file,
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet".to_vec(),
            ),
            ("META-INF/manifest.xml", manifest.as_bytes().to_vec()),
            ("content.xml", content.as_bytes().to_vec()),
        ],
    );
    refused(&file, "rows of 3 columns");
}

#[test]
fn a_zip_of_twenty_thousand_entries() {
    let (_root, dir) = dir();
    let entries: Vec<(String, Vec<u8>)> = (0..20_000)
        .map(|i| (format!("word/part{i}.xml"), vec![b' '; 64]))
        .collect();
    let borrowed: Vec<(&str, Vec<u8>)> = entries
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.clone()))
        .collect();
    let file = dir.join("many.docx");
    zipped(&file, &borrowed);
    refused(&file, "holds 20000 files");
}

#[test]
fn an_annex_within_the_bounds_still_imports() {
    // A real-sized table: a thousand tasks in seven columns, well inside every bound.
    let (_root, dir) = dir();
    let mut text = String::from(
        "STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian hoàn thành;Kinh phí;Ghi chú\nI;CẢI CÁCH THỂ CHẾ;;;;;\n",
    );
    for n in 1..=1000 {
        text.push_str(&format!(
            "{n};Nhiệm vụ số {n};Văn phòng;Thanh tra;Quý 2/2023;;\n"
        ));
    }
    let file = dir.join("annex.csv");
    std::fs::write(&file, text).unwrap();
    let (code, stderr, _) = import_bounded(&file);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("would import 1000 tasks in 1 section"),
        "{stderr}"
    );
}

#[test]
fn a_csv_line_ending_in_millions_of_separators_holds_only_its_cells() {
    let (_root, dir) = dir();
    let mut text =
        String::from("STT;Nhiệm vụ;Cơ quan chủ trì\nI;THỂ CHẾ;\n1;Rà soát văn bản;Văn phòng");
    text.push_str(&";".repeat(30_000_000));
    text.push('\n');
    let file = dir.join("long.csv");
    std::fs::write(&file, text).unwrap();
    let (code, said, _) = import_bounded(&file);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("would import 1 task in 1 section"), "{said}");
}
