//! The header of an annex's table: which row it is (a title line above it is not; two rows,
//! a group over its parts, are one header), what each column holds (by its header's words and,
//! where two columns name the task, by what they hold), and the rows that repeat it further
//! down.

use super::numbering::{Numbering, number_cell, split_number};
use std::collections::HashMap;

use super::grid::{Cell, Row, Table};
use super::units::Role;
use crate::text::{fold, letters, nfc};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Number,
    Section,
    Title,
    Lead,
    Support,
    Deadline,
    Budget,
    Funding,
    Product,
    Note,
    /// What the task consists of, beside its name ("Nội dung chính" beside "Tên nhiệm vụ").
    Detail,
    /// The state the annex gives the task in words ("Tình trạng": "Đang thực hiện").
    Status,
    /// A task's name merged down over the rows of its activities ("Nhiệm vụ" beside "Hoạt
    /// động cụ thể"): a heading, the rows its items.
    Group,
}

/// The field a header names, from its words whatever their case, diacritics or line breaks.
pub fn field(header: &str) -> Option<Field> {
    let h: String = fold(header)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let h = h.split_whitespace().collect::<Vec<_>>().join(" ");
    let has = |words: &[&str]| words.iter().any(|w| contains_words(&h, w));
    if matches!(
        h.as_str(),
        "tt" | "stt" | "so tt" | "so thu tu" | "thu tu" | "ma" | "ma so"
    ) {
        return Some(Field::Number);
    }
    // A task's code ("Mã nhiệm vụ": "CCHC-01") names no field, whatever words follow "Mã".
    if h.is_empty() || h.starts_with("ma ") {
        return None;
    }
    if has(&["ghi chu"]) {
        return Some(Field::Note);
    }
    if has(&["phoi hop"]) {
        return Some(Field::Support);
    }
    if has(&["tinh trang", "trang thai"]) {
        return Some(Field::Status);
    }
    if has(&["nguon kinh phi", "nguon von", "nguon ngan sach", "nguon"]) {
        return Some(Field::Funding);
    }
    if has(&["kinh phi", "du toan", "so tien", "tong muc"]) {
        return Some(Field::Budget);
    }
    if has(&[
        "thoi gian",
        "thoi han",
        "tien do",
        "han hoan thanh",
        "moc thoi gian",
        "thoi diem",
    ]) {
        // A start date beside the end date is not the deadline.
        if has(&["bat dau"]) && !has(&["hoan thanh", "ket thuc"]) {
            return None;
        }
        return Some(Field::Deadline);
    }
    if has(&["san pham", "ket qua", "hinh thuc", "chi tieu"]) {
        return Some(Field::Product);
    }
    // A header says first what its column holds: "Nội dung thực hiện" is what is done, not
    // who does it ("Đơn vị thực hiện").
    let starts = |words: &[&str]| {
        words.iter().any(|w| {
            h.strip_prefix(w)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    };
    // ("Tên đơn vị chủ trì" names the lead, not the task.)
    let names_a_unit = has(&["don vi", "co quan", "chu tri", "phoi hop"]);
    if !names_a_unit
        && starts(&[
            "noi dung",
            "nhiem vu",
            "ten",
            "cong viec",
            "giai phap",
            "hoat dong",
        ])
    {
        return Some(Field::Title);
    }
    if has(&["chu tri", "thuc hien", "trach nhiem", "dau moi"]) {
        return Some(Field::Lead);
    }
    if has(&["linh vuc", "nhom nhiem vu", "muc tieu"]) {
        return Some(Field::Section);
    }
    if has(&[
        "nhiem vu",
        "noi dung",
        "giai phap",
        "cong viec",
        "hoat dong",
        "ten de an",
        "ten van ban",
        "de an",
        "chuong trinh",
    ]) {
        return Some(Field::Title);
    }
    if has(&["co quan", "don vi", "bo phan"]) {
        return Some(Field::Lead);
    }
    None
}

/// Whether `words` occur in `text` as whole words.
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
    })
}

/// The columns of the annex and the rows of its header.
#[derive(Debug, Clone)]
pub struct Columns {
    pub fields: HashMap<Field, usize>,
    /// Each column's header as the file shows it, line breaks as spaces.
    pub names: Vec<String>,
    pub(super) folded: Vec<String>,
    /// How many rows the header takes, from `first`.
    pub first: usize,
    pub rows: usize,
    /// What a bare number in the budget column counts in.
    pub scale: u64,
    /// The columns whose headers name the task, in order.
    title_like: Vec<usize>,
    /// Columns whose headers name a time, other than the deadline's ("Tiến độ (%)" beside
    /// "Hạn hoàn thành").
    other_times: Vec<usize>,
    /// The columns one task header spans, when it spans several (a bullet in one, the text in
    /// the next).
    pub title_span: Vec<usize>,
    /// Columns headed by a period under the time ("Thời gian thực hiện" over "Quý I" …
    /// "Quý IV"), a task marked ("x") in those it runs in: each column and its period as
    /// written. The deadline is then the periods marked.
    pub marks: Vec<(usize, String)>,
    /// Columns headed by a unit under the lead's header ("Đơn vị thực hiện" over "Văn phòng
    /// Sở" … "Thanh tra Sở"), a task marked "CT" under its lead and "PH" under its supports:
    /// each column and its unit. The lead is then read from a column of the row's own, past
    /// the last, that names the units marked with their roles.
    pub matrix: Vec<(usize, String)>,
}

impl Columns {
    /// `row` with the texts of the columns the task's header spans in the first of them
    /// ("-" and "Tổ chức thi tuyển" as "- Tổ chức thi tuyển"); `None` when there is nothing to
    /// join.
    pub fn joined_title(&self, row: &Row) -> Option<Row> {
        let texts: Vec<&str> = self
            .title_span
            .iter()
            .filter_map(|&c| row.cells.get(c))
            .filter(|c| c.has_own_text())
            .map(|c| c.text.trim())
            .collect();
        if texts.len() < 2 {
            return None;
        }
        let mut joined = row.clone();
        // A bare number ("1", "I", "2.1") before the text is its numbering: "1. Rà soát …".
        let first = texts[0];
        let bare = matches!(
            number_cell(first),
            Numbering::Arabic(_) | Numbering::Roman(_)
        );
        let joined_text = match bare && !first.ends_with('.') {
            true => format!("{first}. {}", texts[1..].join(" ")),
            false => texts.join(" "),
        };
        for (index, &column) in self.title_span.iter().enumerate() {
            if let Some(cell) = joined.cells.get_mut(column) {
                cell.text = if index == 0 {
                    joined_text.clone()
                } else {
                    String::new()
                };
            }
        }
        Some(joined)
    }

    /// `row` with one more cell, past its last, that names the units its marks point to,
    /// each with its role ("Văn phòng Sở (chủ trì);" "Thanh tra Sở (phối hợp)"), where the
    /// annex marks roles under units' columns; `None` where it does not.
    pub fn with_matrix_lead(&self, row: &Row) -> Option<Row> {
        if self.matrix.is_empty() {
            return None;
        }
        let mut named = Vec::new();
        let mut merged = true;
        for (column, unit) in &self.matrix {
            let Some(cell) = row.cells.get(*column).filter(|c| !c.from_left) else {
                continue;
            };
            let role = match matrix_mark(&cell.text) {
                Some(Some(Role::Lead)) => " (chủ trì)",
                Some(Some(Role::Support)) => " (phối hợp)",
                Some(None) => "",
                None => continue,
            };
            merged &= cell.from_above;
            named.push(format!("{unit}{role}"));
        }
        // (A row wider than the header, of a later table, has no place for it.)
        let at = self.names.len() - 1;
        if row.cells.len() > at {
            return None;
        }
        let mut with = row.clone();
        with.cells.resize(at, Cell::default());
        with.cells.push(Cell {
            text: named.join(";\n"),
            from_above: merged && !named.is_empty(),
            ..Cell::default()
        });
        Some(with)
    }

    pub fn get(&self, field: Field) -> Option<usize> {
        self.fields.get(&field).copied()
    }

    pub fn name(&self, field: Field) -> String {
        self.get(field)
            .and_then(|c| self.names.get(c))
            .cloned()
            .unwrap_or_default()
    }
}

pub(super) fn clean(text: &str) -> String {
    nfc(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The header of a table: the first row (or pair of rows, a group over sub-headers) that names
/// a task column and a lead column. A title line ("PHỤ LỤC …", "DANH MỤC NHIỆM VỤ …": one text
/// across the row) is never part of it, even directly above it.
pub fn header(table: &Table) -> Option<Columns> {
    let rows = &table.rows;
    for first in 0..rows.len().min(40) {
        if is_title_line(&rows[first]) {
            continue;
        }
        // One row, or a parent over its children, or a parent over parents over children
        // ("Tổ chức thực hiện" over "Phân công" and "Thời gian" over "Chủ trì", "Bắt đầu" …).
        let single = columns(&[&rows[first]], first, false);
        let months_above = rows[first].cells.iter().any(|c| says_months(&c.text));
        let below: Vec<&Row> = rows[first + 1..]
            .iter()
            .take(2)
            .take_while(|row| {
                is_sub_header(row)
                    || (months_above && is_months_row(row))
                    || is_units_row(row, &rows[first])
                    || is_wrapped_header_line(row, &rows[first])
            })
            .collect();
        let deeper = (1..=below.len()).rev().find_map(|depth| {
            let header: Vec<&Row> = std::iter::once(&rows[first])
                .chain(below[..depth].iter().copied())
                .collect();
            if !header
                .windows(2)
                .all(|pair| is_parent_row(pair[0], pair[1]))
            {
                return None;
            }
            columns(&header, first, true).and_then(|found| match marks_roles(table, &found) {
                true => Some(found),
                // Units over columns that hold no marks ("Cấp tỉnh" over the names of
                // units): the columns are read by their words alone.
                false => columns(&header, first, false),
            })
        });
        if let Some(mut found) = deeper.or(single) {
            settle_title(table, &mut found);
            settle_status(table, &mut found);
            settle_section(table, &mut found);
            settle_scale(table, &mut found);
            settle_span(table, &mut found);
            return Some(found);
        }
    }
    None
}

/// Two columns whose headers both name the task ("Nội dung" and "Nhiệm vụ"; "Tên nhiệm vụ"
/// and "Nội dung thực hiện"; "Văn bản giao nhiệm vụ" and "Tên nhiệm vụ"): the first is a
/// section column only if it reads as one, a name merged down beside its tasks, changing
/// seldom. Otherwise the title is the column its header calls the name ("Tên …"), else the
/// one with the longer text, and the other is kept as the note (when the annex has no note
/// column), not lost.
fn settle_title(table: &Table, columns: &mut Columns) {
    let mut candidates = columns.title_like.clone();
    if candidates.len() < 2 {
        return;
    }
    let rows = body(table, columns);
    // One header over two columns ("Nội dung nhiệm vụ" over a narrow column of bullets and the
    // text): one task column, a row's text the two cells' together.
    if let [first, next] = candidates[..]
        && next == first + 1
        && table.rows[columns.first..columns.first + columns.rows]
            .iter()
            .any(|r| r.cells.get(next).is_some_and(|c| c.from_left))
    {
        columns.fields.insert(Field::Title, first);
        if columns.get(Field::Section) == Some(first) {
            columns.fields.remove(&Field::Section);
        }
        columns.title_span = vec![first, next];
        return;
    }
    // A column of the documents that gave the tasks ("Văn bản giao nhiệm vụ": "Nghị quyết số
    // 12/NQ-CP …") names no task, whatever its header says: it is the note.
    if let Some(at) = candidates
        .iter()
        .position(|&c| mostly(&rows, c, is_document_reference))
    {
        let documents = candidates.remove(at);
        columns.fields.entry(Field::Note).or_insert(documents);
        for field in [Field::Title, Field::Section] {
            if columns.get(field) == Some(documents) {
                columns.fields.remove(&field);
            }
        }
        if let [only] = candidates.as_slice() {
            columns.fields.insert(Field::Title, *only);
            return;
        }
    }
    // A task's name merged down beside numbered rows, over the rows of its activities in the
    // next task column ("Nhiệm vụ" beside "Hoạt động cụ thể"): a column of groups. (A CSV
    // leaves the cells a merge covered empty: the name and the number on a task's first row.)
    if let Some(number) = columns.get(Field::Number)
        && let [first, next] = candidates[..]
    {
        let merged = rows.iter().any(|r| {
            own_text(r, next).is_some()
                && own_text(r, number).is_none()
                && (r.cells.get(first).is_some_and(|c| c.from_above)
                    || own_text(r, first).is_none())
        });
        // ("I. Công tác chỉ đạo" merged down is a section's name, as in the seed.)
        let roman = rows.iter().filter_map(|r| own_text(r, first)).any(|text| {
            matches!(
                split_number(&text).0,
                Numbering::Roman(_) | Numbering::Part(_)
            )
        });
        let section_by_words = field(&columns.names[first]) == Some(Field::Section);
        if merged && !roman && !section_by_words {
            if columns.get(Field::Section) == Some(first) {
                columns.fields.remove(&Field::Section);
            }
            columns.fields.insert(Field::Group, first);
            columns.fields.insert(Field::Title, next);
            return;
        }
    }
    let own = |row: &Row, column: usize| own_text(row, column);
    // How often a column's text changes down the rows, and how much text it holds.
    let changes = |column: usize| {
        let mut count = 0;
        let mut last = None;
        for row in &rows {
            if let Some(text) = own(row, column) {
                if last.as_ref() != Some(&text) {
                    count += 1;
                }
                last = Some(text);
            }
        }
        count
    };
    let length = |column: usize| -> usize {
        rows.iter()
            .filter_map(|r| own(r, column))
            .map(|t| t.chars().count())
            .sum()
    };
    let named = |column: usize| columns.folded[column].starts_with("ten ");
    // The first is a section column when it changes at most half as often as the others.
    let busiest = candidates[1..]
        .iter()
        .map(|&c| changes(c))
        .max()
        .unwrap_or(0);
    let (section, rest) = match candidates.split_first() {
        Some((&first, rest)) if changes(first) * 2 <= busiest => (Some(first), rest.to_vec()),
        _ => (None, candidates.clone()),
    };
    let title = rest
        .iter()
        .copied()
        .find(|&c| named(c))
        .or_else(|| rest.iter().copied().max_by_key(|&c| length(c)));
    let Some(title) = title else { return };
    // A section column by its own words ("Lĩnh vực") stays; one chosen among the task columns
    // is settled here.
    if columns
        .get(Field::Section)
        .is_some_and(|c| candidates.contains(&c))
    {
        columns.fields.remove(&Field::Section);
    }
    if let Some(section) = section {
        columns.fields.insert(Field::Section, section);
    }
    columns.fields.insert(Field::Title, title);
    // The other task column is what the task consists of: its detail.
    if let Some(&other) = rest.iter().find(|&&c| c != title) {
        columns.fields.entry(Field::Detail).or_insert(other);
    }
}

/// The rows below a table's header, as far as a column's content is judged (400 at most).
fn body<'t>(table: &'t Table, columns: &Columns) -> Vec<&'t Row> {
    table
        .rows
        .iter()
        .skip(columns.first + columns.rows)
        .take(400)
        .collect()
}

/// A cell's own text (not merged into it), if it has any.
fn own_text(row: &Row, column: usize) -> Option<String> {
    row.cells
        .get(column)
        .filter(|c| c.has_own_text())
        .map(|c| c.text.trim().to_string())
}

/// Whether at least half of the cells of text in `column` are what `is` says, and there are
/// some.
fn mostly(rows: &[&Row], column: usize, is: fn(&str) -> bool) -> bool {
    let texts: Vec<String> = rows.iter().filter_map(|r| own_text(r, column)).collect();
    let yes = texts.iter().filter(|t| is(t)).count();
    yes > 0 && yes * 2 >= texts.len()
}

/// "Nghị quyết số 12/NQ-CP ngày 10/02/2025", "Quyết định 468/QĐ-TTg": a document's reference.
fn is_document_reference(text: &str) -> bool {
    const KINDS: [&str; 12] = [
        "nghi quyet",
        "quyet dinh",
        "chi thi",
        "ke hoach so",
        "cong van",
        "thong bao",
        "luat",
        "nghi dinh",
        "thong tu",
        "van ban",
        "ket luan",
        "chuong trinh so",
    ];
    let folded = fold(text);
    let numbered = folded
        .split_whitespace()
        .any(|w| w.contains('/') && w.starts_with(|c: char| c.is_ascii_digit()));
    numbered && KINDS.iter().any(|k| folded.starts_with(k))
}

/// A state in words, as an annex under way reports it: "Đã hoàn thành", "Đang thực hiện",
/// "Chưa thực hiện", "Chậm tiến độ", or how far along in percent ("60%").
fn is_status_word(text: &str) -> bool {
    let folded = fold(text);
    let folded = folded.trim().trim_end_matches('.');
    // "100%", "60 %": how far along it is.
    if let Some(number) = folded.strip_suffix('%')
        && number
            .trim()
            .parse::<f64>()
            .is_ok_and(|n| (0.0..=100.0).contains(&n))
    {
        return true;
    }
    !folded.contains(|c: char| c.is_ascii_digit())
        && folded.split_whitespace().count() <= 5
        && [
            "da ",
            "dang ",
            "chua ",
            "hoan thanh",
            "cham",
            "qua han",
            "dung tien do",
            "tam dung",
        ]
        .iter()
        .any(|w| folded.starts_with(w))
}

/// A column named as the section's ("Lĩnh vực/Tiêu chí") that has a text of its own beside
/// every task, never left empty, merged down or repeated from the row above, names no section:
/// it says what each task is about, its detail. (An area repeated on the rows of its tasks, as
/// a tracker keeps it, is their section.)
fn settle_section(table: &Table, columns: &mut Columns) {
    let (Some(section), Some(title)) = (columns.get(Field::Section), columns.get(Field::Title))
    else {
        return;
    };
    let rows = body(table, columns);
    let texts: Vec<Option<String>> = rows
        .iter()
        .filter(|r| own_text(r, title).is_some())
        .map(|r| own_text(r, section))
        .collect();
    if texts.len() >= 3
        && texts.iter().all(Option::is_some)
        && texts.windows(2).all(|w| w[0] != w[1])
        && columns.get(Field::Detail).is_none()
    {
        columns.fields.remove(&Field::Section);
        columns.fields.insert(Field::Detail, section);
    }
}

/// A task header over several columns that name nothing else ("Nội dung nhiệm vụ" over the
/// number's column and the title's): their texts are read together.
fn settle_span(table: &Table, columns: &mut Columns) {
    let Some(title) = columns.get(Field::Title) else {
        return;
    };
    if !columns.title_span.is_empty() {
        return;
    }
    let header = &table.rows[columns.first..columns.first + columns.rows];
    let used: Vec<usize> = columns.fields.values().copied().collect();
    let spanned = (title + 1..table.width())
        .take_while(|&c| {
            !used.contains(&c)
                && header
                    .iter()
                    .any(|r| r.cells.get(c).is_some_and(|c| c.from_left))
        })
        .count();
    if spanned > 0 {
        columns.title_span = (title..=title + spanned).collect();
    }
}

/// The unit of the amounts said above the table ("ĐVT: triệu đồng"), when the budget's header
/// says none.
fn settle_scale(table: &Table, columns: &mut Columns) {
    if columns.get(Field::Budget).is_none() || columns.scale != 1 {
        return;
    }
    let above = table.rows[..columns.first]
        .iter()
        .flat_map(|r| r.cells.iter().map(|c| c.text.as_str()))
        .chain(table.above.iter().map(String::as_str));
    for text in above {
        let folded = fold(text.trim());
        if folded.starts_with("dvt") || folded.starts_with("don vi tinh") {
            columns.scale = scale(&folded);
        }
    }
}

/// A "Tiến độ" column that holds states in words ("Đang thực hiện"), not times, is the
/// annex's status of each task, not its deadline.
fn settle_status(table: &Table, columns: &mut Columns) {
    let rows = body(table, columns);
    let deadline = columns.get(Field::Deadline);
    for column in deadline.into_iter().chain(columns.other_times.clone()) {
        if columns.get(Field::Status).is_none() && mostly(&rows, column, is_status_word) {
            if deadline == Some(column) {
                columns.fields.remove(&Field::Deadline);
            }
            columns.fields.insert(Field::Status, column);
        }
    }
}

/// Whether a row holds one text at most (its own cells, not those merged into it): a title
/// across the table, a lone note, or nothing.
fn is_title_line(row: &Row) -> bool {
    let mut texts = row
        .cells
        .iter()
        .filter(|c| !c.from_left && !c.from_above)
        .map(|c| clean(&c.text))
        .filter(|t| !t.is_empty());
    let first = texts.next();
    texts.all(|t| Some(&t) == first.as_ref())
}

/// Whether `upper` can stand over `lower` in a header: wherever both have a text of their own,
/// the upper one names a field or spans its children (merged across them, or, in a CSV, with
/// empty cells to its right over children). The last row of a table stacked above the annex's
/// ("4 | Tỷ lệ hộ gia đình … | % | ≥ 85") is no parent of the annex's header.
fn is_parent_row(upper: &Row, lower: &Row) -> bool {
    let own = |row: &Row, c: usize| row.cells.get(c).is_some_and(Cell::has_own_text);
    (0..upper.cells.len()).all(|c| {
        if !own(upper, c) || !own(lower, c) {
            return true;
        }
        let spans = upper.cells.get(c + 1).is_some_and(|next| {
            next.from_left || (next.text.trim().is_empty() && own(lower, c + 1))
        });
        spans || field(&upper.cells[c].text).is_some() || says_months(&upper.cells[c].text)
    })
}

/// Whether a row is the lower half of a two-row header: every cell of its own names a field
/// (or a period under the time, "Quý I" … "Quý IV").
fn is_sub_header(row: &Row) -> bool {
    let own: Vec<&Cell> = row.own_cells().map(|(_, c)| c).collect();
    let periods = own
        .iter()
        .filter(|c| is_period_label(&c.text) || year_label(&c.text).is_some())
        .count();
    // The two ends of a time under "Thời gian thực hiện".
    let end = |text: &str| {
        let folded = fold(text.trim());
        ["bat dau", "hoan thanh", "ket thuc", "tu ngay", "den ngay"]
            .iter()
            .any(|w| folded == *w || folded.strip_prefix("ngay ") == Some(*w))
    };
    // (A label is short: "Ghi chú: Nhiệm vụ có dấu (*) là …" under the header is a note; a
    // section's label across the table, "NHIỆM VỤ 1: CẢI CÁCH THỂ CHẾ", is the first row.)
    !own.is_empty()
        && own
            .iter()
            .all(|c| super::numbering::labelled_section(&c.text).is_none())
        && own.iter().all(|c| c.text.trim().chars().count() <= 60)
        && own.iter().all(|c| {
            field(&c.text).is_some()
                || is_column_number(&c.text)
                || is_period_label(&c.text)
                || year_label(&c.text).is_some()
                || end(&c.text)
        })
        && (own.iter().any(|c| field(&c.text).is_some()) || periods >= 2)
}

/// Whether a header counts in months: "Thời gian thực hiện (tháng)".
fn says_months(text: &str) -> bool {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word == "thang")
}

/// A row of the months' figures ("1" … "12", three at least, in order) under a time in
/// months ("Thời gian thực hiện (tháng)").
fn is_months_row(row: &Row) -> bool {
    let months: Vec<u32> = row
        .own_cells()
        .map(|(_, c)| {
            c.text
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=12).contains(m))
        })
        .collect::<Option<Vec<u32>>>()
        .unwrap_or_default();
    months.len() >= 3 && months.windows(2).all(|w| w[1] == w[0] + 1)
}

/// "Quý I", "Quý 2", "Tháng 10", "Q3": a period heading a column of marks.
/// "Năm 2026" or "2026": a year heading a column (of marks, or of amounts).
fn year_label(text: &str) -> Option<i32> {
    let folded = fold(text.trim());
    let year = folded.strip_prefix("nam ").unwrap_or(&folded).trim();
    (year.len() == 4)
        .then(|| year.parse().ok())
        .flatten()
        .filter(|y| (2000..=2100).contains(y))
}

fn is_period_label(text: &str) -> bool {
    let folded = fold(text.trim());
    let number = |rest: &str| {
        let rest = rest.trim();
        rest.parse::<u32>().is_ok_and(|n| (1..=12).contains(&n))
            || crate::text::roman(&rest.to_ascii_uppercase()).is_some_and(|n| n <= 4)
    };
    folded
        .strip_prefix("quy ")
        .or_else(|| folded.strip_prefix("thang "))
        .or_else(|| folded.strip_prefix('q'))
        .is_some_and(number)
}

fn is_column_number(text: &str) -> bool {
    let t = text.trim().trim_start_matches('(').trim_end_matches(')');
    !t.is_empty()
        && t.len() <= 3
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '=' || c == '+')
}

fn columns(header: &[&Row], first: usize, matrix_allowed: bool) -> Option<Columns> {
    let columns = named_columns(header, first, matrix_allowed);
    (columns.get(Field::Title).is_some() && columns.get(Field::Lead).is_some()).then_some(columns)
}

/// A mark under a unit's column: "CT" or "Chủ trì" (the lead), "PH" or "Phối hợp" (a
/// support), "x" or a tick (a unit that takes part, its role not said); `None` for a text that
/// is no mark.
fn matrix_mark(text: &str) -> Option<Option<Role>> {
    match fold(text.trim()).trim_end_matches(['.', '*']) {
        "ct" | "c" | "chu tri" | "tc" => Some(Some(Role::Lead)),
        "ph" | "p" | "phoi hop" | "ph*" => Some(Some(Role::Support)),
        "x" | "v" | "✓" | "✔" | "•" | "+" => Some(None),
        _ => None,
    }
}

/// Whether the rows under a header whose units head columns of roles hold marks there, not
/// names or sentences: most cells that hold anything in those columns are marks.
fn marks_roles(table: &Table, columns: &Columns) -> bool {
    if columns.matrix.is_empty() {
        return true;
    }
    let texts: Vec<&str> = body(table, columns)
        .into_iter()
        .flat_map(|row| {
            columns.matrix.iter().filter_map(|(c, _)| {
                row.cells
                    .get(*c)
                    .filter(|cell| !cell.from_left && !cell.from_above)
                    .map(|cell| cell.text.trim())
                    .filter(|t| !t.is_empty())
            })
        })
        .collect();
    let marks = texts.iter().filter(|t| matrix_mark(t).is_some()).count();
    marks > 0 && marks * 5 >= texts.len() * 4
}

/// Whether `row` holds the second printed lines of the header cells above it, as a converter
/// from PDF leaves them (" | nhiệm vụ | chủ trì | phối hợp | (triệu đồng)" under "Nội dung |
/// Đơn vị | Đơn vị | Kinh phí"): two short texts at least, each going on from a text right
/// above it (in small letters or a bracket).
fn is_wrapped_header_line(row: &Row, above: &Row) -> bool {
    let own: Vec<(usize, &Cell)> = row.own_cells().collect();
    own.len() >= 2
        && own.iter().all(|(column, c)| {
            let text = c.text.trim();
            text.chars().count() <= 40
                && text.starts_with(|c: char| c.is_lowercase() || c == '(')
                && above.cells.get(*column).is_some_and(Cell::has_own_text)
        })
}

/// Whether `row`, under the header's first row `parent`, names units under the lead's header
/// ("Đơn vị thực hiện" over "Văn phòng Sở", "Thanh tra Sở" …): two cells at least, each under
/// a header that names the lead (or, in a CSV, right of it with nothing above), none of them
/// the words of a field.
fn is_units_row(row: &Row, parent: &Row) -> bool {
    let own: Vec<(usize, &Cell)> = row.own_cells().collect();
    let over = |column: usize| {
        parent.cells[..=column.min(parent.cells.len().saturating_sub(1))]
            .iter()
            .rev()
            .find(|c| !c.text.trim().is_empty())
            .filter(|c| {
                parent.cells.get(column).is_some_and(|own| {
                    own.from_left || own.text.trim().is_empty() || std::ptr::eq(own, *c)
                })
            })
            .is_some_and(|c| field(&c.text) == Some(Field::Lead))
    };
    own.len() >= 2
        && own.iter().all(|(column, c)| {
            let text = c.text.trim();
            text.chars().count() <= 80
                && field(text).is_none_or(|f| f == Field::Lead)
                && !is_column_number(text)
                && !is_period_label(text)
                && over(*column)
        })
}

/// The first row that could be a header (two texts or more, not a title line): where
/// `--columns` is given without `--header-row` and the reader found no header of its own.
pub fn first_row_of_headers(table: &Table) -> Option<Columns> {
    let row = table
        .rows
        .iter()
        .take(40)
        .find(|row| !is_title_line(row) && row.own_cells().count() >= 2)?;
    header_at(table, row.number)
}

/// The header that starts on the row the file numbers `number` (`--header-row`), with the
/// row under it if that row is the lower half of a two-row header; its columns named by their
/// words, whether or not a task and a lead column are among them.
pub fn header_at(table: &Table, number: usize) -> Option<Columns> {
    let first = table.rows.iter().position(|r| r.number == number)?;
    let rows = &table.rows;
    let mut header = vec![&rows[first]];
    if let Some(next) = rows
        .get(first + 1)
        .filter(|next| is_sub_header(next) || is_units_row(next, &rows[first]))
    {
        header.push(next);
    }
    Some(named_columns(&header, first, true))
}

impl Field {
    /// Every field, with the name `--columns` takes for it.
    pub const NAMES: [(Field, &'static str); 13] = [
        (Field::Number, "number"),
        (Field::Section, "section"),
        (Field::Title, "title"),
        (Field::Lead, "lead"),
        (Field::Support, "support"),
        (Field::Deadline, "deadline"),
        (Field::Budget, "budget"),
        (Field::Funding, "funding"),
        (Field::Product, "product"),
        (Field::Note, "note"),
        (Field::Detail, "detail"),
        (Field::Status, "status"),
        (Field::Group, "group"),
    ];

    pub fn name(self) -> &'static str {
        Field::NAMES
            .iter()
            .find(|(f, _)| *f == self)
            .map_or("", |(_, name)| name)
    }
}

/// A column's letter as a spreadsheet shows it: `A` … `Z`, `AA` …
pub fn letter(column: usize) -> String {
    letters(column + 1).to_uppercase()
}

impl Columns {
    /// The columns a field is read from (the task's over several columns among them).
    pub fn read_columns(&self) -> Vec<usize> {
        self.fields
            .values()
            .chain(&self.title_span)
            .copied()
            .collect()
    }

    /// The columns whose headers name the task that no field is read from.
    pub fn unread_task_columns(&self) -> Vec<usize> {
        let read = self.read_columns();
        self.title_like
            .iter()
            .copied()
            .filter(|c| !read.contains(c))
            .collect()
    }

    /// Reads `field` from `column` (and no other field from it).
    pub fn assign(&mut self, field: Field, column: usize) {
        self.fields.retain(|f, c| *f != field && *c != column);
        self.fields.insert(field, column);
        if field == Field::Budget {
            self.scale = scale(self.names.get(column).map_or("", String::as_str));
        }
        // A lead column said is read, not the marks under units.
        if field == Field::Lead {
            self.matrix.clear();
        }
    }

    /// Which column was read as what, as the summary says it: `title ← "Nội dung" (B), …`.
    pub fn mapping(&self) -> String {
        Field::NAMES
            .iter()
            .filter_map(|(field, name)| {
                let column = self.get(*field)?;
                let header = self.names.get(column).map_or("", String::as_str);
                // A matrix's lead: the units' columns, from the first to the last.
                let columns = match (*field, self.matrix.first(), self.matrix.last()) {
                    (Field::Lead, Some((from, _)), Some((to, _))) => {
                        format!("{}–{}: CT, PH", letter(*from), letter(*to))
                    }
                    _ => letter(column),
                };
                Some(format!("{name} ← \"{header}\" ({columns})"))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The column `--columns` names by `reference`: its letter (`C`), or words of its header.
    pub fn find(&self, reference: &str) -> Option<usize> {
        let reference = reference.trim();
        // A header written exactly so ("TT") before a column's letters.
        if let Some(exact) = self.folded.iter().position(|h| *h == fold(reference)) {
            return Some(exact);
        }
        if !reference.is_empty()
            && reference.chars().all(|c| c.is_ascii_alphabetic())
            && reference.len() <= 2
        {
            let index = reference
                .to_ascii_uppercase()
                .bytes()
                .fold(0usize, |n, b| n * 26 + (b - b'A' + 1) as usize);
            return Some(index - 1);
        }
        match self.matching(reference).as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The columns whose headers hold the words of `reference`.
    pub fn matching(&self, reference: &str) -> Vec<usize> {
        let wanted = fold(reference.trim());
        (0..self.folded.len())
            .filter(|&c| !wanted.is_empty() && contains_words(&self.folded[c], &wanted))
            .collect()
    }
}

/// What a bare number in a budget column headed `name` counts in: "(triệu đồng)" is a million.
fn scale(name: &str) -> u64 {
    let n = fold(name);
    if n.contains("ty dong") {
        1_000_000_000
    } else if n.contains("trieu") || n.contains("tr.d") || n.contains("trd") {
        1_000_000
    } else if n.contains("nghin") || n.contains("ngan dong") || n.contains("1.000 d") {
        1_000
    } else {
        1
    }
}

/// A header's columns named by their words, with the fields those words name.
fn named_columns(header: &[&Row], first: usize, matrix_allowed: bool) -> Columns {
    let width = header.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    // Each header row's texts; a parent's text also over the children it spans where the file
    // does not say it spans them (a CSV): an empty cell over a child, right of a parent over a
    // child, is that parent's.
    let mut texts: Vec<Vec<String>> = header
        .iter()
        .map(|row| {
            (0..width)
                .map(|c| {
                    row.cells
                        .get(c)
                        .map(|cell| clean(&cell.text))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    for depth in 0..texts.len().saturating_sub(1) {
        let has_child = |texts: &Vec<Vec<String>>, column: usize| {
            texts[depth + 1..].iter().any(|row| !row[column].is_empty())
        };
        for column in 1..width {
            let spans_from = texts[depth][column - 1].clone();
            if texts[depth][column].is_empty()
                && !spans_from.is_empty()
                && has_child(&texts, column)
                && has_child(&texts, column - 1)
                && header[depth]
                    .cells
                    .get(column)
                    .is_none_or(|c| !c.from_above)
            {
                texts[depth][column] = spans_from;
            }
        }
    }
    let mut names = Vec::with_capacity(width);
    for column in 0..width {
        let mut parts: Vec<String> = Vec::new();
        for row in &texts {
            let text = &row[column];
            if !text.is_empty() && !parts.contains(text) && !is_column_number(text) {
                parts.push(text.clone());
            }
        }
        names.push(parts.join(" "));
    }
    // Units heading columns under the lead's header, on the header's last row: a matrix of
    // roles (two columns at least).
    let last = texts.len() - 1;
    let matrix: Vec<(usize, String)> = (0..width)
        .filter(|_| matrix_allowed && last > 0)
        .filter(|&c| {
            let own = &texts[last][c];
            !own.is_empty()
                && header[last]
                    .cells
                    .get(c)
                    .is_some_and(|cell| !cell.from_above)
                && field(own).is_none_or(|f| f == Field::Lead)
                && !is_column_number(own)
                && !is_period_label(own)
                && texts[..last]
                    .iter()
                    .any(|row| field(&row[c]) == Some(Field::Lead))
        })
        .map(|c| (c, texts[last][c].clone()))
        .collect();
    let matrix = if matrix.len() >= 2 {
        matrix
    } else {
        Vec::new()
    };
    let mut fields: HashMap<Field, usize> = HashMap::new();
    let mut titles = Vec::new();
    let mut other_times = Vec::new();
    for (column, name) in names.iter().enumerate() {
        if matrix.iter().any(|(c, _)| *c == column) {
            continue;
        }
        // Under a parent, a child's own words say first what its column holds ("Nhiệm vụ" over
        // "Nhóm nhiệm vụ" and "Nhiệm vụ cụ thể": the section, then the title).
        let child = texts[last][column].as_str();
        let parented = last > 0 && texts[..last].iter().any(|row| !row[column].is_empty());
        let Some(f) = parented
            .then(|| field(child))
            .flatten()
            .or_else(|| field(name))
        else {
            continue;
        };
        if f == Field::Title {
            titles.push(column);
            continue;
        }
        // Of two deadline columns, the end ("hoàn thành"); of two lead columns, the one that
        // says "chủ trì" ("Cơ quan chủ trì" over "Cơ quan ban hành" or "Cách thức thực hiện").
        let n = fold(name);
        let better = match f {
            Field::Deadline => n.contains("hoan thanh") || n.contains("ket thuc"),
            Field::Lead => {
                contains_words(&n, "chu tri")
                    && fields
                        .get(&Field::Lead)
                        .is_some_and(|&c| !contains_words(&fold(&names[c]), "chu tri"))
            }
            _ => false,
        };
        // The lead column that loses is kept, not dropped ("Cơ quan, đơn vị được kiểm tra"
        // beside "Cơ quan chủ trì"): what the task is about, its detail.
        let replaced = match better || !fields.contains_key(&f) {
            true => fields.insert(f, column),
            false => Some(column),
        };
        match (f, replaced) {
            (Field::Lead, Some(lost)) => {
                fields.entry(Field::Detail).or_insert(lost);
            }
            (Field::Deadline, Some(lost)) => other_times.push(lost),
            _ => {}
        }
    }
    // Two task columns: the first holds the section ("Nội dung" beside "Nhiệm vụ").
    match titles.as_slice() {
        [] => {}
        [one] => {
            fields.insert(Field::Title, *one);
        }
        [section, .., title] => {
            fields.insert(Field::Title, *title);
            fields.entry(Field::Section).or_insert(*section);
        }
    }
    // A goal ("Mục tiêu") before the task, merged down beside its tasks, is their section;
    // after the task it is what the task aims at: its product.
    if let (Some(&goal), Some(&title)) = (fields.get(&Field::Section), fields.get(&Field::Title))
        && goal > title
        && contains_words(&fold(&names[goal]), "muc tieu")
    {
        fields.remove(&Field::Section);
        fields.entry(Field::Product).or_insert(goal);
    }
    // A row of periods under the time ("Quý I" … "Quý IV", "Tháng 1" … "Tháng 12"): columns of
    // marks, which say the deadline together, not one deadline column.
    let marks: Vec<(usize, String)> = header
        .last()
        .filter(|_| header.len() > 1)
        .map(|row| {
            row.cells
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.from_above && !c.from_left)
                .filter_map(|(column, c)| {
                    let text = clean(&c.text);
                    if is_period_label(&text) {
                        return Some((column, text));
                    }
                    // A year under a time ("Thời gian thực hiện" over "Năm 2026" … "Năm
                    // 2030", or over "2026" …), not under an amount: that year.
                    if let Some(year) = year_label(&text)
                        && header[..header.len() - 1].iter().any(|r| {
                            r.cells
                                .get(column)
                                .is_some_and(|p| field(&p.text) == Some(Field::Deadline))
                        })
                    {
                        return Some((column, format!("Năm {year}")));
                    }
                    // A month's figure under a time in months: that month.
                    let month = text.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
                    let in_months = header[..header.len() - 1]
                        .iter()
                        .any(|r| r.cells.get(column).is_some_and(|p| says_months(&p.text)));
                    in_months.then(|| (column, format!("Tháng {month}")))
                })
                .collect()
        })
        .unwrap_or_default();
    let marks = if marks.len() >= 2 { marks } else { Vec::new() };
    if fields
        .get(&Field::Deadline)
        .is_some_and(|d| marks.iter().any(|(c, _)| c == d))
    {
        fields.remove(&Field::Deadline);
    }
    let scale = fields
        .get(&Field::Budget)
        .and_then(|&c| names.get(c))
        .map_or(1, |name| scale(name));
    // The lead of a matrix is read from a column past the last, which names the units marked
    // (see `with_matrix_lead`), headed by the units' parent.
    if let Some((column, _)) = matrix.first() {
        let parent = texts[..last]
            .iter()
            .map(|row| row[*column].clone())
            .find(|t| field(t) == Some(Field::Lead))
            .unwrap_or_default();
        fields.insert(Field::Lead, names.len());
        names.push(parent);
    }
    Columns {
        folded: names.iter().map(|n| fold(n)).collect(),
        names,
        title_like: titles,
        other_times,
        title_span: Vec::new(),
        marks,
        matrix,
        fields,
        first,
        rows: header.len(),
        scale,
    }
}

/// The headers of a table that names no task or lead column, for the message that says so:
/// none if no row has two cells of text.
pub fn seen_headers(table: &Table) -> Option<String> {
    table
        .rows
        .iter()
        .find(|r| r.cells.iter().filter(|c| !c.text.trim().is_empty()).count() >= 2)
        .map(|r| {
            let mut seen: Vec<String> = Vec::new();
            for c in &r.cells {
                let t = clean(&c.text);
                if !t.is_empty() && !seen.contains(&t) {
                    seen.push(t);
                }
            }
            seen.iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(", ")
        })
}

/// A header row printed again further down (at a page or section break).
pub(super) fn is_repeated_header(row: &Row, header: &[&str]) -> bool {
    let mut same = 0;
    let mut other = 0;
    for (column, cell) in row.cells.iter().enumerate() {
        if cell.from_left || cell.from_above || cell.text.trim().is_empty() {
            continue;
        }
        let folded = fold(&clean(&cell.text));
        match header.get(column) {
            Some(h)
                if !h.is_empty()
                    && (**h == folded || h.ends_with(&folded) || h.starts_with(&folded)) =>
            {
                same += 1
            }
            _ => other += 1,
        }
    }
    same >= 2 && same > other
}

/// A row that heads another table under this one ("STT | Chỉ tiêu | Mục tiêu năm 2024 | Đơn
/// vị chủ trì" below the tasks): three texts or more, each naming a field, and not this
/// table's header again (see `is_repeated_header`).
pub(super) fn is_another_header(row: &Row) -> bool {
    let own: Vec<(usize, &Cell)> = row.own_cells().collect();
    own.len() >= 3 && own.iter().all(|(_, c)| field(&c.text).is_some())
}

/// A row that numbers the columns: "(1) (2) (3)" or "1 2 3 4".
pub(super) fn is_numbers_row(row: &Row) -> bool {
    let own: Vec<&Cell> = row
        .cells
        .iter()
        .filter(|c| !c.from_left && !c.text.trim().is_empty())
        .collect();
    if own.len() < 3 {
        return false;
    }
    // "(1) (2) (3)", or the columns' letters "A B C D" in order.
    let letters: Vec<u8> = own
        .iter()
        .filter_map(|c| match c.text.trim().as_bytes() {
            [letter] if letter.is_ascii_uppercase() => Some(*letter),
            _ => None,
        })
        .collect();
    own.iter().all(|c| is_column_number(&c.text))
        || (letters.len() == own.len() && letters.windows(2).all(|w| w[1] == w[0] + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_the_words_of_real_annexes() {
        for (header, expected) in [
            ("TT", Field::Number),
            ("STT", Field::Number),
            ("Số TT", Field::Number),
            ("Nội dung", Field::Title),
            ("Nhiệm vụ, giải pháp", Field::Title),
            ("Tên nhiệm vụ", Field::Title),
            ("Nội dung công việc", Field::Title),
            ("Cơ quan\nchủ trì", Field::Lead),
            ("ĐƠN VỊ CHỦ TRÌ", Field::Lead),
            ("Chủ trì", Field::Lead),
            ("Đơn vị thực hiện", Field::Lead),
            ("Cơ quan thực hiện", Field::Lead),
            ("Cơ quan\n phối hợp", Field::Support),
            ("Đơn vị phối hợp", Field::Support),
            ("Thời gian hoàn thành", Field::Deadline),
            ("Thời gian thực hiện", Field::Deadline),
            ("Thời gian dự kiến hoàn thành", Field::Deadline),
            ("Thời hạn", Field::Deadline),
            ("Tiến độ", Field::Deadline),
            ("Kinh phí", Field::Budget),
            ("Kinh phí dự kiến", Field::Budget),
            ("Dự toán", Field::Budget),
            ("Nguồn kinh phí", Field::Funding),
            ("Sản phẩm", Field::Product),
            ("Sản phẩm đầu ra", Field::Product),
            ("Kết quả dự kiến", Field::Product),
            ("Hình thức văn bản", Field::Product),
            ("Ghi chú", Field::Note),
            ("Cơ quan thực hiện Phối hợp", Field::Support),
            ("Cơ quan thực hiện Chủ trì", Field::Lead),
        ] {
            assert_eq!(field(header), Some(expected), "{header}");
        }
        assert_eq!(field("Thời gian bắt đầu"), None);
        assert_eq!(field("Mã nhiệm vụ"), None);
    }

    fn csv(text: &str) -> Table {
        super::super::sheet::read_csv(text.as_bytes(), "t.csv")
            .unwrap()
            .remove(0)
    }

    #[test]
    fn units_over_columns_of_marks_are_a_matrix_of_roles_and_over_names_are_not() {
        let marks = csv("STT,Nhiệm vụ,Đơn vị thực hiện,,Thời hạn\n\
             ,,Văn phòng,Thanh tra,\n\
             1,Kiểm tra công vụ,PH,CT,Quý II/2025\n\
             2,Báo cáo,x,,Tháng 6/2025\n");
        let columns = header(&marks).unwrap();
        assert_eq!(
            columns.matrix,
            [(2, "Văn phòng".to_string()), (3, "Thanh tra".to_string())]
        );
        assert_eq!(columns.rows, 2);
        let lead = columns.with_matrix_lead(&marks.rows[2]).unwrap();
        assert_eq!(
            lead.cells.last().unwrap().text,
            "Văn phòng (phối hợp);\nThanh tra (chủ trì)"
        );
        assert!(
            columns
                .mapping()
                .contains("lead ← \"Đơn vị thực hiện\" (C–D: CT, PH)")
        );
        // Levels over the units' names: no marks, so no matrix; the columns are read by
        // their words.
        let names = csv("STT,Nhiệm vụ,Đơn vị thực hiện,,Thời hạn\n\
             ,,Cấp tỉnh,Cấp huyện,\n\
             1,Kiểm tra công vụ,Sở Nội vụ,UBND huyện,Quý II/2025\n");
        let columns = header(&names).unwrap();
        assert!(columns.matrix.is_empty());
        assert_eq!(columns.get(Field::Lead), Some(2));
    }
}
