//! `plan init`: a new plan directory (for a new year), from nothing or from last year's plan.

use crate::text::letters;
use std::collections::{HashMap, HashSet};
use std::io::Write;

use crate::bail;
use crate::message::Result;
use chrono::{Datelike, NaiveDate};

use super::{Env, Outcome};
use crate::cli::{Carry, InitArgs};
use crate::deadline::{self, Deadline, Kind};
use crate::files;
use crate::lang::Lang;
use crate::load::{self, PLAN_FILE};
use crate::message::OrSay;
use crate::model::{Plan, Status, Task};
use crate::msg;
use crate::period::{Period, Years};
use crate::syntax;

/// The areas of the national administrative-reform programme, as sections I–VII, used when no
/// earlier plan is given.
const SECTIONS: [(&str, &str); 7] = [
    ("I", "Công tác chỉ đạo điều hành"),
    ("II", "Cải cách thể chế"),
    ("III", "Cải cách thủ tục hành chính"),
    ("IV", "Cải cách tổ chức bộ máy hành chính nhà nước"),
    ("V", "Cải cách chế độ công vụ"),
    ("VI", "Cải cách tài chính công"),
    (
        "VII",
        "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    ),
];

pub fn run(
    args: &InitArgs,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let dir = env.cwd.join(&args.dir);
    if !files::is_free(&dir) {
        bail!(
            msg!(
                "`{dir}` already exists and is not empty; `plan init` never overwrites",
                dir = args.dir.display()
            )
            .help(msg!("choose a directory that does not exist yet"))
        );
    }
    let old = match &args.from {
        Some(from) => Some(
            load::load(from, &env.cwd, false)
                .or_say(|| msg!("cannot read the plan in `{dir}`", dir = from.display()))?
                .plan,
        ),
        None => None,
    };
    // The plan that follows an old one starts the year after the old one's last, not today's.
    let year = args
        .year
        .or(old.as_ref().map(|old| old.years().last + 1))
        .unwrap_or(env.today.year());
    if !(1900..=2200).contains(&year) {
        bail!(
            msg!("`{year}` is not a plan year", year)
                .help(msg!("give the year of the plan, such as `--year 2024`"))
        );
    }

    let mut head = format!(
        "# The plan for {year}. Sections are in I.toml … VII.toml beside this file.\ntitle = {}\n",
        syntax::string(&format!(
            "Kế hoạch triển khai các nhiệm vụ cải cách hành chính năm {year}"
        ))
    );
    match old.as_ref().and_then(|p| p.organization.as_deref()) {
        Some(organization) => head.push_str(&format!(
            "organization = {}\n",
            syntax::string(organization)
        )),
        None => head.push_str("# organization = \"Sở ... tỉnh ...\"\n"),
    }
    head.push_str(&format!(
        "# document = \"Kế hoạch số .../KH-... ngày .../.../{year}\"\nyear = {year}\n"
    ));
    match &old {
        Some(plan) => {
            for unit in &plan.units {
                head.push_str(&format!(
                    "\n[[unit]]\nname = {}\n",
                    syntax::string(&unit.name)
                ));
                if !unit.aliases.is_empty() {
                    head.push_str(&format!("aliases = [{}]\n", syntax::list(&unit.aliases)));
                }
                if !unit.members.is_empty() {
                    head.push_str(&format!("members = [{}]\n", syntax::list(&unit.members)));
                }
            }
        }
        None => head.push_str("\n# [[unit]]\n# name = \"Văn phòng\"\n# aliases = [\"VP\"]\n"),
    }
    let sections: Vec<(String, String)> = match &old {
        Some(plan) => plan
            .sections
            .iter()
            .map(|s| (s.id.clone(), s.title.clone()))
            .collect(),
        None => SECTIONS
            .iter()
            .map(|(id, title)| (id.to_string(), title.to_string()))
            .collect(),
    };

    // A section's file is named after its id: only letters and digits make a safe name.
    if let Some((id, _)) = sections
        .iter()
        .find(|(id, _)| id.is_empty() || !id.chars().all(char::is_alphanumeric) || id == "plan")
    {
        bail!(
            msg!(
                "the old plan has a section `{id}` that cannot name a file",
                id
            )
            .help(msg!("give the section a Roman numeral as its `id`"))
        );
    }

    // The tasks carried over, as TOML by section id, and how many of each kind.
    let (carried, count) = match &old {
        Some(plan) if !args.carry.is_empty() => carry(plan, &args.carry, year),
        _ => (HashMap::new(), Carried::default()),
    };

    let mut new_files = vec![
        (PLAN_FILE.to_string(), head.into_bytes()),
        (".gitignore".to_string(), b".plan-lock\n.*.tmp\n".to_vec()),
    ];
    for (id, title) in &sections {
        // The carried tasks come first; the example has the next number after them.
        let (tasks, next) = match carried.get(id) {
            Some((tasks, top)) => (tasks.clone(), top + 1),
            None => (String::new(), 1),
        };
        let text = format!(
            "id = {}\ntitle = {}\n{tasks}\n# [[task]]\n# id = \"{id}.{next}\"\n# title = \"...\"\n# lead = [\"Văn phòng\"]\n# support = [\"Các phòng, đơn vị\"]\n# budget = 12_000_000\n# deadline = \"Quý 2/{year}\"\n",
            syntax::string(id),
            syntax::string(title)
        );
        new_files.push((format!("{id}.toml"), text.into_bytes()));
    }
    // The new plan loads, as every command will load it, or it is not made.
    let check = |built: &std::path::Path| crate::load::load(built, built, false).map(|_| ());
    files::create_dir(&dir, &args.dir.display().to_string(), &new_files, check)?;
    let shown = args.dir.display();
    let created = match sections.len() {
        1 => msg!(
            "created `{dir}` for {year}: {file} and 1 section file",
            dir = shown,
            year,
            file = PLAN_FILE
        ),
        count => msg!(
            "created `{dir}` for {year}: {file} and {count} section files",
            dir = shown,
            year,
            file = PLAN_FILE,
            count
        ),
    };
    writeln!(out, "{}", created.text(lang))?;
    if let (Some(plan), false) = (&old, args.carry.is_empty()) {
        let kinds: Vec<String> = Carry::ALL
            .into_iter()
            .filter(|kind| args.carry.contains(kind))
            .map(|kind| format!("{} {}", count.of(kind), kind.as_str()))
            .collect();
        let total: usize = Carry::ALL.into_iter().map(|kind| count.of(kind)).sum();
        let (year, kinds) = (plan.year, kinds.join(", "));
        let carried = match (total, count.headings) {
            (1, 0) => msg!("carried 1 task from {year}: {kinds}", year, kinds),
            (1, 1) => msg!(
                "carried 1 task from {year}: {kinds} (and 1 heading above it)",
                year,
                kinds
            ),
            (1, headings) => msg!(
                "carried 1 task from {year}: {kinds} (and {headings} headings above it)",
                year,
                kinds,
                headings
            ),
            (_, 0) => msg!(
                "carried {total} tasks from {year}: {kinds}",
                total,
                year,
                kinds
            ),
            (_, 1) => msg!(
                "carried {total} tasks from {year}: {kinds} (and 1 heading above them)",
                total,
                year,
                kinds
            ),
            (_, headings) => msg!(
                "carried {total} tasks from {year}: {kinds} (and {headings} headings above them)",
                total,
                year,
                kinds,
                headings
            ),
        };
        writeln!(out, "{}", carried.text(lang))?;
    }
    let next = match count.old_dates {
        0 => msg!("next: add the tasks, then run `plan check`"),
        1 => msg!(
            "next: set new deadlines where a comment says `set a new one` (1 task), add the new tasks, then run `plan check`"
        ),
        n => msg!(
            "next: set new deadlines where a comment says `set a new one` ({n} tasks), add the new tasks, then run `plan check`",
            n
        ),
    };
    writeln!(out, "{}", next.text(lang))?;
    super::git::setup_if_in_git(&dir, lang, out, err)?;
    Ok(Outcome::Success)
}

/// What `--carry` took over, for the line that says so.
#[derive(Debug, Default)]
struct Carried {
    open: usize,
    periodic: usize,
    continuous: usize,
    /// Tasks above carried ones, written as headings so that those keep their place.
    headings: usize,
    /// Carried tasks whose deadline (or due date) was last year's: left with a comment.
    old_dates: usize,
}

impl Carried {
    fn of(&self, kind: Carry) -> usize {
        match kind {
            Carry::Open => self.open,
            Carry::Periodic => self.periodic,
            Carry::Continuous => self.continuous,
        }
    }
}

/// The tasks of `old` that `kinds` asks for, as the TOML of each section (by id) with the
/// number of its top-level tasks, for a plan of `year`.
///
/// Statuses are read as the old plan leaves them: on 31 December of its year, or on the day of
/// its last entry if later (marks made in January for last year's work count). A task above a
/// carried one is written as a heading (its title only), so that ids keep their shape: the
/// section's tasks are numbered from 1 in the old order, the items under one `a`, `b` … (and
/// numbers again a level further down).
fn carry(old: &Plan, kinds: &[Carry], year: i32) -> (HashMap<String, (String, usize)>, Carried) {
    let day = old
        .tasks
        .iter()
        .flat_map(|t| t.progress.iter().map(|e| e.date))
        .max()
        .map_or(Period::year(old.year).end(), |last| {
            last.max(Period::year(old.year).end())
        });
    let index: HashMap<&str, &Task> = old.tasks.iter().map(|t| (t.id.as_str(), t)).collect();
    // A parent in another section (through a `parent` key) does not come along.
    let parent = |task: &Task| -> Option<&Task> {
        let found = index.get(task.parent.as_deref()?).copied()?;
        (found.section == task.section).then_some(found)
    };
    let chosen: HashMap<&str, Carry> = old
        .tasks
        .iter()
        .filter_map(|t| carried_as(t, old.year, day, kinds).map(|kind| (t.id.as_str(), kind)))
        .collect();
    // The chosen tasks and those above them.
    let mut kept: HashSet<&str> = HashSet::new();
    for task in old
        .tasks
        .iter()
        .filter(|t| chosen.contains_key(t.id.as_str()))
    {
        let mut at = Some(task);
        while let Some(task) = at {
            if !kept.insert(task.id.as_str()) {
                break;
            }
            at = parent(task);
        }
    }

    let mut count = Carried::default();
    let mut by_section = HashMap::new();
    for section in &old.sections {
        let top: Vec<&Task> = old
            .tasks
            .iter()
            .filter(|t| *t.section == *section.id && kept.contains(t.id.as_str()))
            .filter(|t| parent(t).is_none())
            .collect();
        if top.is_empty() {
            continue;
        }
        // Depth first, in the old order, without recursion: a plan's nesting has no bound.
        let mut stack: Vec<(&Task, String, usize)> = top
            .iter()
            .enumerate()
            .rev()
            .map(|(n, t)| (*t, format!("{}.{}", section.id, n + 1), 0))
            .collect();
        let mut text = String::new();
        while let Some((task, id, depth)) = stack.pop() {
            let kind = chosen.get(task.id.as_str()).copied();
            match kind {
                Some(Carry::Open) => count.open += 1,
                Some(Carry::Periodic) => count.periodic += 1,
                Some(Carry::Continuous) => count.continuous += 1,
                None => count.headings += 1,
            }
            if write_task(&mut text, task, &id, kind, old.year, year, day) {
                count.old_dates += 1;
            }
            let children: Vec<&Task> = task
                .children
                .iter()
                .filter_map(|c| index.get(c.as_str()).copied())
                .filter(|c| c.section == task.section && kept.contains(c.id.as_str()))
                .collect();
            for (n, child) in children.iter().enumerate().rev() {
                let label = if depth % 2 == 0 {
                    letters(n + 1)
                } else {
                    (n + 1).to_string()
                };
                stack.push((child, format!("{id}.{label}"), depth + 1));
            }
        }
        by_section.insert(section.id.clone(), (text, top.len()));
    }
    (by_section, count)
}

/// Which kind of carried task `task` is, if `kinds` carries it: a one-off task not done or
/// dropped on `day`, a periodic task unless every occurrence of its year was dropped, a
/// continuous one unless dropped. Headings are carried only above carried tasks.
fn carried_as(task: &Task, old_year: i32, day: NaiveDate, kinds: &[Carry]) -> Option<Carry> {
    if task.is_heading() {
        return None;
    }
    let kind = match task.kind() {
        Some(Kind::Periodic) => Carry::Periodic,
        Some(Kind::Continuous) => Carry::Continuous,
        // Dated, event and external tasks, and those whose wording could not be read.
        _ => Carry::Open,
    };
    let dropped = |period| task.state_on(day, period).status == Status::Dropped;
    let given_up = match kind {
        Carry::Open => task.state_on(day, None).status.is_closed(),
        Carry::Periodic => task
            .occurrences(Years {
                first: old_year,
                last: old_year,
            })
            .all(|p| dropped(Some(p))),
        Carry::Continuous => dropped(None),
    };
    (kinds.contains(&kind) && !given_up).then_some(kind)
}

/// Appends the carried task (or, with no `kind`, the heading above carried ones) `task` under
/// its new `id`. Its history and budget stay behind; a due date set in the old plan stays only
/// if it falls in the new year or later. Returns whether the task is left with a deadline from
/// the old year, marked with a comment.
fn write_task(
    text: &mut String,
    task: &Task,
    id: &str,
    kind: Option<Carry>,
    old_year: i32,
    year: i32,
    day: NaiveDate,
) -> bool {
    syntax::open_task(text);
    syntax::string_key(text, "id", id);
    syntax::string_key(text, "title", &task.title);
    let mut old_date = false;
    if kind.is_some() {
        for (key, units) in [("lead", &task.lead), ("support", &task.support)] {
            if !units.is_empty() {
                let names: Vec<String> = units.iter().map(|u| u.to_string()).collect();
                syntax::list_key(text, key, &names);
            }
        }
        if let Some(budget) = task.budget {
            text.push_str(&format!(
                "# budget = {}  # the {old_year} budget: set this year's, if any\n",
                crate::text::grouped(budget, '_')
            ));
        }
        let new_start = Period::year(year).start();
        // The due date set apart from the wording (a `due` key, or `plan due`), as of `day`.
        let set = match kind {
            Some(Carry::Periodic) => None,
            _ => task
                .progress
                .iter()
                .filter(|e| e.date <= day && e.due.is_some())
                .max_by_key(|e| e.date)
                .and_then(|e| e.due)
                .or(task.due),
        };
        let reread = task
            .deadline_text
            .as_deref()
            .map(|wording| deadline::parse(wording, year));
        match set {
            Some(due) if due < new_start => {
                text.push_str(&format!("# due {due} in {old_year}: set a new one\n"));
                old_date = true;
            }
            Some(_) => {}
            None => {
                if let Some(Ok(Deadline::Dated { due, .. })) = reread
                    && due < new_start
                {
                    text.push_str(&format!("# deadline from {old_year}: set a new one\n"));
                    old_date = true;
                }
            }
        }
        if let Some(wording) = &task.deadline_text {
            syntax::string_key(text, "deadline", wording);
        }
        if let Some(due) = set.filter(|due| *due >= new_start) {
            syntax::plain_key(text, "due", due);
        }
        for (key, value) in [
            ("product", &task.product),
            ("funding", &task.funding),
            ("detail", &task.detail),
            ("note", &task.note),
        ] {
            if let Some(value) = value {
                syntax::string_key(text, key, value);
            }
        }
    }
    syntax::string_key(text, "carried_from", &format!("{old_year}:{}", task.id));
    old_date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_lettered_past_z() {
        let got: Vec<String> = [1, 2, 26, 27, 28, 52, 53, 702, 703]
            .into_iter()
            .map(letters)
            .collect();
        assert_eq!(got, ["a", "b", "z", "aa", "ab", "az", "ba", "zz", "aaa"]);
    }

    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(crate::text::grouped(0, '_'), "0");
        assert_eq!(crate::text::grouped(999, '_'), "999");
        assert_eq!(crate::text::grouped(1000, '_'), "1_000");
        assert_eq!(crate::text::grouped(12_000_000, '_'), "12_000_000");
    }
}
