//! The Word draft of the report: read back from the file and checked against Nghị định
//! 30/2020's layout and the report's parts.
use super::common;

use common::ok;

use std::fs;
use std::io::{Read, Write};
use std::path::Path;

/// The parts of the file that matter here.
struct Docx {
    document: String,
    headers: Vec<String>,
}

fn read(path: &Path) -> Docx {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut text = |name: &str| {
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let document = text("word/document.xml");
    let headers = vec![text("word/header1.xml"), text("word/header2.xml")];
    Docx { document, headers }
}

/// The text of each paragraph, in order (runs joined).
fn paragraphs(xml: &str) -> Vec<String> {
    xml.split("</w:p>")
        .map(|paragraph| {
            let mut text = String::new();
            let mut rest = paragraph;
            while let Some(start) = rest.find("<w:t") {
                let after = &rest[start..];
                // `<w:t>` or `<w:t xml:space="preserve">`, not `<w:tbl>` or `<w:tc>`.
                let open = after.find('>').unwrap();
                let tag = &after[..open];
                if tag == "<w:t" || tag.starts_with("<w:t ") {
                    let end = after.find("</w:t>").unwrap();
                    text.push_str(&after[open + 1..end]);
                    rest = &after[end..];
                } else {
                    rest = &after[open..];
                }
            }
            text
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// The values of `attribute` in every `<tag …>` of `xml`.
fn values<'a>(xml: &'a str, tag: &str, attribute: &str) -> Vec<&'a str> {
    xml.match_indices(&format!("<{tag} "))
        .filter_map(|(at, _)| {
            let element = &xml[at..at + xml[at..].find('>').unwrap()];
            let key = format!("{attribute}=\"");
            let start = element.find(&key)? + key.len();
            Some(&element[start..start + element[start..].find('"').unwrap()])
        })
        .collect()
}

#[test]
fn the_word_draft_follows_decree_30_and_holds_the_five_parts() {
    let root = common::shipped_plan();
    let plan_toml = root.path().join("plan/plan.toml");
    let original = fs::read_to_string(&plan_toml).unwrap();
    fs::write(
        &plan_toml,
        original.replace(
            "year = 2023\n",
            "year = 2023\nreport_recipients = [\"Sở Nội vụ\", \"Lãnh đạo Sở\", \"Lưu: VT, VP\"]\nreport_signer = \"KT. Giám đốc\\nPhó Giám đốc\"\n",
        ),
    )
    .unwrap();
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
            "II.3",
            "blocked",
            "--on",
            "2023-02-20",
            "--note",
            "Chờ hướng dẫn của Sở Tư pháp",
        ],
    ] {
        ok(root.path(), args);
    }
    ok(
        root.path(),
        &[
            "report",
            "--quarter",
            "2",
            "--format",
            "docx",
            "-o",
            "bao-cao.docx",
        ],
    );
    let docx = read(&root.path().join("bao-cao.docx"));
    let xml = &docx.document;

    // A4 portrait; margins 20 mm top and bottom, 30 mm left, 15 mm right (in twips).
    assert!(
        xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\" />"),
        "page size"
    );
    assert!(
        xml.contains("<w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\""),
        "margins"
    );
    // Times New Roman in every run that names a font, 13 or 14 pt in every run that has a size.
    let fonts = values(xml, "w:rFonts", "w:ascii");
    assert!(
        !fonts.is_empty() && fonts.iter().all(|f| *f == "Times New Roman"),
        "{fonts:?}"
    );
    let sizes = values(xml, "w:sz", "w:val");
    assert!(
        !sizes.is_empty() && sizes.iter().all(|s| *s == "26" || *s == "28"),
        "{sizes:?}"
    );
    // Page numbers from page 2: a PAGE field in the default header, none on the first page.
    assert!(xml.contains("<w:titlePg />"));
    assert!(xml.contains("<w:headerReference w:type=\"first\""));
    assert!(docx.headers[0].contains("<w:instrText>PAGE</w:instrText>"));
    assert!(!docx.headers[1].contains("PAGE"));

    let text = paragraphs(xml);
    let at = |wanted: &str| {
        text.iter()
            .position(|p| p == wanted)
            .unwrap_or_else(|| panic!("no paragraph `{wanted}` in {text:#?}"))
    };
    // The header: parent and issuer (worked out from `organization`), number, nation, motto,
    // place and date.
    let header = [
        "UBND TỈNH TÂY NINH",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "Số: …/BC-KHCN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tây Ninh, ngày … tháng … năm …",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý II năm 2023",
    ];
    let places: Vec<usize> = header.iter().map(|p| at(p)).collect();
    assert!(places.is_sorted(), "{places:?}");
    // The body's five parts, in order, after the title.
    let parts = [
        "I. Công tác chỉ đạo, điều hành",
        "II. Kết quả thực hiện theo từng nội dung",
        "III. Đánh giá chung: tồn tại, hạn chế",
        "IV. Nhiệm vụ trọng tâm kỳ tới",
        "V. Đề xuất, kiến nghị",
    ];
    let places: Vec<usize> = parts.iter().map(|p| at(p)).collect();
    assert!(
        places.is_sorted() && places[0] > at("BÁO CÁO"),
        "{places:?}"
    );
    let between = |from: &str, to: &str| text[at(from)..at(to)].join("\n");
    // I: the cut-off and the rate. Q2 items on 14/06: carried over from Q1, I.1 done late;
    // II.2, II.4 and the Q1 rounds of III.3 and IV.5 overdue (4); II.3 blocked. Due in Q2:
    // I.2.a, I.2.b, III.3 Q2, IV.5 Q2, not yet due. rate = 1 / (1 + 4 + 1) = 16,67 %.
    let first = between(parts[0], parts[1]);
    assert!(
        first.contains("Thời gian chốt số liệu: từ ngày 15/03/2023 đến ngày 14/06/2023."),
        "{first}"
    );
    assert!(
        first.contains(
            "Tỷ lệ hoàn thành: 1/6 nhiệm vụ, đạt 16,67 % (hoàn thành đúng hạn: 0/6 nhiệm vụ, đạt 0,00 %)"
        ),
        "{first}"
    );
    assert!(
        !first.contains("Hạn gửi"),
        "the sending day is for the office only"
    );
    // II: a part per section of the plan, each task with its result and notes.
    let second = between(parts[1], parts[2]);
    assert!(
        second.contains("1. Công tác chỉ đạo điều hành\n"),
        "{second}"
    );
    assert!(second.contains(
        "7. Tiếp tục triển khai Quyết định số 1364/QĐ-UBND ngày 25/6/2021 của UBND tỉnh\n"
    ));
    assert!(second.contains("- I.1. Xây dựng Kế hoạch CCHC năm 2023 (Đơn vị chủ trì: Văn phòng; thời hạn: 31/03/2023; kỳ trước chuyển sang): Hoàn thành trễ hạn (ngày 05/04/2023, trễ 5 ngày). Ghi chú: 05/04/2023: Kế hoạch số 12/KH-KHCN."), "{second}");
    // III: the overdue and blocked tasks; a blocked task's difficulty is the note of the entry
    // that blocked it, even one made before the window (20/02); the causes are left to the
    // writer.
    let third = between(parts[2], parts[3]);
    assert!(third.contains("(Đơn vị chủ trì: Thanh tra; thời hạn: 31/01/2023; kỳ trước chuyển sang): Gặp vướng mắc. Vướng mắc: Chờ hướng dẫn của Sở Tư pháp.\n"), "{third}");
    assert!(third.contains("(kỳ quý I/2023; Đơn vị chủ trì: Văn phòng; thời hạn: 31/03/2023; kỳ trước chuyển sang): Quá hạn, chưa thực hiện (quá hạn 75 ngày).\n"), "{third}");
    assert!(third.contains("[Nêu nguyên nhân khách quan, chủ quan của tồn tại, hạn chế]"));
    // IV: what falls due in the third quarter.
    let fourth = between(parts[3], parts[4]);
    assert!(
        fourth.contains("2. Các nhiệm vụ đến hạn trong quý III năm 2023"),
        "{fourth}"
    );
    // V: left to the writer; then the signer and "Nơi nhận" from plan.toml.
    let rest = text[at(parts[4])..].join("\n");
    assert!(rest.contains("[Nêu đề xuất, kiến nghị (nếu có)]"));
    for line in [
        "Nơi nhận:",
        "- Sở Nội vụ;",
        "- Lãnh đạo Sở;",
        "- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    ] {
        assert!(text.iter().any(|p| p == line), "no `{line}` in {rest}");
    }
    // Placeholders are marked for the writer.
    assert!(xml.contains("<w:highlight w:val=\"yellow\" />"));
}

#[test]
fn a_word_draft_needs_a_file_and_is_never_written_into_the_plan() {
    let root = common::shipped_plan();
    let (code, _, stderr) = common::run_plan(
        root.path(),
        &["report", "--format", "docx", "--quarter", "1"],
    );
    assert_eq!(
        (code, stderr.as_str()),
        (
            1,
            "error: a Word document cannot be shown here\nhelp: add `-o report.docx`\n"
        )
    );
    let (code, _, _) = common::run_plan(
        root.path(),
        &[
            "report",
            "--format",
            "docx",
            "--quarter",
            "1",
            "-o",
            "plan/bao-cao.docx",
        ],
    );
    assert_eq!(code, 1);
    assert!(!root.path().join("plan/bao-cao.docx").exists());
}

#[test]
fn control_characters_in_a_title_are_shown_not_written_into_the_xml() {
    let root = common::shipped_plan();
    let section = root.path().join("plan/I.toml");
    let text = fs::read_to_string(&section).unwrap().replace(
        "title = \"Xây dựng Kế hoạch CCHC năm 2023\"",
        "title = \"Xây dựng Kế hoạch\\u001b[31m CCHC năm 2023\"",
    );
    fs::write(&section, text).unwrap();
    ok(
        root.path(),
        &[
            "report",
            "--quarter",
            "1",
            "--format",
            "docx",
            "-o",
            "q1.docx",
        ],
    );
    let docx = read(&root.path().join("q1.docx"));
    assert!(!docx.document.contains('\u{1b}'));
    assert!(
        docx.document
            .contains("I.1. Xây dựng Kế hoạch␛[31m CCHC năm 2023")
    );
}

/// The text of each page of `docx`, as LibreOffice lays it out; `None` (and a note saying so)
/// where LibreOffice or poppler's `pdftotext` is not installed (`.ci/run` installs them).
pub(super) fn pages_in_libreoffice(docx: &Path) -> Option<Vec<String>> {
    let installed = |tool: &str| {
        std::process::Command::new(tool)
            .arg("--version")
            .output()
            .is_ok()
    };
    if !installed("soffice") || !installed("pdftotext") {
        // The test says why it checked nothing (shown with `--nocapture`).
        let _ = writeln!(
            std::io::stderr(),
            "skipped: LibreOffice (soffice) or pdftotext is not installed"
        );
        return None;
    }
    if !common::libreoffice_convert("pdf", docx.parent().unwrap(), &[docx]) {
        return None;
    }
    let pdf = docx.with_extension("pdf");
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    Some(text.split('\u{c}').map(str::to_string).collect())
}

#[test]
fn in_libreoffice_the_signature_and_the_closing_sentence_share_a_page() {
    let root = common::shipped_plan();
    // With these marks, the last page of the body is full in Liberation Serif (Times New
    // Roman's metrics): without "keep with next", the signature went to a page of its own.
    for args in [
        &["mark", "I.1", "done", "--on", "2023-03-01"][..],
        &[
            "mark",
            "II.2",
            "blocked",
            "--on",
            "2023-04-01",
            "--note",
            "Chờ hướng dẫn",
        ],
    ] {
        ok(root.path(), args);
    }
    ok(
        root.path(),
        &[
            "report",
            "--quarter",
            "2",
            "--format",
            "docx",
            "-o",
            "q2.docx",
        ],
    );
    let Some(pages) = pages_in_libreoffice(&root.path().join("q2.docx")) else {
        return;
    };
    // More than one page, so that the page break has somewhere to fall.
    assert!(pages.len() > 2, "{pages:#?}");
    signature_on_one_page(&pages);
    // The shipped plan's reports of the first quarter, the second, the half-year and the year.
    let shipped = common::shipped_plan();
    for span in [
        &["--quarter", "1"][..],
        &["--quarter", "2"],
        &["--half", "1"],
        &["--year"],
    ] {
        let args = [
            &["report", "--format", "docx", "-o", "r.docx", "--force"][..],
            span,
        ]
        .concat();
        ok(shipped.path(), &args);
        let pages = pages_in_libreoffice(&shipped.path().join("r.docx")).unwrap();
        signature_on_one_page(&pages);
    }
}

/// The closing sentence, "Nơi nhận", the recipients and the signer's block on one page.
fn signature_on_one_page(pages: &[String]) {
    let page = |wanted: &str| {
        pages
            .iter()
            .position(|p| p.contains(wanted))
            .unwrap_or_else(|| panic!("no `{wanted}` in {pages:#?}"))
    };
    let signature = page("Nơi nhận:");
    for wanted in [
        "Trên đây là báo cáo",
        "GIÁM ĐỐC",
        "- Sở Nội vụ",
        "- Lưu: VT",
        "[Họ và tên người ký]",
    ] {
        assert_eq!(page(wanted), signature, "`{wanted}`: {pages:#?}");
    }
}
