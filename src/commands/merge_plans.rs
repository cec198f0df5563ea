//! `plan merge-plans A B --into C`: the plans of two departments that merged, made one plan.
//! Each plan becomes a part (its sections `A.I`, `A.II` …, then `B.I` …), each section file
//! keeping its text, its history and, as `document`, the plan it came from; units are one
//! where their names are the same whatever the case or diacritics (their aliases joined), and
//! the tasks name them as the merged plan does. The new directory is built aside, loaded as
//! any command will load it, and only then put in place.

use super::{Env, Outcome};
use crate::bail;
use crate::cli::MergePlansArgs;
use crate::lang::Lang;
use crate::load::{self, PLAN_FILE};
use crate::message::{OrSay, Result};
use crate::model::{Plan, Unit};
use crate::msg;
use crate::syntax;
use crate::text::fold;
use std::io::Write;

pub fn run(args: &MergePlansArgs, env: &Env, lang: Lang, out: &mut dyn Write) -> Result<Outcome> {
    let plans: Vec<Plan> = args
        .plans
        .iter()
        .map(|dir| load::load(dir, &env.cwd, false).map(|l| l.plan))
        .collect::<Result<_>>()?;
    let year = plans[0].year;
    if let Some(other) = plans.iter().find(|p| p.year != year) {
        bail!(
            msg!(
                "the plans are of different years ({first} and {other}), so they were not merged",
                first = year,
                other = other.year
            )
            .help(msg!("merge the plans of one year"))
        );
    }
    if plans.len() > 26 {
        bail!(msg!("at most 26 plans can be merged, one part each"));
    }
    if plans
        .iter()
        .any(|p| p.sections.iter().any(|s| s.id.contains('.')))
    {
        bail!(
            msg!("a plan already in parts cannot be merged again").help(msg!(
                "merge the plans each department issued, whose sections are I, II …"
            ))
        );
    }
    // The units: the first plan's, then each other plan's not already there by its name.
    let mut units: Vec<Unit> = Vec::new();
    for plan in &plans {
        for unit in &plan.units {
            match units.iter_mut().find(|u| fold(&u.name) == fold(&unit.name)) {
                Some(known) => {
                    for alias in &unit.aliases {
                        let taken = units_spell(&units_names(known), alias);
                        if !taken {
                            known.aliases.push(alias.clone());
                        }
                    }
                    for member in &unit.members {
                        if !known.members.iter().any(|m| fold(m) == fold(member)) {
                            known.members.push(member.clone());
                        }
                    }
                }
                None => units.push(unit.clone()),
            }
        }
    }
    let canonical = |name: &str| -> String {
        units
            .iter()
            .find(|u| fold(&u.name) == fold(name))
            .map_or_else(|| name.to_string(), |u| u.name.clone())
    };
    let first = &plans[0];
    let mut head =
        String::from("# Made by `plan merge-plans`: each part is one department's plan.\n");
    head.push_str(&format!(
        "title = {}\n",
        syntax::string(args.title.as_deref().unwrap_or(&first.title))
    ));
    if let Some(organization) = args.organization.as_ref().or(first.organization.as_ref()) {
        head.push_str(&format!(
            "organization = {}\n",
            syntax::string(organization)
        ));
    }
    head.push_str(&format!("year = {year}\n"));
    for unit in &units {
        head.push_str(&format!(
            "\n[[unit]]\nname = {}\n",
            syntax::string(&unit.name)
        ));
        if !unit.aliases.is_empty() {
            head.push_str(&format!("aliases = [{}]\n", syntax::list(&unit.aliases)));
        }
        if !unit.members.is_empty() {
            let members: Vec<String> = unit.members.iter().map(|m| canonical(m)).collect();
            head.push_str(&format!("members = [{}]\n", syntax::list(&members)));
        }
    }
    let mut files = vec![
        (PLAN_FILE.to_string(), head.into_bytes()),
        (".gitignore".to_string(), b".plan-lock\n.*.tmp\n".to_vec()),
    ];
    let mut expected: Vec<(String, usize)> = Vec::new();
    for (plan, letter) in plans.iter().zip('A'..='Z') {
        for section in &plan.sections {
            let path = env.cwd.join(&section.file);
            let text = String::from_utf8(crate::files::read(&path, &section.file)?)
                .or_say(|| msg!("`{file}` is not UTF-8", file = section.file))?;
            let text = text.trim_start_matches(crate::text::BOM_CHAR);
            let moved =
                into_part(text, letter, plan.document.as_deref(), &canonical).or_say(|| {
                    msg!(
                        "`{file}` could not be read for merging",
                        file = section.file
                    )
                })?;
            files.push((format!("{letter}.{}.toml", section.id), moved.into_bytes()));
        }
        expected.extend(
            plan.tasks
                .iter()
                .map(|t| (format!("{letter}.{}", t.id), t.progress.len())),
        );
    }
    let shown = args.into.display().to_string();
    let target = env.cwd.join(&args.into);
    crate::import::write::refuse_target(&target, &shown)?;
    let merged = crate::files::create_dir(&target, &shown, &files, |built| {
        let loaded = load::load(built, &env.cwd, false)
            .or_say(|| msg!("the merged plan would not load, so nothing was made"))?;
        if !super::mark::has_entries(&loaded.plan, &expected) {
            bail!(msg!(
                "the merged plan would not hold every task with its history, so nothing was made"
            ));
        }
        Ok(loaded.plan)
    })?;
    let said = msg!(
        "merged {plans} plans into {shown}/: {sections} sections, {tasks} tasks, {units} units",
        plans = plans.len(),
        shown,
        sections = merged.sections.len(),
        tasks = merged.tasks.len(),
        units = merged.units.len()
    );
    writeln!(out, "{}", said.text(lang))?;
    Ok(Outcome::Success)
}

/// A unit's name and aliases.
fn units_names(unit: &Unit) -> Vec<String> {
    std::iter::once(unit.name.clone())
        .chain(unit.aliases.iter().cloned())
        .collect()
}

/// Whether `spelling` is one of `names` already, whatever the case or diacritics.
fn units_spell(names: &[String], spelling: &str) -> bool {
    names.iter().any(|n| fold(n) == fold(spelling))
}

/// A section file's text moved into part `letter`: its id, its tasks' ids and parents under
/// the part, its units as the merged plan names them, and the plan it came from as its
/// `document`; comments, entries and layout kept.
fn into_part(
    text: &str,
    letter: char,
    document: Option<&str>,
    canonical: &dyn Fn(&str) -> String,
) -> std::result::Result<String, toml_edit::TomlError> {
    use toml_edit::{DocumentMut, Item, Value, value};
    let mut file: DocumentMut = text.parse()?;
    let prefixed = |id: &str| format!("{letter}.{}", id.trim());
    if let Some(id) = file.get("id").and_then(Item::as_str).map(prefixed) {
        file["id"] = value(id);
    }
    // A key of the file's head: written after its id and title, before the tasks.
    if let Some(document) = document
        && file.get("document").is_none()
    {
        file.insert("document", value(document));
    }
    if let Some(tasks) = file.get_mut("task").and_then(Item::as_array_of_tables_mut) {
        for task in tasks.iter_mut() {
            for key in ["id", "parent", "successor"] {
                if key == "successor" {
                    if let Some(name) = task.get(key).and_then(Item::as_str).map(canonical) {
                        task[key] = value(name);
                    }
                    continue;
                }
                if let Some(id) = task.get(key).and_then(Item::as_str).map(prefixed) {
                    task[key] = value(id);
                }
            }
            for key in ["lead", "support"] {
                if let Some(list) = task.get_mut(key).and_then(Item::as_array_mut) {
                    for item in list.iter_mut() {
                        if let Some(name) = item.as_str().map(canonical) {
                            let decor = item.decor().clone();
                            *item = Value::from(name);
                            *item.decor_mut() = decor;
                        }
                    }
                }
            }
        }
    }
    Ok(file.to_string())
}
