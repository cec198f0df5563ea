//! `plan import FILE --add-to DIR`: a supplement (kế hoạch bổ sung, a second-half plan) added
//! to a plan already kept. Its sections become a new part (`B.I`, `B.II` …, the first letter no
//! part of the plan has), each carrying the supplement's `document`; units it names that the
//! plan lacks are added to `plan.toml`; no existing section file is touched. Everything is
//! checked together, as the plan will load, before anything is written.

use std::io::Write;
use std::path::Path;

use super::{Env, Outcome};
use crate::bail;
use crate::cli::ImportArgs;
use crate::edit::{Lock, PlanFile};
use crate::files;
use crate::import::{Imported, write};
use crate::lang::Lang;
use crate::load::{self, PLAN_FILE};
use crate::message::{OrSay, Result};
use crate::msg;
use crate::syntax;
use crate::units;

pub fn run(
    dir: &Path,
    mut imported: Imported,
    args: &ImportArgs,
    env: &Env,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let (document, dry_run) = (args.document.as_deref(), args.dry_run);
    if let Some(given) = document
        && (given.trim().is_empty() || given.contains(|c: char| c.is_control()))
    {
        bail!(
            msg!(
                "`--document` must name the supplement's document on one line: `{given}`",
                given = crate::text::one_line(given, crate::text::SHOWN_BREAK)
            )
            .help(msg!(
                "give its number and date, such as `--document \"Kế hoạch số 45/KH-SKHCN ngày 10/6/2023\"`"
            ))
        );
    }
    let source = args.file.file_name().map_or_else(
        || args.file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let absolute = env.cwd.join(dir);
    let shown = dir.display().to_string();
    // A directory that holds no plan is said as every command says it, before any lock.
    if !absolute.join(PLAN_FILE).is_file() {
        load::load(dir, &env.cwd, false)?;
    }
    let _lock = Lock::acquire(&absolute, "plan import --add-to", env.lock_wait)?;
    files::remove_stale_temporaries(&absolute);
    let plan = load::load(dir, &env.cwd, false)?.plan;
    // Each part of the supplement (or the whole, when it has none) becomes a new part of the
    // plan, under the first letters no part of the plan has.
    let mut free = ('B'..='Z').filter(|letter| {
        let prefix = format!("{letter}.");
        !plan.sections.iter().any(|s| s.id.starts_with(&prefix))
    });
    let mut letters: Vec<(Option<String>, char)> = Vec::new();
    for section in &imported.annex.sections {
        let own = section
            .id
            .rsplit_once('.')
            .map(|(part, _)| part.to_string());
        if !letters.iter().any(|(p, _)| *p == own) {
            let Some(letter) = free.next() else {
                bail!(msg!(
                    "the plan has parts B to Z already: no part is left for a supplement"
                ));
            };
            letters.push((own, letter));
        }
    }
    let document = document
        .map(str::to_string)
        .or_else(|| imported.document.clone())
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty());
    // A supplement is added once: its document already in the plan means it was.
    if let Some(document) = &document
        && let Some(section) = plan
            .sections
            .iter()
            .find(|s| s.document.as_deref().map(str::trim) == Some(document.as_str()))
    {
        bail!(
            msg!(
                "`{document}` is in the plan already (section {section}), so nothing was added",
                document = document.clone(),
                section = section.id.to_string()
            )
            .help(msg!(
                "a supplement is added once; to read it again, remove its sections' files first"
            ))
        );
    }
    // The supplement's sections and tasks under the new part; its units by the plan's names.
    for section in &mut imported.annex.sections {
        let old = section.id.clone();
        let (own, bare) = match old.rsplit_once('.') {
            Some((part, bare)) => (Some(part.to_string()), bare.to_string()),
            None => (None, old.clone()),
        };
        let part = letters
            .iter()
            .find(|(p, _)| *p == own)
            .map_or('B', |(_, l)| *l);
        section.id = format!("{part}.{bare}");
        for task in &mut section.tasks {
            task.id = format!("{}{}", section.id, &task.id[old.len()..]);
            if let Some(parent) = &mut task.parent
                && parent.starts_with(&old)
            {
                *parent = format!("{}{}", section.id, &parent[old.len()..]);
            }
            for name in task.lead.iter_mut().chain(task.support.iter_mut()) {
                if let Ok((unit, _)) = units::lookup(&plan.units, name) {
                    *name = unit.name.clone();
                }
            }
        }
        section.part = None;
    }
    let ids: Vec<&str> = imported
        .annex
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    if (1..ids.len()).any(|i| ids[..i].contains(&ids[i])) {
        bail!(
            msg!("the supplement's parts have sections of the same number, which one part cannot hold")
                .help(msg!("import each part of the supplement on its own, or number its sections through"))
        );
    }
    let new_units: Vec<&crate::import::annex::Unit> = imported
        .annex
        .units
        .iter()
        .filter(|u| units::lookup(&plan.units, &u.name).is_err())
        .collect();
    let files = write::render(&imported, &source);
    let mut sections = Vec::new();
    for (name, text, _) in &files.sections {
        if absolute.join(name).exists() {
            bail!(msg!(
                "`{shown}/{name}` already exists, so nothing was written",
                shown,
                name
            ));
        }
        // Each section says which document it comes from.
        let text = match &document {
            Some(document) => {
                let at = text
                    .find("\ntitle = ")
                    .and_then(|i| text[i + 1..].find('\n').map(|j| i + 1 + j + 1));
                match at {
                    Some(at) => format!(
                        "{}document = {}\n{}",
                        &text[..at],
                        syntax::string(document),
                        &text[at..]
                    ),
                    None => text.clone(),
                }
            }
            None => text.clone(),
        };
        sections.push((name.clone(), text));
    }
    // plan.toml with the new units, as the import writes them; nothing else of it changes.
    let head_path = absolute.join(PLAN_FILE);
    let head_shown = format!("{shown}/{PLAN_FILE}");
    let head = PlanFile::read(&head_path, &head_shown)?;
    let mut head_text = head.text().to_string();
    for unit in &new_units {
        let mut lines = vec![
            "[[unit]]".to_string(),
            format!("name = {}", syntax::string(&unit.name)),
        ];
        if unit.collective {
            lines.push("members = []".to_string());
        }
        let edited = PlanFile::from_text(&head, &head_text);
        head_text = edited.with_table(&lines);
    }
    // The plan as it will be: every task it had, as it was, and the supplement's.
    let mut replaced = vec![(PLAN_FILE.to_string(), head.bytes_of(&head_text))];
    replaced.extend(
        sections
            .iter()
            .map(|(n, t)| (n.clone(), t.as_bytes().to_vec())),
    );
    let after = load::load_replacing_all(dir, &env.cwd, replaced)
        .or_say(|| msg!("the supplement would leave the plan unreadable, so nothing was written"))?
        .plan;
    let added: usize = imported.annex.sections.iter().map(|s| s.tasks.len()).sum();
    let kept = plan.tasks.iter().all(|t| {
        after
            .task(&t.id)
            .is_some_and(|a| a.progress.len() == t.progress.len())
    });
    if !kept || after.tasks.len() != plan.tasks.len() + added {
        bail!(
            msg!("the supplement would change the plan's own tasks, so nothing was written").help(
                msg!("run `plan check` on the plan, and import the supplement again")
            )
        );
    }
    let names: Vec<&str> = sections.iter().map(|(n, _)| n.as_str()).collect();
    let said = msg!(
        "{tasks} tasks in {count} sections ({names}) and {units} units added to {shown}/",
        tasks = added,
        count = sections.len(),
        names = names.join(", "),
        units = new_units.len(),
        shown
    );
    if dry_run {
        super::dry_run(out, &said, lang)?;
        return Ok(Outcome::Success);
    }
    // The new section files, then plan.toml; what was written is taken back if a later
    // write fails: the supplement goes in whole or not at all.
    let take_back = |written: &[(String, String)]| {
        for (name, _) in written {
            let _ = std::fs::remove_file(absolute.join(name));
        }
    };
    for (index, (name, text)) in sections.iter().enumerate() {
        if let Err(error) = files::create(&absolute.join(name), text.as_bytes()) {
            take_back(&sections[..index]);
            return Err(error);
        }
    }
    if !new_units.is_empty()
        && let Err(error) = head.write(&head_text, |_| Ok(()))
    {
        take_back(&sections);
        return Err(error);
    }
    writeln!(out, "{}", said.text(lang))?;
    Ok(Outcome::Success)
}
