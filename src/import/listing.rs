//! Word's automatic numbering (`word/numbering.xml`): the labels ("1.", "a)", "II.", "-") Word
//! shows before a paragraph that is part of a list, which are not in the paragraph's text.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::attribute;

/// A level of a list: the number it starts at, how it is written, and the label's pattern
/// ("%1.", "%1.%2.", "%2)").
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// The lists a document defines, and how far each has counted.
#[derive(Debug, Default)]
pub struct Lists {
    /// Each abstract list's levels.
    abstracts: HashMap<String, Vec<Level>>,
    /// Each list instance: its abstract list, and the levels it starts again.
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    /// The count of each level of each abstract list (instances of one abstract list count on
    /// together, as Word does), and the instances met already.
    counts: HashMap<String, [Option<u32>; 9]>,
    started: std::collections::HashSet<String>,
}

/// At most this many levels, list instances and abstract lists are kept: a document's lists
/// are a few dozen.
const MAX: usize = 10_000;

impl Lists {
    /// The lists of `numbering.xml`; none where it does not parse.
    pub fn read(xml: &[u8]) -> Lists {
        let mut lists = Lists::default();
        let mut reader = Reader::from_reader(xml);
        let mut buffer = Vec::new();
        // Inside: an abstract list (its id) and a level (its index); a list instance and the
        // level it overrides.
        let (mut abstract_id, mut level): (Option<String>, Option<usize>) = (None, None);
        let (mut num_id, mut override_level): (Option<String>, Option<usize>) = (None, None);
        loop {
            let event = match reader.read_event_into(&mut buffer) {
                Ok(Event::Eof) | Err(_) => break,
                Ok(event) => event,
            };
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let name = e.local_name();
                    let name: &str = name.as_ref();
                    let val = || attribute(e, "val");
                    match name {
                        "abstractNum" if lists.abstracts.len() < MAX => {
                            let id = attribute(e, "abstractNumId").unwrap_or_default();
                            lists
                                .abstracts
                                .insert(id.clone(), vec![Level::default(); 9]);
                            abstract_id = Some(id);
                        }
                        "lvl" => {
                            level = attribute(e, "ilvl").and_then(|v| v.parse().ok());
                            override_level = level;
                        }
                        "start" | "numFmt" | "lvlText" => {
                            if let (Some(id), Some(l)) = (&abstract_id, level)
                                && let Some(level) =
                                    lists.abstracts.get_mut(id).and_then(|v| v.get_mut(l))
                            {
                                let value = val().unwrap_or_default();
                                match name {
                                    "start" => level.start = value.parse().unwrap_or(1),
                                    "numFmt" => level.format = value,
                                    // (Word's labels are a few characters: one written
                                    // longer is cut, so that no label costs more.)
                                    _ => level.text = value.chars().take(32).collect(),
                                }
                            }
                        }
                        "num" if lists.nums.len() < MAX => {
                            num_id = attribute(e, "numId");
                        }
                        "abstractNumId" => {
                            if let Some(id) = &num_id {
                                lists.nums.insert(
                                    id.clone(),
                                    (val().unwrap_or_default(), HashMap::new()),
                                );
                            }
                        }
                        "lvlOverride" => {
                            override_level = attribute(e, "ilvl").and_then(|v| v.parse().ok());
                        }
                        "startOverride" => {
                            if let (Some(id), Some(l), Some(start)) =
                                (&num_id, override_level, val().and_then(|v| v.parse().ok()))
                                && let Some((_, overrides)) = lists.nums.get_mut(id)
                                && l < 9
                            {
                                overrides.insert(l, start);
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(ref e) => {
                    let name = e.local_name();
                    match name.as_ref() {
                        "abstractNum" => abstract_id = None,
                        "lvl" => level = None,
                        "num" => num_id = None,
                        _ => {}
                    }
                }
                _ => {}
            }
            buffer.clear();
        }
        // A level never given a start starts at 1.
        for levels in lists.abstracts.values_mut() {
            for level in levels.iter_mut().filter(|l| l.start == 0) {
                level.start = 1;
            }
        }
        lists
    }

    /// The label Word shows before the next paragraph of list `num` at `level` ("2.", "b)",
    /// "III."), counting it; `None` for no list, or a level that shows nothing.
    pub fn label(&mut self, num: &str, level: usize) -> Option<String> {
        let (abstract_id, overrides) = self.nums.get(num)?.clone();
        let levels = self.abstracts.get(&abstract_id)?.clone();
        let level = level.min(8);
        let counts = self.counts.entry(abstract_id).or_insert([None; 9]);
        if self.started.insert(num.to_string()) {
            for (&l, &start) in &overrides {
                counts[l] = Some(start.saturating_sub(1));
            }
        }
        counts[level] = Some(match counts[level] {
            Some(n) => n.saturating_add(1),
            None => levels[level].start,
        });
        for deeper in counts.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        let this = &levels[level];
        match this.format.as_str() {
            "none" => return None,
            // A bullet drawn from a symbol font: a dash, as a bullet reads.
            "bullet" => return Some("-".to_string()),
            _ => {}
        }
        let mut label = this.text.clone();
        for (l, count) in counts.iter().enumerate().take(level + 1) {
            let shown = written(count.unwrap_or(levels[l].start), &levels[l].format);
            label = label.replace(&format!("%{}", l + 1), &shown);
        }
        Some(label).filter(|l| !l.trim().is_empty())
    }
}

/// A count as a list level writes it.
fn written(n: u32, format: &str) -> String {
    let letter = |n: u32| {
        let n = n.clamp(1, 26 * 10);
        let c = (b'a' + ((n - 1) % 26) as u8) as char;
        c.to_string().repeat(((n - 1) / 26 + 1) as usize)
    };
    match format {
        "lowerLetter" => letter(n),
        "upperLetter" => letter(n).to_uppercase(),
        "lowerRoman" if n < 4000 => crate::text::to_roman(n).to_lowercase(),
        "upperRoman" if n < 4000 => crate::text::to_roman(n),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
          <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        </w:numbering>"#;

    #[test]
    fn labels_count_on_reset_below_and_start_again_where_told() {
        let mut lists = Lists::read(NUMBERING.as_bytes());
        let mut label = |num: &str, level: usize| lists.label(num, level);
        assert_eq!(label("1", 0).as_deref(), Some("I."));
        assert_eq!(label("2", 0).as_deref(), Some("1."));
        assert_eq!(label("2", 1).as_deref(), Some("a)"));
        assert_eq!(label("2", 1).as_deref(), Some("b)"));
        assert_eq!(label("2", 2).as_deref(), Some("-"));
        assert_eq!(label("2", 0).as_deref(), Some("2."));
        assert_eq!(label("2", 1).as_deref(), Some("a)"));
        assert_eq!(label("1", 0).as_deref(), Some("II."));
        // Another instance of the same list counts on, unless it says to start again.
        assert_eq!(label("3", 0).as_deref(), Some("1."));
        assert_eq!(label("3", 0).as_deref(), Some("2."));
        // No such list: no label.
        assert_eq!(label("9", 0), None);
        // A count beyond what Roman numerals write is written in figures.
        assert_eq!(written(4_000_000_000, "upperRoman"), "4000000000");
    }
}
