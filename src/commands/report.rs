//! `plan report`: the report the office sends on how the plan is going (báo cáo kết quả thực
//! hiện), always in Vietnamese: each task with its result in the report's words and the notes
//! of the reporting window, then the totals by section, by unit and overall.

use std::io::Write;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::Outcome;
use super::{Context, items};
use crate::cli::{ReportArgs, ReportFormat};
use crate::deadline::Kind;
use crate::files;
use crate::model::{Plan, Status, Task};
use crate::period::Period;
use crate::render;
use crate::window::{Title, Window};

pub fn run(context: &Context, args: &ReportArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let today = context.env.today;
    let span = match (args.quarter, args.half) {
        (Some(q), _) => Period::quarter(q.year.unwrap_or(plan.year), q.number),
        (None, Some(h)) => Period::half(plan.year, h),
        (None, None) => Some(Period::year(plan.year)),
    }
    .unwrap_or(Period::year(plan.year));
    let mut window = Window::new(span, plan.report_cutoff);
    if let Some(from) = args.from {
        window.from = from.resolve(today);
    }
    if let Some(to) = args.to {
        window.to = to.resolve(today);
    }
    if window.from > window.to {
        bail!(
            "the reporting window ends ({}) before it starts ({})\nhelp: check `--from` and `--to`",
            vn(window.to),
            vn(window.from)
        );
    }
    let report = Report::new(plan, window);
    let mut buffer = Vec::new();
    match args.format {
        ReportFormat::Markdown => report.write_markdown(&mut render::Printable(&mut buffer))?,
        ReportFormat::Csv => report.write_csv(&mut buffer)?,
        ReportFormat::Xlsx => {
            if args.output.is_none() {
                bail!("an Excel workbook cannot be shown here\nhelp: add `-o report.xlsx`");
            }
            buffer = report.xlsx()?;
        }
    }
    match &args.output {
        Some(path) => {
            let plan_dir = context.env.cwd.join(context.dir);
            files::write_output(&context.env.cwd, path, &buffer, &plan_dir, args.force)?;
        }
        None => out.write_all(&buffer)?,
    }
    Ok(Outcome::Success)
}

/// A day the Vietnamese way: 14/06/2023.
fn vn(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

const CONTINUOUS_DONE: &str = "Đã có kết quả";
const CONTINUOUS_NOT_YET: &str = "Chưa có kết quả";

/// One row of the report's task table.
#[derive(Debug)]
struct Line {
    section: String,
    id: String,
    title: String,
    lead: String,
    deadline: String,
    result: &'static str,
    notes: String,
    heading: bool,
}

impl Line {
    /// The row as the CSV and the workbook hold it.
    fn cells(&self) -> Vec<String> {
        vec![
            self.section.clone(),
            self.id.clone(),
            self.title.clone(),
            self.lead.clone(),
            self.deadline.clone(),
            self.result.to_string(),
            self.notes.clone(),
        ]
    }
}

/// How the tasks due in the period reported on stand at the window's end, one count per
/// result: the counts add up to `due`.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    due: usize,
    /// Indexed by [`Verdict`], in the order it declares them.
    by_result: [usize; 6],
}

impl Tally {
    fn add(&mut self, result: Verdict) {
        self.due += 1;
        self.by_result[result as usize] += 1;
    }

    fn done(&self) -> usize {
        self.by_result[Verdict::Done as usize] + self.by_result[Verdict::DoneLate as usize]
    }

    /// Done (on time or late) out of the tasks not dropped.
    fn share(&self) -> Option<f64> {
        let counted = self.due - self.by_result[Verdict::Dropped as usize];
        (counted > 0).then(|| self.done() as f64 / counted as f64)
    }
}

/// The result of a task, as the report words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Done,
    DoneLate,
    InTime,
    Overdue,
    NotStarted,
    Dropped,
}

impl Verdict {
    fn words(self) -> &'static str {
        match self {
            Verdict::Done => "Hoàn thành",
            Verdict::DoneLate => "Hoàn thành trễ hạn",
            Verdict::InTime => "Đang thực hiện trong hạn",
            Verdict::Overdue => "Đang thực hiện quá hạn",
            Verdict::NotStarted => "Chưa thực hiện",
            Verdict::Dropped => "Không thực hiện",
        }
    }

    /// The result of a task (or an occurrence) on day `to`.
    fn of(task: &Task, period: Option<Period>, to: NaiveDate) -> Verdict {
        let state = task.state_on(to, period);
        match state.status {
            Status::Done if state.days_late.is_some() => Verdict::DoneLate,
            Status::Done => Verdict::Done,
            Status::Dropped => Verdict::Dropped,
            Status::Todo => Verdict::NotStarted,
            Status::Doing | Status::Blocked if state.due.is_some_and(|due| due < to) => {
                Verdict::Overdue
            }
            Status::Doing | Status::Blocked => Verdict::InTime,
        }
    }
}

/// A row of the totals: a section, a unit, or the whole plan.
struct TotalRow {
    scope: &'static str,
    name: String,
    tally: Tally,
    /// Below the 70% line (units only).
    below: bool,
}

/// The share of tasks a unit must complete for its head to be rated as having completed the
/// year's tasks.
const PASS_MARK: f64 = 0.7;

struct Report<'p> {
    plan: &'p Plan,
    window: Window,
    lines: Vec<Line>,
    totals: Vec<TotalRow>,
    continuous: usize,
    continuous_done: usize,
}

impl<'p> Report<'p> {
    fn new(plan: &'p Plan, window: Window) -> Report<'p> {
        let to = window.to;
        let mut lines = Vec::new();
        let mut by_section: Vec<(String, Tally)> = Vec::new();
        let mut by_unit: Vec<Tally> = vec![Tally::default(); plan.units.len()];
        let mut overall = Tally::default();
        let (mut continuous, mut continuous_done) = (0, 0);
        for section in &plan.sections {
            let mut tally = Tally::default();
            for task in plan.tasks.iter().filter(|t| *t.section == *section.id) {
                let mut line = |period: Option<Period>, result: &'static str| {
                    let id = match period {
                        Some(p) => format!("{} ({p})", task.id),
                        None => task.id.clone(),
                    };
                    lines.push(Line {
                        section: section.id.clone(),
                        id,
                        title: task.title.clone(),
                        lead: task.lead.join("; "),
                        deadline: task
                            .deadline_text
                            .as_deref()
                            .unwrap_or_default()
                            .to_string(),
                        result,
                        notes: notes(task, period, &window),
                        heading: task.is_heading(),
                    });
                };
                if task.is_heading() {
                    line(None, "");
                    continue;
                }
                if task.kind() == Some(Kind::Continuous) {
                    continuous += 1;
                    // Work reported in the window: an entry saying it is being done or done.
                    let any = task.progress.iter().any(|e| {
                        window.contains(e.date)
                            && matches!(e.status, Some(Status::Doing | Status::Done))
                    });
                    continuous_done += usize::from(any);
                    line(
                        None,
                        if any {
                            CONTINUOUS_DONE
                        } else {
                            CONTINUOUS_NOT_YET
                        },
                    );
                    continue;
                }
                // What falls due in the quarter (half, year) reported on, as it stands at the
                // window's end.
                let due_in_window: Vec<Option<Period>> = items(plan, task)
                    .filter(|item| {
                        task.state_on(to, item.period)
                            .due
                            .is_some_and(|d| window.span.contains(d))
                    })
                    .map(|item| item.period)
                    .collect();
                for period in &due_in_window {
                    let result = Verdict::of(task, *period, to);
                    for tally in std::iter::once(&mut tally)
                        .chain(std::iter::once(&mut overall))
                        .chain(
                            by_unit
                                .iter_mut()
                                .zip(&plan.units)
                                .filter(|(_, u)| task.led_by(&u.name))
                                .map(|(t, _)| t),
                        )
                    {
                        tally.add(result);
                    }
                }
                if task.every().is_some() {
                    let shown = if due_in_window.is_empty() {
                        vec![task.current_occurrence(plan.year, to)]
                    } else {
                        due_in_window
                    };
                    for period in shown {
                        line(period, Verdict::of(task, period, to).words());
                    }
                } else {
                    line(None, Verdict::of(task, None, to).words());
                }
            }
            by_section.push((format!("{}. {}", section.id, section.title), tally));
        }
        let mut totals: Vec<TotalRow> = by_section
            .into_iter()
            .map(|(name, tally)| TotalRow {
                scope: "Nội dung",
                name,
                tally,
                below: false,
            })
            .collect();
        for (unit, tally) in plan.units.iter().zip(by_unit) {
            totals.push(TotalRow {
                scope: "Đơn vị chủ trì",
                name: unit.name.clone(),
                below: tally.share().is_some_and(|s| s < PASS_MARK),
                tally,
            });
        }
        totals.push(TotalRow {
            scope: "Tổng cộng",
            name: String::new(),
            tally: overall,
            below: false,
        });
        Report {
            plan,
            window,
            lines,
            totals,
            continuous,
            continuous_done,
        }
    }

    fn title(&self) -> String {
        format!(
            "Báo cáo kết quả thực hiện kế hoạch cải cách hành chính {}",
            Title(self.window.span)
        )
    }

    /// The lines under the title: who reports, under which plan, for which days.
    fn preamble(&self) -> Vec<String> {
        let plan = self.plan;
        let mut lines = Vec::new();
        if let Some(organization) = &plan.organization {
            lines.push(organization.clone());
        }
        match &plan.document {
            Some(document) => lines.push(format!("Thực hiện {document}: {}.", plan.title)),
            None => lines.push(format!("Thực hiện {}.", plan.title)),
        }
        let mut window = format!(
            "Kỳ báo cáo: từ ngày {} đến ngày {}.",
            vn(self.window.from),
            vn(self.window.to)
        );
        if let Some(send_by) = self.window.send_by {
            window.push_str(&format!(" Hạn gửi báo cáo: ngày {}.", vn(send_by)));
        }
        lines.push(window);
        lines
    }

    fn continuous_line(&self) -> String {
        format!(
            "Nhiệm vụ thường xuyên: {}, đã có kết quả trong kỳ: {}.",
            self.continuous, self.continuous_done
        )
    }

    fn write_markdown(&self, out: &mut dyn Write) -> Result<()> {
        let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
        writeln!(out, "# {}\n", self.title())?;
        writeln!(out, "{}\n", self.preamble().join("  \n"))?;
        for section in &self.plan.sections {
            writeln!(out, "## {}. {}\n", section.id, section.title)?;
            writeln!(out, "| {} |", TASK_HEADERS[1..].join(" | "))?;
            writeln!(out, "|{}", "---|".repeat(TASK_HEADERS.len() - 1))?;
            for line in self.lines.iter().filter(|l| l.section == section.id) {
                if line.heading {
                    writeln!(
                        out,
                        "| **{}** | **{}** | | | | |",
                        line.id,
                        cell(&line.title)
                    )?;
                } else {
                    writeln!(
                        out,
                        "| {} | {} | {} | {} | {} | {} |",
                        line.id,
                        cell(&line.title),
                        cell(&line.lead),
                        cell(&line.deadline),
                        line.result,
                        cell(&line.notes)
                    )?;
                }
            }
            writeln!(out)?;
        }
        writeln!(out, "## Tổng hợp\n")?;
        writeln!(
            out,
            "Nhiệm vụ có thời hạn trong {}, tình hình tại ngày {}.\n",
            Title(self.window.span),
            vn(self.window.to)
        )?;
        writeln!(out, "| {} |", TOTAL_HEADERS.join(" | "))?;
        writeln!(out, "|{}", "---|".repeat(TOTAL_HEADERS.len()))?;
        for row in &self.totals {
            writeln!(out, "| {} |", total_cells(row).join(" | "))?;
        }
        writeln!(out, "\n{}", self.continuous_line())?;
        Ok(())
    }

    fn write_csv(&self, out: &mut dyn Write) -> Result<()> {
        out.write_all(crate::render::CSV_BOM)?;
        let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(out);
        writer.write_record([self.title()])?;
        for line in self.preamble() {
            writer.write_record([line])?;
        }
        writer.write_record(TASK_HEADERS)?;
        for line in &self.lines {
            writer.write_record(line.cells())?;
        }
        writer.write_record([""])?;
        writer.write_record(TOTAL_HEADERS)?;
        for row in &self.totals {
            writer.write_record(total_cells(row))?;
        }
        writer.write_record([self.continuous_line()])?;
        writer.flush()?;
        Ok(())
    }

    fn xlsx(&self) -> Result<Vec<u8>> {
        use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet};
        let bold = Format::new().set_bold();
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(rust_xlsxwriter::FormatBorder::Thin);
        let wrap = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(rust_xlsxwriter::FormatBorder::Thin);
        // A table from `row` on, its first row the header, columns fitted to their text;
        // returns the row after it.
        let write_table =
            |sheet: &mut Worksheet, mut row: u32, rows: &[Vec<String>]| -> Result<u32> {
                for (index, cells) in rows.iter().enumerate() {
                    let format = if index == 0 { &header } else { &wrap };
                    for (column, text) in cells.iter().enumerate() {
                        sheet.write_string_with_format(row, column as u16, text, format)?;
                    }
                    row += 1;
                }
                let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
                for column in 0..columns {
                    let widest = rows
                        .iter()
                        .filter_map(|row| row.get(column))
                        .map(|text| text.chars().count())
                        .max()
                        .unwrap_or(8);
                    sheet.set_column_width(column as u16, widest.clamp(8, 60) as f64 + 2.0)?;
                }
                Ok(row)
            };
        let mut workbook = Workbook::new();

        let sheet = workbook.add_worksheet().set_name("Nhiệm vụ")?;
        sheet.write_string_with_format(0, 0, self.title(), &bold)?;
        let mut row = 1;
        for line in self.preamble() {
            sheet.write_string(row, 0, line)?;
            row += 1;
        }
        row += 1;
        let mut table: Vec<Vec<String>> =
            vec![TASK_HEADERS.iter().map(|h| h.to_string()).collect()];
        table.extend(self.lines.iter().map(Line::cells));
        write_table(sheet, row, &table)?;

        let sheet = workbook.add_worksheet().set_name("Tổng hợp")?;
        sheet.write_string_with_format(0, 0, self.title(), &bold)?;
        sheet.write_string(
            1,
            0,
            format!(
                "Nhiệm vụ có thời hạn trong {}, tình hình tại ngày {}.",
                Title(self.window.span),
                vn(self.window.to)
            ),
        )?;
        let mut table: Vec<Vec<String>> =
            vec![TOTAL_HEADERS.iter().map(|h| h.to_string()).collect()];
        table.extend(self.totals.iter().map(total_cells));
        let row = write_table(sheet, 3, &table)?;
        sheet.write_string(row + 1, 0, self.continuous_line())?;
        Ok(workbook.save_to_buffer()?)
    }
}

const TASK_HEADERS: [&str; 7] = [
    "Nội dung",
    "STT",
    "Nhiệm vụ",
    "Cơ quan chủ trì",
    "Thời hạn",
    "Kết quả",
    "Ghi chú",
];

const TOTAL_HEADERS: [&str; 12] = [
    "Phạm vi",
    "Tên",
    "Đến hạn trong kỳ",
    "Hoàn thành",
    "Hoàn thành trễ hạn",
    "Đang thực hiện trong hạn",
    "Đang thực hiện quá hạn",
    "Chưa thực hiện",
    "Không thực hiện",
    "Hoàn thành/Đến hạn",
    "Tỷ lệ hoàn thành",
    "Đánh giá",
];

fn total_cells(row: &TotalRow) -> Vec<String> {
    let t = &row.tally;
    let mut cells = vec![row.scope.to_string(), row.name.clone(), t.due.to_string()];
    cells.extend(t.by_result.iter().map(|n| n.to_string()));
    cells.push(format!(
        "{}/{}",
        t.done(),
        t.due - t.by_result[Verdict::Dropped as usize]
    ));
    // Rounded down, so that a unit marked below 70% never shows 70%.
    cells.push(t.share().map_or("–".to_string(), |s| {
        format!("{:.0}%", (s * 100.0).floor())
    }));
    cells.push(if row.below {
        "Dưới 70%".to_string()
    } else {
        String::new()
    });
    cells
}

/// The notes of the entries made in the window ("05/04/2023: ..."); an entry without a note
/// says what it recorded.
fn notes(task: &Task, period: Option<Period>, window: &Window) -> String {
    task.progress
        .iter()
        .filter(|e| window.contains(e.date) && (e.period.is_none() || e.period == period))
        .map(|e| {
            let what = match (&e.note, e.status, e.due) {
                (Some(note), _, _) => note.clone(),
                (None, Some(status), _) => crate::lang::Lang::Vi.status(status).to_string(),
                (None, None, Some(due)) => format!("hạn mới {}", vn(due)),
                (None, None, None) => String::new(),
            };
            format!("{}: {what}", vn(e.date))
        })
        .collect::<Vec<_>>()
        .join("; ")
}
