//! `plan import FILE`: an annex read into a new plan directory, with what could not be read.

use std::io::Write;
use std::sync::Arc;

use anyhow::Result;
use chrono::Datelike;

use super::list::Record;
use super::{Env, Outcome, joined};
use crate::cli::{ImportArgs, ImportFormat};
use crate::deadline;
use crate::import::{self, Imported, Options, write};
use crate::message::Label;
use crate::model::State;
use crate::model::{Status, Task};
use crate::msg;
use crate::period::Period;
use crate::render::{self, Grid, Tone};

pub fn run(
    args: &ImportArgs,
    env: &Env,
    lang: crate::lang::Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let shown = args.file.display().to_string();
    let path = env.cwd.join(&args.file);
    let bytes = crate::files::read(&path, &shown)?;
    let options = Options {
        year: args.year,
        table: args.table.map(|n| n as usize),
        sheet: args.sheet.clone(),
    };
    // A reader that fails on a malformed file in a way nobody foresaw must still end with a
    // message, not a crash.
    let this_year = env.today.year();
    let imported = std::panic::catch_unwind(|| import::read(&bytes, &shown, &options, this_year))
        .unwrap_or_else(|_| {
        Err(msg!(
            "`{shown}` could not be read: it is damaged in a way `plan import` does not know",
            shown
        )
        .help(msg!(
            "open it in Word or Excel, save it again, and import that"
        ))
        .into())
    })?;
    let into = args.into.display().to_string();
    let into_shown = into.trim_end_matches('/');
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let files = write::render(&imported, &name);
    if !args.dry_run {
        write::write(&env.cwd.join(&args.into), into_shown, &files)?;
    }
    let tasks: usize = imported.annex.sections.iter().map(|s| s.tasks.len()).sum();
    let sections = imported.annex.sections.len();
    let units = imported.annex.units.len();
    let (tasks, sections, units) = (
        match tasks {
            1 => msg!("1 task"),
            n => msg!("{n} tasks", n),
        },
        match sections {
            1 => msg!("1 section"),
            n => msg!("{n} sections", n),
        },
        match units {
            1 => msg!("1 unit"),
            n => msg!("{n} units", n),
        },
    );
    let into = into_shown;
    let summary = match args.dry_run {
        true => msg!(
            "would import {tasks} in {sections}, {units} into {into}/",
            tasks,
            sections,
            units,
            into
        ),
        false => msg!(
            "imported {tasks} in {sections}, {units} into {into}/",
            tasks,
            sections,
            units,
            into
        ),
    }
    .text(lang);
    match args.format {
        ImportFormat::Json => {
            let tasks = model_tasks(&imported, into_shown, &files);
            let records: Vec<Record> = tasks
                .iter()
                .map(|task| Record::new(task, state(task, imported.year, env.today)))
                .collect();
            render::write_json(out, &records)?;
            writeln!(err, "{summary}")?;
        }
        ImportFormat::Table => {
            writeln!(out, "{summary}")?;
            if args.dry_run {
                let tasks = model_tasks(&imported, into_shown, &files);
                let mut grid = Grid::new(
                    ["ID", "Task", "Lead", "Support", "Deadline"]
                        .map(|h| lang.tr(h))
                        .to_vec(),
                );
                for task in &tasks {
                    let plain = |text: String| (text, Tone::Plain);
                    grid.push(vec![
                        plain(task.id.clone()),
                        plain(task.title.clone()),
                        plain(joined(&task.lead).into_owned()),
                        plain(joined(&task.support).into_owned()),
                        plain(
                            task.deadline_text
                                .as_deref()
                                .unwrap_or_default()
                                .to_string(),
                        ),
                    ]);
                }
                grid.write_table(out, env.terminal)?;
            }
        }
    }
    // The summary first, then what could not be read, when both go to one terminal.
    out.flush()?;
    for warning in &imported.annex.warnings {
        writeln!(err, "{}: {}", Label::Warning.word(lang), warning.text(lang))?;
    }
    if !args.dry_run && !imported.annex.warnings.is_empty() {
        let help = msg!(
            "`plan --plan-dir {dir} check` shows each of these in its file",
            dir = into_shown
        );
        writeln!(err, "{}: {}", Label::Help.word(lang), help.text(lang))?;
    }
    Ok(Outcome::Success)
}

/// The imported tasks as the plan's model has them, for the JSON of `list`.
fn model_tasks(imported: &Imported, dir: &str, files: &write::Files) -> Vec<Task> {
    let mut tasks = Vec::new();
    for (section, (file, _, lines)) in imported.annex.sections.iter().zip(&files.sections) {
        let section_id: Arc<str> = Arc::from(section.id.as_str());
        let file: Arc<str> = Arc::from(format!("{dir}/{file}"));
        for (task, (_, line)) in section.tasks.iter().zip(lines) {
            let names = |list: &[String]| list.iter().map(|n| Arc::from(n.as_str())).collect();
            tasks.push(Task {
                id: task.id.clone(),
                section: section_id.clone(),
                parent: task.parent.clone(),
                title: task.title.clone(),
                lead: names(&task.lead),
                support: names(&task.support),
                budget: task.budget,
                deadline_text: task.deadline.as_deref().map(Arc::from),
                deadline: task
                    .deadline
                    .as_deref()
                    .and_then(|d| deadline::parse(d, imported.year).ok()),
                due: None,
                product: task.product.clone(),
                funding: task.funding.clone(),
                note: task.note.clone(),
                carried_from: None,
                progress: Vec::new(),
                children: section
                    .tasks
                    .iter()
                    .filter(|t| t.parent.as_deref() == Some(task.id.as_str()))
                    .map(|t| t.id.clone())
                    .collect(),
                file: file.clone(),
                line: *line,
                end: 0,
            });
        }
    }
    tasks
}

/// A new task's state: not started, due as its wording says (a periodic task's first
/// occurrence of the plan's year, or the one `today` falls in).
fn state(task: &Task, year: i32, today: chrono::NaiveDate) -> State {
    let period = task.every().map(|every| {
        let inside = Period::containing(every, today);
        if inside.year == year {
            inside
        } else {
            Period::all_in_year(year, every).next().unwrap_or(inside)
        }
    });
    State {
        status: Status::Todo,
        due: match period {
            Some(p) => Some(task.occurrence_due(p)),
            None => task.due_on(today),
        },
        period,
        days_late: None,
    }
}
