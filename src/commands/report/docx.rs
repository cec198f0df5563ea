//! The report as a Word draft in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4,
//! margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman 13–14, the header
//! of issuer and nation, the title, the body, the signer and "Nơi nhận", and page numbers at
//! the top from page 2. Written with docx-rs.

use anyhow::Result;
use docx_rs::{
    AlignmentType, BorderType, Docx, Header, LineSpacing, PageMargin, PageNum, Paragraph,
    ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, SpecialIndentType,
    Table, TableCell, TableCellMargins, TableRow, WidthType,
};

use super::outline::{Block, MOTTO, NATION, Span, recipient_lines};

const FONT: &str = "Times New Roman";
/// Sizes in half-points: 14 pt for the body, 13 pt for the header, tables and notes.
const BODY: usize = 28;
const SMALL: usize = 26;
/// A4 and the margins, in twentieths of a point (1 mm ≈ 56.7).
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const TOP: i32 = 1134;
const BOTTOM: i32 = 1134;
const LEFT: i32 = 1701;
const RIGHT: i32 = 851;
const TEXT_WIDTH: usize = (PAGE_WIDTH as i32 - LEFT - RIGHT) as usize;
/// The first-line indent of body paragraphs: 1 cm.
const INDENT: i32 = 567;

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// A run of text in Times New Roman of `size` half-points: every run says its font and size,
/// so that the draft looks the same whatever the reader's defaults.
fn run(text: &str, size: usize) -> Run {
    // XML cannot hold control characters: they are shown, as in the Markdown.
    Run::new()
        .add_text(crate::text::printable(text))
        .fonts(fonts())
        .size(size)
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after)
}

fn centered(runs: Vec<Run>) -> Paragraph {
    let mut paragraph = Paragraph::new()
        .align(AlignmentType::Center)
        .line_spacing(spacing(0, 0));
    for run in runs {
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

/// A short centred rule under a line of the header: an empty paragraph with a bottom border,
/// its indents making it `width` twips long in a cell `cell` twips wide.
fn rule(cell: i32, width: i32) -> Paragraph {
    let side = (cell - width).max(0) / 2;
    let mut paragraph = Paragraph::new()
        .align(AlignmentType::Center)
        .indent(Some(side), None, Some(side), None)
        .line_spacing(
            spacing(0, 0)
                .line(160)
                .line_rule(docx_rs::LineSpacingType::Exact),
        );
    paragraph.property = paragraph.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6)
                .color("000000"),
        ),
    );
    paragraph
}

fn body(spans: &[Span], first_line: Option<i32>) -> Paragraph {
    let mut paragraph = Paragraph::new()
        .align(AlignmentType::Both)
        .line_spacing(spacing(60, 60));
    if let Some(indent) = first_line {
        paragraph = paragraph.indent(None, Some(SpecialIndentType::FirstLine(indent)), None, None);
    }
    for span in spans {
        paragraph = paragraph.add_run(match span {
            Span::Text(text) => run(text, BODY),
            Span::Bold(text) => run(text, BODY).bold(),
            Span::Placeholder(text) => run(text, BODY).italic().highlight("yellow"),
        });
    }
    paragraph
}

fn cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    let mut cell = TableCell::new().width(width, WidthType::Dxa);
    for paragraph in paragraphs {
        cell = cell.add_paragraph(paragraph);
    }
    cell
}

/// How far the header reaches into the left margin, so that a department's name and the
/// nation's name each fit on one line in 13 pt, as official templates do.
const HEADER_OUTDENT: usize = 700;

fn header(parent: &Option<String>, issuer: &str, number: &str, place_date: &str) -> Table {
    let left = 4300;
    let right = TEXT_WIDTH + HEADER_OUTDENT - left;
    let mut issuer_lines = Vec::new();
    if let Some(parent) = parent {
        issuer_lines.push(centered(vec![run(&parent.to_uppercase(), SMALL)]));
    }
    issuer_lines.push(centered(vec![run(&issuer.to_uppercase(), SMALL).bold()]));
    issuer_lines.push(rule(left as i32, 1300));
    issuer_lines.push(centered(vec![run("", SMALL)]));
    issuer_lines.push(centered(vec![run(number, SMALL)]));
    let nation_lines = vec![
        centered(vec![run(NATION, SMALL).bold()]),
        centered(vec![run(MOTTO, BODY).bold()]),
        rule(right as i32, 3050),
        centered(vec![run("", SMALL)]),
        centered(vec![run(place_date, BODY).italic()]),
    ];
    Table::without_borders(vec![TableRow::new(vec![
        cell(issuer_lines, left),
        cell(nation_lines, right),
    ])])
    .set_grid(vec![left, right])
    .width(left + right, WidthType::Dxa)
    .indent(-(HEADER_OUTDENT as i32))
    .margins(TableCellMargins::new().margin(0, 0, 0, 0))
}

fn table(headers: &[String], rows: &[Vec<String>], widths: &[u32]) -> Table {
    let total: u32 = widths.iter().sum::<u32>().max(1);
    let widths: Vec<usize> = widths
        .iter()
        .map(|w| TEXT_WIDTH * *w as usize / total as usize)
        .collect();
    let width = |column: usize| widths.get(column).copied().unwrap_or(1000);
    let line = |text: &str, first: bool, bold: bool| {
        let mut run = run(text, SMALL);
        if bold {
            run = run.bold();
        }
        Paragraph::new()
            .align(if first && !bold {
                AlignmentType::Left
            } else {
                AlignmentType::Center
            })
            .line_spacing(spacing(20, 20))
            .add_run(run)
    };
    let mut table_rows = vec![TableRow::new(
        headers
            .iter()
            .enumerate()
            .map(|(i, h)| cell(vec![line(h, i == 0, true)], width(i)))
            .collect(),
    )];
    for row in rows {
        table_rows.push(TableRow::new(
            row.iter()
                .enumerate()
                .map(|(i, text)| cell(vec![line(text, i == 0, false)], width(i)))
                .collect(),
        ));
    }
    Table::new(table_rows)
        .set_grid(widths.clone())
        .width(TEXT_WIDTH, WidthType::Dxa)
}

fn signature(recipients: &[String], signer: &[String], name: &Option<String>) -> Table {
    let left = 4535;
    let right = TEXT_WIDTH - left;
    let mut left_lines = vec![
        Paragraph::new()
            .line_spacing(spacing(120, 0))
            .add_run(run("Nơi nhận:", SMALL).bold().italic()),
    ];
    for line in recipient_lines(recipients) {
        left_lines.push(
            Paragraph::new()
                .line_spacing(spacing(0, 0))
                .add_run(run(&line, SMALL)),
        );
    }
    let mut right_lines = Vec::new();
    for line in signer {
        right_lines.push(centered(vec![run(line, BODY).bold()]).line_spacing(spacing(120, 0)));
    }
    for _ in 0..4 {
        right_lines.push(centered(vec![run("", BODY)]));
    }
    right_lines.push(match name {
        Some(name) => centered(vec![run(name, BODY).bold()]),
        None => centered(vec![
            run("[Họ và tên người ký]", BODY)
                .italic()
                .highlight("yellow"),
        ]),
    });
    Table::without_borders(vec![TableRow::new(vec![
        cell(left_lines, left),
        cell(right_lines, right),
    ])])
    .set_grid(vec![left, right])
    .width(TEXT_WIDTH, WidthType::Dxa)
}

pub fn write(blocks: &[Block]) -> Result<Vec<u8>> {
    let page_number = Header::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_page_num(PageNum::new())
            .fonts(fonts())
            .size(SMALL),
    );
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(TOP)
                .bottom(BOTTOM)
                .left(LEFT)
                .right(RIGHT)
                .header(567)
                .footer(567),
        )
        .default_fonts(fonts())
        .default_size(BODY)
        .header(page_number)
        // Nghị định 30/2020: the first page carries no number.
        .first_header(Header::new());
    for block in blocks {
        docx = match block {
            Block::Header {
                parent,
                issuer,
                number,
                place_date,
            } => docx.add_table(header(parent, issuer, number, place_date)),
            Block::Title { kind, subject } => docx
                .add_paragraph(centered(vec![run(kind, BODY).bold()]).line_spacing(spacing(360, 0)))
                .add_paragraph(centered(vec![run(subject, BODY).bold()]))
                .add_paragraph(
                    rule(TEXT_WIDTH as i32, 1700).line_spacing(
                        spacing(0, 0)
                            .line(240)
                            .line_rule(docx_rs::LineSpacingType::Exact),
                    ),
                )
                .add_paragraph(centered(vec![run("", BODY)])),
            Block::Part(title) => docx.add_paragraph(
                body(&[Span::Bold(title.clone())], Some(INDENT))
                    .keep_next(true)
                    .line_spacing(spacing(120, 60)),
            ),
            Block::Point(title) => {
                docx.add_paragraph(body(&[Span::Bold(title.clone())], Some(INDENT)).keep_next(true))
            }
            Block::Group(title) => docx.add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Both)
                    .line_spacing(spacing(60, 60))
                    .indent(None, Some(SpecialIndentType::FirstLine(INDENT)), None, None)
                    .keep_next(true)
                    .add_run(run(title, BODY).bold().italic()),
            ),
            Block::Paragraph(spans) => docx.add_paragraph(body(spans, Some(INDENT))),
            Block::Bullet(spans) => {
                let mut spans = spans.clone();
                spans.insert(0, Span::Text("- ".to_string()));
                docx.add_paragraph(body(&spans, Some(INDENT)))
            }
            Block::Table {
                headers,
                rows,
                widths,
            } => docx.add_table(table(headers, rows, widths)),
            Block::Note(text) => docx.add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Both)
                    .line_spacing(spacing(60, 60))
                    .add_run(run(text, SMALL).italic()),
            ),
            // The sending day is for the office, not for the reader of the report.
            Block::Memo(_) => docx,
            Block::Signature {
                recipients,
                signer,
                name,
            } => docx.add_table(signature(recipients, signer, name)),
        };
    }
    let mut buffer = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut buffer)?;
    Ok(buffer.into_inner())
}
