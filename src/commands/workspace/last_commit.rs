//! The day of a member's last commit, read from its repository's files: asking git for it
//! costs a process per member, which is most of the time of a consolidated report of 150
//! members (BENCHMARKS.md). Only the plain case is read here: `HEAD` naming a branch (loose or
//! in `packed-refs`) or a commit, a SHA-1 commit stored whole (loose, or in a pack of index
//! version 2). Anything else (a worktree's `.git` file, a commit stored as a delta, SHA-256,
//! a damaged file) gives `None`, and the caller asks git.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate};
use flate2::read::ZlibDecoder;

/// The committer's day of the commit `HEAD` names in the clone `clone`, in the committer's own
/// time zone (as `git log -1 --format=%cs` gives it).
pub(super) fn read(clone: &Path) -> Option<NaiveDate> {
    let git = clone.join(".git");
    let head = std::fs::read_to_string(git.join("HEAD")).ok()?;
    let id = match head.trim().strip_prefix("ref:") {
        Some(name) => reference(&git, name.trim())?,
        None => head.trim().to_string(),
    };
    let id = parse_id(&id)?;
    let body = loose(&git, &id).or_else(|| packed(&git, &id))?;
    committer_day(&body)
}

/// The commit a branch names: its own file, else its line in `packed-refs`.
fn reference(git: &Path, name: &str) -> Option<String> {
    if !name.starts_with("refs/") || name.split('/').any(|part| part == "..") {
        return None;
    }
    if let Ok(text) = std::fs::read_to_string(git.join(name)) {
        return Some(text.trim().to_string());
    }
    let packed = std::fs::read_to_string(git.join("packed-refs")).ok()?;
    packed.lines().find_map(|line| {
        let (id, named) = line.split_once(' ')?;
        (named.trim() == name).then(|| id.to_string())
    })
}

/// A SHA-1 id in hex as its 20 bytes.
fn parse_id(hex: &str) -> Option<[u8; 20]> {
    if hex.len() != 40 {
        return None;
    }
    let mut id = [0u8; 20];
    for (at, byte) in id.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(at * 2..at * 2 + 2)?, 16).ok()?;
    }
    Some(id)
}

/// Objects larger than this are no commit of a plan's repository: not read.
const LIMIT: u64 = 1 << 20;

/// A commit's text from its loose object `objects/ab/cdef…`.
fn loose(git: &Path, id: &[u8; 20]) -> Option<Vec<u8>> {
    let hex: String = id.iter().map(|b| format!("{b:02x}")).collect();
    let file = File::open(git.join("objects").join(&hex[..2]).join(&hex[2..])).ok()?;
    let mut object = Vec::new();
    ZlibDecoder::new(file)
        .take(LIMIT)
        .read_to_end(&mut object)
        .ok()?;
    let nul = object.iter().position(|&b| b == 0)?;
    object
        .starts_with(b"commit ")
        .then(|| object.split_off(nul + 1))
}

/// A commit's text from the packs, through each pack's index (version 2).
fn packed(git: &Path, id: &[u8; 20]) -> Option<Vec<u8>> {
    let packs = git.join("objects").join("pack");
    for entry in std::fs::read_dir(&packs).ok()? {
        let index = entry.ok()?.path();
        if index.extension().is_none_or(|e| e != "idx") {
            continue;
        }
        if let Some(offset) = offset_in(&index, id) {
            return commit_at(&index.with_extension("pack"), offset);
        }
    }
    None
}

/// Where the object `id` starts in the pack the index `path` is of, if that pack holds it.
fn offset_in(path: &Path, id: &[u8; 20]) -> Option<u64> {
    let mut file = File::open(path).ok()?;
    let mut head = [0u8; 8 + 256 * 4];
    file.read_exact(&mut head).ok()?;
    if head[..8] != [0xff, b't', b'O', b'c', 0, 0, 0, 2] {
        return None;
    }
    let fanout = |at: usize| -> u64 {
        let at = 8 + at * 4;
        u64::from(u32::from_be_bytes([
            head[at],
            head[at + 1],
            head[at + 2],
            head[at + 3],
        ]))
    };
    let count = fanout(255);
    let first = if id[0] == 0 {
        0
    } else {
        fanout(usize::from(id[0]) - 1)
    };
    let end = fanout(usize::from(id[0]));
    let names = 8 + 256 * 4;
    // An index is as long as its counts say (ids, checksums, offsets): a file that claims more
    // than it holds is not read, nor anything allocated for it.
    if first >= end || end > count || names + count * 28 > file.metadata().ok()?.len() {
        return None;
    }
    // The ids starting with the same byte, in order: one read, then a search.
    let mut ids = vec![0u8; usize::try_from((end - first) * 20).ok()?];
    file.seek(SeekFrom::Start(names + first * 20)).ok()?;
    file.read_exact(&mut ids).ok()?;
    let found = ids.chunks_exact(20).position(|candidate| candidate == id)?;
    let position = first + u64::try_from(found).ok()?;
    let offsets = names + count * 24;
    let mut small = [0u8; 4];
    file.seek(SeekFrom::Start(offsets + position * 4)).ok()?;
    file.read_exact(&mut small).ok()?;
    let small = u32::from_be_bytes(small);
    if small & 0x8000_0000 == 0 {
        return Some(u64::from(small));
    }
    let mut large = [0u8; 8];
    let at = offsets + count * 4 + u64::from(small & 0x7fff_ffff) * 8;
    file.seek(SeekFrom::Start(at)).ok()?;
    file.read_exact(&mut large).ok()?;
    Some(u64::from_be_bytes(large))
}

/// The commit stored whole at `offset` of the pack `path` (a delta is left to git).
fn commit_at(path: &Path, offset: u64) -> Option<Vec<u8>> {
    let mut file = File::open(path).ok()?;
    file.seek(SeekFrom::Start(offset)).ok()?;
    let mut reader = BufReader::new(file);
    let mut byte = [0u8; 1];
    reader.read_exact(&mut byte).ok()?;
    const COMMIT: u8 = 1;
    if (byte[0] >> 4) & 0b111 != COMMIT {
        return None;
    }
    // The size goes on in the bytes whose high bit is set.
    let mut size = u64::from(byte[0] & 0x0f);
    let mut shift = 4;
    while byte[0] & 0x80 != 0 && shift < 60 {
        reader.read_exact(&mut byte).ok()?;
        size |= u64::from(byte[0] & 0x7f) << shift;
        shift += 7;
    }
    if size > LIMIT {
        return None;
    }
    let mut body = Vec::new();
    ZlibDecoder::new(reader)
        .take(size)
        .read_to_end(&mut body)
        .ok()?;
    (body.len() as u64 == size).then_some(body)
}

/// The day of the `committer` line (`… <mail> 1688140800 +0700`), in its own time zone.
fn committer_day(body: &[u8]) -> Option<NaiveDate> {
    let text = std::str::from_utf8(body).ok()?;
    let headers = text.split("\n\n").next()?;
    let line = headers.lines().find(|l| l.starts_with("committer "))?;
    let mut words = line.rsplitn(3, ' ');
    let zone = words.next()?;
    let seconds: i64 = words.next()?.parse().ok()?;
    let (sign, digits) = zone.split_at_checked(1)?;
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = digits.get(2..4)?.parse().ok()?;
    let offset = (hours * 3600 + minutes * 60) * if sign == "-" { -1 } else { 1 };
    let zone = FixedOffset::east_opt(offset)?;
    Some(
        DateTime::from_timestamp(seconds, 0)?
            .with_timezone(&zone)
            .date_naive(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn git(dir: &Path, args: &[&str], date: &str) -> String {
        let output = Command::new("git")
            .current_dir(dir)
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_NAME", "a")
            .env("GIT_AUTHOR_EMAIL", "a@a")
            .env("GIT_COMMITTER_NAME", "a")
            .env("GIT_COMMITTER_EMAIL", "a@a")
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .output()
            .unwrap();
        assert!(output.status.success(), "git {args:?}: {output:?}");
        String::from_utf8(output.stdout).unwrap().trim().to_string()
    }

    /// What git says, and what is read here, agree: loose, packed with the branch in
    /// `packed-refs`, cloned, detached, and on a day that differs in UTC.
    #[test]
    fn the_day_read_is_the_day_git_gives() {
        let root = tempfile::tempdir().unwrap();
        let repo = root.path().join("repo");
        std::fs::create_dir(&repo).unwrap();
        let day = |dir: &Path| -> Option<NaiveDate> {
            git(dir, &["log", "-1", "--format=%cs"], "").parse().ok()
        };
        git(&repo, &["init", "--quiet", "--initial-branch", "main"], "");
        std::fs::write(repo.join("a"), "1").unwrap();
        git(&repo, &["add", "a"], "");
        // 01:00 on 1 July in Hà Nội is still 30 June in UTC.
        git(
            &repo,
            &["commit", "--quiet", "-m", "a"],
            "2023-07-01T01:00:00+07:00",
        );
        assert_eq!(read(&repo), NaiveDate::from_ymd_opt(2023, 7, 1));
        assert_eq!(read(&repo), day(&repo));
        std::fs::write(repo.join("a"), "2").unwrap();
        git(
            &repo,
            &["commit", "--quiet", "-am", "b"],
            "2023-09-15T22:30:00-05:00",
        );
        assert_eq!(read(&repo), NaiveDate::from_ymd_opt(2023, 9, 15));
        // Packed: objects in a pack, the branch in packed-refs.
        git(&repo, &["gc", "--quiet", "--prune=now"], "");
        assert!(!repo.join(".git/refs/heads/main").exists());
        assert_eq!(read(&repo), day(&repo));
        let clone = root.path().join("clone");
        git(
            root.path(),
            &["clone", "--quiet", repo.to_str().unwrap(), "clone"],
            "",
        );
        assert_eq!(read(&clone), NaiveDate::from_ymd_opt(2023, 9, 15));
        let first = git(&clone, &["rev-parse", "HEAD~1"], "");
        git(&clone, &["checkout", "--quiet", "--detach", &first], "");
        assert_eq!(read(&clone), NaiveDate::from_ymd_opt(2023, 7, 1));
        // What cannot be read here is left to git, never guessed: no repository, an index
        // that claims more objects than it holds, a branch outside `refs/`.
        assert_eq!(read(root.path()), None);
        let index = std::fs::read_dir(clone.join(".git/objects/pack"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "idx"))
            .unwrap();
        let mut bytes = std::fs::read(&index).unwrap();
        for at in (8..8 + 256 * 4).step_by(4).skip(200) {
            bytes[at..at + 4].copy_from_slice(&u32::MAX.to_be_bytes());
        }
        let claimed = root.path().join("claimed");
        std::fs::write(&claimed, &bytes).unwrap();
        assert_eq!(offset_in(&claimed, &[0xff; 20]), None);
        std::fs::write(clone.join(".git/HEAD"), "ref: ../../etc/passwd\n").unwrap();
        assert_eq!(read(&clone), None);
    }

    #[test]
    fn a_committer_line_in_any_zone() {
        let body = b"tree 1\nauthor a <a@a> 1 +0000\ncommitter A B <a@a> 1688148000 +0700\n\nmsg committer x 1 +0000\n";
        assert_eq!(committer_day(body), NaiveDate::from_ymd_opt(2023, 7, 1));
        assert_eq!(committer_day(b"tree 1\n\nno committer"), None);
        assert_eq!(committer_day(b"committer a <a@a> 1688148000 +07"), None);
    }
}
