//! Property: any sequence of valid marks leaves a file that loads to exactly the marks made, and
//! whose diff against the original adds lines only.
use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use plan::edit::{NewEntry, PlanFile};
use plan::model::Status;
use plan::period::Period;
use proptest::prelude::*;

const PLAN: &str = "title = \"Kế hoạch thử\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\n";

const SECTION: &str = "# Section I\nid = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n\n[[task]]\nid = \"I.1\"  # first\ntitle = \"Xây dựng Kế hoạch CCHC năm 2023\"\nlead = [\"Văn phòng\"]\nbudget = 12_000_000\ndeadline = \"Quý 1/ 2023\"\n# below I.1\n\n[[task]]\nid = \"I.2\"\ntitle = \"Báo cáo định kỳ\"\nlead = [\n  \"Văn phòng\",\n]\ndeadline = \"Định kỳ quý, năm\"\n\n[[task]]\nid = \"I.3\"\ntitle = \"Giao biên chế\"\nlead = [\"Văn phòng\"]\ndeadline = \"Sau khi có thông báo\"\n\n[[task.progress]]\ndate = 2023-01-05\nstatus = \"doing\"\n";

const IDS: [&str; 3] = ["I.1", "I.2", "I.3"];

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// (task, status, day of the year, quarter for the periodic task, note)
type Mark = (usize, Status, u32, u32, Option<String>);

fn marks() -> impl Strategy<Value = Vec<Mark>> {
    prop::collection::vec(
        (
            0..3usize,
            status(),
            0..365u32,
            1..=4u32,
            prop::option::of("\\PC{0,12}|[\"\\\\\n\t ]{1,4}|đ́ơ\u{301}"),
        ),
        1..8,
    )
}

fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// Whether `original`'s lines appear in `edited` in order: a diff with added lines only.
fn only_added(original: &str, edited: &str) -> bool {
    let mut edited = lines(edited).into_iter();
    lines(original).into_iter().all(|line| {
        edited.any(|e| {
            e == line || (e.trim_end_matches(['\r', '\n']) == line && !line.ends_with('\n'))
        })
    })
}

fn apply(dir: &Path, marks: &[Mark]) {
    let path = dir.join("I.toml");
    for (task, status, day, quarter, note) in marks {
        let date = NaiveDate::from_yo_opt(2023, day + 1).unwrap();
        let entry = NewEntry {
            date,
            status: Some(*status),
            due: None,
            period: (*task == 1).then(|| Period::quarter(2023, *quarter).unwrap()),
            note: note.clone(),
            ..NewEntry::default()
        };
        let file = PlanFile::read(&path, "plan/I.toml").unwrap();
        let text = file.with_entry(IDS[*task], &entry, None).unwrap();
        file.write(&text, |_| Ok(())).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn marks_load_back_exactly_and_only_add_lines(marks in marks(), crlf: bool, bom: bool, final_newline: bool) {
        let root = tempfile::TempDir::new().unwrap();
        let dir = root.path().join("plan");
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("plan.toml"), PLAN).unwrap();
        let mut original = if crlf { SECTION.replace('\n', "\r\n") } else { SECTION.to_string() };
        if !final_newline {
            original.truncate(original.trim_end().len());
        }
        let bytes = if bom { format!("\u{FEFF}{original}") } else { original.clone() };
        fs::write(dir.join("I.toml"), &bytes).unwrap();

        apply(&dir, &marks);

        let loaded = plan::load::load(Path::new("plan"), root.path(), true).unwrap().plan;
        for (index, id) in IDS.iter().enumerate() {
            let task = loaded.task(id).unwrap();
            let earlier = usize::from(index == 2);
            let made: Vec<_> = marks.iter().filter(|m| m.0 == index).collect();
            prop_assert_eq!(task.progress.len(), earlier + made.len());
            for (entry, (_, status, day, quarter, note)) in task.progress[earlier..].iter().zip(made) {
                prop_assert_eq!(entry.date, NaiveDate::from_yo_opt(2023, day + 1).unwrap());
                prop_assert_eq!(entry.status, Some(*status));
                prop_assert_eq!(entry.period, (index == 1).then(|| Period::quarter(2023, *quarter).unwrap()));
                let nfc = note.as_deref().map(plan::text::nfc);
                prop_assert_eq!(entry.note.as_deref(), nfc.as_deref());
            }
        }
        let edited = fs::read(dir.join("I.toml")).unwrap();
        prop_assert_eq!(edited.starts_with(b"\xEF\xBB\xBF"), bom);
        let edited = String::from_utf8(edited).unwrap();
        let edited = edited.trim_start_matches('\u{FEFF}');
        prop_assert!(only_added(&original, edited));
        prop_assert_eq!(edited.ends_with('\n'), final_newline);
        if crlf {
            prop_assert_eq!(edited.matches('\n').count(), edited.matches("\r\n").count());
        } else {
            prop_assert!(!edited.contains('\r'));
        }
    }
}
