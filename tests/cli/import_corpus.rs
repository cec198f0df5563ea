//! Annexes of layouts the importer was not built on (`scripts/import_corpus.py` writes them from
//! text tables, with the plan each must give, worked out by hand): every row lands right, every
//! imported plan is one `plan list` accepts, or the import is refused with a finding.
use super::common;

use common::run_plan;

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/corpus")
}

/// A task as the expected plan writes it: id, title, lead, support, deadline, due, and the
/// other keys named.
struct Expected {
    id: String,
    heading: bool,
    fields: Vec<(String, String)>,
}

/// An `.expected` file: the plan's year, its sections (id and title) and tasks, or the refusal.
struct Plan {
    year: i32,
    sections: Vec<(String, String)>,
    tasks: Vec<Expected>,
    refused: Option<String>,
    /// The arguments with which a refused annex is read.
    retry: Vec<String>,
}

fn expected(text: &str) -> Plan {
    let mut lines = text.lines();
    let year = lines
        .next()
        .and_then(|l| l.strip_prefix("year "))
        .and_then(|y| y.parse().ok())
        .expect("an .expected file starts with `year N`");
    let (mut sections, mut tasks, mut refused, mut retry) =
        (Vec::new(), Vec::new(), None, Vec::new());
    for line in lines {
        let (kind, rest) = line.split_at(1);
        let cells: Vec<String> = rest.split('|').map(|c| c.trim().to_string()).collect();
        match kind {
            "S" => sections.push((cells[0].clone(), cells[1].clone())),
            "H" => tasks.push(Expected {
                id: cells[0].clone(),
                heading: true,
                fields: vec![("title".into(), cells[1].clone())],
            }),
            "T" => {
                let mut fields: Vec<(String, String)> =
                    ["title", "lead", "support", "deadline", "due"]
                        .iter()
                        .zip(&cells[1..])
                        .map(|(k, v)| (k.to_string(), v.clone()))
                        .collect();
                for pair in cells.get(6).map(String::as_str).unwrap_or("").split(" ; ") {
                    if let Some((key, value)) = pair.split_once('=') {
                        fields.push((key.trim().to_string(), value.trim().to_string()));
                    }
                }
                tasks.push(Expected {
                    id: cells[0].clone(),
                    heading: false,
                    fields,
                });
            }
            "R" => refused = Some(rest.trim().to_string()),
            "A" => retry = rest.split_whitespace().map(str::to_string).collect(),
            _ => panic!("unknown line `{line}`"),
        }
    }
    Plan {
        year,
        sections,
        tasks,
        refused,
        retry,
    }
}

/// A task's field as the expected plan writes it: units joined by `; `, the due day or the kind.
fn field(task: &Value, key: &str) -> String {
    match key {
        "lead" | "support" => task[key]
            .as_array()
            .map(|units| {
                units
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default(),
        "due" => match task["kind"].as_str() {
            Some("dated") => task["due"].as_str().unwrap_or("none").to_string(),
            Some(kind) => kind.to_string(),
            None => "none".to_string(),
        },
        _ => match &task[key] {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        },
    }
}

/// What differs between one imported file and its expected plan (nothing when it is right).
fn differences(file: &Path) -> Vec<String> {
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    let text = fs::read_to_string(corpus().join(format!("{stem}.expected"))).unwrap();
    let Plan {
        year,
        sections,
        tasks,
        refused,
        retry,
    } = expected(&text);
    let root = tempfile::TempDir::new().unwrap();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    fs::copy(file, root.path().join(&name)).unwrap();
    let year_text = year.to_string();
    let import = |more: &[String]| {
        let mut args = vec![
            "--lang", "en", "import", &name, "--into", "plan", "--year", &year_text,
        ];
        args.extend(more.iter().map(String::as_str));
        run_plan(root.path(), &args)
    };
    let (code, out, err) = import(&[]);
    let mut wrong = Vec::new();
    if let Some(said) = &refused {
        if code != 1 || !err.contains(said.as_str()) || root.path().join("plan").exists() {
            wrong.push(format!(
                "{name}: not refused with `{said}`: {code} {out}{err}"
            ));
        }
        if retry.is_empty() {
            return wrong;
        }
    }
    // A refused annex is read with the arguments its refusal asks for.
    let (code, _, err) = if refused.is_some() {
        import(&retry)
    } else {
        (code, out, err)
    };
    if code != 0 {
        wrong.push(format!("{name}: refused: {err}"));
        return wrong;
    }
    let as_of = format!("--as-of={year}-01-01");
    let (code, listed, err) = run_plan(root.path(), &["list", "--format", "json", &as_of]);
    if code != 0 {
        return vec![format!("{name}: `plan list` refuses the plan: {err}")];
    }
    let listed: Value = serde_json::from_str(&listed).unwrap();
    let listed = listed.as_array().unwrap();
    // The sections, by their files' ids and titles.
    let mut found_sections = Vec::new();
    for entry in fs::read_dir(root.path().join("plan")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() == "plan.toml" || path.extension().is_none_or(|e| e != "toml")
        {
            continue;
        }
        let table: toml::Table = fs::read_to_string(&path).unwrap().parse().unwrap();
        found_sections.push((
            table["id"].as_str().unwrap().to_string(),
            table["title"].as_str().unwrap().to_string(),
        ));
    }
    found_sections.sort();
    let mut sections = sections;
    sections.sort();
    if found_sections != sections {
        wrong.push(format!(
            "{name}: sections {found_sections:?}, expected {sections:?}"
        ));
    }
    let ids: Vec<&str> = listed.iter().filter_map(|t| t["id"].as_str()).collect();
    let wanted: Vec<&str> = tasks.iter().map(|t| t.id.as_str()).collect();
    if ids != wanted {
        wrong.push(format!("{name}: tasks {ids:?}, expected {wanted:?}"));
    }
    for task in &tasks {
        let Some(found) = listed.iter().find(|t| t["id"] == task.id.as_str()) else {
            continue;
        };
        if found["heading"] != task.heading {
            wrong.push(format!(
                "{name}: {} heading is {}",
                task.id, found["heading"]
            ));
        }
        for (key, value) in &task.fields {
            let got = field(found, key);
            if got != *value {
                wrong.push(format!(
                    "{name}: {} {key} is `{got}`, expected `{value}`",
                    task.id
                ));
            }
        }
        // A key not written in the expected plan is empty.
        for key in [
            "product",
            "funding",
            "budget",
            "detail",
            "annex_status",
            "note",
        ] {
            if !task.fields.iter().any(|(k, _)| k == key) && !field(found, key).is_empty() {
                wrong.push(format!(
                    "{name}: {} {key} is `{}`, expected nothing",
                    task.id,
                    field(found, key)
                ));
            }
        }
    }
    wrong
}

#[test]
fn annexes_of_other_layouts_import_as_worked_out_by_hand() {
    let mut files: Vec<PathBuf> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "expected"))
        .collect();
    files.sort();
    let layouts = files
        .iter()
        .map(|f| f.file_stem().unwrap().to_owned())
        .collect::<std::collections::BTreeSet<_>>();
    assert!(layouts.len() >= 12, "{layouts:?}");
    let wrong: Vec<String> = files.iter().flat_map(|f| differences(f)).collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every Word document and workbook of the corpus saved again by LibreOffice (its own way of
/// writing tables, merged cells, styles and shared strings), and every workbook of a layout
/// also written as .ods saved as .ods by it, import as the files written by the script do.
#[test]
fn annexes_saved_again_by_libreoffice_import_as_before() {
    let files: Vec<PathBuf> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let of = |extension: &str| -> Vec<&Path> {
        files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == extension))
            .map(PathBuf::as_path)
            .collect()
    };
    let with_ods: Vec<PathBuf> = of("ods")
        .iter()
        .map(|p| p.with_extension("xlsx"))
        .filter(|p| p.exists())
        .collect();
    assert!(with_ods.len() >= 8, "{with_ods:?}");
    let out = tempfile::TempDir::new().unwrap();
    let mut saved = Vec::new();
    for (format, extension, inputs) in [
        ("docx:MS Word 2007 XML", "docx", of("docx")),
        ("xlsx:Calc MS Excel 2007 XML", "xlsx", of("xlsx")),
        (
            "ods",
            "ods",
            with_ods.iter().map(PathBuf::as_path).collect(),
        ),
    ] {
        let into = out.path().join(extension);
        fs::create_dir(&into).unwrap();
        if !common::libreoffice_convert(format, &into, &inputs) {
            return;
        }
        saved.extend(
            inputs
                .iter()
                .map(|i| into.join(i.with_extension(extension).file_name().unwrap())),
        );
    }
    if saved.iter().any(|s| !s.exists()) {
        // LibreOffice without Writer or Calc cannot load a document or a workbook.
        eprintln!("skipped: LibreOffice Writer or Calc is not installed");
        return;
    }
    assert!(saved.len() >= 130, "{}", saved.len());
    let wrong: Vec<String> = saved.iter().flat_map(|f| differences(f)).collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
