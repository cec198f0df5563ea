//! A province of plans: a workspace file names each department's plan (a git clone), `plan
//! workspace sync` brings every clone up to date by fast-forward only, and `report` and
//! `overdue` over the workspace give Sở Nội vụ one picture. Git is the engine: a member's
//! repository is only ever cloned or fast-forwarded, never written by the province.

mod consolidated;
mod last_commit;

pub use consolidated::report;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Env, Outcome};
use crate::bail;
use crate::cli::{Format, ListArgs, OverdueArgs, SummaryArgs, WorkspaceCommand};
use crate::lang::Lang;
use crate::load;
use crate::message::{Arg, Message, OrSay, Result};
use crate::model::Plan;
use crate::msg;
use crate::parallel::in_parallel;

/// The workspace file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    title: String,
    #[serde(default)]
    plan: Vec<Member>,
}

/// One member: a department's plan, in a clone beside the workspace file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Member {
    name: String,
    path: String,
    #[serde(default)]
    remote: Option<String>,
    #[serde(default)]
    dir: Option<String>,
}

/// A workspace read: its title, and each member with the folder of its clone.
pub(super) struct Workspace {
    title: String,
    members: Vec<(Member, PathBuf)>,
}

/// What makes a workspace usable: each member named, once, with a clone of its own in a folder
/// beside the file, and its plan directory inside that clone. Checked when the file is read and
/// before `workspace add` writes it.
fn check_members(parsed: &File, shown: &str) -> Result<()> {
    let mut names: Vec<&str> = Vec::new();
    let mut folders: Vec<PathBuf> = Vec::new();
    for member in &parsed.plan {
        let name = member.name.trim();
        if name.is_empty() || name.contains(char::is_control) {
            bail!(
                msg!(
                    "a member of `{shown}` has no name that can be printed: `{name}`",
                    shown,
                    name = crate::text::one_line(&member.name, crate::text::SHOWN_BREAK)
                )
                .help(msg!("name each member as its report names it, on one line"))
            );
        }
        if names.contains(&name) {
            bail!(
                msg!("`{name}` is named twice in `{shown}`", name, shown)
                    .help(msg!("give each member its own name"))
            );
        }
        let folder: PathBuf = Path::new(member.path.trim())
            .components()
            .filter(|c| matches!(c, std::path::Component::Normal(_)))
            .collect();
        if !crate::load::inside_repository(&member.path) || folder.as_os_str().is_empty() {
            bail!(
                msg!(
                    "the path of `{name}` is not a folder beside the workspace: `{path}`",
                    name,
                    path = member.path
                )
                .help(msg!(
                    "a member's clone is a folder beside the workspace file, such as `so-khcn`"
                ))
            );
        }
        if folders.contains(&folder) {
            bail!(
                msg!(
                    "two members of `{shown}` have the clone `{path}`",
                    shown,
                    path = member.path
                )
                .help(msg!("give each member a folder of its own"))
            );
        }
        if let Some(dir) = &member.dir
            && !crate::load::inside_repository(dir)
        {
            bail!(
                msg!(
                    "the plan directory of `{name}` leads outside its clone: `{dir}`",
                    name,
                    dir
                )
                .help(msg!("`dir` is a folder inside the clone, such as `plan`"))
            );
        }
        names.push(name);
        folders.push(folder);
    }
    Ok(())
}

impl Workspace {
    /// The members' clones: no output of the province is written inside one.
    pub(super) fn clones(&self) -> Vec<&Path> {
        self.members
            .iter()
            .map(|(_, clone)| clone.as_path())
            .collect()
    }
}

fn read(file: &Path, env: &Env) -> Result<Workspace> {
    let path = env.cwd.join(file);
    let shown = file.display().to_string();
    let bytes = crate::files::read(&path, &shown)?;
    let text = String::from_utf8(bytes).or_say(|| msg!("`{shown}` is not UTF-8", shown))?;
    let parsed: File = toml::from_str(&text).map_err(|e| {
        msg!("`{shown}` is not a workspace file: {reason}", shown, reason = e.message().to_string())
            .help(msg!("a workspace names its plans: `title = \"…\"`, then `[[plan]]` with `name` and `path` (and `remote`, `dir`)"))
    })?;
    check_members(&parsed, &shown)?;
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let members = parsed
        .plan
        .iter()
        .map(|m| (m.clone(), base.join(&m.path)))
        .collect();
    Ok(Workspace {
        title: parsed.title,
        members,
    })
}

pub fn run(
    file: &Path,
    command: &WorkspaceCommand,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    match command {
        WorkspaceCommand::Sync => sync(file, env, lang, out, err),
        WorkspaceCommand::Add {
            name,
            remote,
            path,
            dir,
        } => add(
            file,
            env,
            lang,
            out,
            name,
            remote,
            path.as_deref(),
            dir.as_deref(),
        ),
    }
}

/// Runs git in `dir`; its output, or why not.
fn git(dir: &Path, args: &[&str]) -> std::result::Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| e.to_string())?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&output.stderr)
            .trim()
            .lines()
            .last()
            .unwrap_or("")
            .to_string())
    }
}

/// What a sync did to one member, and whether that is a failure.
fn sync_one(member: &Member, clone: &Path, env: &Env) -> (Message, bool) {
    if !clone.exists() {
        let Some(remote) = &member.remote else {
            return (
                msg!(
                    "no clone at `{path}`, and no remote to clone it from",
                    path = member.path
                ),
                true,
            );
        };
        let parent = clone.parent().unwrap_or(Path::new("."));
        let _ = std::fs::create_dir_all(parent);
        let target = clone.to_string_lossy().into_owned();
        return match git(parent, &["clone", "--quiet", "--", remote, &target]) {
            Ok(_) => match check(member, clone, env) {
                Some(problem) => (problem, true),
                None => (msg!("cloned"), false),
            },
            Err(reason) => (msg!("unreachable: {reason}", reason), true),
        };
    }
    if let Err(reason) = git(clone, &["fetch", "--quiet"]) {
        return (msg!("unreachable: {reason}", reason), true);
    }
    let Ok(head) = git(clone, &["rev-parse", "HEAD"]) else {
        return (msg!("not a git clone with commits"), true);
    };
    let Ok(upstream) = git(clone, &["rev-parse", "@{u}"]) else {
        return (msg!("its branch follows no remote branch"), true);
    };
    let said = if head == upstream {
        msg!("already up to date")
    } else if git(clone, &["merge-base", "--is-ancestor", "HEAD", "@{u}"]).is_ok() {
        let count = git(clone, &["rev-list", "--count", "HEAD..@{u}"]).unwrap_or_default();
        if let Err(reason) = git(clone, &["merge", "--ff-only", "--quiet", "@{u}"]) {
            return (msg!("could not fast-forward: {reason}", reason), true);
        }
        msg!("{count} new commits", count)
    } else if git(clone, &["merge-base", "--is-ancestor", "@{u}", "HEAD"]).is_ok() {
        msg!("ahead of its remote (commits made here): left as it is")
    } else {
        return (
            msg!("diverged from its remote: left as it is, to be settled by the department"),
            true,
        );
    };
    match check(member, clone, env) {
        Some(problem) => (problem, true),
        None => (said, false),
    }
}

/// Why the member's plan does not load, if it does not.
fn check(member: &Member, clone: &Path, env: &Env) -> Option<Message> {
    let dir = clone.join(member.dir.as_deref().unwrap_or("plan"));
    load::load(&dir, &env.cwd, false).err().map(|e| {
        msg!(
            "not a plan that loads: {reason}",
            reason = e.message.text(Lang::En)
        )
    })
}

fn sync(
    file: &Path,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let workspace = read(file, env)?;
    // Members take their own time: on a terminal, a line per member as it is done; the list in
    // the workspace's order follows on the output.
    let (done, said) = std::sync::mpsc::channel::<String>();
    let results = std::thread::scope(|scope| {
        let members = workspace.members.clone();
        // The sender goes with the work: when it is done, the lines end.
        let syncing = scope.spawn(move || {
            in_parallel(members, true, |(member, clone)| {
                let result = sync_one(&member, &clone, env);
                if env.terminal.progress {
                    let _ = done.send(format!("… {}: {}", member.name, result.0.text(lang)));
                }
                result
            })
        });
        for line in said {
            let _ = writeln!(err, "{line}");
        }
        syncing.join().unwrap_or_default()
    });
    let mut failed = 0;
    for ((member, _), result) in workspace.members.iter().zip(results) {
        let (said, failure) = result.unwrap_or((msg!("could not be synced"), true));
        failed += usize::from(failure);
        writeln!(out, "{}: {}", member.name, said.text(lang))?;
    }
    if failed > 0 {
        return Ok(Outcome::Failure);
    }
    Ok(Outcome::Success)
}

#[allow(clippy::too_many_arguments)]
fn add(
    file: &Path,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
    name: &str,
    remote: &str,
    path: Option<&str>,
    dir: Option<&str>,
) -> Result<Outcome> {
    let workspace = read(file, env)?;
    let name = name.trim();
    if workspace.members.iter().any(|(m, _)| m.name == name) {
        bail!(
            msg!("`{name}` is already a member", name)
                .help(msg!("give the new member another name"))
        );
    }
    let path = path.map(str::to_string).unwrap_or_else(|| {
        let folded = crate::text::fold(name);
        let slug: String = folded
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        slug.split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-")
    });
    let absolute = env.cwd.join(file);
    let shown = file.display().to_string();
    let before = crate::files::read(&absolute, &shown)?;
    let text =
        String::from_utf8(before.clone()).or_say(|| msg!("`{shown}` is not UTF-8", shown))?;
    let mut document: toml_edit::DocumentMut = text.parse()?;
    let mut table = toml_edit::Table::new();
    table.insert("name", toml_edit::value(name));
    table.insert("path", toml_edit::value(path.as_str()));
    table.insert("remote", toml_edit::value(remote));
    if let Some(dir) = dir {
        table.insert("dir", toml_edit::value(dir));
    }
    match document
        .get_mut("plan")
        .and_then(toml_edit::Item::as_array_of_tables_mut)
    {
        Some(plans) => plans.push(table),
        None => {
            let mut plans = toml_edit::ArrayOfTables::new();
            plans.push(table);
            document.insert("plan", toml_edit::Item::ArrayOfTables(plans));
        }
    }
    let text = document.to_string();
    // The file as it would be must still read as a workspace, with the member added.
    let parsed: File = toml::from_str(&text)?;
    check_members(&parsed, &shown)?;
    if parsed.plan.len() != workspace.members.len() + 1 {
        bail!(msg!(
            "the edit of `{shown}` would change more than one member, so nothing was written",
            shown
        ));
    }
    crate::files::replace(&absolute, &shown, &before, text.as_bytes())?;
    writeln!(
        out,
        "{}",
        msg!(
            "`{name}` added to {shown}; `plan workspace sync` clones it",
            name,
            shown
        )
        .text(lang)
    )?;
    Ok(Outcome::Success)
}

/// A member as read for a report: its plan, or why it could not be read.
pub(super) struct Read {
    pub(super) member: Member,
    pub(super) plan: std::result::Result<Plan, Message>,
    pub(super) last_commit: Option<NaiveDate>,
}

pub(super) fn read_members(
    file: &Path,
    env: &Env,
    only: &[String],
) -> Result<(Workspace, Vec<Read>)> {
    let workspace = read(file, env)?;
    for name in only {
        if !workspace.members.iter().any(|(m, _)| m.name == *name) {
            let names: Vec<&str> = workspace
                .members
                .iter()
                .map(|(m, _)| m.name.as_str())
                .collect();
            bail!(
                msg!("no member `{name}` in the workspace", name = name.clone()).help(msg!(
                    "the members: {names}",
                    names = crate::text::quoted_list(&names)
                ))
            );
        }
    }
    let chosen: Vec<(Member, PathBuf)> = workspace
        .members
        .iter()
        .filter(|(m, _)| only.is_empty() || only.contains(&m.name))
        .cloned()
        .collect();
    let read = in_parallel(chosen, true, |(member, clone)| {
        let dir = clone.join(member.dir.as_deref().unwrap_or("plan"));
        let plan = load::load(&dir, &env.cwd, false)
            .map(|l| l.plan)
            .map_err(|e| {
                let mut said = e.message;
                if let Some(help) = e.help {
                    said = msg!(
                        "{problem} ({help})",
                        problem = Arg::Said(Box::new(said)),
                        help = Arg::Said(Box::new(help))
                    );
                }
                said
            });
        let last_commit = last_commit::read(&clone).or_else(|| {
            git(&clone, &["log", "-1", "--format=%cs"])
                .ok()
                .and_then(|d| d.parse().ok())
        });
        Read {
            member,
            plan,
            last_commit,
        }
    });
    Ok((workspace, read.into_iter().flatten().collect()))
}

/// A member left out of a reading: its name, and why its plan does not load.
type LeftOut = (String, String);

/// Runs a reading command on each member's plan, in JSON, and gives its records with the
/// member's name as `plan`, in workspace order; and each member whose plan does not load, with
/// why. The command is the one a member runs: its filters and rules are the member's.
fn per_member(
    file: &Path,
    env: &Env,
    lang: Lang,
    plans: &[String],
    run: &dyn Fn(&super::Context, &mut dyn Write) -> Result<Outcome>,
) -> Result<(Vec<serde_json::Value>, Vec<LeftOut>)> {
    let (_, members) = read_members(file, env, plans)?;
    let mut records = Vec::new();
    let mut failed = Vec::new();
    for read in &members {
        let plan = match &read.plan {
            Ok(plan) => plan,
            Err(problem) => {
                failed.push((read.member.name.clone(), problem.text(lang)));
                continue;
            }
        };
        let mut notes = Vec::new();
        let mut buffer = Vec::new();
        let dir = PathBuf::from(&read.member.path);
        let context = super::Context {
            plan,
            err: std::cell::RefCell::new(&mut notes),
            dir: &dir,
            env,
            lang,
        };
        run(&context, &mut buffer)?;
        let value: serde_json::Value = serde_json::from_slice(&buffer)?;
        for mut record in value.as_array().cloned().unwrap_or_default() {
            if let Some(object) = record.as_object_mut() {
                object.insert(
                    "plan".to_string(),
                    serde_json::Value::from(read.member.name.clone()),
                );
            }
            records.push(record);
        }
    }
    Ok((records, failed))
}

/// The records of every member, as JSON or a table of `columns` (each a header and the JSON
/// key it shows); then the members left out.
fn write_records(
    out: &mut dyn Write,
    env: &Env,
    lang: Lang,
    format: Format,
    records: &[serde_json::Value],
    failed: &[(String, String)],
    columns: &[(&'static str, &str)],
) -> Result<Outcome> {
    if format == Format::Json {
        crate::render::write_json(out, records)?;
    } else {
        let headers: Vec<&'static str> = columns.iter().map(|(h, _)| lang.tr(h)).collect();
        let mut grid = crate::render::Grid::new(headers);
        for record in records {
            grid.push(columns.iter().map(|(_, key)| {
                let text = match &record[*key] {
                    serde_json::Value::String(text) => text.clone(),
                    serde_json::Value::Array(items) => {
                        let names: Vec<&str> = items.iter().filter_map(|i| i.as_str()).collect();
                        names.join("; ")
                    }
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                (text, crate::render::Tone::Plain)
            }));
        }
        match format {
            Format::Markdown => grid.write_markdown(out)?,
            Format::Csv => {
                let rows = grid.rows().map(|row| row.iter().map(|(t, _)| t.as_ref()));
                crate::render::write_csv(out, true, &grid.headers, rows)?
            }
            _ => grid.write_table(out, env.terminal)?,
        }
    }
    say_left_out(failed, lang, out)
}

/// Names each member left out because its plan does not load; the exit status says so too.
pub(super) fn say_left_out(
    failed: &[(String, String)],
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Outcome> {
    for (name, problem) in failed {
        writeln!(
            out,
            "{}",
            msg!(
                "{name}: left out, its plan does not load: {problem}",
                name = name.clone(),
                problem = problem.clone()
            )
            .text(lang)
        )?;
    }
    Ok(if failed.is_empty() {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

/// `overdue` over a workspace: every member's overdue items, the member first.
pub fn overdue(
    file: &Path,
    args: &OverdueArgs,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let mut json = args.clone();
    json.format = Format::Json;
    json.exit_code = false;
    let (records, failed) = per_member(file, env, lang, &args.filters.plans, &|context, out| {
        super::overdue::run(context, &json, out)
    })?;
    let columns = [
        ("Plan", "plan"),
        ("ID", "id"),
        ("Task", "title"),
        ("Lead", "lead"),
        ("Due", "due"),
        ("Period", "period"),
        ("Days overdue", "days_overdue"),
    ];
    let outcome = write_records(out, env, lang, args.format, &records, &failed, &columns)?;
    if args.exit_code && !records.is_empty() {
        return Ok(Outcome::Failure);
    }
    Ok(outcome)
}

/// `list` over a workspace: every member's tasks, the member first.
pub fn list(
    file: &Path,
    args: &ListArgs,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let mut json = args.clone();
    json.format = Format::Json;
    let (records, failed) = per_member(file, env, lang, &args.filters.plans, &|context, out| {
        super::list::run(context, &json, out)
    })?;
    let columns = [
        ("Plan", "plan"),
        ("ID", "id"),
        ("Task", "title"),
        ("Lead", "lead"),
        ("Due", "due"),
        ("Status", "status"),
    ];
    write_records(out, env, lang, args.format, &records, &failed, &columns)
}

/// `summary` over a workspace: each member's total row, as its own summary counts it.
pub fn summary(
    file: &Path,
    args: &SummaryArgs,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let mut json = args.clone();
    json.format = Format::Json;
    let (records, failed) = per_member(file, env, lang, &args.filters.plans, &|context, out| {
        let mut rows = Vec::new();
        super::summary::run(context, &json, &mut rows)?;
        // Its total: the last row.
        let all: serde_json::Value = serde_json::from_slice(&rows)?;
        let total = all
            .as_array()
            .and_then(|rows| rows.last().cloned())
            .unwrap_or_default();
        crate::render::write_json(out, &[total])?;
        Ok(Outcome::Success)
    })?;
    let columns = [
        ("Plan", "plan"),
        ("Tasks", "tasks"),
        ("On time", "done_on_time"),
        ("Late", "done_late"),
        ("Blocked", "blocked"),
        ("Overdue", "overdue"),
        ("Not yet due", "not_yet_due"),
        ("Rate", "rate"),
    ];
    write_records(out, env, lang, args.format, &records, &failed, &columns)
}

/// `site` over a workspace: each member's pages, and an index of the members ranked.
pub fn site(
    file: &Path,
    args: &crate::cli::SiteArgs,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let (workspace, members) = read_members(file, env, &[])?;
    let mut loaded = Vec::new();
    let mut left_out = Vec::new();
    for read in &members {
        match &read.plan {
            Ok(plan) => loaded.push((read.member.name.clone(), plan)),
            Err(problem) => left_out.push((read.member.name.clone(), problem.text(lang))),
        }
    }
    let province = super::site::Province {
        title: &workspace.title,
        members: loaded,
        left_out,
        guarded: workspace.clones(),
    };
    super::site::province(&province, args, env, lang, out)?;
    say_left_out(&province.left_out, lang, err)
}
