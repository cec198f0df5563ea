//! The consolidated report of a workspace, for Sở Nội vụ: each member's figures as its own
//! report gives them, the province's totals, the members ranked, every overdue item, the last
//! commit of each; in Markdown, JSON, Word and Excel.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::super::report::data::Report;
use super::super::report::outline::{Block, Span};
use super::super::{Env, Outcome};
use super::read_members;
use crate::bail;
use crate::cli::{ReportArgs, ReportFormat};
use crate::lang::Lang;
use crate::message::Result;
use crate::msg;
use crate::period::Period;
use crate::rules::{self, Counts};
use crate::window::{Title, Window};

/// A member in the consolidated report.
#[derive(Debug, Serialize)]
struct MemberRow {
    name: String,
    /// Its counts and rates, as its own report for the window gives them.
    totals: Option<Counts>,
    rank: Option<usize>,
    last_commit: Option<NaiveDate>,
    /// No commit in the window: its figures may be older than the cut-off.
    stale: bool,
    problems: Option<String>,
}

#[derive(Debug, Serialize)]
struct OverdueRow {
    plan: String,
    id: String,
    period: Option<Period>,
    title: String,
    lead: Vec<String>,
    due: NaiveDate,
    days_overdue: i64,
}

/// The window of the consolidated report (the members' own, where their cut-offs agree).
#[derive(Debug, Serialize)]
struct WindowOut {
    from: NaiveDate,
    to: NaiveDate,
    period: Period,
    title: String,
}

#[derive(Debug, Serialize)]
struct Consolidated {
    title: String,
    window: WindowOut,
    totals: Counts,
    plans: Vec<MemberRow>,
    overdue: Vec<OverdueRow>,
    /// The members that score by rules of their own (`report_threshold`, `[report]`), unlike
    /// the first member's: their rates are theirs, said in a note.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    own_rules: Vec<String>,
}

pub fn report(
    file: &Path,
    args: &ReportArgs,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let scope = &args.scope;
    if scope.unit.is_some() || args.estimate {
        bail!(
            msg!("`--unit` and `--estimate` are for one plan's report")
                .help(msg!("leave out --workspace, or those options"))
        );
    }
    let (workspace, members) = read_members(file, env, &scope.plans)?;
    let year = members
        .iter()
        .find_map(|m| m.plan.as_ref().ok().map(|p| p.year))
        .unwrap_or(chrono::Datelike::year(&env.today));
    let year = |given: Option<i32>| given.unwrap_or(year);
    let span = match (scope.quarter, scope.half, scope.year) {
        (Some(q), _, _) => Period::quarter(year(q.year), q.number),
        (None, Some(h), _) => Period::half(year(h.year), h.number),
        (None, None, given) => Some(Period::year(year(given.flatten()))),
    }
    .unwrap_or(Period::year(year(None)));
    let mut totals = Counts::default();
    let mut rows = Vec::new();
    let mut overdue = Vec::new();
    let mut window_shown = None;
    for read in &members {
        let mut row = MemberRow {
            name: read.member.name.clone(),
            totals: None,
            rank: None,
            last_commit: read.last_commit,
            stale: false,
            problems: None,
        };
        match &read.plan {
            Err(problem) => row.problems = Some(problem.text(lang)),
            Ok(plan) => {
                // The member's own window and rules, as its own report has them.
                let mut window = Window::new(span, plan.report_cutoff);
                if let Some(from) = scope.from {
                    window.from = from.resolve(env.today);
                }
                if let Some(to) = scope.to {
                    window.to = to.resolve(env.today);
                }
                window_shown.get_or_insert(window);
                let own = Report::new(plan, window, None, &|_| true);
                add_counts(&mut totals, &own.totals);
                row.stale = read.last_commit.is_none_or(|d| d < window.from);
                for item in own
                    .tasks
                    .iter()
                    .filter(|t| t.result == rules::Verdict::Overdue)
                {
                    if let Some(due) = item.due {
                        overdue.push(OverdueRow {
                            plan: read.member.name.clone(),
                            id: item.id.clone(),
                            period: item.period,
                            title: item.title.clone(),
                            lead: item.lead.clone(),
                            due,
                            days_overdue: (window.to - due).num_days(),
                        });
                    }
                }
                row.totals = Some(own.totals);
            }
        }
        rows.push(row);
    }
    // Ranked by completion rate, highest first; members with nothing rated last.
    let mut order: Vec<usize> = (0..rows.len())
        .filter(|i| rows[*i].totals.as_ref().is_some_and(|t| t.rate.is_some()))
        .collect();
    order.sort_by(|a, b| {
        let rate = |i: &usize| rows[*i].totals.as_ref().and_then(|t| t.rate).unwrap_or(0.0);
        rate(b).total_cmp(&rate(a))
    });
    for (rank, index) in order.iter().enumerate() {
        rows[*index].rank = Some(rank + 1);
    }
    let window =
        window_shown.unwrap_or_else(|| Window::new(span, crate::window::Cutoff::default()));
    // Rules of scoring: the first member's, and the members whose differ.
    let rules_of = |plan: &crate::model::Plan| {
        let r = &plan.report;
        (r.threshold, r.rate_over, r.bands.clone())
    };
    let loaded: Vec<(&str, &crate::model::Plan)> = members
        .iter()
        .filter_map(|m| m.plan.as_ref().ok().map(|p| (m.member.name.as_str(), p)))
        .collect();
    let own_rules = match loaded.first() {
        Some((_, first)) => loaded
            .iter()
            .filter(|(_, p)| rules_of(p) != rules_of(first))
            .map(|(name, _)| name.to_string())
            .collect(),
        None => Vec::new(),
    };
    let consolidated = Consolidated {
        own_rules,
        title: workspace.title.clone(),
        window: WindowOut {
            from: window.from,
            to: window.to,
            period: window.span,
            title: Title(window.span).to_string(),
        },
        totals: totals.finish(),
        plans: rows,
        overdue,
    };
    let mut buffer = Vec::new();
    match args.format {
        ReportFormat::Json => crate::render::write_json(&mut buffer, &consolidated)?,
        ReportFormat::Markdown => super::super::report::markdown::write(
            &outline(&consolidated, &order),
            &mut crate::render::Printable(&mut buffer),
        )?,
        ReportFormat::Docx => {
            if args.output.is_none() {
                bail!(
                    msg!("a Word document cannot be shown here")
                        .help(msg!("add `-o {file}`", file = "tong-hop.docx"))
                );
            }
            buffer = super::super::report::docx::write(&outline(&consolidated, &order))?;
        }
        ReportFormat::Xlsx => {
            if args.output.is_none() {
                bail!(
                    msg!("an Excel workbook cannot be shown here")
                        .help(msg!("add `-o {file}`", file = "tong-hop.xlsx"))
                );
            }
            buffer = workbook(&consolidated, &order)?;
        }
        ReportFormat::Csv | ReportFormat::CsvRaw => bail!(
            msg!("a workspace's report is written as markdown, json, docx or xlsx")
                .help(msg!("use `--format markdown`, `json`, `docx` or `xlsx`"))
        ),
    }
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            crate::files::write_output(&env.cwd, path, &buffer, &workspace.clones(), args.force)?
        }
        _ => out.write_all(&buffer)?,
    }
    let failed: Vec<(String, String)> = consolidated
        .plans
        .iter()
        .filter_map(|p| Some((p.name.clone(), p.problems.clone()?)))
        .collect();
    super::say_left_out(&failed, lang, err)
}

/// The consolidated report as a workbook: the members ranked, their counts and rates (numbers,
/// shown as percentages), their last commits, then the province's totals.
fn workbook(report: &Consolidated, order: &[usize]) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format as Look, FormatBorder, Workbook};
    let font = |look: Look| look.set_font_name("Times New Roman").set_font_size(12);
    let bold = font(Look::new().set_bold());
    let cell = font(Look::new().set_text_wrap().set_border(FormatBorder::Thin));
    let rate = cell.clone().set_num_format("0.00%");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Tổng hợp")?;
    sheet.write_string_with_format(0, 0, "SỞ NỘI VỤ", &bold)?;
    let title = format!(
        "Tổng hợp kết quả thực hiện công tác cải cách hành chính {} của {}",
        report.window.title, report.title
    );
    sheet.write_string_with_format(1, 0, &title, &bold)?;
    let headers = [
        "Xếp hạng",
        "Cơ quan, đơn vị",
        "Hoàn thành đúng hạn",
        "Hoàn thành trễ hạn",
        "Gặp vướng mắc",
        "Quá hạn",
        "Chưa đến hạn",
        "Tỷ lệ hoàn thành",
        "Cập nhật lần cuối",
    ];
    for (column, (header, width)) in headers
        .iter()
        .zip([9, 36, 12, 12, 12, 10, 12, 12, 14])
        .enumerate()
    {
        sheet.set_column_width(column as u16, width)?;
        sheet.write_string_with_format(3, column as u16, *header, &bold)?;
    }
    let members = order
        .iter()
        .map(|i| &report.plans[*i])
        .chain(report.plans.iter().filter(|p| p.rank.is_none()));
    let mut row = 4;
    for member in members {
        match member.rank {
            Some(rank) => sheet.write_number_with_format(row, 0, rank as f64, &cell)?,
            None => sheet.write_blank(row, 0, &cell)?,
        };
        sheet.write_string_with_format(row, 1, &member.name, &cell)?;
        if let Some(c) = &member.totals {
            for (column, n) in [
                c.done_on_time,
                c.done_late,
                c.blocked,
                c.overdue,
                c.not_yet_due,
            ]
            .iter()
            .enumerate()
            {
                sheet.write_number_with_format(row, 2 + column as u16, *n as f64, &cell)?;
            }
            match c.rate {
                Some(value) => sheet.write_number_with_format(row, 7, value / 100.0, &rate)?,
                None => sheet.write_blank(row, 7, &rate)?,
            };
        } else {
            sheet.write_string_with_format(
                row,
                2,
                member.problems.as_deref().unwrap_or_default(),
                &cell,
            )?;
        }
        let last = member
            .last_commit
            .map(|d| Lang::Vi.day(d))
            .unwrap_or_default();
        sheet.write_string_with_format(row, 8, &last, &cell)?;
        row += 1;
    }
    let t = &report.totals;
    sheet.write_string_with_format(row, 1, "Tổng cộng", &bold)?;
    for (column, n) in [
        t.done_on_time,
        t.done_late,
        t.blocked,
        t.overdue,
        t.not_yet_due,
    ]
    .iter()
    .enumerate()
    {
        sheet.write_number_with_format(row, 2 + column as u16, *n as f64, &cell)?;
    }
    if let Some(value) = t.rate {
        sheet.write_number_with_format(row, 7, value / 100.0, &rate)?;
    }
    Ok(workbook.save_to_buffer()?)
}

/// Adds a member's counts to the province's.
fn add_counts(totals: &mut Counts, member: &Counts) {
    totals.done_on_time += member.done_on_time;
    totals.done_late += member.done_late;
    totals.dropped += member.dropped;
    totals.blocked += member.blocked;
    totals.overdue += member.overdue;
    totals.not_yet_due += member.not_yet_due;
    totals.continuous_with_result += member.continuous_with_result;
    totals.continuous_without += member.continuous_without;
    totals.budget += member.budget;
}

/// The consolidated report in the official layout, from Sở Nội vụ.
fn outline(report: &Consolidated, order: &[usize]) -> Vec<Block> {
    let title = &report.window.title;
    let words = super::super::report::words::share;
    let mut blocks = vec![
        Block::Header {
            parent: None,
            issuer: "Sở Nội vụ".to_string(),
            number: "Số: …/BC-SNV".to_string(),
            about: None,
            place_date: "…, ngày … tháng … năm …".to_string(),
        },
        Block::Title {
            kind: "BÁO CÁO".to_string(),
            subject: format!(
                "Tổng hợp kết quả thực hiện công tác cải cách hành chính {title} của {}",
                report.title
            ),
        },
        Block::Paragraph(vec![Span::Text(format!(
            "Thời gian chốt số liệu: từ ngày {} đến ngày {}. Số liệu tổng hợp từ kế hoạch của {} cơ quan, đơn vị.",
            Lang::Vi.day(report.window.from),
            Lang::Vi.day(report.window.to),
            report.plans.len()
        ))]),
        Block::Paragraph(vec![
            Span::Text("Tỷ lệ hoàn thành chung: ".to_string()),
            Span::Bold(words(
                report.totals.done(),
                report.totals.rated,
                report.totals.rate,
            )),
            Span::Text(".".to_string()),
        ]),
        Block::Part("I. Kết quả theo cơ quan, đơn vị".to_string()),
    ];
    let rows: Vec<Vec<String>> = order
        .iter()
        .map(|i| &report.plans[*i])
        .chain(report.plans.iter().filter(|p| p.rank.is_none()))
        .map(|p| {
            let (counts, rate) = match &p.totals {
                Some(c) => (
                    [c.done_on_time, c.done_late, c.blocked, c.overdue]
                        .iter()
                        .map(|n| n.to_string())
                        .collect(),
                    words(c.done(), c.rated, c.rate),
                ),
                None => (
                    vec![String::new(); 4],
                    "không đọc được kế hoạch".to_string(),
                ),
            };
            let mut row = vec![
                p.rank.map(|r| r.to_string()).unwrap_or_default(),
                p.name.clone(),
            ];
            row.extend(counts);
            row.push(rate);
            row.push(
                p.last_commit.map(|d| Lang::Vi.day(d)).unwrap_or_default()
                    + if p.stale {
                        " (chưa cập nhật trong kỳ)"
                    } else {
                        ""
                    },
            );
            row
        })
        .collect();
    blocks.push(Block::Table {
        headers: [
            "Xếp hạng",
            "Cơ quan, đơn vị",
            "Hoàn thành đúng hạn",
            "Hoàn thành trễ hạn",
            "Gặp vướng mắc",
            "Quá hạn",
            "Tỷ lệ hoàn thành",
            "Cập nhật lần cuối",
        ]
        .map(str::to_string)
        .to_vec(),
        rows,
        widths: vec![7, 20, 10, 10, 10, 9, 19, 15],
    });
    if !report.own_rules.is_empty() {
        blocks.push(Block::Note(format!(
            "Tỷ lệ của {} tính theo quy tắc riêng trong kế hoạch của đơn vị (ngưỡng đánh giá, cách tính tỷ lệ).",
            report.own_rules.join(", ")
        )));
    }
    blocks.push(Block::Part("II. Nhiệm vụ quá hạn".to_string()));
    if report.overdue.is_empty() {
        blocks.push(Block::Paragraph(vec![Span::Text(
            "Không có nhiệm vụ quá hạn.".to_string(),
        )]));
    }
    for item in &report.overdue {
        let period = item
            .period
            .map(|p| format!("kỳ {}; ", super::super::report::words::period(p)))
            .unwrap_or_default();
        blocks.push(Block::Bullet(vec![Span::Text(format!(
            "{}: {}. {} ({period}thời hạn {}, quá hạn {} ngày).",
            item.plan,
            item.id,
            item.title.trim_end_matches('.'),
            Lang::Vi.day(item.due),
            item.days_overdue
        ))]));
    }
    let unread: Vec<&MemberRow> = report
        .plans
        .iter()
        .filter(|p| p.problems.is_some())
        .collect();
    if !unread.is_empty() {
        blocks.push(Block::Part("III. Kế hoạch không đọc được".to_string()));
        for p in unread {
            blocks.push(Block::Bullet(vec![Span::Text(format!(
                "{}: {}",
                p.name,
                p.problems.clone().unwrap_or_default()
            ))]));
        }
    }
    blocks.push(Block::Signature {
        recipients: vec![
            "UBND tỉnh".to_string(),
            "Bộ Nội vụ".to_string(),
            "Lưu: VT".to_string(),
        ],
        signer: vec!["GIÁM ĐỐC".to_string()],
        name: None,
    });
    blocks
}
