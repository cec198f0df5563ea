//! Finding the plan directory, listing its section files, and reading each into a [`Source`]:
//! UTF-8 text with its line starts.

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::bail;
use crate::message::Result;

use super::PLAN_FILE;
use crate::diagnostic::Diagnostic;
use crate::message::OrSay;
use crate::msg;

/// Where the plan lives: `explicit` (from `--plan-dir` or `$PLAN_DIR`), else `./plan`, else the
/// `plan/` of the nearest ancestor of `cwd` that has one with a `plan.toml`.
pub fn find_dir(explicit: Option<&Path>, cwd: &Path) -> Result<PathBuf> {
    if let Some(dir) = explicit.filter(|d| !d.as_os_str().is_empty()) {
        let absolute = cwd.join(dir);
        if absolute.exists() && !absolute.is_dir() {
            bail!(
                msg!(
                    "`{dir}` is a file, not a plan directory",
                    dir = dir.display()
                )
                .help(msg!(
                    "`--plan-dir` (or `$PLAN_DIR`) names the directory that holds `{file}`",
                    file = PLAN_FILE
                ))
            );
        }
        if !absolute.is_dir() {
            bail!(
                msg!("plan directory `{dir}` does not exist", dir = dir.display())
                    .help(msg!("check `--plan-dir` or `$PLAN_DIR`"))
            );
        }
        return Ok(dir.to_path_buf());
    }
    let here = PathBuf::from("plan");
    if cwd.join(&here).is_dir() {
        return Ok(here);
    }
    let mut relative = PathBuf::new();
    let mut looked = vec![cwd.join("plan")];
    for ancestor in cwd.ancestors().skip(1) {
        relative.push("..");
        let candidate = ancestor.join("plan");
        if candidate.join(PLAN_FILE).is_file() {
            return Ok(relative.join("plan"));
        }
        looked.push(candidate);
    }
    let looked: Vec<String> = looked.iter().map(|p| p.display().to_string()).collect();
    bail!(
        msg!(
            "no plan found: looked for a `plan` directory in {places}",
            places = looked.join(", ")
        )
        .help(msg!(
            "run from inside a repository that has one, pass `--plan-dir DIR` (or set `$PLAN_DIR`), or start one with `plan init`"
        ))
    )
}

/// The section files of the plan directory `absolute` (shown as under `dir`), the one named in
/// `replaced` with those bytes instead of what is on disk; and a warning for each file that
/// looks like a section file but is not read.
pub(super) fn section_files(
    dir: &Path,
    absolute: &Path,
    mut replaced: Vec<(String, Vec<u8>)>,
) -> Result<(Vec<SectionFile>, Vec<Diagnostic>)> {
    let shown = |name: &str| dir.join(name).display().to_string();
    // Section files are read by the threads that check them.
    let mut ignored = Vec::new();
    let mut sections: Vec<SectionFile> = fs::read_dir(absolute)
        .or_say(|| {
            msg!(
                "cannot read the plan directory `{dir}`",
                dir = dir.display()
            )
        })?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let wanted = name.ends_with(".toml") && name != PLAN_FILE && !name.starts_with('.');
            let looks_like_one = name.to_lowercase().ends_with(".toml")
                && !name.eq_ignore_ascii_case(PLAN_FILE)
                && !name.starts_with('.');
            if !wanted && looks_like_one {
                let message =
                    msg!("not read: only files ending in `.toml` (lower case) are plan files");
                let help = msg!(
                    "rename it to end in `.toml` if it is a section, or move it out of `{dir}`",
                    dir = dir.display()
                );
                ignored.push(Diagnostic::at(&shown(&name), "", 0..0, message).help(help));
            }
            if !wanted {
                return None;
            }
            if let Some(at) = replaced.iter().position(|(n, _)| *n == name) {
                let (_, bytes) = replaced.swap_remove(at);
                return Some(SectionFile::Read(Contents {
                    display: shown(&name),
                    bytes,
                }));
            }
            Some(SectionFile::Unread {
                display: shown(&name),
                size: entry.metadata().map_or(0, |m| m.len()),
                path: entry.path(),
            })
        })
        .collect();
    // Files an edit would add (a supplement's sections), read as if they were there.
    for (name, bytes) in replaced {
        sections.push(SectionFile::Read(Contents {
            display: shown(&name),
            bytes,
        }));
    }
    Ok((sections, ignored))
}

/// A plan file's name as shown to the user, and its contents.
#[derive(Debug, Clone)]
pub struct Contents {
    pub display: String,
    pub bytes: Vec<u8>,
}

/// A section file, read already or to be read by the thread that checks it.
pub(super) enum SectionFile {
    Read(Contents),
    Unread {
        display: String,
        path: PathBuf,
        size: u64,
    },
}

impl SectionFile {
    pub(super) fn size(&self) -> u64 {
        match self {
            SectionFile::Read(contents) => contents.bytes.len() as u64,
            SectionFile::Unread { size, .. } => *size,
        }
    }

    pub(super) fn display(&self) -> &str {
        match self {
            SectionFile::Read(contents) => &contents.display,
            SectionFile::Unread { display, .. } => display,
        }
    }

    pub(super) fn read(self) -> Result<Contents, Diagnostic> {
        match self {
            SectionFile::Read(contents) => Ok(contents),
            SectionFile::Unread { display, path, .. } => {
                match crate::files::read(&path, &display) {
                    Ok(bytes) => Ok(Contents { display, bytes }),
                    Err(e) => {
                        let (message, help) = crate::message::Error::parts(e);
                        let help = help.unwrap_or_else(|| {
                            msg!("check that the file exists and that you may read it")
                        });
                        Err(Diagnostic::at(&display, "", 0..0, message).help(help))
                    }
                }
            }
        }
    }
}
/// One file's text (BOM removed) and the name it is shown under.
pub(super) struct Source {
    /// Shared with the file's tasks.
    pub(super) display: Arc<str>,
    pub(super) text: String,
    /// Where each line starts, so that finding a line costs a search, not a scan.
    pub(super) line_starts: Vec<u32>,
}

impl Source {
    pub(super) fn new(display: &str, text: String) -> Source {
        // Plan files are far smaller than 4 GiB; a wider index would double this table.
        let newlines = || memchr::memchr_iter(b'\n', text.as_bytes());
        let mut line_starts = Vec::with_capacity(newlines().count() + 1);
        line_starts.push(0);
        line_starts.extend(newlines().map(|i| (i + 1) as u32));
        Source {
            display: Arc::from(display),
            text,
            line_starts,
        }
    }

    pub(super) fn at(&self, span: Range<usize>, message: crate::message::Message) -> Diagnostic {
        Diagnostic::at(&self.display, &self.text, span, message)
    }

    /// The 1-based line holding byte `offset`.
    pub(super) fn line(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start as usize <= offset)
    }
}

/// A plan file's text: UTF-8 without BOM, refusing other encodings and conflict markers.
pub(super) fn decode(file: Contents) -> Result<Source, Diagnostic> {
    let Contents { display, mut bytes } = file;
    let display = display.as_str();
    if u32::try_from(bytes.len()).is_err() {
        return Err(
            Diagnostic::at(display, "", 0..0, msg!("the file is larger than 4 GiB")).help(msg!(
                "split the plan into section files of a reasonable size"
            )),
        );
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(
            Diagnostic::at(display, "", 0..0, msg!("the file is UTF-16, not UTF-8")).help(msg!(
                "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"
            )),
        );
    }
    if bytes.starts_with(crate::text::BOM) {
        bytes.drain(..crate::text::BOM.len());
    }
    // The bytes become the text without a copy: plan files can be tens of megabytes.
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let lossy = String::from_utf8_lossy(&bytes);
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let mut diagnostic = Diagnostic::at(
                display,
                &lossy,
                prefix.len()..prefix.len() + 1,
                msg!("the file is not valid UTF-8"),
            )
            .help(msg!("save it as UTF-8; Vietnamese text in another encoding (such as TCVN3 or VNI) must be converted"));
            // A line of text in another encoding is worth showing (most of its letters read);
            // a line of binary noise is not.
            let line = &diagnostic.source_line;
            let shown = line.chars().filter(|c| !c.is_whitespace()).count();
            let noise = line
                .chars()
                .filter(|&c| c == '\u{fffd}' || ('\u{2400}'..='\u{2421}').contains(&c))
                .count();
            if noise * 2 > shown {
                diagnostic.source_line.clear();
            }
            return Err(diagnostic);
        }
    };
    let source = Source::new(display, text);
    // `=======` alone may be text inside a multi-line string; the other two never start a line
    // of TOML.
    let marker = source
        .line_starts
        .iter()
        .map(|&start| start as usize)
        .find(|&start| {
            let line = &source.text[start..];
            line.starts_with("<<<<<<<") || line.starts_with(">>>>>>>")
        });
    if let Some(start) = marker {
        let end = source.text[start..]
            .find(['\r', '\n'])
            .map_or(source.text.len(), |i| start + i);
        return Err(source
            .at(start..end, msg!("unresolved git merge conflict marker"))
            .help(msg!("finish the merge: keep the lines you want from each side, delete the `<<<<<<<`, `=======` and `>>>>>>>` lines, then run `plan check`")));
    }
    Ok(source)
}
