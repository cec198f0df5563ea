//! `plan mark` and `plan due`: append one progress entry to a task's own file, refusing anything
//! that would not load, and optionally commit the file.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::bail;
use crate::message::Result;
use chrono::NaiveDate;

use super::git::git;
use super::{Env, Outcome, task};
use crate::cli::{DueArgs, MarkArgs};
use crate::edit::{Lock, NewEntry, PlanFile, TaskAsLoaded};
use crate::files;
use crate::lang::Lang;
use crate::load;
use crate::message::{Arg, Message, OrSay};
use crate::model::{Plan, Task};
use crate::msg;
use crate::period::{self, Period};

pub fn mark(
    dir: &Path,
    args: &MarkArgs,
    env: &Env,
    given: Option<Lang>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let on = args.on.resolve(env.today);
    append(
        dir,
        env,
        given,
        out,
        Flags {
            commit: args.commit,
            force: args.force,
        },
        "mark",
        &args.id,
        |plan, task, lang| {
            let period = match (task.every(), &args.period) {
                (None, None) => None,
                (None, Some(_)) => bail!(
                    msg!(
                        "`{id}` is not periodic, so it takes no `--period`",
                        id = task.id
                    )
                    .help(msg!("leave `--period` out"))
                ),
                (Some(every), None) => {
                    let due = due_occurrence(plan, task, on);
                    bail!(
                        msg!(
                            "`{id}` recurs every {every}: say which occurrence with `--period`",
                            id = task.id,
                            every = every.said()
                        )
                        .help(msg!("the one due is `--period {due}`", due))
                    )
                }
                (Some(every), Some(text)) => {
                    Some(period::occurrence(text, every, plan.years(), &task.id)?)
                }
            };
            let file = match &args.file {
                Some(path) => Some(evidence_file(&env.cwd, dir, path)?),
                None => None,
            };
            let entry = NewEntry {
                date: on,
                status: Some(args.status),
                due: None,
                period,
                note: args.note.clone(),
                doc: args.doc.clone(),
                doc_by: args.doc_by.clone(),
                file,
            };
            let (id, status, day) = (&task.id, args.status.word(lang), Arg::Day(on));
            let what = match period {
                Some(period) => msg!(
                    "{id}: {status} on {day} (for {period})",
                    id,
                    status,
                    day,
                    period
                ),
                None => msg!("{id}: {status} on {day}", id, status, day),
            }
            .text(lang);
            Ok((entry, what))
        },
    )
}

pub fn due(
    dir: &Path,
    args: &DueArgs,
    env: &Env,
    given: Option<Lang>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let on = args.on.resolve(env.today);
    let new_due = args.date.resolve(env.today);
    append(
        dir,
        env,
        given,
        out,
        Flags {
            commit: args.commit,
            force: args.force,
        },
        "due",
        &args.id,
        |_, task, lang| {
            if let Some(every) = task.every() {
                bail!(
                    msg!(
                        "`{id}` recurs every {every}; each occurrence is due at the end of its period",
                        id = task.id,
                        every = every.said()
                    )
                    .help(msg!("`plan due` sets the date of a one-off task"))
                );
            }
            let entry = NewEntry {
                date: on,
                status: None,
                due: Some(new_due),
                period: None,
                note: args.note.clone(),
                ..NewEntry::default()
            };
            let what = msg!(
                "{id}: due {due} (set on {day})",
                id = task.id,
                due = Arg::Day(new_due),
                day = Arg::Day(on)
            )
            .text(lang);
            Ok((entry, what))
        },
    )
}

/// The occurrence to suggest: the earliest that has ended and is still open, else the one
/// `day` falls in.
fn due_occurrence(plan: &Plan, task: &Task, day: NaiveDate) -> Period {
    crate::rules::occurrence_on(plan, task, day).unwrap_or(Period::year(plan.year))
}

/// Under the lock: loads the whole plan, builds the entry with `make` (which may refuse),
/// appends it to the task's file once the plan with the new file in it loads, and commits that
/// file if asked.
#[allow(clippy::too_many_arguments)]
fn append(
    dir: &Path,
    env: &Env,
    given: Option<Lang>,
    out: &mut dyn Write,
    flags: Flags,
    command: &str,
    id: &str,
    make: impl FnOnce(&Plan, &Task, Lang) -> Result<(NewEntry, String)>,
) -> Result<Outcome> {
    let absolute = env.cwd.join(dir);
    if flags.commit {
        in_git_work_tree(&absolute)?;
    }
    let _lock = Lock::acquire(&absolute, &format!("plan {command} {id}"), env.lock_wait)?;
    files::remove_stale_temporaries(&absolute);
    let loaded = load::load(dir, &env.cwd, false)?;
    let lang = given.or(loaded.lang).unwrap_or_default();
    let plan = loaded.plan;
    let task = task(&plan, id)?;
    if task.is_heading() {
        bail!(
            msg!(
                "`{id}` is a heading; record progress on the tasks under it",
                id = task.id
            )
            .help(msg!(
                "mark one of {children}",
                children = crate::text::quoted_list(&task.children)
            ))
        );
    }
    let (entry, what) = make(&plan, task, lang)?;
    if !flags.force {
        let names = [
            Arg::Text("--on".to_string()),
            msg!("the new due date").as_arg(),
        ];
        for (day, name) in [Some(entry.date), entry.due].into_iter().zip(names) {
            if let Some(day) = day {
                plausible(&plan, day, name)?;
            }
        }
    }
    if task.progress.iter().any(|e| entry.repeats(e)) {
        bail!(
            msg!(
                "`{id}` already has this entry ({day}), so it was not added again",
                id = task.id,
                day = Arg::Day(entry.date)
            )
            .help(msg!(
                "`plan show {id}` shows its entries; a mark whose confirmation was lost did land",
                id = task.id
            ))
        );
    }
    let path = env.cwd.join(&*task.file);
    let name = file_name(&path);
    if flags.commit {
        only_change(&absolute, &name, &task.file)?;
    }
    let file = PlanFile::read(&path, &task.file)?;
    let known = TaskAsLoaded {
        end: task.end,
        entries: task.progress.len(),
    };
    let text = file.with_entry(&task.id, &entry, Some(known))?;
    // What the plan must be once edited: every task as it is, this one with one more entry.
    // Only that is kept, so that the plan itself is not held twice while the edit is checked.
    let expected: Vec<(String, usize)> = plan
        .tasks
        .iter()
        .map(|t| {
            (
                t.id.clone(),
                t.progress.len() + usize::from(t.id == task.id),
            )
        })
        .collect();
    let shown = task.file.to_string();
    drop(plan);
    file.write(&text, |bytes| {
        still_loads(dir, env, &expected, &shown, &name, bytes)
    })?;
    writeln!(out, "{what} ({shown})")?;
    if flags.commit {
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
            .or_say(|| msg!("the entry is written but not committed"))?;
    }
    Ok(Outcome::Success)
}

/// `--file`: a file that exists inside the repository the plan directory `dir` is in, as the
/// path from the repository's top folder (with `/`); refused otherwise, since a plan must not
/// point outside itself.
fn evidence_file(cwd: &Path, dir: &Path, path: &Path) -> Result<String> {
    let root = files::repository_root(&cwd.join(dir));
    let given = cwd.join(path);
    let found = given.canonicalize().ok().filter(|p| p.is_file());
    let Some(found) = found else {
        bail!(
            msg!(
                "`{path}` is not a file, so nothing was written",
                path = path.display()
            )
            .help(msg!(
                "put the document in the repository first (such as `evidence/2023/`), then name it"
            ))
        );
    };
    let inside = found
        .strip_prefix(&root)
        .ok()
        .filter(|p| !p.as_os_str().is_empty());
    let Some(inside) = inside else {
        bail!(
            msg!(
                "`{path}` is outside the repository `{root}`, so nothing was written",
                path = path.display(),
                root = root.display()
            )
            .help(msg!("copy the document into the repository (such as `evidence/2023/`) and name that copy: a plan must not point outside itself"))
        );
    };
    let parts: Vec<String> = inside
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Ok(parts.join("/"))
}

/// The switches `mark` and `due` share.
#[derive(Debug, Clone, Copy)]
struct Flags {
    commit: bool,
    force: bool,
}

/// Refuses a day outside the plan's time: before its year, or more than a year after the last
/// day anything in it is due.
pub(super) fn plausible(plan: &Plan, day: NaiveDate, name: Arg) -> Result<()> {
    let first = NaiveDate::from_ymd_opt(plan.year, 1, 1);
    let end_of_year = NaiveDate::from_ymd_opt(plan.year, 12, 31);
    let last_due = plan
        .tasks
        .iter()
        .flat_map(|t| {
            let entries = t.progress.iter().filter_map(|e| e.due);
            t.due_on(NaiveDate::MIN).into_iter().chain(entries)
        })
        .chain(end_of_year)
        .max();
    let limit = last_due.and_then(|d| d.checked_add_months(chrono::Months::new(12)));
    if first.is_some_and(|first| day < first) {
        bail!(
            msg!(
                "{name} {day} is before the plan's year {year}, so nothing was written",
                name,
                day = Arg::Day(day),
                year = plan.year
            )
            .help(check_the_date())
        );
    }
    if let (Some(limit), Some(last)) = (limit, last_due)
        && day > limit
    {
        bail!(
            msg!(
                "{name} {day} is more than a year after the last day the plan has anything due ({last}), so nothing was written",
                name,
                day = Arg::Day(day),
                last = Arg::Day(last)
            )
            .help(check_the_date())
        );
    }
    Ok(())
}

fn check_the_date() -> Message {
    msg!("check the date; if it is right, add `--force`")
}

/// Checks the plan as it would be with `bytes` as the edited file `name` (shown as `shown`):
/// it loads, and holds the `expected` tasks (ids and numbers of entries) in order.
fn still_loads(
    dir: &Path,
    env: &Env,
    expected: &[(String, usize)],
    shown: &str,
    name: &str,
    bytes: &[u8],
) -> Result<()> {
    let after = load::load_replacing(dir, &env.cwd, name, bytes.to_vec())
        .or_say(|| msg!("the edit would leave the plan unreadable, so nothing was written"))?
        .plan;
    if !has_entries(&after, expected) {
        bail!(
            msg!(
                "the edit of `{shown}` would change more than its entries, so nothing was written",
                shown
            )
            .help(msg!(
                "run `plan check`, and write the task's entries as `[[task.progress]]` tables after its other keys"
            ))
        );
    }
    Ok(())
}

/// Each task's id and number of entries, in order: what an edit that adds no entry keeps.
pub(super) fn entry_counts(plan: &Plan) -> Vec<(String, usize)> {
    plan.tasks
        .iter()
        .map(|t| (t.id.clone(), t.progress.len()))
        .collect()
}

/// Whether `plan` holds the `expected` tasks in order, each with its number of entries: an
/// edit added what it meant to and changed nothing else.
pub(super) fn has_entries(plan: &Plan, expected: &[(String, usize)]) -> bool {
    plan.tasks.len() == expected.len()
        && plan
            .tasks
            .iter()
            .zip(expected)
            .all(|(task, (id, entries))| task.id == *id && task.progress.len() == *entries)
}

/// Refuses `--commit` while the file has changes of its own not yet committed, which the
/// commit would sweep in with the new entry.
pub(super) fn only_change(dir: &Path, name: &str, display: &str) -> Result<()> {
    let output = Command::new("git")
        .current_dir(dir)
        .args(["status", "--porcelain", "--", name])
        .output()
        .or_say(|| msg!("cannot run `{program}`", program = "git"))?;
    if !output.status.success() {
        bail!(
            msg!(
                "`git status` failed, so `--commit` cannot tell what it would commit; nothing was written"
            )
            .help(msg!(
                "{git_says}",
                git_says = String::from_utf8_lossy(&output.stderr).trim()
            ))
        );
    }
    if output.stdout.starts_with(b"??") {
        bail!(
            msg!(
                "`{display}` is not in git yet, so `--commit` would commit the whole file with this entry; nothing was written",
                display
            )
            .help(msg!(
                "add and commit the file first (`git add {display}`), or leave out `--commit`",
                display
            ))
        );
    }
    if !output.stdout.is_empty() {
        bail!(
            msg!(
                "`{display}` has changes that are not committed, which `--commit` would commit with this entry; nothing was written",
                display
            )
            .help(msg!(
                "commit or undo those changes first (`git diff {display}` shows them), or leave out `--commit`",
                display
            ))
        );
    }
    Ok(())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(super) fn in_git_work_tree(dir: &Path) -> Result<()> {
    git(dir, &["rev-parse", "--is-inside-work-tree"]).map_err(|_| {
        msg!("`--commit` needs the plan directory to be in a git work tree").help(msg!(
            "run `git init` in the repository, or leave out `--commit`"
        ))
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "title = \"t\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\n";
    const SECTION: &str = "id = \"I\"\ntitle = \"t\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"a\"\nlead = [\"Văn phòng\"]\n\n[[task]]\nid = \"I.2\"\ntitle = \"b\"\nlead = [\"Văn phòng\"]\n";
    const ENTRY: &str = "\n[[task.progress]]\ndate = 2023-03-01\nstatus = \"done\"\n";

    /// `still_loads` for an edit of I.1 that would leave `I.toml` as `after`.
    fn check(after: &str) -> Result<()> {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("plan");
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("plan.toml"), PLAN).unwrap();
        std::fs::write(dir.join("I.toml"), SECTION).unwrap();
        let env = Env {
            today: NaiveDate::from_ymd_opt(2023, 3, 1).unwrap(),
            cwd: root.path().to_path_buf(),
            terminal: crate::render::Terminal::default(),
            lock_wait: std::time::Duration::ZERO,
            exits_after: false,
        };
        // I.1 gains an entry; I.2 stays as it is.
        let expected = [("I.1".to_string(), 1), ("I.2".to_string(), 0)];
        let (shown, name) = ("plan/I.toml", "I.toml");
        still_loads(
            Path::new("plan"),
            &env,
            &expected,
            shown,
            name,
            after.as_bytes(),
        )
    }

    #[test]
    fn an_edit_that_adds_one_entry_to_the_task_passes() {
        let after = SECTION.replacen(
            "lead = [\"Văn phòng\"]\n",
            &format!("lead = [\"Văn phòng\"]\n{ENTRY}"),
            1,
        );
        check(&after).unwrap();
    }

    #[test]
    fn an_edit_that_would_not_load_is_refused() {
        let err = check(&format!("{SECTION}titl = \"x\"\n")).unwrap_err();
        assert!(
            format!("{err:#}").contains("would leave the plan unreadable"),
            "{err:#}"
        );
    }

    #[test]
    fn an_edit_that_changes_another_task_is_refused() {
        // The entry lands under I.2 instead of I.1.
        let err = check(&format!("{SECTION}{ENTRY}")).unwrap_err();
        assert!(
            format!("{err:#}").contains("would change more than its entries"),
            "{err:#}"
        );
        // Or I.1 gains its entry but I.2 goes missing.
        let without_i2 = SECTION.split("\n[[task]]\nid = \"I.2\"").next().unwrap();
        let err = check(&format!("{without_i2}{ENTRY}")).unwrap_err();
        assert!(
            format!("{err:#}").contains("would change more than its entries"),
            "{err:#}"
        );
    }
}
