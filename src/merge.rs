//! Merging three versions of a section file: what `plan merge-driver` does for git.
//!
//! A version is read as its *task text* (everything but the `[[task.progress]]` entries) and,
//! for each task, its entries. An entry is its header line through the line of its last value
//! (comments inside it included), and the blank lines above it; two entries are the same when
//! their text is, whatever the line endings.
//!
//! When the task text changed on at most one side (or the same way on both), the result is the
//! file of the side whose task text it is, byte for byte, with the other side's changes to each
//! task's entries made to it: an entry the other side added is spliced in before the first entry
//! dated after it (at the same date, ours come first), in that file's line endings; an entry the
//! other side deleted, and this side kept as it was, is taken out. Anything else (the task text
//! changed differently on both sides, progress recorded on a task the other side removed, a
//! version that is not TOML) is a [`Conflict`], left to git.

use std::collections::HashMap;
use std::ops::Range;

use toml_edit::{Document, Item, Table};

use crate::syntax;
use crate::text::nfc;

use crate::message::Message;
use crate::msg;
use crate::text::BOM_CHAR as BOM;

/// One of the three versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Base,
    Ours,
    Theirs,
}

impl Side {
    fn name(self) -> Message {
        match self {
            Side::Base => msg!("the common ancestor"),
            Side::Ours => msg!("our version"),
            Side::Theirs => msg!("their version"),
        }
    }
}

/// Why three versions were not merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// A version does not parse as TOML.
    NotToml(Side),
    /// A version's tasks or entries are laid out in a way the merge does not take apart.
    Layout(Side, Message),
    /// The task text changed on both sides, and differently.
    TasksChanged,
    /// Progress was recorded on a task that the other side removed (or renamed).
    TaskGone(String),
    /// An id names another task on one side (tasks were renumbered) and the other side's
    /// progress on it was meant for the task it named before.
    Renumbered(String),
    /// Both sides recorded a different status for one task on one day: which one holds would
    /// depend on who merges.
    SameDay(String, String),
    /// Both sides changed (or removed) the same entry, differently.
    Corrected(String, String),
    /// The merged text did not read back as the merge meant it to.
    Unverified,
}

impl crate::message::Said for Conflict {
    /// Why, in words of the message table.
    fn said(&self) -> Message {
        match self {
            Conflict::NotToml(side) => msg!("{side} is not valid TOML", side = side.name()),
            Conflict::Layout(side, what) => {
                msg!("{side} {what}", side = side.name(), what = what.as_arg())
            }
            Conflict::TasksChanged => msg!("the tasks themselves changed on both sides"),
            Conflict::TaskGone(id) => msg!(
                "progress was recorded on `{id}`, which the other side removed or renamed",
                id
            ),
            Conflict::Renumbered(id) => msg!(
                "`{id}` names another task on one side (the tasks were renumbered), and the other side recorded progress on the task it named before",
                id
            ),
            Conflict::SameDay(id, day) => msg!(
                "both sides recorded a different status for `{id}` on {day}",
                id,
                day
            ),
            Conflict::Corrected(id, day) => msg!(
                "both sides changed the entry of `{id}` of {day}, differently",
                id,
                day
            ),
            Conflict::Unverified => {
                msg!("the merged file did not read back as both sides' entries")
            }
        }
    }
}

/// Merges `ours` and `theirs`, two versions of a section file that both come from `base`.
/// Each may start with a BOM; the result has the one of the side whose task text it keeps.
pub fn merge(base: &str, ours: &str, theirs: &str) -> Result<String, Conflict> {
    if ours == theirs || theirs == base {
        return Ok(ours.to_string());
    }
    if ours == base {
        return Ok(theirs.to_string());
    }
    let base = Version::read(base, Side::Base)?;
    let ours = Version::read(ours, Side::Ours)?;
    let theirs = Version::read(theirs, Side::Theirs)?;
    let (b, o, t) = (base.task_text(), ours.task_text(), theirs.task_text());
    let (kept, other) = if o == t || t == b {
        (&ours, &theirs)
    } else if o == b {
        (&theirs, &ours)
    } else {
        return Err(Conflict::TasksChanged);
    };

    let mut edits: Vec<Edit> = Vec::new();
    // What each task's entries must be once merged, sorted, to check the result.
    let mut expected: Vec<Vec<&str>> = Vec::new();
    let versions = [&base, kept, other];
    for task in &kept.tasks {
        // The same task in the other versions: by its id, or by its title where it had
        // another id (the tasks were renumbered).
        let before = base
            .counterpart(task, versions)
            .map_or(&[][..], |t| &t.entries[..]);
        let others = other
            .counterpart(task, versions)
            .map_or(&[][..], |t| &t.entries[..]);
        // The id names another task on the other side: progress recorded there is for that
        // task, not for this one.
        if let Some(there) = other.task(&task.id)
            && !same_task(&task.title, &there.title, &task.id, versions)
        {
            let was = base
                .counterpart(there, versions)
                .map_or(&[][..], |t| &t.entries[..]);
            if !there
                .entries
                .iter()
                .map(|e| &e.key)
                .eq(was.iter().map(|e| &e.key))
            {
                return Err(Conflict::Renumbered(task.id.clone()));
            }
        }
        conflicting_entries(&task.id, &task.entries, others, before)?;
        let mut keys: Vec<&str> = Vec::new();
        for entry in task.entries.iter().chain(others).chain(before) {
            if !keys.contains(&entry.key.as_str()) {
                keys.push(&entry.key);
            }
        }
        let mut removed = vec![false; task.entries.len()];
        let mut added: Vec<&Entry> = Vec::new();
        for key in keys {
            let here: Vec<usize> = (0..task.entries.len())
                .filter(|&i| task.entries[i].key == key)
                .collect();
            let there: Vec<&Entry> = others.iter().filter(|e| e.key == key).collect();
            let (k, o) = (here.len(), there.len());
            let b = before.iter().filter(|e| e.key == key).count();
            let wanted = if k == b {
                o
            } else if o == b {
                k
            } else {
                k.max(o)
            };
            for &i in here.iter().skip(wanted) {
                removed[i] = true;
            }
            added.extend(there.iter().skip(k).take(wanted.saturating_sub(k)));
        }
        let mut keys: Vec<&str> = task
            .entries
            .iter()
            .zip(&removed)
            .filter(|(_, gone)| !**gone)
            .map(|(e, _)| e.key.as_str())
            .chain(added.iter().map(|e| e.key.as_str()))
            .collect();
        keys.sort_unstable();
        expected.push(keys);

        for (entry, _) in task.entries.iter().zip(&removed).filter(|(_, gone)| **gone) {
            edits.push(Edit::remove(entry.extent.clone()));
        }
        for (seq, entry) in added.into_iter().enumerate() {
            // Before the first entry kept here that is dated after it; at the same date, ours
            // come first.
            let after = |e: &Entry| match other.side {
                Side::Ours => e.date >= entry.date,
                _ => e.date > entry.date,
            };
            let at = task
                .entries
                .iter()
                .zip(&removed)
                .find(|(e, gone)| !**gone && after(e))
                .map_or(task.end, |(e, _)| e.extent.start);
            edits.push(Edit::insert(kept.text, at, entry, seq));
        }
    }
    // Progress recorded on a task this side no longer has cannot go anywhere.
    for task in &other.tasks {
        if kept.index.contains_key(&task.id) || kept.counterpart(task, versions).is_some() {
            continue;
        }
        let before = base.entries(&task.id);
        let new = task.entries.iter().any(|entry| {
            let count = |entries: &[Entry]| entries.iter().filter(|e| e.key == entry.key).count();
            count(&task.entries) > count(before)
        });
        if new {
            return Err(Conflict::TaskGone(task.id.clone()));
        }
    }

    let merged = splice(kept.text, edits)?;
    // The result must read back as the kept task text with exactly the entries meant.
    let check = Version::read(&merged, kept.side).map_err(|_| Conflict::Unverified)?;
    let same_tasks = check.tasks.len() == kept.tasks.len()
        && check
            .tasks
            .iter()
            .zip(&kept.tasks)
            .all(|(a, b)| a.id == b.id);
    let same_entries = check.tasks.iter().zip(&expected).all(|(task, keys)| {
        let mut found: Vec<&str> = task.entries.iter().map(|e| e.key.as_str()).collect();
        found.sort_unstable();
        found == *keys
    });
    if check.task_text().1 != kept.task_text().1 || !same_tasks || !same_entries {
        return Err(Conflict::Unverified);
    }
    Ok(match kept.bom {
        true => format!("{BOM}{merged}"),
        false => merged,
    })
}

/// Whether `title`, which id `id` has in the version kept, and `other`, which it has in another,
/// name the same task: the same title, or an edited one (alike, and not the title another id
/// has in some version, which is a task renumbered).
fn same_task(title: &str, other: &str, id: &str, versions: [&Version; 3]) -> bool {
    if title == other {
        return true;
    }
    let elsewhere = |t: &str| {
        versions
            .iter()
            .any(|v| v.tasks.iter().any(|task| task.id != id && task.title == t))
    };
    !elsewhere(title) && !elsewhere(other) && strsim::normalized_levenshtein(title, other) >= 0.6
}

/// The entries of task `id` that the two sides (`here` and `there`, both from `before`) changed
/// in ways that cannot both hold: a different status on one day, or one entry of `before`
/// changed (or removed) differently on each side.
fn conflicting_entries(
    id: &str,
    here: &[Entry],
    there: &[Entry],
    before: &[Entry],
) -> Result<(), Conflict> {
    fn count(entries: &[Entry], key: &str) -> usize {
        entries.iter().filter(|e| e.key == key).count()
    }
    fn added<'e>(side: &'e [Entry], before: &[Entry]) -> Vec<&'e Entry> {
        side.iter()
            .filter(|e| count(side, &e.key) > count(before, &e.key))
            .collect()
    }
    fn keys<'e>(side: &[&'e Entry]) -> Vec<&'e str> {
        let mut keys: Vec<&str> = side.iter().map(|e| e.key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }
    let (ours, theirs) = (added(here, before), added(there, before));
    for a in &ours {
        let clash = theirs.iter().find(|b| {
            a.date == b.date
                && a.period == b.period
                && a.status.is_some()
                && b.status.is_some()
                && a.status != b.status
        });
        if clash.is_some() {
            return Err(Conflict::SameDay(id.to_string(), a.day()));
        }
    }
    if keys(&ours) != keys(&theirs)
        && let Some(gone) = before.iter().find(|e| {
            count(here, &e.key) < count(before, &e.key)
                && count(there, &e.key) < count(before, &e.key)
        })
    {
        return Err(Conflict::Corrected(id.to_string(), gone.day()));
    }
    Ok(())
}

/// A change to the kept side's text.
#[derive(Debug)]
struct Edit {
    /// Where it applies, then (for insertions at one place) the order they go in.
    order: (usize, u8, Day, usize),
    /// The bytes it replaces, and what replaces them.
    range: Range<usize>,
    text: String,
}

impl Edit {
    fn remove(extent: Range<usize>) -> Edit {
        Edit {
            order: (extent.start, 0, NO_DAY, 0),
            range: extent,
            text: String::new(),
        }
    }

    /// `entry` (from the other side) inserted at `at`, the start of a line of `text` or its
    /// end, with a blank line above it and in the line ending of the line before.
    fn insert(text: &str, at: usize, entry: &Entry, seq: usize) -> Edit {
        let before = &text[..at];
        let newline = if before.ends_with("\r\n") {
            "\r\n"
        } else if before.ends_with('\n') {
            "\n"
        } else if text.contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        };
        let body = entry.key.replace('\n', newline);
        let block = if at == text.len() && !text.is_empty() && !text.ends_with('\n') {
            // Keep a missing final newline missing.
            format!("{newline}{newline}{body}")
        } else {
            format!("{newline}{body}{newline}")
        };
        Edit {
            order: (at, 1, entry.date, seq),
            range: at..at,
            text: block,
        }
    }
}

/// `text` with `edits` made, which must not overlap.
fn splice(text: &str, mut edits: Vec<Edit>) -> Result<String, Conflict> {
    edits.sort_by_key(|e| e.order);
    let mut merged =
        String::with_capacity(text.len() + edits.iter().map(|e| e.text.len()).sum::<usize>());
    let mut done = 0;
    for edit in edits {
        if edit.range.start < done {
            return Err(Conflict::Unverified);
        }
        merged.push_str(&text[done..edit.range.start]);
        merged.push_str(&edit.text);
        done = edit.range.end;
    }
    merged.push_str(&text[done..]);
    Ok(merged)
}

/// A progress entry's date as year, month, day; an entry without one sorts last.
type Day = (u16, u8, u8);

const NO_DAY: Day = (u16::MAX, u8::MAX, u8::MAX);

/// One progress entry of a version.
#[derive(Debug)]
struct Entry {
    /// Its bytes: the blank lines above it, its header line, through the end of the line of
    /// its last value.
    extent: Range<usize>,
    /// Its text from the header on, without the final line ending, with `\n` line endings.
    key: String,
    date: Day,
    status: Option<String>,
    period: Option<String>,
}

impl Entry {
    /// Its date as written, for a message.
    fn day(&self) -> String {
        let (y, m, d) = self.date;
        format!("{y:04}-{m:02}-{d:02}")
    }
}

/// One task of a version, and its entries in file order.
#[derive(Debug)]
struct TaskEntries {
    id: String,
    /// Its title, trimmed and in NFC.
    title: String,
    /// Where an entry after all of its entries goes: the end of the last line of its last
    /// entry, or of the task itself.
    end: usize,
    entries: Vec<Entry>,
}

/// One version of a section file, taken apart.
#[derive(Debug)]
struct Version<'a> {
    side: Side,
    bom: bool,
    /// The text without the BOM.
    text: &'a str,
    tasks: Vec<TaskEntries>,
    index: HashMap<String, usize>,
}

impl<'a> Version<'a> {
    fn read(raw: &'a str, side: Side) -> Result<Version<'a>, Conflict> {
        let (bom, text) = match raw.strip_prefix(BOM) {
            Some(text) => (true, text),
            None => (false, raw),
        };
        let document = Document::parse(text).map_err(|_| Conflict::NotToml(side))?;
        let layout = |what: Message| Conflict::Layout(side, what);
        let mut version = Version {
            side,
            bom,
            text,
            tasks: Vec::new(),
            index: HashMap::new(),
        };
        let Some(tasks) = document
            .as_table()
            .get("task")
            .and_then(Item::as_array_of_tables)
        else {
            return Ok(version);
        };
        let mut last = 0;
        for task in tasks.iter() {
            // Ids are compared as the loader reads them: trimmed, in NFC.
            let id = task
                .get("id")
                .and_then(Item::as_str)
                .map(|s| nfc(s.trim()))
                .unwrap_or_default();
            let title = task
                .get("title")
                .and_then(Item::as_str)
                .map(|s| nfc(s.trim()))
                .unwrap_or_default();
            let own = syntax::own_end(task)
                .or_else(|| task.span().map(|s| s.end))
                .ok_or_else(|| layout(msg!("has a task `{id}` without a place", id)))?;
            let mut entries = Vec::new();
            if let Some(Item::ArrayOfTables(progress)) = task.get("progress") {
                for entry in progress.iter() {
                    let entry = Entry::read(text, entry).ok_or_else(|| {
                        layout(msg!(
                            "has a progress entry of `{id}` with tables inside",
                            id
                        ))
                    })?;
                    if entry.extent.start < last.max(own) {
                        return Err(layout(msg!("has entries of `{id}` out of place", id)));
                    }
                    last = entry.extent.end;
                    entries.push(entry);
                }
            }
            let end = entries
                .last()
                .map_or(syntax::line_end(text, own), |e| e.extent.end);
            last = last.max(end);
            if version
                .index
                .insert(id.clone(), version.tasks.len())
                .is_some()
            {
                return Err(layout(msg!("has two tasks `{id}`", id)));
            }
            version.tasks.push(TaskEntries {
                id,
                title,
                end,
                entries,
            });
        }
        Ok(version)
    }

    /// Task `id`, if there is one.
    fn task(&self, id: &str) -> Option<&TaskEntries> {
        self.index.get(id).map(|&i| &self.tasks[i])
    }

    /// `task` of another version as this one has it: under its id if it is the same task
    /// there, else the one task with its title.
    fn counterpart(&self, task: &TaskEntries, versions: [&Version; 3]) -> Option<&TaskEntries> {
        if let Some(same) = self.task(&task.id)
            && same_task(&task.title, &same.title, &task.id, versions)
        {
            return Some(same);
        }
        let mut titled = self.tasks.iter().filter(|t| t.title == task.title);
        match (titled.next(), titled.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// Task `id`'s entries, none if there is no such task.
    fn entries(&self, id: &str) -> &[Entry] {
        self.index
            .get(id)
            .map_or(&[], |&i| self.tasks[i].entries.as_slice())
    }

    /// Everything but the entries: whether there is a BOM, and the text outside the entries,
    /// without whitespace at the end (appending an entry to a file without a final newline adds
    /// one).
    fn task_text(&self) -> (bool, String) {
        let mut text = String::with_capacity(self.text.len());
        let mut done = 0;
        for entry in self.tasks.iter().flat_map(|t| &t.entries) {
            text.push_str(&self.text[done..entry.extent.start]);
            done = entry.extent.end;
        }
        text.push_str(&self.text[done..]);
        text.truncate(text.trim_end().len());
        (self.bom, text)
    }
}

impl Entry {
    /// The entry `table` of `text`, or `None` if it holds tables of its own.
    fn read(text: &str, table: &Table) -> Option<Entry> {
        if table.iter().any(|(_, item)| !item.is_value()) {
            return None;
        }
        let header = table.span()?;
        let end = syntax::line_end(
            text,
            syntax::own_end(table).unwrap_or(header.end).max(header.end),
        );
        let first = syntax::line_start(text, header.start);
        // The blank lines above belong to it.
        let mut start = first;
        while start > 0 {
            let above = syntax::line_start(text, start - 1);
            if !text[above..start].trim().is_empty() {
                break;
            }
            start = above;
        }
        let key = text[first..end]
            .trim_end_matches(['\r', '\n'])
            .replace("\r\n", "\n");
        let date = match table.get("date").and_then(Item::as_datetime) {
            Some(toml_edit::Datetime {
                date: Some(date), ..
            }) => (date.year, date.month, date.day),
            _ => NO_DAY,
        };
        let text_of = |name: &str| table.get(name).and_then(Item::as_str).map(str::to_string);
        Some(Entry {
            extent: start..end,
            key,
            date,
            status: text_of("status"),
            period: text_of("period"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    const BASE: &str = "# Section I
id = \"I\"
title = \"Công tác chỉ đạo điều hành\"

[[task]]
id = \"I.1\"   # beside the id
title = \"Xây dựng Kế hoạch CCHC năm 2023\"
lead = [\"Văn phòng\"]
deadline = \"Quý 1/ 2023\"
# below the first task

[[task]]
id = \"I.2\"
title = \"Báo cáo công tác kiểm soát thủ tục hành chính\"
lead = [\"Văn phòng\"]
deadline = \"Tháng 10/2023\"

[[task.progress]]
date = 2023-02-01
status = \"doing\"
note = \"Đã trình dự thảo\"
# the end
";

    /// `text` with an entry appended to task `id` by the code of `plan mark`.
    fn mark(text: &str, id: &str, date: &str, status: &str) -> String {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("I.toml");
        std::fs::write(&path, text).unwrap();
        let file = crate::edit::PlanFile::read(&path, "plan/I.toml").unwrap();
        let entry = crate::edit::NewEntry {
            date: date.parse().unwrap(),
            status: Status::ALL.into_iter().find(|s| s.as_str() == status),
            due: None,
            period: None,
            note: None,
            ..crate::edit::NewEntry::default()
        };
        let marked = file.with_entry(id, &entry, None).unwrap();
        let bom = if text.starts_with(BOM) {
            "\u{FEFF}"
        } else {
            ""
        };
        format!("{bom}{marked}")
    }

    fn entry(date: &str, status: &str) -> String {
        format!("[[task.progress]]\ndate = {date}\nstatus = \"{status}\"\n")
    }

    #[test]
    fn both_sides_mark_one_task_and_both_entries_stay_in_date_order() {
        let ours = mark(BASE, "I.1", "2023-03-20", "done");
        let theirs = mark(BASE, "I.1", "2023-03-10", "doing");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        let both = format!(
            "\n{}\n{}",
            entry("2023-03-10", "doing"),
            entry("2023-03-20", "done")
        );
        assert_eq!(
            merged,
            BASE.replace(
                "deadline = \"Quý 1/ 2023\"\n",
                &format!("deadline = \"Quý 1/ 2023\"\n{both}")
            )
        );
        // Whichever side git calls ours.
        assert_eq!(merge(BASE, &theirs, &ours).unwrap(), merged);
        // A later entry of theirs goes after ours.
        let theirs = mark(BASE, "I.1", "2023-04-01", "dropped");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert!(
            merged.contains(&format!(
                "{}\n{}# below",
                entry("2023-03-20", "done"),
                entry("2023-04-01", "dropped")
            )),
            "{merged}"
        );
    }

    #[test]
    fn at_the_same_date_ours_come_first() {
        // Two notes of one status on one day: both hold, ours first.
        let noted = |text: String, note: &str| {
            let at = text.rfind("status = \"doing\"\n").unwrap() + "status = \"doing\"\n".len();
            format!("{}note = \"{note}\"\n{}", &text[..at], &text[at..])
        };
        let ours = noted(mark(BASE, "I.2", "2023-03-20", "doing"), "a");
        let theirs = noted(mark(BASE, "I.2", "2023-03-20", "doing"), "b");
        let a = format!("{}note = \"a\"\n", entry("2023-03-20", "doing"));
        let b = format!("{}note = \"b\"\n", entry("2023-03-20", "doing"));
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert!(
            merged.ends_with(&format!("{a}\n{b}# the end\n")),
            "{merged}"
        );
        let merged = merge(BASE, &theirs, &ours).unwrap();
        assert!(
            merged.ends_with(&format!("{b}\n{a}# the end\n")),
            "{merged}"
        );
    }

    #[test]
    fn two_statuses_on_one_day_are_a_conflict_whoever_merges() {
        let ours = mark(BASE, "I.2", "2023-03-20", "done");
        let theirs = mark(BASE, "I.2", "2023-03-20", "blocked");
        let said = Conflict::SameDay("I.2".into(), "2023-03-20".into());
        assert_eq!(merge(BASE, &ours, &theirs), Err(said.clone()));
        assert_eq!(merge(BASE, &theirs, &ours), Err(said.clone()));
        // Also when the text kept is theirs (their title changed).
        let retitled = mark(
            &BASE.replace("kiểm soát", "kiểm tra"),
            "I.2",
            "2023-03-20",
            "blocked",
        );
        assert_eq!(merge(BASE, &ours, &retitled), Err(said));
    }

    #[test]
    fn one_entry_corrected_differently_on_both_sides_is_a_conflict() {
        let ours = BASE.replace("date = 2023-02-01", "date = 2023-02-16");
        let theirs = BASE.replace("date = 2023-02-01", "date = 2023-02-17");
        let said = Conflict::Corrected("I.2".into(), "2023-02-01".into());
        assert_eq!(merge(BASE, &ours, &theirs), Err(said.clone()));
        assert_eq!(merge(BASE, &theirs, &ours), Err(said.clone()));
        // Corrected on one side and deleted on the other: a conflict too.
        let deleted = BASE.replace(
            "\n[[task.progress]]\ndate = 2023-02-01\nstatus = \"doing\"\nnote = \"Đã trình dự thảo\"\n",
            "",
        );
        assert_ne!(deleted, BASE);
        assert_eq!(merge(BASE, &ours, &deleted), Err(said));
        // The same correction on both sides is one.
        assert_eq!(merge(BASE, &ours, &ours.clone()), Ok(ours));
    }

    #[test]
    fn a_mark_on_a_renumbered_id_never_moves_to_the_task_that_took_the_id() {
        let three = format!(
            "{BASE}\n[[task]]\nid = \"I.3\"\ntitle = \"Tổ chức hội nghị tổng kết\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 4/2023\"\n"
        );
        // One side deletes I.1 and renumbers I.2 and I.3 to I.1 and I.2.
        let start = three.find("[[task]]\nid = \"I.1\"").unwrap();
        let end = three.find("[[task]]\nid = \"I.2\"").unwrap();
        let renumbered = format!("{}{}", &three[..start], &three[end..])
            .replace("id = \"I.2\"", "id = \"I.1\"")
            .replace("id = \"I.3\"", "id = \"I.2\"");
        // The other marks the old I.1 done: the mark is for "Xây dựng Kế hoạch CCHC".
        let marked = mark(&three, "I.1", "2023-03-20", "done");
        let said = Err(Conflict::Renumbered("I.1".into()));
        assert_eq!(merge(&three, &renumbered, &marked), said);
        assert_eq!(merge(&three, &marked, &renumbered), said);
        // A mark on a task that kept its id and title merges as ever.
        let renumbered_marked = mark(&renumbered, "I.1", "2023-04-01", "done");
        let merged = merge(&three, &renumbered_marked, &renumbered).unwrap();
        assert_eq!(merged, renumbered_marked);
    }

    #[test]
    fn marks_on_different_tasks_merge() {
        let ours = mark(BASE, "I.1", "2023-03-20", "done");
        let theirs = mark(BASE, "I.2", "2023-05-01", "done");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert_eq!(merged, mark(&ours, "I.2", "2023-05-01", "done"));
        assert_eq!(merge(BASE, &theirs, &ours).unwrap(), merged);
    }

    #[test]
    fn an_earlier_entry_goes_before_the_later_ones_it_was_recorded_after() {
        // Theirs records a February day that ours has no entry for yet, between two of ours.
        let ours = mark(BASE, "I.2", "2023-03-01", "doing");
        let theirs = mark(BASE, "I.2", "2023-01-15", "todo");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        let dates: Vec<&str> = merged
            .lines()
            .filter_map(|l| l.strip_prefix("date = "))
            .collect();
        assert_eq!(dates, ["2023-01-15", "2023-02-01", "2023-03-01"]);
    }

    #[test]
    fn crlf_and_bom_are_kept() {
        let base = format!("\u{FEFF}{}", BASE.replace('\n', "\r\n"));
        let ours = mark(&base, "I.1", "2023-03-20", "done");
        let theirs = mark(&base, "I.1", "2023-03-10", "doing");
        let merged = merge(&base, &ours, &theirs).unwrap();
        assert!(merged.starts_with('\u{FEFF}'));
        assert_eq!(merged.matches('\n').count(), merged.matches("\r\n").count());
        let both = format!(
            "\n{}\n{}",
            entry("2023-03-10", "doing"),
            entry("2023-03-20", "done")
        );
        assert_eq!(
            merged,
            base.replace(
                "deadline = \"Quý 1/ 2023\"\r\n",
                &format!("deadline = \"Quý 1/ 2023\"\n{both}").replace('\n', "\r\n")
            )
        );
    }

    #[test]
    fn an_lf_entry_takes_the_line_endings_of_the_file_it_goes_into() {
        let crlf = BASE.replace('\n', "\r\n");
        // Ours converted the file to CRLF (task text changed); theirs marked in LF.
        let theirs = mark(BASE, "I.1", "2023-03-10", "doing");
        let merged = merge(BASE, &crlf, &theirs).unwrap();
        assert_eq!(merged, mark(&crlf, "I.1", "2023-03-10", "doing"));
    }

    #[test]
    fn comments_are_kept_and_go_with_their_entry() {
        let ours = mark(BASE, "I.2", "2023-03-20", "done")
            .replace("status = \"done\"\n", "status = \"done\"  # by phone\n");
        let theirs = BASE.replace(
            "title = \"Công tác",
            "# a comment of theirs, in the task text\ntitle = \"Công tác",
        );
        let theirs = mark(&theirs, "I.1", "2023-03-01", "doing").replace(
            "[[task.progress]]\ndate = 2023-03-01\n",
            "[[task.progress]]   # theirs\n# inside\ndate = 2023-03-01\n",
        );
        let merged = merge(BASE, &ours, &theirs).unwrap();
        for kept in [
            "# Section I\n",
            "# a comment of theirs, in the task text\n",
            "   # beside the id\n",
            "# below the first task\n",
            "[[task.progress]]   # theirs\n# inside\ndate = 2023-03-01\nstatus = \"doing\"\n",
            "status = \"done\"  # by phone\n# the end\n",
        ] {
            assert!(merged.contains(kept), "{kept:?} in\n{merged}");
        }
        // Their task text is kept (the comment), with our entry put in it.
        assert_eq!(
            merged,
            theirs.replace(
                "status = \"doing\"\nnote = \"Đã trình dự thảo\"\n",
                "status = \"doing\"\nnote = \"Đã trình dự thảo\"\n\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"  # by phone\n"
            )
        );
    }

    #[test]
    fn a_title_changed_on_one_side_merges_with_marks_on_the_other() {
        let retitled = BASE.replace("năm 2023\"", "năm 2023 (sửa đổi)\"");
        let marked = mark(BASE, "I.1", "2023-03-20", "done");
        let merged = merge(BASE, &retitled, &marked).unwrap();
        assert_eq!(merged, mark(&retitled, "I.1", "2023-03-20", "done"));
        assert_eq!(merge(BASE, &marked, &retitled).unwrap(), merged);
        // The same title change on both sides is no conflict either.
        let both = mark(&retitled, "I.2", "2023-04-01", "done");
        assert_eq!(
            merge(BASE, &both, &mark(&retitled, "I.1", "2023-03-20", "done")).unwrap(),
            mark(&both, "I.1", "2023-03-20", "done")
        );
    }

    #[test]
    fn task_text_changed_differently_on_both_sides_is_a_conflict() {
        let ours = BASE.replace("năm 2023\"", "năm 2023 (sửa đổi)\"");
        let theirs = mark(BASE, "I.1", "2023-03-20", "done").replace("Quý 1/", "Quý 2/");
        assert_eq!(merge(BASE, &ours, &theirs), Err(Conflict::TasksChanged));
        assert_eq!(merge(BASE, &theirs, &ours), Err(Conflict::TasksChanged));
    }

    #[test]
    fn an_entry_on_both_sides_is_kept_once() {
        let ours = mark(BASE, "I.1", "2023-03-20", "done");
        let ours = mark(&ours, "I.2", "2023-03-21", "done");
        let theirs = mark(BASE, "I.1", "2023-03-20", "done");
        let theirs = mark(&theirs, "I.2", "2023-03-22", "doing");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert_eq!(merged.matches("date = 2023-03-20\n").count(), 1);
        assert_eq!(merged, mark(&ours, "I.2", "2023-03-22", "doing"));
    }

    #[test]
    fn an_entry_deleted_on_one_side_stays_deleted() {
        // Theirs removed the February entry of I.2 (recorded by mistake); ours marked I.1.
        let theirs = BASE.replace(
            "\n[[task.progress]]\ndate = 2023-02-01\nstatus = \"doing\"\nnote = \"Đã trình dự thảo\"\n",
            "",
        );
        let ours = mark(BASE, "I.1", "2023-03-20", "done");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert_eq!(merged, mark(&theirs, "I.1", "2023-03-20", "done"));
        assert_eq!(merge(BASE, &theirs, &ours).unwrap(), merged);
        // Also when the side that deleted it has the task text kept (a title changed).
        let retitled = theirs.replace("năm 2023\"", "năm 2023 (sửa đổi)\"");
        assert_eq!(
            merge(BASE, &retitled, &ours).unwrap(),
            mark(&retitled, "I.1", "2023-03-20", "done")
        );
        // An entry corrected on one side replaces the old one.
        let corrected = BASE.replace("Đã trình dự thảo", "Đã trình dự thảo lần 2");
        let merged = merge(BASE, &ours, &corrected).unwrap();
        assert_eq!(merged, mark(&corrected, "I.1", "2023-03-20", "done"));
        assert_eq!(merge(BASE, &corrected, &ours).unwrap(), merged);
    }

    #[test]
    fn progress_on_a_task_the_other_side_removed_is_a_conflict() {
        let start = BASE.find("[[task]]\nid = \"I.2\"").unwrap();
        let removed = &BASE[..start];
        let marked = mark(BASE, "I.2", "2023-03-20", "done");
        assert_eq!(
            merge(BASE, removed, &marked),
            Err(Conflict::TaskGone("I.2".into()))
        );
        // Without new progress on it, the removal stands.
        let marked = mark(BASE, "I.1", "2023-03-20", "done");
        assert_eq!(
            merge(BASE, removed, &marked).unwrap(),
            mark(removed, "I.1", "2023-03-20", "done")
        );
    }

    #[test]
    fn a_missing_final_newline_stays_missing() {
        let base = BASE.trim_end_matches("# the end\n").trim_end_matches('\n');
        let ours = mark(base, "I.2", "2023-03-20", "done");
        let theirs = mark(base, "I.2", "2023-03-25", "done");
        // `mark` above adds a newline before; as `plan mark` does at the end, none after.
        assert!(!ours.ends_with('\n'));
        let merged = merge(base, &ours, &theirs).unwrap();
        assert!(
            merged.ends_with(
                "status = \"done\"\n\n[[task.progress]]\ndate = 2023-03-25\nstatus = \"done\""
            ),
            "{merged}"
        );
    }

    #[test]
    fn what_is_not_toml_is_a_conflict() {
        let ours = mark(BASE, "I.1", "2023-03-20", "done");
        let broken = format!("{BASE}[[task.progress]]\ndate = \n");
        assert_eq!(
            merge(BASE, &ours, &broken),
            Err(Conflict::NotToml(Side::Theirs))
        );
        let duplicated = format!("{BASE}\n[[task]]\nid = \"I.1\"\n");
        assert_eq!(
            merge(BASE, &ours, &duplicated),
            Err(Conflict::Layout(
                Side::Theirs,
                msg!("has two tasks `{id}`", id = "I.1")
            ))
        );
    }
}
