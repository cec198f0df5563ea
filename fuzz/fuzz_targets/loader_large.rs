//! Arbitrary bytes in the middle of a section file large enough to be read piece by piece:
//! the loader answers with a plan or with problems naming the file, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::load::{Contents, load_files};

const PLAN: &str = "title = \"Kế hoạch\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\n";

fn task(n: usize) -> String {
    format!(
        "\n[[task]]\nid = \"I.{n}\"\ntitle = \"Nhiệm vụ số {n}\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 2/ 2023\"\n"
    )
}

fuzz_target!(|bytes: &[u8]| {
    let mut section = "id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n"
        .as_bytes()
        .to_vec();
    for n in 1..=700 {
        section.extend_from_slice(task(n).as_bytes());
    }
    section.extend_from_slice(bytes);
    for n in 701..=1000 {
        section.extend_from_slice(task(n).as_bytes());
    }
    let head = Contents {
        display: "plan/plan.toml".into(),
        bytes: PLAN.as_bytes().to_vec(),
    };
    let file = Contents {
        display: "plan/I.toml".into(),
        bytes: section,
    };
    if let Err(error) = load_files("plan", head, vec![file], true) {
        let message = format!("{error:#}");
        assert!(message.contains("plan/I.toml"), "{message}");
    }
});
