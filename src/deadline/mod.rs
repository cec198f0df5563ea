//! Deadline wording ("Quý 2/ 2023", "Thường xuyên", "Định kỳ quý, năm" ...) read into a kind
//! and, where there is one, a due date.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::message::Message;
use crate::msg;
use crate::period::{Every, Period, end_of_month};
use crate::text::fold;

mod dated;

pub use dated::date;
use dated::{dated, day_named, names_year, number_and_year, on_day, range, several, year_of};

/// The deadline kinds of the file format (docs/format.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Dated,
    Continuous,
    Periodic,
    Event,
    External,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Dated => "dated",
            Kind::Continuous => "continuous",
            Kind::Periodic => "periodic",
            Kind::Event => "event",
            Kind::External => "external",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a deadline's wording means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// Due on a day: the end of the named period (`period`), or a date given outright.
    Dated {
        due: NaiveDate,
        period: Option<Period>,
    },
    /// "Thường xuyên": ongoing, never overdue.
    Continuous,
    /// Recurs every `Every` within the plan's year, each occurrence due at its period's end.
    Periodic(Every),
    /// Recurs every `every`, each occurrence due on `day` of the `month`-th month of its period
    /// ("Trước ngày 20 hằng tháng", "Trước ngày 15/6 và 15/12"); a day past the month's end means
    /// its last day.
    PeriodicOn { every: Every, month: u32, day: u32 },
    /// Triggered by an event ("Sau khi có thông báo ..."): no due date until one is set.
    Event,
    /// Set by another document ("Theo Kế hoạch số ..."): no due date until one is set.
    External,
}

impl Deadline {
    pub fn kind(self) -> Kind {
        match self {
            Deadline::Dated { .. } => Kind::Dated,
            Deadline::Continuous => Kind::Continuous,
            Deadline::Periodic(_) | Deadline::PeriodicOn { .. } => Kind::Periodic,
            Deadline::Event => Kind::Event,
            Deadline::External => Kind::External,
        }
    }

    pub fn due(self) -> Option<NaiveDate> {
        match self {
            Deadline::Dated { due, .. } => Some(due),
            _ => None,
        }
    }

    pub fn every(self) -> Option<Every> {
        match self {
            Deadline::Periodic(every) | Deadline::PeriodicOn { every, .. } => Some(every),
            _ => None,
        }
    }

    /// When the occurrence `period` of a periodic deadline is due: its period's last day, or
    /// the day the wording names within it.
    pub fn occurrence_due(self, period: Period) -> NaiveDate {
        match self {
            Deadline::PeriodicOn { every, month, day } if every == period.every => {
                let month = (period.first_month() + month.max(1) - 1).min(12);
                let last = end_of_month(period.year, month);
                NaiveDate::from_ymd_opt(period.year, month, day)
                    .unwrap_or(last)
                    .min(last)
            }
            _ => period.end(),
        }
    }

    /// How the wording was read, in a few words, for `plan show`.
    pub fn describe(self) -> Message {
        use crate::message::Arg::Day;
        match self {
            Deadline::Dated {
                due,
                period: Some(period),
            } => msg!("dated: end of {period}, due {due}", period, due = Day(due)),
            Deadline::Dated { due, period: None } => msg!("dated: due {due}", due = Day(due)),
            Deadline::Continuous => msg!("continuous: ongoing, never overdue"),
            Deadline::Periodic(every) => msg!(
                "periodic: every {every}, each occurrence due at the end of its {every}",
                every = every.said()
            ),
            Deadline::PeriodicOn {
                every: Every::Month,
                day,
                ..
            } => msg!(
                "periodic: every month, each occurrence due on day {day} of its month",
                day
            ),
            Deadline::PeriodicOn {
                every: Every::Year,
                month,
                day,
            } => msg!(
                "periodic: every year, each occurrence due on day {day} of month {month} of its year",
                day,
                month
            ),
            Deadline::PeriodicOn { every, month, day } => msg!(
                "periodic: every {every}, each occurrence due on day {day} of month {month} of its {every}",
                every = every.said(),
                month,
                day
            ),
            Deadline::Event => msg!("event: no due date until one is set with `plan due`"),
            Deadline::External => msg!(
                "external: set by another document; no due date until one is set with `plan due`"
            ),
        }
    }
}

/// Wording that could not be read, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineError {
    pub message: Message,
    pub help: Message,
}

impl crate::message::Said for DeadlineError {
    fn said(&self) -> Message {
        self.message.clone()
    }

    fn help(&self) -> Option<Message> {
        Some(self.help.clone())
    }
}

/// What to write instead, with examples in the plan's own year.
fn examples(year: i32) -> Message {
    msg!(
        "write it as the document does (`Quý 2/{year}`, `Tháng 10/{year}`, `Năm {year}`, `Trước ngày 15/12/{year}`, `Thường xuyên`, `Định kỳ quý`, `Khi có văn bản hướng dẫn ...`), or add `due = {year}-06-30` to the task",
        year
    )
}

/// Why words that look like a deadline are not one.
enum Problem {
    /// A day that does not exist, as written.
    Impossible(String),
    /// "Định kỳ" without saying how often.
    NoFrequency,
}

/// Reads deadline wording; a missing year means `plan_year`.
pub fn parse(wording: &str, plan_year: i32) -> Result<Deadline, DeadlineError> {
    let text = tidy(&fold(wording));
    if text.is_empty() {
        return Err(DeadlineError {
            message: msg!("deadline is empty"),
            help: msg!("leave `deadline` out when the document gives none, or write its wording"),
        });
    }
    match read(&text, plan_year) {
        Some(Ok(deadline)) => Ok(deadline),
        Some(Err(Problem::Impossible(date))) => Err(DeadlineError {
            message: msg!(
                "deadline `{wording}` names an impossible date ({date})",
                wording = wording.trim(),
                date
            ),
            help: msg!("check the day and month: the date does not exist in the calendar"),
        }),
        Some(Err(Problem::NoFrequency)) => Err(DeadlineError {
            message: msg!(
                "deadline `{wording}` says periodic but not how often",
                wording = wording.trim()
            ),
            help: msg!(
                "name the period: `Định kỳ tháng`, `Định kỳ quý`, `Định kỳ 6 tháng` or `Định kỳ năm`"
            ),
        }),
        None => Err(DeadlineError {
            message: msg!(
                "deadline `{wording}` fits no kind",
                wording = wording.trim()
            ),
            help: examples(plan_year),
        }),
    }
}

/// Wording that starts an event-triggered deadline.
const EVENT: [&str; 8] = [
    "sau khi ",
    "khi ",
    "ngay khi ",
    "ngay sau khi ",
    "dot xuat",
    "theo yeu cau",
    "khi co yeu cau",
    "tuy theo ",
];

/// Wording that hands the deadline to another document or body, anywhere in the text.
const ELSEWHERE: [&str; 14] = [
    "theo lo trinh",
    "theo huong dan",
    "theo ke hoach",
    "theo tien do",
    "theo quy dinh",
    "theo chi dao",
    "theo van ban",
    "theo thoi gian",
    "theo thoi han",
    "theo quyet dinh",
    "theo de an",
    "theo chuong trinh",
    "theo thong bao",
    "theo ke hoach cua",
];

/// Words that say a task goes on, with no single deadline.
const CONTINUOUS: [&str; 7] = [
    "thuong xuyen",
    "lien tuc",
    "hang ngay",
    "hang tuan",
    "moi ngay",
    "moi tuan",
    "thuong ky",
];

/// Words that say a task recurs; where one starts the text, every period it names counts.
const RECURS: [&str; 16] = [
    "dinh ky",
    // "6 tháng, năm": the reports of a half and of the year, as the outline asks them.
    "6 thang, nam",
    "quy, nam",
    "quy, 6 thang",
    "hang thang",
    "hang quy",
    "hang nam",
    "hang 6 thang",
    "moi thang",
    "moi quy",
    "moi nam",
    "6 thang mot lan",
    "sau thang mot lan",
    "nua nam mot lan",
    "hang ky",
    "moi ky",
];

/// Words that leave the end open: "và các năm tiếp theo".
const OPEN_ENDED: [&str; 5] = [
    "tiep theo",
    "cac nam sau",
    "nhung nam sau",
    "cac nam ke tiep",
    "nhung nam ke tiep",
];

fn read(text: &str, year: i32) -> Option<Result<Deadline, Problem>> {
    // A first date, then a duty that goes on ("Hoàn thành trong quý I năm 2026 và cập nhật
    // hằng năm", "Giai đoạn 2025 - 2026 và duy trì thường xuyên"): due at the first date,
    // which the ongoing part never hides.
    if let Some((first, then)) = text.split_once(" va ")
        && CONTINUOUS
            .iter()
            .chain(&RECURS)
            .chain(&["cap nhat", "duy tri"])
            .any(|w| then.contains(w))
        && let Some(Ok(first)) = read(first, year)
        && matches!(first, Deadline::Dated { .. })
    {
        return Some(Ok(first));
    }
    if let Some(read) = qualified(text, year).or_else(|| steps(text, year)) {
        return Some(read);
    }
    if CONTINUOUS.iter().any(|w| text.contains(w)) {
        return Some(Ok(Deadline::Continuous));
    }
    if OPEN_ENDED.iter().any(|w| text.contains(w)) {
        return Some(Ok(Deadline::Periodic(Every::Year)));
    }
    // "Trước ngày 15 của tháng cuối quý": each quarter, on that day of its last (or first)
    // month.
    for (words, month) in [("thang cuoi quy", 3), ("thang dau quy", 1)] {
        if text.contains(words)
            && let Some((None, day)) = dated::day_named(text)
        {
            return Some(Ok(dated::on_day(Every::Quarter, Some(month), day)));
        }
    }
    // "Năm học 2024 - 2025": a school year ends on 31 May of its second year.
    if let Some(rest) = text.strip_prefix("nam hoc ")
        && let Some(last) = rest
            .split(|c: char| !c.is_ascii_digit())
            .rfind(|w| w.len() == 4)
            .and_then(|w| w.parse().ok())
        && let Some(due) = NaiveDate::from_ymd_opt(last, 5, 31)
    {
        return Some(Ok(Deadline::Dated { due, period: None }));
    }
    if let Some(read) = periodic(text, year) {
        return Some(read);
    }
    if EVENT.iter().any(|p| text.starts_with(p)) {
        return Some(Ok(Deadline::Event));
    }
    if text.starts_with("theo ") {
        return Some(Ok(Deadline::External));
    }
    if let Some(read) = dated(text, year) {
        return Some(read.map_err(Problem::Impossible));
    }
    if let Some(read) = several(text, year) {
        return Some(read);
    }
    if let Some(read) = range(text, year) {
        return Some(read);
    }
    if [
        "khi co ",
        "sau khi ",
        "den khi ",
        "khi duoc ",
        "ke tu ngay ",
        "ke tu khi ",
    ]
    .iter()
    .any(|w| text.contains(w))
    {
        return Some(Ok(Deadline::Event));
    }
    if ELSEWHERE.iter().any(|w| text.contains(w)) {
        return Some(Ok(Deadline::External));
    }
    // "Từ 01/3/2024", "Triển khai từ năm 2025": a start and no end, ongoing from then; but a
    // date before the start is the deadline ("Hoàn thành trước 31/12/2024, áp dụng từ năm
    // 2025").
    let prefixed = [
        "bat dau tu ",
        "trien khai tu ",
        "thuc hien tu ",
        "ap dung tu ",
        "tu ",
    ]
    .iter()
    .find_map(|p| text.strip_prefix(p));
    let inside = text.find(" tu ").map(|at| (&text[..at], &text[at + 4..]));
    if let Some((before, _)) = inside
        && prefixed.is_none()
        && let Some(Ok(found)) = read(before.trim_end_matches(['(', ',', ';', ' ']), year)
        && matches!(found, Deadline::Dated { .. })
    {
        return Some(Ok(found));
    }
    if let Some(start) = prefixed.or(inside.map(|(_, after)| after))
        && let Some(read) = dated(start, year)
    {
        return Some(match read {
            Ok(_) => Ok(Deadline::Continuous),
            Err(date) => Err(Problem::Impossible(date)),
        });
    }
    in_sentence(text, year)
}

/// A dated deadline, then words that qualify it in brackets or after a dash ("Quý II/2025
/// (trước ngày 15/6)", "Tháng 9/2025 - chậm nhất", "Năm 2025 (dự kiến)"): due on the day the
/// words name inside that period, else at the period's end as the date alone says.
fn qualified(text: &str, year: i32) -> Option<Result<Deadline, Problem>> {
    let (head, words) = match text.split_once(" (") {
        // (One bracket: words that hold another are no qualifier, and reading them again and
        // again would go as deep as the brackets do.)
        Some((_, words)) if words.contains(" (") => return None,
        Some((head, words)) => (head, words.trim_end_matches(')')),
        None => {
            let (head, words) = text.split_once(" - ")?;
            // ("Quý II - Quý III/2025" is a range: only words that qualify a date.)
            ["cham nhat", "muon nhat", "du kien", "truoc "]
                .iter()
                .any(|w| words.starts_with(w))
                .then_some((head, words))?
        }
    };
    let Some(Ok(Deadline::Dated { due, period })) = read(head.trim(), year) else {
        return None;
    };
    let start = period.map_or(due, |p| p.start());
    match read(words.trim(), year) {
        Some(Ok(Deadline::Dated { due: day, .. })) if start <= day && day <= due => {
            Some(Ok(Deadline::Dated { due: day, period }))
        }
        // Another date than one inside the period: not a qualifier (a range, two dates).
        Some(_) => None,
        None => Some(Ok(Deadline::Dated { due, period })),
    }
}

/// Steps, each after the time it is done in ("Tháng 3: xây dựng dự thảo; Tháng 5: trình ban
/// hành"): due when the last step is.
fn steps(text: &str, year: i32) -> Option<Result<Deadline, Problem>> {
    let parts: Vec<&str> = text
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let mut last: Option<(NaiveDate, Option<Period>)> = None;
    for part in parts {
        let (time, _) = part.split_once(':')?;
        let Some(Ok(Deadline::Dated { due, period })) = read(time.trim(), year) else {
            return None;
        };
        if last.is_none_or(|(latest, _)| due > latest) {
            last = Some((due, period));
        }
    }
    last.map(|(due, period)| Ok(Deadline::Dated { due, period }))
}

/// A deadline inside a sentence, with its year: "Ban hành trong quý III năm 2025", "Báo cáo
/// trước ngày 15 tháng 12 năm 2024", "Hoàn thành trước năm 2025" (by the end of 2024). Not in
/// a reference to a document ("Căn cứ Nghị quyết số 05/NQ-HĐND năm 2024"): that is no
/// deadline.
fn in_sentence(text: &str, year: i32) -> Option<Result<Deadline, Problem>> {
    if !names_year(text) || names_a_document(text) {
        return None;
    }
    let by_end_of = |period: Period| Deadline::Dated {
        due: period.end(),
        period: Some(period),
    };
    // "trước năm 2028", "trước quý III/2024", "trước tháng 6/2024": by the end of the one
    // before.
    // A clause ends at a comma, a semicolon or a bracket.
    let clause = |rest: &str| -> String {
        rest.split([',', ';', '('])
            .next()
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    // "Quý 2/2024 (từ nguồn ngân sách)": the first clause alone.
    if clause(text) != text
        && let Some(read) = dated(&clause(text), year)
    {
        return Some(read.map_err(Problem::Impossible));
    }
    if let Some(at) = text.find("truoc ") {
        let rest = clause(&text[at + 6..]);
        let rest = rest.as_str();
        // "trước 31/12/2024", "trước ngày 31/12/2024".
        let day = rest.strip_prefix("ngay ").unwrap_or(rest);
        if day.starts_with(|c: char| c.is_ascii_digit())
            && let Some(read) = date(day, year)
        {
            return Some(
                read.map(|due| Deadline::Dated { due, period: None })
                    .map_err(Problem::Impossible),
            );
        }
        if let Some(y) = rest
            .strip_prefix("nam ")
            .and_then(|r| year_of(r.split(' ').next()?))
        {
            return Some(Ok(by_end_of(Period::year(y - 1))));
        }
        for (word, roman) in [("quy ", true), ("thang ", false)] {
            if let Some(r) = rest.strip_prefix(word)
                && let Some((number, y)) = number_and_year(r, roman, year)
            {
                let period = if roman {
                    Period::quarter(y, number)
                } else {
                    Period::month(y, number)
                }?;
                let before = period.start().pred_opt()?;
                let every = period.every;
                return Some(Ok(by_end_of(Period::containing(every, before))));
            }
        }
    }
    // "ngày 15 tháng 12 năm 2024": a day written in words.
    if let Some(at) = text.find("ngay ") {
        let words: Vec<&str> = text[at + 5..].split(' ').collect();
        if let [day, "thang", month, "nam", y, ..] = words.as_slice()
            && let Some(read) = date(&format!("{day}/{month}/{y}"), year)
        {
            return Some(
                read.map(|due| Deadline::Dated { due, period: None })
                    .map_err(Problem::Impossible),
            );
        }
    }
    ["quy ", "thang ", "6 thang ", "nam "]
        .iter()
        .find_map(|word| {
            let at = text.find(&format!(" {word}"))?;
            dated(&clause(&text[at + 1..]), year).map(|read| read.map_err(Problem::Impossible))
        })
}

/// Whether the words name a document by its number ("số 05/NQ-HĐND", "Căn cứ …").
fn names_a_document(text: &str) -> bool {
    text.starts_with("can cu")
        || text.match_indices("so ").any(|(at, _)| {
            let rest = &text[at + 3..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && rest[digits..].starts_with('/')
        })
}

/// Single spaces, no space around `/`, dashes as `-`, no final full stop, and the old spelling
/// "quí" as "quý".
fn tidy(folded: &str) -> String {
    folded
        .replace(['–', '—', '−'], "-")
        .replace(" /", "/")
        .replace("/ ", "/")
        .trim_matches(['.', ' ', ';', ',', ':'])
        .split(' ')
        .map(|word| match word {
            "qui" => "quy",
            "qui," => "quy,",
            word => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The shortest period the words name: "quý, năm" is quarterly. `None` if they name none.
fn frequency(text: &str) -> Option<Every> {
    // "6 tháng" and "nửa năm" are halves; take them out before looking for "tháng" and "năm".
    let mut rest = text.to_string();
    let mut found = Vec::new();
    for half in ["6 thang", "sau thang", "nua nam"] {
        if rest.contains(half) {
            found.push(Every::Half);
            rest = rest.replace(half, " ");
        }
    }
    for word in rest.split(|c: char| !c.is_alphanumeric()) {
        match word {
            "thang" => found.push(Every::Month),
            "quy" => found.push(Every::Quarter),
            "nam" => found.push(Every::Year),
            _ => {}
        }
    }
    found.into_iter().min()
}

/// A recurring deadline: `None` if the wording does not recur.
fn periodic(text: &str, year: i32) -> Option<Result<Deadline, Problem>> {
    let at = RECURS
        .iter()
        .filter_map(|w| text.find(w).map(|at| (at, *w)))
        .min()?;
    let (at, word) = at;
    let every = if at == 0 {
        frequency(text)
    } else {
        // "Trước ngày 20 hằng tháng": the period is the one named by the marker.
        frequency(&text[at..at + word.len()]).or_else(|| frequency(&text[at..]))
    };
    let Some(every) = every else {
        return Some(Err(Problem::NoFrequency));
    };
    // The day within each period: "trước ngày 20", "ngày 15/12", "từ tháng 3 đến tháng 11".
    let before = text[..at].trim();
    let anchor = match before {
        "" => day_named(&text[at..]),
        _ => day_named(before).or_else(|| {
            let due = match dated(before, year) {
                Some(Ok(deadline)) => deadline.due(),
                _ => match range(before, year) {
                    Some(Ok(deadline)) => deadline.due(),
                    _ => None,
                },
            }?;
            Some((Some(due.month()), due.day()))
        }),
    };
    Some(Ok(match anchor {
        Some((month, day)) => on_day(every, month, day),
        None => Deadline::Periodic(every),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn due(wording: &str) -> NaiveDate {
        match parse(wording, 2023) {
            Ok(Deadline::Dated { due, .. }) => due,
            other => panic!("{wording:?} read as {other:?}"),
        }
    }

    fn kind(wording: &str) -> Kind {
        parse(wording, 2023)
            .unwrap_or_else(|e| panic!("{wording:?}: {}", e.message))
            .kind()
    }

    fn every(wording: &str) -> Every {
        parse(wording, 2023)
            .unwrap_or_else(|e| panic!("{wording:?}: {}", e.message))
            .every()
            .unwrap_or_else(|| panic!("{wording:?} is not periodic"))
    }

    #[test]
    fn a_day_of_each_quarter_and_a_school_year() {
        assert_eq!(
            parse("Trước ngày 15 của tháng cuối quý", 2025).unwrap(),
            Deadline::PeriodicOn {
                every: Every::Quarter,
                month: 3,
                day: 15
            }
        );
        assert_eq!(
            parse("Ngày 10 tháng đầu quý", 2025).unwrap(),
            Deadline::PeriodicOn {
                every: Every::Quarter,
                month: 1,
                day: 10
            }
        );
        assert_eq!(due("Năm học 2022 - 2023"), day(2023, 5, 31));
        // The reports of a half and of the year: every half.
        assert_eq!(every("6 tháng, năm"), Every::Half);
        // Short: "T10/2025" a month, "Q2/2026" a quarter.
        assert_eq!(due("T10/2023"), day(2023, 10, 31));
        assert_eq!(due("Q2/2023"), day(2023, 6, 30));
        assert_eq!(every("Quý, năm"), Every::Quarter);
        assert_eq!(due("Năm học 2023-2024"), day(2024, 5, 31));
    }

    #[test]
    fn how_a_deadline_was_read_is_said_in_either_language() {
        use crate::lang::Lang;
        let yearly = Deadline::PeriodicOn {
            every: Every::Year,
            month: 12,
            day: 15,
        };
        assert_eq!(
            yearly.describe().text(Lang::En),
            "periodic: every year, each occurrence due on day 15 of month 12 of its year"
        );
        assert_eq!(
            yearly.describe().text(Lang::Vi),
            "định kỳ: hằng năm, mỗi kỳ đến hạn vào ngày 15 tháng 12"
        );
        let quarterly = Deadline::Periodic(Every::Quarter);
        assert_eq!(
            quarterly.describe().text(Lang::Vi),
            "định kỳ: mỗi quý, mỗi kỳ đến hạn vào cuối quý đó"
        );
    }

    #[test]
    fn a_date_qualified_and_steps_in_one_cell() {
        // A day inside the period the date names is the due; words alone leave the period.
        // (Here the plan's year, which a day without one is in, is 2023.)
        assert_eq!(due("Quý II/2023 (trước ngày 15/6)"), day(2023, 6, 15));
        assert_eq!(
            due("Tháng 10/2023 (chậm nhất ngày 20/10)"),
            day(2023, 10, 20)
        );
        assert_eq!(due("Năm 2023 (trước ngày 15/12)"), day(2023, 12, 15));
        assert_eq!(due("Tháng 9/2023 - chậm nhất"), day(2023, 9, 30));
        assert_eq!(due("Quý III/2023 (dự kiến)"), day(2023, 9, 30));
        // A day outside it qualifies nothing (the period stands); a dash between periods is
        // a range.
        assert_eq!(due("Quý I/2023 (trước ngày 15/6/2023)"), day(2023, 3, 31));
        assert_eq!(due("Quý II - Quý III/2023"), day(2023, 9, 30));
        // Steps, each after its time: due with the last.
        assert_eq!(
            due("Tháng 3: xây dựng dự thảo; Tháng 5: trình ban hành"),
            day(2023, 5, 31)
        );
        assert_eq!(
            due("Quý I: rà soát, lập danh mục; Quý II: đề xuất bãi bỏ"),
            day(2023, 6, 30)
        );
        // Brackets in brackets, however deep, are read without going as deep.
        let deep = "Quý I/2023 (".repeat(100_000);
        assert_eq!(due(&deep), day(2023, 3, 31));
        assert_eq!(
            kind("Báo cáo quý: trước ngày 15 tháng cuối quý; Báo cáo năm: trước 15/11"),
            Kind::Periodic
        );
    }

    #[test]
    fn sentences_of_later_annexes() {
        // A period inside a sentence, with its year.
        assert_eq!(due("Ban hành trong quý III năm 2025"), day(2025, 9, 30));
        assert_eq!(due("Hoàn thành trong tháng 9 năm 2025"), day(2025, 9, 30));
        assert_eq!(due("Chậm nhất quý II/2026"), day(2026, 6, 30));
        // Before a year: by the end of the year before.
        assert_eq!(due("Trước năm 2028"), day(2027, 12, 31));
        // A start and no end: ongoing from then.
        assert_eq!(kind("Triển khai từ năm 2025"), Kind::Continuous);
        assert_eq!(kind("Bắt đầu từ quý IV/2025"), Kind::Continuous);
        // A first date, then an ongoing duty: due at the first date.
        assert_eq!(
            due("Hoàn thành trong quý I năm 2026 và cập nhật hằng năm"),
            day(2026, 3, 31)
        );
        assert_eq!(
            due("Giai đoạn 2025 - 2026 và duy trì thường xuyên"),
            day(2026, 12, 31)
        );
        assert_eq!(due("05/09/2025"), day(2025, 9, 5));
        // A period without its year inside a sentence is not guessed at.
        assert!(parse("Định kì quy năm nay", 2023).is_err());
        // A day in words; "before" a year, quarter or month: by the end of the one before.
        assert_eq!(
            due("Báo cáo trước ngày 15 tháng 12 năm 2024"),
            day(2024, 12, 15)
        );
        assert_eq!(due("Hoàn thành trước năm 2025"), day(2024, 12, 31));
        assert_eq!(due("Trước quý III/2024"), day(2024, 6, 30));
        // A date before a start is the deadline; a start alone is ongoing.
        assert_eq!(
            due("Hoàn thành trước 31/12/2024, áp dụng từ năm 2025"),
            day(2024, 12, 31)
        );
        assert_eq!(
            due("Xây dựng năm 2024, triển khai từ năm 2025"),
            day(2024, 12, 31)
        );
        assert_eq!(due("Quý 2/2024 (từ nguồn ngân sách)"), day(2024, 6, 30));
        assert_eq!(due("Trước năm 2028 và duy trì"), day(2027, 12, 31));
        // A reference to a document is no deadline.
        assert!(parse("Căn cứ Nghị quyết số 05/NQ-HĐND năm 2024", 2023).is_err());
        assert!(
            parse("Theo Nghị quyết số 05/NQ-HĐND năm 2024", 2023)
                .is_ok_and(|d| d.kind() == Kind::External)
        );
    }

    #[test]
    fn every_phrase_of_the_seed() {
        assert_eq!(due("Quý 1/ 2023"), day(2023, 3, 31));
        assert_eq!(due("Quý 2/ 2023"), day(2023, 6, 30));
        assert_eq!(due("Tháng 10/2023"), day(2023, 10, 31));
        assert_eq!(due("Tháng 01/2023"), day(2023, 1, 31));
        assert_eq!(due("Năm 2023"), day(2023, 12, 31));
        assert_eq!(kind("Thường xuyên"), Kind::Continuous);
        assert_eq!(every("Định kỳ quý, năm"), Every::Quarter);
        assert_eq!(every("Định kỳ quý hoặc đột xuất"), Every::Quarter);
        assert_eq!(
            kind("Theo Kế hoạch số 3989/KH-UBND ngày 21/11/2022 của UBND tỉnh"),
            Kind::External
        );
        assert_eq!(
            kind("Sau khi có thông báo giao biên chế của tỉnh"),
            Kind::Event
        );
        assert_eq!(
            kind("Khi có văn bản hướng dẫn của Sở Thông tin và Truyền thông"),
            Kind::Event
        );
    }

    #[test]
    fn quarters_arabic_and_roman_with_any_spacing() {
        for (wording, end) in [
            ("Quý 2/2023", day(2023, 6, 30)),
            ("Quý 2 / 2023", day(2023, 6, 30)),
            ("Quý 2 /2023", day(2023, 6, 30)),
            ("Quý II", day(2023, 6, 30)),
            ("Quý II/2023", day(2023, 6, 30)),
            ("Quý IV/2023", day(2023, 12, 31)),
            ("Quý III năm 2023", day(2023, 9, 30)),
            ("quý 3", day(2023, 9, 30)),
            ("QUÝ I", day(2023, 3, 31)),
            ("Quy 4/2023", day(2023, 12, 31)),
            ("Quý 1/2024", day(2024, 3, 31)),
            ("Trong quý 3/2023", day(2023, 9, 30)),
            ("Cuối quý II", day(2023, 6, 30)),
            ("Quý 02/2023", day(2023, 6, 30)),
            ("Quý 4-2023", day(2023, 12, 31)),
        ] {
            assert_eq!(due(wording), end, "{wording}");
        }
    }

    #[test]
    fn months_and_years() {
        for (wording, end) in [
            ("Tháng 02/2023", day(2023, 2, 28)),
            ("Tháng 2/2024", day(2024, 2, 29)),
            ("Tháng 12", day(2023, 12, 31)),
            ("tháng 6", day(2023, 6, 30)),
            ("Tháng 11 năm 2023", day(2023, 11, 30)),
            ("Tháng 9/ 2023", day(2023, 9, 30)),
            ("Trong tháng 4/2023", day(2023, 4, 30)),
            ("Năm 2024", day(2024, 12, 31)),
            ("Trong năm 2023", day(2023, 12, 31)),
            ("2023", day(2023, 12, 31)),
            ("6 tháng đầu năm", day(2023, 6, 30)),
            ("6 tháng cuối năm 2023", day(2023, 12, 31)),
            ("Hoàn thành trong quý 2/2023", day(2023, 6, 30)),
            ("Quí 2/2023", day(2023, 6, 30)),
            ("Trong năm", day(2023, 12, 31)),
            ("Năm", day(2023, 12, 31)),
        ] {
            assert_eq!(due(wording), end, "{wording}");
        }
    }

    #[test]
    fn dates_in_every_spelling() {
        for (wording, end) in [
            ("Trước ngày 15/12/2023", day(2023, 12, 15)),
            ("trước ngày 31/3/2023", day(2023, 3, 31)),
            ("Trước ngày 15/12", day(2023, 12, 15)),
            ("ngày 30/6/2023", day(2023, 6, 30)),
            ("Ngày 05/01/2023", day(2023, 1, 5)),
            ("30/6/2023", day(2023, 6, 30)),
            ("30/06/2023", day(2023, 6, 30)),
            ("30-06-2023", day(2023, 6, 30)),
            ("30.06.2023", day(2023, 6, 30)),
            ("2023-06-30", day(2023, 6, 30)),
            ("15/8", day(2023, 8, 15)),
            ("Ngày 20 tháng 10 năm 2023", day(2023, 10, 20)),
            ("Trước 30/9/2023", day(2023, 9, 30)),
            ("Hạn 10/11/2023", day(2023, 11, 10)),
            ("Trước ngày 15/12/2023.", day(2023, 12, 15)),
        ] {
            assert_eq!(due(wording), end, "{wording}");
        }
    }

    #[test]
    fn continuous_wording() {
        for wording in [
            "Thường xuyên",
            "thuong xuyen",
            "THƯỜNG XUYÊN",
            "Thường xuyên, liên tục",
            "Liên tục",
            "Hằng ngày",
        ] {
            assert_eq!(kind(wording), Kind::Continuous, "{wording}");
        }
    }

    #[test]
    fn periodic_wording() {
        for (wording, expected) in [
            ("Định kỳ 6 tháng", Every::Half),
            ("Định kỳ 6 tháng, năm", Every::Half),
            ("Hằng tháng", Every::Month),
            ("Hàng tháng", Every::Month),
            ("Hằng quý", Every::Quarter),
            ("Hàng quý", Every::Quarter),
            ("Hằng năm", Every::Year),
            ("Hàng năm", Every::Year),
            ("Định kỳ hằng tháng", Every::Month),
            ("Định kỳ hàng quý", Every::Quarter),
            ("Định kỳ năm", Every::Year),
            ("Định kỳ tháng, quý, năm", Every::Month),
            ("Mỗi quý", Every::Quarter),
            ("6 tháng một lần", Every::Half),
            ("dinh ky quy, nam", Every::Quarter),
            ("Định kỳ quí", Every::Quarter),
        ] {
            assert_eq!(every(wording), expected, "{wording}");
        }
    }

    #[test]
    fn event_and_external_wording() {
        for wording in [
            "Sau khi có thông báo",
            "Khi có văn bản hướng dẫn",
            "Khi có yêu cầu",
            "Ngay sau khi có quyết định",
            "Đột xuất",
            "Theo yêu cầu của UBND tỉnh",
            "Trong thời hạn 05 ngày làm việc kể từ ngày Quyết định công bố có hiệu lực",
        ] {
            assert_eq!(kind(wording), Kind::Event, "{wording}");
        }
        for wording in [
            "Theo Kế hoạch số 3989/KH-UBND",
            "Theo lộ trình của Bộ KH&CN",
            "Theo Quyết định số 1364/QĐ-UBND",
            "Theo hướng dẫn của Sở Nội vụ",
        ] {
            assert_eq!(kind(wording), Kind::External, "{wording}");
        }
    }

    /// A reading: the kind, the due date of a dated deadline, the frequency of a periodic one.
    type Reading = (Kind, Option<NaiveDate>, Option<Every>);

    /// Reads each wording in a plan of `year` and checks its kind, due date (for dated) and
    /// frequency (for periodic).
    fn reads(year: i32, cases: &[(&str, Reading)]) {
        for (wording, (kind, due, every)) in cases {
            let read =
                parse(wording, year).unwrap_or_else(|e| panic!("{wording:?}: {}", e.message));
            assert_eq!(read.kind(), *kind, "{wording:?} read as {read:?}");
            assert_eq!(read.due(), *due, "{wording:?} read as {read:?}");
            assert_eq!(read.every(), *every, "{wording:?} read as {read:?}");
        }
    }

    fn on(y: i32, m: u32, d: u32) -> Reading {
        (Kind::Dated, Some(day(y, m, d)), None)
    }

    #[test]
    fn bare_months_and_quarters_with_any_separator() {
        reads(
            2024,
            &[
                ("11/2024", on(2024, 11, 30)),
                ("3/2024", on(2024, 3, 31)),
                ("03/2024", on(2024, 3, 31)),
                ("12/2025", on(2025, 12, 31)),
                ("Tháng 02/2024", on(2024, 2, 29)),
                ("Quý III/2024", on(2024, 9, 30)),
                ("Quý III năm 2024", on(2024, 9, 30)),
                ("Quí IV-2024", on(2024, 12, 31)),
                ("Quý 3 - 2024", on(2024, 9, 30)),
                ("Quý IV – 2025", on(2025, 12, 31)),
                ("quý i năm 2025", on(2025, 3, 31)),
                ("Trong Quý II/2024.", on(2024, 6, 30)),
                ("Chậm nhất ngày 30/6/2024", on(2024, 6, 30)),
                ("Đến ngày 15/10/2024", on(2024, 10, 15)),
                ("Cả năm 2024", on(2024, 12, 31)),
            ],
        );
    }

    #[test]
    fn ranges_are_due_at_their_end() {
        reads(
            2024,
            &[
                ("2024 - 2027", on(2027, 12, 31)),
                ("2024-2027", on(2027, 12, 31)),
                ("2026 – 2030", on(2030, 12, 31)),
                ("Năm 2024 - 2025", on(2025, 12, 31)),
                ("Năm 2025 - 2026", on(2026, 12, 31)),
                ("Từ năm 2024 - 2026", on(2026, 12, 31)),
                ("Giai đoạn 2024-2026", on(2026, 12, 31)),
                ("Giai đoạn 2023 - 2025", on(2025, 12, 31)),
                ("Tháng 7 - 8/2024", on(2024, 8, 31)),
                ("Tháng 11 - 12/2025", on(2025, 12, 31)),
                ("Tháng 7/2024 - tháng 9", on(2024, 9, 30)),
                ("Từ tháng 3 đến tháng 5/2024", on(2024, 5, 31)),
                ("Quý III/2024 - Quý I/2025", on(2025, 3, 31)),
                ("Quý I - II/2025", on(2025, 6, 30)),
                ("Từ ngày 01/02/2024 đến ngày 30/4/2024", on(2024, 4, 30)),
                ("Từ ngày 01/01/2026 đến ngày 31/3/2026", on(2026, 3, 31)),
                ("Từ 15/3 đến 30/4", on(2024, 4, 30)),
                ("Từ nay đến hết năm 2024", on(2024, 12, 31)),
                ("Đến hết năm 2024", on(2024, 12, 31)),
                ("Đến hết năm 2023", on(2023, 12, 31)),
                ("Đến hết tháng 6/2024", on(2024, 6, 30)),
            ],
        );
    }

    #[test]
    fn open_ended_wording_recurs_every_year() {
        let yearly = (Kind::Periodic, None, Some(Every::Year));
        reads(
            2024,
            &[
                ("Năm 2024 và các năm tiếp theo", yearly),
                ("Năm 2026 và các năm tiếp theo", yearly),
                ("Giai đoạn 2024-2026 và những năm tiếp theo", yearly),
                ("Quý IV năm 2024 và các năm tiếp theo", yearly),
                ("Từ năm 2024 và những năm sau", yearly),
            ],
        );
    }

    #[test]
    fn starts_are_ongoing_and_ends_on_an_event_wait_for_it() {
        let ongoing = (Kind::Continuous, None, None);
        let event = (Kind::Event, None, None);
        reads(
            2024,
            &[
                ("Từ 01/3/2024", ongoing),
                ("Từ tháng 4/2024", ongoing),
                ("Bắt đầu từ Quý II/2024", ongoing),
                ("Từ năm 2025", ongoing),
                ("Từ tháng 4/2024 đến khi có quyết định mới", event),
                ("Từ tháng 4/2024 đến khi kết thúc dự án", event),
                ("Từ 01/3/2024 cho đến khi hoàn thành", event),
                ("Khi có văn bản hướng dẫn của Bộ Nội vụ", event),
                ("Thực hiện khi có yêu cầu", event),
            ],
        );
    }

    #[test]
    fn continuous_wording_in_its_many_forms() {
        let ongoing = (Kind::Continuous, None, None);
        reads(
            2024,
            &[
                ("Thực hiện thường xuyên", ongoing),
                ("Nhiệm vụ thường xuyên", ongoing),
                ("Thường xuyên, hằng năm", ongoing),
                ("Thường xuyên.", ongoing),
                ("Thường xuyên trong năm 2024", ongoing),
                ("Liên tục", ongoing),
                ("Hàng ngày", ongoing),
            ],
        );
        reads(
            2024,
            &[
                ("Hằng năm.", (Kind::Periodic, None, Some(Every::Year))),
                ("Hàng quý;", (Kind::Periodic, None, Some(Every::Quarter))),
                (
                    "Báo cáo định kỳ 6 tháng, năm",
                    (Kind::Periodic, None, Some(Every::Half)),
                ),
            ],
        );
    }

    #[test]
    fn several_dates_recur_when_they_end_the_periods_of_a_year() {
        reads(
            2024,
            &[
                (
                    "Tháng 6 và tháng 12",
                    (Kind::Periodic, None, Some(Every::Half)),
                ),
                (
                    "Tháng 3, 6, 9, 12",
                    (Kind::Periodic, None, Some(Every::Quarter)),
                ),
                (
                    "Quý II và Quý IV",
                    (Kind::Periodic, None, Some(Every::Half)),
                ),
                (
                    "Trước ngày 15/6 và 15/12",
                    (Kind::Periodic, None, Some(Every::Half)),
                ),
                (
                    "Trước ngày 20 hàng tháng",
                    (Kind::Periodic, None, Some(Every::Month)),
                ),
                (
                    "Ngày 25 hằng tháng",
                    (Kind::Periodic, None, Some(Every::Month)),
                ),
                (
                    "Trước ngày 15/12 hằng năm",
                    (Kind::Periodic, None, Some(Every::Year)),
                ),
                (
                    "Từ tháng 3 đến tháng 11 hằng năm",
                    (Kind::Periodic, None, Some(Every::Year)),
                ),
                (
                    "Tháng 12 hằng năm",
                    (Kind::Periodic, None, Some(Every::Year)),
                ),
                ("Quý I, II", on(2024, 6, 30)),
                ("Quý I, II/2025", on(2025, 6, 30)),
                ("Quý I, III", on(2024, 9, 30)),
                // The plan's own year named: as if it were not; another year: due at the last.
                (
                    "Tháng 6/2024 và tháng 12/2024",
                    (Kind::Periodic, None, Some(Every::Half)),
                ),
                (
                    "Tháng 6, 12/2024",
                    (Kind::Periodic, None, Some(Every::Half)),
                ),
                ("Tháng 6/2025 và tháng 12/2025", on(2025, 12, 31)),
                ("Tháng 10, 11", on(2024, 11, 30)),
            ],
        );
    }

    #[test]
    fn each_occurrence_is_due_on_the_day_the_wording_names() {
        let due_of = |wording: &str, period: &str| {
            parse(wording, 2024)
                .unwrap()
                .occurrence_due(period.parse().unwrap())
        };
        assert_eq!(
            due_of("Trước ngày 20 hàng tháng", "2024-02"),
            day(2024, 2, 20)
        );
        assert_eq!(due_of("Ngày 31 hằng tháng", "2024-02"), day(2024, 2, 29));
        assert_eq!(
            due_of("Trước ngày 15/6 và 15/12", "2024-H1"),
            day(2024, 6, 15)
        );
        assert_eq!(
            due_of("Trước ngày 15/6 và 15/12", "2024-H2"),
            day(2024, 12, 15)
        );
        assert_eq!(
            due_of("Trước ngày 15/12 hằng năm", "2025"),
            day(2025, 12, 15)
        );
        assert_eq!(
            due_of("Từ tháng 3 đến tháng 11 hằng năm", "2024"),
            day(2024, 11, 30)
        );
        assert_eq!(due_of("Hằng quý", "2024-Q3"), day(2024, 9, 30));
        assert_eq!(due_of("Tháng 6 và tháng 12", "2024-H1"), day(2024, 6, 30));
    }

    #[test]
    fn external_wording_anywhere() {
        let external = (Kind::External, None, None);
        reads(
            2024,
            &[
                (
                    "Triển khai theo lộ trình, hướng dẫn của Bộ, ngành",
                    external,
                ),
                ("Theo tiến độ của Bộ Nội vụ", external),
                ("Thực hiện theo Kế hoạch số 12/KH-UBND", external),
                ("Theo hướng dẫn của Trung ương", external),
            ],
        );
    }

    #[test]
    fn the_help_uses_the_plans_own_year() {
        let err = parse("Sớm", 2026).unwrap_err();
        assert!(
            err.help.to_string().contains("`Quý 2/2026`"),
            "{}",
            err.help
        );
        assert!(
            err.help.to_string().contains("`due = 2026-06-30`"),
            "{}",
            err.help
        );
        assert!(!err.help.to_string().contains("2023"), "{}", err.help);
    }

    #[test]
    fn a_plan_of_several_years_reads_a_missing_year_as_its_first() {
        reads(
            2026,
            &[
                ("Quý II", on(2026, 6, 30)),
                ("Tháng 10", on(2026, 10, 31)),
                ("Trước ngày 15/12", on(2026, 12, 15)),
                ("Năm 2028", on(2028, 12, 31)),
            ],
        );
    }

    #[test]
    fn unreadable_wording_is_refused_with_help() {
        for wording in [
            "Quý 5/2023",
            "Tháng 13/2023",
            "Sớm",
            "Quý",
            "Năm 23",
            "Tháng mười",
            "x/y/z",
        ] {
            let err = parse(wording, 2023).unwrap_err();
            assert_eq!(
                err.message.to_string(),
                format!("deadline `{wording}` fits no kind")
            );
            assert!(err.help.to_string().contains("Quý 2/2023"));
        }
    }

    #[test]
    fn impossible_dates_are_named() {
        let err = parse("Trước ngày 31/02/2023", 2023).unwrap_err();
        assert_eq!(
            err.message.to_string(),
            "deadline `Trước ngày 31/02/2023` names an impossible date (31/02/2023)"
        );
        assert!(parse("29/2/2023", 2023).is_err());
        assert_eq!(due("29/2/2024"), day(2024, 2, 29));
    }

    #[test]
    fn periodic_without_frequency_is_refused() {
        let err = parse("Định kỳ", 2023).unwrap_err();
        assert_eq!(
            err.message.to_string(),
            "deadline `Định kỳ` says periodic but not how often"
        );
    }

    #[test]
    fn empty_wording_is_refused() {
        assert_eq!(
            parse("  ", 2023).unwrap_err().message.to_string(),
            "deadline is empty"
        );
    }

    #[test]
    fn named_period_is_kept() {
        assert_eq!(
            parse("Quý 2/ 2023", 2023).unwrap(),
            Deadline::Dated {
                due: day(2023, 6, 30),
                period: Period::quarter(2023, 2)
            }
        );
        assert_eq!(
            parse("30/6/2023", 2023).unwrap(),
            Deadline::Dated {
                due: day(2023, 6, 30),
                period: None
            }
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn spaced(separator: &'static str) -> impl Strategy<Value = String> {
            prop::sample::select(vec!["", " ", "  "]).prop_flat_map(move |before| {
                prop::sample::select(vec!["", " "])
                    .prop_map(move |after| format!("{before}{separator}{after}"))
            })
        }

        fn cased(word: &'static str) -> impl Strategy<Value = String> {
            prop::sample::select(vec![
                word.to_string(),
                word.to_uppercase(),
                word.to_lowercase(),
            ])
        }

        proptest! {
            #[test]
            fn quarters_parse_to_the_quarter_they_name(
                quarter in 1..=4u32,
                year in 2000..2100i32,
                roman in any::<bool>(),
                word in cased("Quý"),
                slash in spaced("/"),
            ) {
                let number = if roman { ["I", "II", "III", "IV"][quarter as usize - 1].to_string() } else { quarter.to_string() };
                let wording = format!("{word} {number}{slash}{year}");
                let expected = Period::quarter(year, quarter).unwrap();
                prop_assert_eq!(parse(&wording, 2023), Ok(Deadline::Dated { due: expected.end(), period: Some(expected) }));
            }

            #[test]
            fn months_parse_to_the_month_they_name(month in 1..=12u32, year in 2000..2100i32, padded in any::<bool>(), slash in spaced("/")) {
                let number = if padded { format!("{month:02}") } else { month.to_string() };
                let wording = format!("Tháng {number}{slash}{year}");
                let expected = Period::month(year, month).unwrap();
                prop_assert_eq!(parse(&wording, 2023), Ok(Deadline::Dated { due: expected.end(), period: Some(expected) }));
            }

            #[test]
            fn years_and_dates_parse_to_themselves(year in 2000..2100i32, day in 1..=28u32, month in 1..=12u32) {
                let expected = Period::year(year);
                prop_assert_eq!(parse(&format!("Năm {year}"), 2023), Ok(Deadline::Dated { due: expected.end(), period: Some(expected) }));
                let date = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                prop_assert_eq!(parse(&format!("Trước ngày {day}/{month}/{year}"), 2023), Ok(Deadline::Dated { due: date, period: None }));
            }

            #[test]
            fn a_period_never_ends_before_it_starts(year in 1900..2200i32, every in prop::sample::select(vec![Every::Month, Every::Quarter, Every::Half, Every::Year]), index in 1..=12u32) {
                if let Some(period) = Period::new(year, every, index) {
                    prop_assert!(period.start() <= period.end());
                    prop_assert!(period.contains(period.start()) && period.contains(period.end()));
                    prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
                }
            }

            #[test]
            fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,40}") {
                let _ = parse(&text, 2023);
            }
        }
    }
}
