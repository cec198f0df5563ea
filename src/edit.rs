//! Editing a plan file: appending one `[[task.progress]]` entry after a task's last line and
//! changing nothing else, then writing the file atomically under the plan directory's lock.
//!
//! The entry is spliced into the original text at a place found with `toml_edit`'s spans, rather
//! than by re-rendering a `DocumentMut`: that way every byte already in the file (spacing,
//! comments, number spelling, NFD text, line endings, BOM) is kept by construction, and the
//! result is parsed again to check that the task gained exactly one entry.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::bail;
use crate::message::Result;
use chrono::NaiveDate;

use crate::files;
use crate::message::OrSay;
use crate::model::{Entry, Status};
use crate::msg;
use crate::period::Period;
use crate::syntax;
use crate::text::nfc;

/// The lock file `plan mark` holds in a plan directory that is not in a git repository.
pub const LOCK_FILE: &str = ".plan-lock";

/// One new progress entry.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewEntry {
    pub date: NaiveDate,
    pub status: Option<Status>,
    pub due: Option<NaiveDate>,
    pub period: Option<Period>,
    pub note: Option<String>,
    /// The document that proves it, its issuer, a file of it (a path inside the repository).
    pub doc: Option<String>,
    pub doc_by: Option<String>,
    pub file: Option<String>,
}

impl NewEntry {
    /// Whether `entry` already records the same thing: a retry of this very edit.
    pub fn repeats(&self, entry: &Entry) -> bool {
        entry.date == self.date
            && entry.status == self.status
            && entry.due == self.due
            && entry.period == self.period
            && entry.note.as_deref().map(nfc) == self.note.as_deref().map(nfc)
            && entry.doc.as_deref().map(nfc) == self.doc.as_deref().map(nfc)
            && entry.doc_by.as_deref().map(nfc) == self.doc_by.as_deref().map(nfc)
            && entry.file.as_deref().map(nfc) == self.file.as_deref().map(nfc)
    }

    /// The entry's lines, without line endings.
    fn lines(&self) -> Vec<String> {
        syntax::entry_lines(
            self.date,
            self.status.map(Status::as_str),
            self.due,
            self.period.map(|p| p.to_string()).as_deref(),
            &[
                ("note", self.note.as_deref()),
                ("doc", self.doc.as_deref()),
                ("doc_by", self.doc_by.as_deref()),
                ("file", self.file.as_deref()),
            ],
        )
    }
}

/// A plan file as read from disk: its exact bytes, and the text they hold.
#[derive(Debug)]
pub struct PlanFile {
    path: PathBuf,
    /// The name it is shown under.
    display: String,
    bom: bool,
    /// The text without the BOM, exactly as on disk otherwise.
    text: String,
}

impl PlanFile {
    pub fn read(path: &Path, display: &str) -> Result<PlanFile> {
        let bytes = files::read(path, display)?;
        let bom = bytes.starts_with(crate::text::BOM);
        let body = if bom {
            &bytes[crate::text::BOM.len()..]
        } else {
            &bytes[..]
        };
        let text = String::from_utf8(body.to_vec()).map_err(|_| {
            msg!("`{display}` is not UTF-8", display).help(msg!("run `plan check`"))
        })?;
        Ok(PlanFile {
            path: path.to_path_buf(),
            display: display.to_string(),
            bom,
            text,
        })
    }

    /// The file's text with `entry` appended to task `id`'s entries: after the last line of the
    /// task (or of its last entry), with a blank line before it, in the file's line endings.
    ///
    /// With `known` (where the task ends and how many entries it has, from loading the same
    /// text) only the task's own stretch of the file is parsed again to check the result;
    /// without it, or if that check cannot be made, the whole file is.
    pub fn with_entry(
        &self,
        id: &str,
        entry: &NewEntry,
        known: Option<TaskAsLoaded>,
    ) -> Result<String> {
        if let Some(known) = known
            && known.end <= self.text.len()
            && self.text.is_char_boundary(known.end)
        {
            let at = syntax::line_end(&self.text, known.end);
            let updated = self.insert(at, &entry.lines());
            if stretch_holds(&updated, at, id, known.entries + 1, entry.lines().len() - 1) {
                return Ok(updated);
            }
        }
        let (at, count) = syntax::task_end(&self.text, id)
            .or_say(|| msg!("cannot edit `{display}`", display = self.display))?;
        let updated = self.insert(at, &entry.lines());
        // The edit must leave valid TOML holding exactly one more entry for the task.
        match syntax::task_end(&updated, id) {
            Ok((_, after)) if after == count + 1 => Ok(updated),
            _ => bail!(
                msg!(
                    "cannot append to `{id}` in `{display}` without changing its layout",
                    id,
                    display = self.display
                )
                .help(msg!(
                    "write its progress entries as `[[task.progress]]` tables"
                ))
            ),
        }
    }

    /// The same file with `text` as its text: for several edits made one after the other.
    pub fn from_text(file: &PlanFile, text: &str) -> PlanFile {
        PlanFile {
            path: file.path.clone(),
            display: file.display.clone(),
            bom: file.bom,
            text: text.to_string(),
        }
    }

    /// The file's text, as read (without its BOM).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file's text with a table of `lines` appended at its end, after a blank line, in
    /// the file's line endings.
    pub fn with_table(&self, lines: &[String]) -> String {
        self.insert(self.text.len(), lines)
    }

    /// The text with a table of `lines` inserted at byte `at`, the end of a line.
    fn insert(&self, at: usize, lines: &[String]) -> String {
        insert(&self.text, at, lines)
    }

    /// The file's text with each of `entries` (a task's id and an entry) appended to its task
    /// in turn, each checked as [`PlanFile::with_entry`] checks one.
    pub fn with_entries(&self, entries: &[(&str, &NewEntry)]) -> Result<String> {
        let mut text = self.text.clone();
        for (id, entry) in entries {
            let edited = PlanFile {
                path: self.path.clone(),
                display: self.display.clone(),
                bom: self.bom,
                text,
            };
            text = edited.with_entry(id, entry, None)?;
        }
        Ok(text)
    }

    /// The file's bytes for `text`: its BOM restored.
    pub fn bytes_of(&self, text: &str) -> Vec<u8> {
        let bom: &[u8] = if self.bom { crate::text::BOM } else { b"" };
        [bom, text.as_bytes()].concat()
    }

    /// Replaces the file with `text` (BOM restored) once `check` accepts the new bytes: written
    /// to a temporary file in the same directory, flushed to disk, then renamed over the
    /// original, which must not have changed since it was read.
    pub fn write(&self, text: &str, check: impl FnOnce(&[u8]) -> Result<()>) -> Result<()> {
        let bytes = self.bytes_of(text);
        check(&bytes)?;
        files::replace(
            &self.path,
            &self.display,
            &self.bytes_of(&self.text),
            &bytes,
        )
    }
}

/// `text` with a table of `lines` inserted at byte `at`, the end of a line, in the line
/// ending of the line it follows.
fn insert(text: &str, at: usize, lines: &[String]) -> String {
    // The line ending of the line the entry follows (a file may mix them).
    let newline = match text[..at].ends_with('\n') {
        true if text[..at].ends_with("\r\n") => "\r\n",
        true => "\n",
        false if text.contains("\r\n") => "\r\n",
        false => "\n",
    };
    let block = lines.join(newline);
    if at == text.len() && !text.is_empty() && !text.ends_with('\n') {
        // Keep the missing final newline missing.
        format!("{text}{newline}{newline}{block}")
    } else {
        format!("{}{newline}{block}{newline}{}", &text[..at], &text[at..])
    }
}

/// What loading told about a task: where its last value ends, and how many entries it has.
#[derive(Debug, Clone, Copy)]
pub struct TaskAsLoaded {
    pub end: usize,
    pub entries: usize,
}

/// Whether the stretch of `text` from the `[[task]]` line before `at` to the next one parses
/// on its own as task `id` with `entries` entries, the last of which has just `keys` keys (so
/// that no key of the task was taken into it).
fn stretch_holds(text: &str, at: usize, id: &str, entries: usize, keys: usize) -> bool {
    let start = text[..at].rfind("\n[[task]]").map_or(0, |i| i + 1);
    let end = text[at..]
        .find("\n[[task]]")
        .map_or(text.len(), |i| at + i + 1);
    let Ok(stretch) = toml::from_str::<toml::Table>(&text[start..end]) else {
        return false;
    };
    let tasks = stretch.get("task").and_then(toml::Value::as_array);
    match tasks.map(Vec::as_slice) {
        Some([task]) => {
            let same = task
                .get("id")
                .and_then(toml::Value::as_str)
                .is_some_and(|s| nfc(s.trim()) == id);
            let progress = task.get("progress").and_then(toml::Value::as_array);
            let count = progress.map_or(0, Vec::len);
            let last_keys = progress
                .and_then(|p| p.last())
                .and_then(toml::Value::as_table)
                .map(toml::Table::len);
            same && count == entries && last_keys == Some(keys)
        }
        _ => false,
    }
}

/// Holds the plan's lock for as long as it lives, so that edits happen one at a time. The lock
/// file is kept where git never sees it: in the repository's own directory when the plan is in
/// one, else in the plan directory (`.plan-lock`, which `plan init`'s `.gitignore` names).
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Takes the lock for `dir`'s plan, waiting at most `wait` for another `plan` to let go;
    /// `what` (the command line) is left in the lock file so that a waiting one can tell who
    /// holds it.
    pub fn acquire(dir: &Path, what: &str, wait: Duration) -> Result<Lock> {
        let path = match files::git_dir(dir) {
            Some(git) => git.join("plan.lock"),
            None => dir.join(LOCK_FILE),
        };
        // A lock file another user made may not be writable here: locking needs only reading.
        let mut file = File::options()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .or_else(|_| files::open_without_waiting(&path))
            .or_say(|| {
                msg!(
                    "cannot create the lock file `{path}`",
                    path = path.display()
                )
            })?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let holder = match holder.trim() {
                        "" => String::new(),
                        h => format!(" ({h})"),
                    };
                    // The lock goes with the process that holds it: it is never stale, and
                    // removing its file would let two edits run at once.
                    bail!(
                        msg!(
                            "another `plan`{holder} is changing the plan; waited {seconds} s for it, and changed nothing",
                            holder,
                            seconds = crate::message::Arg::Decimal(format!("{:.1}", wait.as_secs_f64()))
                        )
                        .help(msg!(
                            "run the command again once it has finished (the lock is `{lock}`)",
                            lock = path.display()
                        ))
                    );
                }
                Err(TryLockError::Error(e)) => {
                    let refused = msg!("cannot lock `{path}`", path = path.display());
                    return Err(refused.because(e));
                }
            }
        }
        // Who holds the lock; a lock file that cannot be written to still locks.
        let _ = file.set_len(0).and_then(|()| {
            file.seek(SeekFrom::Start(0))?;
            write!(file, "process {}: {what}", std::process::id())?;
            file.flush()
        });
        Ok(Lock { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, d).unwrap()
    }

    fn done(note: Option<&str>) -> NewEntry {
        NewEntry {
            date: day(3, 20),
            status: Some(Status::Done),
            due: None,
            period: None,
            note: note.map(str::to_string),
            ..NewEntry::default()
        }
    }

    fn append(text: &str, id: &str, entry: &NewEntry) -> String {
        let file = PlanFile {
            path: PathBuf::from("I.toml"),
            display: "plan/I.toml".into(),
            bom: false,
            text: text.to_string(),
        };
        let slow = file.with_entry(id, entry, None).unwrap();
        // What loading knows gives the same edit without parsing the whole file.
        let known = syntax::task_end(text, id).ok().map(|(at, entries)| {
            let end = text[..at].trim_end_matches(['\n', '\r']).len();
            TaskAsLoaded { end, entries }
        });
        assert_eq!(file.with_entry(id, entry, known).unwrap(), slow);
        slow
    }

    const TWO_TASKS: &str = "id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"a\"\nlead = [\"Văn phòng\"]  # beside\n# below I.1\n\n# above I.2\n[[task]]\nid = \"I.2\"\ntitle = \"b\"\nlead = [\"Văn phòng\"]\n";

    #[test]
    fn entry_goes_after_the_tasks_last_line_and_nothing_else_changes() {
        let after = append(TWO_TASKS, "I.1", &done(None));
        assert_eq!(
            after,
            TWO_TASKS.replace(
                "lead = [\"Văn phòng\"]  # beside\n",
                "lead = [\"Văn phòng\"]  # beside\n\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\n"
            )
        );
    }

    #[test]
    fn entry_follows_earlier_entries() {
        let first = append(TWO_TASKS, "I.2", &done(None));
        let second = append(&first, "I.2", &done(Some("xong")));
        assert_eq!(
            second,
            format!(
                "{TWO_TASKS}\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\n\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\nnote = \"xong\"\n"
            )
        );
    }

    #[test]
    fn crlf_and_missing_final_newline_are_kept() {
        let crlf = TWO_TASKS.replace('\n', "\r\n");
        let crlf = crlf.trim_end_matches("\r\n");
        let after = append(crlf, "I.2", &done(None));
        assert_eq!(
            after,
            format!("{crlf}\r\n\r\n[[task.progress]]\r\ndate = 2023-03-20\r\nstatus = \"done\"")
        );
    }

    #[test]
    fn the_entry_takes_the_line_ending_of_the_line_it_follows() {
        let mixed = TWO_TASKS.replacen('\n', "\r\n", 2);
        let after = append(&mixed, "I.1", &done(None));
        assert_eq!(
            after,
            mixed.replace(
                "lead = [\"Văn phòng\"]  # beside\n",
                "lead = [\"Văn phòng\"]  # beside\n\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\n"
            )
        );
    }

    #[test]
    fn notes_are_escaped_and_nfc() {
        let note = "Công văn \"số 12\"\nđã gửi\\ \u{7}Ngo\u{323}c";
        let after = append(TWO_TASKS, "I.2", &done(Some(note)));
        assert!(
            after.ends_with("note = \"Công văn \\\"số 12\\\"\\nđã gửi\\\\ \\u0007Ngọc\"\n"),
            "{after}"
        );
        let parsed: toml::Table = toml::from_str(&after).unwrap();
        let tasks = parsed["task"].as_array().unwrap();
        let entry = &tasks[1]["progress"].as_array().unwrap()[0];
        assert_eq!(
            entry["note"].as_str(),
            Some("Công văn \"số 12\"\nđã gửi\\ \u{7}Ngọc")
        );
    }

    #[test]
    fn multi_line_values_are_passed() {
        let text = "id = \"I\"\ntitle = \"t\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"a\"\nlead = [\n  \"Văn phòng\",\n]\n";
        assert_eq!(
            append(text, "I.1", &done(None)),
            format!("{text}\n[[task.progress]]\ndate = 2023-03-20\nstatus = \"done\"\n")
        );
    }

    #[test]
    fn inline_progress_is_refused() {
        let text = "id = \"I\"\ntitle = \"t\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"a\"\nlead = [\"VP\"]\nprogress = [{ date = 2023-01-01, status = \"doing\" }]\n";
        let file = PlanFile {
            path: PathBuf::from("I.toml"),
            display: "plan/I.toml".into(),
            bom: false,
            text: text.to_string(),
        };
        let err = file.with_entry("I.1", &done(None), None).unwrap_err();
        assert!(format!("{err:#}").contains("not written as `[[task.progress]]` tables"));
    }

    #[test]
    fn due_entries() {
        let entry = NewEntry {
            date: day(5, 2),
            status: None,
            due: Some(day(9, 30)),
            period: None,
            note: Some("Công văn số 123/STTTT-CĐS".into()),
            ..NewEntry::default()
        };
        assert_eq!(
            entry.lines(),
            [
                "[[task.progress]]",
                "date = 2023-05-02",
                "due = 2023-09-30",
                "note = \"Công văn số 123/STTTT-CĐS\""
            ]
        );
    }
}
