//! `plan remind`: for each unit, what falls due in exactly so many days (7, 3 and 1 by default)
//! and what is overdue, as short Vietnamese text to paste into a message or an e-mail, or as the
//! reminder letter (công văn đôn đốc) to the units with overdue items.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use super::report::outline::{Block, Span};
use super::report::{data, deliver, docx, words};
use super::{Context, Outcome};
use crate::bail;
use crate::cli::{RemindArgs, RemindFormat};
use crate::lang::Lang;
use crate::message::Result;
use crate::model::{Plan, Unit};
use crate::msg;
use crate::period::Period;
use crate::render;
use crate::rules;
use crate::units::{self, Role};

/// The longest a title is shown in a reminder, in characters.
const SHORT: usize = 70;

/// What one unit is reminded of.
#[derive(Debug, Serialize)]
struct Reminder {
    unit: String,
    items: Vec<Due>,
}

#[derive(Debug, Serialize)]
struct Due {
    id: String,
    period: Option<Period>,
    title: String,
    due: NaiveDate,
    /// Days until it is due, for an item not yet due.
    days_left: Option<i64>,
    days_overdue: Option<i64>,
}

impl Due {
    /// "- I.1 Xây dựng Kế hoạch CCHC năm 2023: hạn 31/03/2023, quá hạn 91 ngày".
    fn line(&self) -> String {
        let when = match (self.days_overdue, self.days_left) {
            (Some(days), _) => format!("quá hạn {days} ngày"),
            (None, Some(days)) => format!("còn {days} ngày"),
            _ => String::new(),
        };
        let period = self
            .period
            .map(|p| format!(" (kỳ {})", words::period(p)))
            .unwrap_or_default();
        format!(
            "{}{period} {}: hạn {}, {when}",
            self.id,
            shortened(&self.title),
            Lang::Vi.day(self.due)
        )
    }
}

/// `title` cut at a word to fit [`SHORT`] characters, with "…".
fn shortened(title: &str) -> String {
    if title.chars().count() <= SHORT {
        return title.to_string();
    }
    let mut cut = String::new();
    for word in title.split_whitespace() {
        if cut.chars().count() + word.chars().count() + 1 > SHORT - 1 {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// What `unit` (through the collective units it belongs to too) leads and must be reminded of
/// on `day`: open items overdue, or due in exactly one of `days` days.
fn reminder(plan: &Plan, unit: &Unit, day: NaiveDate, days: &[u32]) -> Reminder {
    let names = units::appears_as(plan, unit, false);
    let mut items = Vec::new();
    for task in plan.tasks.iter().filter(|t| !t.is_heading()) {
        if !units::involves_on(plan, task, &names, Some(Role::Lead), day) {
            continue;
        }
        for item in rules::items(plan, task) {
            let state = item.state(day);
            if state.status.is_closed() {
                continue;
            }
            let Some(due) = rules::owed_by(task, &state) else {
                continue;
            };
            let days_overdue = rules::days_overdue(task, &state, day);
            let left = (due - day).num_days();
            let soon = left >= 0 && days.iter().any(|d| i64::from(*d) == left);
            if days_overdue.is_none() && !soon {
                continue;
            }
            items.push(Due {
                id: task.id.clone(),
                period: item.period,
                title: task.title.clone(),
                due,
                days_left: days_overdue.is_none().then_some(left),
                days_overdue,
            });
        }
    }
    Reminder {
        unit: unit.name.clone(),
        items,
    }
}

pub fn run(context: &Context, args: &RemindArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let day = args.as_of.resolve(context.env.today);
    let reminders: Vec<Reminder> = super::units_named(plan, &args.units)?
        .into_iter()
        .map(|unit| reminder(plan, unit, day, &args.days))
        .filter(|r| !r.items.is_empty())
        .collect();
    if args.format == RemindFormat::Docx && args.output.is_none() {
        bail!(
            msg!("a Word document cannot be shown here")
                .help(msg!("add `-o {file}`", file = "don-doc.docx"))
        );
    }
    let mut buffer = Vec::new();
    if reminders.is_empty() && args.format != RemindFormat::Json {
        let said = msg!(
            "nothing to remind of on {day}",
            day = crate::message::Arg::Day(day)
        );
        writeln!(out, "{}", said.text(context.lang))?;
        return Ok(Outcome::Success);
    }
    match args.format {
        RemindFormat::Json => render::write_json(&mut buffer, &reminders)?,
        RemindFormat::Text => {
            for (index, reminder) in reminders.iter().enumerate() {
                if index > 0 {
                    writeln!(buffer)?;
                }
                writeln!(buffer, "{}", reminder.unit)?;
                for item in &reminder.items {
                    writeln!(buffer, "- {}", item.line())?;
                }
            }
        }
        RemindFormat::Markdown => {
            for reminder in &reminders {
                writeln!(buffer, "### {}\n", reminder.unit)?;
                for item in &reminder.items {
                    writeln!(buffer, "- {}", item.line())?;
                }
                writeln!(buffer)?;
            }
        }
        RemindFormat::Docx => {
            let blocks = letter(plan, day, &reminders);
            if blocks.is_empty() {
                let said = msg!(
                    "nothing is overdue on {day}: no letter was made",
                    day = crate::message::Arg::Day(day)
                );
                writeln!(out, "{}", said.text(context.lang))?;
                return Ok(Outcome::Success);
            }
            buffer = docx::write(&blocks)?;
        }
    }
    deliver(context, args.output.as_deref(), args.force, &buffer, out)
}

/// The reminder letter: to the units with overdue items, listing them, for the Office to edit
/// and sign. Empty when nothing is overdue.
fn letter(plan: &Plan, day: NaiveDate, reminders: &[Reminder]) -> Vec<Block> {
    let overdue: Vec<(&str, Vec<&Due>)> = reminders
        .iter()
        .map(|r| {
            let items: Vec<&Due> = r
                .items
                .iter()
                .filter(|i| i.days_overdue.is_some())
                .collect();
            (r.unit.as_str(), items)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect();
    if overdue.is_empty() {
        return Vec::new();
    }
    let issuer = data::issuer(plan);
    let name = issuer
        .name
        .clone()
        .unwrap_or_else(|| "[Tên cơ quan]".to_string());
    let symbol = issuer.symbol.as_deref().unwrap_or("…");
    let addressed: Vec<&str> = overdue.iter().map(|(unit, _)| *unit).collect();
    let basis = match &plan.document {
        Some(document) => format!(
            "Thực hiện {document} về {}",
            super::report::outline::subject_of(Some(document), &plan.title)
        ),
        None => format!("Thực hiện {}", plan.title),
    };
    let mut blocks = vec![
        Block::Header {
            parent: issuer.parent.clone(),
            issuer: name.clone(),
            number: format!("Số: …/{symbol}-VP"),
            about: Some("V/v đôn đốc thực hiện nhiệm vụ cải cách hành chính".to_string()),
            place_date: format!(
                "{}, ngày … tháng … năm …",
                issuer.place.as_deref().unwrap_or("…")
            ),
        },
        Block::Paragraph(vec![Span::Text(format!(
            "Kính gửi: {}.",
            addressed.join("; ")
        ))]),
        Block::Paragraph(vec![Span::Text(format!(
            "{basis}, đến ngày {}, các nhiệm vụ sau đã quá thời hạn nhưng chưa hoàn thành:",
            Lang::Vi.day(day)
        ))]),
    ];
    for (number, (unit, items)) in overdue.iter().enumerate() {
        blocks.push(Block::Point(format!("{}. {unit}", number + 1)));
        blocks.push(Block::Table {
            headers: ["STT", "Nhiệm vụ", "Thời hạn", "Số ngày quá hạn"]
                .map(str::to_string)
                .to_vec(),
            rows: items
                .iter()
                .map(|item| {
                    let title = match item.period {
                        Some(period) => format!("{} (kỳ {})", item.title, words::period(period)),
                        None => item.title.clone(),
                    };
                    vec![
                        item.id.clone(),
                        title,
                        Lang::Vi.day(item.due),
                        item.days_overdue.unwrap_or_default().to_string(),
                    ]
                })
                .collect(),
            widths: vec![10, 60, 15, 15],
        });
    }
    blocks.push(Block::Paragraph(vec![
        Span::Text(format!(
            "Để bảo đảm tiến độ thực hiện nhiệm vụ cải cách hành chính năm {}, {name} đề nghị các đơn vị khẩn trương triển khai thực hiện các nhiệm vụ nêu trên và báo cáo kết quả (kèm tài liệu kiểm chứng) về Văn phòng trước ngày ",
            plan.year
        )),
        Span::Placeholder("[ngày … tháng … năm …]".to_string()),
        Span::Text("./.".to_string()),
    ]));
    let recipients = ["Như trên", "Lãnh đạo Sở", "Lưu: VT, VP"].map(str::to_string);
    blocks.push(issuer.signature(recipients.to_vec()));
    blocks
}
