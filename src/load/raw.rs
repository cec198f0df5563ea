//! The plan files as serde reads them (borrowing their strings), parse errors turned into
//! diagnostics, and large section files cut into chunks of whole tasks.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use super::read::Source;
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::message::Message;
use crate::msg;
use crate::text::{closest, nfc};

/// Parses TOML into `T`, turning the error into a diagnostic with a `help:` line.
pub(super) fn parse<'a, T: Deserialize<'a>>(source: &'a Source) -> Result<T, Diagnostic> {
    toml::from_str(&source.text).map_err(|e| diagnose(source, &e, 0))
}

/// The diagnostic for a parse `error` in the stretch of `source` that starts at byte `by`.
pub(super) fn diagnose(source: &Source, error: &toml::de::Error, by: usize) -> Diagnostic {
    let span = error.span().map_or(by..by, |s| s.start + by..s.end + by);
    let reason = error.message().trim();
    let diagnostic = source.at(span, toml_message(reason));
    let help = if reason.starts_with("invalid float")
        && vietnamese_thousands(&diagnostic.source_line)
    {
        msg!(
            "write amounts without dots, as `12_000_000` or `12000000`: TOML reads `12.000.000` as a broken decimal"
        )
    } else {
        help_for(reason)
    };
    diagnostic.help(help)
}

/// What the TOML reader said, in the table's words where it has them: unknown and missing keys,
/// a value of the wrong type, a key given twice, a list left open (its own wording, rebuilt),
/// anything else as the reader put it.
fn toml_message(reason: &str) -> Message {
    if let Some(rest) = reason.strip_prefix("unknown field `")
        && let Some((key, expected)) = rest.split_once('`')
    {
        let keys: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let message = unknown_key(key, &keys);
        if message.to_string() == reason {
            return message;
        }
    }
    if let Some(key) = reason
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return msg!("missing field `{key}`", key);
    }
    if let Some((found, wanted)) = reason
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.rsplit_once(", expected "))
    {
        // The kinds people meet, in words of the table; others as the reader names them.
        let found = match found.strip_prefix("string ") {
            Some(text) => msg!("string {text}", text),
            None => msg!("{found}", found),
        };
        let wanted = match wanted {
            "a sequence" => msg!("a sequence"),
            "i32" => msg!("i32"),
            "i64" => msg!("i64"),
            "a TOML datetime" => msg!("a TOML datetime"),
            _ => msg!("{wanted}", wanted),
        };
        return msg!("invalid type: {found}, expected {wanted}", found, wanted);
    }
    match reason {
        "duplicate key" => msg!("duplicate key"),
        "unclosed array, expected `]`" => msg!("unclosed array, expected `]`"),
        _ => msg!("{reason}", reason),
    }
}

/// `key` is not one of `allowed`, in serde's English.
pub(super) fn unknown_key(key: &str, allowed: &[&str]) -> Message {
    match allowed {
        [] => msg!("unknown field `{key}`, there are no fields", key),
        [one] => msg!("unknown field `{key}`, expected `{one}`", key, one),
        [one, other] => msg!(
            "unknown field `{key}`, expected `{one}` or `{other}`",
            key,
            one,
            other
        ),
        many => msg!(
            "unknown field `{key}`, expected one of {keys}",
            key,
            keys = crate::text::quoted_list(many)
        ),
    }
}

/// Whether a line holds a number written the Vietnamese way, such as `12.000.000`.
pub(super) fn vietnamese_thousands(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_digit() && c != '.')
        .any(|word| {
            let groups: Vec<&str> = word.split('.').collect();
            groups.len() > 2 && groups[1..].iter().all(|g| g.len() == 3) && !groups[0].is_empty()
        })
}

/// What to do about what the TOML reader said.
pub(super) fn help_for(reason: &str) -> Message {
    if let Some(rest) = reason.strip_prefix("unknown field `") {
        let unknown = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest.split('`').skip(1).skip(1).step_by(2).collect();
        return match closest(unknown, expected.iter().copied(), 1).first() {
            Some(best) => msg!("did you mean `{best}`?", best),
            None => msg!(
                "the keys allowed here are {keys}",
                keys = crate::text::quoted_list(expected)
            ),
        };
    }
    if reason.starts_with("missing field") {
        return msg!("add the missing key; see the file format in docs/format.md");
    }
    if reason.contains("as i128") {
        return msg!("the number is too large: budgets are whole VND amounts such as 12_000_000");
    }
    if reason.starts_with("invalid type") || reason.starts_with("invalid value") {
        return msg!(
            "text goes in quotes, `budget` and `year` are whole numbers (12_000_000), dates are written 2023-04-10 without quotes, and `lead`/`support` are lists ([\"Văn phòng\"])"
        );
    }
    if reason.starts_with("duplicate key") {
        return msg!("a key may appear once per table: remove or rename one of them");
    }
    if reason.starts_with("invalid date") || reason.contains("datetime") {
        return msg!("write dates as YYYY-MM-DD, a day that exists (2023-02-28, not 2023-02-30)");
    }
    msg!("fix the TOML syntax here; the file format is described in docs/format.md")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPlan {
    pub(super) title: String,
    #[serde(default)]
    pub(super) organization: Option<String>,
    #[serde(default)]
    pub(super) document: Option<String>,
    pub(super) year: Spanned<i32>,
    #[serde(default)]
    pub(super) lang: Option<Lang>,
    #[serde(default)]
    pub(super) report_cutoff: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub(super) unit: Vec<RawUnit>,
    #[serde(default)]
    pub(super) parent_organization: Option<String>,
    #[serde(default)]
    pub(super) issuer: Option<String>,
    #[serde(default)]
    pub(super) symbol: Option<String>,
    #[serde(default)]
    pub(super) place: Option<String>,
    #[serde(default)]
    pub(super) report_signer: Option<String>,
    #[serde(default)]
    pub(super) report_signer_name: Option<String>,
    #[serde(default)]
    pub(super) report_recipients: Vec<String>,
    #[serde(default)]
    pub(super) report_lead_term: Option<String>,
    #[serde(default)]
    pub(super) report_threshold: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub(super) report_send: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub(super) report: Option<RawReport>,
    #[serde(default)]
    pub(super) indicator: Vec<RawIndicator>,
    #[serde(default)]
    pub(super) record: Vec<RawRecord>,
}

/// `[[indicator]]`: a figure the report gives.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIndicator {
    pub(super) id: Spanned<String>,
    pub(super) name: Spanned<String>,
    #[serde(default)]
    pub(super) unit: Option<String>,
    #[serde(default)]
    pub(super) target: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub(super) section: Option<Spanned<String>>,
}

/// `[[record]]`: a value of an indicator over a period, as `plan record` appends it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRecord {
    pub(super) indicator: Spanned<String>,
    pub(super) period: Spanned<String>,
    pub(super) value: Spanned<toml::Value>,
    pub(super) date: Spanned<toml::value::Datetime>,
    #[serde(default)]
    pub(super) note: Option<String>,
}

/// `[report]`: the province's own scoring rules.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReport {
    #[serde(default)]
    pub(super) rate_over: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) band: Vec<Spanned<RawBand>>,
}

/// `[[report.band]]`: from which rate a unit earns a word.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBand {
    pub(super) from: Spanned<toml::Value>,
    pub(super) word: Spanned<String>,
    #[serde(default)]
    pub(super) rate: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawUnit {
    pub(super) name: Spanned<String>,
    #[serde(default)]
    pub(super) aliases: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) members: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) from: Option<Spanned<Datetime>>,
    #[serde(default)]
    pub(super) until: Option<Spanned<Datetime>>,
    #[serde(default)]
    pub(super) successor: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) doc: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSection<'a> {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    #[serde(default)]
    pub(super) document: Option<String>,
    #[serde(default, borrow)]
    pub(super) task: Vec<RawTask<'a>>,
}

/// A run of `[[task]]` tables cut from a section file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTasks<'a> {
    #[serde(borrow)]
    pub(super) task: Vec<RawTask<'a>>,
}

/// The keys a section file's head, a task and a progress entry may have (the fields of
/// [`RawSection`], [`RawTask`] and [`RawEntry`]; a test keeps them the same).
pub(super) const HEAD_KEYS: [&str; 4] = ["id", "title", "document", "task"];
pub(super) const TASK_KEYS: [&str; 16] = [
    "id",
    "title",
    "parent",
    "lead",
    "support",
    "budget",
    "deadline",
    "due",
    "product",
    "funding",
    "detail",
    "annex_status",
    "note",
    "carried_from",
    "successor",
    "progress",
];
pub(super) const ENTRY_KEYS: [&str; 8] = [
    "date", "status", "note", "period", "due", "doc", "doc_by", "file",
];

/// Whether `text` may hold a multi-line string, inside which a `[[task]]` line is text.
pub(super) fn has_multi_line_strings(text: &str) -> bool {
    text.contains("\"\"\"") || text.contains("'''")
}

/// Whether a multi-line string may be open where `range` of `text` starts or ends (an odd
/// number of delimiters before it), so that a cut there could fall inside the string.
pub(super) fn may_cut_a_string(text: &str, range: &Range<usize>) -> bool {
    let open = |before: &str| {
        before.matches("\"\"\"").count() % 2 == 1 || before.matches("'''").count() % 2 == 1
    };
    has_multi_line_strings(text) && (open(&text[..range.start]) || open(&text[..range.end]))
}

/// Every problem in `range` of a section file that does not parse, in a text with no
/// multi-line strings: the stretch is cut at each `[[task]]` line, and each piece (the head, a
/// task) is parsed on its own, so that one mistake does not hide the next. A piece that is
/// valid TOML has each of its unknown keys reported, else its first problem.
/// Also gives the stretches of the tasks that do parse, to be checked as any task is.
pub(super) fn problems_in(
    source: &Source,
    range: Range<usize>,
) -> (Vec<Diagnostic>, Vec<Range<usize>>) {
    let text = &source.text;
    let mut cuts: Vec<usize> = source
        .line_starts
        .iter()
        .map(|&start| start as usize)
        .filter(|&start| range.contains(&start) && start > range.start)
        .filter(|&start| crate::syntax::starts_task(&text[start..]))
        .collect();
    cuts.insert(0, range.start);
    cuts.push(range.end);
    let mut problems = Vec::new();
    let mut parsed_tasks = Vec::new();
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        let piece = &text[start..end];
        let is_task = crate::syntax::starts_task(piece);
        let unknown = unknown_keys(piece, is_task);
        if !unknown.is_empty() {
            for (span, key, allowed) in unknown {
                let message = unknown_key(&key, allowed);
                let help = help_for(&message.to_string());
                problems.push(
                    source
                        .at(start + span.start..start + span.end, message)
                        .help(help),
                );
            }
            continue;
        }
        let parsed = match is_task {
            true => toml::from_str::<RawTasks>(piece).map(drop),
            false => toml::from_str::<RawSection>(piece).map(drop),
        };
        match parsed {
            Err(e) => problems.push(diagnose(source, &e, start)),
            Ok(()) if is_task => parsed_tasks.push(start..end),
            Ok(()) => {}
        }
    }
    (problems, parsed_tasks)
}

/// Where a key is, its name, and the keys allowed beside it.
pub(super) type UnknownKey = (Range<usize>, String, &'static [&'static str]);

/// The keys of `piece` (a section file's head, or one `[[task]]` with its entries) that a
/// section file may not have there; nothing if the piece is not valid TOML.
pub(super) fn unknown_keys(piece: &str, is_task: bool) -> Vec<UnknownKey> {
    use toml_edit::{Document, Item, Table};
    let Ok(document) = Document::parse(piece) else {
        return Vec::new();
    };
    let mut unknown = Vec::new();
    let mut check = |table: &Table, allowed: &'static [&'static str]| {
        for (key, _) in table.iter() {
            if !allowed.contains(&key) {
                let span = table.key(key).and_then(|k| k.span()).unwrap_or(0..0);
                unknown.push((span, key.to_string(), allowed));
            }
        }
    };
    let root = document.as_table();
    if !is_task {
        check(root, &HEAD_KEYS);
    }
    let tasks = root.get("task").and_then(Item::as_array_of_tables);
    for task in tasks.into_iter().flat_map(|t| t.iter()) {
        check(task, &TASK_KEYS);
        let entries = task.get("progress").and_then(Item::as_array_of_tables);
        for entry in entries.into_iter().flat_map(|e| e.iter()) {
            check(entry, &ENTRY_KEYS);
        }
    }
    unknown.sort_by_key(|(span, ..)| span.start);
    unknown
}

/// What a section file holds before its first task.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHead {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    /// The document a section added later comes from (a supplement to the plan).
    #[serde(default)]
    pub(super) document: Option<String>,
}

/// A section's id as tasks are checked and sections sorted by: its `id`, trimmed, in NFC.
pub(super) fn section_id(id: &Spanned<String>) -> String {
    nfc(id.get_ref().trim())
}

/// `spanned` with its span moved `by` bytes on: a chunk's spans made the file's.
pub(super) fn moved<T>(spanned: Spanned<T>, by: usize) -> Spanned<T> {
    let span = spanned.span();
    Spanned::new(span.start + by..span.end + by, spanned.into_inner())
}

impl<'a> RawTask<'a> {
    /// Where the task's last value ends in its file (its own keys and its entries').
    pub(super) fn end(&self) -> usize {
        let all = |list: &[Spanned<Text>]| list.iter().map(|s| s.span().end).max();
        let entries = self.progress.iter().flat_map(|e| {
            [
                Some(e.date.span().end),
                e.status.as_ref().map(|s| s.span().end),
                e.note.as_ref().map(|s| s.span().end),
                e.period.as_ref().map(|s| s.span().end),
                e.due.as_ref().map(|s| s.span().end),
                e.doc.as_ref().map(|s| s.span().end),
                e.doc_by.as_ref().map(|s| s.span().end),
                e.file.as_ref().map(|s| s.span().end),
            ]
        });
        [
            Some(self.id.span().end),
            Some(self.title.span().end),
            self.parent.as_ref().map(|s| s.span().end),
            all(&self.lead),
            all(&self.support),
            self.budget.as_ref().map(|s| s.span().end),
            self.deadline.as_ref().map(|s| s.span().end),
            self.due.as_ref().map(|s| s.span().end),
            self.product.as_ref().map(|s| s.span().end),
            self.funding.as_ref().map(|s| s.span().end),
            self.detail.as_ref().map(|s| s.span().end),
            self.annex_status.as_ref().map(|s| s.span().end),
            self.note.as_ref().map(|s| s.span().end),
            self.carried_from.as_ref().map(|s| s.span().end),
            self.successor.as_ref().map(|s| s.span().end),
        ]
        .into_iter()
        .chain(entries)
        .flatten()
        .max()
        .unwrap_or_default()
    }

    pub(super) fn moved(self, by: usize) -> Self {
        let all = |list: Vec<Spanned<Text<'a>>>| list.into_iter().map(|s| moved(s, by)).collect();
        RawTask {
            id: moved(self.id, by),
            title: moved(self.title, by),
            parent: self.parent.map(|s| moved(s, by)),
            lead: all(self.lead),
            support: all(self.support),
            budget: self.budget.map(|s| moved(s, by)),
            deadline: self.deadline.map(|s| moved(s, by)),
            due: self.due.map(|s| moved(s, by)),
            product: self.product.map(|s| moved(s, by)),
            funding: self.funding.map(|s| moved(s, by)),
            detail: self.detail.map(|s| moved(s, by)),
            annex_status: self.annex_status.map(|s| moved(s, by)),
            note: self.note.map(|s| moved(s, by)),
            carried_from: self.carried_from.map(|s| moved(s, by)),
            successor: self.successor.map(|s| moved(s, by)),
            progress: self
                .progress
                .into_iter()
                .map(|entry| RawEntry {
                    date: moved(entry.date, by),
                    status: entry.status.map(|s| moved(s, by)),
                    note: entry.note.map(|s| moved(s, by)),
                    period: entry.period.map(|s| moved(s, by)),
                    due: entry.due.map(|s| moved(s, by)),
                    doc: entry.doc.map(|s| moved(s, by)),
                    doc_by: entry.doc_by.map(|s| moved(s, by)),
                    file: entry.file.map(|s| moved(s, by)),
                })
                .collect(),
        }
    }
}

/// A task as read, its strings borrowed from the file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTask<'a> {
    #[serde(borrow)]
    pub(super) id: Spanned<Text<'a>>,
    #[serde(borrow)]
    pub(super) title: Spanned<Text<'a>>,
    #[serde(default, borrow)]
    pub(super) parent: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) lead: Vec<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) support: Vec<Spanned<Text<'a>>>,
    #[serde(default)]
    pub(super) budget: Option<Spanned<i64>>,
    #[serde(default, borrow)]
    pub(super) deadline: Option<Spanned<Text<'a>>>,
    #[serde(default)]
    pub(super) due: Option<Spanned<Datetime>>,
    #[serde(default, borrow)]
    pub(super) product: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) funding: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) detail: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) annex_status: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) note: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) carried_from: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) successor: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) progress: Vec<RawEntry<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEntry<'a> {
    pub(super) date: Spanned<Datetime>,
    #[serde(default, borrow)]
    pub(super) status: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) note: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) period: Option<Spanned<Text<'a>>>,
    #[serde(default)]
    pub(super) due: Option<Spanned<Datetime>>,
    /// The document that proves it (tài liệu kiểm chứng), its issuer, and a file of it.
    #[serde(default, borrow)]
    pub(super) doc: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) doc_by: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    pub(super) file: Option<Spanned<Text<'a>>>,
}

/// A string value as read: borrowed from the file when it is written without escapes, as most
/// are. Most are only looked up (unit names, deadline wordings, statuses, periods): only those
/// kept are copied.
pub(super) struct Text<'a>(Cow<'a, str>);

impl Text<'_> {
    pub(super) fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Text<'de>;

            // As `String` says it, so that a value of another type is refused in the same words.
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a string")
            }

            fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }

            fn visit_str<E>(self, text: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text.to_string())))
            }

            fn visit_string<E>(self, text: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text)))
            }
        }

        deserializer.deserialize_string(Visitor)
    }
}

/// A section file, read and decoded.
pub(super) struct File {
    pub(super) source: Source,
    /// Where the file is cut into chunks, if it is read in chunks.
    pub(super) chunks: Option<Chunks>,
}

/// A large section file's head, and where the file is cut into chunks of whole tasks.
///
/// The `toml` crate keeps every token of what it parses and builds a document before the tasks:
/// a whole file of many thousands of tasks would cost memory many times its size. A chunk costs
/// that only for itself, and the chunks of all files are parsed and checked side by side.
pub(super) struct Chunks {
    pub(super) head: RawHead,
    pub(super) section: Arc<str>,
    /// Consecutive ranges of the file to its end, each starting at a line that opens a
    /// `[[task]]` table.
    pub(super) ranges: Vec<Range<usize>>,
}

/// About how many bytes of a section file one chunk holds (a few hundred tasks); a smaller file
/// is parsed whole. At 100,000 tasks, chunks of 64 KiB peaked at 123 MB and of 512 KiB at 134 MB,
/// in about the same time.
pub(super) const CHUNK: usize = 64 * 1024;

impl Chunks {
    /// `None` if the file is to be parsed whole: it is small, has no `[[task]]` line after its
    /// first, or what comes before that line is not a head that parses.
    pub(super) fn cut(source: &Source) -> Option<Chunks> {
        let text = &source.text;
        if text.len() < CHUNK {
            return None;
        }
        let mut task_lines = source.line_starts[1..]
            .iter()
            .map(|&start| start as usize)
            .filter(|&start| crate::syntax::starts_task(&text[start..]));
        let first = task_lines.next()?;
        let head: RawHead = toml::from_str(&text[..first]).ok()?;
        let mut ranges = Vec::new();
        let mut from = first;
        for start in task_lines {
            if start >= from + CHUNK {
                ranges.push(from..start);
                from = start;
            }
        }
        ranges.push(from..text.len());
        Some(Chunks {
            section: Arc::from(section_id(&head.id)),
            head,
            ranges,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_may_fall_in_a_string_only_while_one_is_open() {
        let text = "title = \"\"\"a\n[[task]]\nb\"\"\"\n[[task]]\nid = 1\n";
        let inside = text.find("[[task]]").unwrap();
        let after = text.rfind("[[task]]").unwrap();
        assert!(may_cut_a_string(text, &(inside..text.len())));
        assert!(!may_cut_a_string(text, &(after..text.len())));
        assert!(!may_cut_a_string("[[task]]\nid = 1\n", &(0..9)));
    }

    #[test]
    fn the_key_lists_are_the_fields_read() {
        let expected = |text: &str, is_task: bool| -> String {
            let error = match is_task {
                true => toml::from_str::<RawTasks>(text).map(drop),
                false => toml::from_str::<RawSection>(text).map(drop),
            };
            let message = error.unwrap_err().message().to_string();
            let list = message.split("expected one of ").nth(1).unwrap_or_default();
            list.trim().to_string()
        };
        let listed = |keys: &[&str]| {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            keys.join(", ")
        };
        let head = "id = \"I\"\ntitle = \"t\"\nzzz = 1\n";
        assert_eq!(expected(head, false), listed(&HEAD_KEYS));
        let task = "[[task]]\nid = \"I.1\"\ntitle = \"t\"\nzzz = 1\n";
        assert_eq!(expected(task, true), listed(&TASK_KEYS));
        let entry = "[[task]]\nid = \"I.1\"\ntitle = \"t\"\n[[task.progress]]\ndate = 2023-01-01\nzzz = 1\n";
        assert_eq!(expected(entry, true), listed(&ENTRY_KEYS));
    }

    #[test]
    fn help_suggests_the_closest_key() {
        assert_eq!(
            help_for("unknown field `titel`, expected one of `id`, `title`, `lead`").to_string(),
            "did you mean `title`?"
        );
        assert_eq!(
            help_for("unknown field `zzz`, expected `date`").to_string(),
            "the keys allowed here are `date`"
        );
    }
}
