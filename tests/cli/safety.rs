//! Nothing the office wrote is lost or silently changed: each test is one way a plan file or a
//! user's file could be destroyed or corrupted, or a wrong answer given without a word.
use super::common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{git_identity, one_task, run_plan};
use tempfile::TempDir;

/// A file of the shipped plan as it is in the repository.
fn read_shipped(name: &str) -> String {
    fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("plan")
            .join(name),
    )
    .unwrap()
}

fn read(root: &TempDir, name: &str) -> String {
    fs::read_to_string(root.path().join("plan").join(name)).unwrap()
}

fn git(root: &Path, args: &[&str]) -> String {
    let output = git_identity(Command::new("git").current_dir(root).args(args))
        .output()
        .unwrap();
    assert!(output.status.success(), "git {args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn in_git(root: &TempDir) {
    git(root.path(), &["init", "--quiet"]);
    git(root.path(), &["add", "."]);
    git(root.path(), &["commit", "--quiet", "--message", "plan"]);
}

/// The process ids the next processes are likely to get (Linux hands them out in turn).
fn next_pids() -> std::ops::Range<u32> {
    let last = fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(std::process::id());
    last..last + 500
}

#[test]
fn report_output_never_replaces_a_plan_file_or_an_existing_file() {
    let root = common::shipped_plan();
    let section = read(&root, "I.toml");
    let report = ["report", "--quarter", "2", "-o"];
    for target in ["plan/I.toml", "plan/plan.toml", "plan/new.md"] {
        let (code, _, err) = run_plan(root.path(), &[&report[..], &[target, "--force"]].concat());
        assert_eq!(code, 1, "{target}: {err}");
        assert!(err.contains("which holds a plan"), "{target}: {err}");
    }
    assert_eq!(read(&root, "I.toml"), section);
    assert!(!root.path().join("plan/new.md").exists());

    // A link outside the plan that points into it is refused too.
    std::os::unix::fs::symlink("plan/I.toml", root.path().join("link.md")).unwrap();
    let (code, _, err) = run_plan(
        root.path(),
        &[&report[..], &["link.md", "--force"]].concat(),
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(read(&root, "I.toml"), section);

    fs::write(root.path().join("notes.txt"), "the office's notes").unwrap();
    let (code, _, err) = run_plan(root.path(), &[&report[..], &["notes.txt"]].concat());
    assert_eq!(code, 1);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    let notes = fs::read_to_string(root.path().join("notes.txt")).unwrap();
    assert_eq!(notes, "the office's notes");

    let (code, _, err) = run_plan(
        root.path(),
        &[&report[..], &["notes.txt", "--force"]].concat(),
    );
    assert_eq!(code, 0, "{err}");
    let notes = fs::read_to_string(root.path().join("notes.txt")).unwrap();
    assert!(notes.contains("BÁO CÁO") || notes.contains('|'), "{notes}");
}

#[test]
fn a_mark_after_an_empty_list_goes_after_it_and_the_plan_still_loads() {
    let root = common::shipped_plan();
    let section = read(&root, "II.toml");
    // II.1's last key becomes an empty list.
    let edited = section.replacen(
        "support = [\"Thanh tra\"]\ndeadline = \"Năm 2023\"\n",
        "deadline = \"Năm 2023\"\nsupport = []\n",
        1,
    );
    assert_ne!(edited, section, "the fixture must change II.1");
    fs::write(root.path().join("plan/II.toml"), &edited).unwrap();
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run_plan(root.path(), &["mark", "II.1", "done", "--on", "2023-05-02"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        read(&root, "II.toml")
            .contains("support = []\n\n[[task.progress]]\ndate = 2023-05-02\nstatus = \"done\"\n")
    );
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_edit_that_would_not_load_writes_nothing() {
    let root = common::shipped_plan();
    // An inline empty progress list cannot take a `[[task.progress]]` table after it.
    let section = read(&root, "II.toml").replacen(
        "deadline = \"Năm 2023\"\n",
        "deadline = \"Năm 2023\"\nprogress = []\n",
        1,
    );
    fs::write(root.path().join("plan/II.toml"), &section).unwrap();
    let (code, _, err) = run_plan(root.path(), &["mark", "II.1", "done", "--on", "2023-05-02"]);
    assert_eq!(code, 1);
    assert!(err.contains("progress = []"), "{err}");
    assert_eq!(read(&root, "II.toml"), section);
}

#[test]
fn links_planted_where_a_temporary_file_might_go_are_never_followed() {
    let root = common::shipped_plan();
    let outside = root.path().join("outside.txt");
    fs::write(&outside, "not the plan's").unwrap();
    // Every name the old writer could have used, for the next process ids.
    let dir = root.path().join("plan");
    for pid in next_pids() {
        std::os::unix::fs::symlink(&outside, dir.join(format!(".I.toml.{pid}.tmp"))).unwrap();
    }
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(fs::read_to_string(&outside).unwrap(), "not the plan's");
    let meta = fs::symlink_metadata(dir.join("I.toml")).unwrap();
    assert!(meta.file_type().is_file());
    assert!(read(&root, "I.toml").contains("date = 2023-03-20"));
}

#[test]
fn init_leaves_a_folder_it_did_not_make_alone() {
    let root = TempDir::new().unwrap();
    // Folders named as the old `plan init` named its work folder, holding someone's files.
    let pids = next_pids();
    for pid in pids.clone() {
        let folder = root.path().join(format!(".plan-init-{pid}"));
        fs::create_dir(&folder).unwrap();
        fs::write(folder.join("keep.txt"), "mine").unwrap();
    }
    let (code, _, err) = run_plan(root.path(), &["init", "new2024", "--year", "2024"]);
    assert_eq!(code, 0, "{err}");
    for pid in pids {
        let kept = root.path().join(format!(".plan-init-{pid}/keep.txt"));
        assert_eq!(fs::read_to_string(kept).unwrap(), "mine");
    }
    assert!(root.path().join("new2024/plan.toml").is_file());
}

#[test]
fn a_section_file_that_is_a_link_or_read_only_is_refused_not_replaced() {
    let root = common::shipped_plan();
    let dir = root.path().join("plan");
    let elsewhere = root.path().join("I-shared.toml");
    fs::rename(dir.join("I.toml"), &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.join("I.toml")).unwrap();
    let before = fs::read_to_string(&elsewhere).unwrap();
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 1);
    assert!(err.contains("symbolic link"), "{err}");
    assert!(
        fs::symlink_metadata(dir.join("I.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&elsewhere).unwrap(), before);

    let root = common::shipped_plan();
    let path = root.path().join("plan/I.toml");
    let mut permissions = fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&path, permissions).unwrap();
    let before = read(&root, "I.toml");
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 1);
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(read(&root, "I.toml"), before);
    assert!(fs::metadata(&path).unwrap().permissions().readonly());
}

#[test]
fn a_pipe_or_device_as_a_section_file_is_an_error_not_a_hang() {
    let root = common::shipped_plan();
    let fifo = root.path().join("plan/VIII.toml");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("plan/VIII.toml") && err.contains("not a regular file"),
        "{err}"
    );
    fs::remove_file(&fifo).unwrap();

    std::os::unix::fs::symlink("/dev/zero", &fifo).unwrap();
    let (code, _, err) = run_plan(root.path(), &["list"]);
    assert_eq!(code, 1);
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn a_mark_waits_a_bounded_time_for_the_lock_and_says_who_holds_it() {
    let root = common::shipped_plan();
    let lock_path = root.path().join("plan/.plan-lock");
    let lock = fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .unwrap();
    lock.lock().unwrap();
    fs::write(&lock_path, "process 4242: plan mark I.3").unwrap();
    let before = read(&root, "I.toml");
    let output = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("PLAN_LOCK_WAIT", "0.2")
        .args(["mark", "I.1", "done", "--on", "2023-03-20"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("process 4242: plan mark I.3"), "{err}");
    assert!(err.contains("waited 0.2 s"), "{err}");
    // In Vietnamese, with its decimal comma.
    let output = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("PLAN_LOCK_WAIT", "0.2")
        .args(["--lang", "vi", "mark", "I.1", "done", "--on", "2023-03-20"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.starts_with("lỗi: một lệnh `plan` khác (process 4242: plan mark I.3) đang sửa kế hoạch; đã chờ 0,2 giây mà lệnh đó chưa xong, nên không thay đổi gì\n"),
        "{err}"
    );
    assert_eq!(read(&root, "I.toml"), before);
    drop(lock);
}

#[test]
fn a_mark_refuses_a_plan_that_is_broken_elsewhere() {
    let root = common::shipped_plan();
    let broken = read(&root, "VII.toml").replacen("[[task]]", "<<<<<<< HEAD\n[[task]]", 1);
    fs::write(root.path().join("plan/VII.toml"), broken).unwrap();
    let before = read(&root, "I.toml");
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 1);
    assert!(err.contains("plan/VII.toml"), "{err}");
    assert_eq!(read(&root, "I.toml"), before);
}

#[test]
fn task_ids_typed_in_nfd_are_the_same_ids() {
    use unicode_normalization::UnicodeNormalization;
    let root = TempDir::new().unwrap();
    let dir = root.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(
        dir.join("plan.toml"),
        "title = \"t\"\nyear = 2023\n\n[[unit]]\nname = \"Văn phòng\"\n",
    )
    .unwrap();
    fs::write(
        dir.join("Phụ lục.toml"),
        "id = \"Phụ lục\"\ntitle = \"Phụ lục\"\n\n[[task]]\nid = \"Phụ lục.1\"\ntitle = \"a\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 2/2023\"\n",
    )
    .unwrap();
    let nfd: String = "Phụ lục.1".nfd().collect();
    assert_ne!(nfd, "Phụ lục.1");
    let (code, out, err) = run_plan(root.path(), &["show", &nfd]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Phụ lục.1"), "{out}");
    let (code, _, err) = run_plan(root.path(), &["mark", &nfd, "done", "--on", "2023-03-20"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_retried_mark_is_refused_as_a_duplicate() {
    let root = common::shipped_plan();
    let mark = [
        "mark",
        "I.1",
        "done",
        "--on",
        "2023-03-20",
        "--note",
        "xong",
    ];
    let (code, _, err) = run_plan(root.path(), &mark);
    assert_eq!(code, 0, "{err}");
    let once = read(&root, "I.toml");
    let (code, _, err) = run_plan(root.path(), &mark);
    assert_eq!(code, 1);
    assert!(err.contains("already has this entry"), "{err}");
    assert_eq!(read(&root, "I.toml"), once);
    // The same status on another day is a new entry.
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-21"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_mark_whose_confirmation_cannot_be_printed_is_caught_on_retry() {
    let root = common::shipped_plan();
    let full = fs::File::options().write(true).open("/dev/full").unwrap();
    let status = Command::new(assert_cmd::cargo::cargo_bin("plan"))
        .current_dir(root.path())
        .args(["mark", "I.1", "done", "--on", "2023-03-20"])
        .stdout(full)
        .status()
        .unwrap();
    // The entry landed, though the confirmation could not be printed.
    assert_eq!(status.code(), Some(1));
    assert!(read(&root, "I.toml").contains("date = 2023-03-20"));
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 1);
    assert!(err.contains("already has this entry"), "{err}");
    assert_eq!(
        read(&root, "I.toml").matches("date = 2023-03-20").count(),
        1
    );
}

#[test]
fn dates_outside_the_plans_time_need_force() {
    let root = common::shipped_plan();
    let before = read(&root, "I.toml");
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2021-01-15"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("before the plan's year 2023") && err.contains("--force"),
        "{err}"
    );
    // The shipped plan's last due date is 31/12/2023: a year after it is the limit.
    let (code, _, err) = run_plan(
        root.path(),
        &["due", "IV.3", "2025-01-01", "--on", "2023-05-02"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("more than a year after") && err.contains("2023-12-31"),
        "{err}"
    );
    assert_eq!(read(&root, "I.toml"), before);
    assert_eq!(read(&root, "IV.toml"), read_shipped("IV.toml"));
    let (code, _, err) = run_plan(
        root.path(),
        &["due", "IV.3", "2024-12-31", "--on", "2023-05-02"],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run_plan(
        root.path(),
        &["mark", "I.1", "done", "--on", "2021-01-15", "--force"],
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn commit_refuses_to_sweep_in_another_uncommitted_change() {
    let root = common::shipped_plan();
    in_git(&root);
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 0, "{err}");
    let colleague = read(&root, "I.toml");
    let (code, _, err) = run_plan(
        root.path(),
        &["mark", "I.3", "done", "--on", "2023-03-21", "--commit"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("not committed"), "{err}");
    assert_eq!(read(&root, "I.toml"), colleague);
    assert_eq!(git(root.path(), &["log", "--format=%s"]), "plan\n");

    git(
        root.path(),
        &["commit", "--quiet", "--all", "--message", "I.1"],
    );
    let (code, _, err) = run_plan(
        root.path(),
        &["mark", "I.3", "done", "--on", "2023-03-21", "--commit"],
    );
    assert_eq!(code, 0, "{err}");
    let shown = git(root.path(), &["show", "--format=%s", "--stat", "HEAD"]);
    assert!(shown.starts_with("I.3: done on 2023-03-21"), "{shown}");
    assert!(git(root.path(), &["status", "--porcelain"]).is_empty());
}

#[test]
fn the_lock_file_is_never_seen_by_git() {
    let root = common::shipped_plan();
    in_git(&root);
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 0, "{err}");
    let status = git(
        root.path(),
        &["status", "--porcelain", "--untracked-files=all"],
    );
    assert_eq!(status, " M plan/I.toml\n");
    assert!(root.path().join(".git/plan.lock").is_file());
}

#[test]
fn the_repository_holds_no_stray_file_and_has_its_licence() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(!root.join("0").exists());
    let licence = fs::read_to_string(root.join("LICENSE")).unwrap();
    let manifest = fs::read_to_string(root.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("license = \"MIT\""));
    assert!(licence.starts_with("MIT License"));
}

#[test]
fn a_title_of_one_very_long_word_is_cut_to_the_table() {
    // Cut by comfy-table alone, a word this long took minutes.
    let word = "a".repeat(200_000);
    let root = one_task(&word, "x");
    let output = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("COLUMNS", "60")
        .env("NO_COLOR", "1")
        .args(["list", "--section", "I"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(
        out.lines().all(|l| l.chars().count() <= 60),
        "a line is wider than 60"
    );
    let shown: usize = out.lines().map(|l| l.matches('a').count()).sum();
    assert!(shown >= 200_000, "the title lost letters: {shown}");
}

#[test]
fn escape_sequences_in_titles_and_notes_are_shown_not_obeyed() {
    let root = one_task(
        "Kế hoạch \\u001b[2J\\u001b]0;owned\\u0007",
        "xong \\u001b[31m",
    );
    let (code, out, err) = run_plan(root.path(), &["show", "I.1"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(
        out.contains("Kế hoạch ␛[2J␛]0;owned␇") && out.contains("xong ␛[31m"),
        "{out}"
    );
    for args in [
        &["report", "--quarter", "1"][..],
        &["list"],
        &["overdue", "--as-of", "2023-06-30"],
    ] {
        let (code, out, err) = run_plan(root.path(), args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{args:?}: {out:?}"
        );
    }
}

#[test]
fn plan_dir_mistakes_say_what_is_wrong() {
    let root = common::shipped_plan();
    fs::write(root.path().join("notes.txt"), "x").unwrap();
    let (code, _, err) = run_plan(root.path(), &["--plan-dir", "notes.txt", "check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`notes.txt` is a file, not a plan directory"),
        "{err}"
    );

    let odd = root.path().join("odd");
    fs::create_dir_all(odd.join("plan.toml")).unwrap();
    let (code, _, err) = run_plan(root.path(), &["--plan-dir", "odd", "check"]);
    assert_eq!(code, 1);
    assert!(err.contains("`odd/plan.toml` is not a file"), "{err}");

    // An empty `$PLAN_DIR` is the default, not a usage error.
    let output = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .current_dir(root.path())
        .env("PLAN_DIR", "")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

/// A plan with `plan.toml` from the shipped plan and one section file `I.toml` holding `text`.
fn with_section(text: &str) -> TempDir {
    let root = common::shipped_plan();
    for entry in fs::read_dir(root.path().join("plan")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() != "plan.toml" {
            fs::remove_file(path).unwrap();
        }
    }
    fs::write(root.path().join("plan/I.toml"), text).unwrap();
    root
}

const HEAD: &str = "id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n";

fn task(id: &str, extra: &str) -> String {
    format!(
        "\n[[task]]\nid = \"{id}\"\ntitle = \"t\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 2/2023\"\n{extra}"
    )
}

#[test]
fn ids_that_differ_only_in_case_are_an_error() {
    let root = with_section(&format!("{HEAD}{}{}", task("I.2", ""), task("I.2.a", "")));
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    let text = format!(
        "{HEAD}{}{}{}",
        task("I.2", ""),
        task("I.2.a", ""),
        task("I.2.A", "")
    );
    let root = with_section(&text);
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    // Two head lines, then six lines a task (blank, header, id, title, lead, deadline): the
    // third task's id is on line 2 + 6 + 6 + 3 = 17, the second's on 11.
    assert!(
        err.contains(
            "plan/I.toml:17:6: task id `I.2.A` differs from `I.2.a` (plan/I.toml:11) only in case"
        ),
        "{err}"
    );
    // A spelling that differs only in case is still a task: its children find it, and its own
    // repetition is a duplicate. Task 3 (no lead) has its id on line 17, then I.2.A.1 (lines
    // 20–25), then I.2.A again with its id on line 28.
    let repeated = format!(
        "{HEAD}{}{}\n[[task]]\nid = \"I.2.A\"\ntitle = \"t\"\ndeadline = \"Quý 2/2023\"\n{}{}",
        task("I.2", ""),
        task("I.2.a", ""),
        task("I.2.A.1", ""),
        task("I.2.A", "")
    );
    let other = with_section(&repeated);
    let (code, _, err) = run_plan(other.path(), &["check"]);
    assert_eq!(code, 1);
    let places: Vec<&str> = err.lines().filter(|l| l.starts_with("plan/")).collect();
    assert_eq!(
        places,
        [
            "plan/I.toml:17:6: task id `I.2.A` differs from `I.2.a` (plan/I.toml:11) only in case",
            "plan/I.toml:28:6: task id `I.2.A` differs from `I.2.a` (plan/I.toml:11) only in case",
            "plan/I.toml:28:6: duplicate task id `I.2.A`, first used at plan/I.toml:17",
        ],
        "{err}"
    );
    let (code, _, _) = run_plan(
        root.path(),
        &["mark", "I.2.A", "done", "--on", "2023-03-01"],
    );
    assert_eq!(code, 1);
    assert_eq!(
        fs::read_to_string(root.path().join("plan/I.toml")).unwrap(),
        text
    );
}

#[test]
fn budgets_too_large_to_be_true_or_to_add_up_are_errors() {
    let root = with_section(&format!(
        "{HEAD}{}",
        task("I.1", "budget = 9223372036854775807\n")
    ));
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("plan/I.toml:9:10: budget 9223372036854775807 is more than any task can have"),
        "{err}"
    );

    // 1,001 tasks of the largest budget (10^15) add up past the most a plan may have (10^18):
    // the 1,001st is the one that tips it over.
    let mut text = HEAD.to_string();
    for n in 1..=1_001 {
        text.push_str(&task(&format!("I.{n}"), "budget = 1_000_000_000_000_000\n"));
    }
    let root = with_section(&text);
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "the budgets up to task `I.1001` add up to more than 1.000.000.000.000.000.000 VND"
        ),
        "{err}"
    );
    let (code, out, _) = run_plan(root.path(), &["summary"]);
    assert_eq!((code, out.as_str()), (1, ""));
}

#[test]
fn check_reports_every_mistake_in_a_file_at_once() {
    let text = format!(
        "{HEAD}{}{}{}{}",
        task("I.1", "titel = \"a\"\n"),
        task("I.2", "laed = [\"x\"]\n"),
        task("I.3", "budget = \"nhiều\"\n"),
        task(
            "I.4",
            "kinh_phi = 1\n\n[[task.progress]]\ndate = 2023-01-01\nstatsu = \"done\"\n"
        ),
    );
    // A task that parses but names no unit of the plan: it is checked all the same.
    let text = format!(
        "{text}{}",
        task("I.5", "").replace("Văn phòng", "Phòng Xyz")
    );
    let root = with_section(&text);
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    // Two head lines, six a task plus its extra lines: I.1's extra is line 9, I.2's 16, I.3's
    // 23, I.4's 30, and its entry's second key 34; I.5 (lines 35 to 40) has its lead on 39.
    for (place, what) in [
        ("plan/I.toml:9:1", "unknown field `titel`"),
        ("plan/I.toml:16:1", "unknown field `laed`"),
        (
            "plan/I.toml:23:10",
            "invalid type: string \"nhiều\", expected i64",
        ),
        ("plan/I.toml:30:1", "unknown field `kinh_phi`"),
        ("plan/I.toml:34:1", "unknown field `statsu`"),
        ("plan/I.toml:39:9", "unknown unit `Phòng Xyz`"),
    ] {
        assert!(
            err.contains(&format!("{place}: {what}")),
            "{place} {what}: {err}"
        );
    }
    assert!(err.starts_with("error: the plan has 6 problems"), "{err}");
}

#[test]
fn a_syntax_error_deep_in_a_large_file_is_reported_where_it_is() {
    let mut text = HEAD.to_string();
    for n in 1..=5_000 {
        let extra = if n == 4_990 {
            "budget = 12.000.000\n"
        } else {
            ""
        };
        text.push_str(&task(&format!("I.{n}"), extra));
    }
    let line = text
        .lines()
        .position(|l| l == "budget = 12.000.000")
        .unwrap()
        + 1;
    let root = with_section(&text);
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("plan/I.toml:{line}:")), "{err}");
    assert!(err.contains("write amounts without dots"), "{err}");
}

#[test]
fn section_files_with_an_upper_case_extension_are_named_not_ignored() {
    let root = common::shipped_plan();
    fs::write(root.path().join("plan/VIII.TOML"), "id = \"VIII\"\n").unwrap();
    let (code, _, err) = run_plan(root.path(), &["check"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("warning: plan/VIII.TOML:1:1: not read: only files ending in `.toml`"),
        "{err}"
    );
    let (code, _, err) = run_plan(root.path(), &["list"]);
    assert_eq!(code, 0);
    assert!(err.contains("VIII.TOML"), "{err}");
}

#[test]
fn a_section_file_with_other_names_is_refused_not_split_from_them() {
    let root = common::shipped_plan();
    let other = root.path().join("I-shared.toml");
    fs::hard_link(root.path().join("plan/I.toml"), &other).unwrap();
    let (code, _, err) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 1);
    assert!(err.contains("hard links"), "{err}");
    assert_eq!(read(&root, "I.toml"), read_shipped("I.toml"));
    assert_eq!(fs::read_to_string(other).unwrap(), read_shipped("I.toml"));
}

#[test]
fn new_files_are_as_readable_as_any_other_new_file() {
    use std::os::unix::fs::PermissionsExt;
    let root = common::shipped_plan();
    // What this process's umask gives a new file.
    fs::write(root.path().join("control.txt"), "x").unwrap();
    let expected = fs::metadata(root.path().join("control.txt"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    let (code, _, err) = run_plan(
        root.path(),
        &["report", "--quarter", "1", "-o", "report.md"],
    );
    assert_eq!(code, 0, "{err}");
    let mode = fs::metadata(root.path().join("report.md"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, expected);
    // A mark keeps the section file's own permissions.
    let section = root.path().join("plan/I.toml");
    fs::set_permissions(&section, fs::Permissions::from_mode(0o640)).unwrap();
    let (code, _, _) = run_plan(root.path(), &["mark", "I.1", "done", "--on", "2023-03-20"]);
    assert_eq!(code, 0);
    assert_eq!(
        fs::metadata(&section).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[test]
fn commit_names_a_file_git_does_not_track_yet() {
    let root = common::shipped_plan();
    git(root.path(), &["init", "--quiet"]);
    git(root.path(), &["add", "plan/plan.toml"]);
    git(
        root.path(),
        &["commit", "--quiet", "--message", "plan.toml only"],
    );
    let (code, _, err) = run_plan(
        root.path(),
        &["mark", "I.1", "done", "--on", "2023-03-20", "--commit"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("`plan/I.toml` is not in git yet"), "{err}");
    assert_eq!(read(&root, "I.toml"), read_shipped("I.toml"));
}

#[test]
fn a_reader_that_leaves_early_is_no_error() {
    // `plan list | head`: the reader's end of the pipe is closed before `plan` writes, so
    // every write fails as the system's "broken pipe", in each output format's writer.
    let root = common::shipped_plan();
    for format in ["table", "json", "csv", "markdown"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("plan"))
            .args(["list", "--format", format])
            .current_dir(root.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{format}");
        assert!(
            output.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
