//! Budget cells: an amount in words and figures ("12.000.000 đồng", "20 triệu đồng", "1,5 tỷ",
//! "150 tr.đ") as VND, or a source of funds in words.

use crate::message::Message;
use crate::msg;
use crate::text::fold;

/// What a budget cell says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Budget {
    /// The amount in VND, if the cell names one.
    pub amount: Option<u64>,
    /// The cell as written, when it says more than an amount (a source of funds), or when it
    /// holds an amount that is not read as one (below).
    pub funding: Option<String>,
    /// Why a figure in the cell was not taken as an amount in VND: another currency, a
    /// negative amount, a number that is not written as one, a fraction of a đồng.
    pub doubt: Option<Message>,
}

/// Currencies other than the đồng, as they are written in a cell (folded).
const FOREIGN: &[&str] = &[
    "usd",
    "us$",
    "$",
    "eur",
    "€",
    "euro",
    // (Not "yên": it is also a place, Yên Bái, Yên Lạc.)
    "jpy",
    "¥",
    "cny",
    "nhan dan te",
];

/// Reads a budget cell; `scale` is what a bare number counts in (1 for đồng, 1,000,000 when
/// the header says "triệu đồng").
pub fn read(cell: &str, scale: u64) -> Budget {
    let text = cell.split_whitespace().collect::<Vec<_>>().join(" ");
    let folded = fold(&text);
    if folded.is_empty() || matches!(folded.as_str(), "-" | "0" | "x" | "/") {
        return Budget::default();
    }
    let doubtful = |doubt: Message| Budget {
        amount: None,
        funding: Some(text.clone()),
        doubt: Some(doubt),
    };
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c.is_ascii_digit() || c == '.' || c == ',')
        .collect();
    if let Some(currency) = FOREIGN
        .iter()
        .find(|f| words.contains(f) || (f.len() == 1 && folded.contains(**f)))
    {
        return doubtful(msg!(
            "the amount `{text}` is in {currency}, not đồng: it is kept as written, as the source of funds",
            text,
            currency = currency.to_uppercase()
        ));
    }
    let mut amounts = Vec::new();
    let mut words_left = String::new();
    let mut rest = folded.as_str();
    while !rest.is_empty() {
        let Some(start) = rest.find(|c: char| c.is_ascii_digit()) else {
            words_left.push_str(rest);
            break;
        };
        words_left.push_str(&rest[..start]);
        let number_len = rest[start..]
            .char_indices()
            .find(|&(i, c)| {
                !(c.is_ascii_digit()
                    || ((c == '.' || c == ',' || c == ' ')
                        && rest[start + i + 1..].starts_with(|d: char| d.is_ascii_digit())
                        && (c != ' ' || digits_then_group(&rest[start + i + 1..]))))
            })
            .map_or(rest.len() - start, |(i, _)| i);
        let number = &rest[start..start + number_len];
        let after = rest[start + number_len..].trim_start();
        let (unit, unit_len) = unit(after);
        let before_word = words_left.split_whitespace().last().unwrap_or_default();
        let grouped = number.contains(['.', ',']) || number.contains(' ');
        // "năm 2024", "số 12/KH": a number that is not money.
        let plain_year = unit.is_none() && !grouped && before_word == "nam";
        // A minus written against the number ("-5 triệu"), not a dash between words.
        let before = &rest[..start];
        let negative = before.ends_with(['-', '−'])
            && !before
                .trim_end_matches(['-', '−'])
                .ends_with(|c: char| c.is_alphanumeric());
        let money = !plain_year && (unit.is_some() || grouped || is_bare(&folded));
        match value(number, unit.is_some()) {
            Some(_) if money && negative => {
                return doubtful(msg!(
                    "the amount `{text}` is negative: it is kept as written, as the source of funds",
                    text
                ));
            }
            Some(v) if money => {
                let scaled = v * unit.unwrap_or(scale) as f64;
                if scaled.fract().abs() > 1e-6 {
                    return doubtful(msg!(
                        "the amount `{text}` is not a whole number of đồng: write its unit (`triệu`, `tỷ`) or the whole amount",
                        text
                    ));
                }
                if (0.0..1e18).contains(&scaled) {
                    amounts.push(scaled.round() as u64);
                }
            }
            None if money && grouped => {
                return doubtful(msg!(
                    "`{number}` in `{text}` is not a number as written (its groups of digits are not of three): it is kept as written",
                    number,
                    text
                ));
            }
            _ => words_left.push_str(number),
        }
        let consumed =
            start + number_len + (rest[start + number_len..].len() - after.len()) + unit_len;
        words_left.push(' ');
        rest = &rest[consumed.min(rest.len())..];
    }
    let amount = (!amounts.is_empty())
        .then(|| amounts.iter().sum::<u64>())
        .filter(|a| *a > 0);
    // Words beyond the amount and its currency say where the money comes from.
    let meaningful = words_left
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            !matches!(
                w,
                "dong"
                    | "vnd"
                    | "d"
                    | "kinh"
                    | "phi"
                    | "du"
                    | "kien"
                    | "khoang"
                    | "tong"
                    | "cong"
                    | "trieu"
                    | "ty"
                    | "ti"
                    | "nghin"
                    | "ngan"
                    | "tr"
            )
        });
    Budget {
        amount,
        funding: (meaningful || amount.is_none()).then_some(text),
        doubt: None,
    }
}

/// Whether the text after a space is a group of three digits ("12 000 000").
fn digits_then_group(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3
}

/// Whether the whole cell is a number, perhaps with a currency word.
fn is_bare(folded: &str) -> bool {
    folded
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '.' || c == ' ')
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c == ' ')
}

/// The multiplier of a currency or magnitude word at the start of `text`, and its length.
fn unit(text: &str) -> (Option<u64>, usize) {
    const UNITS: &[(&str, u64)] = &[
        ("ty dong", 1_000_000_000),
        ("ty d", 1_000_000_000),
        ("ty", 1_000_000_000),
        ("ti dong", 1_000_000_000),
        ("ti", 1_000_000_000),
        ("trieu dong", 1_000_000),
        ("trieu d", 1_000_000),
        ("trieu", 1_000_000),
        ("tr.dong", 1_000_000),
        ("tr.d", 1_000_000),
        ("trd", 1_000_000),
        ("tr", 1_000_000),
        ("nghin dong", 1_000),
        ("nghin", 1_000),
        ("ngan dong", 1_000),
        ("ngan", 1_000),
        ("dong", 1),
        ("vnd", 1),
        ("d", 1),
    ];
    for (word, multiplier) in UNITS {
        if let Some(after) = text.strip_prefix(word)
            && !after.starts_with(|c: char| c.is_alphanumeric())
        {
            return (Some(*multiplier), word.len());
        }
    }
    (None, 0)
}

/// A number written the Vietnamese way (`.` groups thousands, `,` marks decimals) or the
/// English way (`,` groups thousands).
fn value(number: &str, has_unit: bool) -> Option<f64> {
    let number = number.replace(' ', "");
    let groups = |separator: char| {
        let parts: Vec<&str> = number.split(separator).collect();
        parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3) && !parts[0].is_empty()
    };
    let dots = number.matches('.').count();
    let commas = number.matches(',').count();
    // Several dots or commas are groups of thousands, each of three digits: `20.00.000` is
    // not a number. With both, the last is the decimal mark (`12.000.000,00`, `12,000,000.00`),
    // and only the part before it is grouped.
    let decimal = match (number.rfind('.'), number.rfind(',')) {
        (Some(dot), Some(comma)) => Some(dot.max(comma)),
        _ => None,
    };
    let whole = decimal.map_or(number.as_str(), |at| &number[..at]);
    let grouped_by = |separator: char| {
        let parts: Vec<&str> = whole.split(separator).collect();
        parts.len() == 1 || (!parts[0].is_empty() && parts[1..].iter().all(|p| p.len() == 3))
    };
    if (whole.matches('.').count() > 1 && !grouped_by('.'))
        || (whole.matches(',').count() > 1 && !grouped_by(','))
    {
        return None;
    }
    let plain = match (dots, commas) {
        (0, 0) => number.clone(),
        // 12.000.000 or 12.000.000,5
        (_, 0 | 1) if groups('.') || (dots > 1) => number.replace('.', "").replace(',', "."),
        (1, 1) if number.find('.') < number.find(',') => number.replace('.', "").replace(',', "."),
        // 12,000,000 or 12,000,000.5
        (0 | 1, _) if commas > 1 || (groups(',') && !has_unit) => number.replace(',', ""),
        // 1,5 (tỷ)
        (0, 1) => number.replace(',', "."),
        // 1.5 (tỷ)
        (1, 0) => number,
        _ => number.replace(['.', ','], ""),
    };
    plain.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_every_spelling() {
        for (cell, vnd) in [
            ("12.000.000 đồng", 12_000_000),
            ("12.000.000\nđồng", 12_000_000),
            ("12,000,000", 12_000_000),
            ("12 000 000 đ", 12_000_000),
            ("20 triệu đồng", 20_000_000),
            ("1,5 tỷ đồng", 1_500_000_000),
            ("1.5 tỷ", 1_500_000_000),
            ("150 tr.đ", 150_000_000),
            ("150 trđ", 150_000_000),
            ("500.000 VNĐ", 500_000),
            ("8.000.000", 8_000_000),
            ("2,5 triệu", 2_500_000),
        ] {
            assert_eq!(read(cell, 1).amount, Some(vnd), "{cell}");
            assert_eq!(read(cell, 1).funding, None, "{cell}");
        }
    }

    #[test]
    fn a_bare_number_counts_in_the_headers_unit() {
        assert_eq!(read("150", 1_000_000).amount, Some(150_000_000));
        assert_eq!(read("1.200", 1_000_000).amount, Some(1_200_000_000));
        assert_eq!(read("20 triệu", 1_000_000).amount, Some(20_000_000));
    }

    #[test]
    fn sources_of_funds_are_kept_as_written() {
        for cell in [
            "Ngân sách tỉnh",
            "Chi thường xuyên của cơ quan",
            "Nguồn vốn hợp pháp khác",
            "Theo dự toán năm 2024",
            "Lồng ghép trong kinh phí hoạt động",
        ] {
            let read = read(cell, 1);
            assert_eq!(read.amount, None, "{cell}");
            assert_eq!(read.funding.as_deref(), Some(cell), "{cell}");
        }
        let both = read("Ngân sách tỉnh: 20 triệu đồng", 1);
        assert_eq!(both.amount, Some(20_000_000));
        assert_eq!(
            both.funding.as_deref(),
            Some("Ngân sách tỉnh: 20 triệu đồng")
        );
        assert_eq!(read("-", 1), Budget::default());
        assert_eq!(read("", 1), Budget::default());
    }

    #[test]
    fn what_is_not_an_amount_in_dong_is_kept_as_written_and_said() {
        for cell in [
            "5.000 USD",
            "5.000 $",
            "-5 triệu",
            "20.00.000",
            "20,5",
            "1.000,25 đồng",
        ] {
            let read = read(cell, 1);
            assert_eq!(read.amount, None, "{cell}");
            assert_eq!(read.funding.as_deref(), Some(cell), "{cell}");
            assert!(read.doubt.is_some(), "{cell}");
        }
        // Excel's two decimals, either way; a place named Yên is no currency.
        for cell in ["12.000.000,00", "12,000,000.00"] {
            assert_eq!(read(cell, 1).amount, Some(12_000_000), "{cell}");
        }
        assert_eq!(
            read("Ngân sách tỉnh Yên Bái 200 triệu", 1).amount,
            Some(200_000_000)
        );
        // With the header's unit, a fraction is a whole number of đồng.
        assert_eq!(read("20,5", 1_000_000).amount, Some(20_500_000));
        // A dash that is a line's bullet is not a minus.
        assert_eq!(
            read("Ngân sách tỉnh - 20 triệu", 1).amount,
            Some(20_000_000)
        );
    }
}
