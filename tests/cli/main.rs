//! Every integration test, in one binary (as cargo, ripgrep and just keep theirs): one link
//! instead of one per file. Each module is a file of tests on one subject.

#![allow(clippy::unwrap_used)]

mod common;

mod agree;
mod bad_plans;
mod carry;
mod crafted;
mod crash;
mod errors;
mod import;
mod import_corpus;
mod indicators;
mod layout;
mod mark;
mod merge;
mod multi_year;
mod no_harm;
mod office;
mod properties;
mod readme;
mod reorganised;
mod report_docx;
mod report_rules;
mod reports;
mod safety;
mod shipped_plan;
mod site;
mod vietnamese_first;
mod workspace;
