//! `plan site -o DIR`: a static dashboard of the plan as of a day, for those who would rather
//! look than read: an overview (completion by unit, the year's burn-up, this quarter's rate
//! against the bar, what is overdue and what falls due soon), a page per unit and a timeline.
//! Every figure comes from the report's rules for the same day, every chart has its numbers as
//! a table, and nothing is loaded from outside DIR: the chart library (Frappe Charts, MIT,
//! drawing SVG) is written into DIR with the pages.

use std::fmt::Write as _;
use std::io::Write;

use chrono::{Datelike, NaiveDate};

use super::report::data::Report;
use super::{Context, Outcome};
use crate::bail;
use crate::cli::SiteArgs;
use crate::files;
use crate::lang::Lang;
use crate::message::{Message, Result};
use crate::model::{Plan, Status, Task, Unit};
use crate::msg;
use crate::period::Period;
use crate::rules::{self, Counts};
use crate::units::{self, Role};
use crate::window::Window;

const CHARTS: &str = include_str!("frappe-charts.min.js");
const CHARTS_LICENSE: &str = include_str!("frappe-charts.LICENSE");
const SCRIPT: &str = include_str!("site.js");
const STYLE: &str = include_str!("style.css");

/// Text made safe inside HTML, as element content or a quoted attribute.
fn esc(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in crate::text::printable(text).chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            c => safe.push(c),
        }
    }
    safe
}

/// A unit's page: `don-vi-van-phong.html`.
fn unit_page(unit: &str) -> String {
    let mut name = String::from("don-vi-");
    for c in crate::text::fold(unit).chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    format!("{}.html", name.trim_end_matches('-'))
}

/// The pages' words in the person's language.
struct Words(Lang);

impl Words {
    fn say(&self, message: Message) -> String {
        esc(&message.text(self.0))
    }
}

/// A page: its title and its body, in the layout every page shares.
fn page(words: &Words, subtitle: &str, title: &str, day: NaiveDate, body: &str) -> String {
    let lang = match words.0 {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let nav = format!(
        "<nav><a href=\"index.html\">{}</a><a href=\"timeline.html\">{}</a></nav>",
        words.say(msg!("Overview")),
        words.say(msg!("Timeline"))
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{title}</title>\n<link rel=\"stylesheet\" href=\"style.css\"/>\n</head>\n<body>\n{nav}\n<h1>{title}</h1>\n<p>{plan_title} — {as_of}</p>\n{body}\n<script src=\"frappe-charts.js\"></script>\n<script src=\"site.js\"></script>\n</body>\n</html>\n",
        title = esc(title),
        plan_title = esc(subtitle),
        as_of = words.say(msg!("as of {day}", day = crate::message::Arg::Day(day))),
    )
}

/// A table: its headers and rows of cells, numbers aligned right.
fn table(headers: &[String], rows: &[Vec<String>], class: &str) -> String {
    let mut html = format!("<table class=\"{class}\">\n<thead><tr>");
    for header in headers {
        let _ = write!(html, "<th>{}</th>", esc(header));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        html.push_str("<tr>");
        for cell in row {
            let number = !cell.is_empty()
                && cell
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == ' ' || c == '%');
            let class = if number { " class=\"n\"" } else { "" };
            let _ = write!(html, "<td{class}>{}</td>", esc(cell));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
    html
}

/// A chart's place: its data for the chart library, drawn by `site.js`.
fn chart(id: &str, config: serde_json::Value) -> String {
    format!(
        "<div class=\"chart\" id=\"{id}\" data-chart=\"{}\"></div>\n",
        esc(&config.to_string())
    )
}

/// The report's window for `span` read as of `day`: from its start to `day` (its cut-off at
/// the latest), as `plan report --to DAY` reads it.
fn window(plan: &Plan, span: Period, day: NaiveDate) -> Window {
    let mut window = Window::new(span, plan.report_cutoff);
    window.to = day.min(window.to).max(window.from);
    window
}

/// Writes the site of one plan into `args.output`, never inside one of the directories
/// `guarded` (the plan's; a workspace's clones).
pub fn run(
    context: &Context,
    args: &SiteArgs,
    guarded: &[&std::path::Path],
    out: &mut dyn Write,
) -> Result<Outcome> {
    let plan = context.plan;
    let env = context.env;
    let day = args.as_of.resolve(env.today);
    let lang = context.lang;
    let words = Words(lang);
    let dir = env.cwd.join(&args.output);
    refuse_full(&dir, args)?;
    files::create_output_dir(&env.cwd, &args.output, guarded)?;
    let mut pages: Vec<(String, String)> = vec![
        ("frappe-charts.js".to_string(), CHARTS.to_string()),
        (
            "frappe-charts.LICENSE.txt".to_string(),
            CHARTS_LICENSE.to_string(),
        ),
        ("site.js".to_string(), SCRIPT.to_string()),
        ("style.css".to_string(), STYLE.to_string()),
    ];
    let year = window(plan, Period::year(plan.year), day);
    let report = Report::new(plan, year, None, &|_| true);
    pages.push((
        "index.html".to_string(),
        overview(&words, plan, &report, day),
    ));
    let lead_units: Vec<&Unit> = plan
        .units
        .iter()
        .filter(|u| {
            report
                .units
                .iter()
                .any(|r| r.unit == u.name && r.counts.items() + r.counts.continuous() > 0)
        })
        .collect();
    for unit in &lead_units {
        pages.push((unit_page(&unit.name), unit_view(&words, plan, unit, day)));
    }
    pages.push(("timeline.html".to_string(), timeline(&words, plan, day)));
    for (name, text) in &pages {
        files::write_output(
            &env.cwd,
            &args.output.join(name),
            text.as_bytes(),
            guarded,
            true,
        )?;
    }
    let said = msg!(
        "{count} pages written to {dir}/ (as of {day})",
        count = pages.iter().filter(|(n, _)| n.ends_with(".html")).count(),
        dir = args.output.display(),
        day = crate::message::Arg::Day(day)
    );
    writeln!(out, "{}", said.text(lang))?;
    Ok(Outcome::Success)
}

/// The counts of a row: on time, late, blocked, overdue, not yet due.
fn counts_cells(c: &Counts) -> Vec<String> {
    [
        c.done_on_time,
        c.done_late,
        c.blocked,
        c.overdue,
        c.not_yet_due,
    ]
    .iter()
    .map(|n| n.to_string())
    .collect()
}

fn rate_text(lang: Lang, rate: Option<f64>) -> String {
    match rate {
        Some(rate) => format!("{} %", lang.decimal(&format!("{rate:.2}"))),
        None => "–".to_string(),
    }
}

fn overview(words: &Words, plan: &Plan, report: &Report, day: NaiveDate) -> String {
    let lang = words.0;
    let mut body = String::new();
    // The cards: this quarter's rate and its rating, what is overdue, what falls due soon.
    let quarter = Period::containing(crate::period::Every::Quarter, day);
    let this = Report::new(plan, window(plan, quarter, day), None, &|_| true);
    let rating = this.totals.rating(&plan.report).unwrap_or("");
    let overdue: Vec<(&Task, Option<Period>, i64)> = plan
        .tasks
        .iter()
        .filter(|t| !t.is_heading())
        .flat_map(|task| {
            rules::items(plan, task).filter_map(move |item| {
                rules::days_overdue(task, &item.state(day), day)
                    .map(|days| (task, item.period, days))
            })
        })
        .collect();
    let soon: Vec<(&Task, Option<Period>, NaiveDate)> = plan
        .tasks
        .iter()
        .filter(|t| !t.is_heading())
        .flat_map(|task| {
            rules::items(plan, task).filter_map(move |item| {
                let state = item.state(day);
                let due = rules::owed_by(task, &state)?;
                (!state.status.is_closed() && due > day && (due - day).num_days() <= 30)
                    .then_some((task, item.period, due))
            })
        })
        .collect();
    let _ = write!(
        body,
        "<div class=\"cards\">\n<div class=\"card\"><div>{}</div><div class=\"figure\" id=\"quarter-rate\">{}</div><div>{}</div></div>\n<div class=\"card\"><div>{}</div><div class=\"figure overdue\" id=\"overdue-count\">{}</div></div>\n<div class=\"card\"><div>{}</div><div class=\"figure\" id=\"soon-count\">{}</div></div>\n</div>\n",
        words.say(msg!(
            "Completion rate, {quarter}",
            quarter = crate::window::Title(quarter).to_string()
        )),
        rate_text(lang, this.totals.rate),
        esc(rating),
        words.say(msg!("Overdue")),
        overdue.len(),
        words.say(msg!("Due in the next 30 days")),
        soon.len(),
    );
    // Completion by unit: the year's report as of the day.
    let _ = writeln!(body, "<h2>{}</h2>", words.say(msg!("Completion by unit")));
    let status_names = [
        msg!("On time"),
        msg!("Late"),
        msg!("Blocked"),
        msg!("Overdue"),
        msg!("Not yet due"),
    ]
    .map(|m| m.text(lang));
    let units: Vec<_> = report
        .units
        .iter()
        .filter(|u| u.counts.items() > 0)
        .collect();
    let labels: Vec<String> = units.iter().map(|u| u.unit.clone()).collect();
    let datasets: Vec<serde_json::Value> = status_names
        .iter()
        .enumerate()
        .map(|(index, name)| {
            let values: Vec<usize> = units
                .iter()
                .map(|u| {
                    let c = &u.counts;
                    [
                        c.done_on_time,
                        c.done_late,
                        c.blocked,
                        c.overdue,
                        c.not_yet_due,
                    ][index]
                })
                .collect();
            serde_json::json!({ "name": name, "values": values, "chartType": "bar" })
        })
        .collect();
    body.push_str(&chart(
        "units-chart",
        serde_json::json!({
            "type": "bar",
            "data": { "labels": labels, "datasets": datasets },
            "barOptions": { "stacked": 1 },
            "colors": ["#2ca02c", "#98df8a", "#ff7f0e", "#d62728", "#c7c7c7"],
        }),
    ));
    let mut headers = vec![msg!("Unit").text(lang)];
    headers.extend(status_names.iter().cloned());
    headers.push(msg!("Completion rate").text(lang));
    let rows: Vec<Vec<String>> = units
        .iter()
        .map(|u| {
            let mut row = vec![u.unit.clone()];
            row.extend(counts_cells(&u.counts));
            row.push(rate_text(lang, u.counts.rate));
            row
        })
        .collect();
    body.push_str(&table(&headers, &rows, "units"));
    let links: Vec<String> = units
        .iter()
        .map(|u| format!("<a href=\"{}\">{}</a>", unit_page(&u.unit), esc(&u.unit)))
        .collect();
    let _ = writeln!(
        body,
        "<p>{}: {}</p>",
        words.say(msg!("Each unit")),
        links.join(" · ")
    );
    // The year's progress: cumulative due against cumulative done, month by month.
    let _ = writeln!(
        body,
        "<h2>{}</h2>",
        words.say(msg!("Progress through the year"))
    );
    let (due, done) = burn_up(plan, day);
    let months: Vec<String> = (1..=12).map(|m| format!("{m:02}/{}", plan.year)).collect();
    let done_shown: Vec<Option<usize>> = done.clone();
    let last_done = done.iter().flatten().last().copied().unwrap_or(0);
    body.push_str(&chart(
        "burn-up-chart",
        serde_json::json!({
            "type": "line",
            "data": {
                "labels": months,
                "datasets": [
                    { "name": msg!("Due (cumulative)").text(lang), "values": due },
                    { "name": msg!("Done (cumulative)").text(lang), "values": done.iter().map(|d| d.unwrap_or(last_done)).collect::<Vec<_>>() },
                ],
            },
            "colors": ["#7f7f7f", "#2ca02c"],
        }),
    ));
    let rows: Vec<Vec<String>> = months
        .iter()
        .zip(&due)
        .zip(&done_shown)
        .map(|((month, due), done)| {
            vec![
                month.clone(),
                due.to_string(),
                done.map_or("–".to_string(), |d| d.to_string()),
            ]
        })
        .collect();
    body.push_str(&table(
        &[
            msg!("Month").text(lang),
            msg!("Due (cumulative)").text(lang),
            msg!("Done (cumulative)").text(lang),
        ],
        &rows,
        "burn-up",
    ));
    // What falls due in the next 30 days.
    let _ = writeln!(
        body,
        "<h2>{}</h2>",
        words.say(msg!("Due in the next 30 days"))
    );
    let rows: Vec<Vec<String>> = soon
        .iter()
        .map(|(task, period, due)| {
            vec![
                task.id.clone(),
                period.map(|p| p.to_string()).unwrap_or_default(),
                task.title.clone(),
                super::joined(&task.lead).into_owned(),
                lang.day(*due),
            ]
        })
        .collect();
    body.push_str(&table(
        &[
            msg!("ID").text(lang),
            msg!("Period").text(lang),
            msg!("Task").text(lang),
            msg!("Lead").text(lang),
            msg!("Due").text(lang),
        ],
        &rows,
        "soon",
    ));
    page(words, &plan.title, &msg!("Overview").text(lang), day, &body)
}

/// Month by month, the items due by the month's end, and those done by then (up to `day`).
fn burn_up(plan: &Plan, day: NaiveDate) -> (Vec<usize>, Vec<Option<usize>>) {
    let mut due = vec![0; 12];
    let mut done = vec![None; 12];
    for month in 1..=12u32 {
        let Some(end) = Period::month(plan.year, month).map(|p| p.end()) else {
            continue;
        };
        let mut due_count = 0;
        let mut done_count = 0;
        for task in plan.tasks.iter().filter(|t| !t.is_heading()) {
            for item in rules::items(plan, task) {
                let state = item.state(day);
                if state.due.is_some_and(|d| d <= end)
                    && task.kind() != Some(crate::deadline::Kind::Continuous)
                {
                    due_count += 1;
                }
                let by = end.min(day);
                if item.state(by).status == Status::Done {
                    done_count += 1;
                }
            }
        }
        due[month as usize - 1] = due_count;
        if end.with_day(1).is_some_and(|start| start <= day) {
            done[month as usize - 1] = Some(done_count);
        }
    }
    (due, done)
}

fn unit_view(words: &Words, plan: &Plan, unit: &Unit, day: NaiveDate) -> String {
    let lang = words.0;
    let names = units::appears_as_on(plan, unit, false, day);
    let leads = |task: &Task| units::involves_on(plan, task, &names, Some(Role::Lead), day);
    let mut body = String::new();
    // Its items by status.
    let _ = writeln!(body, "<h2>{}</h2>", words.say(msg!("Its tasks")));
    let mut rows = Vec::new();
    let mut overdue = Vec::new();
    for task in plan.tasks.iter().filter(|t| !t.is_heading() && leads(t)) {
        for item in rules::items(plan, task) {
            let state = item.state(day);
            let days = rules::days_overdue(task, &state, day);
            rows.push(vec![
                task.id.clone(),
                item.period.map(|p| p.to_string()).unwrap_or_default(),
                task.title.clone(),
                state.due.map(|d| lang.day(d)).unwrap_or_default(),
                super::list::status_text(lang, Some(state.status), state.days_late, days),
            ]);
            if let Some(days) = days {
                overdue.push(vec![
                    task.id.clone(),
                    item.period.map(|p| p.to_string()).unwrap_or_default(),
                    task.title.clone(),
                    days.to_string(),
                ]);
            }
        }
    }
    body.push_str(&table(
        &[
            msg!("ID").text(lang),
            msg!("Period").text(lang),
            msg!("Task").text(lang),
            msg!("Due").text(lang),
            msg!("Status").text(lang),
        ],
        &rows,
        "tasks",
    ));
    let _ = writeln!(body, "<h2>{}</h2>", words.say(msg!("Overdue")));
    body.push_str(&table(
        &[
            msg!("ID").text(lang),
            msg!("Period").text(lang),
            msg!("Task").text(lang),
            msg!("Days overdue").text(lang),
        ],
        &overdue,
        "overdue",
    ));
    // Its rate by quarter, each as that quarter's report counts it, up to the day.
    let _ = writeln!(
        body,
        "<h2>{}</h2>",
        words.say(msg!("Completion rate by quarter"))
    );
    let quarters: Vec<(String, Option<f64>)> = (1..=4)
        .filter_map(|q| Period::quarter(plan.year, q))
        .filter(|q| Window::new(*q, plan.report_cutoff).from <= day)
        .map(|q| {
            let report = Report::new(plan, window(plan, q, day), Some(&unit.name), &leads);
            (crate::window::Title(q).to_string(), report.totals.rate)
        })
        .collect();
    body.push_str(&chart(
        "quarters-chart",
        serde_json::json!({
            "type": "bar",
            "data": {
                "labels": quarters.iter().map(|(q, _)| q.clone()).collect::<Vec<_>>(),
                "datasets": [{ "name": msg!("Completion rate").text(lang), "values": quarters.iter().map(|(_, r)| r.unwrap_or(0.0)).collect::<Vec<_>>() }],
            },
            "colors": ["#1f77b4"],
        }),
    ));
    let rows: Vec<Vec<String>> = quarters
        .iter()
        .map(|(q, r)| vec![q.clone(), rate_text(lang, *r)])
        .collect();
    body.push_str(&table(
        &[
            msg!("Quarter").text(lang),
            msg!("Completion rate").text(lang),
        ],
        &rows,
        "quarters",
    ));
    page(words, &plan.title, &unit.name, day, &body)
}

/// The year as a grid: each dated task a bar from January to the month it is due, its marks
/// as points, the month of the day marked.
fn timeline(words: &Words, plan: &Plan, day: NaiveDate) -> String {
    let lang = words.0;
    let mut body = format!(
        "<table class=\"timeline\">\n<thead><tr><th>{}</th><th>{}</th>",
        words.say(msg!("ID")),
        words.say(msg!("Task"))
    );
    for month in 1..=12 {
        let _ = write!(body, "<th>{month:02}</th>");
    }
    body.push_str("</tr></thead>\n<tbody>\n");
    let now = (day.year() == plan.year).then(|| day.month());
    for task in plan.tasks.iter().filter(|t| !t.is_heading()) {
        let Some(due) = task.due_on(day).filter(|d| d.year() == plan.year) else {
            continue;
        };
        let marks: Vec<u32> = task
            .progress
            .iter()
            .filter(|e| e.date.year() == plan.year)
            .map(|e| e.date.month())
            .collect();
        let _ = write!(
            body,
            "<tr><td>{}</td><td>{}</td>",
            esc(&task.id),
            esc(&task.title)
        );
        for month in 1..=12 {
            let mut class = vec!["month"];
            if month <= due.month() {
                class.push("bar");
            }
            if now == Some(month) {
                class.push("now");
            }
            let mark = if marks.contains(&month) {
                "<span class=\"mark\">●</span>"
            } else {
                ""
            };
            let _ = write!(body, "<td class=\"{}\">{mark}</td>", class.join(" "));
        }
        body.push_str("</tr>\n");
    }
    body.push_str("</tbody>\n</table>\n");
    let _ = writeln!(body, "<p>{}</p>", words.say(msg!("Bars run to the month a task is due; ● marks progress recorded; the red line is the month of the day.")));
    let _ = lang;
    page(words, &plan.title, &msg!("Timeline").text(lang), day, &body)
}

/// Refuses to write into a directory holding something, unless `--force`.
fn refuse_full(dir: &std::path::Path, args: &SiteArgs) -> Result<()> {
    if dir.exists() && !files::is_free(dir) && !args.force {
        bail!(
            msg!(
                "`{dir}` is not empty, so nothing was written",
                dir = args.output.display()
            )
            .help(msg!(
                "give a new directory, or add `--force` to write the site's files over those there"
            ))
        );
    }
    Ok(())
}

/// A workspace as its site shows it: the members whose plans load, those left out (with why),
/// and the folders no page may go into (the members' clones).
pub struct Province<'a> {
    pub title: &'a str,
    pub members: Vec<(String, &'a Plan)>,
    pub left_out: Vec<(String, String)>,
    pub guarded: Vec<&'a std::path::Path>,
}

/// The site of a workspace: each member's own site in a folder of its own, and an index of the
/// members ranked by their rate for the year as of the day (their own reports' rules), with a
/// chart of those rates; members whose plan does not load are named.
pub fn province(
    workspace: &Province,
    args: &SiteArgs,
    env: &super::Env,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let Province {
        title,
        members,
        left_out,
        guarded,
    } = workspace;
    let words = Words(lang);
    let day = args.as_of.resolve(env.today);
    let dir = env.cwd.join(&args.output);
    refuse_full(&dir, args)?;
    let mut ranked: Vec<(String, String, Option<f64>, usize, usize)> = Vec::new();
    for (name, plan) in members {
        let folder = unit_page(name)
            .trim_end_matches(".html")
            .replacen("don-vi-", "", 1);
        let mut member = args.clone();
        member.output = args.output.join(&folder);
        member.force = true;
        let mut notes = Vec::new();
        let mut said = Vec::new();
        let path = std::path::PathBuf::from(&folder);
        let context = Context {
            plan,
            err: std::cell::RefCell::new(&mut notes),
            dir: &path,
            env,
            lang,
        };
        run(&context, &member, guarded, &mut said)?;
        let report = Report::new(
            plan,
            window(plan, Period::year(plan.year), day),
            None,
            &|_| true,
        );
        ranked.push((
            name.clone(),
            folder,
            report.totals.rate,
            report.totals.done(),
            report.totals.rated,
        ));
    }
    ranked.sort_by(|a, b| b.2.unwrap_or(-1.0).total_cmp(&a.2.unwrap_or(-1.0)));
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<h2>{}</h2>",
        words.say(msg!("Members by completion rate"))
    );
    body.push_str(&chart(
        "members-chart",
        serde_json::json!({
            "type": "bar",
            "data": {
                "labels": ranked.iter().map(|r| r.0.clone()).collect::<Vec<_>>(),
                "datasets": [{ "name": msg!("Completion rate").text(lang), "values": ranked.iter().map(|r| r.2.unwrap_or(0.0)).collect::<Vec<_>>() }],
            },
            "colors": ["#1f77b4"],
        }),
    ));
    let rows: Vec<Vec<String>> = ranked
        .iter()
        .enumerate()
        .map(|(index, (name, _, rate, done, rated))| {
            vec![
                (index + 1).to_string(),
                name.clone(),
                format!("{done}/{rated}"),
                rate_text(lang, *rate),
            ]
        })
        .collect();
    let mut table_html = table(
        &[
            msg!("Rank").text(lang),
            msg!("Member").text(lang),
            msg!("Done").text(lang),
            msg!("Completion rate").text(lang),
        ],
        &rows,
        "members",
    );
    // Each member's name leads to its own pages.
    for (name, folder, ..) in &ranked {
        table_html = table_html.replacen(
            &format!("<td>{}</td>", esc(name)),
            &format!("<td><a href=\"{folder}/index.html\">{}</a></td>", esc(name)),
            1,
        );
    }
    body.push_str(&table_html);
    if !left_out.is_empty() {
        let _ = writeln!(
            body,
            "<h2>{}</h2>",
            words.say(msg!("Plans that do not load"))
        );
        let rows: Vec<Vec<String>> = left_out
            .iter()
            .map(|(n, p)| vec![n.clone(), p.clone()])
            .collect();
        body.push_str(&table(
            &[msg!("Member").text(lang), msg!("Problem").text(lang)],
            &rows,
            "left-out",
        ));
    }
    let index = page(&words, title, &msg!("Overview").text(lang), day, &body).replace(
        &format!(
            "<a href=\"timeline.html\">{}</a>",
            words.say(msg!("Timeline"))
        ),
        "",
    );
    let shared = [
        ("frappe-charts.js", CHARTS),
        ("frappe-charts.LICENSE.txt", CHARTS_LICENSE),
        ("site.js", SCRIPT),
        ("style.css", STYLE),
        ("index.html", index.as_str()),
    ];
    for (name, text) in shared {
        files::write_output(
            &env.cwd,
            &args.output.join(name),
            text.as_bytes(),
            guarded,
            true,
        )?;
    }
    let said = msg!(
        "{count} members' pages written to {dir}/ (as of {day})",
        count = members.len(),
        dir = args.output.display(),
        day = crate::message::Arg::Day(day)
    );
    writeln!(out, "{}", said.text(lang))?;
    Ok(if left_out.is_empty() {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}
