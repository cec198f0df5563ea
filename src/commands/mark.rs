//! `plan mark` and `plan due`: append one progress entry to a task's own file, refusing anything
//! that would not load, and optionally commit the file.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use super::{current_occurrence, state_of, task};
use crate::cli::{DueArgs, MarkArgs};
use crate::edit::{self, Known, Lock, NewEntry, PlanFile};
use crate::lang::Lang;
use crate::load;
use crate::model::{Plan, Task};
use crate::period::{self, Period};
use crate::{Env, Outcome};

pub fn mark(
    dir: &Path,
    args: &MarkArgs,
    env: &Env,
    lang: Option<Lang>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let on = args.on.resolve(env.today);
    append(
        dir,
        env,
        lang,
        out,
        args.commit,
        &args.id,
        |plan, task, lang| {
            let period = match (task.every(), &args.period) {
                (None, None) => None,
                (None, Some(_)) => bail!(
                    "`{}` is not periodic, so it takes no `--period`\nhelp: leave `--period` out",
                    task.id
                ),
                (Some(every), None) => {
                    let due = due_occurrence(plan, task, on);
                    bail!(
                        "`{}` recurs every {every}: say which occurrence with `--period`\nhelp: the one due is `--period {due}`",
                        task.id
                    )
                }
                (Some(every), Some(text)) => Some(
                    period::occurrence(text, every, plan.year, &task.id)
                        .map_err(|(message, help)| anyhow::anyhow!("{message}\nhelp: {help}"))?,
                ),
            };
            let entry = NewEntry {
                date: on,
                status: Some(args.status),
                due: None,
                period,
                note: args.note.clone(),
            };
            let what = match period {
                Some(p) => format!(
                    "{}: {} {} {on} ({} {p})",
                    task.id,
                    lang.status(args.status),
                    lang.tr("on"),
                    lang.tr("for")
                ),
                None => format!(
                    "{}: {} {} {on}",
                    task.id,
                    lang.status(args.status),
                    lang.tr("on")
                ),
            };
            Ok((entry, what))
        },
    )
}

pub fn due(
    dir: &Path,
    args: &DueArgs,
    env: &Env,
    lang: Option<Lang>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let on = args.on.resolve(env.today);
    let new_due = args.date.resolve(env.today);
    append(
        dir,
        env,
        lang,
        out,
        args.commit,
        &args.id,
        |_, task, lang| {
            if let Some(every) = task.every() {
                bail!(
                    "`{}` recurs every {every}; each occurrence is due at the end of its period\nhelp: `plan due` sets the date of a one-off task",
                    task.id
                );
            }
            let entry = NewEntry {
                date: on,
                status: None,
                due: Some(new_due),
                period: None,
                note: args.note.clone(),
            };
            let what = format!(
                "{}: {} {new_due} ({} {on})",
                task.id,
                lang.tr("due"),
                lang.tr("set on")
            );
            Ok((entry, what))
        },
    )
}

/// The occurrence to suggest: the earliest that has ended and is still open, else the one
/// `day` falls in.
fn due_occurrence(plan: &Plan, task: &Task, day: chrono::NaiveDate) -> Period {
    task.occurrences(plan.year)
        .find(|p| p.end() < day && !state_of(task, day, Some(*p)).status.is_closed())
        .or_else(|| current_occurrence(plan, task, day))
        .unwrap_or(Period::year(plan.year))
}

/// Under the lock: loads the plan, builds the entry with `make` (which may refuse), appends it
/// to the task's file, and commits that file if asked.
fn append(
    dir: &Path,
    env: &Env,
    lang: Option<Lang>,
    out: &mut dyn Write,
    commit: bool,
    id: &str,
    make: impl FnOnce(&Plan, &Task, Lang) -> Result<(NewEntry, String)>,
) -> Result<Outcome> {
    let absolute = env.cwd.join(dir);
    if commit {
        in_git_work_tree(&absolute)?;
    }
    let _lock = Lock::acquire(&absolute)?;
    edit::remove_stale_temporaries(&absolute);
    let plan = plan_around(dir, env, id)?;
    let task = task(&plan, id)?;
    if task.is_heading() {
        bail!(
            "`{}` is a heading; record progress on the tasks under it\nhelp: mark one of {}",
            task.id,
            task.children
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let (entry, what) = make(&plan, task, lang.or(plan.lang).unwrap_or_default())?;
    let path = env.cwd.join(&*task.file);
    let file = PlanFile::read(&path, &task.file)?;
    let known = Known {
        end: task.end,
        entries: task.progress.len(),
    };
    let text = file.with_entry(&task.id, &entry, Some(known))?;
    file.write(&text)?;
    writeln!(out, "{what} ({})", task.file)?;
    if commit {
        let name = file_name(&path);
        git(&absolute, &["add", "--", &name])
            .and_then(|()| {
                git(
                    &absolute,
                    &[
                        "commit",
                        "--quiet",
                        "--only",
                        "--message",
                        &what,
                        "--",
                        &name,
                    ],
                )
            })
            .context("the entry is written but not committed")?;
    }
    Ok(Outcome::Success)
}

/// The plan as far as a mark on task `id` needs it: `plan.toml` and the file of the task's
/// section (`I.toml` for `I.2.a`) when that file holds the task and reads cleanly, else the
/// whole plan, which also gives the right message when something is wrong.
fn plan_around(dir: &Path, env: &Env, id: &str) -> Result<Plan> {
    let section = id.trim().split('.').next().unwrap_or_default();
    let file = format!("{section}.toml");
    if let Ok(loaded) = load::load_sections(dir, &env.cwd, false, |name| name == file)
        && loaded
            .plan
            .tasks
            .iter()
            .any(|t| t.id.eq_ignore_ascii_case(id.trim()))
    {
        return Ok(loaded.plan);
    }
    Ok(load::load(dir, &env.cwd, false)?.plan)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn in_git_work_tree(dir: &Path) -> Result<()> {
    git(dir, &["rev-parse", "--is-inside-work-tree"]).map_err(|_| {
        anyhow::anyhow!(
            "`--commit` needs the plan directory to be in a git work tree\nhelp: run `git init` in the repository, or leave out `--commit`"
        )
    })?;
    Ok(())
}

fn git(dir: &Path, args: &[&str]) -> Result<()> {
    let output = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .context("cannot run `git`")?;
    if !output.status.success() {
        bail!(
            "`git {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}
