//! The corpus of plans that go wrong, in `tests/bad-plans/CASE/`: a plan directory (`plan/`), a
//! command line (`args`, one argument per line; `check` if absent), and what a person checked
//! once: the exact standard error (`stderr`), the exit status (`status`; 1 if absent) and, where
//! it matters, the exact standard output (`stdout`). The format is described in
//! tests/bad-plans/README.md.
//!
//! `PLAN_BLESS=1 cargo test --test cli bad_plans` rewrites `stderr`, `stdout` (where the case has
//! one) and `status` from what the program prints now; every change it makes must be read by a
//! person before it is committed.
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-plans")
}

/// Runs `plan ARGS` in `dir` as a user would, without colour and without the caller's
/// `PLAN_DIR`, `PLAN_LANG` or `COLUMNS`.
fn run(dir: &Path, args: &[String]) -> Output {
    Command::cargo_bin("plan")
        .unwrap()
        .current_dir(dir)
        .env_remove("PLAN_DIR")
        .env_remove("PLAN_LANG")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

/// One case of the corpus, as its files describe it.
struct Case {
    name: String,
    dir: PathBuf,
    args: Vec<String>,
    stderr: Option<Vec<u8>>,
    stdout: Option<Vec<u8>>,
    status: Option<i32>,
}

impl Case {
    fn read(dir: PathBuf) -> Case {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let args = match fs::read_to_string(dir.join("args")) {
            Ok(text) => text.lines().map(str::to_string).collect(),
            Err(_) => vec!["check".to_string()],
        };
        let status = fs::read_to_string(dir.join("status")).ok().map(|text| {
            text.trim()
                .parse()
                .unwrap_or_else(|_| panic!("{name}/status: `{}` is not a number", text.trim()))
        });
        Case {
            stderr: fs::read(dir.join("stderr")).ok(),
            stdout: fs::read(dir.join("stdout")).ok(),
            args,
            status,
            name,
            dir,
        }
    }

    /// `plan check` failing: the corpus's first kind of case, and the one the other commands
    /// are tried on too.
    fn is_failing_check(&self) -> bool {
        self.args == ["check"] && self.status.unwrap_or(1) == 1
    }
}

fn cases() -> Vec<Case> {
    let mut dirs: Vec<_> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.into_iter().map(Case::read).collect()
}

fn bless_requested() -> bool {
    let bless = std::env::var_os("PLAN_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    // CI checks what a person has read; it never writes the expected output itself.
    assert!(
        !(bless && std::env::var_os("CI").is_some()),
        "PLAN_BLESS is refused where CI is set"
    );
    bless
}

/// `expected` and `actual` line by line, `-` for a line only expected, `+` for one only printed.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    // Longest common subsequence of lines, from the end.
    let mut common = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            common[i][j] = if a[i] == b[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, mark: char, text: &str| {
        let text = text
            .strip_suffix('\n')
            .map_or(format!("{text}   (no newline at the end)"), str::to_string);
        writeln!(out, "    {mark} {text}").unwrap();
    };
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            line(&mut out, ' ', a[i]);
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || common[i + 1][j] >= common[i][j + 1]) {
            line(&mut out, '-', a[i]);
            i += 1;
        } else {
            line(&mut out, '+', b[j]);
            j += 1;
        }
    }
    out
}

/// Writes `contents` to `path` if it holds something else; says whether it did.
fn bless_file(path: &Path, contents: &[u8]) -> bool {
    if fs::read(path).is_ok_and(|old| old == contents) {
        return false;
    }
    fs::write(path, contents).unwrap();
    true
}

/// Compares one case with what `plan` does now, or, when blessing, rewrites its expected files.
/// Returns what is wrong, if anything.
fn check_case(case: &Case, bless: bool, blessed: &mut Vec<String>) -> Vec<String> {
    let output = run(&case.dir, &case.args);
    let code = output.status.code().unwrap_or(-1);
    let mut wrong = Vec::new();
    let name = &case.name;
    if bless {
        if bless_file(&case.dir.join("stderr"), &output.stderr) {
            blessed.push(format!("{name}/stderr"));
        }
        if case.stdout.is_some() && bless_file(&case.dir.join("stdout"), &output.stdout) {
            blessed.push(format!("{name}/stdout"));
        }
        if (case.status.is_some() || code != 1)
            && bless_file(&case.dir.join("status"), format!("{code}\n").as_bytes())
        {
            blessed.push(format!("{name}/status"));
        }
    } else {
        match &case.stderr {
            None => wrong.push(format!(
                "{name}: no `stderr` file (write an empty one if nothing is printed there)"
            )),
            Some(expected) if *expected != output.stderr => wrong.push(format!(
                "{name}: stderr of `plan {}` differs:\n{}",
                case.args.join(" "),
                diff(expected, &output.stderr)
            )),
            Some(_) => {}
        }
        if let Some(expected) = &case.stdout
            && *expected != output.stdout
        {
            wrong.push(format!(
                "{name}: stdout of `plan {}` differs:\n{}",
                case.args.join(" "),
                diff(expected, &output.stdout)
            ));
        }
        let status = case.status.unwrap_or(1);
        if code != status {
            wrong.push(format!(
                "{name}: `plan {}` exited with {code}, not {status}; its stderr:\n{}",
                case.args.join(" "),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    if case.is_failing_check() {
        wrong.extend(other_commands_do_not_pass_it_over(case, &output));
    }
    wrong
}

/// For a plan that `plan check` refuses: check prints nothing on stdout, and `list` and
/// `overdue` do not panic and speak of the file the problem is in, either refusing the plan
/// (exit 1) or, for the problems that only `check` treats as errors, warning about it (exit 0).
fn other_commands_do_not_pass_it_over(case: &Case, check: &Output) -> Vec<String> {
    let name = &case.name;
    let mut wrong = Vec::new();
    if !check.stdout.is_empty() {
        wrong.push(format!(
            "{name}: a failing `plan check` printed on stdout:\n{}",
            String::from_utf8_lossy(&check.stdout)
        ));
    }
    // The problem's place, `plan/FILE:LINE:COL: ...`, is on the third line of the message.
    let stderr = String::from_utf8_lossy(&check.stderr);
    let named = stderr
        .lines()
        .nth(2)
        .and_then(|l| l.split(':').next())
        .unwrap_or_default();
    if !named.starts_with("plan/") {
        wrong.push(format!(
            "{name}: `plan check` does not name the file:\n{stderr}"
        ));
        return wrong;
    }
    for args in [&["list"][..], &["overdue", "--as-of", "2023-06-30"]] {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let output = run(&case.dir, &args);
        let code = output.status.code();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let warned = code == Some(0)
            && (stderr.starts_with("warning: ") || stderr.starts_with("cảnh báo: "));
        if !(code == Some(1) || warned) || !stderr.contains(named) || stderr.contains("panicked") {
            wrong.push(format!(
                "{name}: `plan {}` exited with {code:?} and did not refuse or warn about {named}:\n{stderr}",
                args.join(" ")
            ));
        }
    }
    wrong
}

#[test]
fn every_case_prints_what_was_checked_by_hand() {
    let bless = bless_requested();
    let cases = cases();
    assert!(cases.len() >= 40, "the corpus is missing");
    // The cases are independent: they run side by side, each waiting on its own `plan`.
    let checked: Vec<(Vec<String>, Vec<String>)> = std::thread::scope(|scope| {
        let running: Vec<_> = cases
            .iter()
            .map(|case| {
                scope.spawn(move || {
                    let mut blessed = Vec::new();
                    (check_case(case, bless, &mut blessed), blessed)
                })
            })
            .collect();
        running
            .into_iter()
            .map(|case| case.join().unwrap())
            .collect()
    });
    let (wrong, blessed): (Vec<Vec<String>>, Vec<Vec<String>>) = checked.into_iter().unzip();
    let (wrong, blessed): (Vec<String>, Vec<String>) = (wrong.concat(), blessed.concat());
    if !blessed.is_empty() {
        // Straight to the terminal: the test passes, so what it prints would be captured.
        let mut said = format!(
            "PLAN_BLESS rewrote {} files; read every change (`git diff tests/bad-plans`) before committing:\n",
            blessed.len()
        );
        for file in &blessed {
            writeln!(said, "    tests/bad-plans/{file}").unwrap();
        }
        std::io::stderr().write_all(said.as_bytes()).unwrap();
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases of tests/bad-plans went wrong:\n\n{}\n\
         If the new output is right, `PLAN_BLESS=1 cargo test --test cli bad_plans` writes it into the \
         cases; read the changes before committing them.",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

/// `bom-crlf-and-nfd-are-accepted` keeps its section with a byte-order mark, CRLF line ends and
/// decomposed (NFD) Vietnamese, none of which a person reading the file or a blessed change can
/// see: this checks that the file still is so, and that what `plan` says of it is composed (NFC).
#[test]
fn a_section_with_bom_crlf_and_nfd_is_read_as_nfc() {
    use unicode_normalization::is_nfc;
    let case = corpus().join("bom-crlf-and-nfd-are-accepted");
    let text = fs::read_to_string(case.join("plan/I.toml")).unwrap();
    assert!(text.starts_with('\u{FEFF}'), "the byte-order mark is gone");
    assert!(
        text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "the lines no longer all end in CRLF"
    );
    assert!(!is_nfc(&text), "the section is no longer decomposed");
    let args = ["list", "--format", "json", "--as-of", "2023-06-30"].map(String::from);
    let output = run(&case, &args);
    assert_eq!(output.status.code(), Some(0));
    let tasks: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(tasks[0]["title"], "Xây dựng Kế hoạch CCHC năm 2023");
    assert_eq!(tasks[0]["lead"][0], "Văn phòng");
    assert_eq!(tasks[0]["due"], "2023-03-31");
}
