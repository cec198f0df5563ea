//! `plan upcoming`: what falls due soon, periodic occurrences included, soonest first.

use std::io::Write;
use std::sync::Arc;

use crate::message::Result;
use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::{Context, Outcome, Selection, selected};
use crate::cli::{Format, UpcomingArgs};
use crate::model::Status;
use crate::msg;
use crate::render::{self, Tone};
use crate::rules::{self, items};

pub fn run(context: &Context, args: &UpcomingArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let day = args.as_of.resolve(context.env.today);
    let until = match args.until {
        Some(until) => until.resolve(context.env.today),
        None => day
            .checked_add_days(Days::new(args.within.into()))
            .unwrap_or(NaiveDate::MAX),
    };
    let selection = Selection::new(context, &args.filters, day)?;
    let mut rows: Vec<Upcoming> = selected(plan, &selection)
        .into_iter()
        .flat_map(|task| items(plan, task))
        .filter_map(|item| {
            let state = item.task.state_on(day, item.period);
            let due =
                rules::owed_by(item.task, &state).filter(|due| (day..=until).contains(due))?;
            Some(Upcoming {
                id: &item.task.id,
                title: &item.task.title,
                lead: &item.task.lead,
                due,
                period: item.period.map(|p| p.to_string()),
                status: state.status,
                days_left: (due - day).num_days(),
            })
        })
        .filter(|row| selection.in_quarter(row.due))
        .collect();
    rows.sort_by_key(|row| row.due);
    match args.format {
        Format::Json => render::write_json(out, &rows)?,
        Format::Csv | Format::CsvRaw => render::write_csv(
            out,
            args.format == Format::Csv,
            &[
                "id",
                "title",
                "lead",
                "due",
                "period",
                "status",
                "days_left",
            ],
            rows.iter().map(|r| {
                [
                    r.id.to_string(),
                    r.title.to_string(),
                    super::joined(r.lead).into_owned(),
                    r.due.to_string(),
                    r.period.clone().unwrap_or_default(),
                    r.status.to_string(),
                    r.days_left.to_string(),
                ]
            }),
        )?,
        Format::Table | Format::Markdown => {
            let mut grid =
                context.grid(&["ID", "Task", "Lead", "Due", "Period", "Status", "Days left"]);
            for r in &rows {
                grid.push(vec![
                    (r.id.to_string(), Tone::Plain),
                    (r.title.to_string(), Tone::Plain),
                    (super::joined(r.lead).into_owned(), Tone::Plain),
                    (context.lang.day(r.due), Tone::Plain),
                    (r.period.clone().unwrap_or_default(), Tone::Plain),
                    (r.status.word(context.lang).to_string(), Tone::Plain),
                    (
                        r.days_left.to_string(),
                        if r.days_left <= 7 {
                            Tone::Warn
                        } else {
                            Tone::Plain
                        },
                    ),
                ]);
            }
            let days = (until - day).num_days();
            let empty = msg!("Nothing falls due in the next {days} days.", days).text(context.lang);
            context.write_grid_or(&grid, args.format, out, &empty)?;
        }
    }
    Ok(Outcome::Success)
}

#[derive(Debug, Serialize)]
struct Upcoming<'p> {
    id: &'p str,
    title: &'p str,
    lead: &'p [Arc<str>],
    due: NaiveDate,
    period: Option<String>,
    status: Status,
    days_left: i64,
}
