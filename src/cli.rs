//! The command line: subcommands, their flags, and the values those flags take.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Status;
use crate::text::fold;
use crate::units::Role;

/// Track a department's administrative-reform plan (kế hoạch cải cách hành chính).
///
/// The plan is a directory of TOML files (plan.toml and one file per section I–VII), kept in
/// git. `plan` answers who owes what, what is overdue, and records progress.
#[derive(Debug, Parser)]
#[command(name = "plan", version, max_term_width = 100)]
pub struct Cli {
    /// The plan directory [default: ./plan, else the nearest ancestor's plan/]
    #[arg(long, global = true, env = "PLAN_DIR", value_name = "DIR")]
    pub plan_dir: Option<PathBuf>,

    /// When to colour the output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List tasks, with filters
    List(ListArgs),
    /// Show everything about one task
    Show(ShowArgs),
    /// List tasks and periodic occurrences past their due date and not done
    Overdue(OverdueArgs),
    /// Check every plan file and report every problem
    Check,
    /// Record progress: append a dated entry to a task's history
    Mark(MarkArgs),
    /// Set or extend a task's due date, from a day on (a deadline set by a later document)
    Due(DueArgs),
}

#[derive(Debug, Args)]
pub struct MarkArgs {
    /// The task's id, such as I.1
    pub id: String,

    /// The task's status from that day on
    #[arg(value_enum)]
    pub status: Status,

    /// The day it happened: 2023-03-20, 20/03/2023 or `today`
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub on: Day,

    /// What was done, such as the number of the report sent
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// For a periodic task: the occurrence this is for (2023-01, 2023-Q1, 2023-H1, 2023)
    #[arg(long, value_name = "PERIOD")]
    pub period: Option<String>,

    /// Commit the changed file with git
    #[arg(long)]
    pub commit: bool,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// The task's id, such as IV.3
    pub id: String,

    /// The new due date: 2023-09-30 or 30/09/2023
    #[arg(value_parser = parse_day)]
    pub date: Day,

    /// The day the date was set (the document's date): 2023-05-02 or `today`
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub on: Day,

    /// Where the date comes from, such as "Công văn số 123/STTTT-CĐS"
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// Commit the changed file with git
    #[arg(long)]
    pub commit: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Read statuses and due dates as of this day: 2023-06-30, 30/06/2023 or `today`
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    /// Only tasks done after their due date
    #[arg(long)]
    pub late: bool,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The task's id, such as I.2.a
    pub id: String,

    /// Read the status and due date as of this day
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct OverdueArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// What was overdue on this day (a task due on it is not yet overdue)
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Exit with status 1 when anything is overdue
    #[arg(long)]
    pub exit_code: bool,
}

/// Which tasks to include.
#[derive(Debug, Args, Default)]
pub struct Filters {
    /// Tasks a unit leads or supports, by name or alias, directly or through a collective unit
    #[arg(long, value_name = "NAME")]
    pub unit: Option<String>,

    /// With --unit: only where the unit leads, or only where it supports
    #[arg(long, value_enum, requires = "unit")]
    pub role: Option<Role>,

    /// With --unit: leave out work given to a collective unit it belongs to
    #[arg(long, requires = "unit")]
    pub direct: bool,

    /// Tasks due in a quarter (2, Q2, II, 2023-Q2, "Quý 2"), periodic occurrences included
    #[arg(long, value_name = "Q", value_parser = parse_quarter)]
    pub quarter: Option<Quarter>,

    /// Tasks of one section: I … VII (or 1 … 7)
    #[arg(long, value_name = "S")]
    pub section: Option<String>,

    /// Tasks with this status on the --as-of day
    #[arg(long, value_enum)]
    pub status: Option<Status>,

    /// Tasks whose id or title contains this text (any case, with or without diacritics)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people, wrapped to the terminal's width
    Table,
    /// JSON, for scripts
    Json,
    /// CSV, for spreadsheets
    Csv,
    /// A Markdown table, for documents
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is not set
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

/// A day given on the command line; `today` is resolved by the caller, who knows the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    Today,
    On(NaiveDate),
}

impl Day {
    pub fn resolve(self, today: NaiveDate) -> NaiveDate {
        match self {
            Day::Today => today,
            Day::On(day) => day,
        }
    }
}

/// `today`, `2023-06-30` or `30/06/2023` (also `30/6/2023`).
pub fn parse_day(text: &str) -> Result<Day, String> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("today") {
        return Ok(Day::Today);
    }
    let well_formed = text.split(['-', '/']).count() == 3;
    ["%Y-%m-%d", "%d/%m/%Y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
        .map(Day::On)
        .ok_or_else(|| {
            if well_formed {
                format!("`{text}` is not a day in the calendar")
            } else {
                format!("`{text}` is not a date: write 2023-06-30, 30/06/2023 or `today`")
            }
        })
}

/// A quarter, of the plan's year unless one is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quarter {
    pub year: Option<i32>,
    pub number: u32,
}

/// `2`, `Q2`, `II`, `2023-Q2`, `Quý 2`, `Quý II/2023`.
pub fn parse_quarter(text: &str) -> Result<Quarter, String> {
    let folded = fold(text).replace(' ', "");
    let (year, rest) = match folded.split_once('-') {
        Some((y, rest)) if y.len() == 4 => (y.parse().ok(), rest.to_string()),
        _ => match folded.split_once('/') {
            Some((rest, y)) if y.len() == 4 => (y.parse().ok(), rest.to_string()),
            _ => (None, folded.clone()),
        },
    };
    let rest = rest
        .strip_prefix("quy")
        .or_else(|| rest.strip_prefix('q'))
        .unwrap_or(&rest);
    let number = match rest {
        "1" | "i" => 1,
        "2" | "ii" => 2,
        "3" | "iii" => 3,
        "4" | "iv" => 4,
        _ => {
            return Err(format!(
                "`{text}` is not a quarter: write 2, Q2, II, 2023-Q2 or \"Quý 2\""
            ));
        }
    };
    Ok(Quarter { year, number })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn days() {
        let d = NaiveDate::from_ymd_opt(2023, 6, 30).unwrap();
        assert_eq!(parse_day("2023-06-30"), Ok(Day::On(d)));
        assert_eq!(parse_day("30/06/2023"), Ok(Day::On(d)));
        assert_eq!(parse_day("30/6/2023"), Ok(Day::On(d)));
        assert_eq!(parse_day("TODAY"), Ok(Day::Today));
        assert_eq!(
            parse_day("2023-02-30"),
            Err("`2023-02-30` is not a day in the calendar".into())
        );
        assert_eq!(
            parse_day("yesterday"),
            Err("`yesterday` is not a date: write 2023-06-30, 30/06/2023 or `today`".into())
        );
    }

    #[test]
    fn quarters_in_every_form() {
        for text in ["2", "Q2", "q2", "II", "Quý 2", "quy ii", "Quý II"] {
            assert_eq!(
                parse_quarter(text),
                Ok(Quarter {
                    year: None,
                    number: 2
                }),
                "{text}"
            );
        }
        for text in ["2023-Q2", "2023-2", "Quý 2/2023"] {
            assert_eq!(
                parse_quarter(text),
                Ok(Quarter {
                    year: Some(2023),
                    number: 2
                }),
                "{text}"
            );
        }
        assert!(parse_quarter("5").is_err());
        assert!(parse_quarter("Q").is_err());
    }
}
