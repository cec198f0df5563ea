//! `plan evidence`: what was done in a period with the documents that prove it (tài liệu kiểm
//! chứng), and each thing done without one, section by section: the list the Office attaches to
//! the self-assessment of the provincial index (Chỉ số CCHC). Always in Vietnamese, like the
//! report it goes with.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use super::outline::{Block, Span};
use super::{Context, Outcome, data, deliver, docx, scope, words};
use crate::bail;
use crate::cli::{EvidenceArgs, EvidenceFormat};
use crate::deadline::Kind;
use crate::lang::Lang;
use crate::message::Result;
use crate::model::{Entry, Plan, Status, Task};
use crate::msg;
use crate::period::Period;
use crate::render::{self, Grid, Tone};
use crate::rules;
use crate::window::{Title, Window};

/// What an item done without a document is flagged as.
const MISSING: &str = "chưa có tài liệu kiểm chứng";

/// One thing done in the period: a one-off task, an occurrence, or a continuous task with a
/// result in it.
#[derive(Debug, Serialize)]
pub struct Proven {
    pub id: String,
    pub period: Option<Period>,
    pub title: String,
    pub lead: Vec<String>,
    pub status: Status,
    /// The day it was done (for a continuous task, its last result in the window).
    pub date: NaiveDate,
    pub docs: Vec<Doc>,
    /// Done, but no entry names a document or a file.
    pub missing: bool,
    #[serde(skip)]
    section: String,
}

/// A document an entry names.
#[derive(Debug, Clone, Serialize)]
pub struct Doc {
    pub doc: Option<String>,
    pub doc_by: Option<String>,
    pub file: Option<String>,
}

impl Doc {
    fn of(entry: &Entry) -> Option<Doc> {
        (entry.doc.is_some() || entry.file.is_some()).then(|| Doc {
            doc: entry.doc.clone(),
            doc_by: entry.doc_by.clone(),
            file: entry.file.clone(),
        })
    }

    /// "Kế hoạch số 12/KH-KHCN ngày 31/01/2023 (Sở KH&CN); tệp evidence/kh-12.pdf".
    pub fn said(&self) -> String {
        let mut parts = Vec::new();
        match (&self.doc, &self.doc_by) {
            (Some(doc), Some(by)) => parts.push(format!("{doc} ({by})")),
            (Some(doc), None) => parts.push(doc.clone()),
            _ => {}
        }
        if let Some(file) = &self.file {
            parts.push(format!("tệp {file}"));
        }
        parts.join("; ")
    }
}

/// The items done in `window` among the tasks `keep` lets through, in plan order.
pub fn proven(plan: &Plan, window: &Window, keep: &dyn Fn(&Task) -> bool) -> Vec<Proven> {
    let mut found = Vec::new();
    for task in plan.tasks.iter().filter(|t| !t.is_heading() && keep(t)) {
        let in_window = |entry: &&Entry| window.contains(entry.date);
        if task.kind() == Some(Kind::Continuous) {
            // Its results in the window: the entries saying it is under way or done.
            let results: Vec<&Entry> = task
                .progress
                .iter()
                .filter(in_window)
                .filter(|e| matches!(e.status, Some(Status::Doing | Status::Done)))
                .collect();
            if let Some(last) = results.iter().max_by_key(|e| e.date) {
                let entries = task.progress.iter().filter(in_window);
                found.push(item(task, None, last, entries));
            }
            continue;
        }
        for found_item in rules::items(plan, task) {
            let period = found_item.period;
            let done = task
                .status_entry_on(window.to, period)
                .filter(|e| e.status == Some(Status::Done) && e.date >= window.from);
            if let Some(done) = done {
                // Its documents: those of any entry for it up to the window's end.
                let entries = task
                    .progress
                    .iter()
                    .filter(|e| e.period == period && e.date <= window.to);
                found.push(item(task, period, done, entries));
            }
        }
    }
    found
}

/// The documents `entries` name, in their order.
pub fn documents<'e>(entries: impl Iterator<Item = &'e Entry>) -> Vec<Doc> {
    entries.filter_map(Doc::of).collect()
}

fn item<'e>(
    task: &Task,
    period: Option<Period>,
    done: &Entry,
    entries: impl Iterator<Item = &'e Entry>,
) -> Proven {
    let docs = documents(entries);
    Proven {
        id: task.id.clone(),
        period,
        title: task.title.clone(),
        lead: task.lead.iter().map(|u| u.to_string()).collect(),
        status: done.status.unwrap_or(Status::Done),
        date: done.date,
        missing: docs.is_empty(),
        docs,
        section: task.section.to_string(),
    }
}

pub fn run(context: &Context, args: &EvidenceArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let (window, unit) = scope(context, &args.scope)?;
    let lead = Some(crate::units::Role::Lead);
    let leads = |task: &Task| {
        unit.as_ref().is_none_or(|(_, names)| {
            crate::units::involves(task, names, lead)
                || crate::units::involves_on(plan, task, names, lead, window.to)
        })
    };
    let items = proven(plan, &window, &leads);
    let unit = unit.map(|(name, _)| name);
    let mut buffer = Vec::new();
    match args.format {
        EvidenceFormat::Json => render::write_json(&mut buffer, &items)?,
        EvidenceFormat::Table | EvidenceFormat::Markdown | EvidenceFormat::Csv => {
            let grid = grid(&items);
            match args.format {
                EvidenceFormat::Table => grid.write_table(&mut buffer, context.env.terminal)?,
                EvidenceFormat::Markdown => grid.write_markdown(&mut buffer)?,
                _ => {
                    let rows = grid
                        .rows()
                        .map(|row| row.iter().map(|(text, _)| text.as_ref()));
                    render::write_csv(&mut buffer, true, &grid.headers, rows)?
                }
            }
        }
        EvidenceFormat::Xlsx | EvidenceFormat::Docx => {
            if args.output.is_none() {
                let file = match args.format {
                    EvidenceFormat::Xlsx => "kiem-chung.xlsx",
                    _ => "kiem-chung.docx",
                };
                bail!(
                    msg!("a Word document or an Excel workbook cannot be shown here")
                        .help(msg!("add `-o {file}`", file))
                );
            }
            let blocks = outline(plan, &window, unit.as_deref(), &items);
            buffer = match args.format {
                EvidenceFormat::Xlsx => workbook(plan, &window, unit.as_deref(), &items)?,
                _ => docx::write(&blocks)?,
            };
        }
    }
    if matches!(
        args.format,
        EvidenceFormat::Table | EvidenceFormat::Markdown
    ) {
        let count = items.iter().filter(|i| i.missing).count();
        let summary = format!(
            "{} việc đã hoàn thành hoặc có kết quả trong {}, {count} {MISSING}.",
            items.len(),
            Title(window.span)
        );
        writeln!(buffer, "\n{summary}")?;
    }
    deliver(context, args.output.as_deref(), args.force, &buffer, out)
}

const HEADERS: [&str; 8] = [
    "Nội dung",
    "STT",
    "Kỳ",
    "Nhiệm vụ",
    "Đơn vị chủ trì",
    "Ngày hoàn thành",
    "Tài liệu kiểm chứng",
    "Ghi chú",
];

/// A row's cells: section, id, period, title, lead, day, documents, and the flag.
fn cells(item: &Proven) -> [String; 8] {
    let docs: Vec<String> = item.docs.iter().map(Doc::said).collect();
    [
        item.section.clone(),
        item.id.clone(),
        item.period.map(words::period).unwrap_or_default(),
        item.title.clone(),
        crate::commands::joined(&item.lead).into_owned(),
        Lang::Vi.day(item.date),
        docs.join("\n"),
        if item.missing { MISSING } else { "" }.to_string(),
    ]
}

fn grid(items: &[Proven]) -> Grid<'static> {
    let mut grid = Grid::new(HEADERS.to_vec());
    for item in items {
        let tone = if item.missing {
            Tone::Warn
        } else {
            Tone::Plain
        };
        grid.push(cells(item).map(|cell| (cell, tone)));
    }
    grid
}

/// The list as an annex in the layout of Nghị định 30/2020: the issuer's header, the title,
/// what it is attached to, then section by section a table of what was done and its documents.
fn outline(plan: &Plan, window: &Window, unit: Option<&str>, items: &[Proven]) -> Vec<Block> {
    let issuer = data::issuer(plan);
    let name = issuer
        .name
        .clone()
        .unwrap_or_else(|| "[Tên cơ quan]".to_string());
    let mut subject = format!(
        "Tài liệu kiểm chứng kết quả thực hiện công tác cải cách hành chính {}",
        Title(window.span)
    );
    if let Some(unit) = unit {
        subject.push_str(&format!(" của {unit}"));
    }
    let missing = items.iter().filter(|i| i.missing).count();
    let mut blocks = vec![
        Block::Header {
            parent: issuer.parent.clone(),
            issuer: name.clone(),
            number: String::new(),
            about: None,
            place_date: String::new(),
        },
        Block::Title {
            kind: "DANH MỤC".to_string(),
            subject,
        },
        Block::Note(format!(
            "(Kèm theo Báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính của {name})"
        )),
        Block::Paragraph(vec![Span::Text(format!(
            "Từ ngày {} đến ngày {}: {} việc đã hoàn thành hoặc có kết quả, trong đó {missing} {MISSING}.",
            Lang::Vi.day(window.from),
            Lang::Vi.day(window.to),
            items.len()
        ))]),
    ];
    for (number, section) in plan.sections.iter().enumerate() {
        let rows: Vec<Vec<String>> = items
            .iter()
            .filter(|i| *i.section == *section.id)
            .map(|item| cells(item)[1..].to_vec())
            .collect();
        blocks.push(Block::Point(format!("{}. {}", number + 1, section.title)));
        if rows.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::Text(
                "Không có việc hoàn thành trong kỳ.".to_string(),
            )]));
            continue;
        }
        blocks.push(Block::Table {
            headers: HEADERS[1..].iter().map(|h| h.to_string()).collect(),
            rows,
            widths: vec![8, 9, 27, 13, 15, 20, 8],
        });
    }
    blocks
}

/// The list as a workbook: whose it is, the title, the window, then one row per item.
fn workbook(plan: &Plan, window: &Window, unit: Option<&str>, items: &[Proven]) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook};
    let font = |format: Format| format.set_font_name("Times New Roman").set_font_size(12);
    let title = font(Format::new().set_bold().set_align(FormatAlign::Center));
    let cell = font(
        Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin),
    );
    let header = cell.clone().set_bold().set_align(FormatAlign::Center);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Kiểm chứng")?;
    let last = (HEADERS.len() - 1) as u16;
    let issuer = data::issuer(plan).name.unwrap_or_default().to_uppercase();
    let mut heading = format!(
        "DANH MỤC TÀI LIỆU KIỂM CHỨNG KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH {}",
        Title(window.span).to_string().to_uppercase()
    );
    if let Some(unit) = unit {
        heading.push_str(&format!(" CỦA {}", unit.to_uppercase()));
    }
    sheet.merge_range(0, 0, 0, last, &issuer, &title)?;
    sheet.merge_range(1, 0, 1, last, &heading, &title)?;
    let span = format!(
        "Từ ngày {} đến ngày {}.",
        Lang::Vi.day(window.from),
        Lang::Vi.day(window.to)
    );
    sheet.merge_range(2, 0, 2, last, &span, &font(Format::new()))?;
    for (column, (text, width)) in HEADERS
        .iter()
        .zip([9, 8, 12, 50, 20, 12, 40, 18])
        .enumerate()
    {
        sheet.set_column_width(column as u16, width)?;
        sheet.write_string_with_format(4, column as u16, *text, &header)?;
    }
    for (index, item) in items.iter().enumerate() {
        for (column, text) in cells(item).iter().enumerate() {
            sheet.write_string_with_format(5 + index as u32, column as u16, text, &cell)?;
        }
    }
    sheet.set_freeze_panes(5, 0)?;
    sheet.set_repeat_rows(4, 4)?;
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    Ok(workbook.save_to_buffer()?)
}
