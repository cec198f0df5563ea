//! The examples of the README and of `docs/` run as tests, so the documentation cannot lie.
//!
//! Every ```console block is a session: `$ ` starts a command (run by bash, with `plan` on the
//! PATH), `? N` says it exits with N (0 when absent), and the lines after it are what it prints
//! (stdout and stderr together). The blocks run in order, in a git repository holding a copy of
//! the shipped plan, with 100-column tables and no colour: the README in one, the pages of
//! `docs/` in another, one after the other.
//!
//! (trycmd reads the same `console` blocks, but runs each command by itself: the pages use
//! `git commit`, `ls`, pipes to `grep` and `2>&1`, which need a shell, so a hundred lines of
//! runner here do what its case files could not.)
use super::common;

use common::git_identity;
use std::fs;
use std::path::Path;
use std::process::Command;

struct Example {
    line: usize,
    command: String,
    code: i32,
    output: String,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    let mut in_console = false;
    for (index, line) in readme.lines().enumerate() {
        if let Some(fence) = line.strip_prefix("```") {
            in_console = !in_console && fence.trim() == "console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            examples.push(Example {
                line: index + 1,
                command: command.to_string(),
                code: 0,
                output: String::new(),
            });
        } else if let Some(example) = examples.last_mut() {
            match line.strip_prefix("? ") {
                Some(code) if example.output.is_empty() => example.code = code.parse().unwrap(),
                _ => {
                    example.output.push_str(line);
                    example.output.push('\n');
                }
            }
        }
    }
    examples
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name.to_string_lossy().ends_with(".toml") {
            fs::copy(entry.path(), to.join(name)).unwrap();
        }
    }
}

/// Runs the examples of `pages` (paths from the repository root), in order, in one new sandbox.
fn run_pages(pages: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sandbox = tempfile::TempDir::new().unwrap();
    copy_dir(&root.join("plan"), &sandbox.path().join("plan"));
    for dotfile in [".gitignore", ".gitattributes"] {
        fs::copy(root.join(dotfile), sandbox.path().join(dotfile)).unwrap();
    }
    // The annexes the pages import and the sheet they collect, where they are in the
    // repository.
    for fixture in [
        "tests/fixtures/import/parts.docx",
        "tests/fixtures/import/seed-annex.xlsx",
        "tests/fixtures/office/to-kiem-tra-cong-vu.xlsx",
    ] {
        let to = sandbox.path().join(fixture);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(root.join(fixture), to).unwrap();
    }
    let setup = "git init --quiet && git add . && git commit --quiet --message 'The 2023 plan'";
    let status = git_identity(
        Command::new("bash")
            .args(["-c", setup])
            .current_dir(sandbox.path()),
    )
    .status()
    .unwrap();
    assert!(status.success());

    let binary = assert_cmd::cargo::cargo_bin("plan");
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut shown = 0;
    let bless = std::env::var_os("PLAN_BLESS").is_some();
    for page in pages {
        let text = fs::read_to_string(root.join(page)).unwrap();
        let examples = examples(&text);
        shown += examples.len();
        let mut printed_by_line = std::collections::HashMap::new();
        for example in examples {
            let output = git_identity(
                Command::new("bash")
                    .args(["-c", &format!("{{ {}\n}} 2>&1", example.command)])
                    .current_dir(sandbox.path())
                    .env("PATH", &path)
                    .env("COLUMNS", "100")
                    .env("NO_COLOR", "1")
                    .env_remove("PLAN_DIR"),
            )
            .output()
            .unwrap();
            let printed = String::from_utf8(output.stdout).unwrap();
            if bless {
                printed_by_line.insert(example.line, (printed, output.status.code()));
                continue;
            }
            assert_eq!(
                printed, example.output,
                "{page} line {}: `{}` printed something else",
                example.line, example.command
            );
            assert_eq!(
                output.status.code(),
                Some(example.code),
                "{page} line {}: `{}` exit status",
                example.line,
                example.command
            );
        }
        if bless {
            fs::write(root.join(page), blessed(&text, &printed_by_line)).unwrap();
        }
    }
    assert!(shown >= 5, "{pages:?} show too few examples: {shown}");
}

/// `page` with each example's output replaced by what it printed (`PLAN_BLESS=1 cargo test
/// --test cli readme`): read the changes before committing them.
fn blessed(
    page: &str,
    printed: &std::collections::HashMap<usize, (String, Option<i32>)>,
) -> String {
    let mut text = String::new();
    let mut skipping = false;
    for (index, line) in page.lines().enumerate() {
        if line.starts_with("```") || line.starts_with("$ ") {
            skipping = false;
        }
        if let Some((output, code)) = printed.get(&(index + 1)) {
            text.push_str(line);
            text.push('\n');
            if let Some(code) = code.filter(|c| *c != 0) {
                text.push_str(&format!("? {code}\n"));
            }
            text.push_str(output);
            skipping = true;
            continue;
        }
        if !skipping {
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

#[test]
fn readme_examples_print_what_the_readme_says() {
    run_pages(&["README.md"]);
}

#[test]
fn documentation_examples_print_what_the_pages_say() {
    // One sandbox: each page's examples see the marks made by the pages before it.
    run_pages(&[
        "docs/commands.md",
        "docs/git.md",
        "docs/format.md",
        "docs/safety.md",
    ]);
}

#[test]
fn every_link_between_the_pages_leads_to_a_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs = fs::read_dir(root.join("docs")).unwrap();
    let mut pages: Vec<_> = docs.map(|entry| entry.unwrap().path()).collect();
    pages.retain(|path| path.extension().is_some_and(|e| e == "md"));
    pages.extend(["README.md", "BENCHMARKS.md", "tests/bad-plans/README.md"].map(|p| root.join(p)));
    let mut broken = Vec::new();
    for page in &pages {
        let text = fs::read_to_string(page).unwrap();
        // `[words](target)` and `![words](target)`: a target that is not a web address is a
        // path from the page's own folder, perhaps with `#part` after it.
        for (_, rest) in text
            .match_indices("](")
            .map(|(at, _)| text.split_at(at + 2))
        {
            let target = rest.split([')', ' ', '#']).next().unwrap_or_default();
            if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            if !page.parent().unwrap().join(target).exists() {
                broken.push(format!(
                    "{}: {target}",
                    page.strip_prefix(root).unwrap().display()
                ));
            }
        }
    }
    assert!(pages.len() >= 8, "{pages:?}");
    assert!(broken.is_empty(), "links to nothing: {broken:#?}");
}
