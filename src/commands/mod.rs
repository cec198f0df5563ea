//! The subcommands, one file each, and what they share: opening the plan and choosing tasks.

mod ask;
mod check;
mod collect;
mod git;
mod import;
mod init;
mod list;
mod mark;
mod merge_plans;
mod overdue;
mod record;
mod remind;
mod report;
mod show;
mod site;
mod summary;
mod supplement;
mod timeline;
mod unit;
mod upcoming;
mod workspace;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use clap::CommandFactory;

use crate::bail;
use crate::message::Result;
use chrono::NaiveDate;

use crate::cli::{Cli, Command, Filters, Format};
use crate::files;
use crate::lang::Lang;
use crate::load;
use crate::message::Label;
use crate::model::{Plan, State, Status, Task};
use crate::msg;
use crate::period::Period;
use crate::render::{Grid, Terminal};
use crate::text::fold;
use crate::units::{self, Role};

/// What the program needs from the world, gathered once by `main`.
#[derive(Debug, Clone)]
pub struct Env {
    pub today: NaiveDate,
    pub cwd: PathBuf,
    pub terminal: Terminal,
    /// How long an edit waits for another one to finish (`$PLAN_LOCK_WAIT` seconds, such as `2` or `0.5`; default 10).
    pub lock_wait: Duration,
    /// Whether the process ends once the command has run: then a plan of many thousands of
    /// tasks is left for the system to take back at once, not freed piece by piece.
    pub exits_after: bool,
}

/// How a command that ran to the end came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// The command worked but has a failure to report through the exit status
    /// (`overdue --exit-code` found something).
    Failure,
}

/// A command that failed, and the language its error is to be told in.
#[derive(Debug)]
pub struct Failure {
    pub error: crate::message::Error,
    pub lang: Lang,
}

impl Failure {
    /// `error: …` and its help, in the person's language.
    pub fn explain(&self) -> String {
        crate::message::explain(&self.error, self.lang)
    }
}

/// Runs one command line, writing results to `out` and warnings to `err`.
pub fn run(
    cli: Cli,
    env: &Env,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Failure> {
    // The language of everything said to the person, errors included: `--lang` (or
    // `$PLAN_LANG`), else the plan's `lang` (from the plan loaded, or for an error, which may
    // come before the plan is loaded or instead of it, from its `plan.toml` alone), else
    // English.
    let given = cli.lang;
    let plan_dir = cli.plan_dir.clone();
    // Written out here, so that a failure to write (a full disk) is told in that language too.
    let ran = dispatch(cli, env, given, out, err).and_then(|outcome| {
        out.flush()?;
        Ok(outcome)
    });
    ran.map_err(|error| {
        let plan_lang = || {
            load::plan_lang(
                &load::find_dir(plan_dir.as_deref(), &env.cwd).ok()?,
                &env.cwd,
            )
        };
        Failure {
            error,
            lang: given.or_else(plan_lang).unwrap_or_default(),
        }
    })
}

fn dispatch(
    cli: Cli,
    env: &Env,
    given: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let dir = || load::find_dir(cli.plan_dir.as_deref(), &env.cwd);
    // Over a workspace of plans: the commands that read many.
    let workspace = cli.workspace.clone().filter(|p| !p.as_os_str().is_empty());
    // `--plan` chooses members of a workspace; one plan has none to choose.
    let plans = match &cli.command {
        Command::List(a) => !a.filters.plans.is_empty(),
        Command::Overdue(a) => !a.filters.plans.is_empty(),
        Command::Summary(a) => !a.filters.plans.is_empty(),
        Command::Report(a) => !a.scope.plans.is_empty(),
        Command::Evidence(a) => !a.scope.plans.is_empty(),
        _ => false,
    };
    if plans && workspace.is_none() {
        bail!(
            msg!("`--plan` chooses members of a workspace")
                .help(msg!("add `--workspace FILE`, or leave out `--plan`"))
        );
    }
    if let Some(file) = &workspace {
        let lang = given.unwrap_or_default();
        return match &cli.command {
            Command::Workspace(command) => workspace::run(file, command, env, lang, out, err),
            Command::Report(args) => workspace::report(file, args, env, lang, out, err),
            Command::Overdue(args) => workspace::overdue(file, args, env, lang, out),
            Command::List(args) => workspace::list(file, args, env, lang, out),
            Command::Summary(args) => workspace::summary(file, args, env, lang, out),
            Command::Site(args) => workspace::site(file, args, env, lang, out, err),
            _ => bail!(
                msg!("this command works on one plan, not on a workspace")
                    .help(msg!("leave out `--workspace` (and `$PLAN_WORKSPACE`), or use `list`, `overdue`, `summary`, `report`, `site` or `workspace`"))
            ),
        };
    }
    // For the commands that read no plan.
    let lang = given.unwrap_or_default();
    let mut read =
        |run: &mut dyn FnMut(&Context) -> Result<Outcome>| with_plan(&dir()?, env, given, err, run);
    match cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "plan", out);
            Ok(Outcome::Success)
        }
        Command::Man { dir } => man(dir.as_deref(), env, lang, out),
        Command::Init(args) => init::run(&args, env, lang, out, err),
        Command::Import(args) => import::run(&args, env, lang, out, err),
        Command::MergePlans(args) => merge_plans::run(&args, env, lang, out),
        Command::Workspace(_) => bail!(msg!("`plan workspace` needs a workspace file").help(msg!(
            "give it with `--workspace FILE` (or `$PLAN_WORKSPACE`)"
        ))),
        Command::GitSetup => {
            let dir = dir()?;
            let lang = given.or_else(|| load::plan_lang(&dir, &env.cwd));
            git::setup(&dir, env, lang.unwrap_or_default(), out)
        }
        Command::MergeDriver(args) => git::merge_driver(&args, env, lang, err),
        Command::Check => check::run(&dir()?, env, given, out, err),
        Command::Mark(args) => mark::mark(&dir()?, &args, env, given, out),
        Command::Due(args) => mark::due(&dir()?, &args, env, given, out),
        Command::Record(args) => record::run(&dir()?, &args, env, given, out),
        Command::List(args) => read(&mut |c| list::run(c, &args, out)),
        Command::Show(args) => read(&mut |c| show::run(c, &args, out)),
        Command::Overdue(args) => read(&mut |c| overdue::run(c, &args, out)),
        Command::Summary(args) => read(&mut |c| summary::run(c, &args, out)),
        Command::Upcoming(args) => read(&mut |c| upcoming::run(c, &args, out)),
        Command::Report(args) => read(&mut |c| report::run(c, &args, out)),
        Command::Evidence(args) => read(&mut |c| report::evidence::run(c, &args, out)),
        Command::Ask(args) => read(&mut |c| ask::run(c, &args, out)),
        Command::Remind(args) => read(&mut |c| remind::run(c, &args, out)),
        Command::Site(args) => read(&mut |c| site::run(c, &args, &[&c.env.cwd.join(c.dir)], out)),
        Command::Unit(command) => unit::run(&dir()?, &command, env, given, out),
        Command::Collect(args) => collect::run(&dir()?, &args, env, given, out),
        Command::Timeline(args) => read(&mut |c| timeline::run(c, &args, out)),
    }
}

/// `plan man`: the main page on `out`, or with `dir` every page it names written there.
fn man(
    dir: Option<&std::path::Path>,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let Some(dir) = dir else {
        clap_mangen::Man::new(Cli::command()).render(out)?;
        return Ok(Outcome::Success);
    };
    // The main page names `plan-list(1)` and the others: write every one of them.
    let mut command = Cli::command();
    command.build();
    let mut pages = vec![("plan".to_string(), command.clone())];
    for sub in command.get_subcommands() {
        let name = format!("plan-{}", sub.get_name());
        pages.push((name.clone(), sub.clone().name(name)));
    }
    for (name, page) in pages {
        let mut text = Vec::new();
        clap_mangen::Man::new(page).render(&mut text)?;
        let path = dir.join(format!("{name}.1"));
        files::write_output(&env.cwd, &path, &text, &[], true)?;
    }
    let wrote = msg!("wrote the manual pages to `{dir}`", dir = dir.display());
    writeln!(out, "{}", wrote.text(lang))?;
    Ok(Outcome::Success)
}

/// Loads the plan in `dir`, passes on its warnings, and runs a command that reads it.
fn with_plan(
    dir: &std::path::Path,
    env: &Env,
    given: Option<Lang>,
    err: &mut dyn Write,
    run: &mut dyn FnMut(&Context) -> Result<Outcome>,
) -> Result<Outcome> {
    let loaded = load::load(dir, &env.cwd, false)?;
    let lang = given.or(loaded.lang).unwrap_or_default();
    for warning in &loaded.warnings {
        writeln!(err, "{}: {}", Label::Warning.word(lang), warning.text(lang))?;
    }
    let plan = &loaded.plan;
    let outcome = run(&Context {
        plan,
        err: std::cell::RefCell::new(err),
        dir,
        env,
        lang,
    });
    if env.exits_after {
        std::mem::forget(loaded);
    }
    outcome
}

/// What a command that reads the plan works with.
pub struct Context<'a> {
    pub plan: &'a Plan,
    /// Where notes for the person go (standard error), beside the answer.
    err: std::cell::RefCell<&'a mut dyn Write>,
    /// Where the plan was read from, as given.
    pub dir: &'a std::path::Path,
    pub env: &'a Env,
    pub lang: Lang,
}

impl Context<'_> {
    /// Tells the person something about how the command was understood, on its own line
    /// beside the answer (standard error), as `note: …`.
    pub fn note(&self, text: crate::message::Message) {
        // A note that cannot be written is not worth failing the answer for.
        let _ = writeln!(
            self.err.borrow_mut(),
            "{}: {}",
            Label::Note.word(self.lang),
            text.text(self.lang)
        );
    }

    /// An empty grid with these headings in the output's language.
    pub fn grid<'a>(&self, headers: &[&'static str]) -> Grid<'a> {
        Grid::new(headers.iter().map(|h| self.lang.tr(h)).collect())
    }

    /// Writes `grid` as a terminal table, or with `--format markdown` as Markdown.
    pub fn write_grid(&self, grid: &Grid, format: Format, out: &mut dyn Write) -> Result<()> {
        self.write_grid_or(grid, format, out, "")
    }

    /// Like [`Context::write_grid`], writing the sentence `empty` instead of a grid without
    /// rows (when it is not empty itself).
    pub fn write_grid_or(
        &self,
        grid: &Grid,
        format: Format,
        out: &mut dyn Write,
        empty: &str,
    ) -> Result<()> {
        if grid.is_empty() && !empty.is_empty() {
            writeln!(out, "{empty}")?;
            return Ok(());
        }
        match format {
            Format::Markdown => grid.write_markdown(out)?,
            _ => grid.write_table(out, self.env.terminal)?,
        }
        Ok(())
    }
}

/// Text for each due date and occurrence in `keys`, made once: the rows of a big table share a
/// few dozen of them, and borrow it.
pub type Labels<T> = foldhash::HashMap<(NaiveDate, Option<Period>), T>;

pub fn labels<T>(
    keys: impl IntoIterator<Item = (NaiveDate, Option<Period>)>,
    make: impl Fn(NaiveDate, Option<Period>) -> T,
) -> Labels<T> {
    let mut labels = Labels::default();
    for (due, period) in keys {
        labels
            .entry((due, period))
            .or_insert_with(|| make(due, period));
    }
    labels
}

/// Unit names as a cell shows them: `Văn phòng; Thanh tra`.
/// (A semicolon, not a comma: "Các phòng, đơn vị" is one unit.)
/// What a command would have done, said after a dry run: "… (dry run: nothing written)".
pub(crate) fn dry_run(
    out: &mut dyn Write,
    said: &crate::message::Message,
    lang: Lang,
) -> Result<()> {
    let nothing = msg!("dry run: nothing written");
    writeln!(out, "{} ({})", said.text(lang), nothing.text(lang))?;
    Ok(())
}

/// The units `names` name (by any spelling), or without any, every unit but the collective
/// ones (whose work each member is asked about).
pub(crate) fn units_named<'p>(
    plan: &'p Plan,
    names: &[String],
) -> Result<Vec<&'p crate::model::Unit>> {
    if names.is_empty() {
        return Ok(plan.units.iter().filter(|u| u.members.is_empty()).collect());
    }
    let mut chosen = Vec::new();
    for name in names {
        chosen.push(crate::units::lookup(&plan.units, name)?.0);
    }
    Ok(chosen)
}

pub fn joined<S: AsRef<str>>(names: &[S]) -> Cow<'_, str> {
    match names {
        [one] => Cow::Borrowed(one.as_ref()),
        _ => Cow::Owned(names.iter().map(S::as_ref).collect::<Vec<_>>().join("; ")),
    }
}

/// How the unit of `--unit` is involved in a task.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Involvement<'p> {
    pub role: Role,
    /// The collective unit through which it is, when it is not named on the task itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<&'p str>,
    /// The unit it took the task over from (a unit that ended, whose successor it is).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taken_from: Option<&'p str>,
    /// For a unit that has ended: who owes the task now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub now: Option<&'p str>,
}

impl Involvement<'_> {
    /// The `role` and `via` cells of CSV (empty without a unit filter).
    pub fn cells(involvement: Option<Involvement>) -> [String; 2] {
        match involvement {
            Some(i) => [
                i.role.as_str().to_string(),
                i.via.unwrap_or_default().to_string(),
            ],
            None => [String::new(), String::new()],
        }
    }

    /// "lead", "support", or "support (via Các phòng, đơn vị)", "lead (now: Phòng B)", "lead
    /// (from: Phòng A)", in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let role = lang.tr(self.role.as_str());
        let said = match (self.via, self.taken_from, self.now) {
            (_, _, Some(unit)) => msg!("(now: {unit})", unit),
            (_, Some(unit), None) => msg!("(from: {unit})", unit),
            (Some(unit), None, None) => msg!("(via {unit})", unit),
            (None, None, None) => return role.to_string(),
        };
        format!("{role} {}", said.text(lang))
    }
}

/// The filters of the command line, checked against the plan once.
pub struct Selection<'p> {
    plan: &'p Plan,
    unit_names: Option<(Vec<&'p str>, Option<Role>)>,
    quarter: Option<Period>,
    section: Option<&'p str>,
    status: Option<Status>,
    search: Option<String>,
    day: NaiveDate,
}

impl<'p> Selection<'p> {
    pub fn new(context: &Context<'p>, filters: &Filters, day: NaiveDate) -> Result<Selection<'p>> {
        let plan = context.plan;

        let unit_names = match &filters.unit {
            Some(name) => {
                let (unit, how) = units::lookup(&plan.units, name)?;
                if how != units::Found::Name {
                    context.note(msg!(
                        "`{name}` is taken as the unit `{unit}`",
                        name,
                        unit = unit.name
                    ));
                }
                Some((
                    units::appears_as_on(plan, unit, filters.direct, day),
                    filters.role,
                ))
            }
            None => None,
        };
        let quarter = filters.quarter.map(|q| {
            Period::quarter(q.year.unwrap_or(plan.year), q.number)
                .unwrap_or(Period::year(plan.year))
        });
        let section = match &filters.section {
            Some(wanted) => Some(section_id(plan, wanted)?),
            None => None,
        };
        Ok(Selection {
            plan,
            unit_names,
            quarter,
            section,
            status: filters.status,
            search: filters.search.as_deref().map(fold),
            day,
        })
    }

    /// With `--unit`: how that unit is involved in `task` (a task it passes): as lead or
    /// support, itself or through a collective unit (named).
    pub fn involvement(&self, task: &'p Task) -> Option<Involvement<'p>> {
        let (names, role) = self.unit_names.as_ref()?;
        let roles = match role {
            Some(role) => vec![*role],
            None => vec![Role::Lead, Role::Support],
        };
        // Itself first, then through each collective it belongs to; the lead before support.
        let (plan, day) = (self.plan, self.day);
        names.iter().enumerate().find_map(|(index, name)| {
            roles.iter().find_map(|role| {
                let named = units::involves(task, &[name], Some(*role));
                let owners = units::owners_on(plan, task, *role, day);
                let owes = owners.contains(name);
                let list = match role {
                    Role::Lead => &task.lead,
                    Role::Support => &task.support,
                };
                let (taken_from, now) = match (named, owes) {
                    (true, true) => (None, None),
                    // A successor: the unit it took the task over from.
                    (false, true) => (
                        list.iter()
                            .map(|n| &**n)
                            .find(|n| units::owner_on(plan, task, n, day) == *name),
                        None,
                    ),
                    // Named, but ended: who owes it now.
                    (true, false) => (None, Some(units::owner_on(plan, task, name, day))),
                    (false, false) => return None,
                };
                Some(Involvement {
                    role: *role,
                    via: (index > 0).then_some(*name),
                    taken_from,
                    now,
                })
            })
        })
    }

    /// Whether a task (not a heading) passes every filter.
    pub fn matches(&self, plan: &Plan, task: &Task) -> bool {
        // The unit's own tasks, those it took over, and (once it has ended) those it was given.
        if let Some((names, role)) = &self.unit_names
            && !units::involves(task, names, *role)
            && !units::involves_on(plan, task, names, *role, self.day)
        {
            return false;
        }
        if self.section.is_some_and(|s| s != &*task.section) {
            return false;
        }
        if let Some(quarter) = self.quarter
            && !self.due_in(plan, task, quarter)
        {
            return false;
        }
        if let Some(status) = self.status
            && self.state(plan, task).status != status
        {
            return false;
        }
        if let Some(text) = &self.search
            && !fold(&task.title).contains(text.as_str())
            && fold(&task.id) != *text
        {
            return false;
        }
        true
    }

    /// The occurrence of a periodic task that the filters look at and `list` shows: the one
    /// due in `--quarter`, else the one that matters on the day ([`rules::occurrence_on`]).
    pub fn occurrence(&self, plan: &Plan, task: &Task) -> Option<Period> {
        let in_quarter = self.quarter.and_then(|q| {
            task.occurrences(plan.years())
                .find(|p| q.contains(task.occurrence_due(*p)))
        });
        in_quarter.or_else(|| crate::rules::occurrence_on(plan, task, self.day))
    }

    /// Whether an item counts under `--quarter` and `--status`: due in the quarter (by the due
    /// date in force on the day), with that status on the day.
    pub fn counts_item(&self, item: &crate::rules::Item, state: &State) -> bool {
        let in_quarter = match item.period {
            Some(period) => self
                .quarter
                .is_none_or(|q| q.contains(item.task.occurrence_due(period))),
            None => self
                .quarter
                .is_none_or(|q| state.due.is_some_and(|d| q.contains(d))),
        };
        in_quarter && self.status.is_none_or(|s| s == state.status)
    }

    /// The state of a task on the day, for the occurrence above.
    pub fn state(&self, plan: &Plan, task: &Task) -> State {
        task.state_on(self.day, self.occurrence(plan, task))
    }

    /// The section `--section` names.
    pub fn section(&self) -> Option<&'p str> {
        self.section
    }

    /// Whether `due` passes the quarter filter.
    pub fn in_quarter(&self, due: NaiveDate) -> bool {
        self.quarter.is_none_or(|q| q.contains(due))
    }

    fn due_in(&self, plan: &Plan, task: &Task, quarter: Period) -> bool {
        if task.every().is_some() {
            task.occurrences(plan.years())
                .any(|p| quarter.contains(task.occurrence_due(p)))
        } else {
            task.due_on(self.day)
                .is_some_and(|due| quarter.contains(due))
        }
    }
}

/// The id of the section the user means: `I`, `i` or `1`.
fn section_id<'p>(plan: &'p Plan, wanted: &str) -> Result<&'p str> {
    let wanted = wanted.trim();
    let by_number = wanted
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| plan.sections.get(i));
    let found = plan
        .sections
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(wanted))
        .or(by_number);
    match found {
        Some(section) => Ok(&section.id),
        None => {
            let sections = plan
                .sections
                .iter()
                .map(|s| format!("`{}`", s.id))
                .collect::<Vec<_>>()
                .join(", ");
            bail!(
                msg!("unknown section `{wanted}`", wanted)
                    .help(msg!("the sections are {sections}", sections))
            )
        }
    }
}

/// The task the user means, or an error naming the closest ids.
pub fn task<'p>(plan: &'p Plan, id: &str) -> Result<&'p Task> {
    // Ids are kept trimmed and in NFC; one typed in NFD (as some keyboards do) is the same id.
    let wanted = crate::text::nfc(id.trim());
    let wanted: &str = wanted.as_ref();
    let exact = plan.tasks.iter().find(|t| t.id == wanted);
    // `check` refuses ids that differ only in case, so at most one matches this way.
    let any_case = || {
        let wanted = crate::text::Caseless(wanted);
        plan.tasks
            .iter()
            .find(|t| crate::text::Caseless(&t.id) == wanted)
    };
    if let Some(task) = exact.or_else(any_case) {
        return Ok(task);
    }
    let near = crate::text::closest(wanted, plan.tasks.iter().map(|t| t.id.as_str()), 3);
    let help = if near.is_empty() {
        msg!("`plan list` shows every task and its id")
    } else {
        msg!(
            "did you mean {names}?",
            names = crate::text::quoted_list(near)
        )
    };
    bail!(msg!("no task `{wanted}` in the plan", wanted).help(help))
}

/// The selected tasks (in plan order) plus every heading above one of them, in plan order.
pub fn with_headings<'p>(plan: &'p Plan, selected: &[&'p Task]) -> Vec<&'p Task> {
    let mut headings: HashSet<&str> = HashSet::new();
    if selected.iter().any(|t| t.parent.is_some()) {
        let by_id: HashMap<&str, &Task> = plan.tasks.iter().map(|t| (t.id.as_str(), t)).collect();
        for task in selected {
            let mut parent = task.parent.as_deref();
            while let Some(id) = parent {
                if !headings.insert(id) {
                    break;
                }
                parent = by_id.get(id).and_then(|t| t.parent.as_deref());
            }
        }
    }
    // `selected` is in plan order: walk both together.
    let mut next = selected.iter().peekable();
    plan.tasks
        .iter()
        .filter(|&task| {
            let chosen = next.next_if(|&&s| std::ptr::eq(s, task)).is_some();
            chosen || (!headings.is_empty() && headings.contains(task.id.as_str()))
        })
        .collect()
}

/// The tasks (not headings) that pass the filters.
pub fn selected<'p>(plan: &'p Plan, selection: &Selection) -> Vec<&'p Task> {
    plan.tasks
        .iter()
        .filter(|t| !t.is_heading() && selection.matches(plan, t))
        .collect()
}
