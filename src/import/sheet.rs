//! Tables of a workbook (.xlsx, .xlsm, .ods), merged ranges resolved, and of a CSV file, its
//! separator detected.

use std::io::Cursor;

use crate::bail;
use crate::message::Result;
use calamine::{Data, Dimensions, Ods, Reader, SheetVisible, Xlsx};

use super::grid::{Cell, MAX_CELLS, Row, Table, TableOrigin};
use crate::msg;

/// A sheet's cells that hold something, by (row, column) from 0: a sheet is read as sparse
/// cells, never as the rectangle its last cell claims (one cell at XFD1048576 would claim
/// seventeen billion).
type Sparse = Vec<((u32, u32), String)>;

/// Every sheet of an Excel workbook, as a table; hidden sheets are marked so.
pub fn read_xlsx(bytes: &[u8], shown: &str) -> Result<Vec<Table>> {
    // Checks every entry's size before the reader unpacks any.
    super::open_zip(bytes, shown, Some(".xlsx"))?;
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|e| damaged(shown, e, ".xlsx"))?;
    let sheets = workbook.sheets_metadata().to_vec();
    let mut tables = Vec::new();
    for sheet in sheets {
        let place = TableOrigin::Sheet(sheet.name.clone());
        let merged = workbook
            .merge_cells_by_sheet_name(&sheet.name)
            .unwrap_or_default();
        let mut cells: Sparse = Vec::new();
        let mut reader = workbook
            .worksheet_cells_reader(&sheet.name)
            .map_err(|e| damaged(shown, e, ".xlsx"))?;
        // The cells holding a date, by their place in `cells`: how a date reads depends on
        // its cell's number format.
        let mut dates = Vec::new();
        while let Some(cell) = reader.next_cell().map_err(|e| damaged(shown, e, ".xlsx"))? {
            let data = Data::from(cell.get_value().clone());
            let value = text(&data);
            if value.is_empty() {
                continue;
            }
            if cells.len() >= MAX_CELLS {
                Table::check_size(&place, shown, cells.len(), 2)?;
            }
            if let Data::DateTime(date) = data {
                dates.push((cells.len(), date));
            }
            cells.push((cell.get_position(), value));
        }
        drop(reader);
        // The cells' styles: which are in bold (a group's row may be told by that), and how a
        // date is shown.
        let styles = match cells.is_empty() {
            true => calamine::StyleRange::empty(),
            false => workbook
                .worksheet_style(&sheet.name)
                .map_err(|e| damaged(shown, e, ".xlsx"))?,
        };
        let bold: Vec<Dimensions> = cells
            .iter()
            .map(|(position, _)| *position)
            .filter(|position| {
                styles
                    .get(*position)
                    .and_then(|s| s.font.as_ref())
                    .is_some_and(calamine::Font::is_bold)
            })
            .map(|position| Dimensions::new(position, position))
            .collect();
        {
            // A date shown as a month (`mm/yyyy`, `mmm-yy`) means that month: its text is the
            // month, which the deadline reader takes as due at the month's end.
            for (index, date) in dates {
                let (position, value) = &mut cells[index];
                let format = styles.get(*position).and_then(|s| s.number_format.as_ref());
                if let (Some(format), Some(day)) = (format, date.as_datetime()) {
                    match shows(&format.format_code, format.format_id) {
                        Shown::Month => *value = day.format("%m/%Y").to_string(),
                        Shown::Year => *value = day.format("%Y").to_string(),
                        Shown::Day => {}
                    }
                }
            }
        }
        let mut table = table(place, shown, cells, &merged, &bold)?;
        table.hidden = sheet.visible != SheetVisible::Visible;
        tables.push(table);
    }
    Ok(tables)
}

/// Every sheet of an OpenDocument spreadsheet, as a table, merged ranges resolved and the
/// cells in bold marked. Its size is measured from its XML before the reader lays any sheet out.
pub fn read_ods(bytes: &[u8], shown: &str) -> Result<Vec<Table>> {
    let mut archive = super::open_zip(bytes, shown, Some(".ods"))?;
    let mut part = |name: &str| -> Result<Vec<u8>> {
        let mut xml = Vec::new();
        if let Ok(entry) = archive.by_name(name) {
            std::io::Read::read_to_end(&mut std::io::Read::take(entry, super::LIMIT), &mut xml)
                .map_err(|e| damaged(shown, e, ".ods"))?;
        }
        Ok(xml)
    };
    let (content, styles) = (part("content.xml")?, part("styles.xml")?);
    let mut named = OdsStyles::new();
    ods_layout(&styles, &mut named, shown)?;
    let layouts = ods_layout(&content, &mut named, shown)?;
    let mut workbook = Ods::new(Cursor::new(bytes)).map_err(|e| damaged(shown, e, ".ods"))?;
    let sheets = workbook.sheets_metadata().to_vec();
    let mut tables = Vec::new();
    for (index, sheet) in sheets.iter().enumerate() {
        let range = workbook
            .worksheet_range(&sheet.name)
            .map_err(|e| damaged(shown, e, ".ods"))?;
        let (top, left) = range.start().unwrap_or((0, 0));
        // The sheets come in the same order from the reader and from the XML.
        let layout = layouts.get(index).filter(|l| l.name == sheet.name);
        let cells: Sparse = range
            .used_cells()
            .map(|(r, c, data)| {
                let at = (top + r as u32, left + c as u32);
                let as_shown = match data {
                    Data::DateTimeIso(_) => layout.and_then(|l| l.dates.get(&at)).cloned(),
                    _ => None,
                };
                (at, as_shown.unwrap_or_else(|| text(data)))
            })
            .filter(|(_, text)| !text.is_empty())
            .collect();
        let (merged, bold) = layout.map_or((&[][..], &[][..]), |l| (&l.merged[..], &l.bold[..]));
        let mut table = table(
            TableOrigin::Sheet(sheet.name.clone()),
            shown,
            cells,
            merged,
            bold,
        )?;
        table.hidden = sheet.visible != SheetVisible::Visible;
        tables.push(table);
    }
    Ok(tables)
}

/// What an OpenDocument sheet says of its cells beyond their values.
#[derive(Debug, Default)]
struct OdsLayout {
    name: String,
    merged: Vec<Dimensions>,
    bold: Vec<Dimensions>,
    /// The text a date cell shows ("30/06/2025", "06/2025"), by its place: what the office
    /// reads, where the value is a day ("2025-06-01" for a month shown as such).
    dates: std::collections::HashMap<(u32, u32), String>,
}

/// The styles of an OpenDocument file that say whether text is bold, by name: the style's own
/// weight if it sets one, and the style it inherits from.
type OdsStyles = std::collections::HashMap<String, (Option<bool>, Option<String>)>;

fn ods_is(name: quick_xml::name::QName, wanted: &str) -> bool {
    let own: &str = name.as_ref();
    own == wanted
}

/// Whether the style named `name` makes text bold, by itself or by the styles it inherits
/// from (a chain that loops, or runs longer than any real one, is not bold).
fn ods_bold(styles: &OdsStyles, name: &str) -> bool {
    let mut name = name;
    for _ in 0..16 {
        match styles.get(name) {
            Some((Some(bold), _)) => return *bold,
            Some((None, Some(parent))) => name = parent,
            _ => return false,
        }
    }
    false
}

/// Reads one part of an OpenDocument spreadsheet (`styles.xml`, then `content.xml`): the
/// styles it defines, added to `styles`, and its sheets' merged ranges and cells in bold (by
/// the cell's style, its column's default style, or text all in bold spans); refuses a sheet
/// that, with its repeated rows and columns counted out, holds more than [`MAX_CELLS`] from
/// its first cell with content to its last.
fn ods_layout(xml: &[u8], styles: &mut OdsStyles, shown: &str) -> Result<Vec<OdsLayout>> {
    use quick_xml::events::Event;
    // The style being read.
    let mut style: Option<String> = None;
    let repeats = |e: &quick_xml::events::BytesStart, name: &str| -> usize {
        super::attribute(e, name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(1)
            .max(1)
    };
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buffer = Vec::new();
    let mut layouts: Vec<OdsLayout> = Vec::new();
    // The row position, the first row with content, the widest content, the current row's
    // column position and how far its content reaches.
    let (mut row, mut first, mut width) = (0usize, None, 0usize);
    let (mut row_repeats, mut column, mut row_width) = (1usize, 0usize, 0usize);
    let (mut cell_repeats, mut cell_has_content) = (1usize, false);
    // The columns' default styles, one entry per run of repeated columns.
    let mut columns: Vec<(usize, Option<String>)> = Vec::new();
    // The current cell's style makes it bold; how much of its text is in bold spans and how
    // much is not; how deep the spans in bold go at this point.
    let (mut cell_bold, mut bold_text, mut plain_text) = (false, 0usize, 0usize);
    // The text a date cell shows, while in one.
    let mut date_text: Option<String> = None;
    let mut spans: Vec<bool> = Vec::new();
    // The cells `down` rows and `across` columns from (`row`, `column`), as far as a sheet
    // can reach.
    let region = |row: usize, column: usize, down: usize, across: usize| {
        let at = |r: usize, c: usize| {
            (
                r.min(u32::MAX as usize) as u32,
                c.min(u32::MAX as usize) as u32,
            )
        };
        Dimensions::new(
            at(row, column),
            at(
                row.saturating_add(down - 1),
                column.saturating_add(across - 1),
            ),
        )
    };
    loop {
        let event = reader
            .read_event_into(&mut buffer)
            .map_err(|e| damaged(shown, e, ".ods"))?;
        match event {
            Event::Eof => break,
            // A style (an automatic one comes before the sheets that use it).
            Event::Start(ref e) | Event::Empty(ref e) if ods_is(e.name(), "style:style") => {
                let name = super::attribute(e, "name").unwrap_or_default();
                let parent = super::attribute(e, "parent-style-name");
                styles.insert(name.clone(), (None, parent));
                style = matches!(event, Event::Start(_)).then_some(name);
            }
            Event::End(ref e) if ods_is(e.name(), "style:style") => style = None,
            Event::Start(ref e) | Event::Empty(ref e)
                if ods_is(e.name(), "style:text-properties") =>
            {
                if let (Some(name), Some(weight)) = (&style, super::attribute(e, "font-weight")) {
                    let bold = weight == "bold" || weight.parse::<u32>().is_ok_and(|w| w >= 600);
                    if let Some(style) = styles.get_mut(name) {
                        style.0 = Some(bold);
                    }
                }
            }
            Event::Start(ref e) | Event::Empty(ref e) if ods_is(e.name(), "table:table") => {
                layouts.push(OdsLayout {
                    name: super::attribute(e, "name").unwrap_or_default(),
                    ..OdsLayout::default()
                });
                (row, first, width) = (0, None, 0);
                columns.clear();
            }
            Event::Start(ref e) | Event::Empty(ref e) if ods_is(e.name(), "table:table-column") => {
                let count = repeats(e, "number-columns-repeated");
                columns.push((count, super::attribute(e, "default-cell-style-name")));
            }
            Event::Start(ref e) if ods_is(e.name(), "table:table-row") => {
                row_repeats = repeats(e, "number-rows-repeated");
                (column, row_width) = (0, 0);
            }
            Event::Empty(ref e) if ods_is(e.name(), "table:table-row") => {
                row = row.saturating_add(repeats(e, "number-rows-repeated"));
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if ods_is(e.name(), "table:table-cell")
                    || ods_is(e.name(), "table:covered-table-cell") =>
            {
                cell_repeats = repeats(e, "number-columns-repeated");
                let kind = super::attribute(e, "value-type");
                cell_has_content = kind.is_some();
                date_text = (kind.as_deref() == Some("date") && matches!(event, Event::Start(_)))
                    .then(String::new);
                let cell_style = super::attribute(e, "style-name").or_else(|| {
                    let mut reach = 0usize;
                    columns.iter().find_map(|(count, style)| {
                        reach = reach.saturating_add(*count);
                        (column < reach).then(|| style.clone())?
                    })
                });
                cell_bold = cell_style.is_some_and(|s| ods_bold(styles, &s));
                (bold_text, plain_text) = (0, 0);
                spans.clear();
                let across = repeats(e, "number-columns-spanned");
                let down = repeats(e, "number-rows-spanned");
                if (across > 1 || down > 1)
                    && ods_is(e.name(), "table:table-cell")
                    && let Some(layout) = layouts.last_mut()
                {
                    layout.merged.push(region(row, column, down, across));
                }
                if matches!(event, Event::Empty(_)) {
                    column = column.saturating_add(cell_repeats);
                    if cell_has_content {
                        row_width = column;
                    }
                }
            }
            Event::Start(ref e) if ods_is(e.name(), "text:span") => {
                let span_style = super::attribute(e, "style-name");
                let outer = spans.last().copied().unwrap_or(false);
                spans.push(span_style.map_or(outer, |s| ods_bold(styles, &s) || outer));
            }
            Event::End(ref e) if ods_is(e.name(), "text:span") => {
                spans.pop();
            }
            Event::End(ref e) if ods_is(e.name(), "text:p") => {
                if let Some(text) = date_text.as_mut() {
                    text.push('\n');
                }
            }
            Event::Text(ref t) if !t.xml10_content().trim().is_empty() => {
                if let Some(text) = date_text.as_mut() {
                    text.push_str(&t.xml10_content());
                }
                cell_has_content = true;
                match spans.last() {
                    Some(true) => bold_text += 1,
                    _ => plain_text += 1,
                }
            }
            Event::End(ref e)
                if ods_is(e.name(), "table:table-cell")
                    || ods_is(e.name(), "table:covered-table-cell") =>
            {
                if let (Some(text), Some(layout)) = (date_text.take(), layouts.last_mut())
                    && !text.trim().is_empty()
                {
                    let at = region(row, column, 1, 1).start;
                    layout.dates.insert(at, text.trim().to_string());
                }
                let bold = cell_bold || (bold_text > 0 && plain_text == 0);
                if bold
                    && cell_has_content
                    && ods_is(e.name(), "table:table-cell")
                    && let Some(layout) = layouts.last_mut()
                {
                    layout
                        .bold
                        .push(region(row, column, row_repeats, cell_repeats));
                }
                column = column.saturating_add(cell_repeats);
                if cell_has_content {
                    row_width = column;
                }
            }
            Event::End(ref e) if ods_is(e.name(), "table:table-row") => {
                if row_width > 0 {
                    let top = *first.get_or_insert(row);
                    width = width.max(row_width);
                    let rows = row.saturating_add(row_repeats) - top;
                    let name = layouts.last().map(|l| l.name.clone()).unwrap_or_default();
                    Table::check_size(&TableOrigin::Sheet(name), shown, rows, width)?;
                }
                row = row.saturating_add(row_repeats);
            }
            _ => {}
        }
        buffer.clear();
    }
    Ok(layouts)
}

fn damaged(shown: &str, reason: impl std::fmt::Display, extension: &str) -> crate::message::Error {
    msg!(
        "`{shown}` cannot be read as a spreadsheet ({reason})",
        shown,
        reason
    )
    .help(msg!(
        "open it in Excel (or LibreOffice) and save it again as {extension}",
        extension
    ))
}

/// A sheet's cells as a table, from its first cell with content to its last, merged ranges
/// resolved; rows are numbered as the sheet shows them.
/// A sheet's cells laid out on a grid from its first row and column with content: `merged`
/// ranges resolved, the cells at `bold` in bold.
fn table(
    place: TableOrigin,
    shown: &str,
    cells: Sparse,
    merged: &[Dimensions],
    bold: &[Dimensions],
) -> Result<Table> {
    let top = cells.iter().map(|((r, _), _)| *r).min().unwrap_or(0);
    let left = cells.iter().map(|((_, c), _)| *c).min().unwrap_or(0);
    let height = cells
        .iter()
        .map(|((r, _), _)| (r - top) as usize + 1)
        .max()
        .unwrap_or(0);
    let width = cells
        .iter()
        .map(|((_, c), _)| (c - left) as usize + 1)
        .max()
        .unwrap_or(0);
    Table::check_size(&place, shown, height, width)?;
    let mut rows: Vec<Row> = (0..height)
        .map(|r| Row {
            number: top as usize + r + 1,
            cells: vec![Cell::default(); width],
        })
        .collect();
    for ((r, c), text) in cells {
        rows[(r - top) as usize].cells[(c - left) as usize].text = text;
    }
    // Only the part of a region inside the used range matters; it may reach far beyond.
    let last_row = (top as usize + height).saturating_sub(1) as u32;
    let last_column = (left as usize + width).saturating_sub(1) as u32;
    let inside = |region: &Dimensions| {
        let ((r0, c0), (r1, c1)) = (region.start, region.end);
        (r0.max(top)..=r1.min(last_row))
            .flat_map(move |r| (c0.max(left)..=c1.min(last_column)).map(move |c| (r, c)))
    };
    for region in bold {
        for (r, c) in inside(region) {
            rows[(r - top) as usize].cells[(c - left) as usize].bold = true;
        }
    }
    for region in merged {
        for (r, c) in inside(region) {
            if (r, c) == region.start {
                continue;
            }
            let cell = &mut rows[(r - top) as usize].cells[(c - left) as usize];
            cell.from_above = r > region.start.0;
            cell.from_left = c > region.start.1;
        }
    }
    let mut table = Table {
        place,
        rows,
        above: Vec::new(),
        hidden: false,
        first_column: left,
    };
    table.fill(shown)?;
    Ok(table)
}

/// What a number format shows of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Day,
    /// Its month and year alone (`mm/yyyy`, `mmm-yy`, Excel's built-in 17).
    Month,
    /// Its year alone (`yyyy`).
    Year,
}

/// What a number format shows of a date, once its quoted text, escaped characters and `[…]`
/// sections are left out.
fn shows(code: &str, id: Option<u32>) -> Shown {
    if id == Some(17) {
        return Shown::Month;
    }
    let mut letters = String::new();
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                chars.by_ref().find(|&c| c == '"');
            }
            '\\' => {
                chars.next();
            }
            '[' => {
                chars.by_ref().find(|&c| c == ']');
            }
            c => letters.push(c.to_ascii_lowercase()),
        }
    }
    let has = |c: char| letters.contains(c);
    match (has('y'), has('m'), has('d') || has('h')) {
        (true, true, false) => Shown::Month,
        (true, false, false) => Shown::Year,
        _ => Shown::Day,
    }
}

/// A cell's value as text: numbers without a needless `.0`, dates as dd/mm/yyyy.
fn text(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(dt) if d.is_datetime() => dt.format("%d/%m/%Y").to_string(),
            _ => d.to_string(),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// A CSV file as a table: UTF-8 (a BOM is dropped), its separator `;`, `,` or tab, whichever
/// splits its lines most evenly.
pub fn read_csv(bytes: &[u8], shown: &str) -> Result<Vec<Table>> {
    // UTF-16 without its byte-order mark: text in the Latin alphabet has a zero byte beside
    // nearly every letter (and a zero byte is valid UTF-8, so it would pass the check below).
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros = sample.iter().filter(|&&b| b == 0).count();
    let utf16 = !sample.is_empty() && zeros * 4 >= sample.len();
    if utf16 || bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        bail!(msg!("`{shown}` is UTF-16, not UTF-8", shown).help(msg!(
            "save it again as \"CSV UTF-8 (Comma delimited)\" (in Excel: File, Save As, then that type)"
        )));
    }
    let bytes = bytes.strip_prefix(crate::text::BOM).unwrap_or(bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        bail!(msg!(
            "`{shown}` is not UTF-8 (line {line} holds bytes that are not): Vietnamese text in another encoding (Windows-1258, TCVN3, VNI) would come out garbled",
            shown,
            line
        )
        .help(msg!(
            "save it again as \"CSV UTF-8 (Comma delimited)\" (in Excel: File, Save As, then that type), or convert it with `iconv -f CP1258 -t UTF-8`"
        )));
    }
    // Excel's `sep=;` first line names the separator; otherwise the one that splits best.
    let declared = bytes
        .split(|&b| b == b'\n')
        .next()
        .and_then(|line| line.trim_ascii().strip_prefix(b"sep="))
        .and_then(|rest| match rest {
            [separator] => Some(*separator),
            _ => None,
        });
    let (bytes, skipped) = match declared {
        Some(_) => {
            let after = bytes
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| i + 1);
            (&bytes[after..], 1)
        }
        None => (bytes, 0),
    };
    let separator = declared.unwrap_or_else(|| {
        [b';', b',', b'\t']
            .into_iter()
            .max_by_key(|&separator| evenness(bytes, separator))
            .unwrap_or(b',')
    });
    // A quote left open swallows every row after it into one cell: refused, with its line.
    if let Some(line) = unclosed_quote(bytes, separator) {
        bail!(
            msg!(
                "`{shown}` has a quote opened on line {line} that is never closed, so every row after it would be one cell",
                shown,
                line = line + skipped
            )
            .help(msg!(
                "check that its quotes are balanced, or save it again from Excel as CSV UTF-8"
            ))
        );
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            msg!(
                "`{shown}` cannot be read as CSV ({reason})",
                shown,
                reason = e
            )
            .help(msg!(
                "check that its quotes are balanced, or save it again from Excel as CSV UTF-8"
            ))
        })?;
        let number = record
            .position()
            .map_or(rows.len() + 1, |p| p.line() as usize)
            + skipped;
        // Empty fields at the end of a line hold nothing: a line of millions of separators
        // is not as many cells (nor a reason to hold them).
        let used = (0..record.len())
            .rev()
            .find(|&i| record.get(i).is_some_and(|field| !field.is_empty()))
            .map_or(0, |last| last + 1);
        Table::check_size(&TableOrigin::Csv, shown, rows.len() + 1, used)?;
        rows.push(Row {
            number,
            cells: record.iter().take(used).map(Cell::new).collect(),
        });
    }
    let mut table = Table {
        place: TableOrigin::Csv,
        rows,
        above: Vec::new(),
        hidden: false,
        first_column: 0,
    };
    table.fill(shown)?;
    Ok(vec![table])
}

/// The line on which a quoted field opens and never closes, if one does: a quote opens a field
/// only at its start, and `""` inside one is a quote.
fn unclosed_quote(bytes: &[u8], separator: u8) -> Option<usize> {
    let (mut line, mut opened) = (1, None);
    let mut at_start = true;
    let mut bytes = bytes.iter().peekable();
    while let Some(&b) = bytes.next() {
        match (opened, b) {
            (Some(_), b'"') if bytes.peek() == Some(&&b'"') => {
                bytes.next();
            }
            (Some(_), b'"') => opened = None,
            (None, b'"') if at_start => opened = Some(line),
            _ => {}
        }
        if b == b'\n' {
            line += 1;
        }
        at_start = opened.is_none() && (b == separator || b == b'\n' || (b == b'\r'));
    }
    opened
}

/// How well `separator` splits the first lines: more lines of the most common width (above
/// one field), then wider.
fn evenness(bytes: &[u8], separator: u8) -> (usize, usize) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut widths: Vec<usize> = reader
        .records()
        .take(50)
        .filter_map(|r| r.ok())
        .map(|r| r.len())
        .filter(|&w| w > 1)
        .collect();
    widths.sort_unstable();
    let mut best = (0, 0);
    for chunk in widths.chunk_by(|a, b| a == b) {
        let candidate = (chunk.len(), chunk[0]);
        if candidate > best {
            best = candidate;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str =
        r#"xmlns:office="o" xmlns:style="s" xmlns:text="t" xmlns:table="ta" xmlns:fo="f""#;

    fn layout(styles: &str, rows: &str) -> Vec<OdsLayout> {
        let content = format!(
            r#"<office:document-content {NS}><office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="A &amp; B">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        );
        ods_layout(content.as_bytes(), &mut OdsStyles::new(), "t.ods").unwrap()
    }

    #[test]
    fn an_ods_sheet_gives_its_merged_ranges_and_bold_cells_where_calamine_places_them() {
        let styles = r#"<style:style style:name="B" style:family="table-cell"><style:text-properties fo:font-weight="700"/></style:style>
            <style:style style:name="ce2" style:family="table-cell" style:parent-style-name="B"/>
            <style:style style:name="loop" style:family="table-cell" style:parent-style-name="loop"/>
            <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>"#;
        // Two empty rows, then a row whose second cell spans two columns and two rows, a row
        // of a cell bold through its style's parent, one all in a bold span, one partly, and
        // one whose style inherits from itself.
        let rows = r#"<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="4"/></table:table-row>
            <table:table-row><table:table-cell/><table:table-cell office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="2"><text:p>a</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
            <table:table-row><table:table-cell table:style-name="ce2" office:value-type="string"><text:p>b</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/>
            <table:table-cell office:value-type="string"><text:p><text:span text:style-name="T1">c</text:span></text:p></table:table-cell>
            <table:table-cell office:value-type="string"><text:p><text:span text:style-name="T1">d</text:span> e</text:p></table:table-cell>
            <table:table-cell table:style-name="loop" office:value-type="string"><text:p>f</text:p></table:table-cell></table:table-row>"#;
        let sheets = layout(styles, rows);
        assert_eq!(sheets.len(), 1);
        assert_eq!(sheets[0].name, "A & B");
        assert_eq!(sheets[0].merged, [Dimensions::new((2, 1), (3, 2))]);
        assert_eq!(
            sheets[0].bold,
            [
                Dimensions::new((3, 0), (3, 0)),
                Dimensions::new((3, 3), (3, 3))
            ]
        );
    }

    #[test]
    fn spans_and_repeats_of_zero_or_beyond_any_sheet_are_read_without_harm() {
        let rows = r#"<table:table-row table:number-rows-repeated="0"><table:table-cell table:number-columns-spanned="18446744073709551615" table:number-rows-spanned="0" table:number-columns-repeated="0" office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>"#;
        let sheets = layout("", rows);
        assert_eq!(sheets[0].merged, [Dimensions::new((0, 0), (0, u32::MAX))]);
    }

    #[test]
    fn a_bold_cell_repeated_far_beyond_the_table_marks_only_the_table() {
        let styles = r#"<style:style style:name="B" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>"#;
        let rows = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>STT</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Nhiệm vụ</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="1000000"><table:table-cell table:style-name="B" table:number-columns-repeated="16384"/></table:table-row>"#;
        let sheets = layout(styles, rows);
        // An empty cell in bold is nothing to mark.
        assert!(sheets[0].bold.is_empty());
        let sparse = vec![
            ((0, 0), "STT".to_string()),
            ((0, 1), "Nhiệm vụ".to_string()),
        ];
        let region = [Dimensions::new((0, 0), (1_000_000, 16_383))];
        let table = table(
            TableOrigin::Sheet("A".into()),
            "t.ods",
            sparse,
            &region,
            &region,
        )
        .unwrap();
        assert_eq!(table.rows.len(), 1);
        assert!(table.rows[0].cells[0].bold && table.rows[0].cells[1].bold);
    }

    #[test]
    fn a_month_format_is_told_from_a_day_format() {
        for code in [
            "mm/yyyy",
            "MM/YYYY",
            "mmm-yy",
            "\"Tháng \"mm/yyyy",
            "[$-42A]mm/yyyy",
        ] {
            assert_eq!(shows(code, None), Shown::Month, "{code}");
        }
        for code in [
            "dd/mm/yyyy",
            "d/m/yy",
            "General",
            "hh:mm",
            "yyyy-mm-dd",
            "0.00",
        ] {
            assert_eq!(shows(code, None), Shown::Day, "{code}");
        }
        assert_eq!(shows("yyyy", None), Shown::Year);
        assert_eq!(shows("", Some(17)), Shown::Month);
    }
}
