//! The rows of a table that are no task: a total ("TỔNG CỘNG"), a footnote across the table
//! ("Ghi chú: …"), the signature under it ("KT. GIÁM ĐỐC"), which ends it.

use super::grid::Row;
use super::header::{Columns, Field};
use crate::text::fold;

/// The text of a row's cell for `field`, if the row has that column and the cell its own text.
fn own(row: &Row, columns: &Columns, field: Field) -> String {
    columns
        .get(field)
        .and_then(|c| row.cells.get(c))
        .filter(|c| !c.from_left && !c.from_above)
        .map(|c| fold(c.text.trim()))
        .unwrap_or_default()
}

/// A row of totals ("TỔNG CỘNG", "Tổng số: …", "Cộng"), unnumbered: no task. ("Công khai …",
/// "Tổng kết …" are tasks.)
pub(super) fn is_total(row: &Row, columns: &Columns) -> bool {
    // The words, in the task's column or written across from the number's.
    let (number, title) = (
        own(row, columns, Field::Number),
        own(row, columns, Field::Title),
    );
    let title = match (number.is_empty(), title.is_empty()) {
        (true, _) => title,
        (false, true) => number,
        (false, false) => return false,
    };
    let title = title.trim_end_matches([':', '.']);
    own(row, columns, Field::Lead).is_empty()
        && (["cong", "tong"].contains(&title)
            || ["tong cong", "tong so"].iter().any(|w| {
                title == *w
                    || title.starts_with(&format!("{w} "))
                    || title.starts_with(&format!("{w}:"))
            }))
}

/// A footnote written across the table ("Ghi chú: …", "Lưu ý: …", "(*) …"): one text, no
/// task.
pub(super) fn is_footnote(row: &Row) -> bool {
    let Some(text) = row.lone_text().map(fold) else {
        return false;
    };
    let text = text.replace(" :", ":");
    ["ghi chu:", "luu y:", "chu thich:", "chu y:", "(*)"]
        .iter()
        .any(|w| text.starts_with(w))
}

/// A page's number, on a row of its own where a PDF made into a sheet kept it ("Trang 2/3",
/// "- 2 -"): no task, nor the rest of the one above.
pub(super) fn is_page_number(row: &Row) -> bool {
    let Some(text) = row.lone_text().map(fold) else {
        return false;
    };
    let figures = |t: &str| {
        let t = t.trim();
        !t.is_empty()
            && t.split('/').count() <= 2
            && t.split('/')
                .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    text.strip_prefix("trang ").is_some_and(figures)
        || text
            .strip_prefix('-')
            .and_then(|t| t.strip_suffix('-'))
            .is_some_and(figures)
}

/// The signature block under a table: no number, no task, and a signer's title ("KT. GIÁM
/// ĐỐC", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") or "Nơi nhận".
pub(super) fn is_signature(row: &Row, columns: &Columns) -> bool {
    const SIGNER: [&str; 10] = [
        "kt.",
        "kt ",
        "tm.",
        "tm ",
        "noi nhan",
        "nguoi lap",
        "giam doc",
        "pho giam doc",
        "chu tich",
        "pho chu tich",
    ];
    // (In a lead's or support's cell, "Giám đốc Sở" may be a unit added to the task above;
    // "KT." and "TM.", signing for another, never are.)
    let units = [columns.get(Field::Lead), columns.get(Field::Support)];
    own(row, columns, Field::Number).is_empty()
        && own(row, columns, Field::Title).is_empty()
        && row
            .cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.from_left && !c.from_above)
            .any(|(at, c)| {
                let text = fold(c.text.trim());
                let signers = match units.contains(&Some(at)) {
                    true => &SIGNER[..6],
                    false => &SIGNER[..],
                };
                signers.iter().any(|w| text.starts_with(w))
            })
}

/// A row's text for `field`: its cell's own or merged down, not one covered from the left. What
/// is put for nothing in a value's column (a dash, dots, an "x"; "Không" for an amount) is
/// none; a number's or a task's column keeps its "-", a bullet.
pub(super) fn field_text<'r>(row: &'r Row, columns: &Columns, field: Field) -> &'r str {
    let text = columns
        .get(field)
        .and_then(|c| row.cells.get(c))
        .filter(|c| !c.from_left)
        .map_or("", |c| c.text.as_str());
    let trimmed = text.trim();
    let nothing = trimmed
        .chars()
        .all(|c| matches!(c, '-' | '–' | '—' | '.' | '…'))
        || trimmed == "x"
        || trimmed == "X"
        || (matches!(field, Field::Budget | Field::Funding) && fold(trimmed) == "khong");
    let value = !matches!(
        field,
        Field::Number | Field::Title | Field::Section | Field::Group
    );
    if value && nothing { "" } else { text }
}
