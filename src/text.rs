//! Vietnamese text as people type it: NFC storage, and a folded form for matching.

use unicode_normalization::{
    IsNormalized, UnicodeNormalization,
    char::{decompose_canonical, is_combining_mark},
    is_nfc_quick,
};

/// `value` with `separator` between groups of three digits: `12.000.000` on screen,
/// `12_000_000` in a plan file.
pub fn grouped(value: u64, separator: char) -> String {
    let digits = value.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// Names as a message lists them: `` `a`, `b`, `c` ``.
pub fn quoted_list<T: std::fmt::Display>(names: impl IntoIterator<Item = T>) -> String {
    names
        .into_iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The byte-order mark some editors put at the start of a UTF-8 file (Notepad, Excel's "CSV
/// UTF-8"): read past where files are read, kept where a file is edited, written at the start
/// of every CSV file (Excel reads a CSV file as UTF-8 only when it is there).
pub const BOM: &[u8] = "\u{FEFF}".as_bytes();

/// The byte-order mark as text decoded with it sees it.
pub const BOM_CHAR: char = '\u{FEFF}';

/// `text` safe to show on a terminal: control characters other than line feed and tab (an
/// escape sequence in a title could move the cursor or recolour the screen) are shown as the
/// symbols Unicode has for them (`␛` for ESC), C1 controls as `�`, and the invisible
/// characters that reorder the text around them (U+202E …) by their code, `[U+202E]`.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    shown(text, None)
}

/// `text` as one line, shown as [`printable`] shows it, and a line break (LF, CR or CRLF)
/// shown as `line_break`: a note's second line cannot pass for a line of the output (a forged
/// history entry in `show`, a row of a Markdown table). A tab is a space.
pub fn one_line<'t>(text: &'t str, line_break: &str) -> std::borrow::Cow<'t, str> {
    shown(text, Some(line_break))
}

/// How a line break inside a value is shown on screen.
pub const SHOWN_BREAK: &str = " ␤ ";

fn shown<'t>(text: &'t str, line_break: Option<&str>) -> std::borrow::Cow<'t, str> {
    let keep_breaks = line_break.is_none();
    let unsafe_char = |c: char| {
        (c.is_control() && !(keep_breaks && (c == '\n' || c == '\t'))) || is_bidi_control(c)
    };
    // Control characters are bytes below 0x20, 0x7f, or U+0080–U+009F (0xc2 then a byte); the
    // bidirectional controls start with 0xd8 (U+061C) or 0xe2 (U+200E …); most text has none of
    // these bytes, and a byte scan is far quicker than decoding.
    let may_hold_one = |b: &u8| {
        (*b < 0x20 && !(keep_breaks && (*b == b'\n' || *b == b'\t')))
            || matches!(*b, 0x7f | 0xc2 | 0xd8 | 0xe2)
    };
    if !text.as_bytes().iter().any(may_hold_one) || !text.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if !unsafe_char(c) => out.push(c),
            '\r' | '\n' if !keep_breaks => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str(line_break.unwrap_or_default());
            }
            '\t' => out.push(' '),
            '\u{7f}' => out.push('\u{2421}'),
            c if (c as u32) < 0x20 => {
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'))
            }
            c if is_bidi_control(c) => out.push_str(&format!("[U+{:04X}]", c as u32)),
            _ => out.push('\u{fffd}'),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The invisible characters that change the order in which the text around them is shown
/// (the "Trojan Source" characters): U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text whose equality and hash do not depend on case, character by character: how task ids
/// are matched, in the plan and on the command line.
#[derive(Debug, Clone, Copy)]
pub struct Caseless<'a>(pub &'a str);

impl Caseless<'_> {
    fn folded(&self) -> impl Iterator<Item = char> + '_ {
        self.0.chars().flat_map(char::to_lowercase)
    }
}

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.folded().eq(other.folded())
    }
}

impl Eq for Caseless<'_> {}

impl std::hash::Hash for Caseless<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.folded().for_each(|c| state.write_u32(c as u32));
        // The end, so that a key of two texts hashes apart from the same characters split
        // elsewhere.
        state.write_u8(0xff);
    }
}

/// The text in NFC, the form every string is kept in once read.
pub fn nfc(text: &str) -> String {
    into_nfc(text.to_string())
}

/// Like [`nfc`], keeping `text`'s own buffer when it is NFC already.
pub fn into_nfc(text: String) -> String {
    if is_nfc(&text) {
        text
    } else {
        text.nfc().collect()
    }
}

/// Whether `text` is NFC already, as most text is: checking is far cheaper than normalizing.
fn is_nfc(text: &str) -> bool {
    // Vietnamese typed precomposed needs only characters below the combining marks (ASCII,
    // `đ`, `ơ`, `ư`, `à`…) and the precomposed letters of Latin Extended Additional (`ệ`, `ữ`…),
    // each NFC on its own and never reordered: a text of those alone is NFC without a lookup.
    precomposed_only(text.as_bytes()) || is_nfc_quick(text.chars()) == IsNormalized::Yes
}

/// Whether UTF-8 `bytes` hold only characters below U+0300 or in U+1E00–U+1EFF. Those below
/// start with a byte below 0xCC; those above start with 0xE1 then 0xB8–0xBB. Every byte is
/// looked at, with no early exit: a quarter of the instructions of a check character by
/// character.
fn precomposed_only(bytes: &[u8]) -> bool {
    let last = bytes.last().is_none_or(|&byte| byte < 0xCC);
    let next = bytes.get(1..).unwrap_or_default();
    last && bytes.iter().zip(next).fold(true, |all, (&byte, &next)| {
        all & ((byte < 0xCC) | ((byte == 0xE1) & (0xB8..=0xBB).contains(&next)))
    })
}

/// `text` without leading and trailing white space, in its own buffer when it has none.
pub fn trimmed(text: String) -> String {
    if text.trim().len() == text.len() {
        text
    } else {
        text.trim().to_string()
    }
}

/// The form two spellings of the same words share: no diacritics (`đ` counts as `d`), lower
/// case, single spaces. "Văn phòng", "VĂN PHÒNG", "van  phong" and NFD input all fold alike,
/// as do both tone placements ("hoá", "hóa").
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut push = |c: char| {
        if is_combining_mark(c) {
            return;
        }
        if c.is_whitespace() {
            pending_space = !folded.is_empty();
            return;
        }
        if pending_space {
            folded.push(' ');
            pending_space = false;
        }
        match c {
            'đ' | 'Đ' => folded.push('d'),
            _ => folded.extend(c.to_lowercase()),
        }
    };
    // Each character decomposed on its own: the same as the whole text's NFD once its marks
    // are dropped, since NFD only reorders marks (see the test), without NFD's buffering.
    for c in text.chars() {
        if c.is_ascii() {
            push(c);
        } else {
            decompose_canonical(c, &mut push);
        }
    }
    folded
}

/// The candidates closest to `wanted` (by folded edit distance), best first, at most `limit`,
/// leaving out those too far off to be a likely typo.
pub fn closest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let wanted = fold(wanted);
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|candidate| {
            let folded = fold(candidate);
            let mut score = strsim::normalized_levenshtein(&wanted, &folded);
            if !wanted.is_empty() && (folded.contains(&wanted) || wanted.contains(&folded)) {
                score = score.max(0.5);
            }
            (score, candidate)
        })
        .filter(|(score, _)| *score >= 0.4)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.dedup_by(|a, b| a.1 == b.1);
    // Only those nearly as close as the best: one good guess beats three vague ones.
    let best = scored.first().map_or(0.0, |s| s.0);
    scored
        .into_iter()
        .filter(|(score, _)| *score >= best - 0.15)
        .take(limit)
        .map(|(_, c)| c)
        .collect()
}

/// The value of an upper-case Roman numeral from I to XXXIX, written the usual way (`IV`, not
/// `IIII`): section numbers and the quarters of a year.
pub fn roman(word: &str) -> Option<u32> {
    // XXXVIII, the longest up to XXXIX, has seven letters.
    if word.is_empty() || word.len() > 7 || !word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return None;
    }
    let value = |c| match c {
        'I' => 1,
        'V' => 5,
        _ => 10,
    };
    let values: Vec<i64> = word.chars().map(value).collect();
    let mut total = 0;
    for (i, v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|next| next > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    let total = u32::try_from(total).ok().filter(|t| *t > 0)?;
    (to_roman(total) == word).then_some(total)
}

/// `n` in Roman numerals: `IV`.
pub fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, numeral) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// `a` … `z`, `aa`, `ab` …: the letter of the `n`-th item under a task (from 1).
pub fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    out.iter().rev().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_up_to_thirty_nine_read_back() {
        for n in 1..=39 {
            assert_eq!(roman(&to_roman(n)), Some(n), "{n}");
        }
        assert_eq!(roman("XXXVIII"), Some(38));
        for word in ["IIII", "VX", "", "IL", "XXXXVIII"] {
            assert_eq!(roman(word), None, "{word}");
        }
        assert_eq!(letters(1), "a");
        assert_eq!(letters(27), "aa");
    }
    use unicode_normalization::char::canonical_combining_class;

    #[test]
    fn the_characters_taken_without_a_lookup_are_nfc_alone_and_never_reordered() {
        let taken = |c: char| c < '\u{300}' || ('\u{1E00}'..='\u{1EFF}').contains(&c);
        for c in '\0'..=char::MAX {
            // Alone, and between two characters that are taken.
            let alone = precomposed_only(c.encode_utf8(&mut [0; 4]).as_bytes());
            assert_eq!(alone, taken(c), "{c:?}");
            assert_eq!(
                precomposed_only(format!("ă{c}ệ").as_bytes()),
                taken(c),
                "{c:?}"
            );
            if taken(c) {
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            }
        }
        assert!(precomposed_only(b"") && precomposed_only("Văn phòng Sở Khoa học".as_bytes()));
    }

    #[test]
    fn caseless_ids_are_one_key_whatever_the_case() {
        use std::hash::BuildHasher;
        let hash = |id: &str| foldhash::quality::FixedState::with_seed(7).hash_one(Caseless(id));
        for (a, b) in [("I.2.a", "I.2.A"), ("Đ.1", "đ.1"), ("Ư.IV", "ư.iv")] {
            assert!(Caseless(a) == Caseless(b), "{a} {b}");
            assert_eq!(hash(a), hash(b), "{a} {b}");
        }
        assert!(Caseless("I.2.a") != Caseless("I.2.b"));
        assert!(Caseless("I.2") != Caseless("I.2.a"));
    }

    #[test]
    fn fold_removes_diacritics_case_and_extra_spaces() {
        assert_eq!(fold("Văn phòng"), "van phong");
        assert_eq!(fold("  VĂN   PHÒNG "), "van phong");
        assert_eq!(fold("Chi cục TĐC"), "chi cuc tdc");
        assert_eq!(fold("Định kỳ quý, năm"), "dinh ky quy, nam");
    }

    #[test]
    fn fold_is_the_same_as_folding_the_nfd_of_the_whole_text() {
        // NFD text is its own decomposition character by character, so folding it is folding
        // the whole text's NFD, marks reordered.
        let reference = |text: &str| fold(&text.nfd().collect::<String>());
        // Every character that NFD changes or moves, between letters and among marks in an
        // order NFD changes; any other character is kept as it is by both.
        let changed = |c: char| {
            let mut decomposed = String::new();
            decompose_canonical(c, |d| decomposed.push(d));
            decomposed != c.to_string() || canonical_combining_class(c) != 0
        };
        let mut seen = 0;
        for c in ('\0'..=char::MAX).filter(|&c| changed(c) || c.is_whitespace()) {
            let text = format!("Ư{c}\u{301}\u{323}{c} ệ");
            assert_eq!(fold(&text), reference(&text), "{c:?}");
            seen += 1;
        }
        assert!(seen > 2_000, "{seen}");
    }

    #[test]
    fn fold_treats_nfd_and_nfc_alike() {
        let nfd: String = "Phòng Quản lý Khoa học".nfd().collect();
        assert_ne!(nfd, "Phòng Quản lý Khoa học");
        assert_eq!(fold(&nfd), fold("Phòng Quản lý Khoa học"));
    }

    #[test]
    fn fold_treats_both_tone_placements_alike() {
        assert_eq!(fold("số hoá"), fold("số hóa"));
        assert_eq!(fold("thuỷ"), fold("thủy"));
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(printable("Kế hoạch\tsố 1\nxong"), "Kế hoạch\tsố 1\nxong");
        assert_eq!(
            printable("a\u{1b}[2Jb\rc\u{7f}d\u{9b}e\u{0}"),
            "a\u{241b}[2Jb\u{240d}c\u{2421}d\u{fffd}e\u{2400}"
        );
    }

    #[test]
    fn every_control_character_is_caught_and_nothing_else() {
        let bidi = [
            0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        ];
        let bidi: Vec<u32> = bidi.into_iter().chain(0x2066..=0x2069).collect();
        for c in (0..0x3000).filter_map(char::from_u32) {
            let text = format!("ố{c}x");
            let changed = printable(&text) != text;
            let hidden = bidi.contains(&(c as u32));
            assert_eq!(
                changed,
                (c.is_control() && c != '\n' && c != '\t') || hidden,
                "U+{:04X}",
                c as u32
            );
            let one = one_line(&text, "<br>");
            assert_eq!(one != text, c.is_control() || hidden, "U+{:04X}", c as u32);
            assert!(
                !one.contains(['\n', '\r', '\u{202E}']),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn one_line_shows_breaks_and_reordering_characters() {
        assert_eq!(
            one_line("Đã trình\r\n2023-06-01 done\nx\ty", " ␤ "),
            "Đã trình ␤ 2023-06-01 done ␤ x y"
        );
        assert_eq!(printable("abc\u{202E}fed"), "abc[U+202E]fed");
        assert_eq!(printable("a\nb"), "a\nb");
    }

    #[test]
    fn nfc_composes() {
        let nfd: String = "Thường xuyên".nfd().collect();
        assert_eq!(nfc(&nfd), "Thường xuyên");
    }

    #[test]
    fn closest_finds_typos_and_partial_names() {
        let units = [
            "Văn phòng",
            "Thanh tra",
            "Phòng Quản lý Khoa học",
            "Chi cục TĐC",
        ];
        assert_eq!(closest("Van phong", units, 3)[0], "Văn phòng");
        assert_eq!(closest("Thanh tr", units, 3)[0], "Thanh tra");
        assert_eq!(closest("Khoa hoc", units, 3), ["Phòng Quản lý Khoa học"]);
        assert!(closest("zzzzzz", units, 3).is_empty());
    }
}
