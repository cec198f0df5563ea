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
/// of a plan's problems, each with its file, line and caret. It travels inside a message
/// (`msg!("{problems}", problems = Arg::shown(…))`), so that [`chain`] needs to know no more
/// error types than `Error`, `Message` and the system's `io::Error`.
pub trait Said: fmt::Debug + Send + Sync {
    fn said(&self, lang: Lang) -> String;
}

/// A value that says itself ([`Said`]), shared.
#[derive(Debug, Clone)]
pub struct Shown(std::sync::Arc<dyn Said>);

/// Two values are the same if they say the same.
impl PartialEq for Shown {
    fn eq(&self, other: &Shown) -> bool {
        self.0.said(Lang::En) == other.0.said(Lang::En)
    }
}

impl Eq for Shown {}

impl Arg {
    /// A value that says itself.
    pub fn shown(value: impl Said + 'static) -> Arg {
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
                Some((_, Arg::Shown(Shown(value)))) => text.push_str(&value.said(lang)),
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

impl Error {
    /// What an error of any kind says, and the help it gives: one message, its causes said
    /// after it (`cannot read `I.toml`: permission denied`).
    pub fn parts(error: anyhow::Error) -> (Message, Option<Message>) {
        let error = match error.downcast::<Error>() {
            Ok(error) => error,
            Err(other) => return (msg!("{reason}", reason = format!("{other:#}")), None),
        };
        let message = match &error.cause {
            None => error.message,
            Some(cause) => msg!(
                "{message}: {reason}",
                message = Arg::Said(Box::new(error.message)),
                reason = format!("{cause:#}")
            ),
        };
        (message, error.help)
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
pub fn explain(error: &anyhow::Error, lang: Lang) -> String {
    let mut text = format!("{}: {}", Label::Error.word(lang), chain(error, lang));
    let helps = error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<Error>()?.help.as_ref());
    for help in helps {
        text.push_str(&format!(
            "\n{}: {}",
            Label::Help.word(lang),
            help.text(lang)
        ));
    }
    text
}

/// An error and what it came from, in `lang`, one after the other: `A: B`.
pub fn chain(error: &anyhow::Error, lang: Lang) -> String {
    let said: Vec<String> = error
        .chain()
        .map(|cause| {
            if let Some(error) = cause.downcast_ref::<Error>() {
                error.message.text(lang)
            } else if let Some(message) = cause.downcast_ref::<Message>() {
                message.text(lang)
            } else if let Some(io) = cause.downcast_ref::<std::io::Error>()
                && lang != Lang::En
                && let Some(said) = system_error(io.kind())
            {
                said.text(lang)
            } else {
                cause.to_string()
            }
        })
        .collect();
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
