//! Problems in plan files that cannot be kept as data in the corpus of `tests/bad-plans/` (see
//! its README.md): sections of thousands of tasks generated here rather than stored, and a
//! message that names the absolute path of a temporary directory outside any repository.
use super::common;

use std::fs;
use std::path::Path;

use tempfile::TempDir;

const PLAN: &str = r#"title = "Kế hoạch thử"
year = 2023

[[unit]]
name = "Văn phòng"
aliases = ["VP"]

[[unit]]
name = "Thanh tra"
"#;

/// A plan directory `plan/` in a fresh folder, with `plan.toml` and the given section files.
fn plan_with(files: &[(&str, &[u8])]) -> TempDir {
    let root = TempDir::new().unwrap();
    let dir = root.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("plan.toml"), PLAN).unwrap();
    for (name, contents) in files {
        fs::write(dir.join(name), contents).unwrap();
    }
    root
}

fn run(root: &Path, args: &[&str]) -> (i32, String, String) {
    common::run_plan(root, args)
}

/// Runs `plan check` and expects it to fail with exactly `expected` on stderr.
fn check_fails_with(root: &TempDir, expected: &str) {
    let (code, stdout, stderr) = run(root.path(), &["check"]);
    assert_eq!(stderr, expected);
    assert_eq!((code, stdout.as_str()), (1, ""));
}

#[test]
fn no_plan_anywhere_says_where_it_looked() {
    let root = TempDir::new().unwrap();
    let (code, _, stderr) = run(root.path(), &["list"]);
    assert_eq!(code, 1);
    let looked = root.path().join("plan");
    assert!(
        stderr.starts_with(&format!(
            "error: no plan found: looked for a `plan` directory in {}, ",
            looked.display()
        )),
        "{stderr}"
    );
    assert!(stderr.ends_with("help: run from inside a repository that has one, pass `--plan-dir DIR` (or set `$PLAN_DIR`), or start one with `plan init`\n"));
}

/// A section of `count` tasks, each six lines long after a two-line header and a blank line:
/// task `I.n` has its `id` on line 5 + 6 × (n − 1).
fn big_section(count: usize) -> String {
    let mut text = String::from("id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n");
    for n in 1..=count {
        text.push_str(&format!(
            "\n[[task]]\nid = \"I.{n}\"\ntitle = \"Nhiệm vụ số {n}\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 2/ 2023\"\n"
        ));
    }
    text
}

#[test]
fn problems_deep_in_a_large_file_are_placed_exactly() {
    let text = big_section(2000).replace(
        "id = \"I.1500\"\ntitle = \"Nhiệm vụ số 1500\"\nlead = [\"Văn phòng\"]",
        "id = \"I.1500\"\ntitle = \"Nhiệm vụ số 1500\"\nlead = [\"Văn phòngg\"]",
    );
    let root = plan_with(&[("I.toml", text.as_bytes())]);
    // I.1500's id is on line 5 + 6 × 1499 = 8999; its lead on the line after its title.
    check_fails_with(
        &root,
        "error: the plan has 1 problem

plan/I.toml:9001:9: unknown unit `Văn phòngg`
     |
9001 | lead = [\"Văn phòngg\"]
     |         ^^^^^^^^^^^^
help: did you mean `Văn phòng`? Or add it to `plan.toml` as a unit or an alias
",
    );
    let syntax = big_section(2000).replace("id = \"I.1999\"\n", "id = \"I.1999\n");
    let root = plan_with(&[("I.toml", syntax.as_bytes())]);
    let (code, _, stderr) = run(root.path(), &["check"]);
    assert_eq!(code, 1);
    // 5 + 6 × 1998 = 11993.
    assert!(
        stderr.starts_with("error: the plan has 1 problem\n\nplan/I.toml:11993:"),
        "{stderr}"
    );
}

#[test]
fn a_large_file_with_task_lines_inside_a_multi_line_string_loads_whole() {
    let text = big_section(2000).replace(
        "title = \"Nhiệm vụ số 700\"\n",
        "title = \"\"\"Nhiệm vụ số 700\n[[task]]\nvẫn là tiêu đề\"\"\"\n",
    );
    let root = plan_with(&[("I.toml", text.as_bytes())]);
    let (code, stdout, stderr) = run(root.path(), &["check"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        "ok: plan: 1 section, 2000 tasks (0 headings), 2 units\n"
    );
    let (_, json, _) = run(
        root.path(),
        &[
            "list",
            "--format",
            "json",
            "--search",
            "I.700",
            "--as-of",
            "2023-06-30",
        ],
    );
    let tasks: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        tasks[0]["title"],
        "Nhiệm vụ số 700\n[[task]]\nvẫn là tiêu đề"
    );
    assert_eq!(tasks[0]["line"], 5 + 6 * 699);
}

/// 4,000 tasks, about 380 KB: the loader reads such a file in pieces of 64 KiB, on every core.
#[test]
fn a_file_read_in_pieces_is_checked_as_one() {
    let wrong_unit = |text: String| {
        text.replace(
            "id = \"I.3500\"\ntitle = \"Nhiệm vụ số 3500\"\nlead = [\"Văn phòng\"]",
            "id = \"I.3500\"\ntitle = \"Nhiệm vụ số 3500\"\nlead = [\"Văn phòngg\"]",
        )
    };
    // I.3500's id is on line 5 + 6 × 3499 = 20999, its lead on 21001.
    let expected = "error: the plan has 1 problem

plan/I.toml:21001:9: unknown unit `Văn phòngg`
      |
21001 | lead = [\"Văn phòngg\"]
      |         ^^^^^^^^^^^^
help: did you mean `Văn phòng`? Or add it to `plan.toml` as a unit or an alias
";
    let plain = wrong_unit(big_section(4000));
    check_fails_with(&plan_with(&[("I.toml", plain.as_bytes())]), expected);
    // A two-line string in another piece: the whole file is read again by the TOML parser,
    // with the same problem, one line further down.
    let mixed = wrong_unit(big_section(4000)).replace(
        "title = \"Nhiệm vụ số 3000\"\n",
        "title = \"\"\"Nhiệm vụ số 3000\n[[task]]\"\"\"\n",
    );
    check_fails_with(
        &plan_with(&[("I.toml", mixed.as_bytes())]),
        &expected.replace("21001", "21002"),
    );
    // Ids are unique across pieces: I.5's id is on line 5 + 6 × 4 = 29.
    let duplicate = big_section(4000).replace("id = \"I.3500\"\n", "id = \"I.5\"\n");
    let root = plan_with(&[("I.toml", duplicate.as_bytes())]);
    let (code, _, stderr) = run(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        stderr
            .contains("plan/I.toml:20999:6: duplicate task id `I.5`, first used at plan/I.toml:29"),
        "{stderr}"
    );
}
