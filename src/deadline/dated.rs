//! Dates in a deadline's wording: a month, quarter, half or year with its year ("Quý 2/ 2023",
//! "Tháng 10/2023"), a day ("ngày 15/6/2023", in words too), several of them or a range, read
//! into the due date they set.

use chrono::{Datelike, NaiveDate};

use super::{Deadline, Problem};
use crate::period::{Every, Period};

/// Each occurrence due on `day` of month `month` of the year (or of the period's last month).
pub(super) fn on_day(every: Every, month: Option<u32>, day: u32) -> Deadline {
    let months = every.months();
    let month = month.map_or(months, |m| (m.clamp(1, 12) - 1) % months + 1);
    // The period's last day is what a plain periodic deadline says already.
    if month == months && day >= 31 {
        return Deadline::Periodic(every);
    }
    Deadline::PeriodicOn { every, month, day }
}

/// "ngày 20" or "ngày 15/12" in the text: the day, and the month if given.
pub(super) fn day_named(text: &str) -> Option<(Option<u32>, u32)> {
    let at = text.find("ngay ")?;
    let rest = &text[at + "ngay ".len()..];
    let digits = |s: &str| -> Option<(u32, usize)> {
        let len = s.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2)
            .contains(&len)
            .then(|| s[..len].parse().ok().map(|n| (n, len)))
            .flatten()
    };
    let (day, len) = digits(rest)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let month = rest[len..]
        .strip_prefix('/')
        .and_then(digits)
        .map(|(m, _)| m)
        .filter(|m| (1..=12).contains(m));
    Some((month, day))
}

/// A dated deadline; `Some(Err(text))` when the words fit but the date does not exist.
pub(super) fn dated(text: &str, plan_year: i32) -> Option<Result<Deadline, String>> {
    const LEADING: [&str; 16] = [
        "tu nay ",
        "hoan thanh ",
        "thuc hien ",
        "trien khai ",
        "trong ",
        "cuoi ",
        "ca ",
        "den het ",
        "den ",
        "het ",
        "cham nhat ",
        "muon nhat ",
        "truoc het ",
        "vao ",
        "thoi han ",
        "han chot ",
    ];
    let mut text = text.trim();
    while let Some(rest) = LEADING.iter().find_map(|p| text.strip_prefix(p)) {
        text = rest.trim_start();
    }
    // "T10/2025", "Q2/2026": a month or a quarter, written short.
    let short;
    if let Some((letter, rest)) = text.split_at_checked(1)
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && let Some(word) = match letter {
            "t" => Some("thang "),
            "q" => Some("quy "),
            _ => None,
        }
    {
        short = format!("{word}{rest}");
        text = &short;
    }
    let by_period = |period: Option<Period>| {
        period.map(|period| {
            Ok(Deadline::Dated {
                due: period.end(),
                period: Some(period),
            })
        })
    };
    if let Some(rest) = text.strip_prefix("quy ") {
        let (number, year) = number_and_year(rest, true, plan_year)?;
        return by_period(Period::quarter(year, number));
    }
    if let Some(rest) = text.strip_prefix("thang ") {
        let (number, year) = number_and_year(rest, false, plan_year)?;
        return by_period(Period::month(year, number));
    }
    for (prefix, half) in [
        ("6 thang dau nam", 1),
        ("6 thang cuoi nam", 2),
        ("nua dau nam", 1),
        ("nua cuoi nam", 2),
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            let year = match rest.trim_start_matches(['/', ' ']) {
                "" => plan_year,
                y => year(y)?,
            };
            return by_period(Period::half(year, half));
        }
    }
    if text == "nam" || text == "nam nay" {
        return by_period(Some(Period::year(plan_year)));
    }
    if let Some(rest) = text.strip_prefix("nam ") {
        return by_period(Some(Period::year(year(rest)?)));
    }
    if let Some(y) = year(text) {
        return by_period(Some(Period::year(y)));
    }
    let rest = ["truoc ngay ", "truoc ", "ngay ", "han "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text);
    // "11/2024", "03/2024": a month of a year.
    if let Some((month, y)) = rest.split_once(['/', '-', '.'])
        && let (Some(y), true) = (year(y), (1..=2).contains(&month.len()))
        && let Ok(month) = month.parse::<u32>()
    {
        return by_period(Period::month(y, month));
    }
    date(rest, plan_year).map(|parsed| parsed.map(|due| Deadline::Dated { due, period: None }))
}

/// Whether the words name a year of four digits.
pub(super) fn names_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|part| year(part).is_some())
}

/// The word that makes "8/2024" a month after "Tháng 7 -", or "II/2024" a quarter after "Quý I,".
fn context(first: &str) -> &'static str {
    let first = first
        .trim_start_matches("tu ")
        .trim_start_matches("trong ")
        .trim_start_matches("truoc ");
    if first.starts_with("quy ") {
        "quy "
    } else if first.starts_with("thang ") {
        "thang "
    } else if first.starts_with("ngay ") {
        "ngay "
    } else if first.starts_with("nam ") {
        "nam "
    } else {
        ""
    }
}

/// Completes "8/2024" with the word of the part before it, unless it has a word of its own.
fn with_context(part: &str, first: &str) -> String {
    let part = part.trim();
    if part.starts_with(|c: char| c.is_ascii_digit()) || roman_start(part) {
        format!("{}{part}", context(first))
    } else {
        part.to_string()
    }
}

fn roman_start(text: &str) -> bool {
    let word = text.split(['/', ' ', '-', ',']).next().unwrap_or_default();
    matches!(word, "i" | "ii" | "iii" | "iv")
}

/// Several dates or periods: "Tháng 6 và tháng 12", "Quý I, II", "Trước ngày 15/6 và 15/12".
/// Those that end the periods of a year evenly recur; others are due at the last one.
pub(super) fn several(text: &str, year: i32) -> Option<Result<Deadline, Problem>> {
    let text = ["trong ", "truoc ", "vao "]
        .iter()
        .fold(text, |t, p| t.strip_prefix(p).unwrap_or(t));
    let parts: Vec<&str> = text
        .split([',', ';'])
        .flat_map(|p| p.split(" va "))
        .flat_map(|p| p.split(" hoac "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let first = parts.first().copied().unwrap_or_default();
    // A year named at the end holds for the parts before it: "Quý I, II/2024".
    let last_year = parts
        .last()
        .and_then(|p| p.split(|c: char| !c.is_ascii_digit()).find_map(year_of))
        .unwrap_or(year);
    let mut read = Vec::new();
    for part in &parts {
        match dated(&with_context(part, first), last_year)? {
            Ok(deadline) => read.push(deadline),
            Err(date) => return Some(Err(Problem::Impossible(date))),
        }
    }
    let last = read.iter().copied().max_by_key(|d| d.due())?;
    // Another year than the plan's ("Tháng 6, 12/2024" in a plan for 2025): due at the last.
    if names_year(text) && last_year != year {
        return Some(Ok(last));
    }
    // The months each part falls due in, and the day when the parts are days.
    let months: Vec<u32> = read
        .iter()
        .filter_map(|d| d.due())
        .map(|d| d.month())
        .collect();
    let days: Vec<Option<u32>> = read
        .iter()
        .map(|d| match d {
            Deadline::Dated { due, period: None } => Some(due.day()),
            _ => None,
        })
        .collect();
    for every in [Every::Month, Every::Quarter, Every::Half] {
        let ends: Vec<u32> = Period::all_in_year(year, every)
            .map(|p| p.end().month())
            .collect();
        let mut sorted = months.clone();
        sorted.sort_unstable();
        sorted.dedup();
        if sorted == ends && sorted.len() == months.len() {
            return Some(Ok(match days.first().copied().flatten() {
                Some(day) if days.iter().all(|d| *d == Some(day)) => {
                    on_day(every, Some(every.months()), day)
                }
                _ => Deadline::Periodic(every),
            }));
        }
    }
    Some(Ok(last))
}

pub(super) fn year_of(digits: &str) -> Option<i32> {
    year(digits)
}

/// A stretch of time, due at its end: "2024 - 2027", "Tháng 7 - 8/2024", "Từ ngày 01/02/2024
/// đến ngày 30/4/2024", "Giai đoạn 2024-2026"; "Từ tháng 4/2024 đến khi ..." waits for an event.
pub(super) fn range(text: &str, year: i32) -> Option<Result<Deadline, Problem>> {
    const LEADING: [&str; 8] = [
        "tu nay ",
        "trong giai doan ",
        "giai doan ",
        "trong thoi gian ",
        "thoi gian ",
        "thuc hien tu ",
        "bat dau tu ",
        "tu ",
    ];
    let mut text = text.trim();
    while let Some(rest) = LEADING.iter().find_map(|p| text.strip_prefix(p)) {
        text = rest.trim_start();
    }
    for separator in [" den het ", " den ", " toi ", " - ", "-", " dang "] {
        for (at, _) in text.match_indices(separator) {
            let (left, right) = (text[..at].trim(), text[at + separator.len()..].trim());
            if right.starts_with("khi") || right.starts_with("ket thuc") {
                return Some(Ok(Deadline::Event));
            }
            let start = if left.is_empty() {
                None
            } else {
                match dated(&with_context(left, left), year) {
                    Some(Ok(start)) => Some(start),
                    _ => continue,
                }
            };
            // The end's year is the start's when the end names none: "Tháng 7/2024 - tháng 8".
            let end_year = match start.and_then(Deadline::due) {
                Some(due) if !names_year(right) => due.year(),
                _ => year,
            };
            match dated(&with_context(right, left), end_year) {
                Some(Ok(end)) => return Some(Ok(end)),
                Some(Err(date)) => return Some(Err(Problem::Impossible(date))),
                None => {}
            }
        }
    }
    None
}

/// "2", "02", "II" (when `roman`), then an optional year: "/2023", " nam 2023", "-2023".
pub(super) fn number_and_year(text: &str, roman: bool, plan_year: i32) -> Option<(u32, i32)> {
    let split = text.find(['/', ' ', '-']).unwrap_or(text.len());
    let (head, tail) = text.split_at(split);
    let number = match head {
        _ if head.bytes().all(|b| b.is_ascii_digit()) && (1..=2).contains(&head.len()) => {
            head.parse().ok()?
        }
        "i" if roman => 1,
        "ii" if roman => 2,
        "iii" if roman => 3,
        "iv" if roman => 4,
        _ => return None,
    };
    let tail = tail.trim_start();
    let tail = ["/", "nam ", "-"]
        .iter()
        .find_map(|p| tail.strip_prefix(p))
        .unwrap_or(tail)
        .trim();
    let tail = tail.strip_prefix("nam ").unwrap_or(tail);
    let year = if tail.is_empty() {
        plan_year
    } else {
        year(tail)?
    };
    Some((number, year))
}

fn year(text: &str) -> Option<i32> {
    let text = text.trim();
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `dd/mm/yyyy`, `dd/mm` (the plan's year), `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`, or
/// `dd thang mm nam yyyy`; `Some(Err)` for a day that does not exist, such as 31/02/2023.
pub fn date(text: &str, plan_year: i32) -> Option<Result<NaiveDate, String>> {
    let text = text.trim();
    let spelled = text.replace(" thang ", "/").replace(" nam ", "/");
    let parts: Vec<&str> = spelled.split(['/', '-', '.']).collect();
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    let (y, m, d) = match (parts.as_slice(), numbers.as_slice()) {
        ([y, _, _], [year, month, day]) if y.len() == 4 => (*year as i32, *month, *day),
        ([d, m, y], [day, month, year]) if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
            (*year as i32, *month, *day)
        }
        ([d, m], [day, month]) if d.len() <= 2 && m.len() <= 2 => (plan_year, *month, *day),
        _ => return None,
    };
    Some(NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| text.to_string()))
}
