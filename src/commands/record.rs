//! `plan record`: append a value of an indicator (`[[record]]`) to `plan.toml`, refusing
//! anything that would not load, and optionally commit the file.

use std::io::Write;
use std::path::Path;

use crate::bail;
use crate::message::Result;

use super::git::git;
use super::mark::{has_entries, in_git_work_tree, only_change};
use super::{Env, Outcome};
use crate::cli::RecordArgs;
use crate::edit::{Lock, PlanFile};
use crate::files;
use crate::lang::Lang;
use crate::load::{self, PLAN_FILE};
use crate::message::{Arg, OrSay};
use crate::model::{Indicator, Plan, Record};
use crate::msg;
use crate::period::Period;
use crate::syntax;
use crate::text::nfc;

pub fn run(
    dir: &Path,
    args: &RecordArgs,
    env: &Env,
    given: Option<Lang>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let value = number(&args.value)?;
    let absolute = env.cwd.join(dir);
    if args.commit {
        in_git_work_tree(&absolute)?;
    }
    let what = format!("plan record {}", args.indicator);
    let _lock = Lock::acquire(&absolute, &what, env.lock_wait)?;
    files::remove_stale_temporaries(&absolute);
    let loaded = load::load(dir, &env.cwd, false)?;
    let lang = given.or(loaded.lang).unwrap_or_default();
    let plan = loaded.plan;
    let indicator = indicator(&plan, &args.indicator)?;
    let period = period(&plan, &args.period)?;
    let date = args.on.resolve(env.today);
    if !args.force {
        super::mark::plausible(&plan, date, Arg::Text("--on".to_string()))?;
    }
    let record = Record {
        period,
        value,
        date,
        note: args
            .note
            .as_deref()
            .map(|n| nfc(n.trim()))
            .filter(|n| !n.is_empty()),
    };
    if indicator.records.contains(&record) {
        bail!(
            msg!(
                "`{id}` already has this value for {period}, so it was not recorded again",
                id = indicator.id,
                period
            )
            .help(msg!(
                "`plan report` gives the value; a record whose confirmation was lost did land"
            ))
        );
    }
    let shown = dir.join(PLAN_FILE).display().to_string();
    if args.commit {
        only_change(&absolute, PLAN_FILE, &shown)?;
    }
    let file = PlanFile::read(&absolute.join(PLAN_FILE), &shown)?;
    let period_name = period.to_string();
    let lines = syntax::record_lines(
        &indicator.id,
        &period_name,
        value,
        record.date,
        record.note.as_deref(),
    );
    let text = file.with_table(&lines);
    // The plan once edited: every task and indicator as it is, this one with one more record.
    let mut expected = plan.indicators.clone();
    let at = plan.indicators.iter().position(|i| i.id == indicator.id);
    if let Some(found) = at.and_then(|at| expected.get_mut(at)) {
        found.records.push(record.clone());
    }
    let tasks = super::mark::entry_counts(&plan);
    file.write(&text, |bytes| {
        let after = load::load_replacing(dir, &env.cwd, PLAN_FILE, bytes.to_vec())
            .or_say(|| msg!("the edit would leave the plan unreadable, so nothing was written"))?
            .plan;
        if !has_entries(&after, &tasks) || after.indicators != expected {
            bail!(
                msg!(
                    "the edit of `{shown}` would change more than one record, so nothing was written",
                    shown
                )
                .help(msg!("run `plan check`, and keep the `[[record]]` tables at the end of the file"))
            );
        }
        Ok(())
    })?;
    let unit = indicator
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let said = msg!(
        "{id}: {value}{unit} for {period}",
        id = indicator.id,
        value = Arg::Decimal(value.to_string()),
        unit,
        period
    )
    .text(lang);
    writeln!(out, "{said} ({shown})")?;
    if args.commit {
        git(&absolute, &["add", "--", PLAN_FILE])
            .and_then(|()| {
                let message = [
                    "commit",
                    "--quiet",
                    "--only",
                    "--message",
                    &said,
                    "--",
                    PLAN_FILE,
                ];
                git(&absolute, &message)
            })
            .or_say(|| msg!("the value is written but not committed"))?;
    }
    Ok(Outcome::Success)
}

/// A value as people type it: digits, with a point or a comma before the decimals, maybe a
/// minus sign; nothing else (no thousands separators, no units). One separator before exactly
/// three digits (`1.000`, `2,500`) is refused: Vietnamese writes a thousand so, English a
/// decimal, and the record must not depend on which the person meant.
fn number(text: &str) -> Result<f64> {
    let trimmed = text.trim();
    let digits = trimmed.strip_prefix('-').unwrap_or(trimmed);
    let mut parts = digits.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    if let Some(fraction) = fraction
        && fraction.len() == 3
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && (1..=3).contains(&whole.len())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !whole.starts_with('0')
    {
        bail!(
            msg!(
                "`{text}` could be a thousand or a fraction, so nothing was recorded",
                text = trimmed
            )
            .help(msg!(
                "write a whole number without a separator (`1000`), or the decimals you mean (`1.5`, `1,25`)"
            ))
        );
    }
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let readable = all_digits(whole) && fraction.is_none_or(all_digits) && whole.len() <= 15;
    let value = readable
        .then(|| trimmed.replace(',', ".").parse::<f64>().ok())
        .flatten();
    match value {
        Some(value) => Ok(value),
        None => bail!(
            msg!(
                "`{text}` is not a number, so nothing was recorded",
                text = trimmed
            )
            .help(msg!(
                "write the value alone, with a point or a comma for decimals: `85.5`, `85,5`, `12`"
            ))
        ),
    }
}

/// The indicator `id` names, or why there is none.
fn indicator<'p>(plan: &'p Plan, id: &str) -> Result<&'p Indicator> {
    let wanted = nfc(id.trim());
    if let Some(found) = plan.indicators.iter().find(|i| i.id == wanted) {
        return Ok(found);
    }
    let ids: Vec<&str> = plan.indicators.iter().map(|i| i.id.as_str()).collect();
    let help = if ids.is_empty() {
        msg!(
            "the plan declares no indicator: add an `[[indicator]]` (id, name, unit, target, section) to `plan.toml`"
        )
    } else {
        msg!(
            "the plan's indicators: {ids}",
            ids = crate::text::quoted_list(&ids)
        )
    };
    bail!(msg!("no indicator `{id}` in the plan", id = wanted).help(help))
}

/// The period `text` names, if it is one of the plan's years.
fn period(plan: &Plan, text: &str) -> Result<Period> {
    let period: Period = text.trim().parse()?;
    if !(plan.year..=plan.last_year).contains(&period.year) {
        bail!(
            msg!(
                "`{period}` is not in the plan's {years}, so nothing was recorded",
                period,
                years = plan.years()
            )
            .help(msg!(
                "give a period of the plan, such as `{example}`",
                example = Period::quarter(plan.year, 2)
                    .map(|p| p.to_string())
                    .unwrap_or_default()
            ))
        );
    }
    Ok(period)
}
