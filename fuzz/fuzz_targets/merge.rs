//! Any three texts as the base, ours and theirs of a section file: the merge driver's merge
//! answers with a conflict or a merged text (TOML when the three are), and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let mut sides = text.splitn(3, '\u{0}');
    let (Some(base), Some(ours), Some(theirs)) = (sides.next(), sides.next(), sides.next()) else {
        return;
    };
    let toml = |text: &str| {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        body.parse::<toml_edit::DocumentMut>().is_ok()
    };
    // A side left as it was gives the other side as it is, TOML or not, as git would; from
    // three TOML files, the merge is TOML.
    if let Ok(merged) = plan::merge::merge(base, ours, theirs) {
        let from_toml = toml(base) && toml(ours) && toml(theirs);
        assert!(!from_toml || toml(&merged), "{merged}");
    }
});
