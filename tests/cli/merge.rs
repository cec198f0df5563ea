//! `plan git-setup` and `plan merge-driver` with real git: two branches record progress, on the
//! same task and on different ones, and `git merge` keeps every entry.
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// A git repository holding a copy of the shipped plan, committed on `main`.
struct Repo {
    dir: TempDir,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo::bare();
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("plan");
        let plan = repo.path().join("plan");
        fs::create_dir(&plan).unwrap();
        for entry in fs::read_dir(shipped).unwrap() {
            let entry = entry.unwrap();
            if entry.file_name().to_string_lossy().ends_with(".toml") {
                fs::copy(entry.path(), plan.join(entry.file_name())).unwrap();
            }
        }
        // As in this repository: `plan mark`'s lock file is not part of the plan.
        repo.write(".gitignore", ".plan-lock\n");
        repo.git(&["add", "."]);
        repo.git(&["commit", "--quiet", "--message", "The 2023 plan"]);
        repo
    }

    /// An empty repository on `main`, with its own identity.
    fn bare() -> Repo {
        let repo = Repo {
            dir: TempDir::new().unwrap(),
        };
        repo.git(&["init", "--quiet", "--initial-branch=main"]);
        repo.git(&["config", "user.name", "Văn phòng"]);
        repo.git(&["config", "user.email", "vanphong@example.org"]);
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `program ARGS` in the repository, with the built `plan` first on the PATH (git
    /// runs the merge driver by name) and no global or system git configuration.
    fn run(&self, program: &str, args: &[&str]) -> Output {
        let program = match program {
            "plan" => env!("CARGO_BIN_EXE_plan"),
            other => other,
        };
        Command::new(program)
            .args(args)
            .current_dir(self.path())
            .env("PATH", path_with_plan())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("PLAN_DIR")
            .env_remove("PLAN_LANG")
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    }

    /// Runs git and checks it succeeded.
    fn git(&self, args: &[&str]) -> String {
        let output = self.run("git", args);
        assert!(output.status.success(), "git {args:?}: {output:?}");
        String::from_utf8(output.stdout).unwrap()
    }

    /// Runs plan and checks it succeeded with nothing on stderr.
    fn plan(&self, args: &[&str]) -> String {
        let output = self.run("plan", args);
        assert!(output.status.success(), "plan {args:?}: {output:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "plan {args:?}");
        String::from_utf8(output.stdout).unwrap()
    }

    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.path().join(file)).unwrap()
    }

    fn write(&self, file: &str, text: &str) {
        fs::write(self.path().join(file), text).unwrap();
    }
}

fn path_with_plan() -> String {
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_plan"));
    format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// The dates of the entries of task `id` in a section file's text, in file order.
fn dates_of(text: &str, id: &str) -> Vec<String> {
    let table: toml::Table = toml::from_str(text).unwrap();
    let task = table["task"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"].as_str() == Some(id))
        .unwrap();
    task.get("progress")
        .and_then(|p| p.as_array())
        .map_or(Vec::new(), |entries| {
            entries.iter().map(|e| e["date"].to_string()).collect()
        })
}

#[test]
fn git_setup_adds_its_lines_once_and_keeps_the_rest() {
    let repo = Repo::new();
    // An existing file, without a final newline.
    repo.write(".gitattributes", "# kept\nplan/*.toml -text");
    let said = repo.plan(&["git-setup"]);
    assert_eq!(
        said,
        "added `plan/*.toml merge=plan` and `plan/plan.toml merge=text` to `.gitattributes` (commit it)\nset git's merge driver `plan` to run this `plan` by its full path (`git config merge.plan.driver` shows it)\n"
    );
    let attributes =
        "# kept\nplan/*.toml -text\nplan/*.toml merge=plan\nplan/plan.toml merge=text\n";
    assert_eq!(repo.read(".gitattributes"), attributes);
    // The binary by its full path: a client without `plan` on its PATH still merges.
    let driver = repo.git(&["config", "merge.plan.driver"]);
    assert!(
        driver.starts_with(&format!("p='{}';", env!("CARGO_BIN_EXE_plan")))
            && driver.contains("\"$p\" merge-driver %O %A %B %P;"),
        "{driver}"
    );
    assert_eq!(
        repo.git(&["check-attr", "merge", "--", "plan/I.toml", "plan/plan.toml"]),
        "plan/I.toml: merge: plan\nplan/plan.toml: merge: text\n"
    );

    // Again, from inside the plan directory: nothing is added twice.
    let output = Command::new(env!("CARGO_BIN_EXE_plan"))
        .arg("git-setup")
        .current_dir(repo.path().join("plan"))
        .env_remove("PLAN_DIR")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with(
            "`.gitattributes` already has `plan/*.toml merge=plan` and `plan/plan.toml merge=text`\n"
        ),
        "{output:?}"
    );
    assert_eq!(repo.read(".gitattributes"), attributes);
}

#[test]
fn git_setup_outside_git_is_an_error() {
    let dir = TempDir::new().unwrap();
    fs::create_dir(dir.path().join("plan")).unwrap();
    fs::write(
        dir.path().join("plan/plan.toml"),
        "title = \"t\"\nyear = 2023\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_plan"))
        .arg("git-setup")
        .current_dir(dir.path())
        .env_remove("PLAN_DIR")
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: `plan` is not in a git work tree\nhelp: run `git init` in the repository first, or pass the plan's directory with `--plan-dir`\n"
    );
    assert!(!dir.path().join(".gitattributes").exists());
}

#[test]
fn marks_on_two_branches_merge_with_every_entry_in_date_order() {
    let repo = Repo::new();
    repo.plan(&["git-setup"]);
    repo.git(&["add", ".gitattributes"]);
    repo.git(&[
        "commit",
        "--quiet",
        "--message",
        "Merge section files with plan",
    ]);
    repo.git(&["tag", "start"]);

    // A colleague marks I.2.a (earlier than we do) and II.2, and a task we mark too.
    repo.git(&["checkout", "--quiet", "-b", "colleague"]);
    repo.plan(&[
        "mark",
        "I.2.a",
        "doing",
        "--on",
        "2023-04-05",
        "--note",
        "Đã trình kịch bản",
        "--commit",
    ]);
    repo.plan(&["mark", "II.2", "done", "--on", "2023-01-20", "--commit"]);
    repo.plan(&["mark", "I.2.b", "done", "--on", "2023-06-01", "--commit"]);
    // We mark I.2.a later, III.1, and I.2.b exactly as the colleague did.
    repo.git(&["checkout", "--quiet", "main"]);
    repo.plan(&["mark", "I.2.a", "done", "--on", "2023-04-20", "--commit"]);
    repo.plan(&["mark", "III.1", "done", "--on", "2023-03-01", "--commit"]);
    repo.plan(&["mark", "I.2.b", "done", "--on", "2023-06-01", "--commit"]);

    let merge = repo.run("git", &["merge", "--no-edit", "colleague"]);
    assert!(merge.status.success(), "{merge:?}");
    assert!(!String::from_utf8_lossy(&merge.stdout).contains("CONFLICT"));
    // Nothing left over, not even the driver's temporary file.
    assert_eq!(repo.git(&["status", "--porcelain"]), "");

    let section = repo.read("plan/I.toml");
    assert!(!section.contains("<<<<<<<"), "{section}");
    assert_eq!(dates_of(&section, "I.2.a"), ["2023-04-05", "2023-04-20"]);
    assert_eq!(dates_of(&section, "I.2.b"), ["2023-06-01"]);
    assert_eq!(dates_of(&repo.read("plan/II.toml"), "II.2"), ["2023-01-20"]);
    assert_eq!(
        dates_of(&repo.read("plan/III.toml"), "III.1"),
        ["2023-03-01"]
    );
    assert_eq!(
        repo.plan(&["check"]),
        "ok: plan: 7 sections, 37 tasks (4 headings), 9 units\n"
    );
    let shown = repo.plan(&["show", "I.2.a", "--as-of", "2023-12-31"]);
    assert!(
        shown.ends_with("History:\n  2023-04-05  doing  Đã trình kịch bản\n  2023-04-20  done\n"),
        "{shown}"
    );

    // Byte for byte what marking in date order on one copy gives.
    repo.git(&["checkout", "--quiet", "-b", "in-order", "start"]);
    repo.plan(&[
        "mark",
        "I.2.a",
        "doing",
        "--on",
        "2023-04-05",
        "--note",
        "Đã trình kịch bản",
    ]);
    repo.plan(&["mark", "I.2.a", "done", "--on", "2023-04-20"]);
    repo.plan(&["mark", "I.2.b", "done", "--on", "2023-06-01"]);
    assert_eq!(repo.read("plan/I.toml"), section);
}

#[test]
fn titles_changed_differently_on_both_branches_still_conflict() {
    let repo = Repo::new();
    repo.plan(&["git-setup"]);
    repo.git(&["add", ".gitattributes"]);
    repo.git(&[
        "commit",
        "--quiet",
        "--message",
        "Merge section files with plan",
    ]);
    let base = repo.read("plan/I.toml");
    let old = "title = \"Tuyên truyền CCHC\"";
    assert!(base.contains(old));

    repo.git(&["checkout", "--quiet", "-b", "colleague"]);
    repo.write(
        "plan/I.toml",
        &base.replace(old, "title = \"Tuyên truyền CCHC năm 2023\""),
    );
    repo.git(&["commit", "--quiet", "--all", "--message", "Their title"]);
    repo.git(&["checkout", "--quiet", "main"]);
    repo.write(
        "plan/I.toml",
        &base.replace(old, "title = \"Tuyên truyền về CCHC\""),
    );
    repo.git(&["commit", "--quiet", "--all", "--message", "Our title"]);

    let merge = repo.run("git", &["merge", "--no-edit", "colleague"]);
    assert!(!merge.status.success(), "{merge:?}");
    assert!(
        String::from_utf8_lossy(&merge.stdout)
            .contains("CONFLICT (content): Merge conflict in plan/I.toml")
    );
    assert!(
        String::from_utf8_lossy(&merge.stderr).contains(
            "`plan/I.toml`: the tasks themselves changed on both sides; git's conflict markers are in the file\nhelp: keep every progress entry of both sides"
        ),
        "{merge:?}"
    );
    let section = repo.read("plan/I.toml");
    assert!(
        section.contains("<<<<<<< ours\ntitle = \"Tuyên truyền về CCHC\"\n=======\ntitle = \"Tuyên truyền CCHC năm 2023\"\n>>>>>>> theirs\n"),
        "{section}"
    );
}

#[test]
fn the_driver_falls_back_to_git_for_plan_toml_and_for_what_is_not_toml() {
    let repo = Repo::bare();
    let base = "title = \"t\"\nyear = 2023\n\n# units\n";
    repo.write("base", base);
    repo.write("ours", &base.replace("\"t\"", "\"ours\""));
    repo.write("theirs", &base.replace("# units", "# units below"));
    // plan.toml: git's text merge, which merges these.
    let output = repo.run(
        "plan",
        &["merge-driver", "base", "ours", "theirs", "plan/plan.toml"],
    );
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        repo.read("ours"),
        "title = \"ours\"\nyear = 2023\n\n# units below\n"
    );

    // A section file that is not TOML: git's conflict, with the reason.
    repo.write("ours", "id = \"I\"\ntitle = \"ours\"\n");
    repo.write("theirs", "id = \"I\"\ntitle = \n");
    let output = repo.run(
        "plan",
        &["merge-driver", "base", "ours", "theirs", "plan/I.toml"],
    );
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with("`plan/I.toml`: their version is not valid TOML; git's conflict markers are in the file\n"),
        "{output:?}"
    );
    assert!(repo.read("ours").contains("<<<<<<< ours\n"));
}

#[test]
fn plan_init_in_a_git_work_tree_sets_up_the_driver() {
    let repo = Repo::bare();
    let said = repo.plan(&["init", "plan-2024", "--year", "2024"]);
    assert_eq!(
        said,
        "created `plan-2024` for 2024: plan.toml and 7 section files\nnext: add the tasks, then run `plan check`\nset up git to merge `plan-2024/*.toml` keeping both sides' progress entries, as `plan git-setup` does\n"
    );
    assert_eq!(
        repo.read(".gitattributes"),
        "plan-2024/*.toml merge=plan\nplan-2024/plan.toml merge=text\n"
    );
    // The binary by its full path: a client without `plan` on its PATH still merges.
    let driver = repo.git(&["config", "merge.plan.driver"]);
    assert!(
        driver.starts_with(&format!("p='{}';", env!("CARGO_BIN_EXE_plan")))
            && driver.contains("\"$p\" merge-driver %O %A %B %P;"),
        "{driver}"
    );

    // Outside git, init says nothing of it.
    let dir = TempDir::new().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_plan"))
        .args(["init", "plan", "--year", "2024"])
        .current_dir(dir.path())
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "created `plan` for 2024: plan.toml and 7 section files\nnext: add the tasks, then run `plan check`\n"
    );
    assert!(!dir.path().join(".gitattributes").exists());
}

/// A repository set up with `plan git-setup`, committed, with `colleague` branched off `main`.
fn set_up() -> Repo {
    let repo = Repo::new();
    repo.plan(&["git-setup"]);
    repo.git(&["add", ".gitattributes"]);
    repo.git(&["commit", "--quiet", "--message", "Merge with plan"]);
    repo
}

/// A colleague's commit of `plan ARGS` on branch `colleague`, and ours of `plan OURS` on
/// `main`, both from where `main` is; leaves `main` checked out.
fn diverge(repo: &Repo, theirs: &[&str], ours: &[&str]) {
    repo.git(&["checkout", "--quiet", "-b", "colleague"]);
    repo.plan(theirs);
    repo.git(&["commit", "--quiet", "--all", "--message", "theirs"]);
    repo.git(&["checkout", "--quiet", "main"]);
    repo.plan(ours);
    repo.git(&["commit", "--quiet", "--all", "--message", "ours"]);
}

/// Runs `git ARGS` in the repository with a PATH that has no `plan` on it, as a GUI client has.
fn git_without_plan(repo: &Repo, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(repo.path())
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap()
}

#[test]
fn the_driver_runs_for_a_client_without_plan_on_its_path() {
    let repo = set_up();
    diverge(
        &repo,
        &["mark", "I.2.a", "done", "--on", "2023-03-10"],
        &["mark", "I.1", "done", "--on", "2023-03-20"],
    );
    let merge = git_without_plan(&repo, &["merge", "--no-edit", "colleague"]);
    assert!(merge.status.success(), "{merge:?}");
    let section = repo.read("plan/I.toml");
    assert_eq!(dates_of(&section, "I.1"), ["2023-03-20"]);
    assert_eq!(dates_of(&section, "I.2.a"), ["2023-03-10"]);
}

#[test]
fn a_driver_that_cannot_run_says_so_and_check_refuses_the_unmerged_file() {
    let repo = set_up();
    // The binary git-setup named has gone, and no `plan` is on the PATH.
    let driver = repo.git(&["config", "merge.plan.driver"]);
    let gone = driver.replace(env!("CARGO_BIN_EXE_plan"), "/nonexistent/plan");
    repo.git(&["config", "merge.plan.driver", gone.trim_end()]);
    diverge(
        &repo,
        &["mark", "I.2.a", "done", "--on", "2023-03-10"],
        &["mark", "I.1", "done", "--on", "2023-03-20"],
    );
    let merge = git_without_plan(&repo, &["merge", "--no-edit", "colleague"]);
    assert!(!merge.status.success(), "{merge:?}");
    let said = String::from_utf8_lossy(&merge.stderr);
    assert!(
        said.contains("plan merge-driver could not run: plan/I.toml was NOT merged"),
        "{said}"
    );
    // The file is ours alone, without markers: `check` refuses it rather than let it be
    // committed without the colleague's entry.
    let output = repo.run("plan", &["check"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: `plan/I.toml` is unmerged: git did not finish merging it, and it may hold one side's entries only\nhelp: run `plan git-setup` once, then `git merge --abort` and merge again; or keep both sides' entries by hand and `git add` the file\n"
    );
    // As the help says: set up again, start the merge again, and it merges.
    repo.plan(&["git-setup"]);
    repo.git(&["merge", "--abort"]);
    let merge = git_without_plan(&repo, &["merge", "--no-edit", "colleague"]);
    assert!(merge.status.success(), "{merge:?}");
    assert_eq!(dates_of(&repo.read("plan/I.toml"), "I.2.a"), ["2023-03-10"]);
    repo.plan(&["check"]);
}

#[test]
fn two_statuses_on_one_day_stop_the_merge_whoever_pulls() {
    let repo = set_up();
    diverge(
        &repo,
        &["mark", "I.1", "blocked", "--on", "2023-03-20"],
        &["mark", "I.1", "done", "--on", "2023-03-20"],
    );
    let merge = repo.run("git", &["merge", "--no-edit", "colleague"]);
    assert!(!merge.status.success(), "{merge:?}");
    assert!(
        String::from_utf8_lossy(&merge.stderr).contains(
            "`plan/I.toml`: both sides recorded a different status for `I.1` on 2023-03-20"
        ),
        "{merge:?}"
    );
    let output = repo.run("plan", &["check"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
}

#[test]
fn a_mark_never_follows_an_id_to_the_task_renumbered_into_it() {
    let repo = set_up();
    let base = repo.read("plan/IV.toml");
    // A colleague marks IV.3; we delete IV.3 and renumber IV.4 and IV.5.
    repo.git(&["checkout", "--quiet", "-b", "colleague"]);
    repo.plan(&["mark", "IV.3", "done", "--on", "2023-03-20"]);
    repo.git(&["commit", "--quiet", "--all", "--message", "IV.3 done"]);
    repo.git(&["checkout", "--quiet", "main"]);
    let start = base.find("id = \"IV.3\"").unwrap();
    let start = base[..start].rfind("[[task]]").unwrap();
    let end = start + base[start..].find("id = \"IV.4\"").unwrap();
    let end = start + base[start..end].rfind("[[task]]").unwrap();
    let renumbered = format!("{}{}", &base[..start], &base[end..])
        .replace("id = \"IV.4\"", "id = \"IV.3\"")
        .replace("id = \"IV.5\"", "id = \"IV.4\"");
    repo.write("plan/IV.toml", &renumbered);
    repo.git(&["commit", "--quiet", "--all", "--message", "IV.3 removed"]);
    let merge = repo.run("git", &["merge", "--no-edit", "colleague"]);
    assert!(!merge.status.success(), "{merge:?}");
    assert!(
        String::from_utf8_lossy(&merge.stderr).contains("`IV.3` names another task on one side"),
        "{merge:?}"
    );
}
