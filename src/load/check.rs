//! Checking what was read: `plan.toml`'s year, report settings and units, and each task of a
//! section file on its own (id, units, budget, deadline, progress entries).

use foldhash::HashMap;
use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use toml::Spanned;
use toml::value::Datetime;

use super::raw::{
    RawEntry, RawHead, RawSection, RawTask, RawTasks, RawUnit, Text, has_multi_line_strings, parse,
    problems_in, section_id,
};
use super::read::Source;
use crate::deadline;
use crate::diagnostic::Diagnostic;
use crate::model::{Entry, Status, Task, Unit};
use crate::msg;
use crate::period::{self, Every, Period, Years};
use crate::text::{fold, into_nfc, nfc, trimmed};
use crate::units;

/// Whether `path` stays inside the folder it is relative to: not absolute, no `..`, not empty.
pub(crate) fn inside(path: &str) -> bool {
    let path = std::path::Path::new(path.trim());
    !path.as_os_str().is_empty()
        && path.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        })
}

/// Where a task came from, for problems found once all tasks are known: the n-th origin is
/// that of the n-th task.
pub(super) struct TaskOrigin {
    pub(super) file: usize,
    pub(super) id: Range<usize>,
    pub(super) parent: Option<Range<usize>>,
    /// Whether the file names a lead (even one that turned out unknown).
    pub(super) names_a_lead: bool,
}

/// The largest budget a task may have, in VND: a million billion đồng, several times a
/// province's yearly budget. Kept well below what the sums of a plan's budgets can hold.
pub(super) const MAX_BUDGET: u64 = 1_000_000_000_000_000;
/// A section file's tasks, checked.
pub(super) enum FileTasks {
    /// Chunk by chunk, in the file's order.
    Chunks(Vec<CheckedTasks>),
    /// From the whole file at once.
    Whole(Box<CheckedTasks>),
    /// Not at all: its problems say why.
    Failed,
}

/// A run of a section file's tasks, checked, and where each came from.
pub(super) struct CheckedTasks {
    pub(super) tasks: Vec<Task>,
    pub(super) origins: Vec<TaskOrigin>,
    pub(super) checker: Checker,
    /// The file's head, when the whole file was parsed and has one.
    pub(super) head: Option<RawHead>,
}

/// A file's section and one of its chunks: a job for [`TaskContext::chunk`]. A job without one
/// parses its file whole.
pub(super) type Chunk = (Arc<str>, Range<usize>);

/// What the tasks of a section file are checked against: `plan.toml`'s units and year, and
/// whether an unreadable deadline is an error.
pub(super) struct TaskContext<'a> {
    pub(super) spellings: &'a Arc<HashMap<String, Arc<str>>>,
    pub(super) units: Option<&'a [Unit]>,
    pub(super) year: i32,
    pub(super) strict: bool,
}

impl TaskContext<'_> {
    /// Room for `capacity` tasks at once: growing a vector of thousands copies it each time.
    fn checked_tasks(&self, capacity: usize) -> CheckedTasks {
        CheckedTasks {
            tasks: Vec::with_capacity(capacity),
            origins: Vec::with_capacity(capacity),
            checker: Checker {
                spellings: Arc::clone(self.spellings),
                ..Checker::default()
            },
            head: None,
        }
    }

    fn add(
        &self,
        checked: &mut CheckedTasks,
        source: &Source,
        section: &Arc<str>,
        raw: RawTask<'_>,
    ) {
        let origin = TaskOrigin {
            file: 0,
            id: raw.id.span(),
            parent: raw.parent.as_ref().map(Spanned::span),
            names_a_lead: !raw.lead.is_empty(),
        };
        let task = checked
            .checker
            .task(source, section, raw, self.units, self.year, self.strict);
        if let Some(task) = task {
            checked.origins.push(origin);
            checked.tasks.push(task);
        }
    }

    /// Checks the tasks of one chunk of a file; `None` if the chunk does not parse.
    pub(super) fn chunk(
        &self,
        source: &Source,
        section: &Arc<str>,
        range: Range<usize>,
    ) -> Option<CheckedTasks> {
        let raw: RawTasks = toml::from_str(&source.text[range.clone()]).ok()?;
        let mut checked = self.checked_tasks(raw.task.len());
        for task in raw.task {
            self.add(&mut checked, source, section, task.moved(range.start));
        }
        Some(checked)
    }

    /// Every problem in `range` of a file that does not parse: what parsing each task on its
    /// own finds, and what checking the tasks that do parse finds (with the file's `section`,
    /// when its head could be read). Nothing if parsing the pieces finds nothing.
    pub(super) fn problems_in_broken(
        &self,
        source: &Source,
        section: Option<&Arc<str>>,
        range: Range<usize>,
    ) -> Vec<Diagnostic> {
        let (mut problems, parsed) = problems_in(source, range);
        if let (false, Some(section)) = (problems.is_empty(), section) {
            for range in parsed {
                if let Some(checked) = self.chunk(source, section, range) {
                    problems.extend(checked.checker.problems);
                }
            }
        }
        problems
    }

    /// Checks the tasks of a whole file, and its head.
    pub(super) fn whole(&self, source: &Source) -> CheckedTasks {
        let raw: RawSection = match parse(source) {
            Ok(raw) => raw,
            Err(diagnostic) => {
                let mut checked = self.checked_tasks(0);
                let section = section_of(source);
                let mut problems = match has_multi_line_strings(&source.text) {
                    true => Vec::new(),
                    false => {
                        self.problems_in_broken(source, section.as_ref(), 0..source.text.len())
                    }
                };
                if problems.is_empty() {
                    problems.push(diagnostic);
                }
                checked.checker.problems = problems;
                return checked;
            }
        };
        let mut checked = self.checked_tasks(raw.task.len());
        let section = Arc::from(section_id(&raw.id));
        for task in raw.task {
            self.add(&mut checked, source, &section, task);
        }
        checked.head = Some(RawHead {
            id: raw.id,
            title: raw.title,
            document: raw.document,
        });
        checked
    }
}

/// The section of a file that does not parse as a whole, if its head (what comes before its
/// first `[[task]]` line) does.
fn section_of(source: &Source) -> Option<Arc<str>> {
    let text = &source.text;
    let first = source
        .line_starts
        .iter()
        .map(|&start| start as usize)
        .find(|&start| crate::syntax::starts_task(&text[start..]))
        .unwrap_or(text.len());
    let head: RawHead = toml::from_str(&text[..first]).ok()?;
    Some(Arc::from(section_id(&head.id)))
}
#[derive(Default)]
pub(super) struct Checker {
    pub(super) problems: Vec<Diagnostic>,
    pub(super) warnings: Vec<Diagnostic>,
    /// Every unit name and alias, as written and folded, and the canonical name it stands for:
    /// made from plan.toml, then shared by the checkers of the section files.
    pub(super) spellings: Arc<HashMap<String, Arc<str>>>,
    /// Deadline wordings already read: a plan repeats a handful of them.
    pub(super) deadlines: HashMap<
        String,
        (
            Arc<str>,
            Result<deadline::Deadline, deadline::DeadlineError>,
        ),
    >,
    /// Entries for occurrences after the plan's first year, and the problem each is if the
    /// plan does not run that long: its last year is known only once every task is read.
    pub(super) later: Vec<(i32, Diagnostic)>,
}

impl Checker {
    /// The canonical name of the unit `name` spells, if any.
    pub(super) fn unit_named(&self, name: &str) -> Option<Arc<str>> {
        self.spellings
            .get(name)
            .or_else(|| self.spellings.get(&fold(name)))
            .cloned()
    }

    pub(super) fn units(&mut self, source: &Source, raw: &[RawUnit]) -> Vec<Unit> {
        let mut units: Vec<Unit> = Vec::new();
        for raw_unit in raw {
            let name = nfc(raw_unit.name.get_ref().trim());
            let shared: Arc<str> = Arc::from(name.as_str());
            for spelling in std::iter::once(&raw_unit.name).chain(&raw_unit.aliases) {
                if !self.name_is_typeable(source, spelling.span(), spelling.get_ref()) {
                    continue;
                }
                let spellings = Arc::make_mut(&mut self.spellings);
                let key = fold(spelling.get_ref());
                if let Some(other) = spellings.get(&key) {
                    self.problems.push(
                        source
                            .at(
                                spelling.span(),
                                msg!(
                                    "`{name}` already names the unit `{other}`",
                                    name = spelling.get_ref(),
                                    other
                                ),
                            )
                            .help(msg!("each name and alias must belong to one unit")),
                    );
                } else {
                    // As written too, so that most lookups need no folding (a spelling and
                    // its folded form always name the same unit).
                    let written = nfc(spelling.get_ref().trim());
                    spellings.insert(written, shared.clone());
                    spellings.insert(key, shared.clone());
                }
            }
            units.push(Unit {
                name,
                aliases: raw_unit
                    .aliases
                    .iter()
                    .map(|a| nfc(a.get_ref().trim()))
                    .collect(),
                members: Vec::new(),
                ..Unit::default()
            });
        }
        for (index, raw_unit) in raw.iter().enumerate() {
            let mut members = Vec::new();
            for member in &raw_unit.members {
                match self.unit_named(member.get_ref()) {
                    Some(unit) => members.push(unit.to_string()),
                    None => self.problems.push(unknown_unit(
                        source,
                        member.get_ref(),
                        member.span(),
                        &units,
                    )),
                }
            }
            units[index].members = members;
        }
        units
    }

    fn task(
        &mut self,
        source: &Source,
        section: &Arc<str>,
        raw: RawTask<'_>,
        units: Option<&[Unit]>,
        year: i32,
        strict: bool,
    ) -> Option<Task> {
        let end = raw.end();
        let line = source.line(raw.id.span().start);
        let id = self.id_in(source, section, raw.id)?;
        let lead = self.units_of(source, raw.lead, units);
        let support = self.units_of(source, raw.support, units);
        let budget = self.budget_of(source, raw.budget.as_ref());
        let (deadline_text, deadline) =
            self.deadline_of(source, &id, raw.deadline.as_ref(), year, strict);
        let due = raw.due.as_ref().and_then(|d| self.date(source, d));
        if let (Some(due_key), Some(every)) =
            (&raw.due, deadline.and_then(deadline::Deadline::every))
        {
            self.problems.push(
                source
                    .at(due_key.span(), msg!("`{id}` recurs every {every}, so it has no single `due`", id, every = every.said()))
                    .help(msg!("each occurrence is due at the end of its period; remove `due`, or change `deadline`")),
            );
        }
        let unread = deadline.is_none() && raw.deadline.is_some();
        let successor = raw
            .successor
            .map(|named| self.units_of(source, vec![named], units))
            .and_then(|names| names.into_iter().next());
        let dates: Vec<Range<usize>> = raw.progress.iter().map(|e| e.date.span()).collect();
        let progress = self.entries(source, &id, raw.progress, deadline, unread, year);
        if let Some(units) = units
            && dates.len() == progress.len()
        {
            self.after_end(
                source,
                &id,
                units,
                &lead,
                successor.as_deref(),
                &progress,
                &dates,
            );
        }
        let text = |value: Option<Spanned<Text>>| {
            value.map(|v| into_nfc(trimmed(v.into_inner().into_owned())))
        };
        Some(Task {
            product: text(raw.product),
            funding: text(raw.funding),
            detail: text(raw.detail),
            annex_status: text(raw.annex_status),
            note: text(raw.note),
            carried_from: text(raw.carried_from),
            successor,
            parent: parent_of(raw.parent, &id, section),
            section: section.clone(),
            title: into_nfc(trimmed(raw.title.into_inner().into_owned())),
            end,
            lead,
            support,
            budget,
            deadline_text,
            deadline,
            due,
            progress,
            children: Vec::new(),
            file: source.display.clone(),
            line,
            id,
        })
    }

    /// Whether `name` (a unit's name or alias, a task's id), found at `span`, can be typed: one
    /// with a control character (a line break, an escape) is a problem; one with a character
    /// that a shell runs or splits on when it is not quoted (`$`, `` ` ``, `;` …) is a warning.
    /// `&`, `(`, `)` and `,` are left alone: real names hold them ("Trung tâm KH&CN"), and
    /// completion quotes every value.
    pub(super) fn name_is_typeable(
        &mut self,
        source: &Source,
        span: std::ops::Range<usize>,
        name: &str,
    ) -> bool {
        let shown = crate::text::one_line(name, crate::text::SHOWN_BREAK);
        if name.contains(|c: char| c.is_control() || crate::text::is_bidi_control(c)) {
            self.problems.push(
                source
                    .at(
                        span,
                        msg!(
                            "`{name}` holds a control character, which no name or id may",
                            name = shown
                        ),
                    )
                    .help(msg!(
                        "write it on one line, with letters, digits and punctuation only"
                    )),
            );
            return false;
        }
        let shell: String = name
            .chars()
            .filter(|c| "$`\\;|<>\"'*?!{}".contains(*c))
            .collect();
        if !shell.is_empty() {
            self.warnings.push(
                source
                    .at(span, msg!("`{name}` holds `{shell}`, which a shell reads as a command or a pattern", name = shown, shell))
                    .help(msg!("quote it whenever it is typed, or rename it without these characters")),
            );
        }
        true
    }

    /// The task id `raw`, trimmed and in NFC, if it belongs to `section`.
    fn id_in(&mut self, source: &Source, section: &str, raw: Spanned<Text>) -> Option<String> {
        let id_span = raw.span();
        if !self.name_is_typeable(source, id_span.clone(), raw.get_ref()) {
            return None;
        }
        let id = into_nfc(trimmed(raw.into_inner().into_owned()));
        let in_section = id
            .strip_prefix(section)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| !rest.is_empty());
        if !in_section {
            self.problems.push(
                source
                    .at(id_span, msg!("task id `{id}` does not belong to section `{section}`", id, section))
                    .help(msg!("ids in this file start with `{section}.`: `{section}.1`, `{section}.2.a` ...", section)),
            );
            return None;
        }
        Some(id)
    }

    /// The canonical names of the units in `list` (a task's `lead` or `support`); an unknown
    /// one is a problem and left out. Without `units` (`plan.toml` unread), the names as written.
    fn units_of(
        &mut self,
        source: &Source,
        list: Vec<Spanned<Text>>,
        units: Option<&[Unit]>,
    ) -> Vec<Arc<str>> {
        let Some(units) = units else {
            return list
                .into_iter()
                .map(|n| Arc::from(nfc(n.get_ref())))
                .collect();
        };
        list.iter()
            .filter_map(|name| match self.unit_named(name.get_ref()) {
                Some(unit) => {
                    // Found only once diacritics are set aside: most likely a typing
                    // slip (`Văn phong`), not a spelling of its own. The table also holds the
                    // folded forms (`van phong`): a name written like one is checked against
                    // the unit's own spellings, in any case. Most names are written exactly
                    // as in plan.toml, and are known without a copy.
                    let like_folded = |text: &str| {
                        text.bytes()
                            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
                    };
                    let raw = name.get_ref().trim();
                    if !like_folded(raw) && self.spellings.contains_key(raw) {
                        return Some(unit);
                    }
                    let written = nfc(raw);
                    let as_known = (!like_folded(&written)
                        && self.spellings.contains_key(&written))
                        || units
                            .iter()
                            .filter(|u| *u.name == *unit)
                            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
                            .any(|s| s.to_lowercase() == written.to_lowercase());
                    if !as_known {
                        self.warnings.push(
                            source
                                .at(
                                    name.span(),
                                    msg!(
                                        "unit `{written}` is not written as in plan.toml",
                                        written
                                    ),
                                )
                                .help(msg!(
                                    "did you mean `{unit}`? (or add `{written}` to its `aliases`)",
                                    unit,
                                    written
                                )),
                        );
                    }
                    Some(unit)
                }
                None => {
                    self.problems
                        .push(unknown_unit(source, name.get_ref(), name.span(), units));
                    None
                }
            })
            .collect()
    }

    /// A task's budget in VND, if it has one that is neither negative nor too large.
    fn budget_of(&mut self, source: &Source, budget: Option<&Spanned<i64>>) -> Option<u64> {
        match budget {
            Some(b) if *b.get_ref() < 0 => {
                self.problems
                    .push(source.at(b.span(), msg!("budget is negative")).help(msg!(
                        "write the budget in VND as a whole number, such as 12_000_000"
                    )));
                None
            }
            Some(b) if b.get_ref().unsigned_abs() > MAX_BUDGET => {
                self.problems.push(
                    source
                        .at(b.span(), msg!("budget {budget} is more than any task can have", budget = b.get_ref()))
                        .help(msg!("write the budget in VND; the most a task may have is {most} (a million billion đồng)", most = crate::render::money(MAX_BUDGET))),
                );
                None
            }
            Some(b) => Some(b.get_ref().unsigned_abs()),
            None => None,
        }
    }

    /// The deadline `wording` of task `id` as written (in NFC) and as read. Wording that cannot
    /// be read is a warning, or with `strict` a problem.
    fn deadline_of(
        &mut self,
        source: &Source,
        id: &str,
        wording: Option<&Spanned<Text>>,
        year: i32,
        strict: bool,
    ) -> (Option<Arc<str>>, Option<deadline::Deadline>) {
        let Some(wording) = wording else {
            return (None, None);
        };
        // A plan repeats a handful of wordings: each is read once, and its text shared.
        let (text, read) = match self.deadlines.get(&**wording.get_ref()) {
            Some(known) => known.clone(),
            None => {
                let known = (
                    Arc::from(nfc(wording.get_ref())),
                    deadline::parse(wording.get_ref(), year),
                );
                self.deadlines
                    .insert(wording.get_ref().to_string(), known.clone());
                known
            }
        };
        let deadline = match read {
            Ok(deadline) => Some(deadline),
            Err(e) => {
                let diagnostic = source
                    .at(
                        wording.span(),
                        msg!("task `{id}`: {problem}", id, problem = e.message),
                    )
                    .help(e.help);
                if strict {
                    self.problems.push(diagnostic);
                } else {
                    self.warnings.push(diagnostic);
                }
                None
            }
        };
        (Some(text), deadline)
    }

    /// The progress entries of task `id`, whose deadline is `deadline`, or is written but
    /// `unread`. An entry with a problem is left out.
    fn entries(
        &mut self,
        source: &Source,
        id: &str,
        raw: Vec<RawEntry>,
        deadline: Option<deadline::Deadline>,
        unread: bool,
        year: i32,
    ) -> Vec<Entry> {
        let recurs = Recurs {
            every: deadline.and_then(deadline::Deadline::every),
            unread,
            year,
        };
        raw.into_iter()
            .filter_map(|entry| self.entry(source, id, entry, recurs))
            .collect()
    }

    fn entry(
        &mut self,
        source: &Source,
        id: &str,
        entry: RawEntry,
        recurs: Recurs,
    ) -> Option<Entry> {
        let date = self.date(source, &entry.date)?;
        let status = match &entry.status {
            Some(s) => match s.get_ref().parse::<Status>() {
                Ok(status) => Some(status),
                Err(message) => {
                    self.problems.push(
                        source
                            .at(s.span(), message)
                            .help(msg!("use one of the statuses above")),
                    );
                    return None;
                }
            },
            None => None,
        };
        let entry_due = entry.due.as_ref().and_then(|d| self.date(source, d));
        if status.is_none() && entry.due.is_none() {
            self.problems.push(
                source
                    .at(
                        entry.date.span(),
                        msg!(
                            "progress entry of `{id}` has neither `status` nor `due`",
                            id
                        ),
                    )
                    .help(msg!(
                        "add `status = \"done\"` (or another status), or `due = 2023-09-30`"
                    )),
            );
            return None;
        }
        let period = self.period_of(source, id, &entry, status.is_some(), date, recurs)?;
        let text = |value: Option<Spanned<Text>>| {
            value
                .map(|v| into_nfc(trimmed(v.into_inner().into_owned())))
                .filter(|v| !v.is_empty())
        };
        if let Some(file) = &entry.file
            && !inside(file.get_ref())
        {
            self.problems.push(
                source
                    .at(file.span(), msg!("`file` is a path inside the repository, such as `evidence/2023/kh-12.pdf`"))
                    .help(msg!("write it relative to the repository's top folder, without `..`: a plan must not point outside itself")),
            );
            return None;
        }
        Some(Entry {
            date,
            status,
            note: entry.note.map(|n| into_nfc(n.into_inner().into_owned())),
            period,
            due: entry_due,
            doc: text(entry.doc),
            doc_by: text(entry.doc_by),
            file: text(entry.file),
            line: source.line(entry.date.span().start),
        })
    }

    /// The occurrence a progress entry is for: `Some(None)` if none, `None` if that is a
    /// problem.
    fn period_of(
        &mut self,
        source: &Source,
        id: &str,
        entry: &RawEntry,
        has_status: bool,
        date: NaiveDate,
        recurs: Recurs,
    ) -> Option<Option<Period>> {
        let period = match (&entry.period, recurs.every) {
            (Some(p), Some(every)) => {
                let first = Years {
                    first: recurs.year,
                    last: recurs.year,
                };
                match period::occurrence(p.get_ref(), every, first, id) {
                    Ok(period) => Some(period),
                    Err(crate::message::Error { message, help, .. }) => {
                        // A later year's occurrence is right if the plan runs that long.
                        let later = Years {
                            first: recurs.year,
                            last: recurs.year.saturating_add(100),
                        };
                        let mut diagnostic = source.at(p.span(), message);
                        diagnostic.help = help;
                        match period::occurrence(p.get_ref(), every, later, id) {
                            Ok(period) => {
                                self.later.push((period.year, diagnostic));
                                Some(period)
                            }
                            Err(_) => {
                                self.problems.push(diagnostic);
                                return None;
                            }
                        }
                    }
                }
            }
            // The wording could not be read (a warning of its own): leave the period be.
            (Some(p), None) if recurs.unread => p.get_ref().parse::<Period>().ok(),
            (Some(p), None) => {
                self.problems.push(
                    source
                        .at(
                            p.span(),
                            msg!(
                                "`{id}` is not periodic, so its entries take no `period`",
                                id
                            ),
                        )
                        .help(msg!("remove `period`")),
                );
                return None;
            }
            (None, Some(every)) if has_status => {
                let example = Period::containing(every, date);
                self.problems.push(
                    source
                        .at(
                            entry.date.span(),
                            msg!("progress entry of periodic task `{id}` has no `period`", id),
                        )
                        .help(msg!(
                            "add the occurrence it is for, such as `period = \"{example}\"`",
                            example
                        )),
                );
                return None;
            }
            (None, _) => None,
        };
        Some(period)
    }

    pub(super) fn date(&mut self, source: &Source, value: &Spanned<Datetime>) -> Option<NaiveDate> {
        let datetime = value.get_ref();
        let date = match (datetime.date, datetime.time, datetime.offset) {
            (Some(d), None, None) => {
                NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
            }
            _ => None,
        };
        if date.is_none() {
            self.problems.push(
                source
                    .at(value.span(), msg!("`{datetime}` is not a date", datetime))
                    .help(msg!("write a day as YYYY-MM-DD, without a time")),
            );
        }
        date
    }
}

/// What a task's progress entries are checked against: how often the task recurs, whether
/// its deadline is written but could not be read, and the plan's year.
#[derive(Clone, Copy)]
struct Recurs {
    every: Option<Every>,
    unread: bool,
    year: i32,
}

/// A task's parent: the `parent` key, or what the id says ("I.2.a" is under "I.2").
fn parent_of(parent: Option<Spanned<Text>>, id: &str, section: &str) -> Option<String> {
    match parent {
        Some(parent) => Some(into_nfc(trimmed(parent.into_inner().into_owned()))),
        None => id
            .bytes()
            .rposition(|b| b == b'.')
            .map(|dot| &id[..dot])
            .filter(|head| head != &section)
            .map(str::to_string),
    }
}

pub(super) fn unknown_unit(
    source: &Source,
    name: &str,
    span: Range<usize>,
    units: &[Unit],
) -> Diagnostic {
    let near = units::suggestions(units, name);
    let help = if near.is_empty() {
        msg!("add the unit to `plan.toml` (as a `[[unit]]` or an alias), or fix the spelling")
    } else {
        msg!(
            "did you mean {names}? Or add it to `plan.toml` as a unit or an alias",
            names = crate::text::quoted_list(near)
        )
    };
    source
        .at(span, msg!("unknown unit `{name}`", name))
        .help(help)
}

#[cfg(test)]
mod tests {
    use super::super::raw::RawPlan;
    use super::*;

    const PLAN: &str = "title = \"t\"\nyear = 2023\n[[unit]]\nname = \"Văn phòng\"\naliases = [\"VP\"]\n[[unit]]\nname = \"Thanh tra\"\n";

    /// A checker that knows the units of [`PLAN`], and those units.
    fn checker() -> (Checker, Vec<Unit>) {
        let source = Source::new("plan/plan.toml", PLAN.to_string());
        let mut checker = Checker::default();
        let raw: RawPlan = parse(&source).unwrap();
        let units = checker.units(&source, &raw.unit);
        assert!(checker.problems.is_empty());
        (checker, units)
    }

    /// `task` (the keys of one `[[task]]` table) in a section file `I`.
    fn section(task: &str) -> Source {
        let text =
            format!("id = \"I\"\ntitle = \"s\"\n[[task]]\nid = \"I.1\"\ntitle = \"t\"\n{task}");
        Source::new("plan/I.toml", text)
    }

    fn messages(diagnostics: &[Diagnostic]) -> Vec<String> {
        diagnostics.iter().map(|d| d.message.to_string()).collect()
    }

    #[test]
    fn units_of_gives_canonical_names_and_refuses_unknown_ones() {
        let (mut checker, units) = checker();
        let source = section("lead = [\"VP\", \"thanh tra\", \"Sở Nội vụ\"]\n");
        let mut raw: RawSection = parse(&source).unwrap();
        let lead = std::mem::take(&mut raw.task[0].lead);
        let names = checker.units_of(&source, lead, Some(&units));
        assert_eq!(names, [Arc::from("Văn phòng"), Arc::from("Thanh tra")]);
        assert_eq!(messages(&checker.problems), ["unknown unit `Sở Nội vụ`"]);
        assert!(checker.warnings.is_empty());
    }

    #[test]
    fn units_of_warns_of_a_unit_missing_a_diacritic() {
        let (mut checker, units) = checker();
        let source = section("lead = [\"Văn phong\"]\n");
        let mut raw: RawSection = parse(&source).unwrap();
        let lead = std::mem::take(&mut raw.task[0].lead);
        let names = checker.units_of(&source, lead, Some(&units));
        assert_eq!(names, [Arc::from("Văn phòng")]);
        assert!(checker.problems.is_empty());
        assert_eq!(
            messages(&checker.warnings),
            ["unit `Văn phong` is not written as in plan.toml"]
        );
        // Without any diacritic too; other case is the same spelling.
        for (written, warned) in [
            ("van phong", true),
            ("Van Phong", true),
            ("VĂN PHÒNG", false),
            ("văn phòng", false),
        ] {
            let (mut checker, units) = super::tests::checker();
            let source = section(&format!("lead = [\"{written}\"]\n"));
            let mut raw: RawSection = parse(&source).unwrap();
            let lead = std::mem::take(&mut raw.task[0].lead);
            assert_eq!(
                checker.units_of(&source, lead, Some(&units)),
                [Arc::from("Văn phòng")]
            );
            assert_eq!(checker.warnings.len(), usize::from(warned), "{written}");
        }
    }

    #[test]
    fn units_of_keeps_names_as_written_without_plan_units() {
        let mut checker = Checker::default();
        let source = section("lead = [\"Ai đó\"]\n");
        let mut raw: RawSection = parse(&source).unwrap();
        let lead = std::mem::take(&mut raw.task[0].lead);
        assert_eq!(checker.units_of(&source, lead, None), [Arc::from("Ai đó")]);
        assert!(checker.problems.is_empty());
    }

    #[test]
    fn deadline_of_reads_a_wording_once_and_shares_its_text() {
        let (mut checker, _) = checker();
        let source = section("deadline = \"Tháng 10/2023\"\n");
        let raw: RawSection = parse(&source).unwrap();
        let wording = raw.task[0].deadline.as_ref();
        let (first, read) = checker.deadline_of(&source, "I.1", wording, 2023, true);
        let (again, _) = checker.deadline_of(&source, "I.1", wording, 2023, true);
        assert!(read.is_some());
        assert!(Arc::ptr_eq(&first.unwrap(), &again.unwrap()));
        assert_eq!(
            checker.deadline_of(&source, "I.1", None, 2023, true),
            (None, None)
        );
        assert!(checker.problems.is_empty() && checker.warnings.is_empty());
    }

    #[test]
    fn deadline_of_an_unreadable_wording_is_a_warning_or_when_strict_a_problem() {
        let (mut checker, _) = checker();
        let source = section("deadline = \"Trước ngày 31/02/2023\"\n");
        let raw: RawSection = parse(&source).unwrap();
        let wording = raw.task[0].deadline.as_ref();
        let (text, read) = checker.deadline_of(&source, "I.1", wording, 2023, false);
        assert_eq!(
            (text.as_deref(), read),
            (Some("Trước ngày 31/02/2023"), None)
        );
        assert_eq!((checker.problems.len(), checker.warnings.len()), (0, 1));
        assert!(
            checker.warnings[0]
                .message
                .to_string()
                .starts_with("task `I.1`: ")
        );
        checker.deadline_of(&source, "I.1", wording, 2023, true);
        assert_eq!((checker.problems.len(), checker.warnings.len()), (1, 1));
    }

    /// The entries of the task in [`section`] with `keys`, and the problems found.
    fn entries(keys: &str) -> (Vec<Entry>, Vec<String>) {
        let (mut checker, _) = checker();
        let source = section(keys);
        let raw: RawSection = parse(&source).unwrap();
        let task = raw.task.into_iter().next().unwrap();
        let wording = task.deadline.as_ref();
        let (_, deadline) = checker.deadline_of(&source, "I.1", wording, 2023, false);
        let unread = deadline.is_none() && wording.is_some();
        let entries = checker.entries(&source, "I.1", task.progress, deadline, unread, 2023);
        let problems = checker
            .problems
            .iter()
            .map(|d| d.message.to_string())
            .collect();
        (entries, problems)
    }

    #[test]
    fn entries_are_read_with_their_lines() {
        let (entries, problems) =
            entries("[[task.progress]]\ndate = 2023-03-01\nstatus = \"done\"\nnote = \"xong\"\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(entries.len(), 1);
        assert_eq!(
            entries[0].date,
            NaiveDate::from_ymd_opt(2023, 3, 1).unwrap()
        );
        assert_eq!(entries[0].note.as_deref(), Some("xong"));
        assert_eq!(entries[0].line, 7);
    }

    #[test]
    fn entries_with_a_problem_are_left_out() {
        let (entries, problems) = entries(
            "[[task.progress]]\ndate = 2023-03-01\n[[task.progress]]\ndate = 2023-03-02\nstatus = \"maybe\"\n[[task.progress]]\ndate = 2023-03-03\nstatus = \"done\"\nperiod = \"2023-Q1\"\n",
        );
        assert!(entries.is_empty());
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert_eq!(
            problems[0],
            "progress entry of `I.1` has neither `status` nor `due`"
        );
        assert_eq!(
            problems[2],
            "`I.1` is not periodic, so its entries take no `period`"
        );
    }

    #[test]
    fn entries_of_a_periodic_task_name_their_period() {
        let deadline = "deadline = \"Định kỳ quý\"\n";
        let (entries, problems) = entries(&format!(
            "{deadline}[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\nperiod = \"2023-Q1\"\n[[task.progress]]\ndate = 2023-07-05\nstatus = \"done\"\n"
        ));
        assert_eq!(entries.len(), 1);
        assert!(entries[0].period.is_some());
        assert_eq!(
            problems,
            ["progress entry of periodic task `I.1` has no `period`"]
        );
    }

    #[test]
    fn entries_keep_their_period_when_the_deadline_is_unread() {
        let (entries, problems) = entries(
            "deadline = \"Trước ngày 31/02/2023\"\n[[task.progress]]\ndate = 2023-04-05\nstatus = \"done\"\nperiod = \"2023-Q1\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert!(entries[0].period.is_some());
    }
}
