//! Unit names: finding a unit by any spelling of its name or aliases, and which tasks involve it.

use std::sync::Arc;

use crate::message::Error;
use chrono::NaiveDate;

use crate::model::{Plan, Task, Unit};
use crate::msg;
use crate::text::{closest, fold};

/// Which column of the plan a unit appears in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Responsible for the task (cơ quan chủ trì).
    Lead,
    /// Supporting the lead (cơ quan phối hợp).
    Support,
}

/// The unit whose name or alias is `name`, whatever the case, diacritics or Unicode form.
pub fn exact<'a>(units: &'a [Unit], name: &str) -> Option<&'a Unit> {
    let wanted = fold(name);
    units.iter().find(|u| {
        std::iter::once(&u.name)
            .chain(&u.aliases)
            .any(|n| fold(n) == wanted)
    })
}

/// Up to three names (canonical names and aliases) closest to `name`, for a "did you mean".
pub fn suggestions<'a>(units: &'a [Unit], name: &str) -> Vec<&'a str> {
    let names = units
        .iter()
        .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
        .map(String::as_str);
    let mut found: Vec<&str> = Vec::new();
    for candidate in closest(name, names, 6) {
        // Suggest the canonical name of an alias.
        let unit = exact(units, candidate).map_or(candidate, |u| u.name.as_str());
        if !found.contains(&unit) {
            found.push(unit);
        }
    }
    found.truncate(3);
    found
}

/// How the name typed found its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The unit's own name, in any case, with or without diacritics.
    Name,
    /// One of its aliases.
    Alias,
    /// Part of its name, or the initials of its words.
    Part,
}

/// The unit a user means on the command line: an exact name or alias, else the one unit whose
/// name contains what was typed ("chuyen nganh" finds "Phòng Quản lý Chuyên ngành"), or whose
/// words start with the letters of a short abbreviation ("TT" could be "Thanh tra"). A name
/// that could mean several units is refused, never resolved silently.
pub fn lookup<'a>(units: &'a [Unit], name: &str) -> Result<(&'a Unit, Found), Error> {
    if let Some(unit) = exact(units, name) {
        let how = match fold(&unit.name) == fold(name) {
            true => Found::Name,
            false => Found::Alias,
        };
        return Ok((unit, how));
    }
    let wanted = fold(name);
    let abbreviation = !wanted.contains(' ') && (2..=5).contains(&wanted.chars().count());
    let initials = |n: &str| -> String {
        fold(n)
            .split(' ')
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let containing: Vec<&Unit> = units
        .iter()
        .filter(|_| !wanted.is_empty())
        .filter(|u| {
            std::iter::once(&u.name).chain(&u.aliases).any(|n| {
                fold(n).contains(&wanted) || (abbreviation && initials(n).starts_with(&wanted))
            })
        })
        .collect();
    match containing.as_slice() {
        [unit] => Ok((unit, Found::Part)),
        [] => {
            let near = suggestions(units, name);
            let help = if near.is_empty() {
                msg!(
                    "the units are {units}",
                    units = crate::text::quoted_list(units.iter().map(|u| u.name.as_str()))
                )
            } else {
                msg!(
                    "did you mean {names}?",
                    names = crate::text::quoted_list(near)
                )
            };
            Err(msg!("unknown unit `{name}`", name).help(help))
        }
        several => Err(msg!(
            "`{name}` could mean any of {units}, so no unit was chosen",
            name,
            units = crate::text::quoted_list(several.iter().map(|u| u.name.as_str()))
        )
        .help(msg!(
            "type more of the name, such as `--unit \"{first}\"`",
            first = several.first().map_or("", |u| u.name.as_str())
        ))),
    }
}

/// The names under which `unit` can appear on a task: its own, and unless `direct`, those of
/// the collective units it belongs to.
pub fn appears_as<'a>(plan: &'a Plan, unit: &'a Unit, direct: bool) -> Vec<&'a str> {
    let mut names = vec![unit.name.as_str()];
    if !direct {
        names.extend(
            plan.units
                .iter()
                .filter(|u| u.members.contains(&unit.name))
                .map(|u| u.name.as_str()),
        );
    }
    names
}

/// The names under which `unit` can appear on a task on `day` ([`appears_as`]), its life
/// followed: once it has ended it no longer belongs to its collective units, and a unit that
/// took over from others belongs to theirs.
pub fn appears_as_on<'a>(
    plan: &'a Plan,
    unit: &'a Unit,
    direct: bool,
    day: NaiveDate,
) -> Vec<&'a str> {
    if direct || !plan.units.iter().any(|u| u.until.is_some()) {
        return appears_as(plan, unit, direct);
    }
    let mut names = vec![unit.name.as_str()];
    let before: Vec<&str> = plan
        .units
        .iter()
        .filter(|u| u.ended_by(day) && u.successor.as_deref() == Some(unit.name.as_str()))
        .map(|u| u.name.as_str())
        .collect();
    for collective in &plan.units {
        let own = !unit.ended_by(day) && collective.members.contains(&unit.name);
        let inherited = before
            .iter()
            .any(|b| collective.members.iter().any(|m| m == b));
        if (own || inherited) && !names.contains(&collective.name.as_str()) {
            names.push(collective.name.as_str());
        }
    }
    names
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Support => "support",
        }
    }
}

/// The unit that owes, on `day`, what was given to `name`: `name` itself while it exists, else
/// the unit that took over its work (the task's own `successor` first, then the unit's),
/// followed on while that one has ended too. A unit that ended with nobody to take over still
/// owes it.
pub fn owner_on<'p>(plan: &'p Plan, task: &'p Task, name: &'p str, day: NaiveDate) -> &'p str {
    let mut owner = name;
    // A chain is never longer than the plan's units (`check` refuses circles).
    for _ in 0..plan.units.len() {
        let Some(unit) = plan.units.iter().find(|u| u.name == owner) else {
            break;
        };
        if !unit.ended_by(day) {
            break;
        }
        let next = task
            .successor
            .as_deref()
            .filter(|s| *s != owner)
            .or(unit.successor.as_deref());
        match next {
            Some(next) => owner = next,
            None => break,
        }
    }
    owner
}

/// The units that owe `task` in `role` on `day` ([`owner_on`] of each named), without repeats.
pub fn owners_on<'p>(plan: &'p Plan, task: &'p Task, role: Role, day: NaiveDate) -> Vec<&'p str> {
    let named = match role {
        Role::Lead => &task.lead,
        Role::Support => &task.support,
    };
    // A plan whose units never change: the units named.
    if !plan.units.iter().any(|u| u.until.is_some()) {
        return named.iter().map(|n| &**n).collect();
    }
    let mut owners: Vec<&str> = Vec::with_capacity(named.len());
    for name in named {
        let owner = owner_on(plan, task, name, day);
        if !owners.contains(&owner) {
            owners.push(owner);
        }
    }
    owners
}

/// Whether any of `names` owes `task` on `day`, as lead or support (or only in `role`): the
/// units it names, or those that took over from them.
pub fn involves_on(
    plan: &Plan,
    task: &Task,
    names: &[&str],
    role: Option<Role>,
    day: NaiveDate,
) -> bool {
    if !plan.units.iter().any(|u| u.until.is_some()) {
        return involves(task, names, role);
    }
    let owes = |role| {
        owners_on(plan, task, role, day)
            .iter()
            .any(|o| names.contains(o))
    };
    match role {
        Some(role) => owes(role),
        None => owes(Role::Lead) || owes(Role::Support),
    }
}

/// Whether `task` names any of `names` as lead or support (or only in `role`).
pub fn involves(task: &Task, names: &[&str], role: Option<Role>) -> bool {
    let named = |list: &[Arc<str>]| list.iter().any(|n| names.contains(&&**n));
    match role {
        Some(Role::Lead) => named(&task.lead),
        Some(Role::Support) => named(&task.support),
        None => named(&task.lead) || named(&task.support),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn unit(name: &str, aliases: &[&str]) -> Unit {
        Unit {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..Unit::default()
        }
    }

    /// Why `name` finds no unit, as the message then `help: …`.
    fn refusal(name: &str) -> String {
        let error = lookup(&units(), name).unwrap_err();
        let help = error
            .help
            .as_ref()
            .map(|h| h.to_string())
            .unwrap_or_default();
        format!("{}\nhelp: {help}", error.message)
    }

    fn units() -> Vec<Unit> {
        vec![
            unit("Văn phòng", &["VP"]),
            unit("Thanh tra", &[]),
            unit("Phòng Quản lý Khoa học", &[]),
            unit("Phòng Quản lý Chuyên ngành", &[]),
            unit("Tổ kiểm soát TTHC", &["Tổ kiểm soát thủ tục hành chính"]),
        ]
    }

    #[test]
    fn any_spelling_finds_the_unit() {
        let units = units();
        let nfd: String = "Văn phòng".nfd().collect();
        for typed in [
            "Văn phòng",
            "van phong",
            "VĂN PHÒNG",
            nfd.as_str(),
            "vp",
            "  Văn  phòng ",
        ] {
            assert_eq!(
                lookup(&units, typed).unwrap().0.name,
                "Văn phòng",
                "{typed}"
            );
        }
        assert_eq!(
            lookup(&units, "to kiem soat thu tuc hanh chinh")
                .unwrap()
                .0
                .name,
            "Tổ kiểm soát TTHC"
        );
        assert_eq!(lookup(&units, "van phong").unwrap().1, Found::Name);
        assert_eq!(lookup(&units, "VP").unwrap().1, Found::Alias);
    }

    #[test]
    fn an_abbreviation_that_could_mean_several_units_is_refused() {
        // "TT": the initials of Thanh tra, and part of "Tổ kiểm soát TTHC".
        assert_eq!(
            refusal("TT"),
            "`TT` could mean any of `Thanh tra`, `Tổ kiểm soát TTHC`, so no unit was chosen\nhelp: type more of the name, such as `--unit \"Thanh tra\"`"
        );
        let units = units();
        let (unit, how) = lookup(&units, "chuyen nganh").unwrap();
        assert_eq!(
            (unit.name.as_str(), how),
            ("Phòng Quản lý Chuyên ngành", Found::Part)
        );
    }

    #[test]
    fn part_of_a_name_finds_the_one_unit_that_has_it() {
        assert_eq!(
            lookup(&units(), "khoa hoc").unwrap().0.name,
            "Phòng Quản lý Khoa học"
        );
        assert_eq!(
            refusal("Quản lý"),
            "`Quản lý` could mean any of `Phòng Quản lý Khoa học`, `Phòng Quản lý Chuyên ngành`, so no unit was chosen\nhelp: type more of the name, such as `--unit \"Phòng Quản lý Khoa học\"`"
        );
    }

    #[test]
    fn unknown_unit_suggests_the_closest() {
        assert_eq!(
            refusal("Văn phngg"),
            "unknown unit `Văn phngg`\nhelp: did you mean `Văn phòng`?"
        );
    }

    #[test]
    fn hopeless_names_list_every_unit() {
        let err = refusal("xyzxyzxyz");
        assert!(
            err.starts_with(
                "unknown unit `xyzxyzxyz`\nhelp: the units are `Văn phòng`, `Thanh tra`"
            )
        );
    }

    #[test]
    fn exact_does_not_guess() {
        assert!(exact(&units(), "khoa hoc").is_none());
    }
}
