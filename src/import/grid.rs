//! A table as a file holds it, before its meaning is worked out: rows of cells in the columns
//! of the table's grid, each cell knowing whether it was merged from above or from the left.

use crate::bail;
use crate::message::Result;

use crate::message::Message;
use crate::msg;

/// One position of a table's grid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// The text, paragraphs separated by `\n`; for a merged cell, the text of the cell it is
    /// merged with.
    pub text: String,
    /// Merged down from the cell above (Word's `vMerge`, a spreadsheet's merged range).
    pub from_above: bool,
    /// Covered by a cell to its left that spans several columns.
    pub from_left: bool,
    /// All its text in bold, where the format says (a Word table): a group's row may be
    /// told by that alone.
    pub bold: bool,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    /// Whether it holds a text of its own, not one merged into it from above or the left.
    pub fn has_own_text(&self) -> bool {
        !self.from_left && !self.from_above && !self.text.trim().is_empty()
    }
}

/// A row, with its number as the file shows it (a Word table's row, a sheet's row, a CSV line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cells holding a text of their own, with their columns.
    pub fn own_cells(&self) -> impl Iterator<Item = (usize, &Cell)> {
        self.cells
            .iter()
            .enumerate()
            .filter(|(_, c)| c.has_own_text())
    }

    /// Its one text of its own, trimmed, when it has one and no other.
    pub fn lone_text(&self) -> Option<&str> {
        let mut own = self.own_cells();
        match (own.next(), own.next()) {
            (Some((_, cell)), None) => Some(cell.text.trim()),
            _ => None,
        }
    }
}

/// Where a table came from, to name it in messages as the file shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableOrigin {
    /// The N-th table of a Word document.
    Table(usize),
    /// A sheet of a workbook, by name.
    Sheet(String),
    /// A CSV file: its rows are its lines.
    Csv,
}

impl TableOrigin {
    /// `table 1, row 14`, `sheet "Phụ lục", row 14`, `row 14`.
    pub fn row(&self, row: usize) -> Message {
        match self {
            TableOrigin::Table(table) => msg!("table {table}, row {row}", table, row),
            TableOrigin::Sheet(sheet) => msg!("sheet \"{sheet}\", row {row}", sheet, row),
            TableOrigin::Csv => msg!("row {row}", row),
        }
    }

    /// `table 1`, `sheet "Phụ lục"`, `the file`.
    pub fn name(&self) -> Message {
        match self {
            TableOrigin::Table(table) => msg!("table {table}", table),
            TableOrigin::Sheet(sheet) => msg!("sheet \"{sheet}\"", sheet),
            TableOrigin::Csv => msg!("the file"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub place: TableOrigin,
    pub rows: Vec<Row>,
    /// The paragraphs of text above the table (nearest last): the annex's title and the
    /// document it is attached to.
    pub above: Vec<String>,
    /// A hidden sheet: read only when `--sheet` names it.
    pub hidden: bool,
    /// The sheet's column (from 0) of the table's first: where a sheet's content starts.
    pub first_column: u32,
}

/// The most cells a table may have once laid out (rows × columns, trailing empty cells left
/// out): a thousand tasks in twenty columns is 20,000; a crafted file of a few kilobytes can
/// claim billions.
pub const MAX_CELLS: usize = 2_000_000;

/// The most text a table may hold once every merged cell has the text of the cell it is merged
/// with (a long cell merged down over thousands of rows is copied into each).
pub const MAX_TEXT: usize = 64 << 20;

impl Table {
    /// Refuses a table of `rows` rows and `columns` columns that is larger than any annex.
    pub fn check_size(place: &TableOrigin, shown: &str, rows: usize, columns: usize) -> Result<()> {
        if rows.saturating_mul(columns) <= MAX_CELLS {
            return Ok(());
        }
        bail!(
            msg!(
                "{table} of `{shown}` is {rows} rows of {columns} columns: far larger than an annex, so it is not read",
                table = place.name(),
                shown,
                rows,
                columns
            )
            .help(msg!(
                "import the annex itself, or copy its table alone into a new file (at most {max} cells)",
                max = MAX_CELLS
            ))
        )
    }

    /// Gives every row the same number of cells, and merged cells the text of the cell they
    /// are merged with; refuses a table larger than [`MAX_CELLS`] or [`MAX_TEXT`] once laid
    /// out (`shown` names the file).
    pub fn fill(&mut self, shown: &str) -> Result<()> {
        // Empty cells at the end of a row hold nothing: a row of twenty thousand of them is
        // not twenty thousand columns.
        for row in &mut self.rows {
            while row.cells.last().is_some_and(|c| *c == Cell::default()) {
                row.cells.pop();
            }
        }
        let width = self.width();
        Table::check_size(&self.place, shown, self.rows.len(), width)?;
        let mut text = 0usize;
        for row in &mut self.rows {
            row.cells.resize_with(width, Cell::default);
        }
        for index in 0..self.rows.len() {
            for column in 0..width {
                let (before, rest) = self.rows.split_at_mut(index);
                let Some(row) = rest.first_mut() else { break };
                if column > 0 && row.cells[column].from_left && row.cells[column].text.is_empty() {
                    let left = row.cells[column - 1].text.clone();
                    row.cells[column].text = left;
                }
                if row.cells[column].from_above
                    && let Some(above) = before.last()
                {
                    row.cells[column].text = above.cells[column].text.clone();
                }
                text = text.saturating_add(row.cells[column].text.len());
                if text > MAX_TEXT {
                    bail!(
                        msg!(
                            "{table} of `{shown}` holds more than {mib} MiB of text once its merged cells are filled in: far more than an annex, so it is not read",
                            table = self.place.name(),
                            shown,
                            mib = MAX_TEXT >> 20
                        )
                        .help(msg!(
                            "import the annex itself, or copy its table alone into a new file"
                        ))
                    );
                }
            }
        }
        Ok(())
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0)
    }
}
