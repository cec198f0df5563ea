//! The syntax of a plan's files, in one place: how text is quoted into them, where a line ends,
//! where a task and its entries end (found with `toml_edit`'s spans, which keep every byte of
//! the file as it was), and which line opens a task. The loader, `mark`, the merge driver,
//! `import` and `init` all read and write section files through it.

use crate::message::Result;
use toml_edit::{Document, Item, Table};

use crate::message::OrSay;
use crate::msg;
use crate::text::nfc;

/// Names as the inside of a TOML array of strings: `"a", "b"`.
pub fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| string(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` in NFC as a TOML basic string: quotes, backslashes, newlines and control characters
/// escaped. With [`comment`], the one way text from outside (an annex, a file name, the
/// command line) reaches a plan file.
pub fn string(text: &str) -> String {
    let text = nfc(text);
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` in NFC as the inside of a TOML comment: one line, with no character TOML forbids
/// there (a line break or a control character is shown as its symbol, as on screen), so that a
/// file name or a title can neither end the comment nor make the file unreadable.
pub fn comment(text: &str) -> String {
    crate::text::one_line(&nfc(text), crate::text::SHOWN_BREAK).into_owned()
}

/// Starts a new `[[task]]` table in `text`, after a blank line.
pub fn open_task(text: &mut String) {
    text.push_str("\n[[task]]\n");
}

/// Writes `key = "value"` (quoted by [`string`]).
pub fn string_key(text: &mut String, key: &str, value: &str) {
    text.push_str(&format!("{key} = {}\n", string(value)));
}

/// Writes `key = ["a", "b"]`.
pub fn list_key(text: &mut String, key: &str, names: &[String]) {
    text.push_str(&format!("{key} = [{}]\n", list(names)));
}

/// Writes `key = value` for a value TOML takes as it is written: a date, a number written
/// with `_` between its thousands.
pub fn plain_key(text: &mut String, key: &str, value: impl std::fmt::Display) {
    text.push_str(&format!("{key} = {value}\n"));
}

/// The lines of one `[[task.progress]]` entry, without line endings: the one way an entry is
/// written, by `mark`, `due` and the merge driver's tests alike.
pub fn entry_lines(
    date: chrono::NaiveDate,
    status: Option<&str>,
    due: Option<chrono::NaiveDate>,
    period: Option<&str>,
    texts: &[(&str, Option<&str>)],
) -> Vec<String> {
    let mut lines = vec!["[[task.progress]]".to_string(), format!("date = {date}")];
    if let Some(status) = status {
        lines.push(format!("status = {}", string(status)));
    }
    if let Some(due) = due {
        lines.push(format!("due = {due}"));
    }
    if let Some(period) = period {
        lines.push(format!("period = {}", string(period)));
    }
    for (key, value) in texts {
        if let Some(value) = value {
            lines.push(format!("{key} = {}", string(value)));
        }
    }
    lines
}

/// The lines of a `[[record]]` table: a value of `indicator` for `period`, recorded on `date`.
pub fn record_lines(
    indicator: &str,
    period: &str,
    value: f64,
    date: chrono::NaiveDate,
    note: Option<&str>,
) -> Vec<String> {
    let mut lines = vec![
        "[[record]]".to_string(),
        format!("indicator = {}", string(indicator)),
        format!("period = {}", string(period)),
        format!("value = {value}"),
        format!("date = {date}"),
    ];
    if let Some(note) = note {
        lines.push(format!("note = {}", string(note)));
    }
    lines
}

/// Whether a line opens a `[[task]]` table (nothing after it but spaces or a comment).
pub fn starts_task(line: &str) -> bool {
    line.strip_prefix("[[task]]").is_some_and(|rest| {
        let rest = rest.trim_start_matches([' ', '\t']);
        rest.is_empty() || rest.starts_with(['#', '\n', '\r'])
    })
}

/// The byte after the line ending of the line that holds byte `offset` (or the end of text).
pub fn line_end(text: &str, offset: usize) -> usize {
    text[offset..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1)
}

/// The first byte of the line that holds byte `offset`.
pub fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The end of the last key or value written in `table`'s own lines: its sub-tables (a task's
/// `[[task.progress]]` entries) are written below them, in lines of their own.
pub fn own_end(table: &Table) -> Option<usize> {
    table
        .iter()
        .filter_map(|(key, item)| {
            let Item::Value(value) = item else {
                return None;
            };
            let key = table.key(key).and_then(|k| k.span());
            value.span().or(key).map(|s| s.end)
        })
        .max()
}

/// Where task `id`'s last line ends in `text` (the byte after its line ending), and how many
/// progress entries it has.
pub fn task_end(text: &str, id: &str) -> Result<(usize, usize)> {
    let document = Document::parse(text).map_err(|e| {
        msg!(
            "the file is not valid TOML: {reason}",
            reason = e.message().trim()
        )
    })?;
    let task = document
        .as_table()
        .get("task")
        .and_then(Item::as_array_of_tables)
        .and_then(|tasks| {
            // Ids are compared as the loader reads them: trimmed, in NFC.
            let same = |t: &&Table| {
                t.get("id")
                    .and_then(Item::as_str)
                    .is_some_and(|s| nfc(s.trim()) == id)
            };
            tasks.iter().find(same)
        })
        .or_say(|| msg!("no task `{id}`", id))?;
    let progress: Vec<&Table> = match task.get("progress") {
        None => Vec::new(),
        Some(item) => item
            .as_array_of_tables()
            .ok_or_else(|| {
                msg!(
                    "the progress of `{id}` is not written as `[[task.progress]]` tables",
                    id
                )
                .help(msg!(
                    "write each entry as a `[[task.progress]]` table below the task's keys; an empty `progress = []` line can simply be removed"
                ))
            })?
            .iter()
            .collect(),
    };
    let last = progress.last().copied().unwrap_or(task);
    let end = own_end(last)
        .or_else(|| last.span().map(|s| s.end))
        .or_say(|| msg!("cannot find where `{id}` ends", id))?;
    Ok((line_end(text, end), progress.len()))
}
