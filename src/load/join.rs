//! Joining the checked tasks of all section files into one [`Plan`](crate::model::Plan):
//! sections in order, ids unique, parents and children linked, no cycles.

use foldhash::{HashMap, HashMapExt};

use super::check::{CheckedTasks, Checker, FileTasks, TaskOrigin};
use super::raw::File;
use super::raw::{RawHead, section_id};
use super::read::Source;
use crate::model::{Section, Tasks};
use crate::msg;
use crate::text::{Caseless, nfc};

/// The most a plan's budgets may add up to, in VND: a thousand times the most one task may
/// have, far below what the sums the commands show can hold.
const MAX_TOTAL: u64 = 1_000_000_000_000_000_000;

/// A section file whose tasks were checked: its section's id, the file, its runs of tasks and
/// its head.
type Checked = (String, File, Vec<CheckedTasks>, RawHead);

/// The sections and tasks of the checked files, in the order of the sections, with the
/// problems found in joining them up.
pub(super) fn join(
    checker: &mut Checker,
    files: Vec<File>,
    file_tasks: Vec<FileTasks>,
) -> (Vec<Section>, Tasks) {
    let checked = in_order(checker, files, file_tasks);
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
            document: head
                .document
                .as_deref()
                .map(|d| nfc(d.trim()))
                .filter(|d| !d.is_empty()),
        };
        if let Some(first) = seen_sections.get(&section.id) {
            checker.problems.push(
                source
                    .at(
                        head.id.span(),
                        msg!(
                            "section `{id}` is also defined in {first}",
                            id = section.id,
                            first
                        ),
                    )
                    .help(msg!("give each section file its own `id`")),
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
    (sections, tasks)
}

/// Each file's section, from its head, in the order of the sections; the problems and
/// warnings of its runs go to `checker`.
fn in_order(checker: &mut Checker, files: Vec<File>, file_tasks: Vec<FileTasks>) -> Vec<Checked> {
    let mut checked: Vec<Checked> = Vec::new();
    for (mut file, tasks) in files.into_iter().zip(file_tasks) {
        let (head, mut runs) = match tasks {
            FileTasks::Chunks(runs) => (file.chunks.take().map(|c| c.head), runs),
            FileTasks::Whole(mut whole) => (whole.head.take(), vec![*whole]),
            FileTasks::Failed => (None, Vec::new()),
        };
        for run in &mut runs {
            checker.problems.append(&mut run.checker.problems);
            checker.warnings.append(&mut run.checker.warnings);
            checker.later.append(&mut run.checker.later);
        }
        if let Some(head) = head {
            checked.push((section_id(&head.id), file, runs, head));
        }
    }
    checked.sort_by(|(a, ..), (b, ..)| order(a).cmp(&order(b)));
    checked
}

/// Where a section goes: by its part (`A` of `A.IX`, none for `IX`), then its numeral, then
/// its id; so `A.V` comes before `A.IX`, and the parts in their order.
fn order(id: &str) -> (usize, &str, u32, &str) {
    let (part, numeral) = id.rsplit_once('.').unwrap_or(("", id));
    (letter_rank(part), part, roman(numeral), id)
}

/// Where a part's letter comes in the Vietnamese alphabet (A Ă Â B C D Đ E Ê G H I K …), so
/// that part Đ follows D and I follows H; a part of another name after them all.
fn letter_rank(part: &str) -> usize {
    const ALPHABET: &str = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY";
    let mut letters = part.chars();
    match (letters.next(), letters.next()) {
        (None, _) => 0,
        (Some(letter), None) => ALPHABET
            .chars()
            .position(|c| c == letter)
            .map_or(usize::MAX, |at| at + 1),
        _ => usize::MAX,
    }
}

/// The value of a section's Roman numeral, so sections sort I, II, …, X; others sort last.
pub(super) fn roman(id: &str) -> u32 {
    crate::text::roman(&id.to_ascii_uppercase()).unwrap_or(u32::MAX)
}

/// Where each task is, by id.
struct Ids<'t> {
    /// The first task of each id, whatever its case.
    any_case: HashMap<Caseless<'t>, usize>,
    /// The first task of each id that differs from an earlier one only in case.
    other_cases: HashMap<&'t str, usize>,
}

impl Ids<'_> {
    /// The task whose id is `id` exactly.
    fn exactly(&self, tasks: &Tasks, id: &str) -> Option<usize> {
        let &first = self.any_case.get(&Caseless(id))?;
        match tasks[first].id == id {
            true => Some(first),
            false => self.other_cases.get(id).copied(),
        }
    }
}

impl Checker {
    /// Checks ids are unique, gives each task its parent (from `parent` or its id) and children,
    /// and refuses tasks with neither a lead nor children.
    pub(super) fn join_tasks(
        &mut self,
        tasks: &mut Tasks,
        origins: &[TaskOrigin],
        files: &[Source],
    ) {
        // Where each task's parent is.
        let parent_of = {
            let ids = self.ids(tasks, origins, files);
            self.parents(tasks, origins, files, &ids)
        };
        for (at, parent) in parent_of.iter().enumerate() {
            if let Some(p) = *parent {
                let child = tasks[at].id.clone();
                tasks[p].children.push(child);
            }
        }
        self.cycles(tasks, &parent_of, origins, files);
        self.total_budget(tasks, origins, files);
        self.leads_or_children(tasks, origins, files);
    }

    /// Where each task is, by its id whatever the case, and the ids that differ from another
    /// only in case (rare, and a problem) exactly as written; an id used twice, or differing
    /// from another only in case, is a problem.
    fn ids<'t>(&mut self, tasks: &'t Tasks, origins: &[TaskOrigin], files: &[Source]) -> Ids<'t> {
        // Ids are matched whatever their case on the command line: `I.2.a` and `I.2.A`
        // would be one task there. (Ids are in NFC already, so forms cannot differ.)
        let mut ids = Ids {
            any_case: HashMap::with_capacity(origins.len()),
            other_cases: HashMap::new(),
        };
        for (at, (task, origin)) in tasks.iter().zip(origins).enumerate() {
            let id = task.id.as_str();
            let first = *ids.any_case.entry(Caseless(id)).or_insert(at);
            if first == at {
                continue;
            }
            let earlier = &tasks[first];
            // The first task of this exact spelling, if this one is not the first.
            let same = if earlier.id == id {
                Some(first)
            } else {
                let first_spelled_so = *ids.other_cases.entry(id).or_insert(at);
                (first_spelled_so != at).then_some(first_spelled_so)
            };
            let mut problem = |message, help| {
                let at = files[origin.file].at(origin.id.clone(), message);
                self.problems.push(at.help(help));
            };
            if earlier.id != id {
                problem(
                    msg!(
                        "task id `{id}` differs from `{other}` ({file}:{line}) only in case",
                        id,
                        other = earlier.id,
                        file = earlier.file,
                        line = earlier.line
                    ),
                    msg!("ids are matched whatever the case: give each task an id of its own"),
                );
            }
            if let Some(same) = same {
                let earlier = &tasks[same];
                problem(
                    msg!(
                        "duplicate task id `{id}`, first used at {file}:{line}",
                        id,
                        file = earlier.file,
                        line = earlier.line
                    ),
                    msg!("give each task its own id"),
                );
            }
        }
        ids
    }

    /// Where each task's parent is; a parent that does not exist (as written) is a problem.
    fn parents(
        &mut self,
        tasks: &Tasks,
        origins: &[TaskOrigin],
        files: &[Source],
        ids: &Ids,
    ) -> Vec<Option<usize>> {
        let mut parent_of: Vec<Option<usize>> = Vec::with_capacity(origins.len());
        for (at, (task, origin)) in tasks.iter().zip(origins).enumerate() {
            let found = task.parent.as_deref().and_then(|p| ids.exactly(tasks, p));
            if let Some(parent) = &task.parent
                && found.is_none_or(|p| p == at)
            {
                let span = origin.parent.clone().unwrap_or(origin.id.clone());
                self.problems.push(
                    files[origin.file]
                        .at(
                            span,
                            msg!(
                                "the parent `{parent}` of task `{id}` does not exist",
                                parent,
                                id = task.id
                            ),
                        )
                        .help(msg!(
                            "add a task `{parent}`, or fix the id of `{id}`",
                            parent,
                            id = task.id
                        )),
                );
            }
            parent_of.push(found.filter(|&p| p != at));
        }
        parent_of
    }

    fn cycles(
        &mut self,
        tasks: &Tasks,
        parent_of: &[Option<usize>],
        origins: &[TaskOrigin],
        files: &[Source],
    ) {
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
                            .at(origin.id.clone(), msg!("task `{id}` is its own ancestor", id = tasks[task].id))
                            .help(msg!("fix the `parent` keys so that they lead up to a task with no parent")),
                    );
                }
            }
            for task in walk.drain(..) {
                on_walk[task] = false;
                clear[task] = true;
            }
        }
    }

    /// Checks that the plan's budgets add up to at most [`MAX_TOTAL`].
    fn total_budget(&mut self, tasks: &Tasks, origins: &[TaskOrigin], files: &[Source]) {
        // Every total the commands show is part of the plan's: if that fits, they all do.
        let mut total: u64 = 0;
        for (task, origin) in tasks.iter().zip(origins) {
            let Some(budget) = task.budget else { continue };
            match total.checked_add(budget).filter(|sum| *sum <= MAX_TOTAL) {
                Some(sum) => total = sum,
                None => {
                    self.problems.push(
                        files[origin.file]
                            .at(origin.id.clone(), msg!("the budgets up to task `{id}` add up to more than {most} VND, more than any plan has", id = task.id, most = crate::render::money(MAX_TOTAL)))
                            .help(msg!("check the budgets: each is a whole number of VND, such as 12_000_000")),
                    );
                    break;
                }
            }
        }
    }

    fn leads_or_children(&mut self, tasks: &Tasks, origins: &[TaskOrigin], files: &[Source]) {
        for (task, origin) in tasks.iter().zip(origins) {
            if !origin.names_a_lead && task.children.is_empty() {
                self.problems.push(
                    files[origin.file]
                        .at(origin.id.clone(), msg!("task `{id}` has no lead and no children", id = task.id))
                        .help(msg!("add `lead = [\"...\"]` (the responsible unit), or tasks under it (`{id}.a`, `{id}.b` ...)", id = task.id)),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_of_parts_sort_by_part_then_numeral() {
        let mut ids = vec!["B.I", "A.IX", "A.V", "II", "A.X", "B.IV", "I", "A.I"];
        ids.sort_by(|a, b| order(a).cmp(&order(b)));
        assert_eq!(ids, ["I", "II", "A.I", "A.V", "A.IX", "A.X", "B.I", "B.IV"]);
        // Parts in the order of the Vietnamese alphabet: Đ after D, I between H and K.
        let mut ids = vec!["K.I", "Đ.I", "I.I", "H.II", "D.I", "H.I", "E.I"];
        ids.sort_by(|a, b| order(a).cmp(&order(b)));
        assert_eq!(ids, ["D.I", "Đ.I", "E.I", "H.I", "H.II", "I.I", "K.I"]);
    }

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
}
