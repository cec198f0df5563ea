//! Any text as a section file: whatever the plain reader accepts, the `toml` crate reads the same
//! (values and spans).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        plan::load::plain_reader_agrees(text);
    }
});
