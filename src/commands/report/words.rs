//! The report's Vietnamese: results, dates, rates, periods and notes, as every format writes
//! them.

use super::data::{Extension, Item};
use crate::lang::Lang;
use crate::model::{Band, RateOver, Status};
use crate::period::{Every, Period};
use crate::rules::Verdict;

/// An item's result in the report's words.
pub fn result(item: &Item) -> &'static str {
    verdict(item.result, item.with_result == Some(true))
}

pub fn verdict(verdict: Verdict, with_result: bool) -> &'static str {
    Lang::Vi.tr(verdict.name(with_result))
}

/// A rate the Vietnamese way, "66,67 %"; "–" when there is none.
pub fn percent(rate: Option<f64>) -> String {
    match rate {
        Some(rate) => format!("{} %", Lang::Vi.decimal(&format!("{rate:.2}"))),
        None => "–".to_string(),
    }
}

/// A rate as reports state it: "31/75 nhiệm vụ, đạt 41,33 %"; "–" when nothing counts.
pub fn share(part: usize, counted: usize, rate: Option<f64>) -> String {
    match rate {
        Some(_) if counted > 0 => format!("{part}/{counted} nhiệm vụ, đạt {}", percent(rate)),
        _ => percent(None),
    }
}

/// What a rate is taken over, in words.
pub fn rated_over(over: RateOver, rated: usize) -> String {
    match over {
        RateOver::Due => format!(
            "tính trên {rated} nhiệm vụ đã hoàn thành, quá hạn hoặc gặp vướng mắc; nhiệm vụ chưa đến hạn, không thực hiện và thường xuyên không tính vào tỷ lệ"
        ),
        RateOver::All => format!(
            "tính trên {rated} nhiệm vụ được giao, kể cả nhiệm vụ chưa đến hạn; nhiệm vụ không thực hiện và thường xuyên không tính vào tỷ lệ"
        ),
    }
}

/// How units are rated, in words, for a table's footnote: "Đạt: tỷ lệ hoàn thành trên 70 %",
/// or each band: "Hoàn thành tốt: tỷ lệ hoàn thành đúng hạn từ 80 %".
pub fn rating_rule(threshold: f64, bands: &[Band]) -> String {
    if bands.is_empty() {
        return format!("Đạt: tỷ lệ hoàn thành {}", self::threshold(threshold));
    }
    let bands: Vec<String> = bands
        .iter()
        .map(|band| {
            let rate = if band.on_time {
                "tỷ lệ hoàn thành đúng hạn"
            } else {
                "tỷ lệ hoàn thành"
            };
            format!("{}: {rate} từ {} %", band.word, number(band.from))
        })
        .collect();
    bands.join("; ")
}

/// The header of the rating column: "Đánh giá (trên 70 %)", or "Đánh giá" with bands.
pub fn rating_header(threshold: f64, bands: &[Band]) -> String {
    if bands.is_empty() {
        format!("Đánh giá ({})", self::threshold(threshold))
    } else {
        "Đánh giá".to_string()
    }
}

/// A percentage as Vietnamese writes it: 70, 72,5.
fn number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        Lang::Vi.decimal(&value.to_string())
    }
}

/// The bar, in words: "trên 70 %".
pub fn threshold(threshold: f64) -> String {
    format!("trên {} %", number(threshold))
}

/// An occurrence as a clerk names it: "quý I/2023", "6 tháng đầu năm 2023", "tháng 01/2023".
pub fn period(period: Period) -> String {
    match period.every {
        Every::Month => format!("tháng {:02}/{}", period.index, period.year),
        Every::Quarter => format!(
            "quý {}/{}",
            crate::text::to_roman(period.index),
            period.year
        ),
        Every::Half if period.index == 1 => format!("6 tháng đầu năm {}", period.year),
        Every::Half => format!("6 tháng cuối năm {}", period.year),
        Every::Year => format!("năm {}", period.year),
    }
}

/// The due date in force, or the deadline's wording when there is no date ("Thường xuyên").
pub fn due(item: &Item) -> String {
    match item.due {
        Some(due) => Lang::Vi.day(due),
        None => item.deadline.clone().unwrap_or_default(),
    }
}

/// "Gia hạn đến 30/09/2023 (Công văn số 123/UBND-NC)"; a deadline brought forward is
/// "Điều chỉnh thời hạn đến …".
/// A first date set on a task that had none (an event's, by `plan due`) is no extension:
/// "Hạn: 30/06/2023 (theo Thông báo số …)".
pub fn extension(extension: &Extension) -> String {
    let due = Lang::Vi.day(extension.due);
    let mut text = match extension.previous_due {
        None => format!("Hạn: {due}"),
        Some(previous) if previous > extension.due => format!("Điều chỉnh thời hạn đến {due}"),
        Some(_) => format!("Gia hạn đến {due}"),
    };
    match (&extension.note, extension.previous_due) {
        (Some(note), None) if !crate::text::fold(note).starts_with("theo ") => {
            text.push_str(&format!(" (theo {note})"))
        }
        (Some(note), _) => text.push_str(&format!(" ({note})")),
        (None, _) => {}
    }
    text
}

/// The notes of an item: the deadline in force if an entry set it, then each entry of the
/// window that records progress ("05/04/2023: Kế hoạch số 12/KH-KHCN"; an entry without a
/// note says its status).
///
/// With `difficulty`, a blocked item's entry that says why is left out: it is said once, as the
/// difficulty.
pub fn notes(item: &Item, difficulty: bool) -> String {
    let mut notes: Vec<String> = Vec::new();
    if let Some(ext) = &item.extension {
        notes.push(extension(ext));
    }
    for entry in &item.entries {
        // The day it was done is said with the result, and a blocked item's difficulty
        // after it.
        if entry.note.is_none()
            && entry.status == Some(item.status)
            && item.done_on == Some(entry.date)
        {
            continue;
        }
        if difficulty
            && item.status == Status::Blocked
            && entry.status == Some(Status::Blocked)
            && entry.note == item.status_note
        {
            continue;
        }
        let text = match (&entry.note, entry.status, entry.due) {
            // The deadline in force is said above.
            (_, None, Some(due))
                if item
                    .extension
                    .as_ref()
                    .is_some_and(|e| e.due == due && e.date == entry.date) =>
            {
                continue;
            }
            (note, None, Some(due)) => {
                let mut text = format!("gia hạn đến {}", Lang::Vi.day(due));
                if let Some(note) = note {
                    text.push_str(&format!(" ({note})"));
                }
                text
            }
            (Some(note), _, _) => note.clone(),
            (None, Some(status), _) => status.word(Lang::Vi).to_string(),
            (None, None, None) => continue,
        };
        notes.push(format!("{}: {text}", Lang::Vi.day(entry.date)));
    }
    let documents: Vec<String> = item.evidence.iter().map(|d| d.said()).collect();
    if !documents.is_empty() {
        notes.push(format!("tài liệu kiểm chứng: {}", documents.join("; ")));
    }
    notes.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_have_two_decimals_and_a_comma() {
        assert_eq!(percent(Some(66.67)), "66,67 %");
        assert_eq!(percent(Some(100.0)), "100,00 %");
        assert_eq!(percent(Some(5.5)), "5,50 %");
        assert_eq!(percent(None), "–");
        assert_eq!(threshold(70.0), "trên 70 %");
        assert_eq!(threshold(72.5), "trên 72,5 %");
    }

    #[test]
    fn periods_as_a_clerk_names_them() {
        assert_eq!(period(Period::quarter(2023, 1).unwrap()), "quý I/2023");
        assert_eq!(
            period(Period::half(2023, 2).unwrap()),
            "6 tháng cuối năm 2023"
        );
        assert_eq!(period(Period::month(2023, 3).unwrap()), "tháng 03/2023");
        assert_eq!(period(Period::year(2023)), "năm 2023");
    }
}
