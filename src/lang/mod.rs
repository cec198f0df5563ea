//! The language of what people read, English or Vietnamese: the one catalogue of sentences
//! and words ([`vi`], data only), how a day and a decimal number are written. Machine formats
//! (JSON, CSV keys) stay in English. Sentences with values are `message`'s [`crate::msg!`];
//! single words and headings are [`Lang::tr`]; both are looked up here.

mod vi;

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English
    #[default]
    En,
    /// Tiếng Việt
    Vi,
}

/// The Vietnamese of an English sentence or word of the catalogue.
pub(crate) fn vietnamese(english: &str) -> Option<&'static str> {
    vi::VIETNAMESE
        .iter()
        .find(|(en, _)| *en == english)
        .map(|(_, vi)| *vi)
}

impl Lang {
    /// The language of a code as `--lang`, `$PLAN_LANG` and `lang` in plan.toml write it.
    pub fn from_code(code: &str) -> Option<Lang> {
        // A locale names its language first: `vi_VN.UTF-8`, `en-US`, `VI`.
        let language = code
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        }
    }

    /// `text` in this language (English text is its own key).
    pub fn tr(self, text: &'static str) -> &'static str {
        match self {
            Lang::En => text,
            Lang::Vi => vietnamese(text).unwrap_or(text),
        }
    }

    /// A day as people of this language read it on screen: 2023-06-30, or 30/06/2023 in
    /// Vietnamese. (JSON and CSV keep ISO dates.)
    pub fn day(self, day: chrono::NaiveDate) -> String {
        match self {
            Lang::En => day.to_string(),
            Lang::Vi => day.format("%d/%m/%Y").to_string(),
        }
    }

    /// A number written with a decimal point (`66.67`), with this language's decimal sign:
    /// `66,67` in Vietnamese.
    pub fn decimal(self, number: &str) -> String {
        match self {
            Lang::En => number.to_string(),
            Lang::Vi => number.replace('.', ","),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_its_own_key() {
        assert_eq!(Lang::En.tr("Task"), "Task");
        assert_eq!(Lang::Vi.tr("Task"), "Nhiệm vụ");
    }

    #[test]
    fn days_are_written_the_vietnamese_way_in_vietnamese() {
        let day = chrono::NaiveDate::from_ymd_opt(2023, 6, 5).unwrap();
        assert_eq!(Lang::En.day(day), "2023-06-05");
        assert_eq!(Lang::Vi.day(day), "05/06/2023");
    }

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    fn only_values(text: &str) -> String {
        text.split('{')
            .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
            .collect()
    }

    /// The string literals that follow `msg!(` or `.tr(` in `src/`, unescaped, with their
    /// file; and the code itself, outside the catalogue.
    fn sentences_in_the_code() -> (Vec<(String, String)>, String) {
        let mut found = Vec::new();
        let mut code = String::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            // Tests say what they like, and examples in comments are not said: only what the
            // program says must be in the table.
            let source = source.split("#[cfg(test)]").next().unwrap_or_default();
            let source: String = source
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .map(|line| format!("{line}\n"))
                .collect();
            if path.ends_with("lang/vi.rs") {
                continue;
            }
            for call in ["msg!(", ".tr("] {
                for (at, _) in source.match_indices(call) {
                    let rest = source[at + call.len()..].trim_start();
                    // The macro's own definition and its documentation; a word in a variable.
                    let Some(rest) = rest.strip_prefix('"') else {
                        continue;
                    };
                    found.push((unescape(rest), path.display().to_string()));
                }
            }
            code.push_str(&source);
        }
        (found, code)
    }

    /// A Rust string literal's text, up to its closing quote.
    fn unescape(literal: &str) -> String {
        let mut text = String::new();
        let mut chars = literal.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return text,
                '\\' => match chars.next() {
                    Some('n') => text.push('\n'),
                    Some('t') => text.push('\t'),
                    Some('\n') => {
                        let rest: String = chars.clone().collect();
                        let skipped = rest.len() - rest.trim_start().len();
                        for _ in 0..rest[..skipped].chars().count() {
                            chars.next();
                        }
                    }
                    Some(other) => text.push(other),
                    None => break,
                },
                c => text.push(c),
            }
        }
        panic!("unterminated literal: {literal:.40}")
    }

    #[test]
    fn everything_said_is_in_both_languages_and_the_catalogue_holds_nothing_else() {
        let (in_code, code) = sentences_in_the_code();
        assert!(in_code.len() > 250, "only {} messages found", in_code.len());
        for (english, file) in &in_code {
            // Nothing but values and punctuation: the same in both languages.
            if !only_values(english).chars().any(char::is_alphabetic) {
                continue;
            }
            let vietnamese = vietnamese(english)
                .unwrap_or_else(|| panic!("{file}: {english:?} is not in VIETNAMESE"));
            assert_eq!(
                placeholders(english),
                placeholders(vietnamese),
                "{file}: the values of {english:?}"
            );
            assert_ne!(english, vietnamese, "{file}: {english:?} is not translated");
        }
        for (index, (english, vietnamese)) in vi::VIETNAMESE.iter().enumerate() {
            assert!(!vietnamese.trim().is_empty(), "{english:?}");
            assert!(
                vi::VIETNAMESE[index + 1..]
                    .iter()
                    .all(|(other, _)| other != english),
                "{english:?} twice"
            );
            // Said by `msg!` or `tr`, or a heading passed to `tr` in a list.
            let literal = format!("{english:?}");
            assert!(
                in_code.iter().any(|(used, _)| used == english) || code.contains(&literal),
                "{english:?} is in the catalogue but said nowhere"
            );
        }
    }
}
