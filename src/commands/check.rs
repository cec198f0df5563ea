//! `plan check`: load the plan strictly and report every problem, or a one-line summary.

use std::io::Write;
use std::path::Path;

use crate::message::Result;

use crate::msg;

use super::{Env, Outcome};
use crate::load;

pub fn run(
    dir: &Path,
    env: &Env,
    given: Option<crate::lang::Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    refuse_unmerged(&env.cwd.join(dir), dir)?;
    let loaded = load::load(dir, &env.cwd, true)?;
    let lang = given.or(loaded.lang).unwrap_or_default();
    // Strict: what other commands only warn about is an error here, but for files not read.
    for warning in &loaded.warnings {
        let said = warning.text(lang);
        writeln!(err, "{}: {said}", crate::message::Label::Warning.word(lang))?;
    }
    let plan = loaded.plan;
    // Evidence files live in the repository, beside the plan: one gone is worth saying.
    let root = crate::files::repository_root(&env.cwd.join(dir));
    for task in plan.tasks.iter() {
        for entry in &task.progress {
            let Some(file) = &entry.file else { continue };
            if !root.join(file).is_file() {
                let said = msg!(
                    "{place}: the evidence file `{file}` of `{id}` is not in the repository",
                    place = format!("{}:{}", task.file, entry.line),
                    file,
                    id = task.id
                );
                let help = msg!(
                    "put the file back at that path (from the repository's top folder), or correct `file`"
                );
                let (warning, hint) = (crate::message::Label::Warning, crate::message::Label::Help);
                writeln!(err, "{}: {}", warning.word(lang), said.text(lang))?;
                writeln!(err, "{}: {}", hint.word(lang), help.text(lang))?;
            }
        }
    }
    let headings = plan.tasks.iter().filter(|t| t.is_heading()).count();
    let counted = [
        match plan.sections.len() {
            1 => msg!("1 section"),
            n => msg!("{n} sections", n),
        },
        match plan.tasks.len() {
            1 => msg!("1 task"),
            n => msg!("{n} tasks", n),
        },
        match headings {
            1 => msg!("1 heading"),
            n => msg!("{n} headings", n),
        },
        match plan.units.len() {
            1 => msg!("1 unit"),
            n => msg!("{n} units", n),
        },
    ]
    .map(|count| count.text(lang));
    let [sections, tasks, headings, units] = &counted;
    writeln!(
        out,
        "ok: {}: {sections}, {tasks} ({headings}), {units}",
        plan.dir
    )?;
    if env.exits_after {
        std::mem::forget(plan);
    }
    Ok(Outcome::Success)
}

/// A plan file that git lists as unmerged holds one side of a merge that did not finish (with
/// conflict markers, or without them when the merge driver could not run, when the file is
/// "ours" alone and committing it would drop the other side's entries): refused, named.
fn refuse_unmerged(path: &Path, dir: &Path) -> Result<()> {
    if crate::files::git_dir(path).is_none() {
        return Ok(());
    }
    let Ok(output) = std::process::Command::new("git")
        .current_dir(path)
        .args(["ls-files", "--unmerged", "-z", "--", "."])
        .output()
    else {
        return Ok(());
    };
    let listed = String::from_utf8_lossy(&output.stdout);
    let unmerged = listed
        .split('\0')
        .filter_map(|line| line.split_once('\t').map(|(_, name)| name))
        .find(|name| name.ends_with(".toml"));
    if let Some(name) = unmerged {
        crate::bail!(
            msg!(
                "`{file}` is unmerged: git did not finish merging it, and it may hold one side's entries only",
                file = dir.join(name).display()
            )
            .help(msg!(
                "run `plan git-setup` once, then `git merge --abort` and merge again; or keep both sides' entries by hand and `git add` the file"
            ))
        );
    }
    Ok(())
}
