//! The command line: subcommands, their flags, and the values those flags take.

mod loop_args;

pub use loop_args::*;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCandidates;

use crate::complete;

use crate::lang::Lang;
use crate::message;
use crate::model::Status;
use crate::msg;
use crate::text::fold;
use crate::units::Role;

/// The heading the options every command takes are listed under, apart from its own.
const GLOBAL: &str = "Global options";

/// Track a department's administrative-reform plan (kế hoạch cải cách hành chính).
///
/// The plan is a directory of TOML files (plan.toml and one file per section I–VII), kept in
/// git. `plan` answers who owes what, what is overdue, and records progress.
#[derive(Debug, Parser)]
#[command(name = "plan", version, max_term_width = 100)]
pub struct Cli {
    /// The plan directory [default: ./plan, else the nearest ancestor's plan/]
    // An empty `$PLAN_DIR` means the default, as an unset one does.
    #[arg(long, global = true, env = "PLAN_DIR", value_name = "DIR", value_parser = parse_dir, help_heading = GLOBAL)]
    pub plan_dir: Option<PathBuf>,

    /// A workspace: the file naming many departments' plans (for `workspace`, `list`,
    /// `overdue`, `summary`, `report` and `site`)
    // An empty `$PLAN_WORKSPACE` means none, as an unset one does.
    #[arg(long, global = true, env = "PLAN_WORKSPACE", value_name = "FILE", value_parser = parse_dir, help_heading = GLOBAL)]
    pub workspace: Option<PathBuf>,

    /// When to colour the output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = GLOBAL)]
    pub color: ColorChoice,

    /// The language of tables and messages: en or vi (also $PLAN_LANG, where a locale such as
    /// vi_VN.UTF-8 will do) [default: `lang` in plan.toml, else en]
    #[arg(
        long,
        global = true,
        help_heading = GLOBAL,
        value_name = "LANG",
        ignore_case = true,
        value_parser = PossibleValuesParser::new(["en", "vi"]).map(|s| Lang::from_code(&s).unwrap_or_default())
    )]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
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
    /// Record an indicator's value for a period (a figure the report gives beside the tasks)
    Record(RecordArgs),
    /// Count tasks by unit or section: done on time, late, open, overdue, budget
    Summary(SummaryArgs),
    /// What falls due soon, soonest first
    Upcoming(UpcomingArgs),
    /// The report the office sends (báo cáo kết quả thực hiện), in Vietnamese
    Report(ReportArgs),
    /// The evidence of what was done in a period (tài liệu kiểm chứng), and what has none
    Evidence(EvidenceArgs),
    /// Ask the divisions: an Excel sheet per unit of what it owes, to fill in and send back
    Ask(AskArgs),
    /// Collect the divisions' filled sheets: one progress entry per answered row
    Collect(CollectArgs),
    /// What to remind each unit of: due in so many days, or overdue (text to paste, or a letter)
    Remind(RemindArgs),
    /// The year at a glance: a row per task (or unit), a column per month
    Timeline(TimelineArgs),
    /// A static dashboard of the plan as of a day: charts and their tables, for a browser
    Site(SiteArgs),
    /// A workspace of many plans (with --workspace): bring every member up to date, or add one
    #[command(subcommand)]
    Workspace(WorkspaceCommand),
    /// Make the plans of departments that merged one plan, each as a part (A.I, B.I …)
    MergePlans(MergePlansArgs),
    /// Record a unit renamed or units merged mid-plan: their work goes to the successor
    #[command(subcommand)]
    Unit(UnitCommand),
    /// Start a new plan directory (for a new year)
    Init(InitArgs),
    /// Read an annex (a table in .docx, .xlsx or .csv) into a new plan directory
    Import(ImportArgs),
    /// Have git merge section files by keeping both sides' progress entries (once per clone)
    GitSetup,
    /// Merge three versions of a section file into OURS (run by git; see `plan git-setup`)
    MergeDriver(MergeDriverArgs),
    /// Print a shell completion script
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish
        shell: clap_complete::Shell,
    },
    /// Print the manual page (man 1 plan), or with --dir write one page per command there
    Man {
        /// Write plan.1 and a page for each command (plan-list.1 …) into this directory,
        /// replacing pages of the same names
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Count as of this day
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    /// One row per unit (as lead, and as support) or per section
    #[arg(long, value_enum, default_value_t = GroupBy::Unit)]
    pub by: GroupBy,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    /// A row per unit and role
    Unit,
    /// A row per section
    Section,
}

#[derive(Debug, Args)]
pub struct UpcomingArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Count from this day
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    /// How far ahead to look: 30d, 2w, 3m (days, weeks, months of 30 days)
    #[arg(long, value_name = "SPAN", value_parser = parse_span, default_value = "30d", conflicts_with = "until")]
    pub within: u32,

    /// Look ahead up to and including this day instead
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<Day>,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

// What a report (or the list of evidence) covers: a period, its window, one unit. (A plain
// comment: a doc comment here would become the subcommands' description.)
#[derive(Debug, Args)]
pub struct Scope {
    /// Report on a quarter: 1–4 (or Q2, II, 2023-Q2)
    #[arg(long, value_name = "Q", value_parser = parse_quarter, group = "span")]
    pub quarter: Option<Quarter>,

    /// Report on a half-year: 1 or 2 (or H1, 2024-H1)
    #[arg(long, value_name = "H", value_parser = parse_half, group = "span")]
    pub half: Option<Quarter>,

    /// Report on the whole year: the plan's, or the one given (for a plan of several years)
    #[arg(long, value_name = "YEAR", num_args = 0..=1, group = "span")]
    pub year: Option<Option<i32>>,

    /// Start of the reporting window, instead of the one the rules give
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub from: Option<Day>,

    /// End of the reporting window (statuses are read as of this day)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub to: Option<Day>,

    /// A report for one unit: the tasks it leads, itself or through a collective unit
    #[arg(long, value_name = "NAME", add = ArgValueCandidates::new(complete::units))]
    pub unit: Option<String>,

    /// With --workspace: only this member (repeatable)
    #[arg(long = "plan", value_name = "NAME")]
    pub plans: Vec<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("span").required(true)))]
pub struct ReportArgs {
    #[command(flatten)]
    pub scope: Scope,

    /// With --year: beside the figures at the cut-off, an estimate to the year's end (tasks
    /// due by 31/12 that are in progress counted as expected done), shown apart
    #[arg(long)]
    pub estimate: bool,

    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,

    /// Write the report to this file (needed for xlsx and docx; `-` is standard output); never
    /// inside the plan directory or `.git`
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the file given with `-o` if it is a regular file (never a link, a device or a
    /// pipe)
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown, to paste into a document
    Markdown,
    /// The report's one structure: window, totals, units, sections and tasks
    Json,
    /// CSV in UTF-8 with a BOM, which Excel opens correctly; a cell that a spreadsheet would
    /// run as a formula (starting with = + - @) begins with '
    Csv,
    /// CSV exactly as the text is, without a BOM, for scripts
    #[value(name = "csv-raw")]
    CsvRaw,
    /// An Excel workbook: the annex of tasks and totals (needs -o)
    Xlsx,
    /// A Word draft in the layout of Nghị định 30/2020 (needs -o)
    Docx,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Mark what was due, done and overdue as of this day
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    /// A row per task, or per unit (how many tasks it leads fall due each month)
    #[arg(long, value_enum, default_value_t = TimelineBy::Task)]
    pub by: TimelineBy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimelineBy {
    /// A row per task
    Task,
    /// A row per unit
    Unit,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The new plan directory [default: plan]
    #[arg(default_value = "plan")]
    pub dir: PathBuf,

    /// The plan's year [default: the year after the plan given with --from, else this year]
    #[arg(long)]
    pub year: Option<i32>,

    /// Take the units and section titles of this plan directory (last year's)
    #[arg(long, value_name = "OLD_PLAN_DIR")]
    pub from: Option<PathBuf>,

    /// With --from, also carry over its tasks of these kinds, comma-separated: open (one-off
    /// tasks not done or dropped), periodic, continuous
    #[arg(
        long,
        value_name = "KINDS",
        value_delimiter = ',',
        value_parser = parse_carry,
        requires = "from"
    )]
    pub carry: Vec<Carry>,
}

/// The tasks `plan init --carry` takes over from last year's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carry {
    /// One-off tasks (dated, event, external) not done or dropped by the end of the plan.
    Open,
    /// Tasks whose deadline recurs ("Định kỳ quý", "Hằng tháng").
    Periodic,
    /// Ongoing tasks ("Thường xuyên").
    Continuous,
}

impl Carry {
    pub const ALL: [Carry; 3] = [Carry::Open, Carry::Periodic, Carry::Continuous];

    pub fn as_str(self) -> &'static str {
        match self {
            Carry::Open => "open",
            Carry::Periodic => "periodic",
            Carry::Continuous => "continuous",
        }
    }
}

/// One word of `--carry`: `open`, `periodic` or `continuous`, whatever the case.
fn parse_carry(text: &str) -> Result<Carry, message::Error> {
    let word = text.trim();
    if word.is_empty() {
        return Err(msg!("no kind of task named").help(msg!(
            "write one or more of `open`, `periodic` and `continuous`, separated by commas"
        )));
    }
    Carry::ALL
        .into_iter()
        .find(|c| c.as_str().eq_ignore_ascii_case(word))
        .ok_or_else(|| {
            let names = Carry::ALL.map(Carry::as_str);
            let refused = match crate::text::closest(word, names, 1).first() {
                Some(best) => msg!(
                    "`{word}` is not a kind of task to carry; did you mean `{best}`?",
                    word,
                    best
                ),
                None => msg!("`{word}` is not a kind of task to carry", word),
            };
            refused
                .help(msg!(
                    "write one or more of `open` (one-off tasks not done or dropped), `periodic` and `continuous`, separated by commas"
                ))
        })
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The annex: a Word document (.docx), a workbook (.xlsx, .xlsm, .ods) or a CSV file
    pub file: PathBuf,

    /// The plan directory to create; it must not exist or must be empty
    #[arg(long, value_name = "DIR", default_value = "plan")]
    pub into: PathBuf,

    /// Add the annex's sections to this existing plan (a supplement: kế hoạch bổ sung), as a
    /// new part, never touching its files but `plan.toml`'s units
    #[arg(long, value_name = "DIR", conflicts_with_all = ["into", "year"])]
    pub add_to: Option<PathBuf>,

    /// With --add-to: the supplement's document, its number and date, when the annex does not
    /// say it
    #[arg(long, value_name = "TEXT", requires = "add_to")]
    pub document: Option<String>,

    /// The plan's year [default: the year the title or the deadlines name, else this year]
    #[arg(long, value_parser = clap::value_parser!(i32).range(1900..=2200))]
    pub year: Option<i32>,

    /// Read the N-th table of a Word document (from 1) [default: the first with a task and a
    /// lead column]
    #[arg(long, value_name = "N", conflicts_with = "sheet", value_parser = clap::value_parser!(u32).range(1..))]
    pub table: Option<u32>,

    /// Read this sheet of a workbook [default: the first with a task and a lead column]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// Write nothing: show what would be made
    #[arg(long)]
    pub dry_run: bool,

    /// Which column holds what, where the reader chose otherwise: `title=C,lead=D,support=E`
    /// (a column's letter, or words of its header); fields: number, section, title, lead,
    /// support, deadline, budget, funding, product, note
    #[arg(long, value_name = "FIELD=COLUMN,…", value_parser = parse_columns)]
    pub columns: Option<ColumnChoices>,

    /// The row the header starts on, as the file numbers its rows
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub header_row: Option<u32>,

    #[arg(long, value_enum, default_value_t = ImportFormat::Table)]
    pub format: ImportFormat,

    /// With `--format json`: each task's status and due date as of this day, as `list` says
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// A summary, and with --dry-run a table of the tasks
    Table,
    /// The tasks as `list --format json` prints them
    Json,
}

#[derive(Debug, Args)]
pub struct MergeDriverArgs {
    /// The common ancestor's version (git's %O)
    pub base: PathBuf,

    /// Our version, replaced by the merge (git's %A)
    pub ours: PathBuf,

    /// Their version (git's %B)
    pub theirs: PathBuf,

    /// The file's path in the repository, for messages (git's %P)
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct MarkArgs {
    /// The task's id, such as I.1
    #[arg(add = ArgValueCandidates::new(complete::tasks))]
    pub id: String,

    /// The task's status from that day on: todo, doing, done, blocked, dropped (or in
    /// Vietnamese: chưa làm, đang làm, xong / hoàn thành, vướng mắc, hủy)
    #[arg(value_parser = parse_status)]
    pub status: Status,

    /// The day it happened: 2023-03-20, 20/03/2023 or `today`
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub on: Day,

    /// What was done, such as the number of the report sent (it may start with `-`)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,

    /// For a periodic task: the occurrence this is for (2023-01, 2023-Q1, 2023-H1, 2023)
    #[arg(long, value_name = "PERIOD", add = ArgValueCandidates::new(complete::periods))]
    pub period: Option<String>,

    /// The document that proves it (tài liệu kiểm chứng): its number and date, as written
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub doc: Option<String>,

    /// Who issued that document
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub doc_by: Option<String>,

    /// A file of the document, inside the repository (such as evidence/2023/kh-12.pdf)
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// Commit the changed file with git
    #[arg(long)]
    pub commit: bool,

    /// Accept a date before the plan's year or more than a year after its last due date
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// The task's id, such as IV.3
    #[arg(add = ArgValueCandidates::new(complete::tasks))]
    pub id: String,

    /// The new due date: 2023-09-30 or 30/09/2023
    #[arg(value_parser = parse_day)]
    pub date: Day,

    /// The day the date was set (the document's date): 2023-05-02 or `today`
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub on: Day,

    /// Where the date comes from, such as "Công văn số 123/STTTT-CĐS" (it may start with `-`)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,

    /// Commit the changed file with git
    #[arg(long)]
    pub commit: bool,

    /// Accept a date before the plan's year or more than a year after its last due date
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Args)]
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
    #[arg(add = ArgValueCandidates::new(complete::tasks))]
    pub id: String,

    /// Read the status and due date as of this day
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Args)]
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

// Which tasks to include. (Not a doc comment: subcommands are built when used, so a doc
// comment here would replace the description of every subcommand that flattens these.)
#[derive(Debug, Clone, Args, Default)]
pub struct Filters {
    /// With --workspace: only this member (repeatable)
    #[arg(long = "plan", value_name = "NAME")]
    pub plans: Vec<String>,

    /// Tasks a unit leads or supports, by name or alias, directly or through a collective unit
    #[arg(long, value_name = "NAME", add = ArgValueCandidates::new(complete::units))]
    pub unit: Option<String>,

    /// With --unit: only where the unit leads, or only where it supports
    #[arg(
        long,
        requires = "unit",
        value_parser = PossibleValuesParser::new(["lead", "support"]).map(|s| match s.as_str() {
            "support" => Role::Support,
            _ => Role::Lead,
        })
    )]
    pub role: Option<Role>,

    /// With --unit: leave out work given to a collective unit it belongs to
    #[arg(long, requires = "unit")]
    pub direct: bool,

    /// Tasks due in a quarter (2, Q2, II, 2023-Q2, "Quý 2"), periodic occurrences included
    #[arg(long, value_name = "Q", value_parser = parse_quarter)]
    pub quarter: Option<Quarter>,

    /// Tasks of one section: I … VII (or 1 … 7)
    #[arg(long, value_name = "S", add = ArgValueCandidates::new(complete::sections))]
    pub section: Option<String>,

    /// Tasks with this status on the --as-of day (todo, doing, done, blocked, dropped, or
    /// the Vietnamese words `mark` takes)
    #[arg(long, value_parser = parse_status)]
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
    /// CSV for spreadsheets: UTF-8 with a BOM; a cell that a spreadsheet would run as a
    /// formula (starting with = + - @) begins with '
    Csv,
    /// CSV exactly as the text is, without a BOM, for scripts
    #[value(name = "csv-raw")]
    CsvRaw,
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

/// A status by its name or a Vietnamese word for it ([`Status::WORDS`]).
fn parse_status(text: &str) -> Result<Status, message::Error> {
    Status::from_words(text).ok_or_else(|| {
        let names = Status::ALL.map(|s| s.as_str());
        let words = Status::WORDS.iter().flat_map(|(_, words)| words.iter().copied());
        let near = crate::text::closest(text, names.into_iter().chain(words), 1);
        let refused = match near.first() {
            Some(best) => msg!(
                "unknown status `{text}`; did you mean `{best}`?",
                text,
                best
            ),
            None => msg!("unknown status `{text}`", text),
        };
        refused
            .help(msg!(
                "the statuses are {names} (also in Vietnamese: xong, đang làm, vướng mắc, hủy, chưa làm)",
                names = crate::text::quoted_list(names)
            ))
    })
}

/// A directory name as given; an empty one is kept, to mean the default.
fn parse_dir(text: &str) -> Result<PathBuf, String> {
    Ok(PathBuf::from(text))
}

/// `today`, `2023-06-30` or `30/06/2023` (also `30/6/2023`).
pub fn parse_day(text: &str) -> Result<Day, message::Error> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("today") {
        return Ok(Day::Today);
    }
    // A full date only: a year of two digits (5/4/23) is refused, not read as the year 23.
    let parsed = (text.split(['-', '/', '.']).count() == 3)
        .then(|| crate::deadline::date(text, 0))
        .flatten();
    match parsed {
        Some(Ok(day)) => Ok(Day::On(day)),
        Some(Err(_)) => Err(msg!("`{text}` is not a day in the calendar", text).into()),
        None => Err(msg!(
            "`{text}` is not a date: write 2023-06-30, 30/06/2023 or `today`",
            text
        )
        .into()),
    }
}

/// A span of days: `30d`, `30`, `2w`, `3m` (a month counts 30 days).
pub fn parse_span(text: &str) -> Result<u32, message::Error> {
    let text = text.trim();
    let refused = || msg!("`{text}` is not a span: write 30d, 2w or 3m", text).into();
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, "d"),
    };
    let days_per = match unit {
        "d" => 1,
        "w" => 7,
        "m" => 30,
        _ => return Err(refused()),
    };
    number
        .parse::<u32>()
        .ok()
        .and_then(|n| n.checked_mul(days_per))
        .ok_or_else(refused)
}

/// What `--columns` says: each field, and the column it is read from (a letter or header words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnChoices(pub Vec<(crate::import::header::Field, String)>);

/// `title=C,lead=D`: each field named by `--columns`, and the column it names.
fn parse_columns(text: &str) -> Result<ColumnChoices, message::Error> {
    use crate::import::header::Field;
    let names = || crate::text::quoted_list(Field::NAMES.iter().map(|(_, name)| *name));
    text.split(',')
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let (field, column) = part.split_once('=').ok_or_else(|| {
                msg!(
                    "`{part}` does not say which column: write FIELD=COLUMN, such as `title=C`",
                    part
                )
            })?;
            let field = Field::NAMES
                .iter()
                .find(|(_, name)| name.eq_ignore_ascii_case(field.trim()))
                .map(|(f, _)| *f)
                .ok_or_else(|| {
                    msg!("unknown field `{field}`", field = field.trim())
                        .help(msg!("the fields are {names}", names = names()))
                })?;
            Ok((field, column.trim().to_string()))
        })
        .collect::<Result<Vec<_>, message::Error>>()
        .map(ColumnChoices)
}

/// A quarter, of the plan's year unless one is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quarter {
    pub year: Option<i32>,
    pub number: u32,
}

/// `2`, `Q2`, `II`, `2023-Q2`, `Quý 2`, `Quý II/2023`.
pub fn parse_quarter(text: &str) -> Result<Quarter, message::Error> {
    match crate::period::named(text, crate::period::Every::Quarter) {
        Some((year, number)) if (1..=4).contains(&number) => Ok(Quarter { year, number }),
        _ => Err(msg!(
            "`{text}` is not a quarter: write 2, Q2, II, 2023-Q2 or \"Quý 2\"",
            text
        )
        .into()),
    }
}

/// `1`, `H1`, `2024-H1`: a half-year, in the same [`Quarter`] shape (its number 1 or 2); a
/// year is read by the period reader, as `--period` is.
pub fn parse_half(text: &str) -> Result<Quarter, message::Error> {
    let folded = fold(text).replace(' ', "");
    let number = |n: &str| match n {
        "1" | "h1" => Some(1),
        "2" | "h2" => Some(2),
        _ => None,
    };
    let half = match number(&folded) {
        Some(number) => Some(Quarter { year: None, number }),
        None => folded
            .parse::<crate::period::Period>()
            .ok()
            .filter(|p| p.every == crate::period::Every::Half)
            .map(|p| Quarter {
                year: Some(p.year),
                number: p.index,
            }),
    };
    half.ok_or_else(|| {
        msg!(
            "`{text}` is not a half-year: write 1, 2, H1 or 2024-H1",
            text
        )
        .into()
    })
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
    fn subcommands_keep_their_own_description_once_built() {
        // Subcommands are built when used (`defer`): what they are built with must not replace
        // the description `plan --help` lists for them.
        let listed: Vec<(String, Option<String>)> = Cli::command()
            .get_subcommands()
            .map(|c| {
                (
                    c.get_name().to_string(),
                    c.get_about().map(|a| a.to_string()),
                )
            })
            .collect();
        let mut built = Cli::command();
        built.build();
        for (name, about) in listed {
            assert!(about.is_some(), "{name}");
            let sub = built.find_subcommand(&name).unwrap();
            assert_eq!(sub.get_about().map(|a| a.to_string()), about, "{name}");
        }
        // Built, a subcommand has its own arguments, flattened ones included.
        let list = built.find_subcommand("list").unwrap();
        assert!(list.get_arguments().any(|a| a.get_id() == "unit"));
        assert!(list.get_arguments().any(|a| a.get_id() == "late"));
    }

    #[test]
    fn days() {
        let d = NaiveDate::from_ymd_opt(2023, 6, 30).unwrap();
        assert_eq!(parse_day("2023-06-30").ok(), Some(Day::On(d)));
        assert_eq!(parse_day("30/06/2023").ok(), Some(Day::On(d)));
        assert_eq!(parse_day("30/6/2023").ok(), Some(Day::On(d)));
        assert_eq!(parse_day("TODAY").ok(), Some(Day::Today));
        let refused = |text| parse_day(text).map_err(|e| e.to_string());
        assert_eq!(
            refused("2023-02-30"),
            Err("`2023-02-30` is not a day in the calendar".into())
        );
        assert_eq!(
            refused("5/4/23"),
            Err("`5/4/23` is not a date: write 2023-06-30, 30/06/2023 or `today`".into())
        );
        assert_eq!(
            refused("yesterday"),
            Err("`yesterday` is not a date: write 2023-06-30, 30/06/2023 or `today`".into())
        );
    }

    #[test]
    fn quarters_in_every_form() {
        for text in ["2", "Q2", "q2", "II", "Quý 2", "quy ii", "Quý II"] {
            assert_eq!(
                parse_quarter(text).ok(),
                Some(Quarter {
                    year: None,
                    number: 2
                }),
                "{text}"
            );
        }
        for text in ["2023-Q2", "2023-2", "Quý 2/2023"] {
            assert_eq!(
                parse_quarter(text).ok(),
                Some(Quarter {
                    year: Some(2023),
                    number: 2
                }),
                "{text}"
            );
        }
        for text in ["5", "Q", "abcd-2", "Quý 2/23"] {
            assert!(parse_quarter(text).is_err(), "{text}");
        }
    }
}
