//! `plan mark` killed with SIGKILL at random moments: every plan file still loads and holds
//! either the old or the new content, and what the killed process left behind is ignored by the
//! loader and cleared by the next mark.
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plan::edit::{NewEntry, PlanFile};
use plan::model::Status;

const PLAN: &str = "title = \"Kế hoạch thử\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\n";

fn section() -> String {
    let mut text = String::from("id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n");
    for n in 1..=300 {
        text.push_str(&format!(
            "\n[[task]]\nid = \"I.{n}\"\ntitle = \"Xây dựng kế hoạch số {n}\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 2/ 2023\"\n"
        ));
    }
    text
}

fn mark(root: &Path, id: &str) -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("plan"));
    command
        .current_dir(root)
        .args(["mark", id, "done", "--on", "2023-06-01", "--note", "xong"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// The names of the temporary files in `dir`.
fn temporaries(dir: &Path) -> Vec<String> {
    let names = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name());
    let names = names.map(|name| name.to_string_lossy().into_owned());
    names.filter(|name| name.ends_with(".tmp")).collect()
}

/// A small deterministic generator, so that a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound.max(1)
    }
}

// Two series of rounds with their own seeds, run side by side: each waits on its marks most of
// the time.
#[test]
fn killed_marks_leave_the_old_file_or_the_new_one() {
    kill_marks_at_random(2023);
}

#[test]
fn killed_marks_leave_the_old_file_or_the_new_one_in_other_rounds() {
    kill_marks_at_random(2024);
}

/// Thirteen rounds of a mark killed at a random moment (`seed` chooses the tasks and moments),
/// every other one as soon as its temporary file appears.
fn kill_marks_at_random(seed: u64) {
    let root = tempfile::TempDir::new().unwrap();
    let dir = root.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("plan.toml"), PLAN).unwrap();
    fs::write(dir.join("I.toml"), section()).unwrap();
    let path = dir.join("I.toml");

    // How long one mark takes here, to spread the kills over it.
    let started = Instant::now();
    assert!(mark(root.path(), "I.1").status().unwrap().success());
    let span = started.elapsed().as_micros() as u64;

    let entry = NewEntry {
        date: NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(),
        status: Some(Status::Done),
        due: None,
        period: None,
        note: Some("xong".into()),
        ..NewEntry::default()
    };
    let mut random = Lcg(seed);
    let mut outcomes = [0usize; 2];
    let mut writing = 0;
    for round in 0..13 {
        let id = format!("I.{}", 2 + random.below(298));
        let old = fs::read_to_string(&path).unwrap();
        let new = PlanFile::read(&path, "plan/I.toml")
            .unwrap()
            .with_entry(&id, &entry, None)
            .unwrap();
        // What earlier killed marks left behind does not count as this one's.
        let left = temporaries(&dir);
        let its_own = || temporaries(&dir).iter().any(|name| !left.contains(name));
        let mut child = mark(root.path(), &id).spawn().unwrap();
        if round % 2 == 0 {
            // Kill it while it writes: as soon as its temporary file appears.
            // (A mark that ends before its temporary file is seen simply ends.)
            let started = Instant::now();
            while !its_own()
                && started.elapsed() < Duration::from_secs(10)
                && child.try_wait().unwrap().is_none()
            {
                std::thread::yield_now();
            }
            writing += usize::from(its_own());
        } else {
            std::thread::sleep(Duration::from_micros(random.below(span * 15 / 10)));
        }
        let _ = child.kill();
        child.wait().unwrap();

        let now = fs::read_to_string(&path).unwrap();
        assert!(
            now == old || now == new,
            "round {round}: `I.toml` is neither the old nor the new file"
        );
        outcomes[usize::from(now == new)] += 1;
        // The plan loads as `plan check` loads it (strictly), with the temporary file beside.
        if let Err(e) = plan::load::load(Path::new("plan"), root.path(), true) {
            panic!("round {round}: {e:#}");
        }
    }
    // The next mark clears whatever a killed one left.
    assert!(mark(root.path(), "I.300").status().unwrap().success());
    let left = temporaries(&dir);
    assert!(left.is_empty(), "{left:?}");
    assert!(
        writing > 0,
        "no kill landed while a temporary file was being written (killed before the rename: {}, after: {})",
        outcomes[0],
        outcomes[1]
    );
}

#[test]
fn a_temporary_file_left_behind_is_not_read_as_a_section() {
    let root = tempfile::TempDir::new().unwrap();
    let dir = root.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("plan.toml"), PLAN).unwrap();
    fs::write(dir.join("I.toml"), section()).unwrap();
    // Half of a file, as a killed write leaves it.
    fs::write(dir.join(".plan-write-4aB9xZ.tmp"), &section()[..1000]).unwrap();
    let check = Command::new(assert_cmd::cargo::cargo_bin("plan"))
        .current_dir(root.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(check.stdout).unwrap(),
        "ok: plan: 1 section, 300 tasks (0 headings), 1 unit\n"
    );
    assert!(mark(root.path(), "I.1").status().unwrap().success());
    assert!(!dir.join(".plan-write-4aB9xZ.tmp").exists());
}
