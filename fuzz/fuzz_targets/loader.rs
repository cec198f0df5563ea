//! Any bytes as a section file beside a good `plan.toml`: the loader answers with a plan or with
//! problems that name the file, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::load::{Contents, load_files};

const PLAN: &str = "title = \"Kế hoạch\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\naliases = [\"VP\"]\n\n[[unit]]\nname = \"Các phòng, đơn vị\"\nmembers = [\"Văn phòng\"]\n";

fuzz_target!(|bytes: &[u8]| {
    let head = Contents {
        display: "plan/plan.toml".into(),
        bytes: PLAN.as_bytes().to_vec(),
    };
    let section = Contents {
        display: "plan/I.toml".into(),
        bytes: bytes.to_vec(),
    };
    if let Err(error) = load_files("plan", head, vec![section], true) {
        let message = format!("{error:#}");
        assert!(message.contains("plan/I.toml"), "{message}");
    }
});
