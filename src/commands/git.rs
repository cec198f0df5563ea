//! `plan git-setup` and `plan merge-driver`: git merges section files by keeping both sides'
//! progress entries (see [`crate::merge`]).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::bail;
use crate::message::Result;

use super::{Env, Outcome};
use crate::cli::MergeDriverArgs;
use crate::files;
use crate::lang::Lang;
use crate::load::PLAN_FILE;
use crate::merge;
use crate::message::Said as _;
use crate::message::{self, Label, OrSay};
use crate::msg;

/// The merge driver's name in `.gitattributes` and git's configuration.
const DRIVER: &str = "plan";

/// What git runs (through `sh`): this very binary by its full path, given base, ours (where the
/// result goes), theirs and the file's path, so that a client that does not have `plan` on its
/// PATH (a GUI client, an editor) still merges; `plan` on the PATH if that binary has moved; and
/// if neither runs, a message and a failure, which leaves the file unmerged for git (never a
/// silent "ours").
fn driver_command() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| p.to_str().map(str::to_string))
        .unwrap_or_else(|| "plan".to_string());
    let exe = format!("'{}'", exe.replace('\'', "'\\''"));
    format!(
        "p={exe}; [ -x \"$p\" ] || p=plan; \"$p\" merge-driver %O %A %B %P; s=$?; \
         [ $s -lt 126 ] || echo 'plan merge-driver could not run:' %P 'was NOT merged; run plan git-setup, then merge again' >&2; \
         exit $s"
    )
}

/// `plan git-setup`: registers the merge driver for the plan directory `dir`.
pub fn setup(dir: &Path, env: &Env, lang: Lang, out: &mut dyn Write) -> Result<Outcome> {
    let absolute = env.cwd.join(dir);
    let Some(root) = work_tree(&absolute) else {
        bail!(
            msg!("`{dir}` is not in a git work tree", dir = dir.display()).help(msg!(
                "run `git init` in the repository first, or pass the plan's directory with `--plan-dir`"
            ))
        );
    };
    let setup = register(&root, &absolute)?;
    let (first, second) = (&setup.lines[0], &setup.lines[1]);
    let said = match setup.added.as_slice() {
        [] => msg!(
            "`.gitattributes` already has `{first}` and `{second}`",
            first,
            second
        ),
        [one] => msg!("added `{one}` to `.gitattributes` (commit it)", one),
        _ => msg!(
            "added `{first}` and `{second}` to `.gitattributes` (commit it)",
            first,
            second
        ),
    };
    writeln!(out, "{}", said.text(lang))?;
    let driver = msg!(
        "set git's merge driver `{driver}` to run this `plan` by its full path (`git config merge.{driver}.driver` shows it)",
        driver = DRIVER
    );
    writeln!(out, "{}", driver.text(lang))?;
    Ok(Outcome::Success)
}

/// For `plan init`: registers the merge driver for the new plan directory `dir` if it is in a
/// git work tree, and says so in one line; outside git (or without git) does nothing.
pub fn setup_if_in_git(
    dir: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let Some(root) = work_tree(dir) else {
        return Ok(());
    };
    match register(&root, dir) {
        Ok(setup) => writeln!(
            out,
            "{}",
            msg!(
                "set up git to merge `{pattern}` keeping both sides' progress entries, as `plan git-setup` does",
                pattern = setup.pattern
            )
            .text(lang)
        )?,
        Err(e) => writeln!(
            err,
            "{}: {}\n{}: {}",
            Label::Warning.word(lang),
            msg!(
                "git will not merge progress entries by itself: {why}",
                why = message::chain(&e, lang)
            )
            .text(lang),
            Label::Help.word(lang),
            msg!("run `plan git-setup`").text(lang)
        )?,
    }
    Ok(())
}

/// What [`register`] did.
struct Setup {
    /// The section files' pattern in `.gitattributes`, such as `plan/*.toml`.
    pattern: String,
    /// The lines it needs in `.gitattributes`.
    lines: [String; 2],
    /// Those it added.
    added: Vec<String>,
}

/// Adds the lines that give the plan directory `dir`'s files to the driver to the
/// `.gitattributes` of the work tree at `root` (where missing), and defines the driver in
/// git's configuration.
fn register(root: &Path, dir: &Path) -> Result<Setup> {
    let root_real = root
        .canonicalize()
        .or_say(|| msg!("cannot find `{path}`", path = root.display()))?;
    let dir_real = dir
        .canonicalize()
        .or_say(|| msg!("cannot find `{path}`", path = dir.display()))?;
    let relative = dir_real.strip_prefix(&root_real).map_err(|_| {
        msg!(
            "`{dir}` is not inside the work tree `{root}`",
            dir = dir.display(),
            root = root.display()
        )
    })?;
    let relative = relative
        .to_str()
        .or_say(|| msg!("`{dir}` is not a UTF-8 path", dir = dir.display()))?;
    let folder = match relative {
        "" => String::new(),
        _ => format!("{}/", escape(relative)),
    };
    // A pattern with a slash is relative to `.gitattributes`; `/` alone anchors one at the root.
    let anchor = if folder.is_empty() { "/" } else { "" };
    let pattern = format!("{anchor}{folder}*.toml");
    // `plan.toml` is no section: git's own text merge does better on it.
    let lines = [
        quote(&pattern, &format!("merge={DRIVER}")),
        quote(&format!("{anchor}{folder}{PLAN_FILE}"), "merge=text"),
    ];

    let path = root.join(".gitattributes");
    let exists = fs::symlink_metadata(&path).is_ok();
    let old = match exists {
        true => String::from_utf8(files::read(&path, ".gitattributes")?).map_err(|_| {
            msg!(
                "`.gitattributes` is not UTF-8; add `{line}` to it",
                line = lines[0]
            )
        })?,
        false => String::new(),
    };
    let newline = if old.contains("\r\n") { "\r\n" } else { "\n" };
    let mut new = old.clone();
    let mut added = Vec::new();
    for line in &lines {
        if !old.lines().any(|l| l.trim() == line) {
            if !new.is_empty() && !new.ends_with('\n') {
                new.push_str(newline);
            }
            new.push_str(line);
            new.push_str(newline);
            added.push(line.clone());
        }
    }
    if !added.is_empty() {
        match exists {
            true => files::replace(&path, ".gitattributes", old.as_bytes(), new.as_bytes())?,
            false => files::create(&path, new.as_bytes())
                .or_say(|| msg!("cannot write `{display}`", display = ".gitattributes"))?,
        }
    }
    git(
        root,
        &[
            "config",
            &format!("merge.{DRIVER}.name"),
            "plan: keep both sides' progress entries",
        ],
    )?;
    git(
        root,
        &[
            "config",
            &format!("merge.{DRIVER}.driver"),
            &driver_command(),
        ],
    )?;
    Ok(Setup {
        pattern,
        lines,
        added,
    })
}

/// A path as a `.gitattributes` pattern matches it literally: `*`, `?`, `[` and `\` escaped.
fn escape(path: &str) -> String {
    let mut escaped = String::with_capacity(path.len());
    for c in path.chars() {
        if matches!(c, '*' | '?' | '[' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// A `.gitattributes` line: the pattern, quoted C-style if it has spaces or quotes.
fn quote(pattern: &str, attribute: &str) -> String {
    if pattern.contains([' ', '\t', '"']) {
        let quoted = pattern.replace('\\', "\\\\").replace('"', "\\\"");
        format!("\"{quoted}\" {attribute}")
    } else {
        format!("{pattern} {attribute}")
    }
}

/// The top of the git work tree that holds `dir`, if it is in one (and git can be run).
fn work_tree(dir: &Path) -> Option<PathBuf> {
    let output = Command::new("git")
        .current_dir(dir)
        .args(["rev-parse", "--show-toplevel"])
        .output()
        .ok()?;
    let top = String::from_utf8(output.stdout).ok()?;
    let top = top.trim_end_matches(['\n', '\r']);
    (output.status.success() && !top.is_empty()).then(|| PathBuf::from(top))
}

/// Runs `git ARGS` in `dir`; its error output becomes the error.
pub(super) fn git(dir: &Path, args: &[&str]) -> Result<()> {
    let output = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .or_say(|| msg!("cannot run `{program}`", program = "git"))?;
    if !output.status.success() {
        bail!(msg!(
            "`git {args}` failed: {git_says}",
            args = args.join(" "),
            git_says = String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(())
}

/// `plan merge-driver BASE OURS THEIRS [PATH]`: merges a section file's three versions into
/// OURS; where the rule cannot, leaves git's conflict markers there and fails.
pub fn merge_driver(
    args: &MergeDriverArgs,
    env: &Env,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let name = args
        .path
        .as_deref()
        .unwrap_or(&args.ours)
        .display()
        .to_string();
    let is_section = args
        .path
        .as_deref()
        .and_then(Path::file_name)
        .is_none_or(|file| file != PLAN_FILE);
    let why = if is_section {
        let read = |path: &Path| files::read(&env.cwd.join(path), &path.display().to_string());
        let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
        let before = ours.clone();
        // TOML is UTF-8: a version that is not is not TOML either.
        let text = |bytes: Vec<u8>, side| {
            String::from_utf8(bytes).map_err(|_| merge::Conflict::NotToml(side))
        };
        let merged = text(base, merge::Side::Base).and_then(|base| {
            let ours = text(ours, merge::Side::Ours)?;
            let theirs = text(theirs, merge::Side::Theirs)?;
            merge::merge(&base, &ours, &theirs)
        });
        match merged {
            Ok(text) => {
                let path = env.cwd.join(&args.ours);
                files::replace(&path, &name, &before, text.as_bytes())
                    .or_say(|| msg!("cannot write the merge of `{name}`", name))?;
                return Ok(Outcome::Success);
            }
            Err(why) => Some(why),
        }
    } else {
        None
    };

    // As git would merge it without the driver.
    let output = Command::new("git")
        .current_dir(&env.cwd)
        .args([
            "merge-file",
            "-L",
            "ours",
            "-L",
            "base",
            "-L",
            "theirs",
            "--",
        ])
        .args([&args.ours, &args.base, &args.theirs])
        .output()
        .or_say(|| msg!("cannot run `{program}`", program = "git merge-file"))?;
    err.write_all(&output.stderr)?;
    match output.status.code() {
        // Merged line by line where the rule found a conflict (two statuses on one day, one
        // entry corrected twice): git must still stop and show it.
        Some(0) if why.is_none() => Ok(Outcome::Success),
        Some(0..=127) => {
            if let Some(why) = why {
                writeln!(
                    err,
                    "{}\n{}: {}",
                    match output.status.code() {
                        Some(0) => msg!(
                            "`{name}`: {why}; git merged the lines, but the file is left unmerged for you to decide",
                            name,
                            why = why.said()
                        ),
                        _ => msg!(
                            "`{name}`: {why}; git's conflict markers are in the file",
                            name,
                            why = why.said()
                        ),
                    }
                    .text(lang),
                    Label::Help.word(lang),
                    msg!(
                        "keep every progress entry of both sides, each as its own `[[task.progress]]` table; remove the marker lines, then run `plan check`"
                    )
                    .text(lang)
                )?;
            }
            Ok(Outcome::Failure)
        }
        _ => bail!(msg!("`git merge-file` could not merge `{name}`", name)),
    }
}
