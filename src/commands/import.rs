//! `plan import FILE`: an annex read into a new plan directory, with what could not be read.

use std::io::Write;

use crate::message::Result;
use chrono::Datelike;

use super::list::Record;
use super::{Env, Outcome, joined};
use crate::cli::{ImportArgs, ImportFormat};
use crate::import::{self, Options, write};
use crate::message::Label;
use crate::msg;
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
        columns: args.columns.clone().map(|c| c.0).unwrap_or_default(),
        header_row: args.header_row.map(|n| n as usize),
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
        )))
    })?;
    if let Some(dir) = &args.add_to {
        for warning in &imported.annex.warnings {
            writeln!(err, "{}: {}", Label::Warning.word(lang), warning.text(lang))?;
        }
        if let Some(refusal) = imported.refusal(&shown) {
            return Err(refusal);
        }
        return super::supplement::run(dir, imported, args, env, lang, out);
    }
    let into = args.into.display().to_string();
    let into_shown = into.trim_end_matches('/');
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let files = write::render(&imported, &name);
    // What could not be read is said first, whether or not the plan then loads.
    let findings = |err: &mut dyn Write| -> Result<()> {
        for warning in &imported.annex.warnings {
            writeln!(err, "{}: {}", Label::Warning.word(lang), warning.text(lang))?;
        }
        Ok(())
    };
    // A reading that does not look like the annex writes nothing, after what it could not read.
    if let Some(refusal) = imported.refusal(&shown) {
        findings(err)?;
        return Err(refusal);
    }
    // The plan is shown as it loads from its files: those it would write, or those written
    // (which are written only if they load).
    let loaded = match args.dry_run {
        true => write::load(&files, into_shown),
        false => {
            let target = env.cwd.join(&args.into);
            write::refuse_target(&target, into_shown)?;
            write::write(&target, into_shown, &files)
        }
    };
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            findings(err)?;
            return Err(error);
        }
    };
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
    // Which column was read as what: the first thing to check on an annex never seen before.
    let summary = format!(
        "{summary}\n{}",
        msg!("columns read: {mapping}", mapping = imported.mapping).text(lang)
    );
    let plan = &loaded.plan;
    let day = args.as_of.resolve(env.today);
    match args.format {
        ImportFormat::Json => {
            let records: Vec<Record> = plan
                .tasks
                .iter()
                .map(|task| {
                    let state = task.state_on(day, crate::rules::occurrence_on(plan, task, day));
                    Record::new(task, state, day)
                })
                .collect();
            render::write_json(out, &records)?;
            writeln!(err, "{summary}")?;
        }
        ImportFormat::Table => {
            writeln!(out, "{summary}")?;
            if args.dry_run {
                let mut grid = Grid::new(
                    ["ID", "Task", "Lead", "Support", "Deadline"]
                        .map(|h| lang.tr(h))
                        .to_vec(),
                );
                for task in plan.tasks.iter() {
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
    findings(err)?;
    if !args.dry_run && !imported.annex.warnings.is_empty() {
        let help = msg!(
            "`plan --plan-dir {dir} check` shows each of these in its file",
            dir = into_shown
        );
        writeln!(err, "{}: {}", Label::Help.word(lang), help.text(lang))?;
    }
    Ok(Outcome::Success)
}
