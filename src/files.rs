//! Reading and writing whole files safely: only regular files of bounded size are read, and a
//! file is only ever replaced by renaming a complete, flushed temporary file over it.
//!
//! Every write the program makes goes through here: [`replace`] (plan files, through `edit`,
//! and the merge driver's result), [`write_output`] (reports, manual pages), [`create`] and
//! [`create_dir`] (new plan directories): nothing is written in place, through a symbolic link,
//! or under a name another process could have prepared.

use std::fs::{self, File, Permissions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::bail;
use crate::message::Result;

use crate::message::OrSay;
use crate::msg;

/// The largest file the program reads. A plan of 100,000 tasks is about 31 MB.
pub const MAX_SIZE: u64 = 256 * 1024 * 1024;

/// The bytes of the regular file at `path` (links are followed), refusing directories, devices,
/// pipes and files over [`MAX_SIZE`] before reading them.
pub fn read(path: &Path, display: &str) -> Result<Vec<u8>> {
    let cannot_read = || msg!("cannot read `{display}`", display);
    let not_a_file = || {
        msg!("`{display}` is not a regular file", display).help(msg!(
            "a plan is made of ordinary text files; move whatever is at `{display}` away",
            display
        ))
    };
    // A device or a pipe is refused before it is opened (opening some does something), and
    // what was opened is looked at again: a pipe put in the file's place between the look and
    // the open cannot make the open wait for a writer.
    let looked = fs::metadata(path).or_say(cannot_read)?;
    if !looked.is_file() {
        bail!(not_a_file());
    }
    let file = open_without_waiting(path).or_say(cannot_read)?;
    let metadata = file.metadata().or_say(cannot_read)?;
    if !metadata.is_file() {
        bail!(not_a_file());
    }
    if metadata.len() > MAX_SIZE {
        bail!(too_big(display));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // The file may grow between the look and the read: never read past the limit.
    file.take(MAX_SIZE + 1)
        .read_to_end(&mut bytes)
        .or_say(cannot_read)?;
    if bytes.len() as u64 > MAX_SIZE {
        bail!(too_big(display));
    }
    Ok(bytes)
}

/// `path` opened for reading; a pipe is opened at once, without waiting for a writer, and a
/// terminal does not become the program's (a regular file reads as ever).
pub fn open_without_waiting(path: &Path) -> std::io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

fn too_big(display: &str) -> crate::message::Error {
    msg!(
        "`{display}` is larger than {mib} MiB, too large to be a plan file",
        display,
        mib = MAX_SIZE >> 20
    )
    .help(msg!("split the section into several files"))
}

/// Replaces the regular file at `path`, whose contents were `before` when it was read, with
/// `bytes`, keeping its permissions. Refuses a link, a file with other names (hard links), a
/// read-only file and a file that changed since it was read; the change is whole or absent,
/// even after a crash.
pub fn replace(path: &Path, display: &str, before: &[u8], bytes: &[u8]) -> Result<()> {
    let metadata =
        fs::symlink_metadata(path).or_say(|| msg!("cannot write `{display}`", display))?;
    if metadata.file_type().is_symlink() {
        bail!(msg!(
            "`{display}` is a symbolic link; `plan` does not write through links, so that a change cannot land outside the plan",
            display
        )
        .help(msg!("replace the link with a copy of the file it points to")));
    }
    if !metadata.is_file() {
        bail!(
            msg!("`{display}` is not a regular file", display)
                .help(msg!("move whatever is at `{display}` away", display))
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if metadata.nlink() > 1 {
            bail!(msg!(
                "`{display}` has other names (hard links), which a change would leave behind with the old text",
                display
            )
            .help(msg!("replace the other names with copies, or remove them")));
        }
    }
    if metadata.permissions().readonly() {
        bail!(
            msg!("`{display}` is read-only, so it is left as it is", display).help(msg!(
                "if it should change, make it writable (`chmod u+w {display}`) and run the command again",
                display
            ))
        );
    }
    if read(path, display)? != before {
        bail!(
            msg!(
                "`{display}` changed while this command was running, so nothing was written",
                display
            )
            .help(msg!("run the command again"))
        );
    }
    persist(path, bytes, Some(metadata.permissions()), true)
        .or_say(|| msg!("cannot write `{display}`", display))
}

/// Writes `bytes` to a new file at `path` (relative to `cwd`) for the user, such as a report:
/// never inside `.git` or one of the directories `guarded` (the plan directory; a workspace's
/// clones), and over an existing file only with `force`.
pub fn write_output(
    cwd: &Path,
    path: &Path,
    bytes: &[u8],
    guarded: &[&Path],
    force: bool,
) -> Result<()> {
    let shown = path.display();
    let path = cwd.join(path);
    let name = path.file_name().ok_or_else(|| {
        msg!("`{shown}` names no file", shown)
            .help(msg!("give a file name, such as `-o report.xlsx`"))
    })?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let parent = parent.canonicalize().map_err(|_| {
        msg!(
            "cannot write `{shown}`: its directory does not exist",
            shown
        )
        .help(msg!("create the directory first, or write elsewhere"))
    })?;
    let mut target = parent.join(name);
    let existing = fs::symlink_metadata(&target).ok();
    if existing.is_some() {
        // A link pointing into the plan is as dangerous as a plan file itself.
        target = target.canonicalize().unwrap_or(target);
    }
    refuse_place(&shown.to_string(), &[&parent, &target], guarded)?;
    match existing {
        Some(m) if m.is_dir() => {
            bail!(msg!("`{shown}` is a directory", shown).help(msg!("give a file name")))
        }
        // `--force` replaces a file, never a link, a device or a pipe with one.
        Some(m) if !m.is_file() => bail!(
            msg!(
                "`{shown}` is not a regular file (a link, a device or a pipe) and was left as it is",
                shown
            )
            .help(msg!(
                "choose another name; `-o -` writes to standard output"
            ))
        ),
        Some(_) if !force => bail!(
            msg!("`{shown}` already exists and was left as it is", shown)
                .help(msg!("add `--force` to replace it, or choose another name"))
        ),
        _ => {}
    }
    persist(&parent.join(name), bytes, None, force).or_say(|| msg!("cannot write `{shown}`", shown))
}

/// Refuses a place to write (`places`: where it would go, resolved) inside `.git` or one of the
/// directories `guarded`.
fn refuse_place(shown: &str, places: &[&Path], guarded: &[&Path]) -> Result<()> {
    // git's own files (its configuration, its hooks) are no place for a report, forced or not.
    if places
        .iter()
        .any(|p| p.components().any(|c| c.as_os_str() == ".git"))
    {
        bail!(
            msg!(
                "`{shown}` is inside a `.git` directory, which only git may write",
                shown
            )
            .help(msg!("write the report outside `.git`"))
        );
    }
    for dir in guarded {
        if let Ok(kept) = dir.canonicalize()
            && places.iter().any(|p| p.starts_with(&kept))
        {
            bail!(
                msg!(
                    "`{shown}` is inside `{dir}`, which holds a plan: a report there could take the place of a plan file",
                    shown,
                    dir = dir.display()
                )
                .help(msg!("write the report outside `{dir}`", dir = dir.display()))
            );
        }
    }
    Ok(())
}

/// Makes the directory `dir` (relative to `cwd`) for a set of outputs, such as a site, after
/// the checks `write_output` makes of a file's place: nothing is created where a file could
/// not be written.
pub fn create_output_dir(cwd: &Path, dir: &Path, guarded: &[&Path]) -> Result<()> {
    let shown = dir.display().to_string();
    let path = cwd.join(dir);
    // The part that exists, resolved (links followed), and the folders still to be made.
    let mut existing = path.as_path();
    let mut to_make = Vec::new();
    while fs::symlink_metadata(existing).is_err() {
        let Some(name) = existing.file_name() else {
            break;
        };
        to_make.push(name);
        existing = existing.parent().unwrap_or(Path::new("."));
    }
    let mut resolved = existing
        .canonicalize()
        .or_say(|| msg!("cannot write `{shown}`", shown))?;
    for name in to_make.iter().rev() {
        resolved.push(name);
    }
    refuse_place(&shown, &[&resolved], guarded)?;
    fs::create_dir_all(&path).or_say(|| msg!("cannot write `{shown}`", shown))
}

/// Whether `dir` may become a new plan directory: it does not exist, or is empty.
pub fn is_free(dir: &Path) -> bool {
    !dir.exists() || fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

/// Makes the directory `dir` (which must not exist, or be empty) holding `files` (names and
/// contents), whole or not at all: everything is written to a new directory beside it, under
/// an unpredictable name, and `check`ed there (a new plan is loaded as any command would load
/// it) before it is renamed into place; on failure only what this call made is removed. `dir`
/// is shown as `shown`. Gives what `check` gave.
pub fn create_dir<T>(
    dir: &Path,
    shown: &str,
    files: &[(String, Vec<u8>)],
    check: impl FnOnce(&Path) -> Result<T>,
) -> Result<T> {
    // `plan init .` in an empty folder: the folder itself, named without its trailing `.`.
    let dir: PathBuf = dir.components().collect();
    let dir = dir.as_path();
    if dir.file_name().is_none() {
        bail!(
            msg!("`{shown}` cannot become a plan directory", shown).help(msg!(
                "give the name of a new directory, such as `plan-2024`"
            ))
        );
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    remove_stale_builds(parent);
    // The outer result is making the directory; the inner one, the check's verdict, is said as
    // it is (and leaves nothing behind).
    let result = (|| -> Result<Result<T>> {
        fs::create_dir_all(parent)?;
        let building = tempfile::Builder::new()
            .prefix(BUILD_PREFIX)
            .tempdir_in(parent)?;
        for (name, bytes) in files {
            create(&building.path().join(name), bytes)?;
        }
        let checked = match check(building.path()) {
            Ok(checked) => checked,
            refused => return Ok(refused),
        };
        if !is_free(dir) {
            bail!(msg!("`{shown}` is no longer empty", shown));
        }
        if dir.exists() {
            // Empty, as checked just now: `remove_dir` removes nothing else.
            fs::remove_dir(dir)?;
        }
        fs::rename(building.path(), dir)?;
        // Renamed into place: nothing is left for the guard to remove.
        let _ = building.keep();
        Ok(Ok(checked))
    })();
    result.or_say(|| msg!("cannot create `{shown}`", shown))?
}

/// How the names of directories being built begin.
const BUILD_PREFIX: &str = ".plan-new-";

/// Removes what a killed `import` or `init` left in `parent`: directories named as
/// [`create_dir`] names them, holding only plan files, untouched for an hour (a build takes
/// seconds; one younger may be another command's, still running).
fn remove_stale_builds(parent: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in entries.flatten() {
        let ours = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(BUILD_PREFIX));
        let stale = entry
            .metadata()
            .is_ok_and(|m| m.file_type().is_dir() && m.modified().is_ok_and(|t| t < hour_ago));
        let only_plan_files = || {
            fs::read_dir(entry.path()).is_ok_and(|files| {
                files.flatten().all(|f| {
                    f.file_type().is_ok_and(|t| t.is_file())
                        && f.file_name().to_str().is_some_and(|n| {
                            n.ends_with(".toml") || n == ".gitignore" || n.ends_with(".tmp")
                        })
                })
            })
        };
        if ours && stale && only_plan_files() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Writes `bytes` to a new file at `path`, which must not exist.
pub fn create(path: &Path, bytes: &[u8]) -> Result<()> {
    persist(path, bytes, None, false)
}

/// Writes `bytes` to an unpredictably named new file beside `target`, flushes it to disk, and
/// renames it to `target` (over an existing file only with `clobber`).
fn persist(
    target: &Path,
    bytes: &[u8],
    permissions: Option<Permissions>,
    clobber: bool,
) -> Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMPORARY_PREFIX).suffix(".tmp");
    // A new file gets the permissions any program's new file gets (0666 less the umask), not
    // the private 0600 of a temporary file: colleagues read the plan and the reports too.
    #[cfg(unix)]
    if permissions.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(Permissions::from_mode(0o666));
    }
    let mut temporary = builder.tempfile_in(dir)?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    if let Some(permissions) = permissions {
        temporary.as_file().set_permissions(permissions)?;
    }
    if clobber {
        temporary.persist(target).map_err(|e| e.error)?;
    } else {
        temporary.persist_noclobber(target).map_err(|e| e.error)?;
    }
    // Make the rename itself durable; not every platform can sync a directory.
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// How the names of temporary files begin (they start with a dot, which the loader skips).
const TEMPORARY_PREFIX: &str = ".plan-write-";

/// Removes the temporary files that a write killed before its rename left in `dir`, and
/// nothing else: only regular files (not links) named as [`persist`] names them. Call it only
/// while holding the plan's lock, so that no other write is making one.
pub fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let ours = name
            .to_str()
            .is_some_and(|n| n.starts_with(TEMPORARY_PREFIX) && n.ends_with(".tmp"));
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The top folder of the repository `plan_dir` is in (the work tree of its git repository), or
/// the folder that holds `plan_dir` when it is in none; canonical.
pub fn repository_root(plan_dir: &Path) -> PathBuf {
    let dir = plan_dir
        .canonicalize()
        .unwrap_or_else(|_| plan_dir.to_path_buf());
    dir.ancestors()
        .find(|ancestor| ancestor.join(".git").exists())
        .or_else(|| dir.parent())
        .unwrap_or(&dir)
        .to_path_buf()
}

/// Where the git repository holding `dir` keeps its own files (`.git`, or the directory a
/// `.git` file names), if `dir` is in one.
pub fn git_dir(dir: &Path) -> Option<PathBuf> {
    let dir = dir.canonicalize().ok()?;
    dir.ancestors().find_map(|ancestor| {
        let dot_git = ancestor.join(".git");
        let metadata = fs::metadata(&dot_git).ok()?;
        if metadata.is_dir() {
            return Some(dot_git);
        }
        // A worktree or submodule: `.git` is a file saying `gitdir: PATH`.
        let text = String::from_utf8(read(&dot_git, ".git").ok()?).ok()?;
        let named = text.trim().strip_prefix("gitdir:")?.trim();
        Some(ancestor.join(named)).filter(|p| p.is_dir())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pipe_named_git_is_not_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join(".git"))
            .status()
            .unwrap();
        assert!(made.success());
        let plan = dir.path().join("plan");
        fs::create_dir(&plan).unwrap();
        // The pipe is passed over (what is above the temporary directory is not this test's).
        let found = git_dir(&plan);
        assert!(
            found
                .as_ref()
                .is_none_or(|git| !git.starts_with(dir.path())),
            "{found:?}"
        );
    }

    #[test]
    fn only_regular_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let err = read(dir.path(), "plan/I.toml").unwrap_err();
        assert!(format!("{err:#}").contains("`plan/I.toml` is not a regular file"));
    }

    #[test]
    fn outputs_never_replace_what_exists_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan");
        fs::create_dir(&plan).unwrap();
        let out = dir.path().join("out.md");
        let here = dir.path();
        write_output(here, &out, b"one", &[&plan], false).unwrap();
        let err = write_output(here, &out, b"two", &[&plan], false).unwrap_err();
        assert!(format!("{err:#}").contains("already exists"), "{err:#}");
        assert_eq!(fs::read(&out).unwrap(), b"one");
        write_output(here, &out, b"two", &[&plan], true).unwrap();
        assert_eq!(fs::read(&out).unwrap(), b"two");
        let err = write_output(here, Path::new("plan/I.toml"), b"x", &[&plan], true).unwrap_err();
        assert!(format!("{err:#}").contains("which holds a plan"), "{err:#}");
        assert!(!plan.join("I.toml").exists());
    }

    #[test]
    fn stale_temporaries_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            ".plan-write-a1B2c3.tmp",
            ".I.toml.12.tmp",
            "notes.tmp",
            "I.toml",
        ] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        remove_stale_temporaries(dir.path());
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, [".I.toml.12.tmp", "I.toml", "notes.tmp"]);
    }
}
