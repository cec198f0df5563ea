//! `plan` keeps a department's administrative-reform plan as TOML files and answers who owes
//! what, what is overdue, and what to report. The binary only parses arguments and calls [`run`].

pub mod cli;
pub mod commands;
pub mod deadline;
pub mod diagnostic;
pub mod edit;
pub mod files;
pub mod import;
pub mod lang;
pub mod load;
pub mod merge;
pub mod model;
mod parallel;
pub mod period;
pub mod render;
pub mod text;
pub mod units;
pub mod window;

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

pub use crate::cli::Cli;
pub use crate::render::Terminal;

/// What the program needs from the world, gathered once by `main`.
#[derive(Debug, Clone)]
pub struct Env {
    pub today: NaiveDate,
    pub cwd: PathBuf,
    pub terminal: Terminal,
    /// How long an edit waits for another one to finish (`$PLAN_LOCK_WAIT` seconds, default 10).
    pub lock_wait: std::time::Duration,
}

/// How a command that ran to the end came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// The command worked but has a failure to report through the exit status
    /// (`overdue --exit-code` found something).
    Failure,
}

/// Runs one command line, writing results to `out` and warnings to `err`.
pub fn run(
    cli: Cli,
    env: &Env,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    commands::run(cli, env, out, err)
}
