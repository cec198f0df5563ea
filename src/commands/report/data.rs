//! The report as one structure: the window, each report item with its one result, and the
//! counts and rates by section, by lead unit and overall. `--format json` prints it as it is;
//! every other format is drawn from it.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Band, Entry, Indicator, Plan, RateOver, Status, Task};
use crate::period::{Every, Period};
use crate::rules::{self, Counts, Verdict, items, next_period};
use crate::window::{Title, Window};

#[derive(Debug, Serialize)]
pub struct WindowOut {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The period reported on: `2023-Q2`, `2023-H1`, `2023`.
    pub period: Period,
    pub send_by: NaiveDate,
    /// The period as the report's title names it: "quý II năm 2023".
    pub title: String,
}

/// Who issues the report, as its header and signature show it.
#[derive(Debug, Serialize)]
pub struct Issuer {
    /// The plan's `organization`.
    pub organization: Option<String>,
    /// The body above it in the header.
    pub parent: Option<String>,
    /// The issuer as the header prints it.
    pub name: Option<String>,
    pub symbol: Option<String>,
    pub place: Option<String>,
    pub signer: String,
    pub signer_name: Option<String>,
    pub recipients: Vec<String>,
}

impl Issuer {
    /// The signature block of a document it sends to `recipients`: the signer's title in
    /// capitals, a line each, and the name if known.
    pub fn signature(&self, recipients: Vec<String>) -> super::outline::Block {
        super::outline::Block::Signature {
            recipients,
            signer: self
                .signer
                .lines()
                .map(|l| l.trim().to_uppercase())
                .filter(|l| !l.is_empty())
                .collect(),
            name: self.signer_name.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct PlanOut {
    pub title: String,
    pub document: Option<String>,
    pub year: i32,
    /// How many sections and tasks (headings apart) the plan has.
    pub sections: usize,
    pub tasks: usize,
    /// The documents that added sections to the plan later (supplements), in plan order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub supplements: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct UnitRow {
    pub unit: String,
    #[serde(flatten)]
    pub counts: Counts,
    /// The rate is above the threshold; `None` when nothing counts.
    pub reaches_threshold: Option<bool>,
    /// How the unit is rated: its band's word, or "Đạt"/"Chưa đạt" by the threshold.
    pub rating: Option<String>,
    /// The units whose work it took over in the window, each with its last day.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub formerly: Vec<(String, NaiveDate)>,
}

impl UnitRow {
    /// The unit as a table names it: "Phòng B (trước đây: Phòng A, đến 30/06/2023)" when the
    /// window spans the change.
    pub fn label(&self) -> String {
        if self.formerly.is_empty() {
            return self.unit.clone();
        }
        let before: Vec<String> = self
            .formerly
            .iter()
            .map(|(name, until)| format!("{name}, đến {}", crate::lang::Lang::Vi.day(*until)))
            .collect();
        format!("{} (trước đây: {})", self.unit, before.join("; "))
    }
}

#[derive(Debug, Serialize)]
pub struct SectionRow {
    pub section: String,
    pub title: String,
    #[serde(flatten)]
    pub counts: Counts,
}

/// A deadline in force that a progress entry set.
#[derive(Debug, Clone, Serialize)]
pub struct Extension {
    pub due: NaiveDate,
    /// The day it was set.
    pub date: NaiveDate,
    pub note: Option<String>,
    /// The due date before it, if there was one.
    pub previous_due: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntryOut {
    pub date: NaiveDate,
    pub status: Option<Status>,
    pub due: Option<NaiveDate>,
    pub note: Option<String>,
}

/// One report item: a task, or one occurrence of a periodic task.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: String,
    pub period: Option<Period>,
    pub title: String,
    pub lead: Vec<String>,
    /// The due date in force on the cut-off day.
    pub due: Option<NaiveDate>,
    pub result: Verdict,
    /// Due before the period reported on and still open when the window began.
    pub carried_over: bool,
    /// The entries made in the window for this item, in date order.
    pub entries: Vec<EntryOut>,
    pub section: String,
    /// The heading the task sits under, if any, and its title.
    pub parent: Option<String>,
    pub heading: Option<String>,
    /// The deadline as the plan words it.
    pub deadline: Option<String>,
    /// The status on the cut-off day.
    pub status: Status,
    /// For a continuous task: whether it has a result in the window.
    pub with_result: Option<bool>,
    /// The day it was done, and how many days late.
    pub done_on: Option<NaiveDate>,
    pub days_late: Option<i64>,
    /// The deadline in force, when an entry set it (`plan due`).
    pub extension: Option<Extension>,
    pub budget: Option<u64>,
    /// What the entry that set the status says (the difficulty of a blocked task).
    pub status_note: Option<String>,
    /// For an item counted done (or a continuous one with a result): the documents that prove
    /// it, named by its entries up to the cut-off.
    pub evidence: Vec<super::evidence::Doc>,
}

/// Something due in the next period.
#[derive(Debug, Clone, Serialize)]
pub struct NextItem {
    pub id: String,
    pub period: Option<Period>,
    pub title: String,
    pub lead: Vec<String>,
    pub due: NaiveDate,
}

#[derive(Debug, Serialize)]
pub struct Next {
    pub period: Period,
    pub title: String,
    pub tasks: Vec<NextItem>,
}

/// An estimate of the year to its end ("ước thực hiện đến 31/12"): the items due by then,
/// counting those in progress at the cut-off as done.
#[derive(Debug, Serialize)]
pub struct Estimate {
    /// The last day of the year.
    pub to: NaiveDate,
    /// Items counted in the rate: those at the cut-off, and those falling due after it by `to`.
    pub counted: usize,
    /// Done by the cut-off, and in progress then (expected done).
    pub done: usize,
    pub expected: usize,
    pub rate: Option<f64>,
}

impl Report {
    /// Adds the estimate to the year's end to a year's report.
    pub fn estimate(&mut self) {
        let to = self.window.period.end();
        let counted = self.totals.rated;
        let done = self.totals.done();
        let later: Vec<&Item> = self
            .tasks
            .iter()
            .filter(|t| t.result == Verdict::NotYetDue && t.due.is_some_and(|d| d <= to))
            .collect();
        let expected = later.iter().filter(|t| t.status == Status::Doing).count();
        // Over every item assigned, those falling due later are already counted.
        let counted = match self.rate_over {
            RateOver::Due => counted + later.len(),
            RateOver::All => counted,
        };
        self.estimate = Some(Estimate {
            to,
            counted,
            done,
            expected,
            rate: rules::rate(done + expected, counted),
        });
    }
}

/// One quarter's counts in the year's report.
#[derive(Debug, Serialize)]
pub struct QuarterRow {
    pub period: Period,
    pub title: String,
    #[serde(flatten)]
    pub counts: Counts,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub window: WindowOut,
    pub totals: Counts,
    pub units: Vec<UnitRow>,
    pub sections: Vec<SectionRow>,
    pub tasks: Vec<Item>,
    /// A unit reaches the bar when its rate is above this percentage.
    pub threshold: f64,
    /// Which items the rates are over, and the bands units are rated by (none: the bar).
    pub rate_over: RateOver,
    pub bands: Vec<Band>,
    /// The report's word for a lead unit.
    pub lead_term: String,
    pub plan: PlanOut,
    pub issuer: Issuer,
    /// What falls due in the period after this one.
    pub next: Next,
    /// For a report on one unit: its name.
    pub unit: Option<String>,
    /// In a year's report, each quarter's counts and rates by that quarter's own report: the
    /// trend through the year.
    pub quarters: Vec<QuarterRow>,
    /// With `--estimate`: the year to its end, never mixed into the figures above.
    pub estimate: Option<Estimate>,
    /// The plan's indicators, each with its value for the report's period.
    pub indicators: Vec<IndicatorRow>,
}

/// An indicator in a report: its value for the report's period ([`Indicator::value_for`]).
#[derive(Debug, Serialize)]
pub struct IndicatorRow {
    pub id: String,
    pub name: String,
    pub unit: Option<String>,
    pub target: Option<f64>,
    pub section: Option<String>,
    /// `None` when no value was recorded for the period.
    pub value: Option<f64>,
    /// The period the value was recorded for: the report's, or one within it.
    pub period: Option<Period>,
    pub note: Option<String>,
}

impl IndicatorRow {
    fn new(indicator: &Indicator, period: Period) -> IndicatorRow {
        let record = indicator.value_for(period);
        IndicatorRow {
            id: indicator.id.clone(),
            name: indicator.name.clone(),
            unit: indicator.unit.clone(),
            target: indicator.target,
            section: indicator.section.clone(),
            value: record.map(|r| r.value),
            period: record.map(|r| r.period),
            note: record.and_then(|r| r.note.clone()),
        }
    }
}

impl Report {
    /// The report on `window`, over the tasks `keep` lets through; for one `unit`, its row
    /// alone in the table of units.
    pub fn new(
        plan: &Plan,
        window: Window,
        unit: Option<&str>,
        keep: &dyn Fn(&Task) -> bool,
    ) -> Report {
        let settings = &plan.report;
        let headings: HashMap<&str, &str> = plan
            .tasks
            .iter()
            .filter(|t| t.is_heading())
            .map(|t| (t.id.as_str(), t.title.as_str()))
            .collect();
        let mut tasks = Vec::new();
        let mut totals = Counts::default();
        let mut by_section: Vec<Counts> = vec![Counts::default(); plan.sections.len()];
        let mut by_unit: Vec<Counts> = vec![Counts::default(); plan.units.len()];
        let section_index: HashMap<&str, usize> = plan
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        for task in plan.tasks.iter().filter(|t| !t.is_heading() && keep(t)) {
            let heading = task
                .parent
                .as_deref()
                .and_then(|p| headings.get(p))
                .map(|t| t.to_string());
            let found = report_items(plan, task, &window, heading);
            if found.is_empty() {
                continue;
            }
            let section = section_index.get(&*task.section).copied();
            let budget = task.budget.unwrap_or(0);
            let mut groups: Vec<&mut Counts> = vec![&mut totals];
            if let Some(counts) = section.and_then(|i| by_section.get_mut(i)) {
                groups.push(counts);
            }
            groups.extend(
                by_unit
                    .iter_mut()
                    .zip(&plan.units)
                    // Under the unit that owes the task on the cut-off day.
                    .filter(|(_, u)| {
                        crate::units::owners_on(plan, task, crate::units::Role::Lead, window.to)
                            .contains(&u.name.as_str())
                    })
                    .map(|(c, _)| c),
            );
            for counts in groups {
                counts.budget += budget;
                for item in &found {
                    counts.count(item.result, item.with_result == Some(true));
                }
            }
            tasks.extend(found);
        }
        let over = settings.rate_over;
        let row = |unit: &str, counts: Counts| {
            let counts = counts.finish_over(over);
            // The units that ended in the window and whose work went to this one.
            let formerly = plan
                .units
                .iter()
                .filter(|u| u.successor.as_deref() == Some(unit))
                .filter_map(|u| u.until.map(|until| (u.name.clone(), until)))
                .filter(|(_, until)| *until >= window.from && *until < window.to)
                .collect();
            UnitRow {
                formerly,
                unit: unit.to_string(),
                reaches_threshold: counts.above(settings.threshold),
                rating: counts.rating(settings).map(str::to_string),
                counts,
            }
        };
        let units = match unit {
            // One unit's report: its row holds every task it leads, through a collective too.
            Some(unit) => vec![row(unit, totals.clone())],
            None => plan
                .units
                .iter()
                .zip(by_unit)
                .map(|(unit, counts)| row(&unit.name, counts))
                .collect(),
        };
        let sections = plan
            .sections
            .iter()
            .zip(by_section)
            .map(|(section, counts)| SectionRow {
                section: section.id.clone(),
                title: section.title.clone(),
                counts: counts.finish_over(over),
            })
            .collect();
        let next_span = next_period(window.span);
        Report {
            window: WindowOut {
                from: window.from,
                to: window.to,
                period: window.span,
                send_by: window.send_by(settings.send),
                title: Title(window.span).to_string(),
            },
            totals: totals.finish_over(over),
            units,
            sections,
            tasks,
            threshold: settings.threshold,
            rate_over: over,
            bands: settings.bands.clone(),
            lead_term: settings.lead_term.clone(),
            plan: PlanOut {
                title: plan.title.clone(),
                document: plan.document.clone(),
                year: plan.year,
                sections: plan.sections.len(),
                tasks: plan.tasks.iter().filter(|t| !t.is_heading()).count(),
                supplements: plan.sections.iter().fold(Vec::new(), |mut found, s| {
                    if let Some(document) = &s.document
                        && plan.document.as_ref() != Some(document)
                        && !found.contains(document)
                    {
                        found.push(document.clone());
                    }
                    found
                }),
            },
            issuer: issuer(plan),
            next: Next {
                period: next_span,
                title: Title(next_span).to_string(),
                tasks: due_in(plan, next_span, window.to, keep),
            },
            unit: unit.map(str::to_string),
            quarters: match window.span.every {
                Every::Year => quarters(plan, window.span.year, keep),
                _ => Vec::new(),
            },
            estimate: None,
            // The department's figures; a report on one unit leaves them out.
            indicators: match unit {
                Some(_) => Vec::new(),
                None => plan
                    .indicators
                    .iter()
                    .map(|indicator| IndicatorRow::new(indicator, window.span))
                    .collect(),
            },
        }
    }
}

/// Each quarter of `year` as its own report counts it (its own window, by the plan's cut-off).
fn quarters(plan: &Plan, year: i32, keep: &dyn Fn(&Task) -> bool) -> Vec<QuarterRow> {
    (1..=4)
        .filter_map(|q| Period::quarter(year, q))
        .map(|period| {
            let window = Window::new(period, plan.report_cutoff);
            let mut counts = Counts::default();
            for task in plan.tasks.iter().filter(|t| !t.is_heading() && keep(t)) {
                for reported in rules::reported(plan, task, &window) {
                    let with_result =
                        reported.verdict == Verdict::Continuous && rules::has_result(task, &window);
                    counts.count(reported.verdict, with_result);
                }
            }
            QuarterRow {
                period,
                title: Title(period).to_string(),
                counts: counts.finish_over(plan.report.rate_over),
            }
        })
        .collect()
}

/// The report's items of `task` ([`rules::reported`]), with what the report says of each.
fn report_items(plan: &Plan, task: &Task, window: &Window, heading: Option<String>) -> Vec<Item> {
    let to = window.to;
    rules::reported(plan, task, window)
        .into_iter()
        .map(|reported| {
            let period = reported.item.period;
            let state = task.state_on(to, period);
            let status_entry = task.status_entry_on(to, period);
            let extension = match period {
                Some(_) => None,
                None => extension(task, to),
            };
            let continuous = reported.verdict == Verdict::Continuous;
            Item {
                id: task.id.clone(),
                period,
                title: task.title.clone(),
                lead: leads_on(plan, task, to),
                due: state.due,
                result: reported.verdict,
                carried_over: reported.carried_over,
                entries: task
                    .progress
                    .iter()
                    .filter(|e| {
                        window.contains(e.date) && (e.period.is_none() || e.period == period)
                    })
                    .map(entry_out)
                    .collect(),
                section: task.section.to_string(),
                parent: heading.as_ref().and(task.parent.clone()),
                heading: heading.clone(),
                deadline: task.deadline_text.as_deref().map(str::to_string),
                status: state.status,
                with_result: continuous.then(|| rules::has_result(task, window)),
                done_on: status_entry
                    .filter(|_| state.status == Status::Done)
                    .map(|e| e.date),
                days_late: state.days_late,
                extension,
                budget: task.budget,
                status_note: status_entry.and_then(|e| e.note.clone()),
                evidence: match reported.verdict {
                    Verdict::DoneOnTime | Verdict::DoneLate | Verdict::Continuous => {
                        super::evidence::documents(
                            task.progress
                                .iter()
                                .filter(|e| e.period == period && e.date <= to),
                        )
                    }
                    _ => Vec::new(),
                },
            }
        })
        .collect()
}

/// The units leading `task` on `day`, as documents name a unit that took over: "Phòng B
/// (trước đây: Phòng A)".
pub(crate) fn leads_on(plan: &Plan, task: &Task, day: NaiveDate) -> Vec<String> {
    // Each unit owing it, with the units named on the task whose work it took over.
    let mut owners: Vec<(&str, Vec<&str>)> = Vec::new();
    for name in &task.lead {
        let owner = crate::units::owner_on(plan, task, name, day);
        let at = match owners.iter().position(|(o, _)| *o == owner) {
            Some(at) => at,
            None => {
                owners.push((owner, Vec::new()));
                owners.len() - 1
            }
        };
        if owner != &**name {
            owners[at].1.push(name);
        }
    }
    owners
        .into_iter()
        .map(|(owner, before)| match before.as_slice() {
            [] => owner.to_string(),
            _ => format!("{owner} (trước đây: {})", before.join(", ")),
        })
        .collect()
}

/// The deadline in force on `to`, when an entry set it.
fn extension(task: &Task, to: NaiveDate) -> Option<Extension> {
    let entry = task
        .progress
        .iter()
        .filter(|e| e.date <= to && e.due.is_some())
        .max_by_key(|e| e.date)?;
    let due = entry.due?;
    let previous_due = entry
        .date
        .pred_opt()
        .and_then(|day| task.due_on(day))
        .filter(|previous| *previous != due);
    Some(Extension {
        due,
        date: entry.date,
        note: entry.note.clone(),
        previous_due,
    })
}

fn entry_out(entry: &Entry) -> EntryOut {
    EntryOut {
        date: entry.date,
        status: entry.status,
        due: entry.due,
        note: entry.note.clone(),
    }
}

/// The tasks and occurrences due in `span` by the deadlines in force on `day`, not done or
/// dropped by then.
fn due_in(
    plan: &Plan,
    span: Period,
    day: NaiveDate,
    keep: &dyn Fn(&Task) -> bool,
) -> Vec<NextItem> {
    let mut found = Vec::new();
    for task in plan.tasks.iter().filter(|t| !t.is_heading() && keep(t)) {
        for item in items(plan, task) {
            let state = task.state_on(day, item.period);
            let Some(due) = rules::owed_by(task, &state).filter(|d| span.contains(*d)) else {
                continue;
            };
            found.push(NextItem {
                id: task.id.clone(),
                period: item.period,
                title: task.title.clone(),
                lead: task.lead.iter().map(|u| u.to_string()).collect(),
                due,
            });
        }
    }
    found
}

/// The header's names, from `plan.toml` or worked out from `organization` and `document`:
/// "Sở Khoa học và Công nghệ tỉnh Tây Ninh" is issued as "Sở Khoa học và Công nghệ" under
/// "UBND tỉnh Tây Ninh", at "Tây Ninh"; "Kế hoạch số 12/KH-KHCN" gives the symbol `KHCN`.
pub(crate) fn issuer(plan: &Plan) -> Issuer {
    let settings = &plan.report;
    let organization = plan.organization.clone();
    // "… tỉnh Tây Ninh", "… thành phố Hà Nội": the province the department belongs to.
    let province = organization.as_deref().and_then(|name| {
        ["tỉnh ", "thành phố "].iter().find_map(|word| {
            name.rfind(word)
                .filter(|at| *at > 0)
                .map(|at| (&name[..at], &name[at..], &name[at + word.len()..]))
        })
    });
    let parent = settings
        .parent_organization
        .clone()
        .or_else(|| province.map(|(_, province, _)| format!("UBND {province}")));
    let name = settings
        .issuer
        .clone()
        .or_else(|| province.map(|(own, _, _)| own.trim().to_string()))
        .or_else(|| organization.clone());
    let place = settings
        .place
        .clone()
        .or_else(|| province.map(|(_, _, place)| place.trim().to_string()));
    let symbol = settings.symbol.clone().or_else(|| {
        let document = plan.document.as_deref()?;
        let number = document.split_whitespace().find(|w| w.contains('/'))?;
        let symbol = number.rsplit_once('-')?.1;
        (!symbol.is_empty()).then(|| symbol.to_string())
    });
    Issuer {
        organization,
        parent,
        name,
        symbol,
        place,
        signer: settings
            .signer
            .clone()
            .unwrap_or_else(|| "Giám đốc".to_string()),
        signer_name: settings.signer_name.clone(),
        recipients: if settings.recipients.is_empty() {
            // The body the report goes to, the department's leaders, and the office's copies.
            ["Sở Nội vụ", "Lãnh đạo Sở", "Lưu: VT, VP"]
                .map(str::to_string)
                .to_vec()
        } else {
            settings.recipients.clone()
        },
    }
}
