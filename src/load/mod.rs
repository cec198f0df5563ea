//! Finding the plan directory and reading its files into a checked [`Plan`], reporting every
//! problem with its file, line and column.
// A diagnostic is the error of every step here and is collected, not passed up far: its size
// does not matter.
#![allow(clippy::result_large_err)]

use foldhash::{HashMap, HashMapExt};
use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::diagnostic::{Diagnostic, Problems};
use crate::lang::Lang;
use crate::model::{Plan, Section, Tasks};
use crate::parallel::in_parallel;
use crate::text::nfc;
use check::{CheckedTasks, Checker, Chunk, FileTasks, TaskContext};
use join::{TaskOrigin, roman};
use raw::{Chunks, RawHead, RawPlan, has_multi_line_strings, parse, problems_in, section_id};
use read::{File, SectionFile, Source, decode};

pub const PLAN_FILE: &str = "plan.toml";

mod check;
mod join;
mod raw;
mod read;

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
