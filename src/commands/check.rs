//! `plan check`: load the plan strictly and report every problem, or a one-line summary.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::{Env, Outcome};
use crate::load;

pub fn run(
    dir: &Path,
    env: &Env,
    lang: &super::Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let loaded = load::load(dir, &env.cwd, true)?;
    // Strict: what other commands only warn about is an error here, but for files not read.
    let lang = lang.with_plan(loaded.lang);
    for warning in &loaded.warnings {
        let said = warning.text(lang);
        writeln!(err, "{}: {said}", crate::message::label("warning", lang))?;
    }
    let plan = loaded.plan;
    let headings = plan.tasks.iter().filter(|t| t.is_heading()).count();
    writeln!(
        out,
        "ok: {}: {} {}, {} {} ({} {}), {} {}",
        plan.dir,
        plan.sections.len(),
        lang.tr("sections"),
        plan.tasks.len(),
        lang.tr("tasks"),
        headings,
        lang.tr("headings"),
        plan.units.len(),
        lang.tr("units"),
    )?;
    if env.exits_after {
        std::mem::forget(plan);
    }
    Ok(Outcome::Success)
}
