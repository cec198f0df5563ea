//! The annex table read into sections and tasks: columns found by their header words, rows by
//! their numbering, cells into units, amounts and deadlines.

use crate::text::{letters, roman, to_roman};
use std::collections::{HashMap, HashSet};

use super::grid::{Cell, Row, Table};
use super::{amount, units};
use crate::message::Message;
use crate::msg;
use crate::text::{fold, nfc};

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
    if h.is_empty() {
        return None;
    }
    if has(&["ghi chu"]) {
        return Some(Field::Note);
    }
    if has(&["phoi hop"]) {
        return Some(Field::Support);
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
    if has(&["san pham", "ket qua", "hinh thuc"]) {
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
    if starts(&[
        "noi dung",
        "nhiem vu",
        "ten",
        "cong viec",
        "giai phap",
        "hoat dong",
    ]) {
        return Some(Field::Title);
    }
    if has(&["chu tri", "thuc hien", "trach nhiem", "dau moi"]) {
        return Some(Field::Lead);
    }
    if has(&["linh vuc", "nhom nhiem vu"]) {
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
    folded: Vec<String>,
    /// How many rows the header takes, from `first`.
    pub first: usize,
    pub rows: usize,
    /// What a bare number in the budget column counts in.
    pub scale: u64,
    /// The columns whose headers name the task, in order.
    title_like: Vec<usize>,
}

impl Columns {
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

fn clean(text: &str) -> String {
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
        let single = columns(&[&rows[first]], first);
        let pair = rows
            .get(first + 1)
            .filter(|next| is_sub_header(next))
            .and_then(|next| columns(&[&rows[first], next], first));
        if let Some(mut found) = pair.or(single) {
            settle_title(table, &mut found);
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
    let candidates = columns.title_like.clone();
    if candidates.len() < 2 {
        return;
    }
    let rows: Vec<&Row> = table
        .rows
        .iter()
        .skip(columns.first + columns.rows)
        .take(400)
        .collect();
    let own = |row: &Row, column: usize| {
        row.cells
            .get(column)
            .filter(|c| !c.from_above && !c.from_left && !c.text.trim().is_empty())
            .map(|c| c.text.trim().to_string())
    };
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
    columns.fields.remove(&Field::Section);
    if let Some(section) = section {
        columns.fields.insert(Field::Section, section);
    }
    columns.fields.insert(Field::Title, title);
    // The other task column is kept as the note, when the annex has none of its own.
    if let Some(&other) = rest.iter().find(|&&c| c != title) {
        columns.fields.entry(Field::Note).or_insert(other);
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

/// Whether a row is the lower half of a two-row header: every cell of its own names a field.
fn is_sub_header(row: &Row) -> bool {
    let own: Vec<&Cell> = row
        .cells
        .iter()
        .filter(|c| !c.from_above && !c.from_left && !c.text.trim().is_empty())
        .collect();
    !own.is_empty()
        && own
            .iter()
            .all(|c| field(&c.text).is_some() || is_column_number(&c.text))
        && own.iter().any(|c| field(&c.text).is_some())
}

fn is_column_number(text: &str) -> bool {
    let t = text.trim().trim_start_matches('(').trim_end_matches(')');
    !t.is_empty()
        && t.len() <= 3
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '=' || c == '+')
}

fn columns(header: &[&Row], first: usize) -> Option<Columns> {
    let columns = named_columns(header, first);
    (columns.get(Field::Title).is_some() && columns.get(Field::Lead).is_some()).then_some(columns)
}

/// The header that starts on the row the file numbers `number` (`--header-row`), with the
/// row under it if that row is the lower half of a two-row header; its columns named by their
/// words, whether or not a task and a lead column are among them.
pub fn header_at(table: &Table, number: usize) -> Option<Columns> {
    let first = table.rows.iter().position(|r| r.number == number)?;
    let rows = &table.rows;
    let mut header = vec![&rows[first]];
    if let Some(next) = rows.get(first + 1).filter(|next| is_sub_header(next)) {
        header.push(next);
    }
    Some(named_columns(&header, first))
}

impl Field {
    /// Every field, with the name `--columns` takes for it.
    pub const NAMES: [(Field, &'static str); 10] = [
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
    /// The columns whose headers name the task that no field is read from.
    pub fn unread_task_columns(&self) -> Vec<usize> {
        let used: Vec<usize> = self.fields.values().copied().collect();
        self.title_like
            .iter()
            .copied()
            .filter(|c| !used.contains(c))
            .collect()
    }

    /// Reads `field` from `column` (and no other field from it).
    pub fn assign(&mut self, field: Field, column: usize) {
        self.fields.retain(|f, c| *f != field && *c != column);
        self.fields.insert(field, column);
        if field == Field::Budget {
            self.scale = scale(self.names.get(column).map_or("", String::as_str));
        }
    }

    /// Which column was read as what, as the summary says it: `title ← "Nội dung" (B), …`.
    pub fn mapping(&self) -> String {
        Field::NAMES
            .iter()
            .filter_map(|(field, name)| {
                let column = self.get(*field)?;
                let header = self.names.get(column).map_or("", String::as_str);
                Some(format!("{name} ← \"{header}\" ({})", letter(column)))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The column `--columns` names by `reference`: its letter (`C`), or words of its header.
    pub fn find(&self, reference: &str) -> Option<usize> {
        let reference = reference.trim();
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
        let wanted = fold(reference);
        let found: Vec<usize> = (0..self.folded.len())
            .filter(|&c| contains_words(&self.folded[c], &wanted))
            .collect();
        match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
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
fn named_columns(header: &[&Row], first: usize) -> Columns {
    let width = header.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut names = Vec::with_capacity(width);
    for column in 0..width {
        let mut parts: Vec<String> = Vec::new();
        for row in header {
            if let Some(cell) = row.cells.get(column) {
                let text = clean(&cell.text);
                if !text.is_empty() && !parts.contains(&text) && !is_column_number(&text) {
                    parts.push(text);
                }
            }
        }
        names.push(parts.join(" "));
    }
    let mut fields: HashMap<Field, usize> = HashMap::new();
    let mut titles = Vec::new();
    for (column, name) in names.iter().enumerate() {
        let Some(f) = field(name) else { continue };
        if f == Field::Title {
            titles.push(column);
            continue;
        }
        let better = f == Field::Deadline && {
            let n = fold(name);
            n.contains("hoan thanh") || n.contains("ket thuc")
        };
        if better || !fields.contains_key(&f) {
            fields.insert(f, column);
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
    let scale = fields
        .get(&Field::Budget)
        .and_then(|&c| names.get(c))
        .map_or(1, |name| scale(name));
    Columns {
        folded: names.iter().map(|n| fold(n)).collect(),
        names,
        title_like: titles,
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

/// How a row is numbered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Numbering {
    /// A part above the sections: `A`, `B.`.
    Part(char),
    /// A section: `I`, `II.`, `IV`.
    Roman(u32),
    /// `1`, `1.`, `2.3`, `5.1.3`.
    Arabic(Vec<u32>),
    /// `a)`, `b.`.
    Letter(char),
    /// `-`, `+`, `*`, `•`.
    Bullet(char),
    None,
}

const BULLETS: [char; 10] = ['-', '–', '—', '+', '*', '•', '·', '◦', '▪', '►'];

/// The numbering at the start of a title, and the title without it.
pub fn split_number(text: &str) -> (Numbering, &str) {
    let text = text.trim();
    let Some(first) = text.chars().next() else {
        return (Numbering::None, text);
    };
    if BULLETS.contains(&first) {
        let rest = &text[first.len_utf8()..];
        if rest.starts_with(char::is_whitespace) || rest.starts_with(char::is_alphabetic) {
            return (Numbering::Bullet(first), rest.trim_start());
        }
    }
    let token_end = text.find(|c: char| c.is_whitespace()).unwrap_or(text.len());
    let token = &text[..token_end];
    let rest = text[token_end..].trim_start();
    // "1.", "2.3", "5.1.3.", "1)", or "1.Xây dựng" with no space.
    let digits_end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
        .map_or(text.len(), |(i, _)| i);
    let numbers = &text[..digits_end];
    if !numbers.is_empty() && numbers.starts_with(|c: char| c.is_ascii_digit()) {
        let after = &text[digits_end..];
        let parts: Vec<&str> = numbers.trim_end_matches('.').split('.').collect();
        let valid = parts
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
        let ended = numbers.ends_with('.') || parts.len() > 1 || after.starts_with(')');
        let after = after.strip_prefix(')').unwrap_or(after);
        if valid
            && ended
            && (after.is_empty()
                || after.starts_with(char::is_whitespace)
                || (numbers.ends_with('.') && after.starts_with(char::is_alphabetic)))
        {
            let nums = parts.iter().filter_map(|p| p.parse().ok()).collect();
            return (Numbering::Arabic(nums), after.trim_start());
        }
        return (Numbering::None, text);
    }
    let word = token.trim_end_matches(['.', ')', ':', '-']);
    let marked = token.len() > word.len() || rest.starts_with(['-', '–', ':']);
    if let Some(value) = roman(word)
        && (marked || rest.is_empty() || rest.starts_with(char::is_uppercase))
    {
        let rest = rest.trim_start_matches(['-', '–', ':', '.']).trim_start();
        return (Numbering::Roman(value), rest);
    }
    let mut letters = word.chars();
    if let (Some(letter), None) = (letters.next(), letters.next()) {
        if letter.is_lowercase() && letter.is_alphabetic() && token.len() > word.len() {
            return (Numbering::Letter(letter), rest);
        }
        if letter.is_uppercase() && letter.is_alphabetic() && (marked || rest.is_empty()) {
            return (
                Numbering::Part(letter),
                rest.trim_start_matches(['-', '–', ':']).trim_start(),
            );
        }
    }
    (Numbering::None, text)
}

/// A number cell's numbering ("1", "I", "a", "-"): no mark needed after it.
fn number_cell(text: &str) -> Numbering {
    let text = text.trim();
    let (numbering, rest) = split_number(text);
    if numbering != Numbering::None || !rest.is_empty() && rest != text {
        return numbering;
    }
    if text.chars().all(|c| c.is_ascii_digit() || c == '.')
        && text.starts_with(|c: char| c.is_ascii_digit())
    {
        let nums: Vec<u32> = text
            .trim_end_matches('.')
            .split('.')
            .filter_map(|p| p.parse().ok())
            .collect();
        if !nums.is_empty() {
            return Numbering::Arabic(nums);
        }
    }
    if let Some(value) = roman(text) {
        return Numbering::Roman(value);
    }
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if BULLETS.contains(&c) => Numbering::Bullet(c),
        (Some(c), None) if c.is_lowercase() => Numbering::Letter(c),
        (Some(c), None) if c.is_uppercase() => Numbering::Part(c),
        _ => Numbering::None,
    }
}

/// A task as read from a row.
#[derive(Debug, Clone)]
pub struct Task {
    pub id: String,
    pub parent: Option<String>,
    pub title: String,
    pub lead: Vec<String>,
    pub support: Vec<String>,
    pub budget: Option<u64>,
    pub deadline: Option<String>,
    pub product: Option<String>,
    pub funding: Option<String>,
    pub note: Option<String>,
    /// Where it was read, for warnings: `table 1, row 14`.
    pub at: Message,
}

impl Task {
    /// A task titled `title`, read at `at`, with nothing else known yet.
    pub(super) fn new(title: String, at: &Message) -> Task {
        Task {
            id: String::new(),
            parent: None,
            title,
            lead: Vec::new(),
            support: Vec::new(),
            budget: None,
            deadline: None,
            product: None,
            funding: None,
            note: None,
            at: at.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// The part it belongs to, and that part's title.
    pub part: Option<(String, String)>,
    pub tasks: Vec<Task>,
}

/// A unit as the annex names it, and the other spellings of it found.
#[derive(Debug, Clone)]
pub struct Unit {
    pub name: String,
    pub spellings: Vec<String>,
    pub collective: bool,
}

/// Everything read from the annex.
#[derive(Debug, Default)]
pub struct Annex {
    pub sections: Vec<Section>,
    pub units: Vec<Unit>,
    pub warnings: Vec<Message>,
    /// The column the deadline came from, for warnings.
    pub deadline_column: String,
    pub lead_column: String,
}

/// What a level of numbering is, to place the rows below it.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    Number(Vec<u32>),
    Letter,
    Bullet(char),
    Plain,
}

#[derive(Debug, Clone)]
struct Level {
    id: String,
    mark: Mark,
    lead: bool,
}

/// Reads tables one after another into one annex.
pub struct AnnexReader {
    annex: Annex,
    unit_index: HashMap<String, usize>,
    part: Option<(String, String)>,
    /// Section ids used in the current part.
    section_ids: HashSet<String>,
    section_text: Option<String>,
    stack: Vec<Level>,
    ids: HashSet<String>,
    children: HashMap<String, usize>,
    top: HashMap<String, u32>,
    /// The number of the last Roman section in the current part.
    last_roman: u32,
    plan_title: Option<String>,
}

impl AnnexReader {
    pub fn new(plan_title: Option<String>) -> AnnexReader {
        AnnexReader {
            annex: Annex::default(),
            unit_index: HashMap::new(),
            part: None,
            section_ids: HashSet::new(),
            section_text: None,
            stack: Vec::new(),
            ids: HashSet::new(),
            children: HashMap::new(),
            top: HashMap::new(),
            last_roman: 0,
            plan_title,
        }
    }

    pub fn finish(mut self) -> Annex {
        self.annex.sections.retain(|s| !s.id.is_empty());
        self.annex
    }

    /// Reads the rows of `table` below its header.
    pub fn read(&mut self, table: &Table, columns: &Columns) {
        if self.annex.deadline_column.is_empty() {
            self.annex.deadline_column = columns.name(Field::Deadline);
            self.annex.lead_column = columns.name(Field::Lead);
        }
        let header: Vec<&str> = columns.folded.iter().map(String::as_str).collect();
        for row in table.rows.iter().skip(columns.first + columns.rows) {
            if is_repeated_header(row, &header) || is_numbers_row(row) {
                continue;
            }
            let at = table.place.row(row.number);
            self.row(row, columns, &at);
        }
    }

    fn row(&mut self, row: &Row, columns: &Columns, at: &Message) {
        let cell = |field: Field| columns.get(field).and_then(|c| row.cells.get(c));
        // A cell's text where the cell is its own or merged down, not covered from the left.
        let text = |field: Field| {
            cell(field)
                .filter(|c| !c.from_left)
                .map(|c| c.text.as_str())
                .unwrap_or_default()
        };
        let own: Vec<(usize, &Cell)> = row
            .cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.from_left && !c.from_above && !c.text.trim().is_empty())
            .collect();
        if own.is_empty()
            && row
                .cells
                .iter()
                .all(|c| c.from_above || c.text.trim().is_empty())
        {
            return;
        }
        let number_column = columns.get(Field::Number);
        // One cell across the row (or a number, then one cell across the rest).
        let spanning: Option<String> = match own.as_slice() {
            [(column, cell)] => {
                let spans =
                    row.cells.len() == 1 || row.cells.get(column + 1).is_some_and(|c| c.from_left);
                spans.then(|| cell.text.clone())
            }
            [(first, number), (column, cell)] if Some(*first) == number_column => row
                .cells
                .get(column + 1)
                .is_some_and(|c| c.from_left)
                .then(|| {
                    format!(
                        "{}. {}",
                        number.text.trim().trim_end_matches(['.', ')']),
                        cell.text.trim()
                    )
                }),
            _ => None,
        };
        let lead_text = text(Field::Lead);
        let has_lead = !lead_text.trim().is_empty();

        // The section column: a new value starts a section.
        if let Some(column) = columns.get(Field::Section)
            && spanning.is_none()
            && let Some(c) = row.cells.get(column)
            && !c.from_left
            && !c.text.trim().is_empty()
        {
            let folded = fold(&c.text);
            if !c.from_above && self.section_text.as_deref() != Some(folded.as_str()) {
                self.section_text = Some(folded);
                let text = clean(&c.text);
                let (numbering, title) = split_number(&text);
                match numbering {
                    Numbering::Roman(n) => self.start_section(Some(n), title, at),
                    _ => self.start_section(None, &text, at),
                }
            }
        }

        let number_cell_text = number_column
            .and_then(|c| row.cells.get(c))
            .filter(|c| !c.from_left)
            .map(|c| c.text.trim().to_string())
            .unwrap_or_default();
        let number_merged = number_column
            .and_then(|c| row.cells.get(c))
            .is_some_and(|c| c.from_above && !c.text.trim().is_empty());
        let (numbering, title) = match &spanning {
            Some(span) => {
                let span = clean(span);
                let (numbering, title) = split_number(&span);
                (numbering, title.to_string())
            }
            None if !number_cell_text.is_empty() && !number_merged => {
                let numbering = number_cell(&number_cell_text);
                let mut title = clean(text(Field::Title));
                // "I. CÔNG TÁC CHỈ ĐẠO" written in the number column.
                let (_, named) = split_number(&number_cell_text);
                if title.is_empty() && named != number_cell_text && !named.is_empty() {
                    title = clean(named);
                }
                // A number cell with no numbering in it leaves the title's own; the same
                // number printed again in the title ("1" beside "1. Xây dựng") is dropped.
                let (own, rest) = split_number(&title);
                if numbering == Numbering::None {
                    (own, rest.to_string())
                } else if own == numbering {
                    (numbering, rest.to_string())
                } else {
                    (numbering, title)
                }
            }
            None => {
                let title = clean(text(Field::Title));
                let (numbering, rest) = split_number(&title);
                (numbering, rest.to_string())
            }
        };

        match numbering {
            Numbering::Part(letter) if !has_lead => {
                self.part = Some((letter.to_string(), title.clone()));
                self.section_ids.clear();
                self.last_roman = 0;
                self.stack.clear();
                self.current_section_none();
                return;
            }
            Numbering::Roman(n) if !has_lead || spanning.is_some() => {
                self.start_section(Some(n), &title, at);
                return;
            }
            _ => {}
        }
        if let Some(span) = &spanning
            && !has_lead
            && numbering == Numbering::None
        {
            let span = clean(span);
            let letters: String = span.chars().filter(|c| c.is_alphabetic()).collect();
            if !letters.is_empty() && letters.chars().all(char::is_uppercase) {
                self.start_section(None, &span, at);
                return;
            }
        }
        let title_cell = cell(Field::Title);
        let title_merged = title_cell.is_some_and(|c| c.from_above);
        if title.is_empty()
            || (title_merged
                && spanning.is_none()
                && !matches!(
                    numbering,
                    Numbering::Arabic(_) | Numbering::Letter(_) | Numbering::Bullet(_)
                )
                && !number_merged
                && number_cell_text.is_empty())
        {
            // Nothing new to name: what the row has goes to the task above.
            self.add_to_last(row, columns, at);
            return;
        }
        let numbering = match numbering {
            Numbering::Part(_) | Numbering::Roman(_) => Numbering::None,
            other => other,
        };
        let mut task = Task::new(title.clone(), at);
        if spanning.is_none() {
            self.fill(&mut task, row, columns);
        }
        self.place(task, numbering, number_merged, has_lead, at);
    }

    fn current_section_none(&mut self) {
        self.section_text = None;
        self.annex.sections.push(Section {
            id: String::new(),
            title: String::new(),
            part: None,
            tasks: Vec::new(),
        });
    }

    /// The fields of a task from its row's cells.
    fn fill(&mut self, task: &mut Task, row: &Row, columns: &Columns) {
        let text = |field: Field| {
            columns
                .get(field)
                .and_then(|c| row.cells.get(c))
                .filter(|c| !c.from_left)
                .map(|c| c.text.clone())
                .unwrap_or_default()
        };
        let lead = text(Field::Lead);
        let mut support_named = Vec::new();
        for unit in units::split(&lead) {
            // "Sở Nội vụ (chủ trì); Sở Tài chính (phối hợp)": the role after the name.
            match units::role_after(&unit) {
                Some((name, units::Role::Support)) => support_named.push(name),
                Some((name, units::Role::Lead)) => task.lead.push(self.unit(&name)),
                None => task.lead.push(self.unit(&unit)),
            }
        }
        if columns.get(Field::Support) != columns.get(Field::Lead) {
            let support = text(Field::Support);
            task.support = units::split(&support)
                .into_iter()
                .map(|u| units::role_after(&u).map_or(u, |(name, _)| name))
                .map(|u| self.unit(&u))
                .collect();
        }
        for name in support_named {
            let unit = self.unit(&name);
            if !task.support.contains(&unit) {
                task.support.push(unit);
            }
        }
        let optional = |value: String| Some(clean(&value)).filter(|v| !v.is_empty());
        task.deadline = optional(text(Field::Deadline));
        task.product = optional(text(Field::Product));
        task.note = optional(text(Field::Note));
        let budget = amount::read(&text(Field::Budget), columns.scale);
        if let Some(doubt) = &budget.doubt {
            let at = &task.at;
            self.annex.warnings.push(msg!(
                "{at}: {doubt}",
                at = at.as_arg(),
                doubt = doubt.as_arg()
            ));
        }
        // An amount merged down over several tasks is the whole of theirs, not each one's: it
        // stays on the first of them, and the rows it covers are named.
        let merged_down = columns
            .get(Field::Budget)
            .and_then(|c| row.cells.get(c))
            .is_some_and(|c| c.from_above);
        task.budget = match (budget.amount, merged_down) {
            (Some(amount), true) => {
                let at = &task.at;
                self.annex.warnings.push(msg!(
                    "{at}: the amount {amount} is one cell merged over several tasks; it is counted once, on the first of them: share it out in the plan if it is theirs together",
                    at = at.as_arg(),
                    amount = crate::render::money(amount)
                ));
                None
            }
            (amount, _) => amount,
        };
        let funding_column = optional(text(Field::Funding));
        task.funding = match (funding_column, budget.funding) {
            (Some(f), Some(b)) => Some(format!("{f}; {}", clean(&b))),
            (Some(f), None) => Some(f),
            (None, b) => b.map(|b| clean(&b)),
        };
    }

    /// Adds what a row without a title of its own holds to the task above it.
    fn add_to_last(&mut self, row: &Row, columns: &Columns, at: &Message) {
        let mut extra = Task::new(String::new(), at);
        self.fill(&mut extra, row, columns);
        let Some(last) = self
            .annex
            .sections
            .last_mut()
            .and_then(|s| s.tasks.last_mut())
        else {
            if !extra.lead.is_empty() || extra.deadline.is_some() {
                self.annex
                    .warnings
                    .push(msg!("{at}: a row without a task above it was left out", at));
            }
            return;
        };
        for unit in extra.lead {
            if !last.lead.contains(&unit) {
                last.lead.push(unit);
            }
        }
        for unit in extra.support {
            if !last.support.contains(&unit) {
                last.support.push(unit);
            }
        }
        last.deadline = last.deadline.take().or(extra.deadline);
        last.budget = last.budget.or(extra.budget);
        last.product = last.product.take().or(extra.product);
        last.funding = last.funding.take().or(extra.funding);
        last.note = last.note.take().or(extra.note);
        if let Some(level) = self.stack.last_mut() {
            level.lead |= !last.lead.is_empty();
        }
    }

    /// The canonical name of a unit: the first spelling of it met.
    fn unit(&mut self, name: &str) -> String {
        let name = nfc(name);
        let key = fold(&name);
        if let Some(&index) = self.unit_index.get(&key) {
            let unit = &mut self.annex.units[index];
            if unit.name != name && !unit.spellings.contains(&name) {
                unit.spellings.push(name);
            }
            return unit.name.clone();
        }
        self.unit_index.insert(key, self.annex.units.len());
        self.annex.units.push(Unit {
            collective: units::is_collective(&name),
            name: name.clone(),
            spellings: Vec::new(),
        });
        name
    }

    fn start_section(&mut self, number: Option<u32>, title: &str, at: &Message) {
        let number = number.unwrap_or(self.last_roman + 1);
        self.last_roman = number;
        let numeral = to_roman(number);
        let mut id = match &self.part {
            Some((part, _)) => format!("{part}.{numeral}"),
            None => numeral.clone(),
        };
        if self.section_ids.contains(&id) {
            let mut n = 2;
            while self.section_ids.contains(&format!("{id}-{n}")) {
                n += 1;
            }
            let new = format!("{id}-{n}");
            self.annex.warnings.push(msg!(
                "{at}: section {numeral} is printed twice; the second is `{new}`",
                at,
                numeral,
                new
            ));
            id = new;
        }
        self.section_ids.insert(id.clone());
        self.stack.clear();
        self.annex.sections.push(Section {
            id,
            title: title.trim().to_string(),
            part: self.part.clone(),
            tasks: Vec::new(),
        });
    }

    /// The section tasks go into, made from the part (or the plan) when the annex names none.
    fn section(&mut self, at: &Message) -> String {
        match self.annex.sections.last() {
            Some(section) if !section.id.is_empty() => return section.id.clone(),
            Some(_) => {
                self.annex.sections.pop();
            }
            None => {}
        }
        match self.part.clone() {
            Some((part, title)) if !self.section_ids.contains(&part) => {
                self.section_ids.insert(part.clone());
                self.annex.sections.push(Section {
                    id: part,
                    title,
                    part: None,
                    tasks: Vec::new(),
                });
            }
            _ => {
                let title = self
                    .plan_title
                    .clone()
                    .unwrap_or_else(|| "Nhiệm vụ".to_string());
                self.annex.warnings.push(msg!(
                    "{at}: the tasks start before any section; they are put in a section of their own",
                    at
                ));
                self.start_section(None, &title, at);
            }
        }
        self.annex
            .sections
            .last()
            .map(|s| s.id.clone())
            .unwrap_or_default()
    }

    fn place(
        &mut self,
        mut task: Task,
        numbering: Numbering,
        number_merged: bool,
        has_lead: bool,
        at: &Message,
    ) {
        let section = self.section(at);
        let child_of = |this: &mut AnnexReader, parent: Option<Level>| -> String {
            match parent {
                Some(parent) => {
                    let count = this.children.entry(parent.id.clone()).or_insert(0);
                    *count += 1;
                    let last = parent.id.rsplit('.').next().unwrap_or_default();
                    let label = if last.chars().all(|c| c.is_ascii_digit()) {
                        letters(*count)
                    } else {
                        count.to_string()
                    };
                    format!("{}.{label}", parent.id)
                }
                None => {
                    let next = this.top.entry(section.clone()).or_insert(0);
                    *next += 1;
                    format!("{section}.{next}")
                }
            }
        };
        let (id, mark, parent) = match numbering {
            Numbering::Arabic(nums) => {
                while let Some(top) = self.stack.last() {
                    if let Mark::Number(n) = &top.mark
                        && n.len() < nums.len()
                        && nums.starts_with(n)
                    {
                        break;
                    }
                    self.stack.pop();
                }
                let parent = self.stack.last().cloned();
                let last = nums.last().copied().unwrap_or(1);
                let id = match &parent {
                    Some(p) => format!("{}.{last}", p.id),
                    None if nums.len() == 1 => {
                        let top = self.top.entry(section.clone()).or_insert(0);
                        *top = (*top).max(last);
                        format!("{section}.{last}")
                    }
                    None => format!(
                        "{section}.{}",
                        nums.iter()
                            .map(u32::to_string)
                            .collect::<Vec<_>>()
                            .join("-")
                    ),
                };
                (id, Mark::Number(nums), parent)
            }
            Numbering::Letter(letter) => {
                while self
                    .stack
                    .last()
                    .is_some_and(|l| !matches!(l.mark, Mark::Number(_)))
                {
                    self.stack.pop();
                }
                let parent = self.stack.last().cloned();
                let id = match &parent {
                    Some(p) => format!("{}.{letter}", p.id),
                    None => format!("{section}.{letter}"),
                };
                (id, Mark::Letter, parent)
            }
            Numbering::Bullet(bullet) => {
                if let Some(at) = self
                    .stack
                    .iter()
                    .position(|l| l.mark == Mark::Bullet(bullet))
                {
                    self.stack.truncate(at);
                }
                let parent = self.stack.last().cloned();
                (child_of(self, parent.clone()), Mark::Bullet(bullet), parent)
            }
            _ => {
                // A further task under a number merged down; the item under a heading; else
                // the next task of the section.
                let under = if number_merged {
                    self.stack
                        .iter()
                        .rposition(|l| matches!(l.mark, Mark::Number(_)))
                } else {
                    self.stack
                        .iter()
                        .rposition(|l| !l.lead && l.mark != Mark::Plain)
                        .filter(|_| has_lead)
                };
                match under {
                    Some(at) => {
                        self.stack.truncate(at + 1);
                        let parent = self.stack.last().cloned();
                        (child_of(self, parent.clone()), Mark::Plain, parent)
                    }
                    None => {
                        self.stack.clear();
                        (child_of(self, None), Mark::Plain, None)
                    }
                }
            }
        };
        let mut id = id;
        if self.ids.contains(&id) {
            let mut n = 2;
            while self.ids.contains(&format!("{id}-{n}")) {
                n += 1;
            }
            let new = format!("{id}-{n}");
            self.annex.warnings.push(msg!(
                "{at}: the number of `{id}` is printed twice; the second is `{new}`",
                at,
                id,
                new
            ));
            id = new;
        }
        self.ids.insert(id.clone());
        task.id = id.clone();
        task.parent = parent.map(|p| p.id);
        self.stack.push(Level {
            id,
            mark,
            lead: !task.lead.is_empty(),
        });
        if let Some(section) = self.annex.sections.last_mut() {
            section.tasks.push(task);
        }
    }
}

/// A header row printed again further down (at a page or section break).
fn is_repeated_header(row: &Row, header: &[&str]) -> bool {
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

/// A row that numbers the columns: "(1) (2) (3)" or "1 2 3 4".
fn is_numbers_row(row: &Row) -> bool {
    let own: Vec<&Cell> = row
        .cells
        .iter()
        .filter(|c| !c.from_left && !c.text.trim().is_empty())
        .collect();
    own.len() >= 3 && own.iter().all(|c| is_column_number(&c.text))
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
    }

    #[test]
    fn numbering_in_every_form() {
        for (text, numbering, rest) in [
            ("1. Xây dựng", Numbering::Arabic(vec![1]), "Xây dựng"),
            ("2.3 Tổ chức", Numbering::Arabic(vec![2, 3]), "Tổ chức"),
            (
                "5.1.3. Rà soát",
                Numbering::Arabic(vec![5, 1, 3]),
                "Rà soát",
            ),
            ("1.Xây dựng", Numbering::Arabic(vec![1]), "Xây dựng"),
            ("3) Báo cáo", Numbering::Arabic(vec![3]), "Báo cáo"),
            ("a) Rà soát", Numbering::Letter('a'), "Rà soát"),
            ("- Xây dựng", Numbering::Bullet('-'), "Xây dựng"),
            ("+ Xây dựng", Numbering::Bullet('+'), "Xây dựng"),
            (
                "I. Công tác chỉ đạo",
                Numbering::Roman(1),
                "Công tác chỉ đạo",
            ),
            ("IV CẢI CÁCH", Numbering::Roman(4), "CẢI CÁCH"),
            (
                "B. NHIỆM VỤ CỤ THỂ",
                Numbering::Part('B'),
                "NHIỆM VỤ CỤ THỂ",
            ),
            ("100% hồ sơ", Numbering::None, "100% hồ sơ"),
            ("2023 là năm", Numbering::None, "2023 là năm"),
            ("Văn bản", Numbering::None, "Văn bản"),
            ("X-quang", Numbering::None, "X-quang"),
        ] {
            assert_eq!(split_number(text), (numbering, rest), "{text}");
        }
        assert_eq!(number_cell("1"), Numbering::Arabic(vec![1]));
        assert_eq!(number_cell("II"), Numbering::Roman(2));
        assert_eq!(number_cell("A"), Numbering::Part('A'));
        assert_eq!(number_cell("a"), Numbering::Letter('a'));
        assert_eq!(number_cell("-"), Numbering::Bullet('-'));
        assert_eq!(number_cell("1.2"), Numbering::Arabic(vec![1, 2]));
    }

    #[test]
    fn a_number_printed_in_both_columns_is_read_once() {
        let table = Table {
            place: super::super::grid::TableOrigin::Csv,
            rows: [
                vec!["STT", "Nhiệm vụ", "Chủ trì"],
                vec!["I", "CẢI CÁCH THỂ CHẾ", ""],
                vec!["1", "1. Rà soát văn bản", "Sở Tư pháp"],
                vec!["2", "Báo cáo", "Sở Tư pháp"],
            ]
            .into_iter()
            .enumerate()
            .map(|(i, cells)| Row {
                number: i + 1,
                cells: cells.into_iter().map(Cell::new).collect(),
            })
            .collect(),
            above: Vec::new(),
            hidden: false,
        };
        let columns = header(&table).unwrap();
        let mut reader = AnnexReader::new(None);
        reader.read(&table, &columns);
        let annex = reader.finish();
        let titles: Vec<(&str, &str)> = annex.sections[0]
            .tasks
            .iter()
            .map(|t| (t.id.as_str(), t.title.as_str()))
            .collect();
        assert_eq!(titles, [("I.1", "Rà soát văn bản"), ("I.2", "Báo cáo")]);
    }

    #[test]
    fn bullet_ids_run_through_the_alphabet() {
        assert_eq!(letters(1), "a");
        assert_eq!(letters(26), "z");
        assert_eq!(letters(27), "aa");
    }
}
