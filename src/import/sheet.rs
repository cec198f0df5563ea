//! Tables of a workbook (.xlsx, .xlsm, .ods), merged ranges resolved, and of a CSV file, its
//! separator detected.

use std::io::Cursor;

use anyhow::{Result, bail};
use calamine::{Data, Dimensions, Ods, Range, Reader, Xlsx};

use super::grid::{Cell, Row, Table, TableOrigin};
use crate::msg;

/// Every sheet of an Excel workbook, as a table.
pub fn read_xlsx(bytes: &[u8], shown: &str) -> Result<Vec<Table>> {
    // Checks every entry's size before the reader unpacks any.
    super::open_zip(bytes, shown, Some(".xlsx"))?;
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|e| damaged(shown, e, ".xlsx"))?;
    let names = workbook.sheet_names().to_vec();
    let mut tables = Vec::new();
    for name in names {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| damaged(shown, e, ".xlsx"))?;
        let merged = workbook
            .merge_cells_by_sheet_name(&name)
            .unwrap_or_default();
        tables.push(table(TableOrigin::Sheet(name), &range, &merged));
    }
    Ok(tables)
}

/// Every sheet of an OpenDocument spreadsheet, as a table (merged ranges are not read).
pub fn read_ods(bytes: &[u8], shown: &str) -> Result<Vec<Table>> {
    super::open_zip(bytes, shown, Some(".ods"))?;
    let mut workbook = Ods::new(Cursor::new(bytes)).map_err(|e| damaged(shown, e, ".ods"))?;
    let names = workbook.sheet_names().to_vec();
    let mut tables = Vec::new();
    for name in names {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| damaged(shown, e, ".ods"))?;
        tables.push(table(TableOrigin::Sheet(name), &range, &[]));
    }
    Ok(tables)
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

/// A sheet's used cells as a table; rows are numbered as the sheet shows them.
fn table(place: TableOrigin, range: &Range<Data>, merged: &[Dimensions]) -> Table {
    let (top, left) = range.start().unwrap_or((0, 0));
    let (height, width) = range.get_size();
    let mut rows: Vec<Row> = (0..height)
        .map(|r| Row {
            number: top as usize + r + 1,
            cells: (0..width)
                .map(|c| Cell::new(range.get((r, c)).map(text).unwrap_or_default()))
                .collect(),
        })
        .collect();
    for region in merged {
        let (r0, c0) = region.start;
        let (r1, c1) = region.end;
        // Only the part inside the used range matters; a merge may reach far beyond it.
        let rows_in = |r: u32| {
            r.checked_sub(top)
                .map(|r| r as usize)
                .filter(|&r| r < height)
        };
        let cols_in = |c: u32| {
            c.checked_sub(left)
                .map(|c| c as usize)
                .filter(|&c| c < width)
        };
        for r in r0..=r1.min(top + height as u32) {
            for c in c0..=c1.min(left + width as u32) {
                if (r, c) == (r0, c0) {
                    continue;
                }
                let (Some(row), Some(column)) = (rows_in(r), cols_in(c)) else {
                    continue;
                };
                let cell = &mut rows[row].cells[column];
                cell.from_above = r > r0;
                cell.from_left = c > c0;
            }
        }
    }
    let mut table = Table {
        place,
        rows,
        above: Vec::new(),
    };
    table.fill();
    table
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
        rows.push(Row {
            number,
            cells: record.iter().map(Cell::new).collect(),
        });
    }
    let mut table = Table {
        place: TableOrigin::Csv,
        rows,
        above: Vec::new(),
    };
    table.fill();
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
