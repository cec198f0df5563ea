//! The rows of an annex's table, below its header (`header`), read into sections and tasks:
//! rows by their numbering, cells into units, amounts and deadlines.

use crate::text::{letters, to_roman};
use std::collections::{HashMap, HashSet};

use super::grid::{Cell, Row, Table};
use super::header::{Columns, Field, clean, is_another_header, is_numbers_row, is_repeated_header};
use super::margins::{field_text, is_footnote, is_page_number, is_signature, is_total};
use super::numbering::{Numbering, labelled_section, number_cell, split_number};
use super::{amount, units};
use crate::message::Message;
use crate::msg;
use crate::text::{fold, nfc};

/// Whether a text is written in capitals, as a section's title is ("CẢI CÁCH THỂ CHẾ").
fn is_upper(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
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
    pub detail: Option<String>,
    pub annex_status: Option<String>,
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
            detail: None,
            annex_status: None,
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
    /// Where a row is numbered under a number no row above it has ("1.2" with no "1").
    pub orphans: Vec<Message>,
    /// How many tasks' numbers were printed again in their section.
    pub twice: usize,
    /// The column the deadline came from, for warnings.
    pub deadline_column: String,
    pub lead_column: String,
}

/// How a row's cells go to the task above: they fill what it lacks (a row under cells merged
/// down), or each goes on from the one above (the rest of the same cells, cut from them).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Carry {
    Fills,
    GoesOn,
}

/// What a level of numbering is, to place the rows below it.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    Number(Vec<u32>),
    Letter,
    Bullet(char),
    Plain,
}

/// Whether a row is a group's: one across the table with no lead is; a numbered one with no
/// lead and no deadline may be (a CSV has no spans).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Spanning,
    Maybe,
    No,
}

#[derive(Debug, Clone)]
struct Level {
    id: String,
    mark: Mark,
    lead: bool,
    /// A group's row (numbered, across the table, no lead): the tasks below it are its own
    /// until the next group, however they are numbered (restarting at 1 or running on).
    group: bool,
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
    /// Whether a Roman section was met: then an Arabic row across the table is a group.
    roman_seen: bool,
    /// Whether the rows read are the activities of a task named in a group column.
    in_group: bool,
    /// The lead its row gives the current section, for its tasks that name none.
    section_lead: Vec<String>,
    /// The number the current section's row gives it (II is 2), which its tasks' numbers may
    /// start with ("2.1").
    section_number: Option<u32>,
    /// For an id printed again: the next suffix to try (`I.1-2`, `I.1-3` …), so that a number
    /// printed thousands of times costs no more than once each.
    next_suffix: HashMap<String, usize>,
    /// Whether the amount merged down over the rows being read was said already.
    merge_said: bool,
    plan_title: Option<String>,
    /// The warning said where the tasks started before any section, by its place.
    no_section_warning: Option<usize>,
    /// The groups whose items are numbered under the group's own number ("1.1" under "1").
    dotted: HashSet<String>,
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
            roman_seen: false,
            in_group: false,
            section_lead: Vec::new(),
            section_number: None,
            next_suffix: HashMap::new(),
            merge_said: false,
            plan_title,
            no_section_warning: None,
            dotted: HashSet::new(),
        }
    }

    /// `id` with the first suffix `-2`, `-3` … that `taken` does not hold.
    fn free_id(&mut self, id: &str, taken: impl Fn(&AnnexReader, &str) -> bool) -> String {
        let mut n = self.next_suffix.get(id).copied().unwrap_or(2);
        while taken(self, &format!("{id}-{n}")) {
            n += 1;
        }
        self.next_suffix.insert(id.to_string(), n + 1);
        format!("{id}-{n}")
    }

    pub fn finish(mut self) -> Annex {
        self.annex.sections.retain(|s| !s.id.is_empty());
        self.groups_as_sections();
        self.annex
    }

    /// An annex that names no section, whose every task is under a numbered heading ("1. Công
    /// tác chỉ đạo, điều hành" in bold, "2. Cải cách thủ tục hành chính" …): the headings are
    /// its sections (I, II …), as a reader sees them, not groups of one section made for it.
    fn groups_as_sections(&mut self) {
        let (Some(warning), [section]) = (self.no_section_warning, &self.annex.sections[..]) else {
            return;
        };
        let prefix = format!("{}.", section.id);
        let top: Vec<&Task> = section
            .tasks
            .iter()
            .filter(|t| t.parent.is_none())
            .collect();
        // Each heading's number, in order, once each; a heading names nothing of its own.
        let numbers: Vec<u32> = top
            .iter()
            .filter(|t| {
                t.lead.is_empty()
                    && t.support.is_empty()
                    && t.deadline.is_none()
                    && section
                        .tasks
                        .iter()
                        .any(|c| c.parent.as_ref() == Some(&t.id))
            })
            .filter_map(|t| t.id.strip_prefix(&prefix)?.parse().ok())
            .collect();
        if top.len() < 2
            || numbers.len() != top.len()
            || !numbers.windows(2).all(|w| w[0] < w[1])
            // Their items are numbered ("1", "1.1"), not lettered.
            || !section.tasks.iter().filter(|t| t.parent.is_some()).all(|t| {
                t.id.strip_prefix(&prefix)
                    .and_then(|id| id.split_once('.'))
                    .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_ascii_digit()))
            })
        {
            return;
        }
        let section = self.annex.sections.remove(0);
        let mut sections: Vec<Section> = Vec::new();
        for task in section.tasks {
            // (Every id starts with the prefix: the items were checked, the headings parsed.)
            let rest = task
                .id
                .strip_prefix(&prefix)
                .unwrap_or(&task.id)
                .to_string();
            let Some((number, below)) = rest.split_once('.') else {
                let number: u32 = rest.parse().unwrap_or_default();
                sections.push(Section {
                    id: crate::text::to_roman(number),
                    title: task.title,
                    part: None,
                    tasks: Vec::new(),
                });
                continue;
            };
            let id = |n: &str, below: &str| match n.parse() {
                Ok(n) => format!("{}.{below}", crate::text::to_roman(n)),
                Err(_) => format!("{n}.{below}"),
            };
            let parent = task.parent.as_ref().and_then(|p| {
                let (n, below) = p.strip_prefix(&prefix)?.split_once('.')?;
                Some(id(n, below))
            });
            let task = Task {
                id: id(number, below),
                parent,
                ..task
            };
            if let Some(last) = sections.last_mut() {
                last.tasks.push(task);
            }
        }
        self.annex.sections = sections;
        self.annex.warnings.remove(warning);
    }

    /// Reads the rows of `table` below its header.
    pub fn read(&mut self, table: &Table, columns: &Columns) {
        if self.annex.deadline_column.is_empty() {
            self.annex.deadline_column = columns.name(Field::Deadline);
            self.annex.lead_column = columns.name(Field::Lead);
        }
        let header: Vec<&str> = columns.folded.iter().map(String::as_str).collect();
        for row in table.rows.iter().skip(columns.first + columns.rows) {
            // The task's text over several columns read as one, the lead of a matrix of roles
            // as a cell of its own.
            let joined = columns.joined_title(row);
            let row = joined.as_ref().unwrap_or(row);
            let with_lead = columns.with_matrix_lead(row);
            let row = with_lead.as_ref().unwrap_or(row);
            if is_repeated_header(row, &header)
                || is_numbers_row(row)
                || is_total(row, columns)
                || is_footnote(row)
                || is_page_number(row)
            {
                continue;
            }
            // The signature under a sheet's table ("KT. GIÁM ĐỐC"), or the header of another
            // table below it (targets under the tasks): the table has ended, and a title
            // above that header starts no section.
            if is_signature(row, columns) {
                break;
            }
            if is_another_header(row) {
                if self
                    .annex
                    .sections
                    .last()
                    .is_some_and(|s| s.tasks.is_empty() && !s.id.is_empty())
                {
                    self.annex.sections.pop();
                }
                break;
            }
            let at = table.place.row(row.number);
            self.row(row, columns, &at);
        }
    }

    /// A paragraph written above a table as its section's or group's title ("II. CẢI CÁCH THỦ
    /// TỤC HÀNH CHÍNH"), read as a row across the table would be.
    pub fn paragraph(&mut self, text: &str, columns: &Columns, at: &Message) {
        let row = Row {
            number: 0,
            cells: vec![Cell::new(text)],
        };
        self.row(&row, columns, at);
    }

    fn row(&mut self, row: &Row, columns: &Columns, at: &Message) {
        let cell = |field: Field| columns.get(field).and_then(|c| row.cells.get(c));
        let text = |field: Field| field_text(row, columns, field);
        let own: Vec<(usize, &Cell)> = row.own_cells().collect();
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
            // A CSV has no spans: a section's or part's numeral, then its one text, wherever
            // it was put.
            [(first, number), (_, cell)]
                if Some(*first) == number_column
                    && matches!(
                        number_cell(&number.text),
                        Numbering::Roman(_) | Numbering::Part(_)
                    )
                    && row.cells.iter().all(|c| !c.from_left && !c.from_above) =>
            {
                Some(format!(
                    "{}. {}",
                    number.text.trim().trim_end_matches(['.', ')']),
                    cell.text.trim()
                ))
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
            // "NHIỆM VỤ 1: CẢI CÁCH THỂ CHẾ", "PHẦN THỨ NHẤT: …" across the table: a section,
            // as "I. …" is.
            Some(span) if let Some((n, title)) = labelled_section(&clean(span)) => {
                (Numbering::Roman(n), title.to_string())
            }
            Some(span) => {
                let span = clean(span);
                let (numbering, title) = split_number(&span);
                (numbering, title.to_string())
            }
            None if let Some((n, title)) = labelled_section(&number_cell_text)
                .filter(|_| !number_merged && text(Field::Title).trim().is_empty()) =>
            {
                (Numbering::Roman(n), title.to_string())
            }
            None if !number_cell_text.is_empty() && !number_merged => {
                let numbering = number_cell(&number_cell_text);
                let mut title = clean(text(Field::Title));
                // "I. CÔNG TÁC CHỈ ĐẠO" written in the number column.
                let (_, named) = split_number(&number_cell_text);
                if title.is_empty() && named != number_cell_text && !named.is_empty() {
                    title = clean(named);
                }
                // A field's row whose name is in the detail column ("1 | CẢI CÁCH THỦ TỤC HÀNH
                // CHÍNH" beside criteria): that name.
                if title.is_empty() && !has_lead {
                    title = clean(text(Field::Detail));
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

        let bold_title = cell(Field::Title).is_some_and(|c| c.bold)
            && number_column
                .and_then(|c| row.cells.get(c))
                .is_none_or(|c| c.text.trim().is_empty() || c.bold);
        // Parts run A B C D Đ E G H I K …: after part H has had its sections, "I" is the
        // next part, not H's first section again.
        let numbering = match numbering {
            Numbering::Roman(1)
                if self.part.as_ref().is_some_and(|(p, _)| p == "H") && self.last_roman >= 1 =>
            {
                Numbering::Part('I')
            }
            other => other,
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
                self.roman_seen = true;
                self.start_section(Some(n), &title, at);
                return;
            }
            // A section's row that names a lead ("I | CẢI CÁCH THỂ CHẾ | Sở Tư pháp"), in
            // capitals or bold and with no deadline: the lead of its tasks that name none.
            Numbering::Roman(n)
                if text(Field::Deadline).trim().is_empty() && (is_upper(&title) || bold_title) =>
            {
                self.roman_seen = true;
                self.start_section(Some(n), &title, at);
                let lead: Vec<String> = units::split(lead_text)
                    .iter()
                    .map(|unit| self.unit(unit))
                    .collect();
                self.section_lead = lead;
                return;
            }
            // "1. CẢI CÁCH THỂ CHẾ" across the table, in an annex with no Roman numerals: a
            // section (numbered I as the plan's sections are), whose tasks "1.1", "1.2" are
            // its own 1 and 2.
            Numbering::Arabic(ref nums)
                if (spanning.is_some() || text(Field::Deadline).trim().is_empty())
                    && !has_lead
                    && !self.roman_seen
                    && nums.len() == 1
                    && is_upper(&title) =>
            {
                self.start_section(Some(nums[0]), &title, at);
                return;
            }
            _ => {}
        }
        if let Some(span) = &spanning
            && !has_lead
            && numbering == Numbering::None
        {
            let span = clean(span);
            if is_upper(&span) {
                self.start_section(None, &span, at);
                return;
            }
        }
        // A task's name merged down over its activities: the name is a heading (numbered as
        // the row is), each activity its item.
        if let Some(group) = columns.get(Field::Group).map(|c| row.cells.get(c)) {
            let named = group.filter(|c| c.has_own_text());
            let goes_on = self.in_group
                && number_cell_text.is_empty()
                && group.is_none_or(|c| c.from_above || c.text.trim().is_empty());
            if (named.is_some() || goes_on) && !title.is_empty() {
                if let Some(named) = named {
                    let heading = Task::new(clean(&named.text), at);
                    self.place(heading, numbering, false, false, Group::No, at);
                    self.in_group = true;
                }
                let mut task = Task::new(title.clone(), at);
                self.fill(&mut task, row, columns);
                self.place(task, Numbering::None, true, has_lead, Group::No, at);
                return;
            }
            self.in_group = false;
        }
        // A row of no merged cell, with no number and no lead, whose task text (if any) goes
        // on in mid-phrase or in brackets ("giao thông vận tải để …", "(theo hướng dẫn …)"):
        // the rest of the cells of the task above, cut from them by a page break of a PDF made
        // into Word or by a Word table pasted into Excel (each paragraph on a row of its own).
        // Each cell's text goes on from the one above.
        if numbering == Numbering::None
            && number_cell_text.is_empty()
            && spanning.is_none()
            && !has_lead
            && row.cells.iter().all(|c| !c.from_above)
            && (title.is_empty() || title.starts_with(|c: char| c.is_lowercase() || c == '('))
            // ("(a) Kiểm tra …", "(2) …": an item numbered in brackets, not the rest of one.)
            && !title
                .strip_prefix('(')
                .and_then(|t| t.split_once(')'))
                .is_some_and(|(mark, _)| {
                    (1..=3).contains(&mark.chars().count())
                        && mark.chars().all(char::is_alphanumeric)
                })
            && self
                .annex
                .sections
                .last()
                .and_then(|s| s.tasks.last())
                .is_some_and(|last| !last.lead.is_empty())
        {
            if let Some(last) = self
                .annex
                .sections
                .last_mut()
                .and_then(|s| s.tasks.last_mut())
                && !title.is_empty()
            {
                last.title = format!("{} {}", last.title, title);
            }
            self.add_to_last(row, columns, at, Carry::GoesOn);
            return;
        }
        // A row with only a text in the task's column, under a task that names its units: the
        // rest of that task's title, carried onto the next row.
        if let [(column, _)] = own.as_slice()
            && columns.get(Field::Title) == Some(*column)
            && numbering == Numbering::None
            && spanning.is_none()
            && let Some(last) = self
                .annex
                .sections
                .last_mut()
                .and_then(|s| s.tasks.last_mut())
            && !last.lead.is_empty()
        {
            last.title = format!("{} {}", last.title, title);
            return;
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
            self.add_to_last(row, columns, at, Carry::Fills);
            return;
        }
        let numbering = match numbering {
            Numbering::Part(_) | Numbering::Roman(_) => Numbering::None,
            other => other,
        };
        // A numbered row with no lead: across the table it is a group; otherwise (a CSV, a row
        // of empty cells) it may be one, as the row after it shows (`place`).
        let group = match numbering {
            Numbering::Arabic(_) if !has_lead && spanning.is_some() => Group::Spanning,
            // In bold, with no lead and no deadline: a group's row, as a person sees it.
            Numbering::Arabic(_)
                if !has_lead && bold_title && text(Field::Deadline).trim().is_empty() =>
            {
                Group::Spanning
            }
            Numbering::Arabic(_) if !has_lead && text(Field::Deadline).trim().is_empty() => {
                Group::Maybe
            }
            _ => Group::No,
        };
        let mut task = Task::new(title.clone(), at);
        if spanning.is_none() {
            self.fill(&mut task, row, columns);
        }
        self.place(task, numbering, number_merged, has_lead, group, at);
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
        let text = |field: Field| field_text(row, columns, field).to_string();
        let lead = text(Field::Lead);
        let mut support_named = Vec::new();
        // "Sở Nội vụ (chủ trì); Sở Tài chính (phối hợp)": the role after the name; "Sở Tư
        // pháp, Sở Tài chính (phối hợp)": a role after several names is each one's; names
        // after the last role ("Sở Nội vụ (chủ trì), các sở liên quan") support.
        let named: Vec<(String, Option<units::Role>)> = units::by_role(&lead)
            .or_else(|| units::by_sentence(&lead))
            .unwrap_or_else(|| {
                units::split(&lead)
                    .into_iter()
                    .map(|unit| match units::role_after(&unit) {
                        Some((name, role)) => (name, Some(role)),
                        None => (unit, None),
                    })
                    .collect()
            });
        for (at, (name, role)) in named.iter().enumerate() {
            let role = role
                .or_else(|| named[at..].iter().find_map(|(_, r)| *r))
                .or_else(|| {
                    named[..at]
                        .iter()
                        .any(|(_, r)| r.is_some())
                        .then_some(units::Role::Support)
                });
            match role {
                Some(units::Role::Support) => support_named.push(name.clone()),
                _ => task.lead.push(self.unit(name)),
            }
        }
        // A task whose lead column is empty, led by the unit its text begins with ("Phòng
        // Nghiệp vụ Y chủ trì tham mưu …").
        if task.lead.is_empty()
            && support_named.is_empty()
            && let Some(name) = units::lead_in_title(&task.title)
        {
            let unit = self.unit(&name);
            task.lead.push(unit);
        }
        // A task that names no lead, but a time or support, has its section's.
        if task.lead.is_empty()
            && support_named.is_empty()
            && !self.section_lead.is_empty()
            && !(text(Field::Deadline).trim().is_empty() && text(Field::Support).trim().is_empty())
        {
            task.lead = self.section_lead.clone();
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
        // Marks under the periods ("x" under "Quý I" and "Quý II"): the task runs through the
        // periods marked, written as the runs of them ("Quý I - Quý II", "Quý IV"), due at the
        // end of the last.
        if task.deadline.is_none() && !columns.marks.is_empty() {
            let marked: Vec<bool> = columns
                .marks
                .iter()
                .map(|(column, _)| {
                    row.cells
                        .get(*column)
                        .is_some_and(|c| !c.from_left && !c.text.trim().is_empty())
                })
                .collect();
            let mut runs: Vec<String> = Vec::new();
            let mut at = 0;
            while at < marked.len() {
                if !marked[at] {
                    at += 1;
                    continue;
                }
                let start = at;
                while at + 1 < marked.len() && marked[at + 1] {
                    at += 1;
                }
                let (first, last) = (&columns.marks[start].1, &columns.marks[at].1);
                runs.push(if start == at {
                    first.clone()
                } else {
                    format!("{first} - {last}")
                });
                at += 1;
            }
            task.deadline = Some(runs.join(", ")).filter(|d| !d.is_empty());
        }
        task.product = optional(text(Field::Product));
        task.note = optional(text(Field::Note));
        task.detail = optional(text(Field::Detail));
        task.annex_status = optional(text(Field::Status));
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
            (Some(_), true) if self.merge_said => None,
            (Some(amount), true) => {
                // Said once for the merge, at its second row.
                self.merge_said = true;
                let at = &task.at;
                self.annex.warnings.push(msg!(
                    "{at}: the amount {amount} is one cell merged over several tasks; it is counted once, on the first of them: share it out in the plan if it is theirs together",
                    at = at.as_arg(),
                    amount = crate::render::money(amount)
                ));
                None
            }
            (amount, _) => {
                self.merge_said = false;
                amount
            }
        };
        let funding_column = optional(text(Field::Funding));
        task.funding = match (funding_column, budget.funding) {
            (Some(f), Some(b)) => Some(format!("{f}; {}", clean(&b))),
            (Some(f), None) => Some(f),
            (None, b) => b.map(|b| clean(&b)),
        };
    }

    /// Adds what a row without a title of its own holds to the task above it.
    fn add_to_last(&mut self, row: &Row, columns: &Columns, at: &Message, carry: Carry) {
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
        let join = |above: &mut Option<String>, below: Option<String>| {
            *above = match (above.take(), below) {
                (Some(a), Some(b)) if carry == Carry::GoesOn => Some(format!("{a} {b}")),
                (a, b) => a.or(b),
            };
        };
        join(&mut last.deadline, extra.deadline);
        last.budget = last.budget.or(extra.budget);
        join(&mut last.product, extra.product);
        join(&mut last.funding, extra.funding);
        join(&mut last.note, extra.note);
        join(&mut last.detail, extra.detail);
        join(&mut last.annex_status, extra.annex_status);
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
        self.section_lead.clear();
        self.section_number = number;
        let number = number.unwrap_or(self.last_roman + 1);
        self.last_roman = number;
        let numeral = to_roman(number);
        let mut id = match &self.part {
            Some((part, _)) => format!("{part}.{numeral}"),
            None => numeral.clone(),
        };
        // "IV. CẢI CÁCH … (tiếp theo)", where a table goes on after a page break: the same
        // section goes on, its tasks numbered on.
        let folded = fold(title);
        if (folded.contains("(tiep theo)") || folded.trim_end().ends_with("(tiep)"))
            && let Some(at) = self.annex.sections.iter().position(|s| s.id == id)
        {
            let section = self.annex.sections.remove(at);
            self.annex.sections.push(section);
            return;
        }
        if self.section_ids.contains(&id) {
            let new = self.free_id(&id, |reader, candidate| {
                reader.section_ids.contains(candidate)
            });
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
                self.no_section_warning = Some(self.annex.warnings.len());
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
        group: Group,
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
                // Right under a heading, a number the section has had already ("1. Xây dựng
                // thể chế", then "1. Ban hành quy chế"; "2. Kiểm tra", then "1. Tự kiểm tra"):
                // numbering restarts inside a group.
                let again = nums.len() == 1 && self.ids.contains(&format!("{section}.{}", nums[0]));
                if let Some(top) = self.stack.last_mut()
                    && !top.lead
                    && matches!(&top.mark, Mark::Number(n) if n.len() == 1)
                    && group == Group::No
                    && again
                {
                    top.group = true;
                }
                while let Some(top) = self.stack.last() {
                    if let Mark::Number(n) = &top.mark
                        && n.len() < nums.len()
                        && nums.starts_with(n)
                    {
                        break;
                    }
                    // (A group whose items are numbered under its own number, "1.1", "1.2",
                    // ends where a number of its own rank comes: "2" is the next group.)
                    let next_group = matches!(&top.mark, Mark::Number(n) if n.len() == nums.len())
                        && self.dotted.contains(&top.id);
                    if top.group && group == Group::No && !next_group {
                        break;
                    }
                    self.stack.pop();
                }
                let parent = self.stack.last().cloned();
                let last = nums.last().copied().unwrap_or(1);
                // "2.1" in section II with no row "2": the section's own number first.
                let own = match nums.split_first() {
                    Some((&first, rest))
                        if parent.is_none()
                            && !rest.is_empty()
                            && Some(first) == self.section_number =>
                    {
                        rest
                    }
                    _ => &nums[..],
                };
                let id = match &parent {
                    Some(p) => format!("{}.{last}", p.id),
                    None if own.len() == 1 => {
                        let top = self.top.entry(section.clone()).or_insert(0);
                        *top = (*top).max(last);
                        format!("{section}.{last}")
                    }
                    None => {
                        // Under a number no row has: the structure may be read wrong.
                        self.annex.orphans.push(at.clone());
                        format!(
                            "{section}.{}",
                            own.iter().map(u32::to_string).collect::<Vec<_>>().join("-")
                        )
                    }
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
                // A heading whose items are lettered holds them, not the numbers after it.
                if let Some(top) = self.stack.last_mut() {
                    top.group = false;
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
                // A heading whose items are bullets ("2. Tuyên truyền" in bold, then "- …")
                // holds them, not the numbers after it.
                if let Some(top) = self.stack.last_mut() {
                    top.group = false;
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
            let new = self.free_id(&id, |reader, candidate| reader.ids.contains(candidate));
            self.annex.warnings.push(msg!(
                "{at}: the number of `{id}` is printed twice; the second is `{new}`",
                at,
                id,
                new
            ));
            self.annex.twice += 1;
            id = new;
        }
        self.ids.insert(id.clone());
        // An item numbered under its parent's own number ("1.1" under "1").
        if let (Some(p), Mark::Number(nums)) = (&parent, &mark)
            && matches!(&p.mark, Mark::Number(above)
                if nums.len() > above.len() && nums.starts_with(above))
        {
            self.dotted.insert(p.id.clone());
        }
        task.id = id.clone();
        task.parent = parent.map(|p| p.id);
        self.stack.push(Level {
            id,
            mark,
            lead: !task.lead.is_empty(),
            group: group == Group::Spanning,
        });
        if let Some(section) = self.annex.sections.last_mut() {
            section.tasks.push(task);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            first_column: 0,
        };
        let columns = super::super::header::header(&table).unwrap();
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
