//! The command line of the office's loop and of the plans that change: evidence, recorded
//! figures, asking and collecting, reminding, units and plans reorganised, the workspace of a
//! province, the dashboard.

use super::*;

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The indicator's id, as an `[[indicator]]` of plan.toml declares it
    #[arg(add = ArgValueCandidates::new(complete::indicators))]
    pub indicator: String,

    /// Its value over the period: a number such as 85, 85.5 or 85,5
    #[arg(allow_hyphen_values = true)]
    pub value: String,

    /// The period the value is for: 2023-05 (month), 2023-Q2, 2023-H1 or 2023
    #[arg(long, value_name = "PERIOD")]
    pub period: String,

    /// The day it was recorded: 2023-06-10, 10/06/2023 or `today`
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub on: Day,

    /// Where the figure comes from, such as the system it was read from
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,

    /// Commit plan.toml with git
    #[arg(long)]
    pub commit: bool,

    /// Record a day far from the plan's year (otherwise refused as a likely typo)
    #[arg(long)]
    pub force: bool,
}

// Without a period: the plan's year.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("span")))]
pub struct EvidenceArgs {
    #[command(flatten)]
    pub scope: Scope,

    #[arg(long, value_enum, default_value_t = EvidenceFormat::Table)]
    pub format: EvidenceFormat,

    /// Write the list to this file (needed for xlsx and docx; `-` is standard output); never
    /// inside the plan directory or `.git`
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the file given with `-o` if it is a regular file (never a link, a device or a
    /// pipe)
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvidenceFormat {
    /// A table for the terminal
    Table,
    /// Markdown, to paste into a document
    Markdown,
    /// One object per item done, with its documents
    Json,
    /// CSV in UTF-8 with a BOM, which Excel opens correctly
    Csv,
    /// An Excel workbook (needs -o)
    Xlsx,
    /// The list in the layout of Nghị định 30/2020, to attach to the self-assessment (needs -o)
    Docx,
}

#[derive(Debug, Args)]
pub struct AskArgs {
    /// A unit to ask (repeatable); without any, every unit that owes something
    #[arg(long = "unit", value_name = "NAME", add = ArgValueCandidates::new(complete::units))]
    pub units: Vec<String>,

    /// What is open as of this day
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    /// Besides what is overdue, what falls due within this many days
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub ahead: u32,

    /// The unit's items as lead (the default), as support, or both
    #[arg(long, value_enum, default_value_t = AskRole::Lead)]
    pub role: AskRole,

    /// The day the answers are due back (default: a week after --as-of)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub answer_by: Option<Day>,

    /// The directory to write a workbook per unit into, or the workbook for one unit
    #[arg(short, long, value_name = "DIR_OR_FILE")]
    pub output: PathBuf,

    /// Replace workbooks already there (regular files only)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AskRole {
    Lead,
    Support,
    All,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// The day reminded on
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    /// Remind of items due in exactly these numbers of days (and of every item overdue)
    #[arg(
        long,
        value_name = "DAYS",
        value_delimiter = ',',
        default_value = "7,3,1"
    )]
    pub days: Vec<u32>,

    /// A unit to remind (repeatable); without any, every unit with something to remind of
    #[arg(long = "unit", value_name = "NAME", add = ArgValueCandidates::new(complete::units))]
    pub units: Vec<String>,

    #[arg(long, value_enum, default_value_t = RemindFormat::Text)]
    pub format: RemindFormat,

    /// Write to this file (needed for docx; `-` is standard output); never inside the plan
    /// directory or `.git`
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the file given with `-o` if it is a regular file
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RemindFormat {
    /// Short Vietnamese text, a block per unit, to paste into a message or an e-mail
    Text,
    /// The same in Markdown
    Markdown,
    /// A list per unit
    Json,
    /// The reminder letter (công văn đôn đốc) in the layout of Nghị định 30/2020 (needs -o)
    Docx,
}

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// The filled workbooks (.xlsx, or .ods), made by `plan ask` or with the same headers
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Check everything and say what would be added, writing nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Commit the changed files with git (only those)
    #[arg(long)]
    pub commit: bool,
}

#[derive(Debug, Subcommand)]
pub enum UnitCommand {
    /// A unit renamed from a day on: the old name ends the day before, the new one takes over
    Rename {
        /// The unit as it was named
        #[arg(add = ArgValueCandidates::new(complete::units))]
        old: String,
        /// Its new name
        new: String,
        #[command(flatten)]
        change: UnitChange,
    },
    /// Units merged from a day on into one (a unit of the plan, or a new one)
    Merge {
        /// The units merged
        #[arg(required = true, add = ArgValueCandidates::new(complete::units))]
        units: Vec<String>,
        /// The unit they become
        #[arg(long, value_name = "NAME")]
        into: String,
        #[command(flatten)]
        change: UnitChange,
    },
}

#[derive(Debug, Args)]
pub struct UnitChange {
    /// The first day of the new arrangement
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Day,

    /// The document that decided it, such as "Quyết định số 45/QĐ-SKHCN ngày 20/06/2023"
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub doc: Option<String>,

    /// Say what would change and which open tasks would move, writing nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Args)]
pub struct SiteArgs {
    /// The day the figures are as of
    #[arg(long, value_name = "DATE", value_parser = parse_day, default_value = "today")]
    pub as_of: Day,

    /// The directory to write the pages into; never inside the plan directory or `.git`
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,

    /// Write into a directory that is not empty, over the site's own files there
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct MergePlansArgs {
    /// The plan directories, in the order their parts take (A, B, …)
    #[arg(required = true, num_args = 2.., value_name = "DIR")]
    pub plans: Vec<PathBuf>,

    /// The plan directory to create; it must not exist or must be empty
    #[arg(long, value_name = "DIR")]
    pub into: PathBuf,

    /// The merged plan's title [default: the first plan's]
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// The merged department [default: the first plan's organization]
    #[arg(long, value_name = "TEXT")]
    pub organization: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum WorkspaceCommand {
    /// Clone or fast-forward each member from its remote; never merges or rewrites
    Sync,
    /// Add a member to the workspace file
    Add {
        /// The member's name, as the consolidated report prints it
        name: String,
        /// Where `workspace sync` pulls it from (any URL git takes)
        remote: String,
        /// The clone, relative to the workspace file [default: a folder named after the member]
        #[arg(long, value_name = "PATH")]
        path: Option<String>,
        /// The plan directory inside the clone [default: plan]
        #[arg(long, value_name = "DIR")]
        dir: Option<String>,
    },
}
