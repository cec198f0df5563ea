//! The sentences `plan` says to a person: errors, their help, warnings, the problems `check`
//! finds and the confirmations of commands that write, in English or Vietnamese.
//!
//! The English sentence is written where it is said, in [`msg!`], with `{name}` for each value,
//! and is its own key into the one catalogue (`lang/vi.rs`), which gives the Vietnamese
//! sentence with the same `{name}`s (the way gettext catalogues work). `lang`'s test reads
//! every `msg!` in `src/` and requires its sentence in the catalogue, so a message cannot be
//! added in one language only. Messages are turned into words only when shown, in the language
//! the person reads.

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
    /// A number written with a decimal point (`0.2`), shown with the language's decimal sign.
    /// (Text, not `f64`, so that messages can be compared.)
    Decimal(String),
    /// A message inside another, said in the same language.
    Said(Box<Message>),
    /// Something that says itself in the language shown: the problems of a plan, with their
    /// places and lines.
    Shown(Shown),
}

/// What is said in the person's language but is not one sentence of the catalogue: the list
/// of a plan's problems, each with its file, line and caret; a system error in its own words.
/// It travels inside a message (`msg!("{problems}", problems = Arg::shown(…))`).
pub trait InWords: fmt::Debug + Send + Sync {
    fn in_words(&self, lang: Lang) -> String;
}

/// A value that says itself ([`InWords`]), shared.
#[derive(Debug, Clone)]
pub struct Shown(std::sync::Arc<dyn InWords>);

/// Two values are the same if they say the same.
impl PartialEq for Shown {
    fn eq(&self, other: &Shown) -> bool {
        self.0.in_words(Lang::En) == other.0.in_words(Lang::En)
    }
}

impl Eq for Shown {}

impl Arg {
    /// A value that says itself.
    pub fn shown(value: impl InWords + 'static) -> Arg {
        Arg::Shown(Shown(std::sync::Arc::new(value)))
    }

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
            Lang::Vi => crate::lang::vietnamese(self.english).unwrap_or(self.english),
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
                // A value comes from a file or the command line: an escape sequence in it is
                // shown, not obeyed.
                Some((_, Arg::Text(value))) => text.push_str(&crate::text::printable(value)),
                Some((_, Arg::Day(day))) => text.push_str(&lang.day(*day)),
                Some((_, Arg::Decimal(number))) => text.push_str(&lang.decimal(number)),
                Some((_, Arg::Said(message))) => text.push_str(&message.text(lang)),
                Some((_, Arg::Shown(Shown(value)))) => text.push_str(&value.in_words(lang)),
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
        Error::from(self).help(help)
    }

    /// An error saying this because of `cause` (a system error, or an error of its own).
    pub fn because(self, cause: impl Into<Error>) -> Error {
        Error::from(self).because(cause)
    }
}

impl Message {
    /// Used by [`msg!`] when the value is a message: it is said in the same language (an
    /// inherent method wins over [`AsArg`]'s).
    pub fn as_arg(&self) -> Arg {
        Arg::Said(Box::new(self.clone()))
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// What every kind of error of `plan` says, as a sentence of the catalogue: a deadline or a
/// period that cannot be read, a merge that conflicts, the problems of a plan. Each becomes an
/// [`Error`] through it.
pub trait Said {
    fn said(&self) -> Message;

    /// What to do about it, when the error knows.
    fn help(&self) -> Option<Message> {
        None
    }
}

impl Said for Message {
    fn said(&self) -> Message {
        self.clone()
    }
}

/// The one error type of `plan`: what went wrong, what to do about it, and what it came from.
/// Errors of the system and of the crates `plan` uses become one when they meet `?`, in their
/// own words (the system's commonest ones in the person's language).
#[derive(Debug)]
pub struct Error {
    pub message: Message,
    pub help: Option<Message>,
    cause: Option<Box<Error>>,
    /// The system's kind of error, for an error that came from the system.
    io: Option<std::io::ErrorKind>,
}

/// A result whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `bail!(msg!(…).help(…))`: return this error.
#[macro_export]
macro_rules! bail {
    ($error:expr $(,)?) => {
        return ::std::result::Result::Err(::std::convert::Into::<$crate::message::Error>::into(
            $error,
        ))
    };
}

impl Error {
    pub fn help(mut self, help: Message) -> Error {
        self.help = Some(help);
        self
    }

    pub fn because(mut self, cause: impl Into<Error>) -> Error {
        self.cause = Some(Box::new(cause.into()));
        self
    }

    /// This error and what it came from, in order.
    pub fn chain(&self) -> impl Iterator<Item = &Error> {
        std::iter::successors(Some(self), |error| error.cause.as_deref())
    }

    /// Whether the system said this kind of error, here or in a cause.
    pub fn is_io(&self, kind: std::io::ErrorKind) -> bool {
        self.chain().any(|error| error.io == Some(kind))
    }

    /// What the error says and the help it gives: one message, its causes said after it
    /// (`cannot read `I.toml`: permission denied`).
    pub fn parts(self) -> (Message, Option<Message>) {
        let message = match &self.cause {
            None => self.message,
            Some(cause) => msg!(
                "{message}: {reason}",
                message = Arg::Said(Box::new(self.message)),
                reason = Arg::shown(Chain(cause.chain().map(|e| e.message.clone()).collect()))
            ),
        };
        (message, self.help)
    }
}

/// Messages said one after the other: `A: B`.
#[derive(Debug)]
struct Chain(Vec<Message>);

impl InWords for Chain {
    fn in_words(&self, lang: Lang) -> String {
        let said: Vec<String> = self.0.iter().map(|m| m.text(lang)).collect();
        said.join(": ")
    }
}

impl<T: Said> From<T> for Error {
    fn from(said: T) -> Error {
        Error {
            message: said.said(),
            help: said.help(),
            cause: None,
            io: None,
        }
    }
}

/// An error of the system: its own words in English, the commonest ones in Vietnamese too.
#[derive(Debug)]
struct System(std::io::Error);

impl InWords for System {
    fn in_words(&self, lang: Lang) -> String {
        match system_error(self.0.kind()) {
            Some(said) if lang != Lang::En => said.text(lang),
            _ => self.0.to_string(),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(error: std::io::Error) -> Error {
        let kind = error.kind();
        let mut said = Error::from(msg!("{reason}", reason = Arg::shown(System(error))));
        said.io = Some(kind);
        said
    }
}

/// The errors of the crates `plan` uses, in their own words.
macro_rules! in_their_words {
    ($($kind:ty),* $(,)?) => {$(
        impl From<$kind> for Error {
            fn from(error: $kind) -> Error {
                msg!("{reason}", reason = error.to_string()).into()
            }
        }
    )*};
}

in_their_words!(
    std::fmt::Error,
    std::string::FromUtf8Error,
    toml::de::Error,
    toml_edit::TomlError,
    toml_edit::DatetimeParseError,
    zip::result::ZipError,
    quick_xml::Error,
    calamine::XlsxError,
    calamine::OdsError,
    calamine::Error,
    rust_xlsxwriter::XlsxError,
);

/// A CSV error of writing to a closed pipe is the system's, and stays one.
impl From<csv::Error> for Error {
    fn from(error: csv::Error) -> Error {
        if !error.is_io_error() {
            return msg!("{reason}", reason = error.to_string()).into();
        }
        match error.into_kind() {
            csv::ErrorKind::Io(io) => io.into(),
            other => msg!("{reason}", reason = format!("{other:?}")).into(),
        }
    }
}

/// So is a JSON one.
impl From<serde_json::Error> for Error {
    fn from(error: serde_json::Error) -> Error {
        match error.io_error_kind() {
            Some(_) => std::io::Error::from(error).into(),
            None => msg!("{reason}", reason = error.to_string()).into(),
        }
    }
}

impl fmt::Display for Error {
    /// The message and its causes, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&chain(self, Lang::En))
    }
}

/// clap takes the errors of `plan`'s value parsers as standard errors.
impl std::error::Error for Error {}

/// `result.or_say(|| msg!(…))`: the error of `result`, explained by a sentence of the table.
pub trait OrSay<T> {
    fn or_say(self, message: impl FnOnce() -> Message) -> Result<T, Error>;
}

impl<T, E: Into<Error>> OrSay<T> for Result<T, E> {
    fn or_say(self, message: impl FnOnce() -> Message) -> Result<T, Error> {
        self.map_err(|cause| message().because(cause))
    }
}

impl<T> OrSay<T> for Option<T> {
    fn or_say(self, message: impl FnOnce() -> Message) -> Result<T, Error> {
        self.ok_or_else(|| message().into())
    }
}

/// The kinds of line said to the person, each started by its word: `error: …`, `help: …`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Error,
    Warning,
    Note,
    Help,
}

impl Label {
    /// The word that starts the line, in `lang`.
    pub fn word(self, lang: Lang) -> &'static str {
        lang.tr(match self {
            Label::Error => "error",
            Label::Warning => "warning",
            Label::Note => "note",
            Label::Help => "help",
        })
    }
}

/// An error and what it came from, in `lang`, as one text: `error: A: B` then the help lines.
pub fn explain(error: &Error, lang: Lang) -> String {
    let mut text = format!("{}: {}", Label::Error.word(lang), chain(error, lang));
    for help in error.chain().filter_map(|e| e.help.as_ref()) {
        text.push_str(&format!(
            "\n{}: {}",
            Label::Help.word(lang),
            help.text(lang)
        ));
    }
    text
}

/// An error and what it came from, in `lang`, one after the other: `A: B`.
pub fn chain(error: &Error, lang: Lang) -> String {
    let said: Vec<String> = error.chain().map(|e| e.message.text(lang)).collect();
    said.join(": ")
}

/// The commonest errors of the system, which it words in English only. (In English its own
/// words are shown: "No such file or directory (os error 2)".)
fn system_error(kind: std::io::ErrorKind) -> Option<Message> {
    use std::io::ErrorKind;
    Some(match kind {
        ErrorKind::NotFound => msg!("no such file or directory"),
        ErrorKind::PermissionDenied => msg!("permission denied"),
        ErrorKind::AlreadyExists => msg!("it already exists"),
        ErrorKind::IsADirectory => msg!("it is a directory"),
        ErrorKind::NotADirectory => msg!("a part of the path is not a directory"),
        ErrorKind::ReadOnlyFilesystem => msg!("the file system is read-only"),
        ErrorKind::StorageFull => msg!("the disk is full"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_fill_their_places_in_either_language() {
        let day = NaiveDate::from_ymd_opt(2023, 6, 5).unwrap();
        let message = Message::new(
            "due {day} for `{id}`",
            vec![("id", "I.1".as_arg()), ("day", Arg::Day(day))],
        );
        assert_eq!(message.text(Lang::En), "due 2023-06-05 for `I.1`");
        assert_eq!(message.to_string(), "due 2023-06-05 for `I.1`");
        // A sentence of the table, its values in their Vietnamese places, the day as dd/mm.
        let message = Message::new(
            "dated: end of {period}, due {due}",
            vec![("period", "2023-Q2".as_arg()), ("due", Arg::Day(day))],
        );
        assert_eq!(
            message.text(Lang::Vi),
            "có thời hạn: hết 2023-Q2, hạn 05/06/2023"
        );
        assert_eq!(
            message.text(Lang::En),
            "dated: end of 2023-Q2, due 2023-06-05"
        );
    }

    #[test]
    fn an_error_is_explained_with_its_cause_and_help_last() {
        let cause = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let error = Message::new("cannot read `{path}`", vec![("path", "a".as_arg())])
            .because(cause)
            .help(Message::new("check the name", vec![]));
        assert_eq!(
            explain(&error, Lang::En),
            "error: cannot read `a`: gone\nhelp: check the name"
        );
        // The system's kind is kept through the chain; its words are its own in English only.
        assert!(error.is_io(std::io::ErrorKind::NotFound));
        assert!(!error.is_io(std::io::ErrorKind::BrokenPipe));
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        let error =
            Message::new("cannot read `{path}`", vec![("path", "a".as_arg())]).because(missing);
        assert_eq!(
            explain(&error, Lang::Vi),
            "lỗi: cannot read `a`: không có tệp hoặc thư mục này"
        );
    }
}
