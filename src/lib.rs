//! `plan` keeps a department's administrative-reform plan as TOML files and answers who owes
//! what, what is overdue, and what to report. The binary only parses arguments and calls [`run`].

pub mod cli;
pub mod commands;
pub mod complete;
pub mod deadline;
pub mod diagnostic;
pub mod edit;
pub mod files;
pub mod import;
pub mod lang;
pub mod load;
pub mod merge;
pub mod message;
pub mod model;
mod parallel;
pub mod period;
pub mod refused;
pub mod render;
pub mod rules;
pub mod syntax;
pub mod text;
pub mod units;
pub mod window;

pub use crate::cli::Cli;
pub use crate::commands::{Env, Failure, Outcome, run};
pub use crate::render::Terminal;
