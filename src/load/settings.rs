//! Checking `plan.toml`'s settings: the plan's year, and what it says of the report (cut-off,
//! header, signer, recipients, the bar or bands units are rated by, the items rates are over).

use toml::Spanned;

use super::check::Checker;
use super::raw::{RawBand, RawPlan};
use super::read::Source;
use crate::model::{Band, RateOver, ReportSettings};
use crate::msg;
use crate::text::{fold, nfc};
use crate::window::{Cutoff, SendBy};

impl Checker {
    pub(super) fn year(&mut self, source: &Source, year: &Spanned<i32>) -> i32 {
        if (1900..=2200).contains(year.get_ref()) {
            return *year.get_ref();
        }
        self.problems.push(
            source
                .at(
                    year.span(),
                    msg!("`{year}` is not a plan year", year = year.get_ref()),
                )
                .help(msg!("write the year of the plan, such as `year = 2023`")),
        );
        2000
    }

    pub(super) fn cutoff(
        &mut self,
        source: &Source,
        value: Option<&Spanned<toml::Value>>,
    ) -> Cutoff {
        let Some(value) = value else {
            return Cutoff::default();
        };
        match value.get_ref() {
            toml::Value::Integer(day) if (2..=28).contains(day) => Cutoff::Day(*day as u32),
            toml::Value::String(word) if word == "calendar" => Cutoff::Calendar,
            _ => {
                self.problems.push(
                    source
                        .at(value.span(), msg!("`report_cutoff` is a day of the month (2–28) or \"calendar\""))
                        .help(msg!("15 follows Nghị định 09/2019/NĐ-CP: a quarter's report runs from the 15th of the month before it to the 14th of its last month")),
                );
                Cutoff::default()
            }
        }
    }

    /// The report's keys of `plan.toml`, taken out of `raw`.
    pub(super) fn report_settings(&mut self, source: &Source, raw: &mut RawPlan) -> ReportSettings {
        let text = |value: Option<String>| value.map(|s| nfc(s.trim())).filter(|s| !s.is_empty());
        let mut settings = ReportSettings {
            parent_organization: text(raw.parent_organization.take()),
            issuer: text(raw.issuer.take()),
            symbol: text(raw.symbol.take()),
            place: text(raw.place.take()),
            signer: text(raw.report_signer.take()),
            signer_name: text(raw.report_signer_name.take()),
            recipients: std::mem::take(&mut raw.report_recipients)
                .into_iter()
                .filter_map(|r| text(Some(r)))
                .collect(),
            ..ReportSettings::default()
        };
        if let Some(term) = text(raw.report_lead_term.take()) {
            settings.lead_term = term;
        }
        if let Some(value) = &raw.report_threshold {
            match value.get_ref() {
                toml::Value::Integer(n) if (0..=100).contains(n) => settings.threshold = *n as f64,
                toml::Value::Float(x) if (0.0..=100.0).contains(x) => settings.threshold = *x,
                _ => self.problems.push(
                    source
                        .at(
                            value.span(),
                            msg!("`report_threshold` is a percentage from 0 to 100"),
                        )
                        .help(msg!(
                            "a unit reaches the bar when its rate is above it; 70 is the usual bar"
                        )),
                ),
            }
        }
        if let Some(value) = &raw.report_send {
            let day = |word: &str| {
                let digits = fold(word).replace("ngay", "");
                digits
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|d| (1..=31).contains(d))
            };
            match value.get_ref() {
                toml::Value::Integer(n) if (0..=30).contains(n) => {
                    settings.send = SendBy::WorkingDays(*n as u32)
                }
                toml::Value::String(word) if day(word).is_some() => {
                    settings.send = SendBy::DayOfMonth(day(word).unwrap_or(20))
                }
                _ => self.problems.push(
                    source
                        .at(value.span(), msg!("`report_send` is a number of working days after the cut-off, or a day of the month"))
                        .help(msg!("write `report_send = 2` (two working days after the cut-off) or `report_send = \"ngày 20\"`")),
                ),
            }
        }
        if let Some(report) = raw.report.take() {
            if let Some(over) = &report.rate_over {
                match over.get_ref().as_str() {
                    "due" => settings.rate_over = RateOver::Due,
                    "all" => settings.rate_over = RateOver::All,
                    _ => self.problems.push(
                        source
                            .at(over.span(), msg!("`rate_over` is \"due\" or \"all\""))
                            .help(msg!("\"due\": rates over the items due (the usual rule); \"all\": over every item assigned, those not yet due too")),
                    ),
                }
            }
            let mut highest = f64::INFINITY;
            for raw_band in &report.band {
                let Some(band) = self.band(source, raw_band.get_ref()) else {
                    continue;
                };
                if band.from >= highest {
                    self.problems.push(
                        source
                            .at(raw_band.span(), msg!("the bands are not highest first"))
                            .help(msg!("list `[[report.band]]` from the highest `from` down, each lower than the one before")),
                    );
                }
                highest = band.from;
                settings.bands.push(band);
            }
        }
        settings
    }

    /// One `[[report.band]]`, checked.
    fn band(&mut self, source: &Source, raw: &RawBand) -> Option<Band> {
        let from = match raw.from.get_ref() {
            toml::Value::Integer(n) if (0..=100).contains(n) => Some(*n as f64),
            toml::Value::Float(x) if (0.0..=100.0).contains(x) => Some(*x),
            _ => None,
        };
        if from.is_none() {
            self.problems.push(
                source
                    .at(
                        raw.from.span(),
                        msg!("a band's `from` is a percentage from 0 to 100"),
                    )
                    .help(msg!(
                        "a unit whose rate is this or more earns the band's word: `from = 80`"
                    )),
            );
        }
        let word = nfc(raw.word.get_ref().trim());
        if word.is_empty() {
            self.problems.push(
                source
                    .at(raw.word.span(), msg!("a band needs a word"))
                    .help(msg!(
                        "write what a unit in this band earns: `word = \"Hoàn thành tốt\"`"
                    )),
            );
        }
        let on_time = match raw.rate.as_ref().map(|r| r.get_ref().as_str()) {
            None | Some("done") => Some(false),
            Some("on_time") => Some(true),
            Some(_) => None,
        };
        if let (None, Some(rate)) = (on_time, &raw.rate) {
            self.problems.push(
                source
                    .at(
                        rate.span(),
                        msg!("a band's `rate` is \"done\" or \"on_time\""),
                    )
                    .help(msg!(
                        "\"done\" (the default) rates items done; \"on_time\" those done on time"
                    )),
            );
        }
        Some(Band {
            from: from?,
            word: (!word.is_empty()).then_some(word)?,
            on_time: on_time?,
        })
    }
}
