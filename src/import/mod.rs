//! `plan import`: a real annex (a Word table, an Excel sheet, a CSV file) read into a plan
//! directory, saying plainly what could not be read.

pub mod amount;
pub mod annex;
pub mod docx;
pub mod grid;
pub mod header;
mod listing;
mod margins;
pub mod numbering;
pub mod sheet;
pub mod units;
pub mod write;
mod zipped;

pub use zipped::{LIMIT, attribute, limited, open_zip};

use std::collections::HashMap;
use std::path::Path;

use crate::bail;
use crate::message::Result;

use crate::deadline;
use crate::message::{Arg, Message};
use crate::msg;
use crate::text::fold;
use annex::{Annex, AnnexReader};
use grid::Table;

/// What an import made, before it is written.
#[derive(Debug)]
pub struct Imported {
    pub annex: Annex,
    /// Which column was read as what, and the row the header starts on.
    pub mapping: String,
    pub header_row: usize,
    /// What makes the reading doubtful: when there is any, nothing is written.
    pub findings: Vec<Message>,
    pub year: i32,
    pub title: Option<String>,
    pub organization: Option<String>,
    pub document: Option<String>,
}

/// The options of `plan import` that shape what is read.
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub year: Option<i32>,
    pub table: Option<usize>,
    pub sheet: Option<String>,
    /// `--columns`: fields read from the columns named (by letter or header words).
    pub columns: Vec<(header::Field, String)>,
    /// `--header-row`: the row the header starts on, as the file numbers it.
    pub header_row: Option<usize>,
}

/// Reads the annex in `bytes` (the file `shown`); `this_year` is the fallback year.
pub fn read(bytes: &[u8], shown: &str, options: &Options, this_year: i32) -> Result<Imported> {
    let tables = tables(bytes, shown)?;
    let (chosen, columns) = choose(&tables, shown, options)?;
    // Tables each after its section's title ("I. CẢI CÁCH THỂ CHẾ": a paragraph above a Word
    // table, the line above a sheet's header, else the sheet's name): when every table read
    // has one, those are its sections (or parts, groups).
    let titles: Vec<Option<String>> = chosen
        .iter()
        .zip(&columns)
        .map(|(t, c)| table_title(t, c))
        .collect();
    let titled = chosen.len() > 1 && titles.iter().all(Option::is_some);
    // One sheet (or CSV) whose header has a section's title right above it, in Roman numerals:
    // that section starts it (the others follow as rows of the table).
    let first_section = match (chosen.as_slice(), titles.first()) {
        ([table], Some(Some(title)))
            if !matches!(table.place, grid::TableOrigin::Table(_))
                && matches!(
                    numbering::split_number(title).0,
                    numbering::Numbering::Roman(_)
                ) =>
        {
            Some(title.clone())
        }
        _ => None,
    };
    let mut above = chosen.first().map(|t| t.above.clone()).unwrap_or_default();
    if titled {
        above.pop();
    }
    // A sheet has its title in the rows above the header.
    if let (true, Some(table), Some(columns)) = (above.is_empty(), chosen.first(), columns.first())
    {
        above = table.rows[..columns.first.min(table.rows.len())]
            .iter()
            .flat_map(|r| r.cells.iter().filter(|c| !c.from_left && !c.from_above))
            .map(|c| c.text.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
    }
    let (title, document, organization) = heading(&above);
    let mut reader = AnnexReader::new(title.clone());
    for ((table, columns), title) in chosen.iter().zip(&columns).zip(&titles) {
        if let Some(paragraph) = title.as_ref().filter(|_| titled || first_section.is_some()) {
            reader.paragraph(paragraph, columns, &table.place.name());
        }
        reader.read(table, columns);
    }
    let mut annex = reader.finish();
    let mapping = columns
        .first()
        .map(header::Columns::mapping)
        .unwrap_or_default();
    let header_row = match (chosen.first(), columns.first()) {
        (Some(table), Some(columns)) => table.rows.get(columns.first).map_or(0, |r| r.number),
        _ => 0,
    };
    // What was read is checked before anything is written (`refusal`).
    let findings = self_check(&annex, &chosen, &columns, options);
    if annex.sections.iter().all(|s| s.tasks.is_empty()) {
        let table = chosen
            .first()
            .map_or(Arg::Text(String::new()), |t| t.place.name().as_arg());
        bail!(
            msg!(
                "`{shown}` has a table of tasks ({table}), but no task could be read from its rows",
                shown,
                table
            )
            .help(msg!(
                "check that the tasks are in the rows below the header"
            ))
        );
    }
    let year = options
        .year
        .unwrap_or_else(|| guess_year(title.as_deref(), &annex).unwrap_or(this_year));
    // What could not be read, cell by cell.
    let mut warnings = std::mem::take(&mut annex.warnings);
    for section in &annex.sections {
        for task in &section.tasks {
            if let Some(wording) = &task.deadline
                && let Err(e) = deadline::parse(wording, year)
            {
                warnings.push(msg!(
                    "{at}, \"{column}\": {reason}",
                    at = &task.at,
                    column = annex.deadline_column,
                    reason = e.message
                ));
            }
        }
    }
    annex.warnings = warnings;
    Ok(Imported {
        annex,
        mapping,
        header_row,
        findings,
        year,
        title,
        organization,
        document,
    })
}

impl Imported {
    /// The error that stops an import whose reading is doubtful: each finding, then which
    /// column was read as what and how to say otherwise. `None` when there is no finding.
    pub fn refusal(&self, shown: &str) -> Option<crate::message::Error> {
        let mut said = msg!(
            "`{shown}` was not imported: what was read does not look like the annex",
            shown
        );
        if self.findings.is_empty() {
            return None;
        }
        for finding in &self.findings {
            said = msg!(
                "{said}\n  - {finding}",
                said = said.as_arg(),
                finding = finding.as_arg()
            );
        }
        Some(said.help(msg!(
            "the columns were read as: {mapping} (header on row {header_row}); where the annex lacks something (a lead unit), fill it in the annex; otherwise say which column holds what with `--columns title=C,lead=D,…` (a letter or words of its header), or where the header is with `--header-row N`, and try with `--dry-run`",
            mapping = self.mapping,
            header_row = self.header_row
        )))
    }
}

/// What makes a reading doubtful, table by table: a row of the header read as a task, every
/// title alike, a column of long text read as nothing (unless `--columns` chose the columns).
fn self_check(
    annex: &Annex,
    tables: &[&Table],
    columns: &[header::Columns],
    options: &Options,
) -> Vec<Message> {
    let mut findings = Vec::new();
    let headers: std::collections::HashSet<String> = tables
        .iter()
        .zip(columns)
        .flat_map(|(table, columns)| {
            let rows = table.rows.iter().skip(columns.first).take(columns.rows);
            rows.flat_map(|r| r.cells.iter().map(|c| fold(c.text.trim())))
                .chain(columns.names.iter().map(|n| fold(n)))
                .collect::<Vec<_>>()
        })
        .filter(|t| !t.is_empty())
        .collect();
    // The units heading a matrix of roles are leads by design.
    let matrix_units: std::collections::HashSet<String> = columns
        .iter()
        .flat_map(|c| c.matrix.iter().map(|(_, unit)| fold(unit)))
        .collect();
    let tasks: Vec<&annex::Task> = annex.sections.iter().flat_map(|s| &s.tasks).collect();
    for task in &tasks {
        let title_is_a_header = headers.contains(&fold(&task.title));
        let lead_is_a_header = !task.lead.is_empty()
            && task
                .lead
                .iter()
                .all(|u| headers.contains(&fold(u)) && !matrix_units.contains(&fold(u)));
        if title_is_a_header || lead_is_a_header {
            findings.push(msg!(
                "{at}: a row of the header (\"{title}\") was read as a task",
                at = &task.at,
                title = task.title
            ));
        }
    }
    // A task with no lead that nothing is under: the lead column is not the right one, or the
    // row is not a task.
    let parents: std::collections::HashSet<&str> =
        tasks.iter().filter_map(|t| t.parent.as_deref()).collect();
    for task in tasks
        .iter()
        .filter(|t| t.lead.is_empty() && !parents.contains(t.id.as_str()))
    {
        findings.push(msg!(
            "{at}, \"{column}\": task `{id}` names no lead unit",
            at = &task.at,
            column = annex.lead_column,
            id = task.id
        ));
    }
    // Many rows numbered under numbers no row has ("1.1", "1.2" with no "1"): the sections or
    // groups were not read as the annex has them.
    if annex.orphans.len() >= 3 && annex.orphans.len() * 3 >= tasks.len() {
        findings.push(msg!(
            "{at} and {more} more rows are numbered under a number no row above them has: the sections or groups may be read wrong",
            at = &annex.orphans[0],
            more = annex.orphans.len() - 1
        ));
    }
    // Many numbers printed again in their section: the sections were not found where the
    // annex has them (section rows read as tasks, or a section column missed).
    if annex.twice >= 3 && annex.twice * 4 >= tasks.len() {
        findings.push(msg!(
            "{count} of the {total} tasks have a number printed before in their section: the sections may be read wrong",
            count = annex.twice,
            total = tasks.len()
        ));
    }
    let titles: std::collections::HashSet<&str> = tasks.iter().map(|t| t.title.as_str()).collect();
    // (Three inspections with one title are a plan; five tasks or more with one title are a
    // column read as the title that is not.)
    if tasks.len() >= 5 && titles.len() == 1 {
        findings.push(msg!(
            "all {count} tasks have the same title, \"{title}\": the title column is not the right one",
            count = tasks.len(),
            title = tasks[0].title
        ));
    }
    if options.columns.is_empty() {
        for (table, columns) in tables.iter().zip(columns) {
            let read = columns.read_columns();
            let task_columns = columns.unread_task_columns();
            let rows: Vec<&grid::Row> = table
                .rows
                .iter()
                .skip(columns.first + columns.rows)
                .collect();
            for &column in &task_columns {
                findings.push(msg!(
                    "{table}, column {letter} (\"{name}\"): its header names the task, but nothing was read from it",
                    table = table.place.name(),
                    letter = header::letter(column),
                    name = columns.names.get(column).cloned().unwrap_or_default()
                ));
            }
            let others =
                (0..table.width()).filter(|c| !read.contains(c) && !task_columns.contains(c));
            for column in others {
                let long = rows
                    .iter()
                    .filter_map(|r| r.cells.get(column))
                    .filter(|c| c.has_own_text() && c.text.chars().count() >= 40)
                    .count();
                if long >= 3 && long * 2 >= rows.len() {
                    findings.push(msg!(
                        "{table}, column {letter} (\"{name}\"): long text in {long} rows, read as nothing",
                        table = table.place.name(),
                        letter = header::letter(column),
                        name = columns.names.get(column).cloned().unwrap_or_default(),
                        long
                    ));
                }
            }
        }
    }
    findings
}

/// The tables of a file, by its kind (its name, else its first bytes).
fn tables(bytes: &[u8], shown: &str) -> Result<Vec<Table>> {
    if bytes.is_empty() {
        bail!(
            msg!("`{shown}` is empty", shown)
                .help(msg!("export the annex again from Word or Excel"))
        );
    }
    let extension = Path::new(shown)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    if ole {
        // An encrypted .docx or .xlsx is such a container too, holding `EncryptedPackage`.
        let encrypted: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        if bytes
            .windows(encrypted.len())
            .any(|w| w == encrypted.as_slice())
        {
            bail!(
                msg!("`{shown}` is protected by a password, so it cannot be read", shown).help(
                    msg!(
                        "open it, remove the password (File, Info, Protect, Encrypt with Password: empty), save it, and import again"
                    )
                )
            );
        }
        let (old, new) = if extension == "xls" || bytes.windows(8).any(|w| w == b"W\0o\0r\0k\0") {
            (".xls", ".xlsx")
        } else {
            (".doc", ".docx")
        };
        bail!(
            msg!(
                "`{shown}` is an old binary {old} file, which `plan import` does not read",
                shown,
                old
            )
            .help(msg!(
                "open it in Word or Excel (or LibreOffice) and save it as {new}, then import that",
                new
            ))
        );
    }
    let zip = bytes.starts_with(b"PK");
    match extension.as_str() {
        "doc" | "xls" | "rtf" | "pdf" => bail!(
            msg!(
                "`{shown}` is a .{extension} file, which `plan import` does not read",
                shown,
                extension
            )
            .help(msg!(
                "save the annex as .docx, .xlsx or .csv (UTF-8), then import that"
            ))
        ),
        "docx" | "docm" | "dotx" => return docx::read(bytes, shown),
        "xlsx" | "xlsm" => return sheet::read_xlsx(bytes, shown),
        "ods" => return sheet::read_ods(bytes, shown),
        "csv" | "tsv" | "txt" if !zip => return sheet::read_csv(bytes, shown),
        _ => {}
    }
    if zip {
        let archive = open_zip(bytes, shown, None)?;
        let names: Vec<String> = archive
            .file_names()
            .filter_map(|n| n.ok().map(|n| n.to_string()))
            .collect();
        if names.iter().any(|n| n == "word/document.xml") {
            return docx::read(bytes, shown);
        }
        if names.iter().any(|n| n == "xl/workbook.xml") {
            return sheet::read_xlsx(bytes, shown);
        }
        if names.iter().any(|n| n == "content.xml") {
            return sheet::read_ods(bytes, shown);
        }
        bail!(
            msg!(
                "`{shown}` is a zip archive but neither a Word document nor a workbook",
                shown
            )
            .help(msg!("import the annex as .docx, .xlsx or .csv"))
        );
    }
    sheet::read_csv(bytes, shown)
}

/// The table (or the run of tables with the same header) holding the annex.
fn choose<'t>(
    tables: &'t [Table],
    shown: &str,
    options: &Options,
) -> Result<(Vec<&'t Table>, Vec<header::Columns>)> {
    if tables.iter().all(|t| t.rows.is_empty()) {
        bail!(msg!("`{shown}` holds no table", shown).help(msg!(
            "the annex must be a table (in Word: Insert, Table), with a header row naming the task and the lead unit"
        )));
    }
    let by_number = |n: usize| -> Result<&Table> {
        tables.get(n.wrapping_sub(1)).ok_or_else(|| {
            let message = match tables.len() {
                1 => msg!("`{shown}` has 1 table, so there is no table {n}", shown, n),
                count => msg!(
                    "`{shown}` has {count} tables, so there is no table {n}",
                    shown,
                    count,
                    n
                ),
            };
            message.help(msg!("`--table` counts from 1"))
        })
    };
    let explicit = match (&options.table, &options.sheet) {
        (Some(n), _) => Some(by_number(*n)?),
        (None, Some(name)) => Some(
            tables
                .iter()
                .find(|t| matches!(&t.place, grid::TableOrigin::Sheet(s) if fold(s) == fold(name)))
                .ok_or_else(|| {
                    let names: Vec<String> = tables
                        .iter()
                        .filter_map(|t| match &t.place {
                            grid::TableOrigin::Sheet(s) => Some(format!("`{s}`")),
                            _ => None,
                        })
                        .collect();
                    let error = msg!("`{shown}` has no sheet `{name}`", shown, name);
                    match names.is_empty() {
                        true => error.help(msg!("only a workbook has sheets: leave out `--sheet`")),
                        false => {
                            error.help(msg!("its sheets are {names}", names = names.join(", ")))
                        }
                    }
                })?,
        ),
        (None, None) => None,
    };
    if let Some(table) = explicit {
        let columns = header_of(table, options)?.ok_or_else(|| no_header(shown, &[table]))?;
        return Ok((vec![table], vec![columns]));
    }
    let Some(first) = tables
        .iter()
        .position(|t| !t.hidden && header_of(t, options).is_ok_and(|h| h.is_some()))
    else {
        // A column that `--columns` names and no table has is said as such.
        if let Some(table) = tables.iter().find(|t| !t.hidden) {
            header_of(table, options)?;
        }
        // The annex on a hidden sheet only: said, with the way to read it.
        if let Some(hidden) = tables
            .iter()
            .find(|t| t.hidden && header_of(t, options).is_ok_and(|h| h.is_some()))
            && let grid::TableOrigin::Sheet(name) = &hidden.place
        {
            bail!(
                msg!(
                    "`{shown}` has its table of tasks on the hidden sheet `{name}` only",
                    shown,
                    name
                )
                .help(msg!(
                    "read it with `--sheet \"{name}\"` if it is the annex",
                    name
                ))
            );
        }
        let all: Vec<&Table> = tables.iter().collect();
        bail!(no_header(shown, &all));
    };
    let mut chosen = Vec::new();
    let mut columns: Vec<header::Columns> = Vec::new();
    let width = tables[first].width();
    // A Word annex is sometimes cut into several tables (a page or a part each): those after it
    // with the same header, or the same columns and no header, go on with it; so does one with
    // a task and a lead column under other headers (its own columns read).
    for (index, table) in tables.iter().enumerate().skip(first) {
        if table.hidden && index != first {
            break;
        }
        let sheet = matches!(table.place, grid::TableOrigin::Sheet(_));
        // A Word table after a paragraph "PHỤ LỤC 2" is another annex, unless its header is
        // this one's.
        let another_annex = table.above.iter().any(|p| fold(p).starts_with("phu luc"));
        match header_of(table, options).ok().flatten() {
            // A workbook with a sheet per section: the sheets after it under the same header.
            Some(found)
                if (sheet || another_annex)
                    && index != first
                    && found.folded != columns[0].folded =>
            {
                break;
            }
            None if sheet && index != first => break,
            Some(found) => {
                chosen.push(table);
                columns.push(found);
            }
            None if index > first && table.width() == width && width >= 4 => {
                let mut carried: header::Columns = columns[0].clone();
                carried.first = 0;
                carried.rows = 0;
                chosen.push(table);
                columns.push(carried);
            }
            _ => break,
        }
    }
    Ok((chosen, columns))
}

/// A table's header, as the reader finds it or as `--header-row` says, with the columns
/// `--columns` names: `None` when it has no task column and lead column even then; an error
/// when `--header-row` or `--columns` name what the table does not have.
fn header_of(table: &Table, options: &Options) -> Result<Option<header::Columns>> {
    let found = match options.header_row {
        Some(number) => Some(header::header_at(table, number).ok_or_else(|| {
            msg!(
                "{table} has no row {number}",
                table = table.place.name(),
                number
            )
            .help(msg!(
                "`--header-row` takes a row's number as the file shows it"
            ))
        })?),
        None => header::header(table).or_else(|| {
            // `--columns` says what the columns are: the header is the first row of headers.
            (!options.columns.is_empty())
                .then(|| header::first_row_of_headers(table))
                .flatten()
        }),
    };
    let Some(mut columns) = found else {
        return Ok(None);
    };
    let mut given: HashMap<usize, header::Field> = HashMap::new();
    for (field, reference) in &options.columns {
        let ambiguous = columns.matching(reference);
        if ambiguous.len() > 1 && columns.find(reference).is_none() {
            let letters: Vec<String> = ambiguous.iter().map(|&c| header::letter(c)).collect();
            bail!(
                msg!(
                    "`--columns`: `{reference}` is in the headers of columns {letters}",
                    reference,
                    letters = letters.join(", ")
                )
                .help(msg!(
                    "give the column's letter, or more of its header's words"
                ))
            );
        }
        let width = table.width().max(columns.names.len());
        let column = columns.find(reference).filter(|&c| c < width).ok_or_else(|| {
            let seen: Vec<String> = columns
                .names
                .iter()
                .enumerate()
                .filter(|(_, name)| !name.is_empty())
                .map(|(c, name)| format!("{} \"{name}\"", header::letter(c)))
                .collect();
            msg!(
                "`--columns`: {table} has no column `{reference}` (one letter, or words of one header)",
                table = table.place.name(),
                reference
            )
            .help(msg!("its columns are {columns}", columns = seen.join(", ")))
        })?;
        // One column, one field: `title=B,lead=B` is a mistake, said as such.
        if let Some(other) = given.insert(column, *field).filter(|other| other != field) {
            bail!(
                msg!(
                    "`--columns` reads column {letter} as both `{first}` and `{second}`",
                    letter = header::letter(column),
                    first = other.name(),
                    second = field.name()
                )
                .help(msg!("give each column one field"))
            );
        }
        columns.assign(*field, column);
    }
    if !options.columns.is_empty()
        && let Some(missing) = [header::Field::Title, header::Field::Lead]
            .into_iter()
            .find(|f| columns.get(*f).is_none())
    {
        bail!(msg!(
            "with `--columns`, {table} has no `{field}` column",
            table = table.place.name(),
            field = missing.name()
        )
        .help(msg!(
            "name it too: `--columns {field}=C`, with the column's letter or words of its header",
            field = missing.name()
        )));
    }
    let complete =
        columns.get(header::Field::Title).is_some() && columns.get(header::Field::Lead).is_some();
    Ok(complete.then_some(columns))
}

fn no_header(shown: &str, tables: &[&Table]) -> crate::message::Error {
    // Each table's headers, the last first, each saying the ones after it.
    let shown_tables: Vec<&&Table> = tables
        .iter()
        .filter(|t| !t.rows.is_empty())
        .take(5)
        .collect();
    let mut seen: Option<Message> = None;
    for table in shown_tables.into_iter().rev() {
        let place = table.place.name().as_arg();
        seen = Some(match (header::seen_headers(table), seen) {
            (Some(headers), None) => msg!("{place}: {headers}", place, headers),
            (Some(headers), Some(more)) => msg!("{place}: {headers}; {more}", place, headers, more),
            (None, None) => msg!("{place}: none", place),
            (None, Some(more)) => msg!("{place}: none; {more}", place, more),
        });
    }
    let message = match seen {
        Some(seen) => msg!(
            "`{shown}` has no table whose header names a task column and a lead column (headers seen: {seen})",
            shown,
            seen
        ),
        None => msg!(
            "`{shown}` has no table whose header names a task column and a lead column (headers seen: none)",
            shown
        ),
    };
    message.help(msg!(
        "the header needs a task column (\"Nhiệm vụ\", \"Nội dung\") and a lead column (\"Cơ quan chủ trì\", \"Đơn vị thực hiện\"); choose another table with `--table N` or `--sheet NAME`, or say where the header is and which column holds what with `--header-row N --columns title=B,lead=C`"
    ))
}

/// The title of a table's section, if it has one: the paragraph right above a Word table, the
/// line right above a sheet's header (one text across), else the sheet's name, numbered as a
/// section, part or group is ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH").
fn table_title(table: &Table, columns: &header::Columns) -> Option<String> {
    if matches!(table.place, grid::TableOrigin::Table(_)) {
        return table.above.last().and_then(|p| heading_paragraph(p));
    }
    let line = columns
        .first
        .checked_sub(1)
        .and_then(|above| table.rows.get(above))
        .and_then(|row| row.lone_text());
    line.and_then(heading_paragraph)
        .or_else(|| match &table.place {
            grid::TableOrigin::Sheet(name) => heading_paragraph(name),
            _ => None,
        })
}

/// A paragraph that titles the table under it: numbered as a section, part or group is ("II.
/// CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), or named as a field or group ("Lĩnh vực 1: Cải cách thủ tục
/// hành chính", read as section I).
fn heading_paragraph(paragraph: &str) -> Option<String> {
    if numbering::split_number(paragraph).0 != numbering::Numbering::None {
        return Some(paragraph.to_string());
    }
    let (number, title) = numbering::labelled_section(paragraph)?;
    Some(format!("{}. {title}", crate::text::to_roman(number)))
}

/// The annex's title, the document it is attached to, and the organization issuing it, from
/// the paragraphs above the table ("PHỤ LỤC", the title, "(Kèm theo Kế hoạch số …)").
fn heading(above: &[String]) -> (Option<String>, Option<String>, Option<String>) {
    let clean = |t: &str| crate::text::nfc(&t.split_whitespace().collect::<Vec<_>>().join(" "));
    let attached = above.iter().position(|p| {
        let f = fold(p);
        f.contains("kem theo")
            && (f.contains("ke hoach") || f.contains("quyet dinh") || f.contains("so "))
    });
    let document_line = attached.map(|i| clean(&above[i]));
    let (document, organization) = match &document_line {
        Some(line) => {
            let inner = line.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
            let folded = fold(inner);
            // After "kèm theo": the document, then "của" the organization.
            let start = folded.find("kem theo").map(|i| i + "kem theo ".len());
            let body = start.and_then(|s| byte_at_fold(inner, s)).unwrap_or(inner);
            let (doc, org) = match body.rfind(" của ") {
                Some(at) => (
                    &body[..at],
                    Some(body[at + " của ".len()..].trim().to_string()),
                ),
                None => (body, None),
            };
            (
                Some(doc.trim().to_string()).filter(|d| !d.is_empty()),
                org.filter(|o| !o.is_empty()),
            )
        }
        None => (None, None),
    };
    let annex_line = above.iter().position(|p| fold(p).starts_with("phu luc"));
    let candidates: Vec<usize> = match annex_line {
        Some(i) => (i + 1..above.len()).chain(std::iter::once(i)).collect(),
        None => (0..above.len()).rev().collect(),
    };
    let title = candidates
        .into_iter()
        .filter(|&i| Some(i) != attached)
        .map(|i| clean(&above[i]))
        .map(|t| {
            let f = fold(&t);
            if f.starts_with("phu luc") {
                // "PHỤ LỤC: KẾ HOẠCH …" or "Phụ lục I"
                t.split_once([':', '.', '-'])
                    .map(|(_, r)| r.trim().to_string())
                    .unwrap_or_default()
            } else {
                t
            }
        })
        .find(|t| {
            let f = fold(t);
            !t.is_empty()
                && !t.starts_with('(')
                && (f.contains("ke hoach")
                    || f.contains("nhiem vu")
                    || f.contains("danh muc")
                    || f.contains("cai cach"))
        })
        .map(|t| sentence_case(&t));
    (title, document, organization)
}

/// The byte offset in `text` where the `at`-th byte of its folded form falls, for cutting the
/// original at a place found in the folded one (both have the same words).
fn byte_at_fold(text: &str, at: usize) -> Option<&str> {
    let words_before = fold(text).get(..at)?.split_whitespace().count();
    let mut words = text.split_whitespace();
    let mut offset = 0;
    for _ in 0..words_before {
        let word = words.next()?;
        offset = text[offset..].find(word)? + offset + word.len();
    }
    Some(text[offset..].trim_start())
}

/// An all-capitals title ("KẾ HOẠCH TRIỂN KHAI …") as a sentence ("Kế hoạch triển khai …").
fn sentence_case(text: &str) -> String {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() || letters.iter().any(|c| c.is_lowercase()) {
        return text.to_string();
    }
    let lower = text.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => lower,
    }
}

/// The plan's year: the first the title names, else the one the deadlines start in most often
/// (the earliest of equals).
fn guess_year(title: Option<&str>, annex: &Annex) -> Option<i32> {
    let years = |text: &str| -> Vec<i32> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|p| p.len() == 4)
            .filter_map(|p| p.parse().ok())
            .filter(|y| (1990..=2100).contains(y))
            .collect()
    };
    if let Some(year) = title.and_then(|t| years(t).into_iter().min()) {
        return Some(year);
    }
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for task in annex.sections.iter().flat_map(|s| &s.tasks) {
        if let Some(first) = task
            .deadline
            .as_deref()
            .and_then(|d| years(d).first().copied())
        {
            *counts.entry(first).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(year, count)| (count, std::cmp::Reverse(year)))
        .map(|(year, _)| year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_self_check_finds_a_header_read_as_a_task_and_titles_all_alike() {
        let table = Table {
            place: grid::TableOrigin::Csv,
            rows: vec![grid::Row {
                number: 1,
                cells: ["STT", "Nhiệm vụ", "Chủ trì"].map(grid::Cell::new).to_vec(),
            }],
            above: Vec::new(),
            hidden: false,
            first_column: 0,
        };
        let columns = header::header(&table).unwrap();
        let task = |id: &str, title: &str, lead: &str| annex::Task {
            id: id.into(),
            lead: vec![lead.into()],
            ..annex::Task::new(title.into(), &msg!("row {row}", row = 2))
        };
        let annex = |tasks: Vec<annex::Task>| Annex {
            sections: vec![annex::Section {
                id: "I".into(),
                title: "Thể chế".into(),
                part: None,
                tasks,
            }],
            ..Annex::default()
        };
        let said = |annex: &Annex| -> Vec<String> {
            self_check(
                annex,
                &[&table],
                std::slice::from_ref(&columns),
                &Options::default(),
            )
            .iter()
            .map(|m| m.text(crate::lang::Lang::En))
            .collect()
        };
        // The header's own words, read as a task: "Nhiệm vụ" led by "Chủ trì".
        let header_as_task = annex(vec![task("I.1", "Nhiệm vụ", "Chủ trì")]);
        assert_eq!(
            said(&header_as_task),
            ["row 2: a row of the header (\"Nhiệm vụ\") was read as a task"]
        );
        // Five tasks with one title: the title column holds something else. (Three are a
        // plan of three inspections.)
        let same = |n: usize| {
            let ids = ["I.1", "I.2", "I.3", "I.4", "I.5"];
            let tasks = ids[..n]
                .iter()
                .map(|id| task(id, "Sở Tư pháp", "Văn phòng"));
            annex(tasks.collect())
        };
        assert_eq!(
            said(&same(5)),
            [
                "all 5 tasks have the same title, \"Sở Tư pháp\": the title column is not the right one"
            ]
        );
        assert!(said(&same(3)).is_empty());
        // Tasks as an annex has them: nothing to say.
        let fine = annex(vec![
            task("I.1", "Rà soát văn bản", "Văn phòng"),
            task("I.2", "Báo cáo kết quả", "Văn phòng"),
        ]);
        assert!(said(&fine).is_empty());
    }

    #[test]
    fn the_headers_seen_are_listed_table_by_table_in_either_language() {
        let table = |number, rows: Vec<Vec<&str>>| Table {
            place: grid::TableOrigin::Table(number),
            rows: rows
                .into_iter()
                .enumerate()
                .map(|(i, cells)| grid::Row {
                    number: i + 1,
                    cells: cells.into_iter().map(grid::Cell::new).collect(),
                })
                .collect(),
            above: Vec::new(),
            hidden: false,
            first_column: 0,
        };
        let first = table(1, vec![vec!["STT", "Họ và tên"]]);
        let second = table(2, vec![vec!["x"]]);
        let error: crate::message::Error = no_header("a.docx", &[&first, &second]);
        let english = crate::message::explain(&error, crate::lang::Lang::En);
        assert!(
            english.starts_with(
                "error: `a.docx` has no table whose header names a task column and a lead column \
                 (headers seen: table 1: \"STT\", \"Họ và tên\"; table 2: none)\nhelp: "
            ),
            "{english}"
        );
        let vietnamese = crate::message::explain(&error, crate::lang::Lang::Vi);
        assert!(
            vietnamese.starts_with(
                "lỗi: `a.docx` không có bảng nào có dòng tiêu đề ghi cột nhiệm vụ và cột đơn vị chủ trì \
                 (các tiêu đề đã thấy: bảng 1 có các cột \"STT\", \"Họ và tên\"; bảng 2 không có tiêu đề nào)\ngợi ý: "
            ),
            "{vietnamese}"
        );
    }

    #[test]
    fn the_heading_above_the_seed_table() {
        let above = vec![
            "Phụ lục".to_string(),
            "KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023".to_string(),
            "(Ban hành kèm theo Kế hoạch số 12/KH-KHCN ngày 31 tháng 01 năm 2023 của Sở KH&CN)"
                .to_string(),
        ];
        let (title, document, organization) = heading(&above);
        assert_eq!(
            title.as_deref(),
            Some("Kế hoạch triển khai các nhiệm vụ cải cách hành chính năm 2023")
        );
        assert_eq!(
            document.as_deref(),
            Some("Kế hoạch số 12/KH-KHCN ngày 31 tháng 01 năm 2023")
        );
        assert_eq!(organization.as_deref(), Some("Sở KH&CN"));
    }
}
