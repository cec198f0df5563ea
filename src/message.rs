//! What `plan` says to a person when something is wrong: errors, their help, warnings and the
//! problems `check` finds, in English or Vietnamese.
//!
//! The English sentence is written where it is said, in [`msg!`], with `{name}` for each value,
//! and is its own key into one table, [`VIETNAMESE`], which gives the Vietnamese sentence with
//! the same `{name}`s (the way gettext catalogues work). A test reads every `msg!` in `src/`
//! and requires its sentence in the table, so a message cannot be added in one language only.
//! Messages are turned into words only when shown, in the language the person reads.

use std::fmt;

use chrono::NaiveDate;

use crate::lang::Lang;

/// A sentence of the table with its values, not yet in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    english: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// One value of a message. Days are written as the language writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Day(NaiveDate),
    /// A message inside another, said in the same language.
    Said(Box<Message>),
}

impl Arg {
    /// Used by [`msg!`] when the value is an `Arg` already (an inherent method wins over the
    /// trait's, so days and nested messages keep their kind).
    pub fn as_arg(&self) -> Arg {
        self.clone()
    }
}

/// Any value that can be shown becomes text.
pub trait AsArg {
    fn as_arg(&self) -> Arg;
}

impl<T: fmt::Display + ?Sized> AsArg for T {
    fn as_arg(&self) -> Arg {
        Arg::Text(self.to_string())
    }
}

/// `msg!("`{name}` is not a file", name = shown)`: a [`Message`]. A value named like its
/// placeholder can be given alone: `msg!("`{shown}` is not a file", shown)`.
#[macro_export]
macro_rules! msg {
    ($english:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::message::AsArg as _;
        $crate::message::Message::new(
            $english,
            vec![$((stringify!($name), $crate::msg!(@value $name $(= $value)?))),*],
        )
    }};
    (@value $name:ident) => { ($name).as_arg() };
    (@value $name:ident = $value:expr) => { ($value).as_arg() };
}

impl Message {
    /// Use [`msg!`], which the table's test can find.
    #[doc(hidden)]
    pub fn new(english: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message { english, args }
    }

    /// The sentence in `lang`, its values filled in.
    pub fn text(&self, lang: Lang) -> String {
        let template = match lang {
            Lang::En => self.english,
            Lang::Vi => vietnamese(self.english).unwrap_or(self.english),
        };
        let mut text = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|i| open + i) else {
                break;
            };
            text.push_str(&rest[..open]);
            let name = &rest[open + 1..close];
            match self.args.iter().find(|(n, _)| *n == name) {
                Some((_, Arg::Text(value))) => text.push_str(value),
                Some((_, Arg::Day(day))) => text.push_str(&lang.day(*day)),
                Some((_, Arg::Said(message))) => text.push_str(&message.text(lang)),
                None => {
                    debug_assert!(false, "`{{{name}}}` has no value in {:?}", self.english);
                    text.push_str(&rest[open..=close]);
                }
            }
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        text
    }

    /// An error saying this, with `help` saying what to do.
    pub fn help(self, help: Message) -> Error {
        Error {
            message: self,
            help: Some(help),
            cause: None,
        }
    }

    /// An error saying this because of `cause` (a system error, or an error of its own).
    pub fn because(self, cause: impl Into<anyhow::Error>) -> Error {
        Error::from(self).because(cause)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for Message {}

/// The one error type of `plan`: what went wrong, what to do about it, and what it came from.
#[derive(Debug)]
pub struct Error {
    pub message: Message,
    pub help: Option<Message>,
    cause: Option<anyhow::Error>,
}

impl Error {
    pub fn help(mut self, help: Message) -> Error {
        self.help = Some(help);
        self
    }

    pub fn because(mut self, cause: impl Into<anyhow::Error>) -> Error {
        self.cause = Some(cause.into());
        self
    }
}

impl From<Message> for Error {
    fn from(message: Message) -> Error {
        Error {
            message,
            help: None,
            cause: None,
        }
    }
}

impl fmt::Display for Error {
    /// The message alone, as the first link of a chain (the help comes last, see [`explain`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message.text(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_ref().map(|cause| cause.as_ref())
    }
}

/// `result.or_say(|| msg!(…))`: the error of `result`, explained by a sentence of the table.
pub trait OrSay<T> {
    fn or_say(self, message: impl FnOnce() -> Message) -> Result<T, Error>;
}

impl<T, E: Into<anyhow::Error>> OrSay<T> for Result<T, E> {
    fn or_say(self, message: impl FnOnce() -> Message) -> Result<T, Error> {
        self.map_err(|cause| message().because(cause))
    }
}

impl<T> OrSay<T> for Option<T> {
    fn or_say(self, message: impl FnOnce() -> Message) -> Result<T, Error> {
        self.ok_or_else(|| message().into())
    }
}

/// The words that start each kind of line, in each language.
pub fn label(kind: &'static str, lang: Lang) -> &'static str {
    match (kind, lang) {
        ("error", Lang::Vi) => "lỗi",
        ("warning", Lang::Vi) => "cảnh báo",
        ("note", Lang::Vi) => "ghi chú",
        ("help", Lang::Vi) => "gợi ý",
        (kind, _) => kind,
    }
}

/// An error and what it came from, in `lang`, as one text: `error: A: B` then the help lines.
pub fn explain(error: &anyhow::Error, lang: Lang) -> String {
    let mut text = format!("{}: ", label("error", lang));
    let mut helps = Vec::new();
    for (index, cause) in error.chain().enumerate() {
        if index > 0 {
            text.push_str(": ");
        }
        if let Some(error) = cause.downcast_ref::<Error>() {
            text.push_str(&error.message.text(lang));
            helps.extend(error.help.as_ref().map(|help| help.text(lang)));
        } else if let Some(message) = cause.downcast_ref::<Message>() {
            text.push_str(&message.text(lang));
        } else if let Some(problems) = cause.downcast_ref::<crate::diagnostic::Problems>() {
            text.push_str(&problems.text(lang));
        } else {
            text.push_str(&cause.to_string());
        }
    }
    for help in helps {
        text.push_str(&format!("\n{}: {help}", label("help", lang)));
    }
    text
}

fn vietnamese(english: &str) -> Option<&'static str> {
    VIETNAMESE
        .iter()
        .find(|(en, _)| *en == english)
        .map(|(_, vi)| *vi)
}

/// Every sentence of [`msg!`] and its Vietnamese, with the same `{name}`s.
pub const VIETNAMESE: &[(&str, &str)] = &[
    // Reading and writing files (files.rs, edit.rs, load/read.rs, load/mod.rs).
    ("cannot read `{display}`", "không đọc được `{display}`"),
    (
        "`{display}` is not a regular file",
        "`{display}` không phải là một tệp thông thường",
    ),
    (
        "a plan is made of ordinary text files; move whatever is at `{display}` away",
        "kế hoạch gồm các tệp văn bản thông thường; hãy chuyển thứ đang nằm ở `{display}` đi nơi khác",
    ),
    (
        "`{display}` is larger than {mib} MiB, too large to be a plan file",
        "`{display}` lớn hơn {mib} MiB, quá lớn để là một tệp kế hoạch",
    ),
    (
        "split the section into several files",
        "hãy tách nội dung này thành nhiều tệp",
    ),
    ("cannot write `{display}`", "không ghi được `{display}`"),
    (
        "`{display}` is a symbolic link; `plan` does not write through links, so that a change cannot land outside the plan",
        "`{display}` là một liên kết tượng trưng (symlink); `plan` không ghi qua liên kết, để thay đổi không rơi ra ngoài kế hoạch",
    ),
    (
        "replace the link with a copy of the file it points to",
        "hãy thay liên kết bằng một bản sao của tệp mà nó trỏ tới",
    ),
    (
        "move whatever is at `{display}` away",
        "hãy chuyển thứ đang nằm ở `{display}` đi nơi khác",
    ),
    (
        "`{display}` has other names (hard links), which a change would leave behind with the old text",
        "`{display}` còn có tên khác (liên kết cứng), và các tên đó sẽ giữ nội dung cũ nếu tệp bị thay đổi",
    ),
    (
        "replace the other names with copies, or remove them",
        "hãy thay các tên khác bằng bản sao, hoặc xóa chúng",
    ),
    (
        "`{display}` is read-only, so it is left as it is",
        "`{display}` chỉ được phép đọc, nên được giữ nguyên",
    ),
    (
        "if it should change, make it writable (`chmod u+w {display}`) and run the command again",
        "nếu cần thay đổi, hãy cho phép ghi (`chmod u+w {display}`) rồi chạy lại lệnh",
    ),
    (
        "`{display}` changed while this command was running, so nothing was written",
        "`{display}` đã thay đổi trong khi lệnh đang chạy, nên không có gì được ghi",
    ),
    ("run the command again", "hãy chạy lại lệnh"),
    ("`{shown}` names no file", "`{shown}` không phải là tên tệp"),
    (
        "give a file name, such as `-o report.xlsx`",
        "hãy cho một tên tệp, ví dụ `-o bao-cao.xlsx`",
    ),
    (
        "cannot write `{shown}`: its directory does not exist",
        "không ghi được `{shown}`: thư mục chứa nó không tồn tại",
    ),
    (
        "create the directory first, or write elsewhere",
        "hãy tạo thư mục trước, hoặc ghi vào chỗ khác",
    ),
    (
        "`{shown}` is inside the plan directory, where a report could take the place of a plan file",
        "`{shown}` nằm trong thư mục kế hoạch, nơi một báo cáo có thể thế chỗ một tệp kế hoạch",
    ),
    (
        "write the report outside `{dir}`",
        "hãy ghi báo cáo ra ngoài `{dir}`",
    ),
    ("`{shown}` is a directory", "`{shown}` là một thư mục"),
    ("give a file name", "hãy cho một tên tệp"),
    (
        "`{shown}` already exists and was left as it is",
        "`{shown}` đã có sẵn và được giữ nguyên",
    ),
    (
        "add `--force` to replace it, or choose another name",
        "thêm `--force` để ghi đè, hoặc chọn tên khác",
    ),
    ("cannot write `{shown}`", "không ghi được `{shown}`"),
    (
        "`{shown}` cannot become a plan directory",
        "`{shown}` không thể làm thư mục kế hoạch",
    ),
    (
        "give the name of a new directory, such as `plan-2024`",
        "hãy cho tên một thư mục mới, ví dụ `plan-2024`",
    ),
    ("`{shown}` is no longer empty", "`{shown}` không còn trống"),
    ("cannot create `{shown}`", "không tạo được `{shown}`"),
    // (end of files)

    // Loading and checking the plan (load/, diagnostic.rs, deadline.rs, period.rs).
    // (end of loading)

    // Commands (commands/ but import, cli.rs, units.rs, edit.rs).
    // (end of commands)

    // Import (import/, commands/import.rs).
    // (end of import)
];

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// The string literals that follow `msg!(` in `src/`, unescaped.
    fn sentences_in_the_code() -> Vec<(String, String)> {
        let mut found = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            // This file's examples are not messages.
            if path.ends_with("message.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for (at, _) in source.match_indices("msg!(") {
                let rest = source[at + 5..].trim_start();
                // The macro's own definition and its documentation.
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                found.push((unescape(rest), path.display().to_string()));
            }
        }
        found
    }

    /// A Rust string literal's text, up to its closing quote.
    fn unescape(literal: &str) -> String {
        let mut text = String::new();
        let mut chars = literal.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return text,
                '\\' => match chars.next() {
                    Some('n') => text.push('\n'),
                    Some('t') => text.push('\t'),
                    Some('\n') => {
                        let rest: String = chars.clone().collect();
                        let skipped = rest.len() - rest.trim_start().len();
                        for _ in 0..rest[..skipped].chars().count() {
                            chars.next();
                        }
                    }
                    Some(other) => text.push(other),
                    None => break,
                },
                c => text.push(c),
            }
        }
        panic!("unterminated literal: {literal:.40}")
    }

    #[test]
    fn every_message_is_in_both_languages() {
        let in_code = sentences_in_the_code();
        assert!(in_code.len() > 20, "only {} messages found", in_code.len());
        for (english, file) in &in_code {
            let vietnamese = vietnamese(english)
                .unwrap_or_else(|| panic!("{file}: {english:?} is not in VIETNAMESE"));
            assert_eq!(
                placeholders(english),
                placeholders(vietnamese),
                "{file}: the values of {english:?}"
            );
            assert_ne!(english, vietnamese, "{file}: {english:?} is not translated");
        }
        for (index, (english, vietnamese)) in VIETNAMESE.iter().enumerate() {
            assert!(!vietnamese.trim().is_empty(), "{english:?}");
            assert!(
                VIETNAMESE[index + 1..]
                    .iter()
                    .all(|(other, _)| other != english),
                "{english:?} twice"
            );
            assert!(
                in_code.iter().any(|(used, _)| used == english),
                "{english:?} is in the table but said nowhere"
            );
        }
    }

    #[test]
    fn values_fill_their_places_in_either_language() {
        let day = NaiveDate::from_ymd_opt(2023, 6, 5).unwrap();
        let message = Message::new(
            "due {day} for `{id}`",
            vec![("id", "I.1".as_arg()), ("day", Arg::Day(day))],
        );
        assert_eq!(message.text(Lang::En), "due 2023-06-05 for `I.1`");
        assert_eq!(message.to_string(), "due 2023-06-05 for `I.1`");
    }

    #[test]
    fn an_error_is_explained_with_its_cause_and_help_last() {
        let cause = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let error: anyhow::Error =
            Message::new("cannot read `{path}`", vec![("path", "a".as_arg())])
                .because(cause)
                .help(Message::new("check the name", vec![]))
                .into();
        assert_eq!(
            explain(&error, Lang::En),
            "error: cannot read `a`: gone\nhelp: check the name"
        );
    }
}
