//! Finding the plan directory and reading its files into a checked [`Plan`], reporting every
//! problem with its file, line and column.
// A diagnostic is the error of every step here and is collected, not passed up far: its size
// does not matter.
#![allow(clippy::result_large_err)]

use std::path::Path;

use crate::bail;
use crate::message::Result;

use crate::diagnostic::{Diagnostic, Problems};
use crate::lang::Lang;
use crate::model::{Plan, ReportSettings, Unit};
use crate::msg;
use crate::parallel::in_parallel;
use crate::text::nfc;
use crate::window::Cutoff;
use check::{CheckedTasks, Checker, Chunk, FileTasks, TaskContext};
use chrono::{Datelike, NaiveDate};
use raw::{Chunks, File, RawPlan, may_cut_a_string, parse};
use read::{SectionFile, decode};

pub const PLAN_FILE: &str = "plan.toml";

mod check;
mod indicators;
mod join;
mod lives;
mod raw;
mod read;
mod settings;

/// Whether a path stays inside the folder it is relative to.
pub(crate) use check::inside as inside_repository;
pub use read::{Contents, find_dir};

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
    load_sections(dir, cwd, strict, Vec::new())
}

/// Like [`load`] (not strict), with the section file `name` read as `bytes` instead of from
/// disk: the plan as an edit would leave it, checked before the edit is written.
pub fn load_replacing(dir: &Path, cwd: &Path, name: &str, bytes: Vec<u8>) -> Result<Loaded> {
    load_sections(dir, cwd, false, vec![(name.to_string(), bytes)])
}

/// Like [`load_replacing`], for several files at once (each a name and its bytes).
pub fn load_replacing_all(
    dir: &Path,
    cwd: &Path,
    replaced: Vec<(String, Vec<u8>)>,
) -> Result<Loaded> {
    load_sections(dir, cwd, false, replaced)
}

fn load_sections(
    dir: &Path,
    cwd: &Path,
    strict: bool,
    mut replaced: Vec<(String, Vec<u8>)>,
) -> Result<Loaded> {
    let absolute = cwd.join(dir);
    let plan_path = absolute.join(PLAN_FILE);
    if plan_path.exists() && !plan_path.is_file() {
        bail!(
            msg!(
                "`{path}` is not a file",
                path = dir.join(PLAN_FILE).display()
            )
            .help(msg!(
                "`{file}` holds the plan's title, year and units; move whatever is there away",
                file = PLAN_FILE
            ))
        );
    }
    if !plan_path.is_file() {
        bail!(
            msg!(
                "`{dir}` holds no `{file}`",
                dir = dir.display(),
                file = PLAN_FILE
            )
            .help(msg!(
                "a plan directory needs `{file}` (title, year, units) and one file per section",
                file = PLAN_FILE
            ))
        );
    }
    // `plan record` checks an edit of plan.toml before it is written.
    let head = replaced
        .iter()
        .position(|(name, _)| name == PLAN_FILE)
        .map(|at| replaced.remove(at).1);
    let (sections, mut ignored) = read::section_files(dir, &absolute, replaced)?;
    let display = dir.join(PLAN_FILE).display().to_string();
    let bytes = match head {
        Some(bytes) => bytes,
        None => crate::files::read(&plan_path, &display)?,
    };
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
    let head = check_head(&mut checker, head);

    // Section files are independent until their tasks are joined up: they are read and checked
    // side by side, a large file in chunks, each chunk with a checker of its own.
    sections.sort_by_key(|file| std::cmp::Reverse(file.size()));
    let parallel = sections.iter().map(SectionFile::size).sum::<u64>() >= PARALLEL_ABOVE;
    let files = read_sections(&mut checker.problems, sections, parallel);
    let context = TaskContext {
        spellings: &checker.spellings,
        units: head.units.as_deref(),
        year: head.year,
        strict,
    };
    let file_tasks = check_sections(&mut checker.problems, &context, &files, parallel);
    let (sections, tasks) = join::join(&mut checker, files, file_tasks);
    let (indicators, indicator_sections) = head.indicators;
    let unknown_sections = indicator_sections
        .into_iter()
        .filter(|(id, _)| !sections.iter().any(|s| s.id == *id));
    checker
        .problems
        .extend(unknown_sections.map(|(_, problem)| problem));
    // The last year a dated task (or a date set later) falls due in: a multi-year plan's end.
    let last_year = tasks
        .iter()
        .flat_map(|t| {
            let set = t.progress.iter().filter_map(|e| e.due);
            t.due_on(NaiveDate::MIN).into_iter().chain(set)
        })
        .map(|due| due.year())
        .fold(head.year, i32::max);
    let past_the_end = checker
        .later
        .drain(..)
        .filter(|(year, _)| *year > last_year);
    checker
        .problems
        .extend(past_the_end.map(|(_, problem)| problem));

    if !checker.problems.is_empty() {
        let mut problems = checker.problems;
        problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        return Err(crate::message::Error::from(Problems { found: problems }));
    }
    Ok(Loaded {
        plan: Plan {
            dir: dir.to_string(),
            title: head.title,
            organization: head.organization,
            document: head.document,
            year: head.year,
            last_year,
            report_cutoff: head.report_cutoff,
            report: head.report,
            units: head.units.unwrap_or_default(),
            sections,
            tasks,
            indicators,
        },
        warnings: checker.warnings,
        lang: head.lang,
    })
}

/// What `plan.toml` says, checked; all of it empty if it cannot be read.
#[derive(Default)]
struct Head {
    title: String,
    organization: Option<String>,
    document: Option<String>,
    year: i32,
    lang: Option<Lang>,
    report_cutoff: Cutoff,
    /// `None` if `plan.toml` cannot be read: then no unit is unknown.
    units: Option<Vec<Unit>>,
    report: ReportSettings,
    indicators: indicators::Checked,
}

/// Reads and checks `plan.toml`.
/// The `lang` of the `plan.toml` in `dir`, read as [`load`] reads it but without the section
/// files: the language to speak in before the plan is loaded (a lock to wait for, a command
/// line refused), or when it does not load.
pub fn plan_lang(dir: &Path, cwd: &Path) -> Option<Lang> {
    let display = dir.join(PLAN_FILE).display().to_string();
    let bytes = crate::files::read(&cwd.join(dir).join(PLAN_FILE), &display).ok()?;
    let source = decode(Contents { display, bytes }).ok()?;
    parse::<RawPlan>(&source).ok()?.lang
}

fn check_head(checker: &mut Checker, head: Contents) -> Head {
    let head = decode(head)
        .and_then(|source| {
            let raw: RawPlan = parse(&source)?;
            Ok((source, raw))
        })
        .map_err(|d| checker.problems.push(d))
        .ok();
    let Some((source, mut raw)) = head else {
        return Head::default();
    };
    let report_cutoff = checker.cutoff(&source, raw.report_cutoff.as_ref());
    let report = checker.report_settings(&source, &mut raw);
    let mut units = checker.units(&source, &raw.unit);
    checker.lives(&source, &raw.unit, &mut units);
    let year = checker.year(&source, &raw.year);
    let indicators = checker.indicators(&source, raw.indicator, raw.record, year);
    Head {
        title: nfc(&raw.title),
        organization: raw.organization.map(|s| nfc(&s)),
        document: raw.document.map(|s| nfc(&s)),
        year,
        lang: raw.lang,
        report_cutoff,
        units: Some(units),
        report,
        indicators,
    }
}

/// Reads and decodes the section files, and finds where each is cut into chunks.
fn read_sections(
    problems: &mut Vec<Diagnostic>,
    sections: Vec<SectionFile>,
    parallel: bool,
) -> Vec<File> {
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
            Some(Err(diagnostic)) => problems.push(diagnostic),
            None => problems.push(panicked(name)),
        }
    }
    files
}

/// Checks the tasks of the section files, chunk by chunk or whole.
fn check_sections(
    problems: &mut Vec<Diagnostic>,
    context: &TaskContext,
    files: &[File],
    parallel: bool,
) -> Vec<FileTasks> {
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
    let (mut file_tasks, again) = gather(problems, files, context, jobs, checked);
    let redone = in_parallel(again.clone(), parallel, |index| {
        context.whole(&files[index].source)
    });
    for (index, checked) in again.into_iter().zip(redone) {
        file_tasks[index] = match checked {
            Some(checked) => FileTasks::Whole(Box::new(checked)),
            None => {
                problems.push(panicked(&files[index].source.display));
                FileTasks::Failed
            }
        };
    }
    file_tasks
}

/// Each file's checked tasks from the checked `jobs`, and the files to parse again whole.
fn gather(
    problems: &mut Vec<Diagnostic>,
    files: &[File],
    context: &TaskContext,
    jobs: Vec<(usize, Option<Chunk>)>,
    checked: Vec<Option<Option<CheckedTasks>>>,
) -> (Vec<FileTasks>, Vec<usize>) {
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
                problems.push(panicked(&files[index].source.display));
                *so_far = FileTasks::Failed;
            }
            (Some(Some(checked)), so_far) if chunk.is_none() => {
                *so_far = FileTasks::Whole(Box::new(checked));
            }
            (Some(Some(checked)), FileTasks::Chunks(runs)) => runs.push(checked),
            // A file failed in another chunk: this one's problems are still worth reporting.
            (Some(Some(checked)), FileTasks::Failed) => {
                chunk_problems[index].extend(checked.checker.problems);
            }
            (Some(None), so_far) => {
                if let FileTasks::Chunks(runs) = so_far {
                    for run in runs.drain(..) {
                        chunk_problems[index].extend(run.checker.problems);
                    }
                }
                *so_far = FileTasks::Failed;
                let source = &files[index].source;
                // Only a multi-line string can hold a `[[task]]` line that is not a table:
                // without one, the chunk's own problems are the file's, and reading them costs
                // no more memory than the chunk (a whole file can take gigabytes).
                let found = match chunk {
                    Some((section, range)) if !may_cut_a_string(&source.text, &range) => {
                        context.problems_in_broken(source, Some(&section), range)
                    }
                    _ => Vec::new(),
                };
                if found.is_empty() && !again.contains(&index) {
                    again.push(index);
                }
                chunk_problems[index].extend(found);
            }
            (Some(_), _) => {}
        }
    }
    for (index, found) in chunk_problems.into_iter().enumerate() {
        if !again.contains(&index) {
            problems.extend(found);
        }
    }
    (file_tasks, again)
}

/// Below this many bytes of section files, starting threads costs more than it saves.
const PARALLEL_ABOVE: u64 = 256 * 1024;

fn panicked(file: &str) -> Diagnostic {
    Diagnostic {
        file: file.to_string(),
        line: 1,
        column: 1,
        source_line: String::new(),
        caret: 1,
        width: 1,
        message: msg!("internal error while reading this file"),
        help: None,
    }
}
