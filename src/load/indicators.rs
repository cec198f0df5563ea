//! Checking `plan.toml`'s indicators (`[[indicator]]`) and the values recorded for them
//! (`[[record]]`, appended by `plan record`).

use foldhash::HashMap;

use super::check::Checker;
use super::raw::{RawIndicator, RawRecord};
use super::read::Source;
use crate::diagnostic::Diagnostic;
use crate::message::Said as _;
use crate::model::{Indicator, Record};
use crate::msg;
use crate::period::Period;
use crate::text::nfc;

/// The largest value an indicator may take: far beyond any count or amount a report gives,
/// and exact in a float.
const MAX_VALUE: f64 = 1e15;

/// The indicators, and for each that names a section, that section with the problem to report
/// if the plan turns out not to have it.
pub(super) type Checked = (Vec<Indicator>, Vec<(String, Diagnostic)>);

impl Checker {
    pub(super) fn indicators(
        &mut self,
        source: &Source,
        raw: Vec<RawIndicator>,
        records: Vec<RawRecord>,
        year: i32,
    ) -> Checked {
        let mut indicators: Vec<Indicator> = Vec::new();
        let mut sections = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::default();
        for raw in raw {
            let id = nfc(raw.id.get_ref().trim());
            if !self.name_is_typeable(source, raw.id.span(), &id) {
                continue;
            }
            if id.is_empty() || id.contains(char::is_whitespace) {
                self.problems.push(
                    source
                        .at(raw.id.span(), msg!("an indicator's `id` is one word"))
                        .help(msg!(
                            "it is what `plan record` is given: `id = \"dvc-truc-tuyen\"`"
                        )),
                );
                continue;
            }
            if index.contains_key(&id) {
                self.problems.push(
                    source
                        .at(
                            raw.id.span(),
                            msg!("indicator `{id}` is declared twice", id),
                        )
                        .help(msg!("give each `[[indicator]]` its own `id`")),
                );
                continue;
            }
            let name = nfc(raw.name.get_ref().trim());
            if name.is_empty() {
                self.problems.push(
                    source
                        .at(raw.name.span(), msg!("indicator `{id}` has no name", id))
                        .help(msg!("write the figure as the report names it: `name = \"Tỷ lệ hồ sơ nộp trực tuyến\"`")),
                );
            }
            let target = raw
                .target
                .as_ref()
                .and_then(|t| self.number(source, t, msg!("`target` is a number")));
            if let Some(section) = &raw.section {
                let wanted = nfc(section.get_ref().trim());
                let problem = source
                    .at(
                        section.span(),
                        msg!("the plan has no section `{section}`", section = wanted),
                    )
                    .help(msg!(
                        "write the `id` of one of the plan's section files, such as `section = \"III\"`"
                    ));
                sections.push((wanted, problem));
            }
            index.insert(id.clone(), indicators.len());
            indicators.push(Indicator {
                id,
                name,
                unit: raw.unit.map(|u| nfc(u.trim())).filter(|u| !u.is_empty()),
                target,
                section: raw.section.map(|s| nfc(s.get_ref().trim())),
                records: Vec::new(),
            });
        }
        for raw in records {
            let id = nfc(raw.indicator.get_ref().trim());
            let Some(&at) = index.get(&id) else {
                self.problems.push(
                    source
                        .at(raw.indicator.span(), msg!("no indicator `{id}` is declared", id))
                        .help(msg!("declare it as an `[[indicator]]` in `plan.toml`, or fix the `indicator` of this record")),
                );
                continue;
            };
            let period = match raw.period.get_ref().trim().parse::<Period>() {
                Ok(period) if period.year < year => {
                    self.problems.push(
                        source
                            .at(
                                raw.period.span(),
                                msg!("`{period}` is before the plan's year {year}", period, year),
                            )
                            .help(msg!("a period of the plan, such as `2023-Q2`")),
                    );
                    None
                }
                Ok(period) => {
                    if period.year > year {
                        let later = source
                            .at(
                                raw.period.span(),
                                msg!("`{period}` is after the plan's last year", period),
                            )
                            .help(msg!("a period of the plan, such as `2023-Q2`"));
                        self.later.push((period.year, later));
                    }
                    Some(period)
                }
                Err(e) => {
                    self.problems
                        .push(source.at(raw.period.span(), e.said()).help(msg!(
                            "write the period as `2023-05`, `2023-Q2`, `2023-H1` or `2023`"
                        )));
                    None
                }
            };
            let value = self.number(source, &raw.value, msg!("a recorded value is a number"));
            let date = self.date(source, &raw.date);
            if let (Some(period), Some(value), Some(date)) = (period, value, date) {
                indicators[at].records.push(Record {
                    period,
                    value,
                    date,
                    note: raw.note.map(|n| nfc(n.trim())).filter(|n| !n.is_empty()),
                });
            }
        }
        (indicators, sections)
    }

    /// A number (`target`, `value`) that a report can print: finite, not beyond [`MAX_VALUE`].
    fn number(
        &mut self,
        source: &Source,
        value: &toml::Spanned<toml::Value>,
        what: crate::message::Message,
    ) -> Option<f64> {
        let number = match value.get_ref() {
            toml::Value::Integer(n) => Some(*n as f64),
            toml::Value::Float(x) => Some(*x),
            _ => None,
        };
        match number {
            Some(x) if x.is_finite() && x.abs() <= MAX_VALUE => Some(x),
            _ => {
                self.problems.push(source.at(value.span(), what).help(msg!(
                    "write it without quotes or units, with a point for decimals: `85.5`"
                )));
                None
            }
        }
    }
}
