//! `plan check`: load the plan strictly and report every problem, or a one-line summary.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

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
    let loaded = load::load(dir, &env.cwd, true)?;
    let lang = given.or(loaded.lang).unwrap_or_default();
    // Strict: what other commands only warn about is an error here, but for files not read.
    for warning in &loaded.warnings {
        let said = warning.text(lang);
        writeln!(err, "{}: {said}", crate::message::Label::Warning.word(lang))?;
    }
    let plan = loaded.plan;
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
