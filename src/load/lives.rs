//! Checking the lives of units: when a unit began or ended (`from`, `until`), who took over its
//! work (`successor`, on the unit or on one task), and that no progress is recorded for a task
//! after every unit that could do it had ended.

use std::ops::Range;
use std::sync::Arc;

use super::check::Checker;
use super::raw::RawUnit;
use super::read::Source;
use crate::model::{Entry, Unit};
use crate::msg;
use crate::text::nfc;

impl Checker {
    /// Reads each unit's `from`, `until`, `successor` and `doc` into `units` (made from `raw`,
    /// in the same order), and refuses a life that ends before it starts, a successor that is
    /// not a unit, and successors that lead back to where they started.
    pub(super) fn lives(&mut self, source: &Source, raw: &[RawUnit], units: &mut [Unit]) {
        for (raw, unit) in raw.iter().zip(units.iter_mut()) {
            unit.from = raw.from.as_ref().and_then(|d| self.date(source, d));
            unit.until = raw.until.as_ref().and_then(|d| self.date(source, d));
            unit.doc = raw
                .doc
                .as_deref()
                .map(|d| nfc(d.trim()))
                .filter(|d| !d.is_empty());
            if let (Some(from), Some(until), Some(at)) = (unit.from, unit.until, &raw.until)
                && until < from
            {
                self.problems.push(
                    source
                        .at(
                            at.span(),
                            msg!(
                                "`{unit}` ends ({until}) before it begins ({from})",
                                unit = unit.name,
                                until,
                                from
                            ),
                        )
                        .help(msg!("`until` is the unit's last day, `from` its first")),
                );
            }
            if let Some(named) = &raw.successor {
                match self.unit_named(named.get_ref()) {
                    Some(successor) if *successor == *unit.name => self.problems.push(
                        source
                            .at(named.span(), msg!("`{unit}` cannot succeed itself", unit = unit.name))
                            .help(msg!("name the unit that takes over its work")),
                    ),
                    Some(successor) => unit.successor = Some(successor.to_string()),
                    None => self.problems.push(
                        source
                            .at(named.span(), msg!("the successor `{name}` is not a unit of the plan", name = named.get_ref()))
                            .help(msg!("declare it as a `[[unit]]` (with `from`, the day it takes over), or fix the name")),
                    ),
                }
            }
        }
        // Successors that lead back: nobody would ever owe the work.
        for (index, raw) in raw.iter().enumerate() {
            let mut seen = vec![units[index].name.clone()];
            let mut next = units[index].successor.clone();
            while let Some(name) = next {
                if seen.contains(&name) {
                    if let Some(at) = &raw.successor {
                        self.problems.push(
                            source
                                .at(at.span(), msg!("the successors of `{unit}` lead back to it: {chain}", unit = units[index].name, chain = seen.join(" → ")))
                                .help(msg!("a unit's work goes on to a unit that still exists; break the circle")),
                        );
                    }
                    break;
                }
                seen.push(name.clone());
                next = units
                    .iter()
                    .find(|u| u.name == name)
                    .and_then(|u| u.successor.clone());
            }
        }
    }

    /// Refuses an entry of task `id` dated after every unit leading it had ended with nobody
    /// to take over (no successor, on the unit or on the task): nobody could have done it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn after_end(
        &mut self,
        source: &Source,
        id: &str,
        units: &[Unit],
        lead: &[Arc<str>],
        successor: Option<&str>,
        entries: &[Entry],
        dates: &[Range<usize>],
    ) {
        if lead.is_empty() || successor.is_some() {
            return;
        }
        let leads: Vec<&Unit> = lead
            .iter()
            .filter_map(|name| units.iter().find(|u| *u.name == **name))
            .collect();
        if leads.len() != lead.len() || leads.iter().any(|u| u.successor.is_some()) {
            return;
        }
        for (entry, at) in entries.iter().zip(dates) {
            if leads.iter().all(|u| u.ended_by(entry.date)) {
                let last = leads
                    .iter()
                    .filter_map(|u| u.until)
                    .max()
                    .unwrap_or(entry.date);
                self.problems.push(
                    source
                        .at(at.clone(), msg!("`{id}` has progress on {day}, after every unit leading it had ended ({last})", id, day = crate::message::Arg::Day(entry.date), last = crate::message::Arg::Day(last)))
                        .help(msg!("name the unit that took over the work as `successor` (of the unit, or of the task), or correct the date")),
                );
            }
        }
    }
}
