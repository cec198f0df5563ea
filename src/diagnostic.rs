//! Problems found in plan files, shown as `FILE:LINE:COL: message`, the line with a caret under
//! the spot, and a `help:` line.

use std::fmt;
use std::ops::Range;

use crate::lang::Lang;
use crate::message::{Label, Message};
use crate::msg;

/// One problem at one place in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column (in characters).
    pub line: usize,
    pub column: usize,
    /// The offending line (a part of it, if it is very long), where in it the caret goes
    /// (1-based, in characters), and how many characters to underline.
    pub source_line: String,
    pub caret: usize,
    pub width: usize,
    pub message: Message,
    pub help: Option<Message>,
}

impl Diagnostic {
    /// A problem at byte range `span` of `text`, the contents of `file`.
    pub fn at(file: &str, text: &str, span: Range<usize>, message: Message) -> Diagnostic {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let source_line = text[line_start..line_end].trim_end_matches('\r');
        let column = text[line_start..start].chars().count() + 1;
        let end = floor_char_boundary(text, span.end.clamp(start, line_end));
        let width = text[start..end].chars().count().max(1);
        // A line of thousands of characters is shown around the spot only.
        let (source_line, caret, width) = if source_line.chars().count() > LONGEST_LINE {
            let skip = column.saturating_sub(LONGEST_LINE / 3);
            let part: String = source_line.chars().skip(skip).take(LONGEST_LINE).collect();
            let ellipsis = if skip > 0 { "…" } else { "" };
            (
                format!("{ellipsis}{part}…"),
                column - skip + ellipsis.chars().count(),
                width.min(LONGEST_LINE),
            )
        } else {
            (source_line.to_string(), column, width)
        };
        // Control characters would act on the terminal: show their pictures instead (␀ for NUL).
        let source_line = source_line
            .chars()
            .map(|c| match c {
                '\t' => c,
                c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('?'),
                '\u{7f}' => '␡',
                c => c,
            })
            .collect();
        Diagnostic {
            file: file.to_string(),
            line: text[..start].matches('\n').count() + 1,
            column,
            source_line,
            caret,
            width,
            message,
            help: None,
        }
    }

    pub fn help(mut self, help: Message) -> Diagnostic {
        self.help = Some(help);
        self
    }

    /// The problem in `lang`: `FILE:LINE:COL: message`, the line with a caret under the spot
    /// (unless there is nothing on it to show), and what to do.
    pub fn text(&self, lang: Lang) -> String {
        let mut text = format!(
            "{}:{}:{}: {}",
            self.file,
            self.line,
            self.column,
            self.message.text(lang)
        );
        if !self.source_line.is_empty() {
            let number = self.line.to_string();
            let gutter = " ".repeat(number.len());
            text.push_str(&format!(
                "\n{gutter} |\n{number} | {}\n{gutter} | {}{}",
                self.source_line,
                " ".repeat(self.caret - 1),
                "^".repeat(self.width)
            ));
        }
        if let Some(help) = &self.help {
            text.push_str(&format!(
                "\n{}: {}",
                Label::Help.word(lang),
                help.text(lang)
            ));
        }
        text
    }
}

/// How much of a line a diagnostic shows.
const LONGEST_LINE: usize = 120;

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// The problems that stop a plan from loading; shown all at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems {
    pub found: Vec<Diagnostic>,
}

impl crate::message::InWords for Problems {
    /// The problems in `lang`, after a line that counts them.
    fn in_words(&self, lang: Lang) -> String {
        let count = self.found.len();
        let mut text = if count == 1 {
            msg!("the plan has 1 problem").text(lang)
        } else {
            msg!("the plan has {count} problems", count).text(lang)
        };
        for diagnostic in &self.found {
            text.push_str("\n\n");
            text.push_str(&diagnostic.text(lang));
        }
        text
    }
}

impl crate::message::Said for Problems {
    fn said(&self) -> crate::message::Message {
        msg!(
            "{problems}",
            problems = crate::message::Arg::shown(self.clone())
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_the_span_in_characters() {
        let text = "id = \"I\"\nlead = [\"Văn phng\"]\n";
        let start = text.find("\"Văn").unwrap();
        let end = start + "\"Văn phng\"".len();
        let d = Diagnostic::at(
            "plan/I.toml",
            text,
            start..end,
            msg!("unknown unit `{name}`", name = "Văn phng"),
        )
        .help(msg!("did you mean `{unit}`?", unit = "Văn phòng"));
        assert_eq!(
            d.to_string(),
            "plan/I.toml:2:9: unknown unit `Văn phng`\n  |\n2 | lead = [\"Văn phng\"]\n  |         ^^^^^^^^^^\nhelp: did you mean `Văn phòng`?"
        );
    }

    #[test]
    fn crlf_is_not_shown() {
        let text = "a = 1\r\nb = x\r\n";
        let d = Diagnostic::at("f", text, 11..12, msg!("the plan has 1 problem"));
        assert_eq!((d.line, d.column), (2, 5));
        assert_eq!(d.source_line, "b = x");
    }

    #[test]
    fn a_very_long_line_is_shown_around_the_spot() {
        let text = format!("x = {}oops{}", "[".repeat(500), "]".repeat(500));
        let d = Diagnostic::at("f", &text, 504..508, msg!("the plan has 1 problem"));
        assert_eq!((d.line, d.column), (1, 505));
        // 40 characters before the spot: the 39 brackets before it and the spot itself.
        assert_eq!(
            d.source_line,
            format!("…{}oops{}…", "[".repeat(39), "]".repeat(77))
        );
        assert_eq!((d.caret, d.width), (41, 4));
    }

    #[test]
    fn span_past_the_end_is_clamped() {
        let d = Diagnostic::at("f", "abc", 10..20, msg!("the plan has 1 problem"));
        assert_eq!((d.line, d.column, d.width), (1, 4, 1));
    }
}
