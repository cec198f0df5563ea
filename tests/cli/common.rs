//! What the integration tests share: running the binary as a user would.

use std::path::Path;

use std::io::Write;

use assert_cmd::Command;

/// Runs `plan ARGS` in `dir`, without colour and without the caller's `PLAN_DIR`, `PLAN_LANG`
/// or `COLUMNS`, and returns its exit code, stdout and stderr.
pub fn run_plan(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(dir)
        .env_remove("PLAN_DIR")
        .env_remove("PLAN_LANG")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `command` with a fixed git identity and no user or system git configuration.
pub fn git_identity(command: &mut std::process::Command) -> &mut std::process::Command {
    command
        .env("GIT_AUTHOR_NAME", "Văn phòng")
        .env("GIT_AUTHOR_EMAIL", "vanphong@example.org")
        .env("GIT_COMMITTER_NAME", "Văn phòng")
        .env("GIT_COMMITTER_EMAIL", "vanphong@example.org")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
}

/// A copy of the shipped plan, in `plan/` of a new directory that is not a git repository.
pub fn shipped_plan() -> tempfile::TempDir {
    let root = tempfile::TempDir::new().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("plan");
    std::fs::create_dir(root.path().join("plan")).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_name().unwrap();
            std::fs::copy(&path, root.path().join("plan").join(name)).unwrap();
        }
    }
    root
}

/// Runs `plan ARGS` in `dir`, expecting success and nothing on stderr; returns stdout.
pub fn ok(dir: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run_plan(dir, args);
    assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
    stdout
}

/// A copy of the shipped plan whose section I has one task with `title` and a progress entry
/// with `note`, both written into TOML basic strings as they are (escapes allowed).
pub fn one_task(title: &str, note: &str) -> tempfile::TempDir {
    let root = shipped_plan();
    let section = format!(
        "id = \"I\"\ntitle = \"Công tác chỉ đạo điều hành\"\n\n[[task]]\nid = \"I.1\"\ntitle = \"{title}\"\nlead = [\"Văn phòng\"]\ndeadline = \"Quý 1/2023\"\n\n[[task.progress]]\ndate = 2023-02-01\nstatus = \"doing\"\nnote = \"{note}\"\n"
    );
    std::fs::write(root.path().join("plan/I.toml"), section).unwrap();
    root
}

/// What bash's completion offers for the last of `words` (`plan …`), run in `dir` as bash's
/// registration script runs it.
pub fn bash_completions(dir: &Path, words: &[&str]) -> Vec<String> {
    let output = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(dir)
        .env("COMPLETE", "bash")
        .env("_CLAP_IFS", "\n")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env_remove("PLAN_DIR")
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// A zip archive of `entries` (name, contents), deflated.
pub fn zipped(path: &Path, entries: &[(&str, Vec<u8>)]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// A Word document whose body is `table` (the XML of a `w:tbl`).
pub fn docx(path: &Path, table: &str) {
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{table}</w:body></w:document>"
    );
    zipped(
        path,
        &[
            ("[Content_Types].xml", b"<Types/>".to_vec()),
            ("word/document.xml", document.into_bytes()),
        ],
    );
}

/// Converts `files` to `format` into `out` with LibreOffice, as an office would save them
/// (asserting that LibreOffice ran well); `false`, and a note saying so, where LibreOffice is
/// not installed (`.ci/run` installs it). The caller checks what was written: LibreOffice
/// without Calc writes no sheet and says nothing of it.
pub fn libreoffice_convert(format: &str, out: &Path, files: &[&Path]) -> bool {
    let installed = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok();
    if !installed {
        // The test says why it checked nothing (shown with `--nocapture`).
        let _ = writeln!(
            std::io::stderr(),
            "skipped: LibreOffice (soffice) is not installed"
        );
        return false;
    }
    // A profile of its own, so that a LibreOffice already running does not take the job.
    let profile = format!("-env:UserInstallation=file://{}/lo-profile", out.display());
    let output = std::process::Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(out)
        .args(files)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    true
}
