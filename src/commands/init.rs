//! `plan init`: a new plan directory (for a new year), from nothing or from last year's plan.

use std::fs;
use std::io::Write;

use anyhow::{Context as _, Result, bail};
use chrono::Datelike;

use super::{Env, Outcome};
use crate::cli::InitArgs;
use crate::edit::toml_string;
use crate::load::{self, PLAN_FILE};

/// The areas of the national administrative-reform programme, as sections I–VII, used when no
/// earlier plan is given.
const SECTIONS: [(&str, &str); 7] = [
    ("I", "Công tác chỉ đạo điều hành"),
    ("II", "Cải cách thể chế"),
    ("III", "Cải cách thủ tục hành chính"),
    ("IV", "Cải cách tổ chức bộ máy hành chính nhà nước"),
    ("V", "Cải cách chế độ công vụ"),
    ("VI", "Cải cách tài chính công"),
    (
        "VII",
        "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    ),
];

pub fn run(
    args: &InitArgs,
    env: &Env,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let dir = env.cwd.join(&args.dir);
    if dir.exists() && fs::read_dir(&dir).map_or(true, |mut d| d.next().is_some()) {
        bail!(
            "`{}` already exists and is not empty; `plan init` never overwrites\nhelp: choose a directory that does not exist yet",
            args.dir.display()
        );
    }
    let year = args.year.unwrap_or(env.today.year());
    if !(1900..=2200).contains(&year) {
        bail!(
            "`{year}` is not a plan year\nhelp: give the year of the plan, such as `--year 2024`"
        );
    }
    let old = match &args.from {
        Some(from) => Some(
            load::load(from, &env.cwd, false)
                .with_context(|| format!("cannot read the plan in `{}`", from.display()))?
                .plan,
        ),
        None => None,
    };

    let mut head = format!(
        "# The plan for {year}. Sections are in I.toml … VII.toml beside this file.\ntitle = {}\n",
        toml_string(&format!(
            "Kế hoạch triển khai các nhiệm vụ cải cách hành chính năm {year}"
        ))
    );
    match old.as_ref().and_then(|p| p.organization.as_deref()) {
        Some(organization) => {
            head.push_str(&format!("organization = {}\n", toml_string(organization)))
        }
        None => head.push_str("# organization = \"Sở ... tỉnh ...\"\n"),
    }
    head.push_str(&format!(
        "# document = \"Kế hoạch số .../KH-... ngày .../.../{year}\"\nyear = {year}\n"
    ));
    match &old {
        Some(plan) => {
            for unit in &plan.units {
                head.push_str(&format!("\n[[unit]]\nname = {}\n", toml_string(&unit.name)));
                if !unit.aliases.is_empty() {
                    head.push_str(&format!("aliases = [{}]\n", list(&unit.aliases)));
                }
                if !unit.members.is_empty() {
                    head.push_str(&format!("members = [{}]\n", list(&unit.members)));
                }
            }
        }
        None => head.push_str("\n# [[unit]]\n# name = \"Văn phòng\"\n# aliases = [\"VP\"]\n"),
    }
    let sections: Vec<(String, String)> = match &old {
        Some(plan) => plan
            .sections
            .iter()
            .map(|s| (s.id.clone(), s.title.clone()))
            .collect(),
        None => SECTIONS
            .iter()
            .map(|(id, title)| (id.to_string(), title.to_string()))
            .collect(),
    };

    // A section's file is named after its id: only letters and digits make a safe name.
    if let Some((id, _)) = sections
        .iter()
        .find(|(id, _)| id.is_empty() || !id.chars().all(char::is_alphanumeric) || id == "plan")
    {
        bail!(
            "the old plan has a section `{id}` that cannot name a file\nhelp: give the section a Roman numeral as its `id`"
        );
    }

    // Everything is written to a new directory beside the target, then renamed into place, so
    // that a failure leaves nothing half made. The directory's name is new and unpredictable;
    // on failure only it, which this run made, is removed.
    let parent = dir.parent().unwrap_or(&env.cwd).to_path_buf();
    fs::create_dir_all(&parent).with_context(|| format!("cannot create `{}`", parent.display()))?;
    let result = (|| -> Result<()> {
        let building = tempfile::Builder::new()
            .prefix(".plan-init-")
            .tempdir_in(&parent)?;
        write_new(&building.path().join(PLAN_FILE), &head)?;
        write_new(&building.path().join(".gitignore"), ".plan-lock\n.*.tmp\n")?;
        for (id, title) in &sections {
            let text = format!(
                "id = {}\ntitle = {}\n\n# [[task]]\n# id = \"{id}.1\"\n# title = \"...\"\n# lead = [\"Văn phòng\"]\n# support = [\"Các phòng, đơn vị\"]\n# budget = 12_000_000\n# deadline = \"Quý 2/{year}\"\n",
                toml_string(id),
                toml_string(title)
            );
            write_new(&building.path().join(format!("{id}.toml")), &text)?;
        }
        if dir.exists() {
            // Empty, as checked above: `remove_dir` removes nothing else.
            fs::remove_dir(&dir)?;
        }
        fs::rename(building.path(), &dir)?;
        // Renamed into place: nothing is left for the guard to remove.
        let _ = building.keep();
        Ok(())
    })();
    if let Err(error) = result {
        return Err(error.context(format!("cannot create `{}`", args.dir.display())));
    }
    writeln!(
        out,
        "created `{}` for {year}: {PLAN_FILE} and {} section files\nnext: add the tasks, then run `plan check`",
        args.dir.display(),
        sections.len()
    )?;
    super::git::setup_if_in_git(&dir, out, err)?;
    Ok(Outcome::Success)
}

fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| toml_string(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes a file that must not exist yet.
fn write_new(path: &std::path::Path, text: &str) -> Result<()> {
    let mut file = fs::File::create_new(path)
        .with_context(|| format!("cannot create `{}`", path.display()))?;
    file.write_all(text.as_bytes())?;
    Ok(())
}
