//! `plan show ID`: everything about one task: units, budget, deadline and how it was read,
//! children, occurrences and history.

use std::io::Write;

use crate::message::Result;
use serde::Serialize;

use super::list::Record;
use super::{Context, Outcome, task};
use crate::cli::{Format, ShowArgs};
use crate::lang::Lang;
use crate::message::Arg;
use crate::model::{Entry, Plan, Status, Task};
use crate::msg;
use crate::period::Period;
use crate::render::{self, Grid, Tone, money};
use crate::text::{SHOWN_BREAK, one_line};

pub fn run(context: &Context, args: &ShowArgs, out: &mut dyn Write) -> Result<Outcome> {
    let (plan, lang) = (context.plan, context.lang);
    let day = args.as_of.resolve(context.env.today);
    let task = task(plan, &args.id)?;
    let details = Details::new(plan, task, day, lang);
    match args.format {
        Format::Json => render::write_json(out, &details)?,
        Format::Table => write_text(&mut render::Printable(out), &details, lang)?,
        Format::Markdown => fields(&details, lang).write_markdown(out)?,
        Format::Csv | Format::CsvRaw => render::write_csv(
            out,
            args.format == Format::Csv,
            &["field", "value"],
            fields(&details, lang).rows().map(|row| {
                row.iter()
                    .map(|(text, _)| text.as_ref())
                    .collect::<Vec<_>>()
            }),
        )?,
    }
    Ok(Outcome::Success)
}

#[derive(Debug, Serialize)]
struct Details<'p> {
    #[serde(flatten)]
    task: Record<'p>,
    as_of: String,
    section_title: &'p str,
    /// How the deadline wording was read.
    reading: Option<String>,
    children: Vec<Child<'p>>,
    occurrences: Vec<Occurrence>,
    progress: Vec<Progress<'p>>,
}

#[derive(Debug, Serialize)]
struct Child<'p> {
    id: &'p str,
    title: &'p str,
}

#[derive(Debug, Serialize)]
struct Occurrence {
    period: String,
    due: String,
    status: Status,
    days_late: Option<i64>,
    days_overdue: Option<i64>,
}

#[derive(Debug, Serialize)]
struct Progress<'p> {
    date: String,
    status: Option<Status>,
    period: Option<String>,
    due: Option<String>,
    note: Option<&'p str>,
    doc: Option<&'p str>,
    doc_by: Option<&'p str>,
    file: Option<&'p str>,
}

impl<'p> Details<'p> {
    fn new(plan: &'p Plan, task: &'p Task, day: chrono::NaiveDate, lang: Lang) -> Details<'p> {
        let reading = match (task.deadline, task.due, &task.deadline_text) {
            (_, Some(due), _) => Some(msg!(
                "set by the task's `due` key: due {due}",
                due = crate::message::Arg::Day(due)
            )),
            (Some(deadline), None, _) => Some(deadline.describe()),
            (None, None, Some(_)) => Some(msg!("unreadable: `plan check` says why")),
            (None, None, None) => None,
        }
        .map(|reading| reading.text(lang));
        let occurrences = task
            .occurrences(plan.years())
            .map(|period| {
                let state = task.state_on(day, Some(period));
                Occurrence {
                    period: period.to_string(),
                    due: task.occurrence_due(period).to_string(),
                    status: state.status,
                    days_late: state.days_late,
                    days_overdue: crate::rules::days_overdue(task, &state, day),
                }
            })
            .collect();
        let mut progress: Vec<&Entry> = task.progress.iter().collect();
        progress.sort_by_key(|e| e.date);
        Details {
            task: Record::new(
                task,
                task.state_on(day, crate::rules::occurrence_on(plan, task, day)),
                day,
            ),
            as_of: day.to_string(),
            section_title: plan
                .sections
                .iter()
                .find(|s| *s.id == *task.section)
                .map_or("", |s| s.title.as_str()),
            reading,
            children: task
                .children
                .iter()
                .filter_map(|id| plan.task(id))
                .map(|c| Child {
                    id: &c.id,
                    title: &c.title,
                })
                .collect(),
            occurrences,
            progress: progress
                .into_iter()
                .map(|e| Progress {
                    date: e.date.to_string(),
                    status: e.status,
                    period: e.period.map(|p: Period| p.to_string()),
                    due: e.due.map(|d| d.to_string()),
                    note: e.note.as_deref(),
                    doc: e.doc.as_deref(),
                    doc_by: e.doc_by.as_deref(),
                    file: e.file.as_deref(),
                })
                .collect(),
        }
    }
}

/// The task's fields as (field, value) rows, for Markdown and CSV.
fn fields(d: &Details, lang: Lang) -> Grid<'static> {
    let mut grid = Grid::new(vec!["Field", "Value"]);
    let mut add = |field: &str, value: String| {
        if !value.is_empty() {
            grid.push(vec![(field.to_string(), Tone::Plain), (value, Tone::Plain)]);
        }
    };
    let t = &d.task;
    add("id", t.id.to_string());
    add("title", t.title.to_string());
    add("section", format!("{}. {}", t.section, d.section_title));
    add("parent", t.parent.unwrap_or_default().to_string());
    add("lead", super::joined(t.lead).into_owned());
    add("support", super::joined(t.support).into_owned());
    add(
        "budget",
        t.budget
            .map(|b| format!("{} đồng", money(b)))
            .unwrap_or_default(),
    );
    add("funding", t.funding.unwrap_or_default().to_string());
    add("product", t.product.unwrap_or_default().to_string());
    add("deadline", t.deadline.unwrap_or_default().to_string());
    add("reading", d.reading.clone().unwrap_or_default());
    add("due", t.due.map(|d| d.to_string()).unwrap_or_default());
    add(
        "status",
        status_text(lang, t.status, t.days_late, t.days_overdue, &d.as_of),
    );
    add("detail", t.detail.unwrap_or_default().to_string());
    add(
        "annex_status",
        t.annex_status.unwrap_or_default().to_string(),
    );
    add("note", t.note.unwrap_or_default().to_string());
    add(
        "carried_from",
        t.carried_from.unwrap_or_default().to_string(),
    );
    add("file", format!("{}:{}", t.file, t.line));
    for child in &d.children {
        add("child", format!("{} {}", child.id, child.title));
    }
    for o in &d.occurrences {
        add(
            "occurrence",
            format!(
                "{} due {}: {}",
                o.period,
                o.due,
                status_text(lang, Some(o.status), o.days_late, o.days_overdue, "")
            ),
        );
    }
    for p in &d.progress {
        add("progress", entry_text(lang, p));
    }
    grid
}

/// A status with how late it was done or how overdue it is, and the day it is as of.
fn status_text(
    lang: Lang,
    status: Option<Status>,
    days_late: Option<i64>,
    days_overdue: Option<i64>,
    as_of: &str,
) -> String {
    let text = super::list::status_text(lang, status, days_late, days_overdue);
    match as_of.parse::<chrono::NaiveDate>() {
        Ok(day) if !text.is_empty() => {
            msg!("{status} (as of {day})", status = text, day = Arg::Day(day)).text(lang)
        }
        _ => text,
    }
}

/// A day kept as ISO text (as JSON has it), as this language writes days on screen.
fn day_text(lang: Lang, iso: &str) -> String {
    iso.parse()
        .map_or_else(|_| iso.to_string(), |day| lang.day(day))
}

fn entry_text(lang: Lang, p: &Progress) -> String {
    let mut parts = vec![day_text(lang, &p.date)];
    if let Some(status) = p.status {
        parts.push(status.word(lang).to_string());
    }
    if let Some(period) = &p.period {
        parts.push(msg!("for {period}", period).text(lang));
    }
    if let Some(due) = p.due.as_deref().and_then(|d| d.parse().ok()) {
        parts.push(msg!("due moved to {day}", day = Arg::Day(due)).text(lang));
    }
    let mut text = parts.join("  ");
    if let Some(note) = p.note {
        text.push_str(&format!("  {note}"));
    }
    if let Some(doc) = p.doc {
        let said = match p.doc_by {
            Some(by) => msg!("evidence: {doc} ({by})", doc, by),
            None => msg!("evidence: {doc}", doc),
        };
        text.push_str(&format!("  [{}]", said.text(lang)));
    }
    if let Some(file) = p.file {
        text.push_str(&format!("  [{}]", msg!("file: {file}", file).text(lang)));
    }
    text
}

/// The terminal view: a heading line, labelled fields, then children, occurrences and the
/// history as a timeline.
fn write_text(out: &mut dyn Write, d: &Details, lang: Lang) -> Result<()> {
    let t = &d.task;
    // Each value on its own line, whatever it holds: a note's second line cannot pass for a
    // line of the history.
    let line = |text: &str| one_line(text, SHOWN_BREAK).into_owned();
    writeln!(out, "{}  {}", line(t.id), line(t.title))?;
    writeln!(out)?;
    let due = match (t.due, &t.period) {
        (Some(due), Some(period)) => {
            msg!("{due} (occurrence {period})", due = Arg::Day(due), period).text(lang)
        }
        (Some(due), None) => lang.day(due),
        _ => String::new(),
    };
    let text = |value: Option<&str>| value.unwrap_or_default().to_string();
    let fields: Vec<(&str, String)> = [
        ("Section", format!("{}. {}", t.section, d.section_title)),
        ("Parent", text(t.parent)),
        ("Lead", super::joined(t.lead).into_owned()),
        ("Support", super::joined(t.support).into_owned()),
        (
            "Budget",
            t.budget
                .map(|b| format!("{} đồng", money(b)))
                .unwrap_or_default(),
        ),
        ("Funding", text(t.funding)),
        ("Product", text(t.product)),
        ("Deadline", text(t.deadline)),
        ("Read as", d.reading.clone().unwrap_or_default()),
        ("Due", due),
        (
            "Status",
            status_text(lang, t.status, t.days_late, t.days_overdue, &d.as_of),
        ),
        ("Detail", text(t.detail)),
        ("Status in the annex", text(t.annex_status)),
        ("Note", text(t.note)),
        ("Carried from", text(t.carried_from)),
        ("File", format!("{}:{}", t.file, t.line)),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .collect();
    // The labels line up: as wide as the widest shown, in any language, and never narrower
    // than the usual ones.
    let width = ["Section", "Deadline", "Read as", "Status"]
        .iter()
        .copied()
        .chain(fields.iter().map(|(label, _)| *label))
        .map(|l| lang.tr(l).chars().count())
        .max()
        .unwrap_or(8)
        + 2;
    for (label, value) in &fields {
        writeln!(out, "{:<width$}{}", lang.tr(label), line(value))?;
    }
    if !d.children.is_empty() {
        writeln!(out, "\n{}", lang.tr("Tasks under it:"))?;
        for child in &d.children {
            writeln!(out, "  {}  {}", line(child.id), line(child.title))?;
        }
    }
    if !d.occurrences.is_empty() {
        writeln!(out, "\n{}", lang.tr("Occurrences:"))?;
        for o in &d.occurrences {
            let due = match o.due.parse() {
                Ok(day) => msg!("due {day}", day = Arg::Day(day)).text(lang),
                Err(_) => o.due.clone(),
            };
            let status = status_text(lang, Some(o.status), o.days_late, o.days_overdue, "");
            writeln!(out, "  {:<8}  {due}  {status}", o.period)?;
        }
    }
    if !t.heading {
        writeln!(out, "\n{}", lang.tr("History:"))?;
        if d.progress.is_empty() {
            writeln!(out, "  {}", lang.tr("(no progress recorded)"))?;
        }
        for p in &d.progress {
            writeln!(out, "  {}", line(&entry_text(lang, p)))?;
        }
    }
    Ok(())
}
