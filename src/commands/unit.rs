//! `plan unit rename` and `plan unit merge`: a reorganisation recorded in `plan.toml`. The
//! units that go end the day before (`until`) and name their successor; a successor that is not
//! yet a unit is added, from that day. The file is edited with `toml_edit`, so that comments
//! and layout stay; it is written as every plan file is, atomically, once the plan with it
//! loads with the lives asked for.

use std::io::Write;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::{Env, Outcome};
use crate::bail;
use crate::cli::UnitCommand;
use crate::edit::{Lock, PlanFile};
use crate::files;
use crate::lang::Lang;
use crate::load::{self, PLAN_FILE};
use crate::message::{Arg, OrSay, Result};
use crate::model::Plan;
use crate::msg;
use crate::text::nfc;
use crate::units::{self, Role};

pub fn run(
    dir: &Path,
    command: &UnitCommand,
    env: &Env,
    given: Option<Lang>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let (gone, into, change) = match command {
        UnitCommand::Rename { old, new, change } => (vec![old.clone()], new.clone(), change),
        UnitCommand::Merge {
            units,
            into,
            change,
        } => (units.clone(), into.clone(), change),
    };
    let rename = matches!(command, UnitCommand::Rename { .. });
    let absolute = env.cwd.join(dir);
    let _lock = Lock::acquire(&absolute, "plan unit", env.lock_wait)?;
    files::remove_stale_temporaries(&absolute);
    let loaded = load::load(dir, &env.cwd, false)?;
    let lang = given.or(loaded.lang).unwrap_or_default();
    let plan = loaded.plan;
    let on = change.on.resolve(env.today);
    let Some(until) = on.pred_opt() else {
        bail!(msg!("`{day}` has no day before it", day = Arg::Day(on)));
    };
    let years = plan.years();
    if !(years.first..=years.last).contains(&on.year()) {
        bail!(
            msg!(
                "{day} is not in the plan's {years}, so nothing was written",
                day = Arg::Day(on),
                years
            )
            .help(msg!(
                "give the first day of the new arrangement, within the plan's years"
            ))
        );
    }
    // The units that go, by their names in the plan; each still in being, none twice.
    let mut ending: Vec<String> = Vec::new();
    for name in &gone {
        let (unit, _) = units::lookup(&plan.units, name)?;
        if let Some(until) = unit.until {
            bail!(
                msg!(
                    "`{unit}` already ended on {until}",
                    unit = unit.name,
                    until = Arg::Day(until)
                )
                .help(msg!(
                    "a unit ends once; change `until` in `plan.toml` by hand if that was wrong"
                ))
            );
        }
        if !unit.members.is_empty() {
            bail!(
                msg!(
                    "`{unit}` is a collective unit; its members change, not it",
                    unit = unit.name
                )
                .help(msg!("rename or merge its members"))
            );
        }
        if !ending.contains(&unit.name) {
            ending.push(unit.name.clone());
        }
    }
    let into = nfc(into.trim());
    if into.is_empty() || into.contains(|c: char| c.is_control() || crate::text::is_bidi_control(c))
    {
        bail!(
            msg!(
                "`{into}` is not a name a unit can have",
                into = crate::text::one_line(&into, crate::text::SHOWN_BREAK)
            )
            .help(msg!(
                "write the new unit's name on one line, as the plan's documents write it"
            ))
        );
    }
    let existing = units::lookup(&plan.units, &into).ok().map(|(u, _)| u);
    if let Some(unit) = existing
        && !unit.members.is_empty()
    {
        bail!(
            msg!(
                "`{unit}` is a collective unit, which owes no task of its own",
                unit = unit.name
            )
            .help(msg!("hand the work to one of its members"))
        );
    }
    let existing = existing.map(|u| u.name.clone());
    if rename && existing.is_some() {
        bail!(
            msg!("`{into}` is already a unit of the plan", into)
                .help(msg!("to hand the work to a unit that exists, use `plan unit merge \"{old}\" --into \"{into}\"`", old = ending[0], into))
        );
    }
    if existing.as_ref().is_some_and(|e| ending.contains(e)) {
        bail!(
            msg!("`{into}` cannot take over from itself", into)
                .help(msg!("name another unit with `--into`"))
        );
    }
    let successor = existing.clone().unwrap_or(into.clone());

    // What moves: the open tasks the units that go owe on the day, and who owes them then.
    for line in moving(&plan, &ending, on) {
        writeln!(
            out,
            "{}",
            msg!(
                "{id} ({role}): {from} → {to}",
                id = line.0,
                role = lang.tr(line.1),
                from = line.2,
                to = successor
            )
            .text(lang)
        )?;
    }
    let path = absolute.join(PLAN_FILE);
    let shown = dir.join(PLAN_FILE).display().to_string();
    let file = PlanFile::read(&path, &shown)?;
    let text = edited(
        file.text(),
        &ending,
        &successor,
        existing.is_none(),
        on,
        until,
        change.doc.as_deref(),
    )?;
    let said = match rename {
        true => msg!(
            "`{old}` is `{new}` from {day}",
            old = ending[0],
            new = successor,
            day = Arg::Day(on)
        ),
        false => msg!(
            "{units} become `{into}` from {day}",
            units = crate::text::quoted_list(&ending),
            into = successor,
            day = Arg::Day(on)
        ),
    };
    if change.dry_run {
        super::dry_run(out, &said, lang)?;
        return Ok(Outcome::Success);
    }
    let expected = super::mark::entry_counts(&plan);
    file.write(&text, |bytes| {
        let after = load::load_replacing(dir, &env.cwd, PLAN_FILE, bytes.to_vec())
            .or_say(|| msg!("the edit would leave the plan unreadable, so nothing was written"))?
            .plan;
        let lives = ending.iter().all(|name| {
            after.units.iter().any(|u| u.name == *name && u.until == Some(until) && u.successor.as_deref() == Some(successor.as_str()))
        }) && after.units.iter().any(|u| u.name == successor);
        if !lives || !super::mark::has_entries(&after, &expected) || after.units.len() != plan.units.len() + usize::from(existing.is_none()) {
            bail!(
                msg!("the edit of `{shown}` would change more than the units named, so nothing was written", shown)
                    .help(msg!("run `plan check`, and write each unit as a `[[unit]]` table"))
            );
        }
        Ok(())
    })?;
    writeln!(out, "{} ({shown})", said.text(lang))?;
    Ok(Outcome::Success)
}

/// The open tasks (or occurrences) that `ending` owe on `on` and will no longer: id, role, unit.
fn moving(plan: &Plan, ending: &[String], on: NaiveDate) -> Vec<(String, &'static str, String)> {
    let mut found = Vec::new();
    for task in plan.tasks.iter().filter(|t| !t.is_heading()) {
        let open = crate::rules::items(plan, task).any(|item| !item.state(on).status.is_closed());
        if !open {
            continue;
        }
        for role in [Role::Lead, Role::Support] {
            for owner in units::owners_on(plan, task, role, on) {
                if ending.iter().any(|e| e == owner) {
                    let word = match role {
                        Role::Lead => "lead",
                        Role::Support => "support",
                    };
                    found.push((task.id.clone(), word, owner.to_string()));
                }
            }
        }
    }
    found
}

/// `text` (plan.toml) with each unit of `ending` ending on `until` and naming `successor`,
/// and, when `add`, a new `[[unit]]` for the successor from `on`; comments and layout kept.
fn edited(
    text: &str,
    ending: &[String],
    successor: &str,
    add: bool,
    on: NaiveDate,
    until: NaiveDate,
    doc: Option<&str>,
) -> Result<String> {
    use toml_edit::{DocumentMut, Item, Table, value};
    let mut document: DocumentMut = text
        .parse()
        .or_say(|| msg!("`plan.toml` could not be read for editing"))?;
    let date = |day: NaiveDate| -> Result<toml_edit::Datetime> {
        day.to_string()
            .parse()
            .or_say(|| msg!("`plan.toml` could not be read for editing"))
    };
    let Some(units) = document
        .get_mut("unit")
        .and_then(Item::as_array_of_tables_mut)
    else {
        bail!(
            msg!("`plan.toml` declares its units in a way `plan unit` does not edit")
                .help(msg!("write each unit as a `[[unit]]` table"))
        );
    };
    for table in units.iter_mut() {
        let name = table
            .get("name")
            .and_then(Item::as_str)
            .map(|n| nfc(n.trim()));
        if name.is_some_and(|n| ending.contains(&n)) {
            table.insert("until", value(date(until)?));
            table.insert("successor", value(successor));
            if let (Some(doc), false) = (doc, add) {
                table.insert("doc", value(doc));
            }
        }
    }
    if add {
        let mut table = Table::new();
        table.insert("name", value(successor));
        table.insert("from", value(date(on)?));
        if let Some(doc) = doc {
            table.insert("doc", value(doc));
        }
        units.push(table);
    }
    Ok(document.to_string())
}
