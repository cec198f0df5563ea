//! Checking what was read: `plan.toml`'s year, report settings and units, and each task of a
//! section file on its own (id, units, budget, deadline, progress entries).

use foldhash::HashMap;
use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use toml::Spanned;
use toml::value::Datetime;

use super::join::TaskOrigin;
use super::raw::{
    RawHead, RawPlan, RawSection, RawTask, RawTasks, RawUnit, Text, has_multi_line_strings, parse,
    problems_in, section_id,
};
use super::read::Source;
use crate::deadline;
use crate::diagnostic::Diagnostic;
use crate::model::{Entry, ReportSettings, Status, Task, Unit};
use crate::period::{self, Period};
use crate::text::{fold, into_nfc, nfc, trimmed};
use crate::units;
use crate::window::{Cutoff, SendBy};

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

    /// Checks the tasks of a whole file, and its head.
    pub(super) fn whole(&self, source: &Source) -> CheckedTasks {
        let raw: RawSection = match parse(source) {
            Ok(raw) => raw,
            Err(diagnostic) => {
                let mut checked = self.checked_tasks(0);
                let mut problems = match has_multi_line_strings(&source.text) {
                    true => Vec::new(),
                    false => problems_in(source, 0..source.text.len()),
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
        });
        checked
    }
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
}

impl Checker {
    /// The canonical name of the unit `name` spells, if any.
    fn unit_named(&self, name: &str) -> Option<Arc<str>> {
        self.spellings
            .get(name)
            .or_else(|| self.spellings.get(&fold(name)))
            .cloned()
    }

    pub(super) fn year(&mut self, source: &Source, year: &Spanned<i32>) -> i32 {
        if (1900..=2200).contains(year.get_ref()) {
            return *year.get_ref();
        }
        self.problems.push(
            source
                .at(
                    year.span(),
                    format!("`{}` is not a plan year", year.get_ref()),
                )
                .help("write the year of the plan, such as `year = 2023`"),
        );
        2000
    }

    pub(super) fn cutoff(
        &mut self,
        source: &Source,
        value: Option<&Spanned<toml::Value>>,
    ) -> Cutoff {
        let Some(value) = value else {
            return Cutoff::default();
        };
        match value.get_ref() {
            toml::Value::Integer(day) if (2..=28).contains(day) => Cutoff::Day(*day as u32),
            toml::Value::String(word) if word == "calendar" => Cutoff::Calendar,
            _ => {
                self.problems.push(
                    source
                        .at(value.span(), "`report_cutoff` is a day of the month (2–28) or \"calendar\"")
                        .help("15 follows Nghị định 09/2019/NĐ-CP: a quarter's report runs from the 15th of the month before it to the 14th of its last month"),
                );
                Cutoff::default()
            }
        }
    }

    /// The report's keys of `plan.toml`, taken out of `raw`.
    pub(super) fn report_settings(&mut self, source: &Source, raw: &mut RawPlan) -> ReportSettings {
        let text = |value: Option<String>| value.map(|s| nfc(s.trim())).filter(|s| !s.is_empty());
        let mut settings = ReportSettings {
            parent_organization: text(raw.parent_organization.take()),
            issuer: text(raw.issuer.take()),
            symbol: text(raw.symbol.take()),
            place: text(raw.place.take()),
            signer: text(raw.report_signer.take()),
            signer_name: text(raw.report_signer_name.take()),
            recipients: std::mem::take(&mut raw.report_recipients)
                .into_iter()
                .filter_map(|r| text(Some(r)))
                .collect(),
            ..ReportSettings::default()
        };
        if let Some(term) = text(raw.report_lead_term.take()) {
            settings.lead_term = term;
        }
        if let Some(value) = &raw.report_threshold {
            match value.get_ref() {
                toml::Value::Integer(n) if (0..=100).contains(n) => settings.threshold = *n as f64,
                toml::Value::Float(x) if (0.0..=100.0).contains(x) => settings.threshold = *x,
                _ => self.problems.push(
                    source
                        .at(
                            value.span(),
                            "`report_threshold` is a percentage from 0 to 100",
                        )
                        .help(
                            "a unit reaches the bar when its rate is above it; 70 is the usual bar",
                        ),
                ),
            }
        }
        if let Some(value) = &raw.report_send {
            let day = |word: &str| {
                let digits = fold(word).replace("ngay", "");
                digits
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|d| (1..=31).contains(d))
            };
            match value.get_ref() {
                toml::Value::Integer(n) if (0..=30).contains(n) => {
                    settings.send = SendBy::WorkingDays(*n as u32)
                }
                toml::Value::String(word) if day(word).is_some() => {
                    settings.send = SendBy::DayOfMonth(day(word).unwrap_or(20))
                }
                _ => self.problems.push(
                    source
                        .at(value.span(), "`report_send` is a number of working days after the cut-off, or a day of the month")
                        .help("write `report_send = 2` (two working days after the cut-off) or `report_send = \"ngày 20\"`"),
                ),
            }
        }
        settings
    }

    pub(super) fn units(&mut self, source: &Source, raw: Vec<RawUnit>) -> Vec<Unit> {
        let mut units: Vec<Unit> = Vec::new();
        let spellings = Arc::make_mut(&mut self.spellings);
        for raw_unit in &raw {
            let name = nfc(raw_unit.name.get_ref().trim());
            let shared: Arc<str> = Arc::from(name.as_str());
            for spelling in std::iter::once(&raw_unit.name).chain(&raw_unit.aliases) {
                let key = fold(spelling.get_ref());
                if let Some(other) = spellings.get(&key) {
                    self.problems.push(
                        source
                            .at(
                                spelling.span(),
                                format!(
                                    "`{}` already names the unit `{other}`",
                                    spelling.get_ref()
                                ),
                            )
                            .help("each name and alias must belong to one unit"),
                    );
                } else {
                    // As written too, so that most lookups need no folding (a spelling and
                    // its folded form always name the same unit).
                    let written = nfc(spelling.get_ref().trim());
                    spellings.insert(written.to_lowercase(), shared.clone());
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
        let id_span = raw.id.span();
        let line = source.line(id_span.start);
        let id = into_nfc(trimmed(raw.id.into_inner().into_owned()));
        let in_section = id
            .strip_prefix(&**section)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| !rest.is_empty());
        if !in_section {
            self.problems.push(
                source
                    .at(id_span, format!("task id `{id}` does not belong to section `{section}`"))
                    .help(format!("ids in this file start with `{section}.`: `{section}.1`, `{section}.2.a` ...")),
            );
            return None;
        }
        let mut names = |list: Vec<Spanned<Text>>| -> Vec<Arc<str>> {
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
                        // slip (`Văn phong`), not a spelling of its own.
                        let written = nfc(name.get_ref().trim());
                        let as_known = self.spellings.contains_key(&written)
                            || self.spellings.contains_key(&written.to_lowercase());
                        if !as_known {
                            self.warnings.push(
                                source
                                    .at(name.span(), format!("unit `{written}` is not written as in plan.toml"))
                                    .help(format!("did you mean `{unit}`? (or add `{written}` to its `aliases`)")),
                            );
                        }
                        Some(unit)
                    }
                    None => {
                        self.problems.push(unknown_unit(
                            source,
                            name.get_ref(),
                            name.span(),
                            units,
                        ));
                        None
                    }
                })
                .collect()
        };
        let lead = names(raw.lead);
        let support = names(raw.support);
        let budget = match &raw.budget {
            Some(b) if *b.get_ref() < 0 => {
                self.problems.push(
                    source
                        .at(b.span(), "budget is negative")
                        .help("write the budget in VND as a whole number, such as 12_000_000"),
                );
                None
            }
            Some(b) if b.get_ref().unsigned_abs() > MAX_BUDGET => {
                self.problems.push(
                    source
                        .at(b.span(), format!("budget {} is more than any task can have", b.get_ref()))
                        .help(format!("write the budget in VND; the most a task may have is {} (a million billion đồng)", crate::render::money(MAX_BUDGET))),
                );
                None
            }
            Some(b) => Some(b.get_ref().unsigned_abs()),
            None => None,
        };
        // A plan repeats a handful of wordings: each is read once, and its text shared.
        let (deadline_text, deadline) = match &raw.deadline {
            None => (None, None),
            Some(wording) => {
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
                            .at(wording.span(), format!("task `{id}`: {}", e.message))
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
        };
        let due = raw.due.as_ref().and_then(|d| self.date(source, d));
        if let (Some(due_key), Some(every)) =
            (&raw.due, deadline.and_then(deadline::Deadline::every))
        {
            self.problems.push(
                source
                    .at(due_key.span(), format!("`{id}` recurs every {every}, so it has no single `due`"))
                    .help("each occurrence is due at the end of its period; remove `due`, or change `deadline`"),
            );
        }
        let every = deadline.and_then(deadline::Deadline::every);
        let mut progress = Vec::new();
        for entry in raw.progress {
            let Some(date) = self.date(source, &entry.date) else {
                continue;
            };
            let status = match &entry.status {
                Some(s) => match s.get_ref().parse::<Status>() {
                    Ok(status) => Some(status),
                    Err(message) => {
                        self.problems.push(
                            source
                                .at(s.span(), message)
                                .help("use one of the statuses above"),
                        );
                        continue;
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
                            format!("progress entry of `{id}` has neither `status` nor `due`"),
                        )
                        .help("add `status = \"done\"` (or another status), or `due = 2023-09-30`"),
                );
                continue;
            }
            let period = match (&entry.period, every) {
                (Some(p), Some(every)) => match period::occurrence(p.get_ref(), every, year, &id) {
                    Ok(period) => Some(period),
                    Err((message, help)) => {
                        self.problems.push(source.at(p.span(), message).help(help));
                        continue;
                    }
                },
                // The wording could not be read (a warning of its own): leave the period be.
                (Some(p), None) if deadline.is_none() && raw.deadline.is_some() => {
                    p.get_ref().parse::<Period>().ok()
                }
                (Some(p), None) => {
                    self.problems.push(
                        source
                            .at(
                                p.span(),
                                format!("`{id}` is not periodic, so its entries take no `period`"),
                            )
                            .help("remove `period`"),
                    );
                    continue;
                }
                (None, Some(every)) if status.is_some() => {
                    let example = Period::containing(every, date);
                    self.problems.push(
                        source
                            .at(
                                entry.date.span(),
                                format!("progress entry of periodic task `{id}` has no `period`"),
                            )
                            .help(format!(
                                "add the occurrence it is for, such as `period = \"{example}\"`"
                            )),
                    );
                    continue;
                }
                (None, _) => None,
            };
            progress.push(Entry {
                date,
                status,
                note: entry.note.map(|n| into_nfc(n.into_inner().into_owned())),
                period,
                due: entry_due,
                line: source.line(entry.date.span().start),
            });
        }
        // The `parent` key, or what the id says ("I.2.a" is under "I.2").
        let parent = match raw.parent {
            Some(parent) => Some(into_nfc(trimmed(parent.into_inner().into_owned()))),
            None => id
                .bytes()
                .rposition(|b| b == b'.')
                .map(|dot| &id[..dot])
                .filter(|head| head != &&**section)
                .map(str::to_string),
        };
        let text = |value: Option<Spanned<Text>>| {
            value.map(|v| into_nfc(trimmed(v.into_inner().into_owned())))
        };
        Some(Task {
            product: text(raw.product),
            funding: text(raw.funding),
            note: text(raw.note),
            carried_from: text(raw.carried_from),
            parent,
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

    fn date(&mut self, source: &Source, value: &Spanned<Datetime>) -> Option<NaiveDate> {
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
                    .at(value.span(), format!("`{datetime}` is not a date"))
                    .help("write a day as YYYY-MM-DD, without a time"),
            );
        }
        date
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
        "add the unit to `plan.toml` (as a `[[unit]]` or an alias), or fix the spelling".to_string()
    } else {
        format!(
            "did you mean {}? Or add it to `plan.toml` as a unit or an alias",
            near.iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    source.at(span, format!("unknown unit `{name}`")).help(help)
}
