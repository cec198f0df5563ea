//! A lead or support cell split into the units it names, without breaking a name
//! ("Sở Văn hóa, Thể thao và Du lịch" is one unit) or losing a word.

use crate::text::fold;

/// Words that begin a unit's name: after `,` or ` và `, a new unit starts only with one of
/// them (capitalised as a name is) followed by more of the name.
const STARTS: &[&str] = &[
    "Ban",
    "Bảo hiểm",
    "Báo",
    "Bảo tàng",
    "Bệnh viện",
    "BHXH",
    "Bộ",
    "Bưu điện",
    "Cán bộ",
    "Cảng vụ",
    "Chi cục",
    "Chi nhánh",
    "Chủ tịch",
    "Chánh",
    "Cơ quan",
    "Công an",
    "Công chức",
    "Công ty",
    "Cổng",
    "Cục",
    "Đài",
    "Đảng ủy",
    "Đảng uỷ",
    "Đại học",
    "Đoàn",
    "Đội",
    "Đơn vị",
    "Giám đốc",
    "Hạt",
    "HĐND",
    "Hiệp hội",
    "Học viện",
    "Hội",
    "Hội đồng",
    "Huyện đoàn",
    "Huyện ủy",
    "Huyện uỷ",
    "Kho bạc",
    "Kiểm toán",
    "Liên đoàn",
    "Liên minh",
    "Lãnh đạo",
    "Mặt trận",
    "MTTQ",
    "Ngân hàng",
    "Người đứng đầu",
    "P.",
    "Phó",
    "Phòng",
    "Quỹ",
    "Sở",
    "Tạp chí",
    "Tập đoàn",
    "Thanh tra",
    "Thành đoàn",
    "Thành ủy",
    "Thành uỷ",
    "Thư viện",
    "Thủ trưởng",
    "Thường trực",
    "Tỉnh đoàn",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Tòa án",
    "Toà án",
    "Tổ",
    "Tổng công ty",
    "Tổng cục",
    "Trạm",
    "Trung tâm",
    "Trưởng",
    "Trường",
    "UBMTTQ",
    "UBND",
    "Ủy ban",
    "Uỷ ban",
    "Văn phòng",
    "Viện",
    "Vụ",
    "VNPT",
    "Viettel",
    "Vườn",
    "Các",
    "các",
];

/// Names that hold a separator and a word that could start a unit: never split inside them.
const WHOLE: &[&str] = &[
    "van phong doan dbqh va hdnd",
    "van phong doan dai bieu quoc hoi va hoi dong nhan dan",
    "van phong doan dbqh, hdnd va ubnd",
    "thuong truc hdnd va ubnd",
    "hdnd va ubnd",
    "so van hoa, the thao va du lich",
    "ban quan ly cac khu cong nghiep",
    "vu phap che va thanh tra thong ke",
];

/// The units a cell names, in order, each trimmed, with every word of the cell kept.
pub fn split(cell: &str) -> Vec<String> {
    // A line break (a paragraph mark or a break typed in the cell) ends a unit, unless the
    // name plainly goes on: the next line starts in lower case, with "và" or a bracket, or the
    // line ends with "và" ("Sở Thông tin và" / "Truyền thông": a name wrapped by hand).
    let mut lines: Vec<String> = Vec::new();
    for raw in cell.lines() {
        let line = strip_bullet(raw.trim());
        if line.is_empty() {
            continue;
        }
        let bulleted = line.len() != raw.trim().len();
        let goes_on = |last: &String| {
            !bulleted
                && !last.ends_with([';', ','])
                && (line.starts_with(|c: char| c.is_lowercase() || c == '(')
                    || fold(last).ends_with(" va"))
        };
        match lines.last_mut() {
            Some(last) if goes_on(last) => {
                last.push(' ');
                last.push_str(line);
            }
            _ => lines.push(line.to_string()),
        }
    }
    let mut units = Vec::new();
    for line in &lines {
        for piece in split_outside_brackets(line, |rest, separator| {
            separator == ";" || starts_unit(rest)
        }) {
            let unit = piece
                .trim()
                .trim_end_matches([',', ';', '.', ':'])
                .trim_start_matches(['-', '+', '•', '*', ','])
                .trim();
            let unit = unit.split_whitespace().collect::<Vec<_>>().join(" ");
            if !unit.is_empty() {
                units.push(unit);
            }
        }
    }
    units
}

/// The role written after a unit's name in brackets or after a colon, and the name without
/// it: "Sở Nội vụ (chủ trì)", "Sở Tài chính (phối hợp)", "Sở Tư pháp: phối hợp".
pub fn role_after(unit: &str) -> Option<(String, Role)> {
    let unit = unit.trim_end().trim_end_matches([';', '.', ',']);
    let (name, said) = match unit.strip_suffix(')') {
        Some(open) => open.rsplit_once('(')?,
        None => unit.rsplit_once(':')?,
    };
    let role = match fold(said.trim()).as_str() {
        "chu tri" | "don vi chu tri" | "co quan chu tri" | "thuc hien" | "chu tri thuc hien" => {
            Role::Lead
        }
        "phoi hop" | "don vi phoi hop" | "co quan phoi hop" | "phoi hop thuc hien" => Role::Support,
        _ => return None,
    };
    let name = name.trim();
    (!name.is_empty()).then(|| (name.to_string(), role))
}

/// The units of a cell that names roles before them: "Chủ trì: Phòng Tư pháp\nPhối hợp: Phòng
/// Nội vụ", "Chủ trì: A; phối hợp: B"; each with the role before it (none before the first
/// role). `None` when the cell names no role so.
pub fn by_role(cell: &str) -> Option<Vec<(String, Option<Role>)>> {
    const MARKERS: [(&str, Role); 9] = [
        ("đơn vị chủ trì", Role::Lead),
        ("cơ quan chủ trì", Role::Lead),
        ("chủ trì", Role::Lead),
        ("đơn vị phối hợp", Role::Support),
        ("cơ quan phối hợp", Role::Support),
        ("phối hợp", Role::Support),
        ("đơn vị thực hiện", Role::Lead),
        ("cơ quan thực hiện", Role::Lead),
        ("thực hiện", Role::Lead),
    ];
    let text: Vec<char> = crate::text::nfc(cell).chars().collect();
    let lower: Vec<char> = text
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    // Each role said: where its words start, where the names after its colon start.
    let markers: Vec<(Vec<char>, Role)> = MARKERS
        .iter()
        .map(|(words, role)| (words.chars().collect(), *role))
        .collect();
    let mut said: Vec<(usize, usize, Role)> = Vec::new();
    // The last character before `at` that is neither a space nor a bullet (a line's end counts):
    // a role opens the cell, a line, or what follows a `;`, `,`, `.` or `:`.
    let mut last: Option<char> = None;
    let mut at = 0;
    while at < lower.len() {
        let starts_here = last.is_none_or(|c| matches!(c, '\n' | ';' | ',' | '.' | ':'));
        let found = starts_here
            .then(|| {
                markers.iter().find_map(|(words, role)| {
                    let end = at + words.len();
                    if lower.get(at..end)? != words.as_slice() {
                        return None;
                    }
                    let colon = end + lower[end..].iter().take_while(|c| **c == ' ').count();
                    (lower.get(colon) == Some(&':')).then_some((colon + 1, *role))
                })
            })
            .flatten();
        match found {
            Some((names, role)) => {
                said.push((at, names, role));
                at = names;
                last = Some(':');
            }
            None => {
                let c = lower[at];
                if c == '\n' || !(c.is_whitespace() || matches!(c, '-' | '+' | '•')) {
                    last = Some(c);
                }
                at += 1;
            }
        }
    }
    if said.is_empty() {
        return None;
    }
    let piece = |from: usize, to: usize| -> String { text[from..to].iter().collect() };
    let mut units: Vec<(String, Option<Role>)> = split(&piece(0, said[0].0))
        .into_iter()
        .map(|u| (u, None))
        .collect();
    for (index, (_, names, role)) in said.iter().enumerate() {
        let end = said.get(index + 1).map_or(text.len(), |next| next.0);
        let segment = piece(*names, end);
        // (A `;` or `,` left before the next role is no name.)
        let segment = segment.trim().trim_end_matches([';', ',', '.']);
        units.extend(split(segment).into_iter().map(|unit| (unit, Some(*role))));
    }
    Some(units)
}

/// The units of a cell that says the roles in a sentence: "Sở Nội vụ chủ trì, phối hợp (với)
/// Sở Tư pháp, Sở Tài chính", "Sở Nội vụ chủ trì; Sở Tư pháp, Sở Tài chính phối hợp". `None`
/// when the cell is not written so.
pub fn by_sentence(cell: &str) -> Option<Vec<(String, Option<Role>)>> {
    let text: Vec<char> = crate::text::nfc(cell).chars().collect();
    let lower: Vec<char> = text
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let find = |words: &str, from: usize| -> Option<usize> {
        let words: Vec<char> = words.chars().collect();
        (from..lower.len().saturating_sub(words.len() - 1)).find(|&at| {
            lower[at..at + words.len()] == words[..]
                && (at == 0 || !lower[at - 1].is_alphanumeric())
                && lower
                    .get(at + words.len())
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    };
    let piece = |from: usize, to: usize| -> String { text[from..to].iter().collect() };
    let lead_at = find("chủ trì", 0).filter(|&at| at > 0)?;
    let after_lead = lead_at + "chủ trì".chars().count();
    let with = find("phối hợp", after_lead)?;
    let between = piece(after_lead, with);
    let (support, tail) = if between.trim().trim_matches([',', ';']).trim().is_empty() {
        // "… chủ trì, phối hợp (với) B, C"
        let mut from = with + "phối hợp".chars().count();
        if let Some(at) = find("với", from).filter(|&at| piece(from, at).trim().is_empty()) {
            from = at + "với".chars().count();
        }
        (piece(from, text.len()), String::new())
    } else {
        // "… chủ trì; B, C phối hợp"
        let tail = piece(with + "phối hợp".chars().count(), text.len());
        (between, tail)
    };
    if !tail.trim().trim_matches(['.', ';', ',']).is_empty() {
        return None;
    }
    let lead = piece(0, lead_at);
    let mut units: Vec<(String, Option<Role>)> = split(lead.trim().trim_end_matches([',', ';']))
        .into_iter()
        .map(|u| (u, Some(Role::Lead)))
        .collect();
    let support = support
        .trim()
        .trim_matches([',', ';', '.'])
        .trim()
        .to_string();
    units.extend(
        split(&support)
            .into_iter()
            .map(|u| (u, Some(Role::Support))),
    );
    (!units.is_empty()).then_some(units)
}

/// Which column a unit is named in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Lead,
    Support,
}

/// The lead a task's text names as its first words, where its lead column says none: "Phòng
/// Nghiệp vụ Y chủ trì tham mưu …" is led by "Phòng Nghiệp vụ Y". Only a name that begins as a
/// unit does, short and whole (no comma in it).
pub fn lead_in_title(title: &str) -> Option<String> {
    let (name, rest) = title.split_once(" chủ trì ")?;
    let name = name.trim();
    (starts_unit(name)
        && !name.contains([',', ';'])
        && name.chars().count() <= 80
        && !rest.trim().is_empty())
    .then(|| name.to_string())
}

/// A leading bullet (`- `, `+ `, `• `).
fn strip_bullet(line: &str) -> &str {
    for bullet in ['-', '+', '•', '*', '–', '·'] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return rest.trim_start();
        }
    }
    line
}

/// Whether `rest` (what follows a `,` or ` và `) begins another unit's name.
fn starts_unit(rest: &str) -> bool {
    let rest = rest.trim_start();
    STARTS.iter().any(|start| {
        rest.strip_prefix(start).is_some_and(|after| {
            // The starting word must be the whole word, and the name must go on (or be whole
            // by itself: "và Tỉnh đoàn").
            (after.starts_with(' ')
                && after
                    .trim_start()
                    .starts_with(|c: char| c.is_alphanumeric() || c == '('))
                || (WHOLE_BY_ITSELF.contains(start)
                    && (after.is_empty() || after.starts_with([',', ';', '.'])))
        })
    }) || is_abbreviation(rest)
}

/// Words that begin a unit and are one by themselves ("Sở Nội vụ và Tỉnh đoàn").
const WHOLE_BY_ITSELF: &[&str] = &[
    "Tỉnh đoàn",
    "Thành đoàn",
    "Huyện đoàn",
    "Văn phòng",
    "Thanh tra",
    "Công an",
    "Kho bạc",
    "Bưu điện",
    "Viettel",
    "VNPT",
];

/// An abbreviated unit such as "VP", "QLKH", "TTCNTT", "P.KHTC", "TTr": a word mostly of
/// capitals (two at least, no fewer than its small letters).
fn is_abbreviation(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != ',' && *c != ';')
        .collect();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    let small = word.chars().filter(|c| c.is_lowercase()).count();
    capitals >= 2
        && small <= capitals
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '.' | '-'))
}

/// Splits `text` at `;`, `,` and ` và ` outside brackets and protected names, where `split`
/// says so given what follows and which separator it is.
fn split_outside_brackets(text: &str, split: impl Fn(&str, &str) -> bool) -> Vec<String> {
    let protected = protected_spans(text);
    let mut pieces = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let c = rest.chars().next().unwrap_or(' ');
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let inside = depth > 0 || protected.iter().any(|(s, e)| *s < at && at < *e);
        let separator = if rest.starts_with(';') {
            Some(";")
        } else if rest.starts_with(',') {
            Some(",")
        } else if rest.starts_with(" và ") {
            Some(" và ")
        } else {
            None
        };
        if let (Some(separator), false) = (separator, inside)
            && split(&rest[separator.len()..], separator)
        {
            pieces.push(text[start..at].to_string());
            at += separator.len();
            start = at;
            continue;
        }
        at += c.len_utf8();
    }
    pieces.push(text[start..].to_string());
    pieces
}

/// Where the names in [`WHOLE`] are in `text`, as byte ranges.
fn protected_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // Compare word by word in folded form, mapping back to byte offsets.
    let words: Vec<(usize, usize)> = word_bounds(text);
    for whole in WHOLE {
        let wanted: Vec<&str> = whole.split(' ').collect();
        for first in 0..words.len() {
            if first + wanted.len() > words.len() {
                break;
            }
            let matches = wanted.iter().enumerate().all(|(i, w)| {
                let (s, e) = words[first + i];
                fold(text[s..e].trim_end_matches([',', ';'])) == *w || fold(&text[s..e]) == *w
            });
            if matches {
                let (start, end) = words[first + wanted.len() - 1];
                let end = start + text[start..end].trim_end_matches([',', ';']).len();
                spans.push((words[first].0, end));
            }
        }
    }
    spans
}

fn word_bounds(text: &str) -> Vec<(usize, usize)> {
    let mut bounds = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                bounds.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        bounds.push((s, text.len()));
    }
    bounds
}

/// Whether a unit's name stands for many ("Các phòng, đơn vị", "UBND các xã, phường", "các cơ
/// quan, đơn vị liên quan").
pub fn is_collective(name: &str) -> bool {
    let folded = fold(name);
    folded.starts_with("cac ")
        || folded.contains(" cac ")
        || folded.contains("lien quan")
        || folded.starts_with("toan the ")
        || folded.starts_with("tat ca ")
        || folded.starts_with("moi ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_commas_and_va_stay_whole() {
        for cell in [
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Khoa học và Công nghệ",
            "Ban Quản lý các Khu công nghiệp, khu kinh tế",
            "Các phòng, đơn vị",
            "Các sở, ban, ngành tỉnh",
            "UBND các huyện, thị xã, thành phố",
            "các cơ quan, đơn vị liên quan",
            "Sở Lao động - Thương binh và Xã hội",
            "Sở Nội vụ (Ban Thi đua, Khen thưởng)",
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
            "Các Sở, Ban, ngành",
        ] {
            assert_eq!(split(cell), [cell], "{cell}");
        }
    }

    #[test]
    fn units_are_split_where_a_new_name_begins() {
        for (cell, units) in [
            (
                "Văn phòng, Chi cục TĐC, Trung tâm KH&CN",
                vec!["Văn phòng", "Chi cục TĐC", "Trung tâm KH&CN"],
            ),
            (
                "Phòng Quản lý Khoa học; Phòng Quản lý Chuyên ngành;\n Chi cục TĐC",
                vec![
                    "Phòng Quản lý Khoa học",
                    "Phòng Quản lý Chuyên ngành",
                    "Chi cục TĐC",
                ],
            ),
            (
                "Sở Tư pháp và các cơ quan liên quan",
                vec!["Sở Tư pháp", "các cơ quan liên quan"],
            ),
            (
                "Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính",
                vec!["Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"],
            ),
            (
                "Sở Nội vụ\nSở Tư pháp\n- UBND cấp huyện",
                vec!["Sở Nội vụ", "Sở Tư pháp", "UBND cấp huyện"],
            ),
            // A break in a cell ends a name, whether or not the next line starts like one…
            ("Văn phòng\nThanh tra", vec!["Văn phòng", "Thanh tra"]),
            // … unless the name plainly goes on.
            (
                "Sở Văn hóa, Thể thao\nvà Du lịch",
                vec!["Sở Văn hóa, Thể thao và Du lịch"],
            ),
            (
                "Sở Thông tin và\nTruyền thông",
                vec!["Sở Thông tin và Truyền thông"],
            ),
            (
                "Ban Quản lý các Khu\ncông nghiệp tỉnh",
                vec!["Ban Quản lý các Khu công nghiệp tỉnh"],
            ),
            ("Sở Nội vụ\n(chủ trì)", vec!["Sở Nội vụ (chủ trì)"]),
            (
                "Phòng Quản lý Khoa học\nTổ kiểm soát TTHC",
                vec!["Phòng Quản lý Khoa học", "Tổ kiểm soát TTHC"],
            ),
            (
                "Sở Tài chính và Kho bạc Nhà nước tỉnh",
                vec!["Sở Tài chính", "Kho bạc Nhà nước tỉnh"],
            ),
            (
                "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh",
                vec!["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
            ),
            ("Văn phòng, QLKH", vec!["Văn phòng", "QLKH"]),
            ("P.KHTC, TTr", vec!["P.KHTC", "TTr"]),
            ("Sở KH&CN, HĐND tỉnh", vec!["Sở KH&CN", "HĐND tỉnh"]),
        ] {
            let expected: Vec<String> = units
                .iter()
                .map(|u| u.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            assert_eq!(split(cell), expected, "{cell}");
        }
    }

    #[test]
    fn a_name_whole_by_itself_ends_the_cell_and_a_lead_may_open_the_title() {
        assert_eq!(
            split("Hội Cựu chiến binh tỉnh và Tỉnh đoàn"),
            ["Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"]
        );
        // "Sở" alone is no unit: the name must go on.
        assert_eq!(split("Ban Dân tộc và Sở"), ["Ban Dân tộc và Sở"]);
        assert_eq!(
            lead_in_title("Phòng Nghiệp vụ Y chủ trì tham mưu Giám đốc Sở ban hành quy trình"),
            Some("Phòng Nghiệp vụ Y".to_string())
        );
        // A title that does not begin with a unit, or names several, gives none.
        assert_eq!(
            lead_in_title("Rà soát văn bản do Sở Tư pháp chủ trì soạn thảo"),
            None
        );
        assert_eq!(lead_in_title("Sở Nội vụ, Sở Tư pháp chủ trì rà soát"), None);
    }

    #[test]
    fn a_role_in_brackets_after_a_name_is_read() {
        assert_eq!(
            role_after("Sở Nội vụ (chủ trì)"),
            Some(("Sở Nội vụ".to_string(), Role::Lead))
        );
        assert_eq!(
            role_after("Sở Tài chính (Phối hợp)"),
            Some(("Sở Tài chính".to_string(), Role::Support))
        );
        assert_eq!(role_after("Trung tâm (KH&CN)"), None);
        assert_eq!(
            role_after("Sở Tư pháp: phối hợp;"),
            Some(("Sở Tư pháp".to_string(), Role::Support))
        );
        assert_eq!(
            role_after("Các sở, ban, ngành: thực hiện"),
            Some(("Các sở, ban, ngành".to_string(), Role::Lead))
        );
        assert_eq!(role_after("Ghi chú: xem phụ lục"), None);
        // Roles before the names, a line each or on one line.
        let read = |cell: &str| by_role(cell).unwrap_or_default();
        assert_eq!(
            read("Chủ trì: Phòng Tư pháp\nPhối hợp: Phòng Nội vụ, UBND các xã"),
            [
                ("Phòng Tư pháp".to_string(), Some(Role::Lead)),
                ("Phòng Nội vụ".to_string(), Some(Role::Support)),
                ("UBND các xã".to_string(), Some(Role::Support)),
            ]
        );
        assert_eq!(
            read("- Chủ trì: Phòng Nội vụ và Phòng Tài chính - Kế hoạch; phối hợp: Thanh tra"),
            [
                ("Phòng Nội vụ".to_string(), Some(Role::Lead)),
                ("Phòng Tài chính - Kế hoạch".to_string(), Some(Role::Lead)),
                ("Thanh tra".to_string(), Some(Role::Support)),
            ]
        );
        // A sentence: "X chủ trì, phối hợp với Y, Z", "X chủ trì; Y phối hợp".
        let sentence = |cell: &str| by_sentence(cell).unwrap_or_default();
        assert_eq!(
            sentence("Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Tư pháp"),
            [
                ("Sở Nội vụ".to_string(), Some(Role::Lead)),
                ("Văn phòng UBND tỉnh".to_string(), Some(Role::Support)),
                ("Sở Tư pháp".to_string(), Some(Role::Support)),
            ]
        );
        assert_eq!(
            sentence("Sở Tư pháp chủ trì; Sở Nội vụ, Sở Tài chính phối hợp"),
            [
                ("Sở Tư pháp".to_string(), Some(Role::Lead)),
                ("Sở Nội vụ".to_string(), Some(Role::Support)),
                ("Sở Tài chính".to_string(), Some(Role::Support)),
            ]
        );
        assert_eq!(by_sentence("Sở Nội vụ"), None);
        // A name that holds the words ("Tổ chủ trì …") names no role.
        assert_eq!(by_role("Văn phòng"), None);
        assert_eq!(by_role("Tổ chủ trì kiểm tra"), None);
        assert_eq!(role_after("Văn phòng"), None);
    }

    #[test]
    fn no_word_is_lost() {
        let cell = "Sở Văn hóa, Thể thao và Du lịch; Sở Nội vụ, UBND các huyện, thị xã và các cơ quan liên quan";
        let words = |t: &str| {
            fold(t)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let joined = split(cell).join(" ");
        let kept = words(&joined);
        let all = words(cell);
        let without_va: Vec<&String> = all.iter().filter(|w| *w != "va").collect();
        let kept_without_va: Vec<&String> = kept.iter().filter(|w| *w != "va").collect();
        assert_eq!(kept_without_va, without_va);
    }

    #[test]
    fn collective_wording() {
        for name in [
            "Các phòng, đơn vị",
            "Các sở, ban, ngành",
            "UBND các xã, phường",
            "các cơ quan, đơn vị liên quan",
        ] {
            assert!(is_collective(name), "{name}");
        }
        for name in [
            "Sở Nội vụ",
            "Văn phòng",
            "Ban Quản lý các Khu công nghiệp, khu kinh tế",
        ] {
            assert!(!is_collective(name) || name.starts_with("Ban"), "{name}");
        }
    }
}
