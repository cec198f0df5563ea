//! `plan report`: the report the office sends on how the plan is going (báo cáo kết quả thực
//! hiện công tác cải cách hành chính), always in Vietnamese. Each report item gets one result
//! as of the cut-off day ([`data`]); the formats are all drawn from that one structure: JSON as
//! it is, a Word draft and Markdown from the same outline ([`outline`]), an Excel annex and CSV
//! from the same tables ([`sheet`]).

pub(super) mod data;
pub(super) mod docx;
pub(super) mod evidence;
pub(super) mod markdown;
pub(super) mod outline;
mod sheet;
pub(super) mod words;

use crate::lang::Lang;
use std::io::Write;

use crate::bail;
use crate::message::Result;

use super::Context;
use super::Outcome;
use crate::cli::{ReportArgs, ReportFormat, Scope};
use crate::files;
use crate::msg;
use crate::period::Period;
use crate::render;
use crate::window::Window;

use data::Report;

pub fn run(context: &Context, args: &ReportArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let (window, unit) = scope(context, &args.scope)?;
    // The unit's own tasks, and those it owes on the cut-off day (taken over from a unit
    // that ended).
    let lead = Some(crate::units::Role::Lead);
    let leads = |task: &crate::model::Task| {
        unit.as_ref().is_none_or(|(_, names)| {
            crate::units::involves(task, names, lead)
                || crate::units::involves_on(plan, task, names, lead, window.to)
        })
    };
    let mut report = Report::new(
        plan,
        window,
        unit.as_ref().map(|(name, _)| name.as_str()),
        &leads,
    );
    if args.estimate {
        if window.span.every != crate::period::Every::Year {
            bail!(
                msg!("an estimate to the year's end is for a year's report")
                    .help(msg!("add `--year`, or leave out `--estimate`"))
            );
        }
        report.estimate();
    }
    let mut buffer = Vec::new();
    match args.format {
        ReportFormat::Markdown => markdown::write(
            &outline::outline(&report),
            &mut render::Printable(&mut buffer),
        )?,
        ReportFormat::Json => render::write_json(&mut buffer, &report)?,
        ReportFormat::Csv | ReportFormat::CsvRaw => {
            sheet::write_csv(&report, &mut buffer, args.format == ReportFormat::Csv)?
        }
        ReportFormat::Xlsx | ReportFormat::Docx => {
            if args.output.is_none() {
                let (refused, file) = match args.format {
                    ReportFormat::Xlsx => (
                        msg!("an Excel workbook cannot be shown here"),
                        "report.xlsx",
                    ),
                    _ => (msg!("a Word document cannot be shown here"), "report.docx"),
                };
                bail!(refused.help(msg!("add `-o {file}`", file)));
            }
            buffer = match args.format {
                ReportFormat::Xlsx => sheet::xlsx(&report)?,
                _ => docx::write(&outline::outline(&report))?,
            };
        }
    }
    deliver(context, args.output.as_deref(), args.force, &buffer, out)
}

/// Writes what was made to the file `-o` names (`-`: standard output), else to `out`.
pub(super) fn deliver(
    context: &Context,
    output: Option<&std::path::Path>,
    force: bool,
    buffer: &[u8],
    out: &mut dyn Write,
) -> Result<Outcome> {
    match output {
        // `-o -`: standard output, asked for by name (a Word or Excel file piped on).
        Some(path) if path.as_os_str() == "-" => out.write_all(buffer)?,
        Some(path) => {
            let plan_dir = context.env.cwd.join(context.dir);
            files::write_output(&context.env.cwd, path, buffer, &[&plan_dir], force)?;
        }
        None => out.write_all(buffer)?,
    }
    Ok(Outcome::Success)
}

/// A unit a report is for: its name, and the names it appears under (itself, and the
/// collective units it belongs to).
pub(super) type ForUnit<'p> = (String, Vec<&'p str>);

/// The window a report (or the list of evidence) covers, and the unit it is for with the
/// names it appears under, from the command line.
pub(super) fn scope<'p>(
    context: &Context<'p>,
    scope: &Scope,
) -> Result<(Window, Option<ForUnit<'p>>)> {
    let plan = context.plan;
    let today = context.env.today;
    let year = |given: Option<i32>| given.unwrap_or(plan.year);
    let span = match (scope.quarter, scope.half, scope.year) {
        (Some(q), _, _) => Period::quarter(year(q.year), q.number),
        (None, Some(h), _) => Period::half(year(h.year), h.number),
        (None, None, given) => Some(Period::year(year(given.flatten()))),
    }
    .unwrap_or(Period::year(plan.year));
    let years = plan.years();
    if !(years.first..=years.last).contains(&span.year) {
        bail!(
            msg!(
                "the plan covers {first} to {last}, not {year}",
                first = years.first,
                last = years.last,
                year = span.year
            )
            .help(msg!("give a year of the plan, or leave the year out"))
        );
    }
    let mut window = Window::new(span, plan.report_cutoff);
    if let Some(from) = scope.from {
        window.from = from.resolve(today);
    }
    if let Some(to) = scope.to {
        window.to = to.resolve(today);
    }
    if window.from > window.to {
        bail!(
            msg!(
                "the reporting window ends ({to}) before it starts ({from})",
                to = Lang::Vi.day(window.to),
                from = Lang::Vi.day(window.from)
            )
            .help(msg!("check `--from` and `--to`"))
        );
    }
    // For one unit: the tasks it leads, itself or through a collective unit it belongs to.
    let unit = match &scope.unit {
        Some(name) => {
            let (unit, how) = crate::units::lookup(&plan.units, name)?;
            if how != crate::units::Found::Name {
                context.note(msg!(
                    "`{name}` is taken as the unit `{unit}`",
                    name,
                    unit = unit.name
                ));
            }
            Some((
                unit.name.clone(),
                crate::units::appears_as(plan, unit, false),
            ))
        }
        None => None,
    };
    Ok((window, unit))
}
