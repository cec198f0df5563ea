//! Turning rows of text into a terminal table, CSV or Markdown; JSON is written by each command
//! from its own records.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets,
};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::parallel::in_parallel;
use crate::text::printable;

/// How the terminal was found: decided once, in `main`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    pub color: bool,
    /// The width to wrap tables to; `None` when not writing to a terminal.
    pub width: Option<u16>,
    /// Whether the person watches the error stream: then a long command says how it goes.
    pub progress: bool,
}

/// How a cell should stand out when colour is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Heading,
    Good,
    Warn,
    Bad,
    Muted,
}

/// A table of text, the shape every format shares. Cells borrow what the plan holds already
/// (ids, titles), and are kept one after another: a table can have tens of thousands of rows.
#[derive(Debug, Default)]
pub struct Grid<'a> {
    pub headers: Vec<&'static str>,
    /// Row after row, as many cells to a row as there are headers.
    cells: Vec<(Cow<'a, str>, Tone)>,
}

impl<'a> Grid<'a> {
    pub fn new(headers: Vec<&'static str>) -> Grid<'a> {
        Grid {
            headers,
            cells: Vec::new(),
        }
    }

    /// Adds a row: cells missing at its end are empty, cells beyond the headers are dropped.
    pub fn push<S: Into<Cow<'a, str>>>(&mut self, row: impl IntoIterator<Item = (S, Tone)>) {
        let end = self.cells.len() + self.headers.len();
        let row = row.into_iter().map(|(text, tone)| {
            let text: Cow<'a, str> = text.into();
            let shown = match printable(&text) {
                Cow::Owned(shown) => Cow::Owned(shown),
                Cow::Borrowed(_) => text,
            };
            (shown, tone)
        });
        self.cells.extend(row.take(self.headers.len()));
        self.cells.resize(end, ("".into(), Tone::Plain));
    }

    /// Whether the grid has no rows.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    pub fn rows(&self) -> impl Iterator<Item = &[(Cow<'a, str>, Tone)]> {
        self.cells.chunks(self.headers.len().max(1))
    }

    pub fn write_table(&self, out: &mut dyn Write, terminal: Terminal) -> io::Result<()> {
        if terminal.width.is_none() && !terminal.color {
            // Each cell measured once; one of several lines needs comfy-table's layout.
            if let Some(widths) = measure(&self.cells) {
                return self.write_unwrapped(&widths, out);
            }
        }
        let mut table = Table::new();
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.force_no_tty();
        if terminal.color {
            table.enforce_styling();
        }
        match terminal.width {
            Some(width) => {
                table.set_width(width);
                table.set_content_arrangement(ContentArrangement::Dynamic);
            }
            None => {
                table.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        table.set_header(
            self.headers
                .iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
        for row in self.rows() {
            table.add_row(row.iter().map(|(text, tone)| match terminal.width {
                Some(width) => styled(&break_long_words(text, usize::from(width)), *tone),
                None => styled(text, *tone),
            }));
        }
        if let Some(width) = terminal.width {
            self.keep_words_whole(&mut table, usize::from(width));
        }
        for line in table.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    /// Makes each column at least as wide as its longest word, so that wrapping breaks lines
    /// between words (comfy-table would cut `Support` into `Suppor`/`t`). Columns whose words
    /// are shortest come first; a column whose words cannot all fit in `width` is left to be
    /// cut.
    fn keep_words_whole(&self, table: &mut Table, width: usize) {
        let columns = self.headers.len().max(1);
        let longest_word = |text: &str| {
            text.split_whitespace()
                .map(UnicodeWidthStr::width)
                .max()
                .unwrap_or(0)
        };
        let cells = |column: usize| self.cells.iter().skip(column).step_by(columns);
        // The column with the most text (the titles) is the one to wrap: it comes last.
        let widest = (0..columns)
            .max_by_key(|&column| cells(column).map(|(t, _)| t.width()).max())
            .unwrap_or(0);
        let mut needs: Vec<(bool, usize, usize)> = (0..columns)
            .map(|column| {
                let words = cells(column).map(|(t, _)| longest_word(t));
                let header = self.headers.get(column).map_or(0, |h| longest_word(h));
                (
                    column == widest,
                    words.chain([header]).max().unwrap_or(0),
                    column,
                )
            })
            .collect();
        needs.sort();
        // Each column takes three more: a border and a space either side.
        let mut room = width.saturating_sub(3 * columns + 1);
        for (index, &(_, need, column)) in needs.iter().enumerate() {
            // The columns after this one keep room for a short word each.
            let others: usize = needs[index + 1..].iter().map(|&(_, n, _)| n.min(6)).sum();
            if need + others > room {
                break;
            }
            room -= need;
            // comfy-table's widths count the space either side.
            if let (Some(column), Ok(need)) = (table.column_mut(column), u16::try_from(need + 2)) {
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(need)));
            }
        }
    }

    /// The table comfy-table draws when nothing is wrapped or coloured, drawn a row at a time:
    /// a list of tens of thousands of tasks written to a file or a pipe costs neither the time
    /// nor the memory of laying it out.
    fn write_unwrapped(&self, cell_widths: &[usize], out: &mut dyn Write) -> io::Result<()> {
        let columns = self.headers.len().max(1);
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for row in cell_widths.chunks(columns) {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(*cell);
            }
        }
        let rule = |left: &str, line: &str, middle: &str, right: &str| {
            let parts: Vec<String> = widths.iter().map(|w| line.repeat(w + 2)).collect();
            format!("{left}{}{right}", parts.join(middle))
        };
        // Each row is put together in one buffer and written at once.
        let mut line = String::new();
        let mut write_row =
            |out: &mut dyn Write, cells: &mut dyn Iterator<Item = (&str, usize)>| {
                line.clear();
                line.push('│');
                for (i, (width, (text, used))) in widths.iter().zip(cells).enumerate() {
                    if i > 0 {
                        line.push('┆');
                    }
                    line.push(' ');
                    line.push_str(text);
                    pad(&mut line, width - used + 1);
                }
                line.push_str("│\n");
                out.write_all(line.as_bytes())
            };
        writeln!(out, "{}", rule("┌", "─", "┬", "┐"))?;
        write_row(out, &mut self.headers.iter().map(|h| (*h, h.width())))?;
        writeln!(out, "{}", rule("╞", "═", "╪", "╡"))?;
        for (row, used) in self.rows().zip(cell_widths.chunks(columns)) {
            let texts = row.iter().map(|(text, _)| text.as_ref());
            write_row(out, &mut texts.zip(used.iter().copied()))?;
        }
        writeln!(out, "{}", rule("└", "─", "┴", "┘"))
    }

    pub fn write_markdown(&self, out: &mut dyn Write) -> io::Result<()> {
        let rows = self
            .rows()
            .map(|row| row.iter().map(|(text, _)| text.as_ref()));
        write_markdown_table(out, &self.headers, rows)
    }
}

/// A Markdown table: `|` inside a cell is escaped and a line break becomes `<br>` (as
/// [`crate::text::one_line`] shows a value), so that a cell stays one cell.
pub fn write_markdown_table<'t>(
    out: &mut dyn Write,
    headers: &[impl AsRef<str>],
    rows: impl Iterator<Item = impl Iterator<Item = &'t str>>,
) -> io::Result<()> {
    let cell = |text: &str| crate::text::one_line(text, "<br>").replace('|', "\\|");
    let headers: Vec<String> = headers.iter().map(|h| cell(h.as_ref())).collect();
    writeln!(out, "| {} |", headers.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(headers.len()))?;
    for row in rows {
        let cells: Vec<String> = row.map(cell).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// The width of each cell, if every cell is one line. A table of tens of thousands of rows is
/// measured in parallel: measuring is mostly waiting for text scattered across memory.
fn measure(cells: &[(Cow<str>, Tone)]) -> Option<Vec<usize>> {
    const CHUNK: usize = 5_000;
    let widths = |cells: &[(Cow<str>, Tone)]| -> Option<Vec<usize>> {
        cells.iter().map(|(text, _)| line_width(text)).collect()
    };
    let chunks: Vec<_> = cells.chunks(CHUNK).collect();
    let parallel = cells.len() >= 2 * CHUNK;
    let mut all = Vec::with_capacity(cells.len());
    // A chunk whose measuring panicked (a bug) leaves the table to comfy-table.
    for chunk in in_parallel(chunks, parallel, widths) {
        all.extend(chunk??);
    }
    Some(all)
}

/// How many columns `text` takes on a terminal, if it is one line.
fn line_width(text: &str) -> Option<usize> {
    // Vietnamese text precomposed takes a column a character: printable ASCII, Latin-1 and the
    // Latin extensions up to U+02FF, and Latin Extended Additional (U+1E00–U+1EFF). Those are
    // counted from their first bytes; any other character has the text measured in full.
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let next = bytes.get(at + 1).copied();
        at += match (byte, next) {
            (0x20..=0x7E, _) => 1,
            // U+0080–U+009F are control characters, U+00AD the soft hyphen.
            (0xC2, Some(0xA0..=0xAC | 0xAE..=0xBF)) | (0xC3..=0xCB, _) => 2,
            (0xE1, Some(0xB8..=0xBB)) => 3,
            _ => return (!text.contains('\n')).then(|| text.width()),
        };
        count += 1;
    }
    Some(count)
}

/// Adds `count` spaces to `line`.
/// A writer for text a person reads (not JSON or CSV): control characters in what passes
/// through are shown, not obeyed, as [`printable`] shows them.
pub struct Printable<'w>(pub &'w mut dyn Write);

impl Write for Printable<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match std::str::from_utf8(buf) {
            Ok(text) => self.0.write_all(printable(text).as_bytes())?,
            // A character cut between two writes: only the ASCII controls can be seen to.
            Err(_) => {
                let shown: Vec<u8> = buf
                    .iter()
                    .map(|&b| match b {
                        b'\n' | b'\t' => b,
                        0..0x20 | 0x7f => b'?',
                        _ => b,
                    })
                    .collect();
                self.0.write_all(&shown)?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// `text` with every word wider than `max` columns cut into lines of at most `max` columns.
/// comfy-table cuts such a word itself, but in time that grows with the square of its length:
/// a title of one 80,000-character word took seconds.
fn break_long_words(text: &str, max: usize) -> Cow<'_, str> {
    let max = max.max(1);
    let long = |word: &str| word.chars().count() > max && word.width() > max;
    if !text.split_whitespace().any(long) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + text.len() / max);
    let mut width = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if c.is_whitespace() {
            width = 0;
        } else {
            if width + w > max {
                out.push('\n');
                width = 0;
            }
            width += w;
        }
        out.push(c);
    }
    Cow::Owned(out)
}

fn pad(line: &mut String, mut count: usize) {
    const SPACES: &str = "                                                                ";
    while count > 0 {
        let now = count.min(SPACES.len());
        line.push_str(&SPACES[..now]);
        count -= now;
    }
}

fn styled(text: &str, tone: Tone) -> Cell {
    let cell = Cell::new(text);
    match tone {
        Tone::Plain => cell,
        Tone::Heading => cell.add_attribute(Attribute::Bold),
        Tone::Good => cell.fg(Color::Green),
        Tone::Warn => cell.fg(Color::Yellow),
        Tone::Bad => cell.fg(Color::Red),
        Tone::Muted => cell.fg(Color::DarkGrey),
    }
}

/// Writes rows as CSV with a header row: for a spreadsheet (`spreadsheet`: UTF-8 with a BOM,
/// cells a spreadsheet would run as a formula made text, see [`Csv`]) or as the text is.
pub fn write_csv<S: AsRef<str>>(
    out: &mut dyn Write,
    spreadsheet: bool,
    headers: &[&str],
    records: impl IntoIterator<Item = impl IntoIterator<Item = S>>,
) -> crate::message::Result<()> {
    let mut csv = Csv::new(out, spreadsheet)?;
    csv.row(headers)?;
    for record in records {
        csv.row(record)?;
    }
    csv.finish()
}

/// A CSV writer: rows may differ in length (a report holds several tables one after the
/// other). For a spreadsheet it writes the BOM Excel needs to read UTF-8, and a cell starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return (which a spreadsheet may run as a
/// formula: `=HYPERLINK(…)` in a title) gets a leading `'`, the OWASP rule; raw CSV, for
/// scripts, is the text as it is.
pub struct Csv<'w> {
    writer: csv::Writer<&'w mut dyn Write>,
    spreadsheet: bool,
}

impl<'w> Csv<'w> {
    pub fn new(out: &'w mut dyn Write, spreadsheet: bool) -> io::Result<Csv<'w>> {
        if spreadsheet {
            out.write_all(crate::text::BOM)?;
        }
        let writer = csv::WriterBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_writer(out);
        Ok(Csv {
            writer,
            spreadsheet,
        })
    }

    pub fn row<S: AsRef<str>>(
        &mut self,
        cells: impl IntoIterator<Item = S>,
    ) -> crate::message::Result<()> {
        for cell in cells {
            let text = cell.as_ref();
            if self.spreadsheet && text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                self.writer.write_field(format!("'{text}"))
            } else {
                self.writer.write_field(text)
            }?;
        }
        // An empty record after the fields: the end of the row.
        Ok(self.writer.write_record(None::<&[u8]>)?)
    }

    pub fn finish(mut self) -> crate::message::Result<()> {
        self.writer.flush()?;
        Ok(())
    }
}

/// Writes `value` as pretty JSON and a final newline.
pub fn write_json<T: serde::Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
) -> crate::message::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// VND the Vietnamese way: 12.000.000.
pub fn money(amount: u64) -> String {
    crate::text::grouped(amount, '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_unicode_widths() {
        // Every character, between two that are counted.
        for c in '\0'..=char::MAX {
            let text = format!("a{c}ệ");
            let expected = (c != '\n').then(|| text.width());
            assert_eq!(line_width(&text), expected, "{c:?}");
        }
        for text in [
            "Văn phòng",
            "Tổ kiểm soát TTHC",
            "Đúng hạn: 100%",
            "¼ «x»\u{AD}",
        ] {
            assert_eq!(line_width(text), Some(text.width()), "{text}");
        }
        // Others are measured: combining marks take none, wide characters two.
        assert_eq!(line_width("Va\u{306}n"), Some(3));
        assert_eq!(line_width("計画"), Some(4));
    }

    #[test]
    fn large_tables_are_measured_alike_in_parallel() {
        let mut cells: Vec<(Cow<str>, Tone)> = (0..12_000)
            .map(|i| (format!("Nhiệm vụ {i}").into(), Tone::Plain))
            .collect();
        let widths = measure(&cells).unwrap();
        assert_eq!(widths.len(), cells.len());
        for ((text, _), width) in cells.iter().zip(&widths) {
            assert_eq!(*width, text.width(), "{text}");
        }
        // One cell of several lines, in either half, sends the table to comfy-table.
        cells[11_999].0 = "hai\ndòng".into();
        assert_eq!(measure(&cells), None);
        cells[11_999].0 = "".into();
        cells[0].0 = "hai\ndòng".into();
        assert_eq!(measure(&cells), None);
    }

    #[test]
    fn only_words_wider_than_the_table_are_cut() {
        assert!(matches!(
            break_long_words("Văn phòng Sở", 5),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            break_long_words("ab abcdefghij c", 4),
            "ab abcd\nefgh\nij c"
        );
        // Wide characters count two columns each.
        assert_eq!(break_long_words("越南越南越", 4), "越南\n越南\n越");
    }

    #[test]
    fn cells_show_control_characters_instead_of_obeying_them() {
        let mut grid = Grid::new(vec!["ID", "Task"]);
        grid.push([("I.1", Tone::Plain), ("a\u{1b}[31mb", Tone::Plain)]);
        let mut out = Vec::new();
        grid.write_table(&mut out, Terminal::default()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            !out.contains('\u{1b}') && out.contains("a\u{241b}[31mb"),
            "{out}"
        );
    }

    #[test]
    fn money_uses_dots_for_thousands() {
        assert_eq!(money(12_000_000), "12.000.000");
        assert_eq!(money(8_000_000), "8.000.000");
        assert_eq!(money(999), "999");
        assert_eq!(money(1_000), "1.000");
        assert_eq!(money(0), "0");
    }

    #[test]
    fn rows_have_one_cell_per_header() {
        let mut grid = Grid::new(vec!["A", "B", "C"]);
        grid.push([("a1", Tone::Plain)]);
        grid.push([
            ("a2", Tone::Plain),
            ("b2", Tone::Bad),
            ("c2", Tone::Plain),
            ("d2", Tone::Plain),
        ]);
        let rows: Vec<Vec<&str>> = grid
            .rows()
            .map(|row| row.iter().map(|(text, _)| text.as_ref()).collect())
            .collect();
        assert_eq!(rows, [["a1", "", ""], ["a2", "b2", "c2"]]);
    }

    #[test]
    fn markdown_escapes_pipes() {
        let mut grid = Grid::new(vec!["A", "B"]);
        grid.push([("x|y", Tone::Plain), ("z", Tone::Bad)]);
        let mut out = Vec::new();
        grid.write_markdown(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "| A | B |\n|---|---|\n| x\\|y | z |\n"
        );
    }

    /// What comfy-table draws for `grid`, unwrapped and without colour.
    fn comfy(grid: &Grid) -> String {
        let mut table = Table::new();
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.force_no_tty();
        table.set_content_arrangement(ContentArrangement::Disabled);
        table.set_header(grid.headers.clone());
        for row in grid.rows() {
            table.add_row(row.iter().map(|(text, _)| text.as_ref()));
        }
        table
            .lines()
            .map(|l| format!("{}\n", l.trim_end()))
            .collect()
    }

    #[test]
    fn unwrapped_tables_are_drawn_as_comfy_table_draws_them() {
        let mut grid = Grid::new(vec!["ID", "Nhiệm vụ", "Hạn"]);
        let empty = {
            let mut out = Vec::new();
            grid.write_table(&mut out, Terminal::default()).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(empty, comfy(&grid));
        grid.push([
            ("I.2.a", Tone::Plain),
            ("Xây dựng 01 video hướng dẫn", Tone::Good),
            ("", Tone::Plain),
        ]);
        grid.push([
            ("II.1", Tone::Plain),
            ("Đảm bảo 100% văn bản QPPL — 中文 a\u{301}", Tone::Plain),
            ("2023-12-31", Tone::Bad),
        ]);
        let mut out = Vec::new();
        grid.write_table(&mut out, Terminal::default()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), comfy(&grid));
    }

    #[test]
    fn no_colour_codes_unless_asked() {
        let mut grid = Grid::new(vec!["Status"]);
        grid.push([("done", Tone::Good)]);
        let mut plain = Vec::new();
        grid.write_table(&mut plain, Terminal::default()).unwrap();
        assert!(!String::from_utf8(plain).unwrap().contains('\u{1b}'));
        let mut coloured = Vec::new();
        grid.write_table(
            &mut coloured,
            Terminal {
                color: true,
                width: None,
                progress: false,
            },
        )
        .unwrap();
        assert!(String::from_utf8(coloured).unwrap().contains('\u{1b}'));
    }
}
