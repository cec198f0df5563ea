//! Completing values on the command line from the plan itself: units, sections, task ids and
//! periods, for shells set up with `source <(COMPLETE=bash plan)` (or zsh, fish …).
//!
//! A completer runs in the shell's working directory while the user types; it finds the plan
//! as every command does (`$PLAN_DIR`, else `./plan` or the nearest ancestor's), and offers
//! nothing if there is none or it does not load.

use clap_complete::engine::CompletionCandidate;

use crate::load;
use crate::model::Plan;

/// The plan the command being typed would read, if it loads.
fn plan() -> Option<Plan> {
    let cwd = std::env::current_dir().ok()?;
    let explicit = std::env::var_os("PLAN_DIR").filter(|d| !d.is_empty());
    let dir = load::find_dir(explicit.as_ref().map(std::path::Path::new), &cwd).ok()?;
    load::load(&dir, &cwd, false).ok().map(|loaded| loaded.plan)
}

fn candidates(names: impl IntoIterator<Item = String>) -> Vec<CompletionCandidate> {
    names.into_iter().map(CompletionCandidate::new).collect()
}

/// Every unit's name and alias.
pub fn units() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    candidates(
        plan.units
            .iter()
            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
            .cloned(),
    )
}

/// Every section's id.
pub fn sections() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    candidates(plan.sections.iter().map(|s| s.id.clone()))
}

/// Every task's id.
pub fn tasks() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    candidates(plan.tasks.iter().map(|t| t.id.clone()))
}

/// The occurrences of every periodic task.
pub fn periods() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    let mut names: Vec<String> = plan
        .tasks
        .iter()
        .flat_map(|t| t.occurrences(plan.years()))
        .map(|p| p.to_string())
        .collect();
    names.sort();
    names.dedup();
    candidates(names)
}
