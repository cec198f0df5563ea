//! The report as tables, for the Excel annex and CSV: a row per item, and the counts by
//! section, by lead unit and overall, each count in its own cell.

use crate::lang::Lang;
use std::io::Write;

use crate::message::Result;
use chrono::{Datelike, NaiveDate};

use super::data::Report;
use super::words;
use crate::model::RateOver;
use crate::rules::Counts;

/// A cell: numbers stay numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Count(u64),
    /// A percentage, such as 66.67.
    Rate(Option<f64>),
    Date(NaiveDate),
    /// An indicator's value or target, as recorded; blank when there is none.
    Number(Option<f64>),
}

impl Cell {
    fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// As CSV holds it: counts and rates as plain numbers (66.67), dates as 14/06/2023.
    fn csv(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Rate(Some(rate)) => format!("{rate:.2}"),
            Cell::Rate(None) => String::new(),
            Cell::Date(day) => Lang::Vi.day(*day),
            Cell::Number(value) => value.map(|x| x.to_string()).unwrap_or_default(),
        }
    }

    /// Its width in characters, for fitting the column.
    fn width(&self) -> usize {
        match self {
            Cell::Text(text) => text.chars().count(),
            Cell::Count(n) => n.to_string().len() + 2,
            Cell::Rate(_) => 8,
            Cell::Date(_) => 10,
            Cell::Number(value) => value.map_or(0, |x| x.to_string().len() + 2),
        }
    }
}

/// A table: its headers and rows.
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

pub fn tasks(report: &Report) -> Table {
    let headers = [
        "Nội dung",
        "STT",
        "Kỳ",
        "Nhiệm vụ",
        &report.lead_term,
        "Thời hạn",
        "Kết quả",
        "Kỳ trước chuyển sang",
        "Ghi chú",
    ];
    let rows = report
        .tasks
        .iter()
        .map(|item| {
            vec![
                Cell::text(&item.section),
                Cell::text(&item.id),
                Cell::text(item.period.map(words::period).unwrap_or_default()),
                Cell::text(&item.title),
                Cell::text(crate::commands::joined(&item.lead)),
                match item.due {
                    Some(due) => Cell::Date(due),
                    None => Cell::text(item.deadline.clone().unwrap_or_default()),
                },
                Cell::text(words::result(item)),
                Cell::text(if item.carried_over { "x" } else { "" }),
                Cell::text(words::notes(item, false)),
            ]
        })
        .collect();
    Table {
        headers: headers.iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

fn count_cells(counts: &Counts) -> Vec<Cell> {
    let n = |n: usize| Cell::Count(n as u64);
    vec![
        n(counts.items()),
        n(counts.done_on_time),
        n(counts.done_late),
        n(counts.blocked),
        n(counts.overdue),
        n(counts.not_yet_due),
        n(counts.dropped),
        n(counts.continuous_with_result),
        n(counts.continuous_without),
        Cell::Rate(counts.rate),
        Cell::Rate(counts.on_time_rate),
        Cell::Count(counts.budget),
    ]
}

/// The indicators, each with its value for the report's period and its target.
pub fn indicators(report: &Report) -> Table {
    let headers = [
        "Nội dung",
        "Chỉ số",
        "Đơn vị tính",
        "Chỉ tiêu",
        "Kết quả",
        "Số liệu kỳ",
        "Nguồn",
    ];
    let rows = report
        .indicators
        .iter()
        .map(|figure| {
            vec![
                Cell::text(figure.section.clone().unwrap_or_default()),
                Cell::text(&figure.name),
                Cell::text(figure.unit.clone().unwrap_or_default()),
                Cell::Number(figure.target),
                Cell::Number(figure.value),
                Cell::text(figure.period.map(words::period).unwrap_or_default()),
                Cell::text(figure.note.clone().unwrap_or_default()),
            ]
        })
        .collect();
    Table {
        headers: headers.iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

pub fn totals(report: &Report) -> Table {
    let headers = vec![
        "Phạm vi".to_string(),
        "Tên".to_string(),
        "Số nhiệm vụ".to_string(),
        "Hoàn thành đúng hạn".to_string(),
        "Hoàn thành trễ hạn".to_string(),
        "Gặp vướng mắc".to_string(),
        "Quá hạn, chưa thực hiện".to_string(),
        "Chưa đến hạn".to_string(),
        "Không thực hiện".to_string(),
        "Thường xuyên, đã có kết quả".to_string(),
        "Thường xuyên, chưa có kết quả".to_string(),
        "Tỷ lệ hoàn thành".to_string(),
        "Tỷ lệ hoàn thành đúng hạn".to_string(),
        "Kinh phí dự kiến (đồng)".to_string(),
        words::rating_header(report.threshold, &report.bands),
    ];
    let mut rows = Vec::new();
    for section in &report.sections {
        let mut row = vec![
            Cell::text("Nội dung"),
            Cell::text(format!("{}. {}", section.section, section.title)),
        ];
        row.extend(count_cells(&section.counts));
        row.push(Cell::text(""));
        rows.push(row);
    }
    for unit in &report.units {
        let mut row = vec![Cell::text(&report.lead_term), Cell::text(unit.label())];
        row.extend(count_cells(&unit.counts));
        row.push(Cell::text(unit.rating.as_deref().unwrap_or_default()));
        rows.push(row);
    }
    let mut row = vec![Cell::text("Tổng cộng"), Cell::text("")];
    row.extend(count_cells(&report.totals));
    row.push(Cell::text(""));
    rows.push(row);
    Table { headers, rows }
}

pub fn title(report: &Report) -> String {
    format!(
        "BÁO CÁO Kết quả thực hiện công tác cải cách hành chính {}",
        report.window.title
    )
}

/// The data cut-off. (The day the report must be sent by is the clerk's, not the annex's: the
/// Markdown says it, the annex does not.)
pub fn window_line(report: &Report) -> String {
    format!(
        "Thời gian chốt số liệu: từ ngày {} đến ngày {}.",
        Lang::Vi.day(report.window.from),
        Lang::Vi.day(report.window.to)
    )
}

/// What the annex is attached to, as official annexes say it, for the writer to fill in:
/// "(Kèm theo Báo cáo số …/BC-KHCN ngày … tháng … năm … của Sở Khoa học và Công nghệ)".
pub fn attached_to(report: &Report) -> String {
    let issuer = &report.issuer;
    let mut text = format!(
        "(Kèm theo Báo cáo số …/BC-{} ngày … tháng … năm …",
        issuer.symbol.as_deref().unwrap_or("…")
    );
    if let Some(name) = &issuer.name {
        text.push_str(&format!(" của {name}"));
    }
    text.push(')');
    text
}

pub fn footnote(report: &Report) -> String {
    format!(
        "Mỗi nhiệm vụ được tính cho từng {lead} của nó: nhiệm vụ có nhiều {lead} được tính ở mỗi đơn vị, nên cộng các dòng theo đơn vị có thể lớn hơn tổng cộng. Tỷ lệ hoàn thành = (hoàn thành đúng hạn + trễ hạn) / (hoàn thành + quá hạn + gặp vướng mắc{}). {}.",
        match report.rate_over {
            RateOver::Due => "",
            RateOver::All => " + chưa đến hạn",
        },
        words::rating_rule(report.threshold, &report.bands),
        lead = report.lead_term.to_lowercase()
    )
}

pub fn write_csv(report: &Report, out: &mut dyn Write, spreadsheet: bool) -> Result<()> {
    let mut csv = crate::render::Csv::new(out, spreadsheet)?;
    csv.row([title(report)])?;
    csv.row([window_line(report)])?;
    let mut tables = vec![tasks(report), totals(report)];
    if !report.indicators.is_empty() {
        tables.push(indicators(report));
    }
    for (index, table) in tables.iter().enumerate() {
        csv.row([""])?;
        csv.row(&table.headers)?;
        for row in &table.rows {
            csv.row(row.iter().map(Cell::csv))?;
        }
        // The footnote explains the totals.
        if index == 1 {
            csv.row([footnote(report)])?;
        }
    }
    csv.finish()
}

pub fn xlsx(report: &Report) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook};
    let font = |format: Format| format.set_font_name("Times New Roman").set_font_size(12);
    let plain = font(Format::new());
    let title_format = font(Format::new().set_bold().set_align(FormatAlign::Center));
    let attached = font(Format::new().set_italic().set_align(FormatAlign::Center));
    let note = font(Format::new().set_text_wrap().set_align(FormatAlign::Top));
    let cell = font(
        Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin),
    );
    let header = cell
        .clone()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let count = cell.clone().set_num_format("0");
    let money = cell.clone().set_num_format("#,##0");
    let rate = cell.clone().set_num_format("0.00%");
    let date = cell.clone().set_num_format("dd/mm/yyyy");

    let mut workbook = Workbook::new();
    // Times New Roman 12 for every cell, even an empty one (digits 8 pixels wide, rows of 21).
    workbook.set_default_format(&plain, 21, 72)?;
    let mut sheets = vec![
        // The widest each column may be, in characters: about 130 fit across A4 landscape.
        (
            "Nhiệm vụ",
            tasks(report),
            vec![6, 7, 12, 36, 16, 11, 14, 9, 26],
        ),
        (
            "Tổng hợp",
            totals(report),
            vec![12, 30, 8, 10, 10, 8, 10, 8, 9, 10, 10, 10, 10, 13, 10],
        ),
    ];
    if !report.indicators.is_empty() {
        sheets.push((
            "Chỉ số",
            indicators(report),
            vec![8, 50, 10, 10, 10, 14, 30],
        ));
    }
    for (name, table, caps) in sheets {
        let sheet = workbook.add_worksheet().set_name(name)?;
        let last_column = table.headers.len().saturating_sub(1) as u16;
        // Columns as wide as their widest cell, headers wrapping at their longest word, within
        // the bounds above; long text wraps.
        let widths: Vec<usize> = (0..table.headers.len())
            .map(|column| {
                let header_word = table.headers[column]
                    .split_whitespace()
                    .map(|w| w.chars().count())
                    .max()
                    .unwrap_or(0);
                let widest = table
                    .rows
                    .iter()
                    .filter_map(|row| row.get(column))
                    .map(Cell::width)
                    .max()
                    .unwrap_or(0);
                let cap = caps.get(column).copied().unwrap_or(30);
                widest.min(cap).max(header_word).max(4)
            })
            .collect();
        for (column, width) in widths.iter().enumerate() {
            sheet.set_column_width(column as u16, *width as f64 + 1.0)?;
        }
        let all: usize = widths.iter().map(|w| w + 1).sum();
        // Whose annex it is, what it is, what it is attached to, then the data cut-off.
        let issuer = report
            .issuer
            .name
            .as_deref()
            .unwrap_or_default()
            .to_uppercase();
        sheet.merge_range(0, 0, 0, last_column, &issuer, &title_format)?;
        sheet.merge_range(1, 0, 1, last_column, &title(report), &title_format)?;
        sheet.merge_range(2, 0, 2, last_column, &attached_to(report), &attached)?;
        sheet.merge_range(3, 0, 3, last_column, &window_line(report), &plain)?;
        let top = 5;
        // In the totals, the first and last rows of the sections: the grand total is their sum.
        let sections = report.sections.len() as u32;
        let (first_section, last_section) = (top + 2, top + 1 + sections);
        for (column, text) in table.headers.iter().enumerate() {
            sheet.write_string_with_format(top, column as u16, text, &header)?;
        }
        sheet.set_row_height(top, line_height(rows_needed(&table.headers, &widths)))?;
        for (index, cells) in table.rows.iter().enumerate() {
            let row = top + 1 + index as u32;
            for (column, value) in cells.iter().enumerate() {
                let column = column as u16;
                match value {
                    Cell::Text(text) => {
                        sheet.write_string_with_format(row, column, text, &cell)?;
                    }
                    // The grand total of a count is the sum of the sections' (each item is in
                    // one section; the units' rows overlap).
                    Cell::Count(n)
                        if name == "Tổng hợp"
                            && index + 1 == table.rows.len()
                            && sections > 0
                            && (2..=10).contains(&column) | (column == 13) =>
                    {
                        let letter = char::from(b'A' + column as u8);
                        let formula = rust_xlsxwriter::Formula::new(format!(
                            "=SUM({letter}{}:{letter}{})",
                            first_section, last_section
                        ))
                        .set_result(n.to_string());
                        let format = if column == 13 { &money } else { &count };
                        sheet.write_formula_with_format(row, column, formula, format)?;
                    }
                    // The budget is the last number of a totals row.
                    Cell::Count(n) if name == "Tổng hợp" && column + 1 == last_column => {
                        sheet.write_number_with_format(row, column, *n as f64, &money)?;
                    }
                    Cell::Count(n) => {
                        sheet.write_number_with_format(row, column, *n as f64, &count)?;
                    }
                    // In the totals a rate is a formula over the row's counts, unrounded.
                    Cell::Rate(value) if name == "Tổng hợp" => {
                        let r = row + 1;
                        let done = if column == 11 {
                            format!("D{r}+E{r}")
                        } else {
                            format!("D{r}")
                        };
                        // Over every item assigned, those not yet due (H) count too.
                        let all = report.rate_over == RateOver::All;
                        let rated = if all {
                            format!("D{r}+E{r}+F{r}+G{r}+H{r}")
                        } else {
                            format!("D{r}+E{r}+F{r}+G{r}")
                        };
                        let formula = format!("=IF({rated}=0,\"\",({done})/({rated}))");
                        let counts = &cells[3..if all { 8 } else { 7 }];
                        let exact = exact_rate(counts, column == 11);
                        let result = exact.map_or(String::new(), |x| x.to_string());
                        debug_assert_eq!(value.is_some(), exact.is_some());
                        let formula = rust_xlsxwriter::Formula::new(formula).set_result(result);
                        sheet.write_formula_with_format(row, column, formula, &rate)?;
                    }
                    Cell::Rate(Some(value)) => {
                        sheet.write_number_with_format(row, column, value / 100.0, &rate)?;
                    }
                    Cell::Rate(None) => {
                        sheet.write_blank(row, column, &rate)?;
                    }
                    Cell::Number(Some(value)) => {
                        sheet.write_number_with_format(row, column, *value, &cell)?;
                    }
                    Cell::Number(None) => {
                        sheet.write_blank(row, column, &cell)?;
                    }

                    Cell::Date(day) => {
                        let excel = ExcelDateTime::from_ymd(
                            u16::try_from(day.year()).unwrap_or(1900),
                            day.month() as u8,
                            day.day() as u8,
                        )?;
                        sheet.write_datetime_with_format(row, column, &excel, &date)?;
                    }
                }
            }
            let texts: Vec<String> = cells
                .iter()
                .map(|c| match c {
                    Cell::Text(text) => text.clone(),
                    _ => String::new(),
                })
                .collect();
            sheet.set_row_height(row, line_height(rows_needed(&texts, &widths)))?;
        }
        if name == "Tổng hợp" {
            let row = top + 2 + table.rows.len() as u32;
            let text = footnote(report);
            sheet.merge_range(row, 0, row, last_column, &text, &note)?;
            let lines = text.chars().count().div_ceil(all.max(1)) + 1;
            sheet.set_row_height(row, line_height(lines))?;
        }
        sheet.set_freeze_panes(top + 1, 0)?;
        sheet.set_repeat_rows(top, top)?;
        sheet.set_paper_size(9); // A4
        sheet.set_landscape();
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_footer("&C&\"Times New Roman\"&12&P/&N");
    }
    Ok(workbook.save_to_buffer()?)
}

/// The rate of a totals row from its counts (on time, late, blocked, overdue, and not yet due
/// when rates are over every item), unrounded: all done, or (`all` false) done on time, out of
/// those counted.
fn exact_rate(counts: &[Cell], all: bool) -> Option<f64> {
    let n = |i: usize| match counts.get(i) {
        Some(Cell::Count(n)) => *n as f64,
        _ => 0.0,
    };
    let counted: f64 = (0..counts.len()).map(n).sum();
    let done = if all { n(0) + n(1) } else { n(0) };
    (counted > 0.0).then(|| done / counted)
}

/// How many lines the tallest of `texts` takes wrapped in columns of `widths` characters
/// (Excel does not fit a row to wrapped text written by a program).
fn rows_needed<S: AsRef<str>>(texts: &[S], widths: &[usize]) -> usize {
    texts
        .iter()
        .zip(widths)
        .map(|(text, width)| {
            // A column is measured in digits; Vietnamese text in Times New Roman runs about a
            // fifth narrower.
            let width = (*width * 6 / 5).max(1);
            let mut lines = 1;
            let mut used = 0;
            for word in text.as_ref().split_whitespace() {
                let length = word.chars().count();
                if used > 0 && used + 1 + length > width {
                    lines += 1;
                    used = 0;
                }
                used += if used > 0 { 1 } else { 0 } + length;
                // A word longer than the column is cut.
                while used > width {
                    lines += 1;
                    used -= width;
                }
            }
            lines
        })
        .max()
        .unwrap_or(1)
}

/// The height in points of a row of `lines` lines of Times New Roman 12.
fn line_height(lines: usize) -> f64 {
    lines.max(1) as f64 * 15.75
}
