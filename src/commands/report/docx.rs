//! The report as a Word draft in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4,
//! margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman 13–14, the header
//! of issuer and nation, the title, the body, the signer and "Nơi nhận", and page numbers at
//! the top from page 2.
//!
//! Written as WordprocessingML by hand, with the zip crate the import reads with: a few dozen
//! elements, each said once here. Sizes are in twentieths of a point (twips) and, for text, in
//! half-points, as the format has them. A table's header row repeats on each page, and no row
//! breaks across pages: the signature stays in one piece.

use std::fmt::Write as _;
use std::io::Write as _;

use crate::message::Result;

use super::outline::{Block, MOTTO, NATION, Span, recipient_lines};

const FONT: &str = "Times New Roman";
/// Sizes in half-points: 14 pt for the body, 13 pt for the header, tables and notes.
const BODY: usize = 28;
const SMALL: usize = 26;
/// A4 and the margins, in twips (1 mm ≈ 56.7).
const PAGE_WIDTH: usize = 11906;
const PAGE_HEIGHT: usize = 16838;
const TOP: usize = 1134;
const BOTTOM: usize = 1134;
const LEFT: usize = 1701;
const RIGHT: usize = 851;
const TEXT_WIDTH: usize = PAGE_WIDTH - LEFT - RIGHT;
/// The first-line indent of body paragraphs: 1 cm.
const INDENT: usize = 567;
/// How far the header reaches into the left margin, so that a department's name and the
/// nation's name each fit on one line in 13 pt, as official templates do.
const HEADER_OUTDENT: usize = 700;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// How a run of text looks.
#[derive(Debug, Clone, Copy)]
struct Look {
    size: usize,
    bold: bool,
    italic: bool,
    /// Marked in yellow: for the writer to fill in.
    highlight: bool,
}

impl Look {
    const BODY: Look = Look {
        size: BODY,
        bold: false,
        italic: false,
        highlight: false,
    };
    const SMALL: Look = Look {
        size: SMALL,
        ..Look::BODY
    };

    fn bold(self) -> Look {
        Look { bold: true, ..self }
    }

    fn italic(self) -> Look {
        Look {
            italic: true,
            ..self
        }
    }
}

/// A run of text: every run says its font and size, so that the draft looks the same whatever
/// the reader's defaults. Control characters, which XML cannot hold, are shown (as in the
/// Markdown).
fn run(text: &str, look: Look) -> String {
    let mut xml = format!(
        "<w:r><w:rPr><w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\" />"
    );
    if look.bold {
        xml.push_str("<w:b /><w:bCs />");
    }
    if look.italic {
        xml.push_str("<w:i /><w:iCs />");
    }
    let size = look.size;
    let _ = write!(xml, "<w:sz w:val=\"{size}\" /><w:szCs w:val=\"{size}\" />");
    if look.highlight {
        xml.push_str("<w:highlight w:val=\"yellow\" />");
    }
    let text = crate::text::printable(text);
    let _ = write!(
        xml,
        "</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        quick_xml::escape::escape(text.as_ref())
    );
    xml
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Align {
    Left,
    Center,
    Both,
}

/// A paragraph's layout.
#[derive(Debug, Clone, Copy)]
struct Layout {
    align: Align,
    /// Space before and after, in twips.
    before: usize,
    after: usize,
    /// An exact line height, in twips.
    line: Option<usize>,
    first_line: Option<usize>,
    /// Indents either side, in twips.
    sides: usize,
    /// Kept on the same page as what follows.
    keep_next: bool,
    /// A bottom border: the short rule under a line of the header or the title.
    rule: bool,
}

impl Layout {
    const CENTERED: Layout = Layout {
        align: Align::Center,
        before: 0,
        after: 0,
        line: None,
        first_line: None,
        sides: 0,
        keep_next: false,
        rule: false,
    };
    /// A body paragraph: justified, 3 pt either side, the first line indented 1 cm.
    const BODY: Layout = Layout {
        align: Align::Both,
        before: 60,
        after: 60,
        first_line: Some(INDENT),
        ..Layout::CENTERED
    };
}

fn paragraph(layout: Layout, runs: &[String]) -> String {
    let mut xml = String::from("<w:p><w:pPr>");
    if layout.keep_next {
        xml.push_str("<w:keepNext />");
    }
    if layout.rule {
        xml.push_str(
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\" /></w:pBdr>",
        );
    }
    let _ = write!(
        xml,
        "<w:spacing w:before=\"{}\" w:after=\"{}\"",
        layout.before, layout.after
    );
    if let Some(line) = layout.line {
        let _ = write!(xml, " w:line=\"{line}\" w:lineRule=\"exact\"");
    }
    xml.push_str(" />");
    if layout.sides > 0 || layout.first_line.is_some() {
        let _ = write!(xml, "<w:ind w:left=\"{0}\" w:right=\"{0}\"", layout.sides);
        if let Some(first) = layout.first_line {
            let _ = write!(xml, " w:firstLine=\"{first}\"");
        }
        xml.push_str(" />");
    }
    let align = match layout.align {
        Align::Left => "left",
        Align::Center => "center",
        Align::Both => "both",
    };
    let _ = write!(xml, "<w:jc w:val=\"{align}\" /></w:pPr>");
    for run in runs {
        xml.push_str(run);
    }
    xml.push_str("</w:p>");
    xml
}

fn centered(text: &str, look: Look) -> String {
    paragraph(Layout::CENTERED, &[run(text, look)])
}

/// A short centred rule: an empty paragraph with a bottom border, its indents making it
/// `width` twips long in a space `room` twips wide.
fn rule(room: usize, width: usize, line: usize) -> String {
    let layout = Layout {
        sides: room.saturating_sub(width) / 2,
        line: Some(line),
        rule: true,
        ..Layout::CENTERED
    };
    paragraph(layout, &[])
}

fn body(spans: &[Span], layout: Layout) -> String {
    let runs: Vec<String> = spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => run(text, Look::BODY),
            Span::Bold(text) => run(text, Look::BODY.bold()),
            Span::Placeholder(text) => run(
                text,
                Look {
                    highlight: true,
                    ..Look::BODY.italic()
                },
            ),
        })
        .collect();
    paragraph(layout, &runs)
}

/// A row of a table: it never breaks across pages; a header row repeats on each page.
fn row(cells: &[(usize, Vec<String>)], header: bool) -> String {
    let mut xml = String::from("<w:tr><w:trPr><w:cantSplit />");
    if header {
        xml.push_str("<w:tblHeader />");
    }
    xml.push_str("</w:trPr>");
    for (width, paragraphs) in cells {
        let _ = write!(
            xml,
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\" /></w:tcPr>"
        );
        // A cell holds at least one paragraph.
        if paragraphs.is_empty() {
            xml.push_str("<w:p />");
        }
        for paragraph in paragraphs {
            xml.push_str(paragraph);
        }
        xml.push_str("</w:tc>");
    }
    xml.push_str("</w:tr>");
    xml
}

/// A table of `rows` in columns of `widths`; `borders` draws every line, otherwise none.
fn table(widths: &[usize], indent: isize, borders: bool, rows: &[String]) -> String {
    let total: usize = widths.iter().sum();
    let mut xml = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{total}\" w:type=\"dxa\" /><w:tblInd w:w=\"{indent}\" w:type=\"dxa\" />"
    );
    let line = if borders {
        "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    } else {
        "w:val=\"nil\""
    };
    xml.push_str("<w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        let _ = write!(xml, "<w:{side} {line} />");
    }
    xml.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\" />");
    if !borders {
        xml.push_str("<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\" /><w:right w:w=\"0\" w:type=\"dxa\" /></w:tblCellMar>");
    }
    xml.push_str("</w:tblPr><w:tblGrid>");
    for width in widths {
        let _ = write!(xml, "<w:gridCol w:w=\"{width}\" />");
    }
    xml.push_str("</w:tblGrid>");
    for row in rows {
        xml.push_str(row);
    }
    xml.push_str("</w:tbl>");
    xml
}

fn header(
    parent: &Option<String>,
    issuer: &str,
    number: &str,
    about: Option<&str>,
    place_date: &str,
) -> String {
    let left = 4300;
    let right = TEXT_WIDTH + HEADER_OUTDENT - left;
    let mut issuer_lines = Vec::new();
    if let Some(parent) = parent {
        issuer_lines.push(centered(&parent.to_uppercase(), Look::SMALL));
    }
    issuer_lines.extend([
        centered(&issuer.to_uppercase(), Look::SMALL.bold()),
        rule(left, 1300, 160),
        centered("", Look::SMALL),
        centered(number, Look::SMALL),
    ]);
    if let Some(about) = about {
        issuer_lines.push(centered(about, Look::SMALL));
    }
    let nation_lines = vec![
        centered(NATION, Look::SMALL.bold()),
        centered(MOTTO, Look::BODY.bold()),
        rule(right, 3050, 160),
        centered("", Look::SMALL),
        centered(place_date, Look::BODY.italic()),
    ];
    let cells = [(left, issuer_lines), (right, nation_lines)];
    table(
        &[left, right],
        -(HEADER_OUTDENT as isize),
        false,
        &[row(&cells, false)],
    )
}

fn data_table(headers: &[String], rows: &[Vec<String>], shares: &[u32]) -> String {
    let total: usize = shares.iter().map(|s| *s as usize).sum::<usize>().max(1);
    let widths: Vec<usize> = shares
        .iter()
        .map(|s| TEXT_WIDTH * *s as usize / total)
        .collect();
    let width = |column: usize| widths.get(column).copied().unwrap_or(1000);
    let line = |text: &str, first: bool, bold: bool| {
        let layout = Layout {
            align: if first && !bold {
                Align::Left
            } else {
                Align::Center
            },
            before: 20,
            after: 20,
            ..Layout::CENTERED
        };
        let look = if bold {
            Look::SMALL.bold()
        } else {
            Look::SMALL
        };
        paragraph(layout, &[run(text, look)])
    };
    let cells = |texts: &[String], bold: bool| -> Vec<(usize, Vec<String>)> {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| (width(i), vec![line(text, i == 0, bold)]))
            .collect()
    };
    let mut table_rows = vec![row(&cells(headers, true), true)];
    table_rows.extend(rows.iter().map(|r| row(&cells(r, false), false)));
    table(&widths, 0, true, &table_rows)
}

fn signature(recipients: &[String], signer: &[String], name: &Option<String>) -> String {
    let left = 4535;
    let right = TEXT_WIDTH - left;
    let tight = Layout {
        align: Align::Left,
        ..Layout::CENTERED
    };
    let mut left_lines = vec![paragraph(
        Layout {
            before: 120,
            ..tight
        },
        &[run("Nơi nhận:", Look::SMALL.bold().italic())],
    )];
    for line in recipient_lines(recipients) {
        left_lines.push(paragraph(tight, &[run(&line, Look::SMALL)]));
    }
    let mut right_lines: Vec<String> = signer
        .iter()
        .map(|line| {
            let layout = Layout {
                before: 120,
                ..Layout::CENTERED
            };
            paragraph(layout, &[run(line, Look::BODY.bold())])
        })
        .collect();
    right_lines.extend((0..4).map(|_| centered("", Look::BODY)));
    right_lines.push(match name {
        Some(name) => centered(name, Look::BODY.bold()),
        None => paragraph(
            Layout::CENTERED,
            &[run(
                "[Họ và tên người ký]",
                Look {
                    highlight: true,
                    ..Look::BODY.italic()
                },
            )],
        ),
    });
    let cells = [(left, left_lines), (right, right_lines)];
    table(&[left, right], 0, false, &[row(&cells, false)])
}

/// The document's body.
fn document(blocks: &[Block]) -> String {
    let mut blocks_xml = String::new();
    for (index, block) in blocks.iter().enumerate() {
        // The closing sentence stays on the signature's page.
        let before_signature = matches!(blocks.get(index + 1), Some(Block::Signature { .. }));
        let xml = match block {
            Block::Header {
                parent,
                issuer,
                number,
                about,
                place_date,
            } => header(parent, issuer, number, about.as_deref(), place_date),
            Block::Title { kind, subject } => [
                paragraph(
                    Layout {
                        before: 360,
                        ..Layout::CENTERED
                    },
                    &[run(kind, Look::BODY.bold())],
                ),
                centered(subject, Look::BODY.bold()),
                rule(TEXT_WIDTH, 1700, 240),
                centered("", Look::BODY),
            ]
            .concat(),
            Block::Part(title) => body_heading(title, 120),
            Block::Point(title) => body_heading(title, 60),
            Block::Group(title) => paragraph(
                Layout {
                    keep_next: true,
                    ..Layout::BODY
                },
                &[run(title, Look::BODY.bold().italic())],
            ),
            Block::Paragraph(spans) => body(
                spans,
                Layout {
                    keep_next: before_signature,
                    ..Layout::BODY
                },
            ),
            Block::Bullet(spans) => {
                let mut spans = spans.clone();
                spans.insert(0, Span::Text("- ".to_string()));
                body(&spans, Layout::BODY)
            }
            Block::Table {
                headers,
                rows,
                widths,
            } => data_table(headers, rows, widths),
            Block::Note(text) => paragraph(
                Layout {
                    first_line: None,
                    ..Layout::BODY
                },
                &[run(text, Look::SMALL.italic())],
            ),
            // The sending day is for the office, not for the reader of the report.
            Block::Memo(_) => String::new(),
            Block::Signature {
                recipients,
                signer,
                name,
            } => signature(recipients, signer, name),
        };
        blocks_xml.push_str(&xml);
    }
    let margins = format!(
        "<w:pgMar w:top=\"{TOP}\" w:right=\"{RIGHT}\" w:bottom=\"{BOTTOM}\" w:left=\"{LEFT}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\" />"
    );
    // Nghị định 30/2020: the first page carries no number (`titlePg` gives it its own,
    // empty, header).
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{blocks_xml}<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdPageNumber\" /><w:headerReference w:type=\"first\" r:id=\"rIdFirstPage\" /><w:pgSz w:w=\"{PAGE_WIDTH}\" w:h=\"{PAGE_HEIGHT}\" />{margins}<w:titlePg /></w:sectPr></w:body></w:document>"
    )
}

/// A part's or a point's title: bold, kept with what follows.
fn body_heading(title: &str, before: usize) -> String {
    let layout = Layout {
        before,
        keep_next: true,
        ..Layout::BODY
    };
    body(&[Span::Bold(title.to_string())], layout)
}

/// A page header holding `paragraph`.
fn page_header(paragraph: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"{W}\" xmlns:r=\"{R}\">{paragraph}</w:hdr>"
    )
}

/// The page number, centred: a PAGE field.
fn page_number() -> String {
    let field = |inner: &str| {
        format!(
            "<w:r><w:rPr><w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\" /><w:sz w:val=\"{SMALL}\" /><w:szCs w:val=\"{SMALL}\" /></w:rPr>{inner}</w:r>"
        )
    };
    let runs = [
        field("<w:fldChar w:fldCharType=\"begin\" />"),
        field("<w:instrText>PAGE</w:instrText>"),
        field("<w:fldChar w:fldCharType=\"separate\" />"),
        field("<w:t>2</w:t>"),
        field("<w:fldChar w:fldCharType=\"end\" />"),
    ];
    paragraph(Layout::CENTERED, &runs)
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" /><Default Extension=\"xml\" ContentType=\"application/xml\" /><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\" /><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\" /><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\" /><Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\" /><Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\" /></Types>";

const PACKAGE_RELATIONSHIPS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdDocument\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\" /></Relationships>";

const DOCUMENT_RELATIONSHIPS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\" /><Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\" /><Relationship Id=\"rIdPageNumber\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\" /><Relationship Id=\"rIdFirstPage\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\" /></Relationships>";

/// The defaults: Times New Roman 14 pt, Vietnamese.
fn styles() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\" /><w:sz w:val=\"{BODY}\" /><w:szCs w:val=\"{BODY}\" /><w:lang w:val=\"vi-VN\" /></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\" /></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" /></w:style></w:styles>"
    )
}

fn settings() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"{W}\"><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\" /></w:compat></w:settings>"
    )
}

pub fn write(blocks: &[Block]) -> Result<Vec<u8>> {
    let parts = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", PACKAGE_RELATIONSHIPS.to_string()),
        (
            "word/_rels/document.xml.rels",
            DOCUMENT_RELATIONSHIPS.to_string(),
        ),
        ("word/document.xml", document(blocks)),
        ("word/styles.xml", styles()),
        ("word/settings.xml", settings()),
        ("word/header1.xml", page_header(&page_number())),
        ("word/header2.xml", page_header("<w:p />")),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_control_characters_shown() {
        let xml = run("a < b & \"c\"\u{1b}", Look::BODY);
        assert!(
            xml.contains(">a &lt; b &amp; &quot;c&quot;␛</w:t>"),
            "{xml}"
        );
    }

    #[test]
    fn a_data_table_repeats_its_header_and_keeps_rows_whole() {
        let xml = data_table(
            &["A".to_string(), "B".to_string()],
            &[vec!["1".to_string(), "2".to_string()]],
            &[1, 1],
        );
        assert_eq!(xml.matches("<w:tblHeader />").count(), 1);
        assert_eq!(xml.matches("<w:cantSplit />").count(), 2);
        assert_eq!(xml.matches("<w:gridCol w:w=\"4677\" />").count(), 2);
    }
}
