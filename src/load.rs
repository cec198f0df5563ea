//! Finding the plan directory and reading its files into a checked [`Plan`], reporting every
//! problem with its file, line and column.
// A diagnostic is the error of every step here and is collected, not passed up far: its size
// does not matter.
#![allow(clippy::result_large_err)]

use foldhash::{HashMap, HashMapExt};
use std::borrow::Cow;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::deadline;
use crate::diagnostic::{Diagnostic, Problems};
use crate::lang::Lang;
use crate::model::ReportSettings;
use crate::model::{Entry, Plan, Section, Status, Task, Tasks, Unit};
use crate::parallel::in_parallel;
use crate::period::{self, Period};
use crate::text::{closest, fold, into_nfc, nfc, trimmed};
use crate::units;
use crate::window::{Cutoff, SendBy};

pub const PLAN_FILE: &str = "plan.toml";

/// Where the plan lives: `explicit` (from `--plan-dir` or `$PLAN_DIR`), else `./plan`, else the
/// `plan/` of the nearest ancestor of `cwd` that has one with a `plan.toml`.
pub fn find_dir(explicit: Option<&Path>, cwd: &Path) -> Result<PathBuf> {
    if let Some(dir) = explicit.filter(|d| !d.as_os_str().is_empty()) {
        let absolute = cwd.join(dir);
        if absolute.exists() && !absolute.is_dir() {
            bail!(
                "`{}` is a file, not a plan directory\nhelp: `--plan-dir` (or `$PLAN_DIR`) names the directory that holds `{PLAN_FILE}`",
                dir.display()
            );
        }
        if !absolute.is_dir() {
            bail!(
                "plan directory `{}` does not exist\nhelp: check `--plan-dir` or `$PLAN_DIR`",
                dir.display()
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
        "no plan found: looked for a `plan` directory in {}\nhelp: run from inside a repository that has one, pass `--plan-dir DIR` (or set `$PLAN_DIR`), or start one with `plan init`",
        looked.join(", ")
    )
}

/// A loaded plan, and the problems that did not stop it loading.
#[derive(Debug)]
pub struct Loaded {
    pub plan: Plan,
    pub warnings: Vec<Diagnostic>,
    /// The language `plan.toml` asks for (`lang`), if any: how to show the plan, not part of it.
    pub lang: Option<Lang>,
}

/// Reads and checks the plan in `dir` (`cwd`-relative or absolute). Unreadable deadline wording is
/// a warning, or with `strict` an error; every other problem is an error, and all of them are
/// returned together as [`Problems`].
pub fn load(dir: &Path, cwd: &Path, strict: bool) -> Result<Loaded> {
    load_sections(dir, cwd, strict, None)
}

/// Like [`load`] (not strict), with the section file `name` read as `bytes` instead of from
/// disk: the plan as an edit would leave it, checked before the edit is written.
pub fn load_replacing(dir: &Path, cwd: &Path, name: &str, bytes: Vec<u8>) -> Result<Loaded> {
    load_sections(dir, cwd, false, Some((name, bytes)))
}

fn load_sections(
    dir: &Path,
    cwd: &Path,
    strict: bool,
    mut replaced: Option<(&str, Vec<u8>)>,
) -> Result<Loaded> {
    let absolute = cwd.join(dir);
    let plan_path = absolute.join(PLAN_FILE);
    let shown = |name: &str| dir.join(name).display().to_string();
    if plan_path.exists() && !plan_path.is_file() {
        bail!(
            "`{}` is not a file\nhelp: `{PLAN_FILE}` holds the plan's title, year and units; move whatever is there away",
            dir.join(PLAN_FILE).display()
        );
    }
    if !plan_path.is_file() {
        bail!(
            "`{}` holds no `{PLAN_FILE}`\nhelp: a plan directory needs `{PLAN_FILE}` (title, year, units) and one file per section",
            dir.display()
        );
    }
    // Section files are read by the threads that check them.
    let mut ignored = Vec::new();
    let sections: Vec<SectionFile> = fs::read_dir(&absolute)
        .with_context(|| format!("cannot read the plan directory `{}`", dir.display()))?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let wanted = name.ends_with(".toml") && name != PLAN_FILE && !name.starts_with('.');
            let looks_like_one = name.to_lowercase().ends_with(".toml")
                && !name.eq_ignore_ascii_case(PLAN_FILE)
                && !name.starts_with('.');
            if !wanted && looks_like_one {
                let message = "not read: only files ending in `.toml` (lower case) are plan files";
                let help = format!(
                    "rename it to end in `.toml` if it is a section, or move it out of `{}`",
                    dir.display()
                );
                ignored.push(Diagnostic::at(&shown(&name), "", 0..0, message).help(help));
            }
            if !wanted {
                return None;
            }
            if let Some((_, bytes)) = replaced.take_if(|(n, _)| *n == name) {
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
    let display = shown(PLAN_FILE);
    let bytes = crate::files::read(&plan_path, &display)?;
    let mut loaded = check_files(
        &dir.display().to_string(),
        Contents { display, bytes },
        sections,
        strict,
    )?;
    ignored.sort_by(|a, b| a.file.cmp(&b.file));
    loaded.warnings.splice(0..0, ignored);
    Ok(loaded)
}

/// A plan file's name as shown to the user, and its contents.
#[derive(Debug, Clone)]
pub struct Contents {
    pub display: String,
    pub bytes: Vec<u8>,
}

/// A section file, read already or to be read by the thread that checks it.
enum SectionFile {
    Read(Contents),
    Unread {
        display: String,
        path: PathBuf,
        size: u64,
    },
}

impl SectionFile {
    fn size(&self) -> u64 {
        match self {
            SectionFile::Read(contents) => contents.bytes.len() as u64,
            SectionFile::Unread { size, .. } => *size,
        }
    }

    fn display(&self) -> &str {
        match self {
            SectionFile::Read(contents) => &contents.display,
            SectionFile::Unread { display, .. } => display,
        }
    }

    fn read(self) -> Result<Contents, Diagnostic> {
        match self {
            SectionFile::Read(contents) => Ok(contents),
            SectionFile::Unread { display, path, .. } => {
                match crate::files::read(&path, &display) {
                    Ok(bytes) => Ok(Contents { display, bytes }),
                    Err(e) => {
                        let text = format!("{e:#}");
                        let (message, help) = text.split_once("\nhelp: ").unwrap_or((
                            &text,
                            "check that the file exists and that you may read it",
                        ));
                        Err(Diagnostic::at(&display, "", 0..0, message).help(help))
                    }
                }
            }
        }
    }
}

/// Checks a plan from the contents of its files: `plan.toml` and the section files.
pub fn load_files(
    dir: &str,
    head: Contents,
    sections: Vec<Contents>,
    strict: bool,
) -> Result<Loaded> {
    let sections = sections.into_iter().map(SectionFile::Read).collect();
    check_files(dir, head, sections, strict)
}

fn check_files(
    dir: &str,
    head: Contents,
    mut sections: Vec<SectionFile>,
    strict: bool,
) -> Result<Loaded> {
    let mut checker = Checker::default();
    // plan.toml first: the units and year the section files are checked against.
    let head = decode(head)
        .and_then(|source| {
            let raw: RawPlan = parse(&source)?;
            Ok((source, raw))
        })
        .map_err(|d| checker.problems.push(d))
        .ok();
    let (title, organization, document, year, lang, report_cutoff, units, report) = match head {
        Some((source, mut raw)) => {
            let cutoff = checker.cutoff(&source, raw.report_cutoff.as_ref());
            let report = checker.report_settings(&source, &mut raw);
            let units = checker.units(&source, raw.unit);
            (
                nfc(&raw.title),
                raw.organization.map(|s| nfc(&s)),
                raw.document.map(|s| nfc(&s)),
                checker.year(&source, &raw.year),
                raw.lang,
                cutoff,
                Some(units),
                report,
            )
        }
        None => Default::default(),
    };

    // Section files are independent until their tasks are joined up: they are read and checked
    // side by side, a large file in chunks, each chunk with a checker of its own.
    sections.sort_by_key(|file| std::cmp::Reverse(file.size()));
    let parallel = sections.iter().map(SectionFile::size).sum::<u64>() >= PARALLEL_ABOVE;
    let names: Vec<String> = sections.iter().map(|f| f.display().to_string()).collect();
    let read = in_parallel(sections, parallel, |file| {
        let source = file.read().and_then(decode)?;
        let chunks = Chunks::cut(&source);
        Ok(File { source, chunks })
    });
    let mut files: Vec<File> = Vec::new();
    for (name, read) in names.iter().zip(read) {
        match read {
            Some(Ok(file)) => files.push(file),
            Some(Err(diagnostic)) => checker.problems.push(diagnostic),
            None => checker.problems.push(panicked(name)),
        }
    }
    let context = TaskContext {
        spellings: &checker.spellings,
        units: units.as_deref(),
        year,
        strict,
    };
    let jobs: Vec<(usize, Option<Chunk>)> = files
        .iter()
        .enumerate()
        .flat_map(|(index, file)| match &file.chunks {
            Some(chunks) => chunks
                .ranges
                .iter()
                .map(|range| (index, Some((chunks.section.clone(), range.clone()))))
                .collect(),
            None => vec![(index, None)],
        })
        .collect();
    // `None`: the chunk does not parse.
    let checked = in_parallel(jobs.clone(), parallel, |(index, chunk)| match chunk {
        Some((section, range)) => context.chunk(&files[index].source, &section, range),
        None => Some(context.whole(&files[index].source)),
    });
    // A file one of whose chunks does not parse (an error, or a cut inside a multi-line string)
    // is parsed again whole, so that the problem reported is the one a whole-file parse finds.
    let mut file_tasks: Vec<FileTasks> = files
        .iter()
        .map(|file| match file.chunks {
            Some(_) => FileTasks::Chunks(Vec::new()),
            None => FileTasks::Failed,
        })
        .collect();
    let mut again = Vec::new();
    // The problems of failed chunks, by file: used unless the file is parsed again whole.
    let mut chunk_problems: Vec<Vec<Diagnostic>> = vec![Vec::new(); files.len()];
    for ((index, chunk), checked) in jobs.into_iter().zip(checked) {
        let so_far = &mut file_tasks[index];
        match (checked, so_far) {
            (None, so_far) => {
                checker
                    .problems
                    .push(panicked(&files[index].source.display));
                *so_far = FileTasks::Failed;
            }
            (Some(Some(checked)), so_far) if chunk.is_none() => {
                *so_far = FileTasks::Whole(Box::new(checked));
            }
            (Some(Some(checked)), FileTasks::Chunks(runs)) => runs.push(checked),
            (Some(None), so_far) => {
                *so_far = FileTasks::Failed;
                let source = &files[index].source;
                // Only a multi-line string can hold a `[[task]]` line that is not a table:
                // without one, the chunk's own problems are the file's, and reading them costs
                // no more memory than the chunk (a whole file can take gigabytes).
                let problems = match chunk {
                    Some((_, range)) if !has_multi_line_strings(&source.text) => {
                        problems_in(source, range)
                    }
                    _ => Vec::new(),
                };
                if problems.is_empty() && !again.contains(&index) {
                    again.push(index);
                }
                chunk_problems[index].extend(problems);
            }
            (Some(_), _) => {}
        }
    }
    for (index, problems) in chunk_problems.into_iter().enumerate() {
        if !again.contains(&index) {
            checker.problems.extend(problems);
        }
    }
    let redone = in_parallel(again.clone(), parallel, |index| {
        context.whole(&files[index].source)
    });
    for (index, checked) in again.into_iter().zip(redone) {
        file_tasks[index] = match checked {
            Some(checked) => FileTasks::Whole(Box::new(checked)),
            None => {
                checker
                    .problems
                    .push(panicked(&files[index].source.display));
                FileTasks::Failed
            }
        };
    }

    // Each file's section, from its head, in the order of the sections.
    let mut checked: Vec<(String, File, Vec<CheckedTasks>, RawHead)> = Vec::new();
    for (mut file, tasks) in files.into_iter().zip(file_tasks) {
        let (head, mut runs) = match tasks {
            FileTasks::Chunks(runs) => (file.chunks.take().map(|c| c.head), runs),
            FileTasks::Whole(mut whole) => (whole.head.take(), vec![*whole]),
            FileTasks::Failed => (None, Vec::new()),
        };
        for run in &mut runs {
            checker.problems.append(&mut run.checker.problems);
            checker.warnings.append(&mut run.checker.warnings);
        }
        if let Some(head) = head {
            checked.push((section_id(&head.id), file, runs, head));
        }
    }
    checked.sort_by(|(a, ..), (b, ..)| (roman(a), a).cmp(&(roman(b), b)));

    let mut sections = Vec::new();
    let count = checked
        .iter()
        .flat_map(|(_, _, runs, _)| runs)
        .map(|run| run.tasks.len())
        .sum();
    let mut tasks = Tasks::default();
    let mut origins: Vec<TaskOrigin> = Vec::with_capacity(count);
    let mut sources: Vec<Source> = Vec::new();
    let mut seen_sections: HashMap<String, String> = HashMap::new();
    for (id, file, runs, head) in checked {
        let source = file.source;
        let section = Section {
            id,
            title: nfc(&head.title),
            file: source.display.to_string(),
        };
        if let Some(first) = seen_sections.get(&section.id) {
            checker.problems.push(
                source
                    .at(
                        head.id.span(),
                        format!("section `{}` is also defined in {first}", section.id),
                    )
                    .help("give each section file its own `id`"),
            );
            continue;
        }
        seen_sections.insert(section.id.clone(), source.display.to_string());
        for run in runs {
            origins.extend(run.origins.into_iter().map(|origin| TaskOrigin {
                file: sources.len(),
                ..origin
            }));
            tasks.push_run(run.tasks);
        }
        sources.push(source);
        sections.push(section);
    }
    checker.join_tasks(&mut tasks, &origins, &sources);

    if !checker.problems.is_empty() {
        let mut problems = checker.problems;
        problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        return Err(Problems(problems).into());
    }
    Ok(Loaded {
        plan: Plan {
            dir: dir.to_string(),
            title,
            organization,
            document,
            year,
            report_cutoff,
            report,
            units: units.unwrap_or_default(),
            sections,
            tasks,
        },
        warnings: checker.warnings,
        lang,
    })
}

/// Below this many bytes of section files, starting threads costs more than it saves.
const PARALLEL_ABOVE: u64 = 256 * 1024;

/// A section file, read and decoded.
struct File {
    source: Source,
    /// Where the file is cut into chunks, if it is read in chunks.
    chunks: Option<Chunks>,
}

/// A large section file's head, and where the file is cut into chunks of whole tasks.
///
/// The `toml` crate keeps every token of what it parses and builds a document before the tasks:
/// a whole file of many thousands of tasks would cost memory many times its size. A chunk costs
/// that only for itself, and the chunks of all files are parsed and checked side by side.
struct Chunks {
    head: RawHead,
    section: Arc<str>,
    /// Consecutive ranges of the file to its end, each starting at a line that opens a
    /// `[[task]]` table.
    ranges: Vec<Range<usize>>,
}

/// About how many bytes of a section file one chunk holds (a few hundred tasks); a smaller file
/// is parsed whole. At 100,000 tasks, chunks of 64 KiB peaked at 123 MB and of 512 KiB at 134 MB,
/// in about the same time.
const CHUNK: usize = 64 * 1024;

impl Chunks {
    /// `None` if the file is to be parsed whole: it is small, has no `[[task]]` line after its
    /// first, or what comes before that line is not a head that parses.
    fn cut(source: &Source) -> Option<Chunks> {
        let text = &source.text;
        if text.len() < CHUNK {
            return None;
        }
        let mut task_lines = source.line_starts[1..]
            .iter()
            .map(|&start| start as usize)
            .filter(|&start| starts_task(&text[start..]));
        let first = task_lines.next()?;
        let head: RawHead = toml::from_str(&text[..first]).ok()?;
        let mut ranges = Vec::new();
        let mut from = first;
        for start in task_lines {
            if start >= from + CHUNK {
                ranges.push(from..start);
                from = start;
            }
        }
        ranges.push(from..text.len());
        Some(Chunks {
            section: Arc::from(section_id(&head.id)),
            head,
            ranges,
        })
    }
}

/// A section file's tasks, checked.
enum FileTasks {
    /// Chunk by chunk, in the file's order.
    Chunks(Vec<CheckedTasks>),
    /// From the whole file at once.
    Whole(Box<CheckedTasks>),
    /// Not at all: its problems say why.
    Failed,
}

/// A run of a section file's tasks, checked, and where each came from.
struct CheckedTasks {
    tasks: Vec<Task>,
    origins: Vec<TaskOrigin>,
    checker: Checker,
    /// The file's head, when the whole file was parsed and has one.
    head: Option<RawHead>,
}

/// A file's section and one of its chunks: a job for [`TaskContext::chunk`]. A job without one
/// parses its file whole.
type Chunk = (Arc<str>, Range<usize>);

/// What the tasks of a section file are checked against: `plan.toml`'s units and year, and
/// whether an unreadable deadline is an error.
struct TaskContext<'a> {
    spellings: &'a Arc<HashMap<String, Arc<str>>>,
    units: Option<&'a [Unit]>,
    year: i32,
    strict: bool,
}

impl TaskContext<'_> {
    /// Room for `capacity` tasks at once: growing a vector of thousands copies it each time.
    fn checked_tasks(&self, capacity: usize) -> CheckedTasks {
        CheckedTasks {
            tasks: Vec::with_capacity(capacity),
            origins: Vec::with_capacity(capacity),
            checker: Checker {
                spellings: Arc::clone(self.spellings),
                ..Checker::default()
            },
            head: None,
        }
    }

    fn add(
        &self,
        checked: &mut CheckedTasks,
        source: &Source,
        section: &Arc<str>,
        raw: RawTask<'_>,
    ) {
        let origin = TaskOrigin {
            file: 0,
            id: raw.id.span(),
            parent: raw.parent.as_ref().map(Spanned::span),
            names_a_lead: !raw.lead.is_empty(),
        };
        let task = checked
            .checker
            .task(source, section, raw, self.units, self.year, self.strict);
        if let Some(task) = task {
            checked.origins.push(origin);
            checked.tasks.push(task);
        }
    }

    /// Checks the tasks of one chunk of a file; `None` if the chunk does not parse.
    fn chunk(
        &self,
        source: &Source,
        section: &Arc<str>,
        range: Range<usize>,
    ) -> Option<CheckedTasks> {
        let raw: RawTasks = toml::from_str(&source.text[range.clone()]).ok()?;
        let mut checked = self.checked_tasks(raw.task.len());
        for task in raw.task {
            self.add(&mut checked, source, section, task.moved(range.start));
        }
        Some(checked)
    }

    /// Checks the tasks of a whole file, and its head.
    fn whole(&self, source: &Source) -> CheckedTasks {
        let raw: RawSection = match parse(source) {
            Ok(raw) => raw,
            Err(diagnostic) => {
                let mut checked = self.checked_tasks(0);
                let mut problems = match has_multi_line_strings(&source.text) {
                    true => Vec::new(),
                    false => problems_in(source, 0..source.text.len()),
                };
                if problems.is_empty() {
                    problems.push(diagnostic);
                }
                checked.checker.problems = problems;
                return checked;
            }
        };
        let mut checked = self.checked_tasks(raw.task.len());
        let section = Arc::from(section_id(&raw.id));
        for task in raw.task {
            self.add(&mut checked, source, &section, task);
        }
        checked.head = Some(RawHead {
            id: raw.id,
            title: raw.title,
        });
        checked
    }
}

fn panicked(file: &str) -> Diagnostic {
    Diagnostic {
        file: file.to_string(),
        line: 1,
        column: 1,
        source_line: String::new(),
        caret: 1,
        width: 1,
        message: "internal error while reading this file".into(),
        help: None,
    }
}

/// The value of a Roman numeral (I–XXXIX), so sections sort I, II, …, X; others sort last.
fn roman(id: &str) -> u32 {
    let mut total: u32 = 0;
    let mut previous = 0;
    for c in id.chars().rev() {
        let value = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            _ => return u32::MAX,
        };
        if value < previous {
            total = total.saturating_sub(value);
        } else {
            total = total.saturating_add(value);
            previous = value;
        }
    }
    total
}

/// Where a task came from, for problems found once all tasks are known: the n-th origin is
/// that of the n-th task.
struct TaskOrigin {
    file: usize,
    id: Range<usize>,
    parent: Option<Range<usize>>,
    /// Whether the file names a lead (even one that turned out unknown).
    names_a_lead: bool,
}

/// One file's text (BOM removed) and the name it is shown under.
struct Source {
    /// Shared with the file's tasks.
    display: Arc<str>,
    text: String,
    /// Where each line starts, so that finding a line costs a search, not a scan.
    line_starts: Vec<u32>,
}

impl Source {
    fn new(display: &str, text: String) -> Source {
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

    fn at(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(&self.display, &self.text, span, message)
    }

    /// The 1-based line holding byte `offset`.
    fn line(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start as usize <= offset)
    }
}

/// A plan file's text: UTF-8 without BOM, refusing other encodings and conflict markers.
fn decode(file: Contents) -> Result<Source, Diagnostic> {
    let Contents { display, mut bytes } = file;
    let display = display.as_str();
    if u32::try_from(bytes.len()).is_err() {
        return Err(
            Diagnostic::at(display, "", 0..0, "the file is larger than 4 GiB")
                .help("split the plan into section files of a reasonable size"),
        );
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(
            Diagnostic::at(display, "", 0..0, "the file is UTF-16, not UTF-8")
                .help("save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"),
        );
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // The bytes become the text without a copy: plan files can be tens of megabytes.
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let lossy = String::from_utf8_lossy(&bytes);
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            return Err(Diagnostic::at(
                display,
                &lossy,
                prefix.len()..prefix.len() + 1,
                "the file is not valid UTF-8",
            )
            .help("save it as UTF-8; Vietnamese text in another encoding (such as TCVN3 or VNI) must be converted"));
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
            .at(start..end, "unresolved git merge conflict marker")
            .help("finish the merge: keep the lines you want from each side, delete the `<<<<<<<`, `=======` and `>>>>>>>` lines, then run `plan check`"));
    }
    Ok(source)
}

/// Parses TOML into `T`, turning the error into a diagnostic with a `help:` line.
fn parse<'a, T: Deserialize<'a>>(source: &'a Source) -> Result<T, Diagnostic> {
    toml::from_str(&source.text).map_err(|e| diagnose(source, &e, 0))
}

/// The diagnostic for a parse `error` in the stretch of `source` that starts at byte `by`.
fn diagnose(source: &Source, error: &toml::de::Error, by: usize) -> Diagnostic {
    let span = error.span().map_or(by..by, |s| s.start + by..s.end + by);
    let diagnostic = source.at(span, error.message().trim());
    let help = if diagnostic.message.starts_with("invalid float")
        && vietnamese_thousands(&diagnostic.source_line)
    {
        "write amounts without dots, as `12_000_000` or `12000000`: TOML reads `12.000.000` as a broken decimal".to_string()
    } else {
        help_for(&diagnostic.message)
    };
    diagnostic.help(help)
}

/// Whether a line holds a number written the Vietnamese way, such as `12.000.000`.
fn vietnamese_thousands(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_digit() && c != '.')
        .any(|word| {
            let groups: Vec<&str> = word.split('.').collect();
            groups.len() > 2 && groups[1..].iter().all(|g| g.len() == 3) && !groups[0].is_empty()
        })
}

fn help_for(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let unknown = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest.split('`').skip(1).skip(1).step_by(2).collect();
        return match closest(unknown, expected.iter().copied(), 1).first() {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "the keys allowed here are {}",
                expected
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
    }
    if message.starts_with("missing field") {
        return "add the missing key; see the file format in README.md".into();
    }
    if message.contains("as i128") {
        return "the number is too large: budgets are whole VND amounts such as 12_000_000".into();
    }
    if message.starts_with("invalid type") || message.starts_with("invalid value") {
        return "text goes in quotes, `budget` and `year` are whole numbers (12_000_000), dates are written 2023-04-10 without quotes, and `lead`/`support` are lists ([\"Văn phòng\"])".into();
    }
    if message.starts_with("duplicate key") {
        return "a key may appear once per table: remove or rename one of them".into();
    }
    if message.starts_with("invalid date") || message.contains("datetime") {
        return "write dates as YYYY-MM-DD, a day that exists (2023-02-28, not 2023-02-30)".into();
    }
    "fix the TOML syntax here; the file format is described in README.md".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    title: String,
    #[serde(default)]
    organization: Option<String>,
    #[serde(default)]
    document: Option<String>,
    year: Spanned<i32>,
    #[serde(default)]
    lang: Option<Lang>,
    #[serde(default)]
    report_cutoff: Option<Spanned<toml::Value>>,
    #[serde(default)]
    unit: Vec<RawUnit>,
    #[serde(default)]
    parent_organization: Option<String>,
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    symbol: Option<String>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    report_signer: Option<String>,
    #[serde(default)]
    report_signer_name: Option<String>,
    #[serde(default)]
    report_recipients: Vec<String>,
    #[serde(default)]
    report_lead_term: Option<String>,
    #[serde(default)]
    report_threshold: Option<Spanned<toml::Value>>,
    #[serde(default)]
    report_send: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnit {
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    members: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection<'a> {
    id: Spanned<String>,
    title: String,
    #[serde(default, borrow)]
    task: Vec<RawTask<'a>>,
}

/// A run of `[[task]]` tables cut from a section file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTasks<'a> {
    #[serde(borrow)]
    task: Vec<RawTask<'a>>,
}

/// The largest budget a task may have, in VND: a million billion đồng, several times a
/// province's yearly budget. Kept well below what the sums of a plan's budgets can hold.
const MAX_BUDGET: u64 = 1_000_000_000_000_000;

/// The keys a section file's head, a task and a progress entry may have (the fields of
/// [`RawSection`], [`RawTask`] and [`RawEntry`]; a test keeps them the same).
const HEAD_KEYS: [&str; 3] = ["id", "title", "task"];
const TASK_KEYS: [&str; 13] = [
    "id",
    "title",
    "parent",
    "lead",
    "support",
    "budget",
    "deadline",
    "due",
    "product",
    "funding",
    "note",
    "carried_from",
    "progress",
];
const ENTRY_KEYS: [&str; 5] = ["date", "status", "note", "period", "due"];

/// Whether `text` may hold a multi-line string, inside which a `[[task]]` line is text.
fn has_multi_line_strings(text: &str) -> bool {
    text.contains("\"\"\"") || text.contains("'''")
}

/// Every problem in `range` of a section file that does not parse, in a text with no
/// multi-line strings: the stretch is cut at each `[[task]]` line, and each piece (the head, a
/// task) is parsed on its own, so that one mistake does not hide the next. A piece that is
/// valid TOML has each of its unknown keys reported, else its first problem.
fn problems_in(source: &Source, range: Range<usize>) -> Vec<Diagnostic> {
    let text = &source.text;
    let mut cuts: Vec<usize> = source
        .line_starts
        .iter()
        .map(|&start| start as usize)
        .filter(|&start| range.contains(&start) && start > range.start)
        .filter(|&start| starts_task(&text[start..]))
        .collect();
    cuts.insert(0, range.start);
    cuts.push(range.end);
    let mut problems = Vec::new();
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        let piece = &text[start..end];
        let is_task = starts_task(piece);
        let unknown = unknown_keys(piece, is_task);
        if !unknown.is_empty() {
            for (span, key, allowed) in unknown {
                let allowed: Vec<String> = allowed.iter().map(|k| format!("`{k}`")).collect();
                let message = format!(
                    "unknown field `{key}`, expected one of {}",
                    allowed.join(", ")
                );
                let help = help_for(&message);
                problems.push(
                    source
                        .at(start + span.start..start + span.end, message)
                        .help(help),
                );
            }
            continue;
        }
        let parsed = match is_task {
            true => toml::from_str::<RawTasks>(piece).map(drop),
            false => toml::from_str::<RawSection>(piece).map(drop),
        };
        if let Err(e) = parsed {
            problems.push(diagnose(source, &e, start));
        }
    }
    problems
}

/// Where a key is, its name, and the keys allowed beside it.
type UnknownKey = (Range<usize>, String, &'static [&'static str]);

/// The keys of `piece` (a section file's head, or one `[[task]]` with its entries) that a
/// section file may not have there; nothing if the piece is not valid TOML.
fn unknown_keys(piece: &str, is_task: bool) -> Vec<UnknownKey> {
    use toml_edit::{Document, Item, Table};
    let Ok(document) = Document::parse(piece) else {
        return Vec::new();
    };
    let mut unknown = Vec::new();
    let mut check = |table: &Table, allowed: &'static [&'static str]| {
        for (key, _) in table.iter() {
            if !allowed.contains(&key) {
                let span = table.key(key).and_then(|k| k.span()).unwrap_or(0..0);
                unknown.push((span, key.to_string(), allowed));
            }
        }
    };
    let root = document.as_table();
    if !is_task {
        check(root, &HEAD_KEYS);
    }
    let tasks = root.get("task").and_then(Item::as_array_of_tables);
    for task in tasks.into_iter().flat_map(|t| t.iter()) {
        check(task, &TASK_KEYS);
        let entries = task.get("progress").and_then(Item::as_array_of_tables);
        for entry in entries.into_iter().flat_map(|e| e.iter()) {
            check(entry, &ENTRY_KEYS);
        }
    }
    unknown.sort_by_key(|(span, ..)| span.start);
    unknown
}

/// Whether a line opens a `[[task]]` table (nothing after it but spaces or a comment).
fn starts_task(line: &str) -> bool {
    line.strip_prefix("[[task]]").is_some_and(|rest| {
        let rest = rest.trim_start_matches([' ', '\t']);
        rest.is_empty() || rest.starts_with(['#', '\n', '\r'])
    })
}

/// What a section file holds before its first task.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHead {
    id: Spanned<String>,
    title: String,
}

/// A section's id as tasks are checked and sections sorted by: its `id`, trimmed, in NFC.
fn section_id(id: &Spanned<String>) -> String {
    nfc(id.get_ref().trim())
}

/// `spanned` with its span moved `by` bytes on: a chunk's spans made the file's.
fn moved<T>(spanned: Spanned<T>, by: usize) -> Spanned<T> {
    let span = spanned.span();
    Spanned::new(span.start + by..span.end + by, spanned.into_inner())
}

impl<'a> RawTask<'a> {
    /// Where the task's last value ends in its file (its own keys and its entries').
    fn end(&self) -> usize {
        let all = |list: &[Spanned<Text>]| list.iter().map(|s| s.span().end).max();
        let entries = self.progress.iter().flat_map(|e| {
            [
                Some(e.date.span().end),
                e.status.as_ref().map(|s| s.span().end),
                e.note.as_ref().map(|s| s.span().end),
                e.period.as_ref().map(|s| s.span().end),
                e.due.as_ref().map(|s| s.span().end),
            ]
        });
        [
            Some(self.id.span().end),
            Some(self.title.span().end),
            self.parent.as_ref().map(|s| s.span().end),
            all(&self.lead),
            all(&self.support),
            self.budget.as_ref().map(|s| s.span().end),
            self.deadline.as_ref().map(|s| s.span().end),
            self.due.as_ref().map(|s| s.span().end),
            self.product.as_ref().map(|s| s.span().end),
            self.funding.as_ref().map(|s| s.span().end),
            self.note.as_ref().map(|s| s.span().end),
            self.carried_from.as_ref().map(|s| s.span().end),
        ]
        .into_iter()
        .chain(entries)
        .flatten()
        .max()
        .unwrap_or_default()
    }

    fn moved(self, by: usize) -> Self {
        let all = |list: Vec<Spanned<Text<'a>>>| list.into_iter().map(|s| moved(s, by)).collect();
        RawTask {
            id: moved(self.id, by),
            title: moved(self.title, by),
            parent: self.parent.map(|s| moved(s, by)),
            lead: all(self.lead),
            support: all(self.support),
            budget: self.budget.map(|s| moved(s, by)),
            deadline: self.deadline.map(|s| moved(s, by)),
            due: self.due.map(|s| moved(s, by)),
            product: self.product.map(|s| moved(s, by)),
            funding: self.funding.map(|s| moved(s, by)),
            note: self.note.map(|s| moved(s, by)),
            carried_from: self.carried_from.map(|s| moved(s, by)),
            progress: self
                .progress
                .into_iter()
                .map(|entry| RawEntry {
                    date: moved(entry.date, by),
                    status: entry.status.map(|s| moved(s, by)),
                    note: entry.note.map(|s| moved(s, by)),
                    period: entry.period.map(|s| moved(s, by)),
                    due: entry.due.map(|s| moved(s, by)),
                })
                .collect(),
        }
    }
}

/// A task as read, its strings borrowed from the file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTask<'a> {
    #[serde(borrow)]
    id: Spanned<Text<'a>>,
    #[serde(borrow)]
    title: Spanned<Text<'a>>,
    #[serde(default, borrow)]
    parent: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    lead: Vec<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    support: Vec<Spanned<Text<'a>>>,
    #[serde(default)]
    budget: Option<Spanned<i64>>,
    #[serde(default, borrow)]
    deadline: Option<Spanned<Text<'a>>>,
    #[serde(default)]
    due: Option<Spanned<Datetime>>,
    #[serde(default, borrow)]
    product: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    funding: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    note: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    carried_from: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    progress: Vec<RawEntry<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry<'a> {
    date: Spanned<Datetime>,
    #[serde(default, borrow)]
    status: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    note: Option<Spanned<Text<'a>>>,
    #[serde(default, borrow)]
    period: Option<Spanned<Text<'a>>>,
    #[serde(default)]
    due: Option<Spanned<Datetime>>,
}

/// A string value as read: borrowed from the file when it is written without escapes, as most
/// are. Most are only looked up (unit names, deadline wordings, statuses, periods): only those
/// kept are copied.
struct Text<'a>(Cow<'a, str>);

impl Text<'_> {
    fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Text<'de>;

            // As `String` says it, so that a value of another type is refused in the same words.
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a string")
            }

            fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }

            fn visit_str<E>(self, text: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text.to_string())))
            }

            fn visit_string<E>(self, text: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text)))
            }
        }

        deserializer.deserialize_string(Visitor)
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// Every unit name and alias, as written and folded, and the canonical name it stands for:
    /// made from plan.toml, then shared by the checkers of the section files.
    spellings: Arc<HashMap<String, Arc<str>>>,
    /// Deadline wordings already read: a plan repeats a handful of them.
    deadlines: HashMap<
        String,
        (
            Arc<str>,
            Result<deadline::Deadline, deadline::DeadlineError>,
        ),
    >,
}

impl Checker {
    /// The canonical name of the unit `name` spells, if any.
    fn unit_named(&self, name: &str) -> Option<Arc<str>> {
        self.spellings
            .get(name)
            .or_else(|| self.spellings.get(&fold(name)))
            .cloned()
    }

    fn year(&mut self, source: &Source, year: &Spanned<i32>) -> i32 {
        if (1900..=2200).contains(year.get_ref()) {
            return *year.get_ref();
        }
        self.problems.push(
            source
                .at(
                    year.span(),
                    format!("`{}` is not a plan year", year.get_ref()),
                )
                .help("write the year of the plan, such as `year = 2023`"),
        );
        2000
    }

    fn cutoff(&mut self, source: &Source, value: Option<&Spanned<toml::Value>>) -> Cutoff {
        let Some(value) = value else {
            return Cutoff::default();
        };
        match value.get_ref() {
            toml::Value::Integer(day) if (2..=28).contains(day) => Cutoff::Day(*day as u32),
            toml::Value::String(word) if word == "calendar" => Cutoff::Calendar,
            _ => {
                self.problems.push(
                    source
                        .at(value.span(), "`report_cutoff` is a day of the month (2–28) or \"calendar\"")
                        .help("15 follows Nghị định 09/2019/NĐ-CP: a quarter's report runs from the 15th of the month before it to the 14th of its last month"),
                );
                Cutoff::default()
            }
        }
    }

    /// The report's keys of `plan.toml`, taken out of `raw`.
    fn report_settings(&mut self, source: &Source, raw: &mut RawPlan) -> ReportSettings {
        let text = |value: Option<String>| value.map(|s| nfc(s.trim())).filter(|s| !s.is_empty());
        let mut settings = ReportSettings {
            parent_organization: text(raw.parent_organization.take()),
            issuer: text(raw.issuer.take()),
            symbol: text(raw.symbol.take()),
            place: text(raw.place.take()),
            signer: text(raw.report_signer.take()),
            signer_name: text(raw.report_signer_name.take()),
            recipients: std::mem::take(&mut raw.report_recipients)
                .into_iter()
                .filter_map(|r| text(Some(r)))
                .collect(),
            ..ReportSettings::default()
        };
        if let Some(term) = text(raw.report_lead_term.take()) {
            settings.lead_term = term;
        }
        if let Some(value) = &raw.report_threshold {
            match value.get_ref() {
                toml::Value::Integer(n) if (0..=100).contains(n) => settings.threshold = *n as f64,
                toml::Value::Float(x) if (0.0..=100.0).contains(x) => settings.threshold = *x,
                _ => self.problems.push(
                    source
                        .at(
                            value.span(),
                            "`report_threshold` is a percentage from 0 to 100",
                        )
                        .help(
                            "a unit reaches the bar when its rate is above it; 70 is the usual bar",
                        ),
                ),
            }
        }
        if let Some(value) = &raw.report_send {
            let day = |word: &str| {
                let digits = fold(word).replace("ngay", "");
                digits
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|d| (1..=31).contains(d))
            };
            match value.get_ref() {
                toml::Value::Integer(n) if (0..=30).contains(n) => {
                    settings.send = SendBy::WorkingDays(*n as u32)
                }
                toml::Value::String(word) if day(word).is_some() => {
                    settings.send = SendBy::DayOfMonth(day(word).unwrap_or(20))
                }
                _ => self.problems.push(
                    source
                        .at(value.span(), "`report_send` is a number of working days after the cut-off, or a day of the month")
                        .help("write `report_send = 2` (two working days after the cut-off) or `report_send = \"ngày 20\"`"),
                ),
            }
        }
        settings
    }

    fn units(&mut self, source: &Source, raw: Vec<RawUnit>) -> Vec<Unit> {
        let mut units: Vec<Unit> = Vec::new();
        let spellings = Arc::make_mut(&mut self.spellings);
        for raw_unit in &raw {
            let name = nfc(raw_unit.name.get_ref().trim());
            let shared: Arc<str> = Arc::from(name.as_str());
            for spelling in std::iter::once(&raw_unit.name).chain(&raw_unit.aliases) {
                let key = fold(spelling.get_ref());
                if let Some(other) = spellings.get(&key) {
                    self.problems.push(
                        source
                            .at(
                                spelling.span(),
                                format!(
                                    "`{}` already names the unit `{other}`",
                                    spelling.get_ref()
                                ),
                            )
                            .help("each name and alias must belong to one unit"),
                    );
                } else {
                    // As written too, so that most lookups need no folding (a spelling and
                    // its folded form always name the same unit).
                    let written = nfc(spelling.get_ref().trim());
                    spellings.insert(written.to_lowercase(), shared.clone());
                    spellings.insert(written, shared.clone());
                    spellings.insert(key, shared.clone());
                }
            }
            units.push(Unit {
                name,
                aliases: raw_unit
                    .aliases
                    .iter()
                    .map(|a| nfc(a.get_ref().trim()))
                    .collect(),
                members: Vec::new(),
            });
        }
        for (index, raw_unit) in raw.iter().enumerate() {
            let mut members = Vec::new();
            for member in &raw_unit.members {
                match self.unit_named(member.get_ref()) {
                    Some(unit) => members.push(unit.to_string()),
                    None => self.problems.push(unknown_unit(
                        source,
                        member.get_ref(),
                        member.span(),
                        &units,
                    )),
                }
            }
            units[index].members = members;
        }
        units
    }

    fn task(
        &mut self,
        source: &Source,
        section: &Arc<str>,
        raw: RawTask<'_>,
        units: Option<&[Unit]>,
        year: i32,
        strict: bool,
    ) -> Option<Task> {
        let end = raw.end();
        let id_span = raw.id.span();
        let line = source.line(id_span.start);
        let id = into_nfc(trimmed(raw.id.into_inner().into_owned()));
        let in_section = id
            .strip_prefix(&**section)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| !rest.is_empty());
        if !in_section {
            self.problems.push(
                source
                    .at(id_span, format!("task id `{id}` does not belong to section `{section}`"))
                    .help(format!("ids in this file start with `{section}.`: `{section}.1`, `{section}.2.a` ...")),
            );
            return None;
        }
        let mut names = |list: Vec<Spanned<Text>>| -> Vec<Arc<str>> {
            let Some(units) = units else {
                return list
                    .into_iter()
                    .map(|n| Arc::from(nfc(n.get_ref())))
                    .collect();
            };
            list.iter()
                .filter_map(|name| match self.unit_named(name.get_ref()) {
                    Some(unit) => {
                        // Found only once diacritics are set aside: most likely a typing
                        // slip (`Văn phong`), not a spelling of its own.
                        let written = nfc(name.get_ref().trim());
                        let as_known = self.spellings.contains_key(&written)
                            || self.spellings.contains_key(&written.to_lowercase());
                        if !as_known {
                            self.warnings.push(
                                source
                                    .at(name.span(), format!("unit `{written}` is not written as in plan.toml"))
                                    .help(format!("did you mean `{unit}`? (or add `{written}` to its `aliases`)")),
                            );
                        }
                        Some(unit)
                    }
                    None => {
                        self.problems.push(unknown_unit(
                            source,
                            name.get_ref(),
                            name.span(),
                            units,
                        ));
                        None
                    }
                })
                .collect()
        };
        let lead = names(raw.lead);
        let support = names(raw.support);
        let budget = match &raw.budget {
            Some(b) if *b.get_ref() < 0 => {
                self.problems.push(
                    source
                        .at(b.span(), "budget is negative")
                        .help("write the budget in VND as a whole number, such as 12_000_000"),
                );
                None
            }
            Some(b) if b.get_ref().unsigned_abs() > MAX_BUDGET => {
                self.problems.push(
                    source
                        .at(b.span(), format!("budget {} is more than any task can have", b.get_ref()))
                        .help(format!("write the budget in VND; the most a task may have is {} (a million billion đồng)", crate::render::money(MAX_BUDGET))),
                );
                None
            }
            Some(b) => Some(b.get_ref().unsigned_abs()),
            None => None,
        };
        // A plan repeats a handful of wordings: each is read once, and its text shared.
        let (deadline_text, deadline) = match &raw.deadline {
            None => (None, None),
            Some(wording) => {
                let (text, read) = match self.deadlines.get(&**wording.get_ref()) {
                    Some(known) => known.clone(),
                    None => {
                        let known = (
                            Arc::from(nfc(wording.get_ref())),
                            deadline::parse(wording.get_ref(), year),
                        );
                        self.deadlines
                            .insert(wording.get_ref().to_string(), known.clone());
                        known
                    }
                };
                let deadline = match read {
                    Ok(deadline) => Some(deadline),
                    Err(e) => {
                        let diagnostic = source
                            .at(wording.span(), format!("task `{id}`: {}", e.message))
                            .help(e.help);
                        if strict {
                            self.problems.push(diagnostic);
                        } else {
                            self.warnings.push(diagnostic);
                        }
                        None
                    }
                };
                (Some(text), deadline)
            }
        };
        let due = raw.due.as_ref().and_then(|d| self.date(source, d));
        if let (Some(due_key), Some(every)) =
            (&raw.due, deadline.and_then(deadline::Deadline::every))
        {
            self.problems.push(
                source
                    .at(due_key.span(), format!("`{id}` recurs every {every}, so it has no single `due`"))
                    .help("each occurrence is due at the end of its period; remove `due`, or change `deadline`"),
            );
        }
        let every = deadline.and_then(deadline::Deadline::every);
        let mut progress = Vec::new();
        for entry in raw.progress {
            let Some(date) = self.date(source, &entry.date) else {
                continue;
            };
            let status = match &entry.status {
                Some(s) => match s.get_ref().parse::<Status>() {
                    Ok(status) => Some(status),
                    Err(message) => {
                        self.problems.push(
                            source
                                .at(s.span(), message)
                                .help("use one of the statuses above"),
                        );
                        continue;
                    }
                },
                None => None,
            };
            let entry_due = entry.due.as_ref().and_then(|d| self.date(source, d));
            if status.is_none() && entry.due.is_none() {
                self.problems.push(
                    source
                        .at(
                            entry.date.span(),
                            format!("progress entry of `{id}` has neither `status` nor `due`"),
                        )
                        .help("add `status = \"done\"` (or another status), or `due = 2023-09-30`"),
                );
                continue;
            }
            let period = match (&entry.period, every) {
                (Some(p), Some(every)) => match period::occurrence(p.get_ref(), every, year, &id) {
                    Ok(period) => Some(period),
                    Err((message, help)) => {
                        self.problems.push(source.at(p.span(), message).help(help));
                        continue;
                    }
                },
                // The wording could not be read (a warning of its own): leave the period be.
                (Some(p), None) if deadline.is_none() && raw.deadline.is_some() => {
                    p.get_ref().parse::<Period>().ok()
                }
                (Some(p), None) => {
                    self.problems.push(
                        source
                            .at(
                                p.span(),
                                format!("`{id}` is not periodic, so its entries take no `period`"),
                            )
                            .help("remove `period`"),
                    );
                    continue;
                }
                (None, Some(every)) if status.is_some() => {
                    let example = Period::containing(every, date);
                    self.problems.push(
                        source
                            .at(
                                entry.date.span(),
                                format!("progress entry of periodic task `{id}` has no `period`"),
                            )
                            .help(format!(
                                "add the occurrence it is for, such as `period = \"{example}\"`"
                            )),
                    );
                    continue;
                }
                (None, _) => None,
            };
            progress.push(Entry {
                date,
                status,
                note: entry.note.map(|n| into_nfc(n.into_inner().into_owned())),
                period,
                due: entry_due,
                line: source.line(entry.date.span().start),
            });
        }
        // The `parent` key, or what the id says ("I.2.a" is under "I.2").
        let parent = match raw.parent {
            Some(parent) => Some(into_nfc(trimmed(parent.into_inner().into_owned()))),
            None => id
                .bytes()
                .rposition(|b| b == b'.')
                .map(|dot| &id[..dot])
                .filter(|head| head != &&**section)
                .map(str::to_string),
        };
        let text = |value: Option<Spanned<Text>>| {
            value.map(|v| into_nfc(trimmed(v.into_inner().into_owned())))
        };
        Some(Task {
            product: text(raw.product),
            funding: text(raw.funding),
            note: text(raw.note),
            carried_from: text(raw.carried_from),
            parent,
            section: section.clone(),
            title: into_nfc(trimmed(raw.title.into_inner().into_owned())),
            end,
            lead,
            support,
            budget,
            deadline_text,
            deadline,
            due,
            progress,
            children: Vec::new(),
            file: source.display.clone(),
            line,
            id,
        })
    }

    fn date(&mut self, source: &Source, value: &Spanned<Datetime>) -> Option<NaiveDate> {
        let datetime = value.get_ref();
        let date = match (datetime.date, datetime.time, datetime.offset) {
            (Some(d), None, None) => {
                NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
            }
            _ => None,
        };
        if date.is_none() {
            self.problems.push(
                source
                    .at(value.span(), format!("`{datetime}` is not a date"))
                    .help("write a day as YYYY-MM-DD, without a time"),
            );
        }
        date
    }

    /// Checks ids are unique, gives each task its parent (from `parent` or its id) and children,
    /// and refuses tasks with neither a lead nor children.
    fn join_tasks(&mut self, tasks: &mut Tasks, origins: &[TaskOrigin], files: &[Source]) {
        // Where each task's parent is.
        let mut parent_of: Vec<Option<usize>> = Vec::with_capacity(origins.len());
        {
            let mut index: HashMap<&str, usize> = HashMap::with_capacity(origins.len());
            // Ids are matched whatever their case on the command line: `I.2.a` and `I.2.A`
            // would be one task there. (Ids are in NFC already, so forms cannot differ.)
            let mut lowered: HashMap<String, usize> = HashMap::with_capacity(origins.len());
            for (at, (task, origin)) in tasks.iter().zip(origins).enumerate() {
                let id = task.id.as_str();
                let same_but_case = lowered
                    .get(&id.to_lowercase())
                    .filter(|&&first| tasks[first].id != id);
                if let Some(&first) = same_but_case {
                    let earlier = &tasks[first];
                    self.problems.push(
                        files[origin.file]
                            .at(
                                origin.id.clone(),
                                format!(
                                    "task id `{id}` differs from `{}` ({}:{}) only in case",
                                    earlier.id, earlier.file, earlier.line
                                ),
                            )
                            .help("ids are matched whatever the case: give each task an id of its own"),
                    );
                } else {
                    lowered.entry(id.to_lowercase()).or_insert(at);
                }
                if let Some(&first) = index.get(id) {
                    let earlier = &tasks[first];
                    self.problems.push(
                        files[origin.file]
                            .at(
                                origin.id.clone(),
                                format!(
                                    "duplicate task id `{id}`, first used at {}:{}",
                                    earlier.file, earlier.line
                                ),
                            )
                            .help("give each task its own id"),
                    );
                } else {
                    index.insert(id, at);
                }
            }
            for (at, (task, origin)) in tasks.iter().zip(origins).enumerate() {
                let found = task.parent.as_deref().and_then(|p| index.get(p).copied());
                if let Some(parent) = &task.parent
                    && found.is_none_or(|p| p == at)
                {
                    let span = origin.parent.clone().unwrap_or(origin.id.clone());
                    self.problems.push(
                        files[origin.file]
                            .at(
                                span,
                                format!(
                                    "the parent `{parent}` of task `{}` does not exist",
                                    task.id
                                ),
                            )
                            .help(format!(
                                "add a task `{parent}`, or fix the id of `{}`",
                                task.id
                            )),
                    );
                }
                parent_of.push(found.filter(|&p| p != at));
            }
        }
        for (at, parent) in parent_of.iter().enumerate() {
            if let Some(p) = *parent {
                let child = tasks[at].id.clone();
                tasks[p].children.push(child);
            }
        }
        // A parent chain that comes back to where it started would hide its tasks. Each task is
        // walked up from once: a chain meets a task already known to be clear, or one on the
        // walk so far (a cycle).
        let mut clear = vec![false; origins.len()];
        let mut on_walk = vec![false; origins.len()];
        let mut walk = Vec::new();
        for start in 0..origins.len() {
            let mut at = Some(start);
            while let Some(task) = at {
                if clear[task] || on_walk[task] {
                    break;
                }
                on_walk[task] = true;
                walk.push(task);
                at = parent_of[task];
            }
            if let Some(first) = at.filter(|&task| on_walk[task]) {
                for &task in walk.iter().skip_while(|&&task| task != first) {
                    let origin = &origins[task];
                    self.problems.push(
                        files[origin.file]
                            .at(origin.id.clone(), format!("task `{}` is its own ancestor", tasks[task].id))
                            .help("fix the `parent` keys so that they lead up to a task with no parent"),
                    );
                }
            }
            for task in walk.drain(..) {
                on_walk[task] = false;
                clear[task] = true;
            }
        }
        // Every total the commands show is part of the plan's: if that fits, they all do.
        let mut total: u64 = 0;
        for (task, origin) in tasks.iter().zip(origins) {
            let Some(budget) = task.budget else { continue };
            match total.checked_add(budget) {
                Some(sum) => total = sum,
                None => {
                    self.problems.push(
                        files[origin.file]
                            .at(origin.id.clone(), format!("the budgets up to task `{}` add up to more than can be counted", task.id))
                            .help("check the budgets: each is a whole number of VND, such as 12_000_000"),
                    );
                    break;
                }
            }
        }
        for (task, origin) in tasks.iter().zip(origins) {
            if !origin.names_a_lead && task.children.is_empty() {
                self.problems.push(
                    files[origin.file]
                        .at(origin.id.clone(), format!("task `{}` has no lead and no children", task.id))
                        .help(format!("add `lead = [\"...\"]` (the responsible unit), or tasks under it (`{}.a`, `{}.b` ...)", task.id, task.id)),
                );
            }
        }
    }
}

fn unknown_unit(source: &Source, name: &str, span: Range<usize>, units: &[Unit]) -> Diagnostic {
    let near = units::suggestions(units, name);
    let help = if near.is_empty() {
        "add the unit to `plan.toml` (as a `[[unit]]` or an alias), or fix the spelling".to_string()
    } else {
        format!(
            "did you mean {}? Or add it to `plan.toml` as a unit or an alias",
            near.iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    source.at(span, format!("unknown unit `{name}`")).help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_sort_sections() {
        let mut ids = vec![
            "X",
            "IV",
            "II",
            "VII",
            "I",
            "IX",
            "V",
            "III",
            "VI",
            "VIII",
            "Phụ lục",
        ];
        ids.sort_by_key(|id| roman(id));
        assert_eq!(
            ids,
            [
                "I",
                "II",
                "III",
                "IV",
                "V",
                "VI",
                "VII",
                "VIII",
                "IX",
                "X",
                "Phụ lục"
            ]
        );
    }

    #[test]
    fn the_key_lists_are_the_fields_read() {
        let expected = |text: &str, is_task: bool| -> String {
            let error = match is_task {
                true => toml::from_str::<RawTasks>(text).map(drop),
                false => toml::from_str::<RawSection>(text).map(drop),
            };
            let message = error.unwrap_err().message().to_string();
            let list = message.split("expected one of ").nth(1).unwrap_or_default();
            list.trim().to_string()
        };
        let listed = |keys: &[&str]| {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            keys.join(", ")
        };
        let head = "id = \"I\"\ntitle = \"t\"\nzzz = 1\n";
        assert_eq!(expected(head, false), listed(&HEAD_KEYS));
        let task = "[[task]]\nid = \"I.1\"\ntitle = \"t\"\nzzz = 1\n";
        assert_eq!(expected(task, true), listed(&TASK_KEYS));
        let entry = "[[task]]\nid = \"I.1\"\ntitle = \"t\"\n[[task.progress]]\ndate = 2023-01-01\nzzz = 1\n";
        assert_eq!(expected(entry, true), listed(&ENTRY_KEYS));
    }

    #[test]
    fn help_suggests_the_closest_key() {
        assert_eq!(
            help_for("unknown field `titel`, expected one of `id`, `title`, `lead`"),
            "did you mean `title`?"
        );
        assert_eq!(
            help_for("unknown field `zzz`, expected `date`"),
            "the keys allowed here are `date`"
        );
    }
}
