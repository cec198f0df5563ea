//! `plan site`: the dashboard's pages are well-formed, their figures are the report's for the
//! same day, nothing is loaded from outside the directory, and in a real browser (headless
//! Chromium, which `.ci/run` installs; a run without it skips with a note) the charts are drawn.
use super::common;

use common::ok;

use std::fs;
use std::process::Command;

use serde_json::Value;

/// Chromium, headless, without the requests it makes on its own (updates, time, sync): what
/// is left is what the page asks for.
fn chromium(profile: &std::path::Path) -> Command {
    let mut command = Command::new("chromium");
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=5000",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-default-apps",
            "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter",
        ])
        .arg(format!("--user-data-dir={}", profile.display()));
    command
}

/// The site of the shipped plan as of 30/06/2023, with the second quarter's marks: I.1 done
/// late on 05/04, IV.5's first quarter on time on 25/03.
fn site() -> (tempfile::TempDir, tempfile::TempDir) {
    let root = common::shipped_plan();
    ok(root.path(), &["mark", "I.1", "done", "--on", "2023-04-05"]);
    ok(
        root.path(),
        &[
            "mark",
            "IV.5",
            "done",
            "--on",
            "2023-03-25",
            "--period",
            "2023-Q1",
        ],
    );
    let out = tempfile::TempDir::new().unwrap();
    let dir = out.path().join("site");
    let said = ok(
        root.path(),
        &[
            "--lang",
            "en",
            "site",
            "-o",
            dir.to_str().unwrap(),
            "--as-of",
            "2023-06-30",
        ],
    );
    assert!(said.starts_with("10 pages written to "), "{said}");
    (root, out)
}

/// Every element of `html` closed, every attribute quoted: the pages parse as XML.
fn well_formed(name: &str, html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""), "{name}");
    let mut reader = quick_xml::Reader::from_str(html);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name}: {e} at {}", reader.buffer_position()),
        }
        assert!(depth >= 0, "{name}");
    }
    assert_eq!(depth, 0, "{name}");
}

/// The rows of the table of class `class` in `html`: its cells' text.
fn rows(html: &str, class: &str) -> Vec<Vec<String>> {
    let start = html
        .find(&format!("<table class=\"{class}\">"))
        .unwrap_or_else(|| panic!("no table {class}"));
    let body = &html[start..];
    let body = &body[body.find("<tbody>").unwrap()..body.find("</tbody>").unwrap()];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let text = &cell[cell.find('>').unwrap() + 1..cell.find("</td>").unwrap()];
                    text.replace("&amp;", "&")
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_pages_are_well_formed_self_contained_and_agree_with_the_report() {
    let (root, out) = site();
    let dir = out.path().join("site");
    let mut total = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        total += fs::metadata(&path).unwrap().len();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".html") {
            continue;
        }
        let html = fs::read_to_string(&path).unwrap();
        well_formed(&name, &html);
        // Every file a page loads or links to is in the directory: nothing from outside.
        for attribute in ["src=\"", "href=\""] {
            for part in html.split(attribute).skip(1) {
                let target = &part[..part.find('"').unwrap()];
                assert!(
                    !target.contains(':') && !target.starts_with('/'),
                    "{name}: {target}"
                );
                assert!(dir.join(target).is_file(), "{name}: {target}");
            }
        }
    }
    assert!(total < 400_000, "{total} bytes");
    // The overview's table of units is the year's report as of the day.
    let index = fs::read_to_string(dir.join("index.html")).unwrap();
    let report: Value = serde_json::from_str(&ok(
        root.path(),
        &["report", "--year", "--to", "2023-06-30", "--format", "json"],
    ))
    .unwrap();
    let expected: Vec<Vec<String>> = report["units"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| {
            [
                "done_on_time",
                "done_late",
                "blocked",
                "overdue",
                "not_yet_due",
            ]
            .iter()
            .any(|k| u[k].as_u64().unwrap() > 0)
        })
        .map(|u| {
            let mut row = vec![u["unit"].as_str().unwrap().to_string()];
            for key in [
                "done_on_time",
                "done_late",
                "blocked",
                "overdue",
                "not_yet_due",
            ] {
                row.push(u[key].to_string());
            }
            row.push(match u["rate"].as_f64() {
                Some(rate) => format!("{rate:.2} %"),
                None => "–".to_string(),
            });
            row
        })
        .collect();
    assert_eq!(rows(&index, "units"), expected);
    // Worked out by hand: Văn phòng 1 late (I.1), 1 overdue (III.3's first quarter); Tổ Kiểm
    // tra Công vụ 1 on time (IV.5's first quarter).
    assert_eq!(
        expected[0][..5],
        ["Văn phòng", "0", "1", "0", "1"].map(String::from)
    );
    // Overdue on 30/06: II.2–II.4 and III.3's first quarter.
    assert!(
        index.contains("<div class=\"figure overdue\" id=\"overdue-count\">4</div>"),
        "{index}"
    );
    // The burn-up: by the end of March, 6 items due and 2 done (IV.5 on 25/03; I.1 in April).
    let burn: Vec<Vec<String>> = rows(&index, "burn-up");
    assert_eq!(burn[2], ["03/2023", "6", "1"].map(String::from));
    assert_eq!(burn[3], ["04/2023", "6", "2"].map(String::from));
    assert_eq!(burn[6][2], "–");
}

#[test]
fn in_a_browser_the_charts_are_drawn_and_nothing_is_fetched() {
    let installed = Command::new("chromium").arg("--version").output().is_ok();
    if !installed {
        eprintln!("skipped: Chromium is not installed (`.ci/run` installs it)");
        return;
    }
    let (_root, out) = site();
    let dir = out.path().join("site");
    for page in ["index.html", "don-vi-van-phong.html", "timeline.html"] {
        let url = format!("file://{}", dir.join(page).display());
        let log = out.path().join(format!("{page}.netlog.json"));
        let shot = out.path().join(format!("{page}.png"));
        let output = chromium(&out.path().join("profile"))
            .arg("--window-size=1280,1600")
            .arg(format!("--log-net-log={}", log.display()))
            .arg(format!("--screenshot={}", shot.display()))
            .arg(&url)
            .output()
            .unwrap();
        assert!(shot.is_file(), "{page}: {output:?}");
        let dom = chromium(&out.path().join("profile"))
            .arg("--dump-dom")
            .arg(&url)
            .output()
            .unwrap();
        let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
        // Each chart's place holds a drawn SVG with shapes in it.
        for (start, _) in dom.match_indices("class=\"chart\"") {
            let after = &dom[start..];
            let end = after.find("</table>").unwrap_or(after.len());
            let drawn = &after[..end];
            assert!(
                drawn.contains("<svg") && (drawn.contains("<rect") || drawn.contains("<path")),
                "{page}: {drawn}"
            );
        }
        if page == "index.html" {
            assert!(dom.contains("<svg"), "{page}");
            assert!(dom.contains("Văn phòng"), "{page}");
        }
        // The page asked the network for nothing: a file is read without it, and a request a
        // page makes is logged with the page as its initiator ("null" for a file), where the
        // browser's own (its clock, its updates) have none ("not an origin").
        let net: Value = serde_json::from_str(&fs::read_to_string(&log).unwrap()).unwrap();
        let start = net["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].clone();
        let asked: Vec<&Value> = net["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == start && e["params"]["url"].is_string())
            .filter(|e| e["params"]["initiator"] != "not an origin")
            .collect();
        assert!(asked.is_empty(), "{page}: {asked:?}");
    }
}

/// The site is never written inside the plan directory or `.git`, and a refused site leaves no
/// folder behind, nor does a folder reached through a link into the plan.
#[test]
fn a_site_inside_the_plan_or_git_is_refused_before_anything_is_made() {
    let root = common::shipped_plan();
    let dir = root.path();
    fs::create_dir(dir.join(".git")).unwrap();
    std::os::unix::fs::symlink(dir.join("plan"), dir.join("link")).unwrap();
    for (output, said) in [
        ("plan/site", "which holds a plan"),
        ("plan/a/b", "which holds a plan"),
        ("link/site", "which holds a plan"),
        (".git/site", "inside a `.git` directory"),
    ] {
        let (code, _, err) = common::run_plan(
            dir,
            &[
                "--lang",
                "en",
                "site",
                "-o",
                output,
                "--as-of",
                "2023-06-30",
            ],
        );
        assert_eq!(code, 1, "{output}");
        assert!(err.contains(said), "{output}: {err}");
        assert!(!dir.join(output).exists(), "{output}");
    }
    assert!(!dir.join("plan/a").exists());
}
