//! Tables of a Word document (.docx): `word/document.xml` read as XML, with `gridSpan` (a cell
//! spanning columns), `vMerge` (a cell merged down) and `gridBefore` (a row starting further
//! right) resolved into a grid.

use std::io::Cursor;

use crate::bail;
use crate::message::Result;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::grid::{Cell, Row, Table, TableOrigin};
use super::limited;
use super::listing::Lists;
use crate::msg;

/// The tables of the document, and the paragraphs above each.
pub fn read(bytes: &[u8], shown: &str) -> Result<Vec<Table>> {
    let mut archive = super::open_zip(bytes, shown, Some(".docx"))?;
    let xml = match archive.by_name("word/document.xml") {
        Ok(entry) => limited(entry, shown)?,
        Err(_) => bail!(
            msg!(
                "`{shown}` is not a Word document: it has no `word/document.xml`",
                shown
            )
            .help(msg!(
                "open it in Word (or LibreOffice) and save it as .docx"
            ))
        ),
    };
    let xml = String::from_utf8(xml).map_err(|_| {
        msg!("`{shown}` is damaged: its text is not UTF-8", shown)
            .help(msg!("open it in Word and save it again as .docx"))
    })?;
    // The labels of Word's automatic numbering ("1.", "a)", "II.") are in its lists, not in
    // the text.
    let lists = match archive.by_name("word/numbering.xml") {
        Ok(entry) => Lists::read(&limited(entry, shown)?),
        Err(_) => Lists::default(),
    };
    tables(&xml, lists, shown)
}

/// A cell as Word writes it: its text, how many grid columns it spans, and whether it
/// continues a vertical merge.
struct RawCell {
    text: String,
    span: usize,
    continues: bool,
    /// How many of its characters are in bold runs, and how many are not.
    bold: usize,
    plain: usize,
}

/// What the reader is inside of.
#[derive(Default)]
struct State {
    /// Tables open around the current point: 1 inside a table, 2 inside a table in a cell.
    depth: usize,
    rows: Vec<(Vec<RawCell>, usize)>,
    row: Vec<RawCell>,
    /// Empty grid columns before the row's first cell (`gridBefore`).
    before: usize,
    cell: Option<RawCell>,
    /// Text outside tables: the current paragraph, and those so far.
    paragraph: String,
    paragraphs: Vec<String>,
    /// Inside `w:t`; inside an `mc:Fallback` (a copy of content shown another way) or a
    /// `w:moveFrom` (text a tracked change moved elsewhere): text not to read.
    in_text: bool,
    fallback: usize,
    /// Inside a run (`w:r`), and whether its properties make it bold.
    in_run: bool,
    bold: bool,
    /// The lists of Word's automatic numbering, and the level the paragraph's list says.
    lists: Lists,
    list_level: usize,
}

/// The tables of a document's XML, each laid out on its grid and filled in.
fn tables(xml: &str, lists: Lists, shown: &str) -> Result<Vec<Table>> {
    let mut reader = Reader::from_reader(Cursor::new(xml.as_bytes()));
    let mut buffer = Vec::new();
    let mut state = State {
        lists,
        ..State::default()
    };
    let mut tables = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buffer).map_err(|e| {
            msg!(
                "`{shown}` is damaged: its XML does not parse ({reason})",
                shown,
                reason = e
            )
            .help(msg!(
                "open it in Word (or LibreOffice) and save it again as .docx"
            ))
        })?;
        match event {
            Event::Eof => break,
            Event::Start(e) => start(&mut state, &e, false),
            Event::Empty(e) => start(&mut state, &e, true),
            Event::End(e) => {
                let name = e.local_name();
                let name: &str = name.as_ref();
                match name {
                    "t" => state.in_text = false,
                    "r" => state.in_run = false,
                    "Fallback" | "moveFrom" | "pPrChange" => {
                        state.fallback = state.fallback.saturating_sub(1)
                    }
                    "p" => {
                        if state.depth == 0 {
                            let text = std::mem::take(&mut state.paragraph);
                            state.paragraphs.push(text.trim().to_string());
                        } else {
                            push_text(&mut state, "\n");
                        }
                    }
                    "tc" if state.depth == 1 => {
                        if let Some(cell) = state.cell.take() {
                            state.row.push(cell);
                        }
                    }
                    "tr" if state.depth == 1 => {
                        let row = std::mem::take(&mut state.row);
                        state.rows.push((row, std::mem::take(&mut state.before)));
                    }
                    "tbl" => {
                        state.depth = state.depth.saturating_sub(1);
                        if state.depth == 0 {
                            let rows = std::mem::take(&mut state.rows);
                            let mut above: Vec<String> = state
                                .paragraphs
                                .iter()
                                .filter(|p| !p.is_empty())
                                .cloned()
                                .collect();
                            above.drain(..above.len().saturating_sub(12));
                            state.paragraphs.clear();
                            tables.push(grid(rows, tables.len() + 1, above, shown)?);
                        } else {
                            push_text(&mut state, "\n");
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(text) if state.in_text && state.fallback == 0 => {
                push_text(&mut state, &text.xml10_content());
            }
            Event::GeneralRef(reference) if state.in_text && state.fallback == 0 => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match reference.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    }
                    .to_string(),
                };
                push_text(&mut state, &resolved);
            }
            _ => {}
        }
        buffer.clear();
    }
    Ok(tables)
}

fn start(state: &mut State, e: &BytesStart, empty: bool) {
    let name = e.local_name();
    let name: &str = name.as_ref();
    match name {
        "tbl" if !empty => state.depth += 1,
        "tr" if state.depth == 1 && !empty => {
            state.row.clear();
            state.before = 0;
        }
        "tc" if state.depth == 1 => {
            let cell = RawCell {
                text: String::new(),
                span: 1,
                continues: false,
                bold: 0,
                plain: 0,
            };
            if empty {
                state.row.push(cell);
            } else {
                state.cell = Some(cell);
            }
        }
        "gridSpan" if state.depth == 1 => {
            if let Some(cell) = state.cell.as_mut() {
                cell.span = value(e)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
                    .clamp(1, 64);
            }
        }
        "vMerge" if state.depth == 1 => {
            if let Some(cell) = state.cell.as_mut() {
                // `<w:vMerge/>` and `w:val="continue"` continue; `restart` starts a merge.
                cell.continues = value(e).is_none_or(|v| v == "continue");
            }
        }
        "gridBefore" if state.depth == 1 && state.cell.is_none() => {
            state.before = value(e).and_then(|v| v.parse().ok()).unwrap_or(0).min(64);
        }
        "t" if !empty => state.in_text = true,
        "r" if !empty => {
            state.in_run = true;
            state.bold = false;
        }
        // A run's own bold (a paragraph's mark has its `w:b` outside any run).
        "b" if state.in_run => state.bold = value(e).is_none_or(|v| v != "0" && v != "false"),
        "tab" | "ptab" if state.fallback == 0 => push_text(state, " "),
        // Word's hyphen that does not break a line ("2021‑2025", "Quý I‑II"); its soft
        // hyphen, shown only at a line's end, is nothing.
        "noBreakHyphen" if state.fallback == 0 => push_text(state, "-"),
        "br" | "cr" if state.fallback == 0 => push_text(state, "\n"),
        // A copy shown another way, or text a tracked change moved away (it is read where it
        // was moved to).
        // (A tracked change's former paragraph properties, its former list among them.)
        "Fallback" | "moveFrom" | "pPrChange" if !empty => state.fallback += 1,
        // A paragraph of a list: the label Word shows before it ("1.", "a)"), then its text.
        "ilvl" if state.fallback == 0 => {
            state.list_level = value(e).and_then(|v| v.parse().ok()).unwrap_or(0);
        }
        "numId" if state.fallback == 0 => {
            let level = std::mem::take(&mut state.list_level);
            if let Some(label) = value(e).and_then(|num| state.lists.label(&num, level)) {
                push_label(state, &format!("{label} "));
            }
        }
        _ => {}
    }
}

/// The `w:val` attribute of an element.
fn value(e: &BytesStart) -> Option<String> {
    super::attribute(e, "val")
}

/// A list's label, which says nothing of the paragraph's bold.
fn push_label(state: &mut State, label: &str) {
    match (&mut state.cell, state.depth) {
        (Some(cell), d) if d >= 1 => cell.text.push_str(label),
        (_, 0) => state.paragraph.push_str(label),
        _ => {}
    }
}

fn push_text(state: &mut State, text: &str) {
    let letters = text.chars().filter(|c| !c.is_whitespace()).count();
    match (&mut state.cell, state.depth) {
        (Some(cell), d) if d >= 1 => {
            cell.text.push_str(text);
            if state.in_run && state.bold {
                cell.bold += letters;
            } else {
                cell.plain += letters;
            }
        }
        (_, 0) => state.paragraph.push_str(text),
        _ => {}
    }
}

/// Word's rows of cells, laid out on the table's grid and filled in; refused before it is
/// laid out if it would be larger than an annex.
fn grid(
    rows: Vec<(Vec<RawCell>, usize)>,
    number: usize,
    above: Vec<String>,
    shown: &str,
) -> Result<Table> {
    let place = TableOrigin::Table(number);
    let width = rows
        .iter()
        .map(|(cells, before)| before + cells.iter().map(|c| c.span).sum::<usize>())
        .max()
        .unwrap_or(0);
    Table::check_size(&place, shown, rows.len(), width)?;
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(index, (cells, before))| {
            let mut grid: Vec<Cell> = vec![Cell::default(); before];
            for raw in cells {
                let text = raw.text.trim_end_matches('\n').to_string();
                grid.push(Cell {
                    text,
                    from_above: raw.continues,
                    from_left: false,
                    bold: raw.bold > 0 && raw.plain == 0,
                });
                for _ in 1..raw.span {
                    grid.push(Cell {
                        text: String::new(),
                        from_above: raw.continues,
                        from_left: true,
                        bold: false,
                    });
                }
            }
            Row {
                number: index + 1,
                cells: grid,
            }
        })
        .collect();
    let mut table = Table {
        place,
        rows,
        above,
        hidden: false,
        first_column: 0,
    };
    table.fill(shown)?;
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hyphens_tabs_and_deleted_text_read_as_shown() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr>
            <w:tc><w:p><w:r><w:t>Giai đoạn 2021</w:t></w:r><w:r><w:noBreakHyphen/><w:t>2025</w:t></w:r></w:p></w:tc>
            <w:tc><w:p><w:r><w:t>Cải</w:t><w:softHyphen/><w:t> cách</w:t><w:tab/><w:t>hành chính</w:t></w:r><w:del><w:r><w:delText> cũ</w:delText></w:r></w:del><w:moveFrom><w:r><w:t> (chuyển)</w:t></w:r></w:moveFrom></w:p></w:tc>
            </w:tr></w:tbl></w:body></w:document>"#;
        let tables = tables(xml, Lists::default(), "t.docx").unwrap();
        let texts: Vec<&str> = tables[0].rows[0]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(texts, ["Giai đoạn 2021-2025", "Cải cách hành chính"]);
    }
}
