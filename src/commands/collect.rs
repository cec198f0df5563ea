//! `plan collect`: the divisions' filled sheets (made by `plan ask`, or a division's own with
//! the same headers) read back into progress entries. All or nothing: every row of every sheet
//! is checked first, and one problem anywhere means nothing is written; then the entries are
//! added under the lock, each file atomically, once the plan with all of them loads.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::ask::{DATE, DOC, HEADER_ROW, ID, MADE_FROM, NOTE, PERIOD, SHEET, STATUS};
use super::git::git;
use super::mark::{has_entries, in_git_work_tree, only_change};
use super::{Env, Outcome};
use crate::bail;
use crate::cli::CollectArgs;
use crate::edit::{Lock, NewEntry, PlanFile};
use crate::files;
use crate::import::grid::{Table, TableOrigin};
use crate::lang::Lang;
use crate::load;
use crate::message::{Arg, InWords, Message, OrSay, Result};
use crate::model::{Plan, Status};
use crate::msg;
use crate::period::{self, Period};
use crate::text::{fold, nfc};

/// Where a problem is: the file, the sheet, the row and column as a spreadsheet numbers them.
#[derive(Debug, Clone)]
struct Place {
    file: String,
    sheet: String,
    row: u32,
    column: Option<(u32, &'static str)>,
}

impl Place {
    fn said(&self, lang: Lang) -> String {
        let mut text = msg!(
            "{file}: sheet `{sheet}`, row {row}",
            file = self.file,
            sheet = self.sheet,
            row = self.row
        )
        .text(lang);
        if let Some((column, name)) = self.column {
            let letter = crate::text::letters(column as usize + 1).to_uppercase();
            text.push_str(&msg!(", column {letter} ({name})", letter, name).text(lang));
        }
        text
    }
}

/// Every problem found in the sheets, each with its place and what to do.
#[derive(Debug)]
struct Refusals(Vec<(Place, Message, Message)>);

impl InWords for Refusals {
    fn in_words(&self, lang: Lang) -> String {
        let count = self.0.len();
        let mut text = match count {
            1 => msg!("1 problem in the sheets; nothing was collected"),
            _ => msg!(
                "{count} problems in the sheets; nothing was collected",
                count
            ),
        }
        .text(lang);
        let help = crate::message::Label::Help.word(lang);
        for (place, problem, what) in &self.0 {
            text.push_str(&format!(
                "\n\n{}: {}\n  {help}: {}",
                place.said(lang),
                problem.text(lang),
                what.text(lang)
            ));
        }
        text
    }
}

/// One answered row.
struct Answer {
    place: Place,
    id: String,
    entry: NewEntry,
    /// The day the sheet was made, when `plan ask` made it.
    made: Option<NaiveDate>,
}

/// What `plan ask` says a workbook was made from (its hidden sheet).
struct MadeFrom {
    plan: String,
    year: i32,
    as_of: Option<NaiveDate>,
    /// Each item row (as the spreadsheet numbers it): the task's id and period.
    rows: HashMap<u32, (String, String)>,
}

pub fn run(
    dir: &Path,
    args: &CollectArgs,
    env: &Env,
    given: Option<Lang>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let absolute = env.cwd.join(dir);
    if args.commit && !args.dry_run {
        in_git_work_tree(&absolute)?;
    }
    let _lock = Lock::acquire(&absolute, "plan collect", env.lock_wait)?;
    files::remove_stale_temporaries(&absolute);
    let loaded = load::load(dir, &env.cwd, false)?;
    let lang = given.or(loaded.lang).unwrap_or_default();
    let plan = loaded.plan;

    let mut problems = Vec::new();
    let mut answers = Vec::new();
    for path in &args.files {
        read_sheet(&plan, env, path, &mut answers, &mut problems)?;
    }
    // The same item answered twice on one day: once if alike, a problem if not.
    let mut seen: HashMap<(String, Option<Period>, NaiveDate), usize> = HashMap::new();
    let mut kept: Vec<Answer> = Vec::new();
    for answer in answers {
        let key = (answer.id.clone(), answer.entry.period, answer.entry.date);
        match seen.get(&key) {
            Some(&at) if kept[at].entry == answer.entry => {}
            Some(&at) => problems.push((
                answer.place.clone(),
                msg!(
                    "`{id}` is answered differently here and at {other}",
                    id = answer.id,
                    other = kept[at].place.said(lang)
                ),
                msg!("keep one answer for the item on that day, and collect again"),
            )),
            None => {
                seen.insert(key, kept.len());
                kept.push(answer);
            }
        }
    }
    if !problems.is_empty() {
        bail!(msg!(
            "{problems}",
            problems = Arg::shown(Refusals(problems))
        ));
    }

    // Entries already there (a sheet collected twice) are skipped and counted.
    let mut already = 0;
    let mut by_file: Vec<(String, Vec<(String, NewEntry)>)> = Vec::new();
    for answer in kept {
        let Some(task) = plan.task(&answer.id) else {
            continue;
        };
        if task.progress.iter().any(|e| answer.entry.repeats(e)) {
            already += 1;
            continue;
        }
        // Entries are history: an answer given after a later mark is added too, and said.
        if let Some(made) = answer.made
            && let Some(later) = task
                .progress
                .iter()
                .filter(|e| e.period == answer.entry.period && e.date > made)
                .max_by_key(|e| e.date)
        {
            let note = msg!(
                "note: `{id}` was marked on {day}, after the sheet was made; this answer is added too",
                id = answer.id,
                day = Arg::Day(later.date)
            );
            writeln!(out, "{}", note.text(lang))?;
        }
        let file = task.file.to_string();
        match by_file.iter_mut().find(|(f, _)| *f == file) {
            Some((_, entries)) => entries.push((answer.id, answer.entry)),
            None => by_file.push((file, vec![(answer.id, answer.entry)])),
        }
    }
    let added: usize = by_file.iter().map(|(_, e)| e.len()).sum();
    let sheets = args.files.len();

    // Every file as it will be, checked together before any is written.
    let mut edits = Vec::new();
    for (shown, entries) in &by_file {
        let path = env.cwd.join(shown);
        let file = PlanFile::read(&path, shown)?;
        let pairs: Vec<(&str, &NewEntry)> =
            entries.iter().map(|(id, e)| (id.as_str(), e)).collect();
        let text = file.with_entries(&pairs)?;
        edits.push((file_name(&path), shown.clone(), file, text));
    }
    let expected: Vec<(String, usize)> = plan
        .tasks
        .iter()
        .map(|t| {
            let more = by_file
                .iter()
                .flat_map(|(_, entries)| entries)
                .filter(|(id, _)| *id == t.id)
                .count();
            (t.id.clone(), t.progress.len() + more)
        })
        .collect();
    let replaced = edits
        .iter()
        .map(|(name, _, file, text)| (name.clone(), file.bytes_of(text)))
        .collect();
    let after = load::load_replacing_all(dir, &env.cwd, replaced)
        .or_say(|| msg!("the answers would leave the plan unreadable, so nothing was written"))?
        .plan;
    if !has_entries(&after, &expected) {
        bail!(
            msg!("the answers would change more than the tasks' entries, so nothing was written")
                .help(msg!(
                    "run `plan check`, and write the entries as `[[task.progress]]` tables"
                ))
        );
    }
    drop(after);
    let summary = msg!(
        "collected {added} entries from {sheets} sheets ({already} already there, 0 refused)",
        added,
        sheets,
        already
    );
    if args.dry_run {
        for (_, entries) in &by_file {
            for (id, entry) in entries {
                let status = entry.status.map(|s| s.word(lang)).unwrap_or_default();
                let line = match entry.period {
                    Some(period) => msg!(
                        "would add: {id} {status} on {day} (for {period})",
                        id,
                        status,
                        day = Arg::Day(entry.date),
                        period
                    ),
                    None => msg!(
                        "would add: {id} {status} on {day}",
                        id,
                        status,
                        day = Arg::Day(entry.date)
                    ),
                };
                writeln!(out, "{}", line.text(lang))?;
            }
        }
        super::dry_run(out, &summary, lang)?;
        return Ok(Outcome::Success);
    }
    if args.commit {
        for (name, shown, _, _) in &edits {
            only_change(&absolute, name, shown)?;
        }
    }
    for (index, (_, shown, file, text)) in edits.iter().enumerate() {
        file.write(text, |_| Ok(())).or_say(|| {
            let written: Vec<&str> = edits[..index].iter().map(|(_, s, _, _)| s.as_str()).collect();
            msg!(
                "`{shown}` could not be written; already written: {written} (collecting the same sheets again adds only what is missing)",
                shown,
                written = if written.is_empty() { "-".to_string() } else { written.join(", ") }
            )
        })?;
    }
    writeln!(out, "{}", summary.text(lang))?;
    if args.commit && !edits.is_empty() {
        let names: Vec<String> = args
            .files
            .iter()
            .map(|p| {
                p.file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
            })
            .collect();
        let message = format!("plan collect: {added} entries from {}", names.join(", "));
        let files: Vec<&str> = edits.iter().map(|(name, _, _, _)| name.as_str()).collect();
        let mut add = vec!["add", "--"];
        add.extend(&files);
        let mut commit = vec!["commit", "--quiet", "--only", "--message", &message, "--"];
        commit.extend(&files);
        git(&absolute, &add)
            .and_then(|()| git(&absolute, &commit))
            .or_say(|| msg!("the entries are written but not committed"))?;
    }
    Ok(Outcome::Success)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads one workbook's answers into `answers`, and what is wrong with them into `problems`.
/// A file that cannot be read as a workbook at all is an error at once. The workbook is read as
/// `plan import` reads one: bounded by what it holds, whatever its cells claim.
fn read_sheet(
    plan: &Plan,
    env: &Env,
    path: &Path,
    answers: &mut Vec<Answer>,
    problems: &mut Vec<(Place, Message, Message)>,
) -> Result<()> {
    let shown = path.display().to_string();
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let bytes = files::read(&env.cwd.join(path), &shown)?;
    let tables = match extension.as_str() {
        "xlsx" => crate::import::sheet::read_xlsx(&bytes, &shown)?,
        "ods" => crate::import::sheet::read_ods(&bytes, &shown)?,
        _ => bail!(
            msg!(
                "`{shown}` is not a workbook `plan collect` reads (.xlsx or .ods)",
                shown
            )
            .help(msg!(
                "open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)"
            ))
        ),
    };
    let name_of = |table: &Table| match &table.place {
        TableOrigin::Sheet(name) => name.clone(),
        _ => String::new(),
    };
    let made = tables
        .iter()
        .find(|t| name_of(t) == MADE_FROM)
        .map(made_from);
    // The sheet `plan ask` made, else the first with the headers.
    let found = tables
        .iter()
        .filter(|t| name_of(t) != MADE_FROM)
        .filter_map(|t| header_row(t).map(|h| (t, h)))
        .min_by_key(|(t, _)| name_of(t) != SHEET);
    let Some((table, (header, columns))) = found else {
        bail!(
            msg!(
                "`{shown}` has no sheet with the columns `{id}` and `{status}`",
                shown,
                id = ID,
                status = STATUS
            )
            .help(msg!(
                "collect the sheets `plan ask` made, or add those headers above the rows"
            ))
        );
    };
    let sheet = name_of(table);
    let place = |row: usize, column: Option<(usize, &'static str)>| Place {
        file: shown.clone(),
        sheet: sheet.clone(),
        row: row as u32,
        column: column.map(|(c, name)| (table.first_column + c as u32, name)),
    };
    if let Some(made) = &made
        && (nfc(&made.plan) != plan.title || made.year != plan.year)
    {
        problems.push((
            place(table.rows.first().map_or(1, |r| r.number), None),
            msg!(
                "the sheet was made from another plan (`{title}`, {year})",
                title = made.plan,
                year = made.year
            ),
            msg!("collect it into the plan it was made from"),
        ));
        return Ok(());
    }
    let column = |name: &'static str| {
        columns
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| (*c, name))
    };
    let (Some(id_column), Some(status_column)) = (column(ID), column(STATUS)) else {
        return Ok(());
    };
    let (period_column, date_column, note_column, doc_column) =
        (column(PERIOD), column(DATE), column(NOTE), column(DOC));
    for row in &table.rows[header + 1..] {
        let number = row.number;
        let cell = |c: Option<(usize, &'static str)>| c.and_then(|(c, _)| row.cells.get(c));
        let text = |c| {
            cell(c)
                .map(|d: &crate::import::grid::Cell| nfc(d.text.trim()))
                .unwrap_or_default()
        };
        let (status_text, note, doc, date_text) = (
            text(Some(status_column)),
            text(note_column),
            text(doc_column),
            text(date_column),
        );
        let answered =
            !status_text.is_empty() || !note.is_empty() || !doc.is_empty() || !date_text.is_empty();
        if !answered {
            continue;
        }
        // A merged cell answers for the row it starts on, not for this one.
        let merged = [
            Some(id_column),
            Some(status_column),
            date_column,
            note_column,
            doc_column,
        ]
        .into_iter()
        .flatten()
        .find(|c| cell(Some(*c)).is_some_and(|c| c.from_above || c.from_left));
        if let Some(merged) = merged {
            problems.push((
                place(number, Some(merged)),
                msg!("this cell is merged with the one before it"),
                msg!("unmerge the cells, and give each row its own answer"),
            ));
            continue;
        }
        let id = text(Some(id_column));
        let period_text = text(period_column);
        if id.is_empty() {
            problems.push((
                place(number, Some(id_column)),
                msg!("this row has an answer but no task id"),
                msg!("give the row its task's id (as in `plan list`), or clear its answer"),
            ));
            continue;
        }
        // A row of a sheet `plan ask` made must still be the item it was made for.
        if let Some(made) = &made {
            match made.rows.get(&(number as u32)) {
                Some((made_id, made_period)) if *made_id == id && *made_period == period_text => {}
                Some((made_id, _)) => {
                    problems.push((
                        place(number, Some(id_column)),
                        msg!("this row was made for `{made_id}`, and its id or period was changed to `{id}`", made_id, id),
                        msg!("undo the change to the locked columns (or ask again with `plan ask`)"),
                    ));
                    continue;
                }
                None => {
                    problems.push((
                        place(number, Some(id_column)),
                        msg!("this row was not in the sheet `plan ask` made"),
                        msg!(
                            "answer on the rows the sheet has; a new item goes through the Office"
                        ),
                    ));
                    continue;
                }
            }
        }
        let Some(task) = plan.task(&id) else {
            problems.push((
                place(number, Some(id_column)),
                msg!("no task `{id}` in the plan", id),
                msg!("check the id against `plan list`"),
            ));
            continue;
        };
        if task.is_heading() {
            problems.push((
                place(number, Some(id_column)),
                msg!("`{id}` is a heading; answers go on the tasks under it", id),
                msg!(
                    "answer on one of {children}",
                    children = crate::text::quoted_list(&task.children)
                ),
            ));
            continue;
        }
        let period = match (task.every(), period_text.is_empty()) {
            (None, true) => None,
            (None, false) => {
                problems.push((
                    place(number, period_column),
                    msg!("`{id}` is not periodic, so it takes no period", id),
                    msg!("clear the period"),
                ));
                continue;
            }
            (Some(every), false) => {
                match period::occurrence(&period_text, every, plan.years(), &id) {
                    Ok(period) => Some(period),
                    Err(error) => {
                        problems.push((
                            place(number, period_column),
                            error.message,
                            error
                                .help
                                .unwrap_or_else(|| msg!("write the occurrence, such as `2023-Q2`")),
                        ));
                        continue;
                    }
                }
            }
            (Some(_), true) => {
                problems.push((
                    place(number, period_column.or(Some(id_column))),
                    msg!(
                        "`{id}` recurs: the row needs the occurrence it answers for",
                        id
                    ),
                    msg!(
                        "write the occurrence in `{column}`, such as `2023-Q2`",
                        column = PERIOD
                    ),
                ));
                continue;
            }
        };
        let status = match Status::from_words(&status_text) {
            Some(status) => status,
            None => {
                let words: Vec<String> = Status::ALL
                    .iter()
                    .map(|s| super::ask::capitalized(s.word(Lang::Vi)))
                    .collect();
                let problem = match status_text.is_empty() {
                    true => msg!("this row has an answer but no status"),
                    false => msg!("unknown status `{status}`", status = status_text),
                };
                problems.push((
                    place(number, Some(status_column)),
                    problem,
                    msg!(
                        "choose one of {words}",
                        words = crate::text::quoted_list(&words)
                    ),
                ));
                continue;
            }
        };
        let date = match (!date_text.is_empty()).then_some(&date_text) {
            None => match made.as_ref().and_then(|m| m.as_of) {
                Some(day) => day,
                None => {
                    problems.push((
                        place(number, date_column.or(Some(status_column))),
                        msg!("this row has no date"),
                        msg!("write the day it happened, such as 15/04/2023"),
                    ));
                    continue;
                }
            },
            Some(written) => match day_of(written) {
                Some(day) => day,
                None => {
                    problems.push((
                        place(number, date_column),
                        msg!("`{text}` is not a whole date", text = written),
                        msg!("write the day with its month and year, such as 15/04/2023"),
                    ));
                    continue;
                }
            },
        };
        let first = NaiveDate::from_ymd_opt(plan.year, 1, 1).unwrap_or(NaiveDate::MIN);
        let last = NaiveDate::from_ymd_opt(plan.last_year, 12, 31).unwrap_or(NaiveDate::MAX);
        if date < first || date > last || date > env.today {
            problems.push((
                place(number, date_column),
                msg!(
                    "{day} is outside the plan's years or in the future",
                    day = Arg::Day(date)
                ),
                msg!(
                    "write the day it happened, within {years} and not after today",
                    years = plan.years()
                ),
            ));
            continue;
        }
        let some = |text: String| (!text.is_empty()).then_some(text);
        answers.push(Answer {
            place: place(number, None),
            id: task.id.clone(),
            entry: NewEntry {
                date,
                status: Some(status),
                period,
                note: some(note),
                doc: some(doc),
                ..NewEntry::default()
            },
            made: made.as_ref().and_then(|m| m.as_of),
        });
    }
    Ok(())
}

/// The header row: the first of the first rows holding both `Mã nhiệm vụ` and `Trạng thái`
/// (by its index among the table's rows), with the column of each header it has.
fn header_row(table: &Table) -> Option<(usize, Vec<(&'static str, usize)>)> {
    let known = [ID, PERIOD, STATUS, DATE, NOTE, DOC];
    for (index, row) in table.rows.iter().enumerate().take(HEADER_ROW as usize + 20) {
        let columns: Vec<(&'static str, usize)> = row
            .cells
            .iter()
            .enumerate()
            .filter_map(|(column, cell)| {
                let folded = fold(cell.text.trim());
                known
                    .iter()
                    .find(|k| fold(k) == folded)
                    .map(|k| (*k, column))
            })
            .collect();
        let has = |name| columns.iter().any(|(n, _)| *n == name);
        if has(ID) && has(STATUS) {
            return Some((index, columns));
        }
    }
    None
}

/// A date as the sheet gives it: an Excel date (read as dd/mm/yyyy), or text with day, month
/// and year (15/04/2023, 2023-04-15).
fn day_of(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    (text.split(['-', '/', '.']).count() == 3)
        .then(|| crate::deadline::date(text, 0))
        .flatten()?
        .ok()
}

/// What `plan ask` says a workbook was made from: its hidden sheet, read.
fn made_from(table: &Table) -> MadeFrom {
    let mut made = MadeFrom {
        plan: String::new(),
        year: 0,
        as_of: None,
        rows: HashMap::new(),
    };
    for row in &table.rows {
        let cell = |i: usize| {
            row.cells
                .get(i)
                .map(|c| c.text.trim().to_string())
                .unwrap_or_default()
        };
        match cell(0).as_str() {
            "plan" => made.plan = cell(1),
            "year" => made.year = cell(1).parse().unwrap_or(0),
            "as_of" => made.as_of = cell(1).parse().ok(),
            "row" => {
                let number = cell(1).parse().unwrap_or(0);
                made.rows.insert(number, (nfc(&cell(2)), nfc(&cell(3))));
            }
            _ => {}
        }
    }
    made
}
