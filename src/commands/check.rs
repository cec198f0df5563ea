//! `plan check`: load the plan strictly and report every problem, or a one-line summary.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::load;
use crate::{Env, Outcome};

pub fn run(dir: &Path, env: &Env, out: &mut dyn Write) -> Result<Outcome> {
    let plan = load::load(dir, &env.cwd, true)?.plan;
    let headings = plan.tasks.iter().filter(|t| t.is_heading()).count();
    writeln!(
        out,
        "ok: {}: {} sections, {} tasks ({} headings), {} units",
        plan.dir,
        plan.sections.len(),
        plan.tasks.len(),
        headings,
        plan.units.len()
    )?;
    Ok(Outcome::Success)
}
