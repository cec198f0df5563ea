use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use plan::cli::ColorChoice;
use plan::{Cli, Env, Outcome, Terminal};

fn main() -> ExitCode {
    // `COMPLETE=bash plan` prints the shell's completion code; the shell then asks for values
    // (units, task ids …) through it. Otherwise this returns at once.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command)
        .shells(plan::complete::SHELLS)
        .complete();
    let mut cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // A value that is wrong (an impossible date, a status that does not exist) is an
            // error like any other; a malformed command line is a usage error.
            let given = |e: &clap::Error| matches!(e.get(ContextKind::InvalidValue), Some(ContextValue::String(v)) if !v.is_empty());
            let code = match e.kind() {
                ErrorKind::ValueValidation => 1,
                ErrorKind::InvalidValue if given(&e) => 1,
                _ => e.exit_code(),
            };
            // A value `plan` refused is told in the person's language, as other errors are.
            let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
            let lang = || {
                let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
                plan::refused::language_of(&args, &cwd)
            };
            match plan::refused::explain_refused(&e, lang) {
                Some(text) => {
                    let _ = writeln!(io::stderr(), "{text}");
                }
                None => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
        }
    };
    // `$PLAN_LANG` read as a locale is (`vi_VN.UTF-8`, `EN`); empty is unset.
    if cli.lang.is_none()
        && let Ok(value) = std::env::var("PLAN_LANG")
        && !value.trim().is_empty()
    {
        match plan::lang::Lang::from_code(&value) {
            Some(lang) => cli.lang = Some(lang),
            None => {
                let refused = plan::msg!(
                    "`$PLAN_LANG` is `{value}`, which is no language `plan` speaks",
                    value
                )
                .help(plan::msg!("set it to `vi` or `en`, or unset it"));
                let _ = writeln!(
                    io::stderr(),
                    "{}",
                    plan::message::explain(&refused, plan::lang::Lang::En)
                );
                return ExitCode::FAILURE;
            }
        }
    }
    let stdout = io::stdout();
    let on_terminal = stdout.is_terminal();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && on_terminal
        }
    };
    // The table library would also obey `NO_COLOR` on its own, leaving stray reset codes:
    // what was decided here wins.
    crossterm::style::force_color_output(color);
    // Off a terminal, tables are wrapped only when `COLUMNS` asks for it.
    let width = if on_terminal {
        terminal_size::terminal_size().map(|(width, _)| width.0)
    } else {
        std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
    };
    let env = Env {
        today: chrono::Local::now().date_naive(),
        cwd: std::env::current_dir().unwrap_or_else(|_| ".".into()),
        terminal: Terminal {
            color,
            width,
            progress: io::stderr().is_terminal(),
        },
        lock_wait: std::env::var("PLAN_LOCK_WAIT")
            .ok()
            .and_then(|s| std::time::Duration::try_from_secs_f64(s.trim().parse().ok()?).ok())
            .unwrap_or(std::time::Duration::from_secs(10)),
        // The process ends after one command: the system takes the plan's memory back faster
        // than freeing it task by task.
        exits_after: true,
    };
    let mut out = io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut err = io::stderr().lock();
    match plan::run(cli, &env, &mut out, &mut err) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Failure) => ExitCode::FAILURE,
        // `plan list | head`: the reader left, which is not an error.
        Err(failure) if failure.error.is_io(io::ErrorKind::BrokenPipe) => ExitCode::SUCCESS,
        Err(failure) => {
            let _ = writeln!(err, "{}", failure.explain());
            ExitCode::FAILURE
        }
    }
}
