//! A table as a file holds it, before its meaning is worked out: rows of cells in the columns
//! of the table's grid, each cell knowing whether it was merged from above or from the left.

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
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
}

/// A row, with its number as the file shows it (a Word table's row, a sheet's row, a CSV line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<Cell>,
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
}

impl Table {
    /// Gives every row the same number of cells, and merged cells the text of the cell they
    /// are merged with.
    pub fn fill(&mut self) {
        let width = self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
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
            }
        }
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0)
    }
}
