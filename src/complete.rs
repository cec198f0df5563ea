//! Completing values on the command line from the plan itself: units, sections, task ids and
//! periods, for shells set up with `source <(COMPLETE=bash plan)` (or zsh, fish …).
//!
//! A completer runs in the shell's working directory while the user types; it finds the plan
//! as every command does (`$PLAN_DIR`, else `./plan` or the nearest ancestor's), and offers
//! nothing if there is none or it does not load.

use clap_complete::engine::CompletionCandidate;

use crate::load;
use crate::model::Plan;

/// The plan the command being typed would read, if it loads.
fn plan() -> Option<Plan> {
    let cwd = std::env::current_dir().ok()?;
    let explicit = std::env::var_os("PLAN_DIR").filter(|d| !d.is_empty());
    let dir = load::find_dir(explicit.as_ref().map(std::path::Path::new), &cwd).ok()?;
    load::load(&dir, &cwd, false).ok().map(|loaded| loaded.plan)
}

fn candidates(names: impl IntoIterator<Item = String>) -> Vec<CompletionCandidate> {
    names.into_iter().map(CompletionCandidate::new).collect()
}

/// Every unit's name and alias.
pub fn units() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    candidates(
        plan.units
            .iter()
            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
            .cloned(),
    )
}

/// Every section's id.
pub fn sections() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    candidates(plan.sections.iter().map(|s| s.id.clone()))
}

/// Every task's id.
pub fn tasks() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    candidates(plan.tasks.iter().map(|t| t.id.clone()))
}

/// Every indicator's id.
pub fn indicators() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    candidates(plan.indicators.iter().map(|i| i.id.clone()))
}

/// The occurrences of every periodic task.
pub fn periods() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else {
        return Vec::new();
    };
    let mut names: Vec<String> = plan
        .tasks
        .iter()
        .flat_map(|t| t.occurrences(plan.years()))
        .map(|p| p.to_string())
        .collect();
    names.sort();
    names.dedup();
    candidates(names)
}

/// The shells `plan` completes for: clap's own, except that bash and PowerShell insert a
/// completed value into the command line as it is, where a unit named `Zz$(touch x)` (which an
/// imported annex can plant) would run when the line is entered, and `Trung tâm KH&CN` would be
/// three words and an `&`: for those two, each value is quoted here. zsh, fish and elvish quote
/// what they insert themselves.
pub const SHELLS: clap_complete::env::Shells<'static> = clap_complete::env::Shells(&[
    &Quoting(Shell::Bash),
    &clap_complete::env::Elvish,
    &clap_complete::env::Fish,
    &Quoting(Shell::PowerShell),
    &clap_complete::env::Zsh,
]);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shell {
    Bash,
    PowerShell,
}

/// A shell whose completions `plan` quotes itself.
struct Quoting(Shell);

impl Quoting {
    fn inner(&self) -> &'static dyn clap_complete::env::EnvCompleter {
        match self.0 {
            Shell::Bash => &clap_complete::env::Bash,
            Shell::PowerShell => &clap_complete::env::Powershell,
        }
    }
}

impl clap_complete::env::EnvCompleter for Quoting {
    fn name(&self) -> &'static str {
        self.inner().name()
    }

    fn is(&self, name: &str) -> bool {
        self.inner().is(name)
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        self.inner()
            .write_registration(var, name, bin, completer, buf)
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        mut args: Vec<std::ffi::OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let (index, separator) = match self.0 {
            Shell::Bash => (
                std::env::var("_CLAP_COMPLETE_INDEX")
                    .ok()
                    .and_then(|i| i.parse().ok())
                    .unwrap_or_default(),
                std::env::var("_CLAP_IFS").unwrap_or_else(|_| "\n".into()),
            ),
            Shell::PowerShell => (args.len().saturating_sub(1), "\n".into()),
        };
        // bash hands over the word being typed as typed when it is not in quotes
        // (`Trung\ t`): the engine compares values with what it means.
        let mut quoted = false;
        if self.0 == Shell::Bash
            && let Some(word) = args.get_mut(index)
        {
            let typed = word.to_string_lossy().into_owned();
            let (meant, in_quotes) = bash_unescape(&typed);
            quoted = in_quotes;
            *word = meant.into();
        }
        let candidates = clap_complete::engine::complete(cmd, args, index, current_dir)?;
        let mut first = true;
        for candidate in candidates {
            let value = candidate.get_value().to_string_lossy();
            let shown = match self.0 {
                Shell::Bash => bash_quote(&value, quoted),
                Shell::PowerShell => Some(powershell_quote(&value)),
            };
            let Some(shown) = shown else { continue };
            if !first {
                buf.write_all(separator.as_bytes())?;
            }
            first = false;
            buf.write_all(shown.as_bytes())?;
        }
        if self.0 == Shell::PowerShell && !first {
            writeln!(buf)?;
        }
        Ok(())
    }
}

/// The characters bash takes as they are in a word; every other ASCII character gets a `\`.
fn bash_plain(c: char) -> bool {
    !c.is_ascii() || c.is_ascii_alphanumeric() || "_./,:+=@%^-".contains(c)
}

/// What a word typed in bash means, and whether it must be inside quotes (it holds a character
/// that would end or change it outside them, with no `\` before it).
fn bash_unescape(typed: &str) -> (String, bool) {
    let mut meant = String::with_capacity(typed.len());
    let mut in_quotes = false;
    let mut chars = typed.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => meant.extend(chars.next()),
            c => {
                in_quotes |= !bash_plain(c);
                meant.push(c);
            }
        }
    }
    (meant, in_quotes)
}

/// `value` as bash should insert it: each special character escaped with `\`; inside quotes
/// (which bash has already opened, and closes), only a value that means the same in single and
/// double quotes. A value with a control character is never offered.
fn bash_quote(value: &str, in_quotes: bool) -> Option<String> {
    if value.chars().any(char::is_control) {
        return None;
    }
    if in_quotes {
        let changes_inside = |c: char| "$`\"\\'!".contains(c);
        return (!value.contains(changes_inside)).then(|| value.to_string());
    }
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        if !bash_plain(c) {
            out.push('\\');
        }
        out.push(c);
    }
    Some(out)
}

/// `value` as PowerShell should insert it: in single quotes, where nothing is expanded, with a
/// quote doubled (PowerShell takes the typographic single quotes for `'` too).
fn powershell_quote(value: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "_./-".contains(c);
    if !value.is_empty() && value.chars().all(plain) && !value.starts_with('-') {
        return value.to_string();
    }
    let mut out = String::from("'");
    for c in value.chars() {
        match c {
            '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => {
                out.push(c);
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bash_values_are_one_word_that_runs_nothing() {
        assert_eq!(
            bash_quote("Trung tâm KH&CN", false).as_deref(),
            Some("Trung\\ tâm\\ KH\\&CN")
        );
        assert_eq!(
            bash_quote("Zz$(touch x)", false).as_deref(),
            Some("Zz\\$\\(touch\\ x\\)")
        );
        assert_eq!(bash_quote("I.2.a", false).as_deref(), Some("I.2.a"));
        assert_eq!(bash_quote("a\nb", false), None);
        // Inside quotes: as it is, or not at all.
        assert_eq!(
            bash_quote("Trung tâm KH&CN", true).as_deref(),
            Some("Trung tâm KH&CN")
        );
        assert_eq!(bash_quote("Zz$(touch x)", true), None);
        assert_eq!(bash_quote("it's", true), None);
    }

    #[test]
    fn bash_words_are_read_as_meant() {
        assert_eq!(bash_unescape("Trung\\ t"), ("Trung t".into(), false));
        assert_eq!(bash_unescape("Trung t"), ("Trung t".into(), true));
        assert_eq!(bash_unescape("Văn"), ("Văn".into(), false));
    }

    #[test]
    fn powershell_values_are_single_quoted() {
        assert_eq!(powershell_quote("Văn phòng"), "'Văn phòng'");
        assert_eq!(powershell_quote("Zz$(touch x)"), "'Zz$(touch x)'");
        assert_eq!(powershell_quote("it's"), "'it''s'");
        assert_eq!(powershell_quote("it\u{2019}s"), "'it\u{2019}\u{2019}s'");
        assert_eq!(powershell_quote("I.2.a"), "I.2.a");
    }
}
