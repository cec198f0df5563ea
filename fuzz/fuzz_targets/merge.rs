//! Any three texts as the base, ours and theirs of a section file: the merge driver's merge
//! answers with a merged text that is valid TOML, or with a conflict, and never panics.
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
    if let Ok(merged) = plan::merge::merge(base, ours, theirs) {
        let body = merged.strip_prefix('\u{feff}').unwrap_or(&merged);
        assert!(body.parse::<toml_edit::DocumentMut>().is_ok(), "{merged}");
    }
});
