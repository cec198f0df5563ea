//! The plan directory an import makes: `plan.toml` with the units, one file per section, built
//! beside the target and renamed into place.

use std::path::Path;

use crate::bail;
use crate::message::Result;

use super::Imported;
use crate::files;
use crate::load::{Contents, Loaded, PLAN_FILE};
use crate::msg;
use crate::syntax;

/// A section file's name, its text, and the line of each task's id.
pub type SectionFile = (String, String, Vec<(String, usize)>);

/// The text of each file.
#[derive(Debug, Clone)]
pub struct Files {
    pub head: String,
    pub sections: Vec<SectionFile>,
}

pub fn render(imported: &Imported, source: &str) -> Files {
    let source = syntax::comment(source);
    let mut head = format!(
        "# Imported by `plan import` from `{source}`. Check the units below (merge spellings of one\n# unit as `aliases`, list the members of collective units), then run `plan check`.\n"
    );
    match &imported.title {
        Some(title) => head.push_str(&format!("title = {}\n", syntax::string(title))),
        None => head.push_str("# The plan's title, as its document words it.\ntitle = \"\"\n"),
    }
    match &imported.organization {
        Some(org) => head.push_str(&format!("organization = {}\n", syntax::string(org))),
        None => head.push_str("# organization = \"Sở ... tỉnh ...\"\n"),
    }
    match &imported.document {
        Some(doc) => head.push_str(&format!("document = {}\n", syntax::string(doc))),
        None => head.push_str(&format!(
            "# document = \"Kế hoạch số .../KH-... ngày .../.../{}\"\n",
            imported.year
        )),
    }
    head.push_str(&format!("year = {}\n", imported.year));
    for unit in &imported.annex.units {
        head.push_str(&format!(
            "\n[[unit]]\nname = {}\n",
            syntax::string(&unit.name)
        ));
        for spelling in &unit.spellings {
            // The loader matches spellings that differ in case, spacing or diacritics alone:
            // as an alias it would be refused as a second name of the same unit.
            head.push_str(&format!("# also written {}\n", syntax::string(spelling)));
        }
        if unit.collective {
            head.push_str("# A collective unit: list its members to count its work for each of them.\nmembers = []\n");
        }
    }
    let mut sections = Vec::new();
    for section in &imported.annex.sections {
        let mut text = String::new();
        if let Some((part, title)) = &section.part {
            text.push_str(&format!(
                "# Part {}: {}\n",
                syntax::comment(part),
                syntax::comment(title)
            ));
        }
        text.push_str(&format!(
            "id = {}\ntitle = {}\n",
            syntax::string(&section.id),
            syntax::string(&section.title)
        ));
        let mut lines = Vec::new();
        // Lines are counted as the text grows, not recounted for each task: an annex of
        // 10,000 rows would take the square of that.
        let mut counted = (0, 0);
        for task in &section.tasks {
            syntax::open_task(&mut text);
            counted = (
                text.len(),
                counted.1 + text[counted.0..].matches('\n').count(),
            );
            lines.push((task.id.clone(), counted.1 + 1));
            syntax::string_key(&mut text, "id", &task.id);
            syntax::string_key(&mut text, "title", &task.title);
            if !task.lead.is_empty() {
                syntax::list_key(&mut text, "lead", &task.lead);
            }
            if !task.support.is_empty() {
                syntax::list_key(&mut text, "support", &task.support);
            }
            if let Some(budget) = task.budget.filter(|b| i64::try_from(*b).is_ok()) {
                syntax::plain_key(&mut text, "budget", crate::text::grouped(budget, '_'));
            }
            for (key, value) in [
                ("deadline", &task.deadline),
                ("product", &task.product),
                ("funding", &task.funding),
                ("detail", &task.detail),
                ("annex_status", &task.annex_status),
                ("note", &task.note),
            ] {
                if let Some(value) = value {
                    syntax::string_key(&mut text, key, value);
                }
            }
        }
        sections.push((format!("{}.toml", section.id), text, lines));
    }
    Files { head, sections }
}

/// The plan `files` make, loaded as any command will load it, its files shown under `shown`:
/// what `--dry-run` shows, and what must load before anything is written.
pub fn load(files: &Files, shown: &str) -> Result<Loaded> {
    let names = files
        .sections
        .iter()
        .map(|(name, text, _)| (name.as_str(), text.as_bytes().to_vec()));
    load_named(shown, files.head.as_bytes().to_vec(), names)
}

fn load_named<'n>(
    shown: &str,
    head: Vec<u8>,
    sections: impl Iterator<Item = (&'n str, Vec<u8>)>,
) -> Result<Loaded> {
    let contents = |name: &str, bytes| Contents {
        display: format!("{shown}/{name}"),
        bytes,
    };
    let sections = sections
        .map(|(name, bytes)| contents(name, bytes))
        .collect();
    crate::load::load_files(shown, contents(PLAN_FILE, head), sections, false).map_err(|problems| {
        msg!("the plan read from the annex would not load, so nothing was written")
            .help(msg!(
                "see what `plan import --dry-run` reads, and correct the annex (or say which column is which)"
            ))
            .because(problems)
    })
}

/// Refuses `dir` as the place of a new plan: a directory that is not empty, or one inside a
/// plan directory.
pub fn refuse_target(dir: &Path, shown: &str) -> Result<()> {
    if !files::is_free(dir) {
        bail!(
            msg!(
                "`{shown}` already exists and is not empty; `plan import` never overwrites",
                shown
            )
            .help(msg!(
                "choose another directory with `--into DIR`, or move `{shown}` away",
                shown
            ))
        );
    }
    // A plan inside a plan: the outer one would find a directory among its files and refuse
    // to load.
    let absolute: std::path::PathBuf = dir.components().collect();
    if let Some(outer) = absolute
        .ancestors()
        .skip(1)
        .find(|a| a.join(PLAN_FILE).is_file())
    {
        bail!(
            msg!(
                "`{shown}` is inside the plan directory `{outer}`, which would no longer load",
                shown,
                outer = outer.display()
            )
            .help(msg!("import into a directory of its own, outside any plan"))
        );
    }
    Ok(())
}

/// Writes the files into `dir` (refused by [`refuse_target`] if it must be): built under a new
/// name beside it, loaded from there, and renamed into place, so that a failure leaves
/// nothing behind. Gives the plan as it loaded from the files written.
pub fn write(dir: &Path, shown: &str, files_to_write: &Files) -> Result<Loaded> {
    let mut new_files = vec![
        (
            PLAN_FILE.to_string(),
            files_to_write.head.as_bytes().to_vec(),
        ),
        (".gitignore".to_string(), b".plan-lock\n.*.tmp\n".to_vec()),
    ];
    for (name, text, _) in &files_to_write.sections {
        new_files.push((name.clone(), text.as_bytes().to_vec()));
    }
    // What the import made is read back from disk and loaded as any command will load it,
    // before it takes its place.
    let check = |built: &Path| -> Result<Loaded> {
        let mut sections = Vec::new();
        for (name, _, _) in &files_to_write.sections {
            sections.push(files::read(&built.join(name), &format!("{shown}/{name}"))?);
        }
        let head = files::read(&built.join(PLAN_FILE), &format!("{shown}/{PLAN_FILE}"))?;
        let names = files_to_write
            .sections
            .iter()
            .map(|(name, _, _)| name.as_str());
        load_named(shown, head, names.zip(sections))
    };
    files::create_dir(dir, shown, &new_files, check)
}
