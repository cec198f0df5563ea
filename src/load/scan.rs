//! A one-pass reader for section files written the plain way: the way `plan` writes them and
//! the README shows them.
//!
//! It reads blank lines, comments, `[[task]]` and `[[task.progress]]` headers, and one
//! `key = value` per line, where a value is a one-line string (basic or literal), a whole
//! number, a date, or a one-line list of strings. It builds each task as it reads, with no
//! document in between. On anything else (multi-line strings or lists, inline tables, quoted or
//! dotted keys, an unknown or repeated key, a value of the wrong type, any syntax error) it
//! declines, and the caller parses the file with the `toml` crate instead, so that every file
//! means the same and every error reads the same whichever reader took it. Tests and a fuzz
//! target check that the two readers agree on every file this one accepts.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::value::{Date, Datetime};

use super::{RawEntry, RawHead, RawTask};

/// Reads a section file, handing over each task as soon as it is complete, and returns the
/// file's head (`id`, `title`); `None` if the file is not written the plain way or is not valid
/// TOML, perhaps after some tasks were handed over.
pub(super) fn section<'a>(text: &'a str, hand: &mut dyn FnMut(RawTask<'a>)) -> Option<RawHead> {
    let (head, tasks_start) = head(text)?;
    tasks(text, tasks_start..text.len(), hand)?;
    Some(head)
}

/// Reads the head of a section file (its `id` and `title`), and returns it with the offset where
/// the tasks start.
pub(super) fn head(text: &str) -> Option<(RawHead, usize)> {
    let mut reader = Reader { text, at: 0 };
    let mut head = Head::default();
    loop {
        let start = reader.at;
        match reader.line()? {
            Line::Pair(key, value) => head.set(key, value)?,
            Line::Header(Header::Task) | Line::End => {
                let id = head.id?;
                let head = RawHead {
                    id: Spanned::new(id.span(), id.into_inner().into_owned()),
                    title: head.title?.into_inner().into_owned(),
                };
                return Some((head, start));
            }
            Line::Header(Header::Progress) => return None,
        }
    }
}

/// Reads the tasks in `text[range]`, which starts where a task does (a `[[task]]` line, or the
/// blank and comment lines before it) and ends where a task does, handing over each task as soon
/// as it is complete. Spans are offsets in the whole `text`.
pub(super) fn tasks<'a>(
    text: &'a str,
    range: Range<usize>,
    hand: &mut dyn FnMut(RawTask<'a>),
) -> Option<()> {
    let mut reader = Reader {
        text: text.get(..range.end)?,
        at: range.start,
    };
    let mut task: Option<RawTask> = None;
    // The table the next key belongs to: the task's own, or its last entry's.
    let mut keys = Keys::default();
    let mut in_entry = false;
    loop {
        let line = reader.line()?;
        if matches!(line, Line::Header(_) | Line::End) && task.is_some() {
            // The table before is complete: it must hold an entry's `date`, a task's `id` and
            // `title`.
            keys.hold(if in_entry { DATE } else { ID | TITLE })?;
        }
        match line {
            Line::Header(Header::Progress) => {
                task.as_mut()?.progress.push(RawEntry {
                    date: Spanned::new(0..0, NO_DATE),
                    status: None,
                    note: None,
                    period: None,
                    due: None,
                });
                keys = Keys::default();
                in_entry = true;
            }
            Line::Header(Header::Task) | Line::End => {
                if let Some(done) = task.take() {
                    hand(done);
                }
                if matches!(line, Line::End) {
                    return Some(());
                }
                task = Some(empty_task());
                keys = Keys::default();
                in_entry = false;
            }
            Line::Pair(key, value) => {
                let task = task.as_mut()?;
                if in_entry {
                    set_entry(task.progress.last_mut()?, &mut keys, key, value)?;
                } else {
                    set_task(task, &mut keys, key, value)?;
                }
            }
        }
    }
}

const NO_DATE: Datetime = Datetime {
    date: None,
    time: None,
    offset: None,
};

fn empty_task() -> RawTask<'static> {
    RawTask {
        id: Spanned::new(0..0, Cow::Borrowed("")),
        title: Spanned::new(0..0, Cow::Borrowed("")),
        parent: None,
        lead: Vec::new(),
        support: Vec::new(),
        budget: None,
        deadline: None,
        due: None,
        progress: Vec::new(),
    }
}

/// The keys a table has set so far, one bit each: TOML refuses a key set twice.
#[derive(Default)]
struct Keys(u16);

/// The bits of the keys a table cannot do without.
const ID: u16 = 1;
const TITLE: u16 = 2;
const DATE: u16 = 1;

impl Keys {
    /// `Some` if every key of `required` was set.
    fn hold(&self, required: u16) -> Option<()> {
        (self.0 & required == required).then_some(())
    }

    /// Records `bit`, or `None` if it was set already.
    fn first(&mut self, bit: u16) -> Option<()> {
        let seen = self.0 & bit != 0;
        self.0 |= bit;
        (!seen).then_some(())
    }
}

#[derive(Default)]
struct Head<'a> {
    id: Option<Spanned<Cow<'a, str>>>,
    title: Option<Spanned<Cow<'a, str>>>,
}

impl<'a> Head<'a> {
    fn set(&mut self, key: &str, value: Value<'a>) -> Option<()> {
        let slot = match key {
            "id" => &mut self.id,
            "title" => &mut self.title,
            _ => return None,
        };
        if slot.is_some() {
            return None;
        }
        *slot = Some(value.string()?);
        Some(())
    }
}

fn set_task<'a>(
    task: &mut RawTask<'a>,
    keys: &mut Keys,
    key: &str,
    value: Value<'a>,
) -> Option<()> {
    match key {
        "id" => {
            keys.first(1)?;
            task.id = value.string()?;
        }
        "title" => {
            keys.first(2)?;
            task.title = value.string()?;
        }
        "parent" => {
            keys.first(4)?;
            task.parent = Some(value.string()?);
        }
        "lead" => {
            keys.first(8)?;
            task.lead = value.list()?;
        }
        "support" => {
            keys.first(16)?;
            task.support = value.list()?;
        }
        "budget" => {
            keys.first(32)?;
            task.budget = Some(value.integer()?);
        }
        "deadline" => {
            keys.first(64)?;
            task.deadline = Some(value.string()?);
        }
        "due" => {
            keys.first(128)?;
            task.due = Some(value.date()?);
        }
        _ => return None,
    }
    Some(())
}

fn set_entry<'a>(
    entry: &mut RawEntry<'a>,
    keys: &mut Keys,
    key: &str,
    value: Value<'a>,
) -> Option<()> {
    match key {
        "date" => {
            keys.first(1)?;
            entry.date = value.date()?;
        }
        "status" => {
            keys.first(2)?;
            entry.status = Some(value.string()?);
        }
        "note" => {
            keys.first(4)?;
            entry.note = Some(value.string()?);
        }
        "period" => {
            keys.first(8)?;
            entry.period = Some(value.string()?);
        }
        "due" => {
            keys.first(16)?;
            entry.due = Some(value.date()?);
        }
        _ => return None,
    }
    Some(())
}

enum Line<'a> {
    Header(Header),
    Pair(&'a str, Value<'a>),
    End,
}

enum Header {
    Task,
    Progress,
}

/// A value as read: strings without escapes are borrowed from the file, since most are only
/// looked up (units, deadlines, statuses) and never kept.
enum Value<'a> {
    String(Spanned<Cow<'a, str>>),
    Integer(Spanned<i64>),
    Date(Spanned<Datetime>),
    List(Vec<Spanned<Cow<'a, str>>>),
}

impl<'a> Value<'a> {
    fn string(self) -> Option<Spanned<Cow<'a, str>>> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    fn integer(self) -> Option<Spanned<i64>> {
        match self {
            Value::Integer(n) => Some(n),
            _ => None,
        }
    }

    fn date(self) -> Option<Spanned<Datetime>> {
        match self {
            Value::Date(d) => Some(d),
            _ => None,
        }
    }

    fn list(self) -> Option<Vec<Spanned<Cow<'a, str>>>> {
        match self {
            Value::List(l) => Some(l),
            _ => None,
        }
    }
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// The next header or key-value pair, past blank and comment lines.
    fn line(&mut self) -> Option<Line<'a>> {
        loop {
            self.skip_blanks();
            match self.peek() {
                None => return Some(Line::End),
                Some(b'\n' | b'\r' | b'#') => self.end_of_line()?,
                Some(b'[') => {
                    let header = if self.rest().starts_with("[[task]]") {
                        self.at += "[[task]]".len();
                        Header::Task
                    } else if self.rest().starts_with("[[task.progress]]") {
                        self.at += "[[task.progress]]".len();
                        Header::Progress
                    } else {
                        return None;
                    };
                    self.end_of_line()?;
                    return Some(Line::Header(header));
                }
                Some(_) => {
                    let start = self.at;
                    while matches!(
                        self.peek(),
                        Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-')
                    ) {
                        self.at += 1;
                    }
                    let key = &self.text[start..self.at];
                    if key.is_empty() {
                        return None;
                    }
                    self.skip_blanks();
                    if self.peek() != Some(b'=') {
                        return None;
                    }
                    self.at += 1;
                    self.skip_blanks();
                    let value = self.value()?;
                    self.end_of_line()?;
                    return Some(Line::Pair(key, value));
                }
            }
        }
    }

    /// Blanks, an optional comment, and the end of the line (`\n`, `\r\n` or the end of the
    /// text).
    fn end_of_line(&mut self) -> Option<()> {
        self.skip_blanks();
        if self.peek() == Some(b'#') {
            // Control characters other than tab are not allowed in comments.
            while let Some(byte) = self.peek() {
                if byte == b'\n' || byte == b'\r' {
                    break;
                }
                if (byte < 0x20 && byte != b'\t') || byte == 0x7F {
                    return None;
                }
                self.at += 1;
            }
        }
        match self.peek() {
            None => {}
            Some(b'\n') => self.at += 1,
            Some(b'\r') if self.rest().starts_with("\r\n") => self.at += 2,
            Some(_) => return None,
        }
        Some(())
    }

    fn value(&mut self) -> Option<Value<'a>> {
        match self.peek()? {
            b'"' | b'\'' => self.string().map(Value::String),
            b'[' => {
                self.at += 1;
                let mut list = Vec::new();
                loop {
                    self.skip_blanks();
                    if self.peek() == Some(b']') {
                        self.at += 1;
                        return Some(Value::List(list));
                    }
                    list.push(self.string()?);
                    self.skip_blanks();
                    match self.peek()? {
                        b',' => self.at += 1,
                        b']' => {}
                        _ => return None,
                    }
                }
            }
            b'0'..=b'9' | b'-' => {
                let start = self.at;
                let bytes = self.rest().as_bytes();
                if bytes.len() >= 10
                    && bytes[4] == b'-'
                    && bytes[..4].iter().all(u8::is_ascii_digit)
                {
                    let date = date(self.text.get(start..start + 10)?)?;
                    self.at += 10;
                    return Some(Value::Date(Spanned::new(start..self.at, date)));
                }
                let end = bytes
                    .iter()
                    .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'_'))
                    .unwrap_or(bytes.len());
                let number = integer(&self.text[start..start + end])?;
                self.at += end;
                Some(Value::Integer(Spanned::new(start..self.at, number)))
            }
            _ => None,
        }
    }

    /// A one-line basic (`"…"`) or literal (`'…'`) string.
    fn string(&mut self) -> Option<Spanned<Cow<'a, str>>> {
        let start = self.at;
        let quote = self.peek()?;
        if !matches!(quote, b'"' | b'\'') || self.rest().as_bytes().get(1..3) == Some(&[quote; 2]) {
            // Not a string, or a multi-line one (an empty string followed by a quote is not
            // valid TOML either way).
            return None;
        }
        self.at += 1;
        // Made only when there is an escape to write out.
        let mut escaped: Option<String> = None;
        loop {
            // The run of characters up to the next quote (or backslash, in a basic string),
            // which must hold no control character but tab.
            let text = self.rest();
            let rest = text.as_bytes();
            let run = match quote {
                b'"' => memchr::memchr2(quote, b'\\', rest)?,
                _ => memchr::memchr(quote, rest)?,
            };
            let control = rest[..run].iter().fold(false, |found, &byte| {
                found | (byte < 0x20 && byte != b'\t') | (byte == 0x7F)
            });
            if control {
                return None;
            }
            let run_text = &text[..run];
            self.at += run + 1;
            if rest[run] == quote {
                let value = match escaped {
                    None => Cow::Borrowed(run_text),
                    Some(mut value) => {
                        value.push_str(run_text);
                        Cow::Owned(value)
                    }
                };
                return Some(Spanned::new(start..self.at, value));
            }
            let value = escaped.get_or_insert_with(String::new);
            value.push_str(run_text);
            value.push(self.escape()?);
        }
    }

    /// The character an escape stands for (the reader is past the backslash).
    fn escape(&mut self) -> Option<char> {
        let letter = self.peek()?;
        self.at += 1;
        let simple = match letter {
            b'b' => '\u{8}',
            b't' => '\t',
            b'n' => '\n',
            b'f' => '\u{C}',
            b'r' => '\r',
            b'"' => '"',
            b'\\' => '\\',
            b'u' | b'U' => {
                let digits = if letter == b'u' { 4 } else { 8 };
                let hex = self.text.get(self.at..self.at + digits)?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                self.at += digits;
                return char::from_u32(u32::from_str_radix(hex, 16).ok()?);
            }
            _ => return None,
        };
        Some(simple)
    }
}

/// A local date `YYYY-MM-DD` that exists, as TOML reads it.
fn date(text: &str) -> Option<Datetime> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u16> {
        let part = &bytes[range];
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0u16, |n, &b| n * 10 + u16::from(b - b'0')))
    };
    if bytes[7] != b'-' {
        return None;
    }
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    chrono::NaiveDate::from_ymd_opt(year.into(), month.into(), day.into())?;
    Some(Datetime {
        date: Some(Date {
            year,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        }),
        time: None,
        offset: None,
    })
}

/// A decimal integer as TOML writes it: an optional `-`, no leading zero, `_` only between
/// digits.
fn integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let bytes = digits.as_bytes();
    let well_formed = !bytes.is_empty()
        && bytes[0].is_ascii_digit()
        && bytes[bytes.len() - 1].is_ascii_digit()
        && !(bytes[0] == b'0' && bytes.len() > 1)
        && bytes
            .windows(2)
            .all(|w| w[0].is_ascii_digit() || w[1].is_ascii_digit())
        && bytes.iter().all(|&b| b.is_ascii_digit() || b == b'_');
    if !well_formed {
        return None;
    }
    let plain: String = text.chars().filter(|&c| c != '_').collect();
    plain.parse().ok()
}

/// Whether this reader accepts `text`; panics if it reads it otherwise than the `toml` crate
/// does (values and spans), or accepts what the `toml` crate refuses.
pub(super) fn agrees(text: &str) -> bool {
    let mut tasks = Vec::new();
    let Some(head) = section(text, &mut |task| tasks.push(task)) else {
        return false;
    };
    let whole: super::RawSection = match toml::from_str(text) {
        Ok(whole) => whole,
        Err(e) => panic!("accepted what toml refuses ({e}):\n{text}"),
    };
    let theirs = dump(&whole.id, &whole.title, &whole.task);
    let ours = dump(&head.id, &head.title, &tasks);
    assert_eq!(ours, theirs, "read otherwise than toml reads it:\n{text}");
    true
}

/// Every value and span, one per line.
fn dump(id: &Spanned<String>, title: &str, tasks: &[RawTask<'_>]) -> String {
    use std::fmt::Write;
    fn one<T: std::fmt::Debug>(out: &mut String, name: &str, value: Option<&Spanned<T>>) {
        if let Some(value) = value {
            let _ = writeln!(out, "{name} = {:?} at {:?}", value.get_ref(), value.span());
        }
    }
    let mut out = String::new();
    one(&mut out, "id", Some(id));
    let _ = writeln!(out, "title = {title:?}");
    for task in tasks {
        out.push_str("[[task]]\n");
        one(&mut out, "id", Some(&task.id));
        one(&mut out, "title", Some(&task.title));
        one(&mut out, "parent", task.parent.as_ref());
        for name in &task.lead {
            one(&mut out, "lead", Some(name));
        }
        let _ = writeln!(out, "leads: {}", task.lead.len());
        for name in &task.support {
            one(&mut out, "support", Some(name));
        }
        let _ = writeln!(out, "supports: {}", task.support.len());
        one(&mut out, "budget", task.budget.as_ref());
        one(&mut out, "deadline", task.deadline.as_ref());
        one(&mut out, "due", task.due.as_ref());
        for entry in &task.progress {
            out.push_str("[[task.progress]]\n");
            one(&mut out, "date", Some(&entry.date));
            one(&mut out, "status", entry.status.as_ref());
            one(&mut out, "note", entry.note.as_ref());
            one(&mut out, "period", entry.period.as_ref());
            one(&mut out, "due", entry.due.as_ref());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::agrees;
    use proptest::prelude::*;

    #[test]
    fn reads_the_shipped_plan_and_the_way_plan_writes() {
        for section in ["I", "II", "III", "IV", "V", "VI", "VII"] {
            let path = format!("{}/plan/{section}.toml", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(agrees(&text), "{path} is not read the plain way");
        }
        let marked = "id = \"I\"\r\ntitle = 'Công tác'  # comment\r\n\r\n[[task]]  # first\r\n\
            \tid = \"I.1\"\r\ntitle = \"\\\"Tab\\there\\\" \\u00e0 \\U0001F600\"\r\n\
            lead = [ \"Văn phòng\" , 'VP', ]\r\nsupport = []\r\nbudget = -0\r\n\
            due = 2024-02-29 # leap\r\n\r\n[[task.progress]]\r\ndate = 2023-01-05\r\n\
            status = \"doing\"\r\nnote = \"\"\r\nperiod = \"2023-Q1\"\r\ndue = 2023-12-31";
        assert!(agrees(marked));
    }

    #[test]
    fn declines_what_it_does_not_read_the_plain_way() {
        let head = "id = \"I\"\ntitle = \"T\"\n";
        for task in [
            // Not plain, though valid TOML.
            "id = \"I.1\"\ntitle = \"\"\"multi\nline\"\"\"\n",
            "id = \"I.1\"\ntitle = \"t\"\nlead = [\n\"Văn phòng\",\n]\n",
            "id = \"I.1\"\n\"title\" = \"t\"\n",
            "id = \"I.1\"\ntitle = \"t\"\nbudget = 0x10\n",
            "id = \"I.1\"\ntitle = \"t\"\nbudget = +5\n",
            "id = \"I.1\"\ntitle = \"t\"\ndue = 2023-01-05T10:00:00\n",
            // Not TOML at all, or not a plan.
            "id = \"I.1\"\ntitle = \"t\"\ntitle = \"again\"\n",
            "id = \"I.1\"\ntitle = \"t\"\nbudget = 012\n",
            "id = \"I.1\"\ntitle = \"t\"\nbudget = 1__000\n",
            "id = \"I.1\"\ntitle = \"t\"\nbudget = 12.000.000\n",
            "id = \"I.1\"\ntitle = \"t\"\ndue = 2023-02-29\n",
            "id = \"I.1\"\ntitle = \"t\\q\"\n",
            "id = \"I.1\"\ntitle = \"t\u{7}\"\n",
            "id = \"I.1\"\ntitle = \"t\"\r",
            "id = \"I.1\"\ntitle = \"t\"\nlead = \"Văn phòng\"\n",
            "id = \"I.1\"\ntitle = \"t\"\ncolour = \"red\"\n",
            "id = \"I.1\"\n",
            "id = \"I.1\"\ntitle = \"t\"\n[[task.progress]]\nstatus = \"done\"\n",
        ] {
            let text = format!("{head}\n[[task]]\n{task}");
            assert!(!agrees(&text), "accepted:\n{text}");
        }
        assert!(!agrees("title = \"T\"\n"));
        assert!(!agrees(
            "id = \"I\"\ntitle = \"T\"\n[[task.progress]]\ndate = 2023-01-01\n"
        ));
    }

    /// Lines a section file may hold, plain or not, well formed or not.
    fn line() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec![
            "id", "title", "parent", "lead", "support", "budget", "deadline", "due", "date",
            "status", "note", "period", "colour", "\"id\"", "a.b",
        ]);
        let string = prop_oneof![
            "[ -~]{0,8}".prop_map(|s| format!("\"{s}\"")),
            "[ -~]{0,8}".prop_map(|s| format!("'{s}'")),
            "(\\\\[btnfr\"\\\\ueUx0-9a-fA-F]{1,5}|[^\"\\\\]|\\t|\u{7f}|\u{1}){0,6}"
                .prop_map(|s| format!("\"{s}\"")),
            Just("\"\"\"a\"\"\"".to_string()),
            Just("'''a'''".to_string()),
            Just("\"Văn phòng\"".to_string()),
        ];
        let value = prop_oneof![
            string.clone(),
            prop::collection::vec(string, 0..3).prop_map(|v| format!("[{}]", v.join(","))),
            "[-+]?[0-9_]{1,6}",
            "[0-9]{4}-[0-9]{2}-[0-9]{2}",
            "20(23|24)-(0[1-9]|1[0-2])-[0-3][0-9]( |T)?([0-9]{2}:[0-9]{2}:[0-9]{2})?",
            Just("[\n\"x\",\n]".to_string()),
            Just("{ a = 1 }".to_string()),
            Just("true".to_string()),
            Just("1.5".to_string()),
        ];
        let blank = "[ \t]{0,2}";
        let end = prop_oneof![
            Just(String::new()),
            "[ \t]*#[ -~\t]{0,4}",
            Just("#\u{1}".to_string())
        ];
        prop_oneof![
            (blank, key, blank, value, end.clone())
                .prop_map(|(a, k, b, v, e)| format!("{a}{k}{b}={b}{v}{e}")),
            (
                "[ \t]{0,1}",
                prop::sample::select(vec![
                    "[[task]]",
                    "[[task.progress]]",
                    "[task]",
                    "[[ task ]]"
                ]),
                end.clone()
            )
                .prop_map(|(a, h, e)| format!("{a}{h}{e}")),
            end,
        ]
    }

    /// A well-formed task of the plain kind: its header, `id` and `title`, some of the other
    /// keys, and some progress entries, with values of every form this reader reads.
    fn task() -> impl Strategy<Value = Vec<String>> {
        let text = prop_oneof![
            "[a-zA-Z0-9 .,]{0,10}".prop_map(|s| format!("\"{s}\"")),
            "[a-zA-Zàđơư ]{0,6}".prop_map(|s| format!("'{s}'")),
            "(\\\\[btnfr\"\\\\]|\\\\u00e[0-9]|[^\"\\\\\\x00-\\x1f\\x7f]|\t){0,6}"
                .prop_map(|s| format!("\"{s}\"")),
        ];
        let list =
            prop::collection::vec(text.clone(), 0..3).prop_map(|v| format!("[{}]", v.join(", ")));
        let date =
            (2020..2030u32, 1..13u32, 1..29u32).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"));
        let number = prop_oneof!["0|-?[1-9][0-9]{0,8}", "[1-9]{1,3}(_[0-9]{3}){0,3}"];
        let optional = (
            prop::option::of(text.clone()),
            prop::option::of(list.clone()),
            prop::option::of(list),
            prop::option::of(number),
            prop::option::of(text.clone()),
            prop::option::of(date.clone()),
        );
        let entry = (
            date.clone(),
            prop::option::of(text.clone()),
            prop::option::of(text.clone()),
            prop::option::of(date),
        );
        (
            text.clone(),
            text,
            optional,
            prop::collection::vec(entry, 0..3),
        )
            .prop_flat_map(
                |(id, title, (parent, lead, support, budget, deadline, due), entries)| {
                    let mut keys = vec![format!("id = {id}"), format!("title = {title}")];
                    let named = [
                        ("parent", parent),
                        ("lead", lead),
                        ("support", support),
                        ("budget", budget),
                        ("deadline", deadline),
                        ("due", due),
                    ];
                    keys.extend(
                        named
                            .into_iter()
                            .filter_map(|(k, v)| v.map(|v| format!("{k} = {v}"))),
                    );
                    let entries: Vec<Vec<String>> = entries
                        .into_iter()
                        .map(|(date, status, note, due)| {
                            let mut lines =
                                vec!["[[task.progress]]".to_string(), format!("date = {date}")];
                            lines.extend(status.map(|v| format!("status = {v}")));
                            lines.extend(note.map(|v| format!("note = {v}")));
                            lines.extend(due.map(|v| format!("due = {v}")));
                            lines
                        })
                        .collect();
                    Just(keys).prop_shuffle().prop_map(move |keys| {
                        let mut lines = vec!["[[task]]".to_string()];
                        lines.extend(keys);
                        lines.extend(entries.iter().flatten().cloned());
                        lines
                    })
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Whatever the plain reader accepts, the `toml` crate reads the same: plain files, and
        /// the same with a few lines replaced by others, plain or not, well formed or not.
        #[test]
        fn reads_what_it_accepts_as_toml_does(
            tasks in prop::collection::vec(task(), 0..4),
            changes in prop::collection::vec((any::<prop::sample::Index>(), line(), any::<bool>()), 0..3),
            crlf in any::<bool>(),
        ) {
            let mut lines = vec!["id = \"I\"".to_string(), "title = \"T\"".to_string()];
            lines.extend(tasks.into_iter().flatten());
            let plain = changes.is_empty();
            for (at, line, insert) in changes {
                let at = at.index(lines.len());
                if insert { lines.insert(at, line) } else { lines[at] = line }
            }
            let text = lines.join(if crlf { "\r\n" } else { "\n" });
            let accepted = agrees(&text);
            prop_assert!(accepted || !plain, "a plain file was declined:\n{}", text);
        }
    }
}
