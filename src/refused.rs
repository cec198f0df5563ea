//! A command line that clap refused, told as `plan` tells its own errors: in the person's
//! language, with the help of the value parser that refused it. (`cli` keeps clap's types;
//! this is what is said when they do not fit.)

use std::path::PathBuf;

use crate::lang::Lang;
use crate::message;
use crate::msg;

/// clap's error for a command line it or a value parser of `plan` (a [`message::Error`])
/// refused, told in the language `lang` gives: the error and its help, clap's tip and usage,
/// the pointer to `--help`. `None` for what clap tells itself: its own refusals in English, and
/// the kinds of error not worded here.
pub fn explain_refused(error: &clap::Error, lang: impl FnOnce() -> Lang) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let refused = std::error::Error::source(error).and_then(|e| e.downcast_ref::<message::Error>());
    let lang = lang();
    if lang == Lang::En && refused.is_none() {
        return None;
    }
    let given = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(texts)) => texts.join(", "),
        _ => String::new(),
    };
    let (arg, value) = (
        given(ContextKind::InvalidArg),
        given(ContextKind::InvalidValue),
    );
    let said: crate::message::Error = match (error.kind(), refused) {
        (_, Some(refused)) => {
            let mut cause = message::Error::from(refused.message.clone());
            if let Some(help) = &refused.help {
                cause = cause.help(help.clone());
            }
            msg!("invalid value '{value}' for '{arg}'", value, arg).because(cause)
        }
        (ErrorKind::InvalidValue, None) if value.is_empty() => {
            msg!("a value is required for '{arg}' but none was supplied", arg).into()
        }
        (ErrorKind::InvalidValue, None) => {
            let valid = given(ContextKind::ValidValue);
            msg!(
                "invalid value '{value}' for '{arg}' (possible values: {valid})",
                value,
                arg,
                valid
            )
            .into()
        }
        (ErrorKind::UnknownArgument, None) => msg!("unexpected argument '{arg}' found", arg).into(),
        (ErrorKind::InvalidSubcommand, None) => {
            let command = given(ContextKind::InvalidSubcommand);
            msg!("unrecognized subcommand '{command}'", command).into()
        }
        (ErrorKind::MissingRequiredArgument, None) => msg!(
            "the following required arguments were not provided: {arg}",
            arg
        )
        .into(),
        _ => return None,
    };
    let mut text = message::explain(&said, lang);
    let similar = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(given)
    .find(|s| !s.is_empty());
    if let Some(similar) = similar {
        let tip = msg!("did you mean '{similar}'?", similar);
        text.push_str(&format!(
            "\n\n  {}: {}",
            message::Label::Help.word(lang),
            tip.text(lang)
        ));
    }
    // The usage line as clap renders it: command names and flags read the same in Vietnamese.
    let rendered = error.render().to_string();
    if let Some(usage) = rendered.lines().find_map(|l| l.strip_prefix("Usage: ")) {
        text.push_str(&format!("\n\n{}", msg!("Usage: {usage}", usage).text(lang)));
    }
    text.push_str(&format!(
        "\n\n{}",
        msg!("For more information, try '--help'.").text(lang)
    ));
    Some(text)
}

/// The language of a command line that clap refused, as `plan` would have told it: `--lang`
/// (or `$PLAN_LANG`), else `lang` in the `plan.toml` of the plan it would have read (from
/// `--plan-dir`, `$PLAN_DIR`, or found from `cwd`), else English.
pub fn language_of(args: &[std::ffi::OsString], cwd: &std::path::Path) -> Lang {
    // The value of `--NAME VALUE` or `--NAME=VALUE` before any `--`, else of `$VARIABLE`.
    // (Not clap's `ignore_errors`: it stops at the first mistake, so `plan list --formt json
    // --lang vi` would lose the language.)
    let value = |name: &str, variable: &str| -> Option<String> {
        let (long, joined) = (format!("--{name}"), format!("--{name}="));
        let mut words = args.iter().skip(1).take_while(|a| *a != "--");
        let mut found = None;
        while let Some(word) = words.next() {
            if *word == *long {
                found = words.next().and_then(|v| v.to_str()).map(str::to_string);
            } else if let Some(v) = word.to_str().and_then(|w| w.strip_prefix(&joined)) {
                found = Some(v.to_string());
            }
        }
        found.or_else(|| std::env::var(variable).ok())
    };
    let given = value("lang", "PLAN_LANG").and_then(|l| Lang::from_code(&l));
    given
        .or_else(|| {
            let explicit = value("plan-dir", "PLAN_DIR").map(PathBuf::from);
            let dir = crate::load::find_dir(explicit.as_deref(), cwd).ok()?;
            crate::load::plan_lang(&dir, cwd)
        })
        .unwrap_or_default()
}
