//! `plan ask`: a workbook per unit of what it owes (overdue, or due soon), for the division to
//! fill in and send back; `plan collect` reads the answers. The layout both sides share is
//! here: the columns, where the header is, and the hidden sheet saying what the workbook was
//! made from.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::{Context, Outcome};
use crate::bail;
use crate::cli::{AskArgs, AskRole};
use crate::files;
use crate::lang::Lang;
use crate::message::Result;
use crate::model::{Plan, Status, Task};
use crate::msg;
use crate::period::Period;
use crate::rules;
use crate::text::fold;
use crate::units::{self, Role};

/// The sheet the division fills in, and the hidden one saying what it was made from.
pub const SHEET: &str = "Cập nhật";
pub const MADE_FROM: &str = "plan";
/// The row of the headers (0-based); the items follow it.
pub const HEADER_ROW: u32 = 4;

/// The columns: those `plan ask` fills and locks, then those the division fills.
pub const ID: &str = "Mã nhiệm vụ";
pub const PERIOD: &str = "Kỳ";
pub const STATUS: &str = "Trạng thái";
pub const DATE: &str = "Ngày";
pub const NOTE: &str = "Ghi chú / Kết quả";
pub const DOC: &str = "Văn bản kiểm chứng";
const HEADERS: [&str; 13] = [
    ID,
    PERIOD,
    "Nhiệm vụ",
    "Vai trò",
    "Thời hạn",
    "Hạn",
    "Số ngày quá hạn",
    "Trạng thái hiện tại",
    "Ghi chú gần nhất",
    STATUS,
    DATE,
    NOTE,
    DOC,
];
/// The first of the columns the division fills.
const FIRST_ANSWER: u16 = 9;

/// One item a unit is asked about.
struct Asked<'p> {
    task: &'p Task,
    period: Option<Period>,
    role: Role,
    due: NaiveDate,
    days_overdue: Option<i64>,
    status: Status,
    note: Option<&'p str>,
}

/// The items `names` (a unit and the collective units it belongs to) owe as of `day`: open,
/// and overdue or due within `ahead` days, in the roles asked for; continuous tasks, which
/// have no due date, are not asked about.
fn owed<'p>(
    plan: &'p Plan,
    names: &[&str],
    role: AskRole,
    day: NaiveDate,
    ahead: u32,
) -> Vec<Asked<'p>> {
    let mut found = Vec::new();
    for task in plan.tasks.iter().filter(|t| !t.is_heading()) {
        let role = match role {
            AskRole::Lead | AskRole::All
                if units::involves_on(plan, task, names, Some(Role::Lead), day) =>
            {
                Role::Lead
            }
            AskRole::Support | AskRole::All
                if units::involves_on(plan, task, names, Some(Role::Support), day) =>
            {
                Role::Support
            }
            _ => continue,
        };
        for item in rules::items(plan, task) {
            let state = item.state(day);
            if state.status.is_closed() {
                continue;
            }
            let days_overdue = rules::days_overdue(task, &state, day);
            let Some(due) = rules::owed_by(task, &state) else {
                continue;
            };
            let soon = due >= day && (due - day).num_days() <= i64::from(ahead);
            if days_overdue.is_none() && !soon {
                continue;
            }
            let entry = task.status_entry_on(day, item.period);
            found.push(Asked {
                task,
                period: item.period,
                role,
                due,
                days_overdue,
                status: state.status,
                note: entry.and_then(|e| e.note.as_deref()),
            });
        }
    }
    found
}

pub fn run(context: &Context, args: &AskArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let env = context.env;
    let day = args.as_of.resolve(env.today);
    let answer_by = match args.answer_by {
        Some(day) => day.resolve(env.today),
        None => day + chrono::Days::new(7),
    };
    if answer_by < day {
        bail!(
            msg!(
                "the answers cannot be due ({answer_by}) before the day asked about ({day})",
                answer_by = crate::message::Arg::Day(answer_by),
                day = crate::message::Arg::Day(day)
            )
            .help(msg!("give `--answer-by` a day on or after `--as-of`"))
        );
    }
    // The units asked: those named, else every unit that owes something.
    let books: Vec<(&crate::model::Unit, Vec<Asked>)> = super::units_named(plan, &args.units)?
        .into_iter()
        .map(|unit| {
            let names = units::appears_as(plan, unit, false);
            (unit, owed(plan, &names, args.role, day, args.ahead))
        })
        .filter(|(_, asked)| !args.units.is_empty() || !asked.is_empty())
        .collect();
    if books.is_empty() {
        let said = msg!(
            "no unit owes anything as of {day}: no sheet was made",
            day = crate::message::Arg::Day(day)
        );
        writeln!(out, "{}", said.text(context.lang))?;
        return Ok(Outcome::Success);
    }
    // One unit asked by name, and a file named: that file; else a directory of workbooks.
    let one_file = books.len() == 1
        && args
            .output
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let plan_dir = env.cwd.join(context.dir);
    if !one_file {
        let dir = env.cwd.join(&args.output);
        if !dir.is_dir() {
            bail!(
                msg!("`{dir}` is not a directory", dir = args.output.display()).help(msg!(
                    "create it first, or give a file ending in .xlsx when one unit is asked"
                ))
            );
        }
    }
    for (unit, asked) in &books {
        let bytes = workbook(plan, &unit.name, asked, day, answer_by)?;
        let path: PathBuf = match one_file {
            true => args.output.clone(),
            false => args.output.join(format!("{}.xlsx", file_name(&unit.name))),
        };
        files::write_output(&env.cwd, &path, &bytes, &[&plan_dir], args.force)?;
        let said = msg!(
            "{unit}: {count} items in `{path}`",
            unit = unit.name,
            count = asked.len(),
            path = path.display()
        );
        writeln!(out, "{}", said.text(context.lang))?;
    }
    Ok(Outcome::Success)
}

/// A unit's name as a file name: "Văn phòng" gives `van-phong`.
fn file_name(unit: &str) -> String {
    let folded = fold(unit);
    let mut name = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_matches('-').to_string();
    if name.is_empty() {
        "don-vi".to_string()
    } else {
        name
    }
}

/// The workbook for `unit`: who it is for, as of which day, by when to answer; the items with
/// their locked columns; the columns to fill, the status from a list; and, hidden, what it was
/// made from, which `plan collect` checks.
fn workbook(
    plan: &Plan,
    unit: &str,
    asked: &[Asked],
    day: NaiveDate,
    answer_by: NaiveDate,
) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{DataValidation, Format, FormatAlign, FormatBorder, Workbook};
    let font = |format: Format| format.set_font_name("Times New Roman").set_font_size(12);
    let title = font(Format::new().set_bold());
    let locked = font(
        Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin),
    );
    let open = locked.clone().set_unlocked().set_background_color("FFF2CC");
    let open_date = open.clone().set_num_format("dd/mm/yyyy");
    let header = locked.clone().set_bold().set_align(FormatAlign::Center);
    let date = locked.clone().set_num_format("dd/mm/yyyy");

    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name(SHEET)?;
    let vi = Lang::Vi;
    sheet.write_string_with_format(
        0,
        0,
        "PHIẾU CẬP NHẬT TIẾN ĐỘ NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
        &title,
    )?;
    sheet.write_string_with_format(1, 0, format!("Đơn vị: {unit}"), &title)?;
    sheet.write_string(
        2,
        0,
        format!(
            "{} ({})",
            plan.title,
            plan.document.as_deref().unwrap_or_default()
        ),
    )?;
    sheet.write_string(
        3,
        0,
        format!(
            "Số liệu đến ngày {}. Đề nghị điền các cột tô màu (Trạng thái, Ngày, Ghi chú / Kết quả, Văn bản kiểm chứng) và gửi lại Văn phòng trước ngày {}.",
            vi.day(day),
            vi.day(answer_by)
        ),
    )?;
    for (column, (text, width)) in HEADERS
        .iter()
        .zip([12, 10, 50, 10, 16, 12, 10, 14, 24, 14, 12, 36, 30])
        .enumerate()
    {
        sheet.set_column_width(column as u16, width)?;
        sheet.write_string_with_format(HEADER_ROW, column as u16, *text, &header)?;
    }
    for (index, item) in asked.iter().enumerate() {
        let row = HEADER_ROW + 1 + index as u32;
        let role = match item.role {
            Role::Lead => "chủ trì",
            Role::Support => "phối hợp",
        };
        let texts = [
            item.task.id.clone(),
            item.period.map(|p| p.to_string()).unwrap_or_default(),
            item.task.title.clone(),
            role.to_string(),
            item.task
                .deadline_text
                .as_deref()
                .unwrap_or_default()
                .to_string(),
        ];
        for (column, text) in texts.iter().enumerate() {
            sheet.write_string_with_format(row, column as u16, text, &locked)?;
        }
        sheet.write_datetime_with_format(row, 5, excel_day(item.due)?, &date)?;
        match item.days_overdue {
            Some(days) => sheet.write_number_with_format(row, 6, days as f64, &locked)?,
            None => sheet.write_blank(row, 6, &locked)?,
        };
        sheet.write_string_with_format(row, 7, capitalized(item.status.word(vi)), &locked)?;
        sheet.write_string_with_format(row, 8, item.note.unwrap_or_default(), &locked)?;
        for column in FIRST_ANSWER..HEADERS.len() as u16 {
            let format = if column == FIRST_ANSWER + 1 {
                &open_date
            } else {
                &open
            };
            sheet.write_blank(row, column, format)?;
        }
    }
    if !asked.is_empty() {
        let (first, last) = (HEADER_ROW + 1, HEADER_ROW + asked.len() as u32);
        let words: Vec<String> = Status::ALL
            .iter()
            .map(|s| capitalized(s.word(vi)))
            .collect();
        let statuses = DataValidation::new()
            .allow_list_strings(&words)?
            .set_error_title("Trạng thái")?
            .set_error_message("Chọn một trạng thái trong danh sách.")?;
        sheet.add_data_validation(first, FIRST_ANSWER, last, FIRST_ANSWER, &statuses)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
    sheet.protect();
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);

    // What the workbook was made from: `plan collect` checks each row against it.
    let made = workbook.add_worksheet().set_name(MADE_FROM)?;
    let pairs = [
        ("plan", plan.title.clone()),
        ("year", plan.year.to_string()),
        ("unit", unit.to_string()),
        ("as_of", day.to_string()),
        ("answer_by", answer_by.to_string()),
    ];
    for (row, (key, value)) in pairs.iter().enumerate() {
        made.write_string(row as u32, 0, *key)?;
        made.write_string(row as u32, 1, value)?;
    }
    for (index, item) in asked.iter().enumerate() {
        let row = (pairs.len() + index) as u32;
        made.write_string(row, 0, "row")?;
        made.write_number(row, 1, f64::from(HEADER_ROW + 2 + index as u32))?;
        made.write_string(row, 2, &item.task.id)?;
        made.write_string(
            row,
            3,
            item.period.map(|p| p.to_string()).unwrap_or_default(),
        )?;
    }
    made.protect();
    made.set_hidden(true);
    Ok(workbook.save_to_buffer()?)
}

/// "hoàn thành" as a list shows it: "Hoàn thành".
pub fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn excel_day(day: NaiveDate) -> Result<rust_xlsxwriter::ExcelDateTime> {
    use chrono::Datelike;
    Ok(rust_xlsxwriter::ExcelDateTime::from_ymd(
        u16::try_from(day.year()).unwrap_or(1900),
        day.month() as u8,
        day.day() as u8,
    )?)
}
