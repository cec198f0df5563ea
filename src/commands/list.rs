//! `plan list`: the tasks that pass the filters, with their status and due date as of a day.

use std::borrow::Cow;
use std::io::Write;
use std::sync::Arc;

use crate::message::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::{
    Context, Involvement, Labels, Outcome, Selection, joined, labels, selected, with_headings,
};
use crate::cli::{Format, ListArgs};
use crate::lang::Lang;
use crate::model::State;
use crate::model::{Status, Task};
use crate::msg;
use crate::period::{Every, Period};
use crate::render::{self, Grid, Tone};

pub fn run(context: &Context, args: &ListArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let day = args.as_of.resolve(context.env.today);
    let selection = Selection::new(context, &args.filters, day)?;
    let selected: Vec<&Task> = selected(plan, &selection)
        .into_iter()
        .filter(|t| !args.late || selection.state(plan, t).days_late.is_some())
        .collect();
    let records: Vec<Record> = with_headings(plan, &selected)
        .into_iter()
        .map(|task| Record {
            involvement: selection.involvement(task),
            ..Record::new(task, selection.state(plan, task), day)
        })
        .collect();
    let with_role = args.filters.unit.is_some();
    match args.format {
        Format::Json => render::write_json(out, &records)?,
        Format::Csv | Format::CsvRaw => {
            let mut headers = CSV_HEADERS.to_vec();
            if with_role {
                headers.extend(["role", "via"]);
            }
            render::write_csv(
                out,
                args.format == Format::Csv,
                &headers,
                records.iter().map(|r| r.csv_row(with_role)),
            )?
        }
        Format::Table | Format::Markdown => {
            // The due column's text.
            let due = records.iter().filter_map(|r| Some((r.due?, r.period)));
            let lang = context.lang;
            let labels = labels(due, |due, period| match period {
                Some(period) => format!("{} ({period})", lang.day(due)),
                None => lang.day(due),
            });
            let empty = msg!("No task matches.").text(context.lang);
            let grid = grid(context, &records, &labels, with_role);
            context.write_grid_or(&grid, args.format, out, &empty)?
        }
    }
    Ok(Outcome::Success)
}

/// One task as `list --format json` prints it (the fields docs/format.md names, then `heading`,
/// `period`, `late`, `days_late`, `overdue` and `days_overdue`; with `--unit`, `role` and `via`).
#[derive(Debug, Serialize)]
pub struct Record<'p> {
    pub id: &'p str,
    pub section: &'p str,
    pub parent: Option<&'p str>,
    pub title: &'p str,
    pub lead: &'p [Arc<str>],
    pub support: &'p [Arc<str>],
    pub budget: Option<u64>,
    pub deadline: Option<&'p str>,
    pub kind: Option<&'static str>,
    pub due: Option<NaiveDate>,
    pub every: Option<&'static str>,
    pub status: Option<Status>,
    pub file: &'p str,
    pub line: usize,
    pub heading: bool,
    /// For a periodic task: the occurrence whose status and due date are shown.
    pub period: Option<Period>,
    pub late: bool,
    pub days_late: Option<i64>,
    /// Open and past its due date on the day ([`crate::rules::days_overdue`]).
    pub overdue: bool,
    pub days_overdue: Option<i64>,
    /// The expected result and the source of funds in words, as the plan has them.
    pub product: Option<&'p str>,
    pub funding: Option<&'p str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'p str>,
    /// What the task consists of, and the state the annex it was imported from gave it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<&'p str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annex_status: Option<&'p str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<&'p str>,
    /// With `--unit`: that unit's role in the task, and the collective unit it has it through.
    #[serde(flatten)]
    pub involvement: Option<Involvement<'p>>,
}

const CSV_HEADERS: [&str; 20] = [
    "id",
    "section",
    "parent",
    "title",
    "lead",
    "support",
    "budget",
    "deadline",
    "kind",
    "due",
    "every",
    "status",
    "file",
    "line",
    "heading",
    "period",
    "late",
    "days_late",
    "overdue",
    "days_overdue",
];

impl<'p> Record<'p> {
    /// The task with its `state` on `day`.
    pub fn new(task: &'p Task, state: State, day: NaiveDate) -> Record<'p> {
        let heading = task.is_heading();
        let days_overdue = crate::rules::days_overdue(task, &state, day).filter(|_| !heading);
        let State {
            status,
            due,
            period,
            days_late,
        } = state;
        Record {
            id: &task.id,
            section: &task.section,
            parent: task.parent.as_deref(),
            title: &task.title,
            lead: &task.lead,
            support: &task.support,
            budget: task.budget,
            deadline: task.deadline_text.as_deref(),
            kind: task.kind().map(|k| k.as_str()),
            due,
            every: task.every().map(Every::as_str),
            status: (!heading).then_some(status),
            file: &task.file,
            line: task.line,
            heading,
            period,
            late: days_late.is_some(),
            days_late,
            overdue: days_overdue.is_some(),
            days_overdue,
            product: task.product.as_deref(),
            funding: task.funding.as_deref(),
            note: task.note.as_deref(),
            detail: task.detail.as_deref(),
            annex_status: task.annex_status.as_deref(),
            carried_from: task.carried_from.as_deref(),
            involvement: None,
        }
    }

    fn csv_row(&self, with_role: bool) -> Vec<String> {
        let text = |value: Option<&str>| value.unwrap_or_default().to_string();
        let mut row = vec![
            self.id.to_string(),
            self.section.to_string(),
            text(self.parent),
            self.title.to_string(),
            super::joined(self.lead).into_owned(),
            super::joined(self.support).into_owned(),
            self.budget.map(|b| b.to_string()).unwrap_or_default(),
            text(self.deadline),
            text(self.kind),
            self.due.map(|d| d.to_string()).unwrap_or_default(),
            text(self.every),
            self.status.map(|s| s.to_string()).unwrap_or_default(),
            self.file.to_string(),
            self.line.to_string(),
            self.heading.to_string(),
            self.period.map(|p| p.to_string()).unwrap_or_default(),
            self.late.to_string(),
            self.days_late.map(|d| d.to_string()).unwrap_or_default(),
            self.overdue.to_string(),
            self.days_overdue.map(|d| d.to_string()).unwrap_or_default(),
        ];
        if with_role {
            row.extend(Involvement::cells(self.involvement));
        }
        row
    }
}

/// The table; with `--unit`, a column says the unit's role in each task.
fn grid<'a>(
    context: &Context,
    records: &'a [Record],
    labels: &'a Labels<String>,
    with_role: bool,
) -> Grid<'a> {
    let lang = context.lang;
    let mut headers = vec!["ID", "Task", "Lead", "Support"];
    if with_role {
        headers.push("Role");
    }
    headers.extend(["Deadline", "Due", "Status"]);
    let mut grid = context.grid(&headers);
    for r in records {
        let plain = |text: Cow<'a, str>| (text, Tone::Plain);
        if r.heading {
            grid.push([(r.id, Tone::Heading), (r.title, Tone::Heading)]);
            continue;
        }
        let due = match r.due {
            Some(due) => labels[&(due, r.period)].as_str().into(),
            None => "".into(),
        };
        let status = status_text(lang, r.status, r.days_late, r.days_overdue);
        let mut row = vec![
            plain(r.id.into()),
            plain(r.title.into()),
            plain(joined(r.lead)),
            plain(joined(r.support)),
        ];
        if with_role {
            let role = r.involvement.map(|i| i.text(lang));
            row.push(plain(role.unwrap_or_default().into()));
        }
        row.extend([
            plain(r.deadline.unwrap_or_default().into()),
            plain(due),
            (status.into(), tone(r.status, r.late, r.overdue)),
        ]);
        grid.push(row);
    }
    grid
}

/// A status as a table shows it: "done, 3 days late", "todo, 60 days overdue".
pub fn status_text(
    lang: Lang,
    status: Option<Status>,
    days_late: Option<i64>,
    days_overdue: Option<i64>,
) -> String {
    let Some(status) = status else {
        return String::new();
    };
    let word = status.word(lang);
    let how = match (days_late, days_overdue) {
        (Some(1), _) => msg!("1 day late"),
        (Some(days), _) => msg!("{days} days late", days),
        (None, Some(1)) => msg!("1 day overdue"),
        (None, Some(days)) => msg!("{days} days overdue", days),
        (None, None) => return word.to_string(),
    };
    format!("{word}, {}", how.text(lang))
}

/// The colour of a status: overdue is bad whatever the status.
pub fn tone(status: Option<Status>, late: bool, overdue: bool) -> Tone {
    if overdue {
        return Tone::Bad;
    }
    match status {
        Some(Status::Done) if late => Tone::Warn,
        Some(Status::Done) => Tone::Good,
        Some(Status::Doing) => Tone::Warn,
        Some(Status::Blocked) => Tone::Bad,
        Some(Status::Dropped) => Tone::Muted,
        _ => Tone::Plain,
    }
}
