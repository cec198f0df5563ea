//! How a row is numbered: a part (`A`), a section (`I`), a task (`1.`, `2.3`, `a)`), a bullet
//! (`-`), read from a number cell or from the start of a title.

use crate::text::roman;

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
    // "(a) Kiểm tra …": a letter in brackets, as "a)" is.
    if let Some((mark, rest)) = text.strip_prefix('(').and_then(|t| t.split_once(')'))
        && let [letter] = mark.chars().collect::<Vec<_>>()[..]
        && letter.is_lowercase()
        && (rest.is_empty() || rest.starts_with(char::is_whitespace))
    {
        return (Numbering::Letter(letter), rest.trim_start());
    }
    let token_end = text.find(|c: char| c.is_whitespace()).unwrap_or(text.len());
    let token = &text[..token_end];
    let rest = text[token_end..].trim_start();
    // "II.1", "III.2.": a group numbered within its section, the section's numeral first.
    if let Some((numeral, numbers)) = token.trim_end_matches('.').split_once('.')
        && roman(numeral).is_some()
        && let Some(nums) = numbers
            .split('.')
            .map(|p| p.parse::<u32>().ok().filter(|_| (1..=3).contains(&p.len())))
            .collect::<Option<Vec<u32>>>()
    {
        return (Numbering::Arabic(nums), rest);
    }
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
        // "1.", "1)", "1/" end a number (not "15/12/2025", a date).
        let slash = after
            .strip_prefix('/')
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace));
        let ended = numbers.ends_with('.') || parts.len() > 1 || after.starts_with(')') || slash;
        let after = after.strip_prefix([')', '/']).unwrap_or(after);
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
    let word = token.trim_end_matches(['.', ')', ':', '-', '/']);
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

/// A section named by a label and its number instead of a Roman numeral ("Nhiệm vụ 1: Cải
/// cách thể chế", "Lĩnh vực 2 - …", "Nhóm 3: …", "Mục 4. …", "Phần thứ nhất: …", "Phần II.
/// …"): its number and its title. The number ends with a mark (":", ".", "-") or the title is
/// in capitals, so that a task's text ("Nhiệm vụ 1 năm …") is not one.
pub fn labelled_section(text: &str) -> Option<(u32, &str)> {
    const ORDINALS: [&str; 10] = [
        "nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| crate::text::fold(w)).collect();
    let label = match folded.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["nhiem", "vu", ..] | ["linh", "vuc", ..] | ["phan", "thu", ..] => 2,
        ["nhom", ..] | ["muc", ..] | ["phan", ..] => 1,
        _ => return None,
    };
    let token = folded.get(label)?;
    let bare = token.trim_end_matches([':', '.', '-', '–', ')']);
    let marked = bare.len() < token.len()
        || words
            .get(label + 1)
            .is_some_and(|w| w.starts_with([':', '.', '-', '–']));
    let number = match folded[label - 1].as_str() {
        "thu" => ORDINALS
            .iter()
            .position(|o| *o == bare)
            .map(|n| n as u32 + 1)?,
        _ => bare
            .parse::<u32>()
            .ok()
            .or_else(|| roman(&bare.to_ascii_uppercase()))?,
    };
    // The title, from the same place in the text as written.
    let mut offset = 0;
    for word in &words[..=label] {
        offset = text[offset..].find(word)? + offset + word.len();
    }
    let title = text[offset..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | '-' | '–'))
        .trim();
    let capitals = title.chars().any(char::is_alphabetic) && !title.chars().any(char::is_lowercase);
    ((1..=50).contains(&number) && !title.is_empty() && (marked || capitals))
        .then_some((number, title))
}

/// A number cell's numbering ("1", "I", "a", "-"): no mark needed after it.
pub(super) fn number_cell(text: &str) -> Numbering {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_named_by_a_label_and_a_number() {
        for (text, expected) in [
            (
                "NHIỆM VỤ 1: CẢI CÁCH THỂ CHẾ",
                Some((1, "CẢI CÁCH THỂ CHẾ")),
            ),
            (
                "Lĩnh vực 2 - Cải cách thủ tục hành chính",
                Some((2, "Cải cách thủ tục hành chính")),
            ),
            (
                "PHẦN THỨ HAI: NHIỆM VỤ THƯỜNG XUYÊN",
                Some((2, "NHIỆM VỤ THƯỜNG XUYÊN")),
            ),
            ("Phần II. Nhiệm vụ cụ thể", Some((2, "Nhiệm vụ cụ thể"))),
            ("Mục 3 KIỂM TRA, BÁO CÁO", Some((3, "KIỂM TRA, BÁO CÁO"))),
            // A task's text, not a section.
            ("Nhiệm vụ 1 năm của Sở được giao", None),
            ("Phần mềm quản lý văn bản", None),
            ("Nhiệm vụ", None),
        ] {
            assert_eq!(labelled_section(text), expected, "{text}");
        }
    }

    #[test]
    fn numbering_in_every_form() {
        for (text, numbering, rest) in [
            ("1. Xây dựng", Numbering::Arabic(vec![1]), "Xây dựng"),
            ("2.3 Tổ chức", Numbering::Arabic(vec![2, 3]), "Tổ chức"),
            ("1/ Rà soát", Numbering::Arabic(vec![1]), "Rà soát"),
            ("I/ CẢI CÁCH", Numbering::Roman(1), "CẢI CÁCH"),
            ("a/ Kiểm tra", Numbering::Letter('a'), "Kiểm tra"),
            ("15/12/2025 họp", Numbering::None, "15/12/2025 họp"),
            ("II.1 Kiểm soát", Numbering::Arabic(vec![1]), "Kiểm soát"),
            ("III.2. Một cửa", Numbering::Arabic(vec![2]), "Một cửa"),
            (
                "5.1.3. Rà soát",
                Numbering::Arabic(vec![5, 1, 3]),
                "Rà soát",
            ),
            ("1.Xây dựng", Numbering::Arabic(vec![1]), "Xây dựng"),
            ("3) Báo cáo", Numbering::Arabic(vec![3]), "Báo cáo"),
            ("a) Rà soát", Numbering::Letter('a'), "Rà soát"),
            ("(b) Kiểm tra", Numbering::Letter('b'), "Kiểm tra"),
            ("(theo hướng dẫn)", Numbering::None, "(theo hướng dẫn)"),
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
}
