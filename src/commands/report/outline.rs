//! The report as a document: header, title, parts I–V and signature, as blocks of text that
//! the Word draft and the Markdown both write, so that they say the same thing in the same
//! words.

use super::data::{IndicatorRow, Item, Report};
use super::words;
use crate::lang::Lang;
use crate::render::money;
use crate::rules::Verdict;

/// What the plan is about, said after its document without naming the document's type twice:
/// "Kế hoạch số 12/KH-KHCN … về triển khai các nhiệm vụ …", not "… về Kế hoạch triển khai …".
/// The rest of the title keeps its case.
pub(crate) fn subject_of<'t>(document: Option<&str>, title: &'t str) -> &'t str {
    let kind = document
        .and_then(|d| {
            crate::text::fold(d)
                .split(" so ")
                .next()
                .map(str::to_string)
        })
        .filter(|k| !k.is_empty());
    let Some(kind) = kind else {
        return title;
    };
    let words = kind.split_whitespace().count();
    let first: Vec<&str> = title.split_whitespace().take(words).collect();
    if crate::text::fold(&first.join(" ")) != kind {
        return title;
    }
    // The title after those words, as it is written.
    let mut end = 0;
    for word in &first {
        match title[end..].find(word) {
            Some(at) => end += at + word.len(),
            None => return title,
        }
    }
    let subject = title[end..].trim_start();
    if subject.is_empty() { title } else { subject }
}

/// A piece of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Text(String),
    Bold(String),
    /// For the writer to fill in: marked so that it cannot be missed.
    Placeholder(String),
}

/// One block of the document, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The header of Nghị định 30/2020: issuer on the left, the nation's name on the right.
    Header {
        parent: Option<String>,
        issuer: String,
        number: String,
        /// What a letter is about ("V/v …"), under its number.
        about: Option<String>,
        place_date: String,
    },
    /// "BÁO CÁO" and the report's subject.
    Title {
        kind: String,
        subject: String,
    },
    /// A part: "I. Công tác chỉ đạo, điều hành".
    Part(String),
    /// A numbered point inside a part.
    Point(String),
    /// A group inside a point: the heading tasks sit under.
    Group(String),
    Paragraph(Vec<Span>),
    /// A line of a list, written after a dash.
    Bullet(Vec<Span>),
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        /// Each column's share of the width, in tenths.
        widths: Vec<u32>,
    },
    /// A note under a table.
    Note(String),
    /// A working note for the clerk (the sending day), in the Markdown only.
    Memo(String),
    Signature {
        recipients: Vec<String>,
        signer: Vec<String>,
        name: Option<String>,
    },
}

pub const NATION: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

fn text(text: impl Into<String>) -> Span {
    Span::Text(text.into())
}

/// "(Đơn vị chủ trì: Văn phòng; thời hạn: 31/03/2023; kỳ trước chuyển sang)".
fn about(report: &Report, item: &Item) -> String {
    let carried = item.carried_over;
    particulars(report, item.period, &item.lead, &words::due(item), carried)
}

/// An item's occurrence, lead units and due date in brackets, and whether it was carried over.
fn particulars(
    report: &Report,
    period: Option<crate::period::Period>,
    lead: &[String],
    due: &str,
    carried_over: bool,
) -> String {
    let mut parts = Vec::new();
    if let Some(period) = period {
        parts.push(format!("kỳ {}", words::period(period)));
    }
    if !lead.is_empty() {
        let lead = crate::commands::joined(lead);
        parts.push(format!("{}: {lead}", report.lead_term));
    }
    parts.push(format!("thời hạn: {due}"));
    if carried_over {
        parts.push("kỳ trước chuyển sang".to_string());
    }
    format!("({})", parts.join("; "))
}

/// "I.1. Xây dựng Kế hoạch CCHC năm 2023 (…): Hoàn thành trễ hạn (ngày 05/04/2023, trễ 5
/// ngày). Ghi chú: …"
///
/// With `difficulty` (the part on what went wrong), a blocked item says why after its notes,
/// once: "Vướng mắc: …".
fn item_line(report: &Report, item: &Item, difficulty: bool) -> Vec<Span> {
    let mut result = words::result(item).to_string();
    match (item.done_on, item.days_late) {
        (Some(done), Some(late)) => {
            result.push_str(&format!(" (ngày {}, trễ {late} ngày)", Lang::Vi.day(done)))
        }
        (Some(done), None) => result.push_str(&format!(" (ngày {})", Lang::Vi.day(done))),
        _ => {}
    }
    if item.result == Verdict::Overdue
        && let Some(due) = item.due
    {
        let days = (report.window.to - due).num_days();
        result.push_str(&format!(" (quá hạn {days} ngày)"));
    }
    let mut spans = vec![
        text(format!(
            "{}. {} {}: ",
            item.id,
            title(&item.title),
            about(report, item)
        )),
        Span::Bold(result),
        text("."),
    ];
    let notes = words::notes(item, difficulty);
    if !notes.is_empty() {
        spans.push(text(format!(" Ghi chú: {notes}.")));
    }
    if difficulty && item.status == crate::model::Status::Blocked {
        let difficulty = item.status_note.as_deref().unwrap_or("chưa ghi rõ");
        spans.push(text(format!(" Vướng mắc: {difficulty}.")));
    }
    spans
}

/// "I.2.a. Xây dựng 01 video … (Đơn vị chủ trì: Văn phòng; thời hạn: 30/06/2023)".
fn plain_line(report: &Report, item: &Item) -> Vec<Span> {
    vec![text(format!(
        "{}. {} {}.",
        item.id,
        title(&item.title),
        about(report, item)
    ))]
}

/// A task's title before what the report adds in brackets: without its final full stop.
fn title(title: &str) -> &str {
    title.trim_end().trim_end_matches('.')
}

/// The counts in a sentence: "hoàn thành đúng hạn 1; hoàn thành trễ hạn 1; …".
/// A section's indicators: each with its value for the period, and its target.
fn indicators(blocks: &mut Vec<Block>, figures: &[&IndicatorRow]) {
    if figures.is_empty() {
        return;
    }
    blocks.push(Block::Paragraph(vec![text("Các chỉ số:")]));
    for figure in figures {
        let unit = figure
            .unit
            .as_deref()
            .map(|u| format!(" {u}"))
            .unwrap_or_default();
        let amount = |x: f64| format!("{}{unit}", Lang::Vi.decimal(&x.to_string()));
        let mut line = vec![text(format!("{}: ", figure.name))];
        match (figure.value, figure.period) {
            (Some(value), Some(period)) => {
                line.push(Span::Bold(amount(value)));
                line.push(text(format!(" (số liệu {})", words::period(period))));
            }
            _ => line.push(Span::Placeholder("[chưa có số liệu]".to_string())),
        }
        if let Some(target) = figure.target {
            line.push(text(format!("; chỉ tiêu: {}", amount(target))));
        }
        if let Some(note) = &figure.note {
            line.push(text(format!("; nguồn: {note}")));
        }
        line.push(text("."));
        blocks.push(Block::Bullet(line));
    }
}

fn counts_sentence(counts: &crate::rules::Counts) -> String {
    let mut parts = vec![
        format!("hoàn thành đúng hạn {}", counts.done_on_time),
        format!("hoàn thành trễ hạn {}", counts.done_late),
        format!("gặp vướng mắc {}", counts.blocked),
        format!("quá hạn, chưa thực hiện {}", counts.overdue),
        format!("chưa đến hạn {}", counts.not_yet_due),
    ];
    if counts.dropped > 0 {
        parts.push(format!("không thực hiện {}", counts.dropped));
    }
    parts.join("; ")
}

pub fn outline(report: &Report) -> Vec<Block> {
    let issuer = &report.issuer;
    let issuer_name = issuer
        .name
        .clone()
        .unwrap_or_else(|| "[Tên cơ quan]".to_string());
    let mut subject = format!(
        "Kết quả thực hiện công tác cải cách hành chính {}",
        report.window.title
    );
    if let Some(unit) = &report.unit {
        subject.push_str(&format!(" của {unit}"));
    }
    let mut blocks = vec![
        Block::Header {
            parent: issuer.parent.clone(),
            issuer: issuer_name.clone(),
            number: format!("Số: …/BC-{}", issuer.symbol.as_deref().unwrap_or("…")),
            about: None,
            place_date: format!(
                "{}, ngày … tháng … năm …",
                issuer.place.as_deref().unwrap_or("…")
            ),
        },
        Block::Title {
            kind: "BÁO CÁO".to_string(),
            subject: subject.clone(),
        },
    ];
    let plan = &report.plan;
    // The plan's document, and those that added to it later (a supplement); a plan made of
    // several departments' plans has only theirs.
    let first = plan
        .document
        .as_deref()
        .or(plan.supplements.first().map(String::as_str));
    let mut basis = match (&plan.document, first) {
        (Some(document), _) => format!("Thực hiện {document}"),
        (None, Some(_)) => format!("Thực hiện {}", plan.supplements.join(" và ")),
        (None, None) => "Thực hiện".to_string(),
    };
    if let (Some(organization), Some(_)) = (&issuer.organization, &plan.document) {
        basis.push_str(&format!(" của {organization}"));
    }
    if plan.document.is_some() && !plan.supplements.is_empty() {
        basis.push_str(&format!(" (bổ sung theo {})", plan.supplements.join(", ")));
    }
    basis.push_str(&format!(
        " về {}, {issuer_name} báo cáo kết quả thực hiện công tác cải cách hành chính {} như sau:",
        subject_of(first, &plan.title),
        report.window.title
    ));
    blocks.push(Block::Paragraph(vec![text(basis)]));

    // I. The plan, the counts and the rates.
    let totals = &report.totals;
    let window = &report.window;
    blocks.push(Block::Part("I. Công tác chỉ đạo, điều hành".to_string()));
    let named = plan
        .document
        .as_deref()
        .map_or(String::new(), |d| format!(" ({d})"));
    blocks.push(Block::Paragraph(vec![text(format!(
        "{}{named} gồm {} nhiệm vụ thuộc {} nội dung.",
        plan.title, plan.tasks, plan.sections
    ))]));
    blocks.push(Block::Paragraph(vec![text(format!(
        "Thời gian chốt số liệu: từ ngày {} đến ngày {}.",
        Lang::Vi.day(window.from),
        Lang::Vi.day(window.to)
    ))]));
    blocks.push(Block::Memo(format!(
        "Hạn gửi báo cáo: ngày {}.",
        Lang::Vi.day(window.send_by)
    )));
    let carried = report
        .tasks
        .iter()
        .filter(|t| t.carried_over && t.result != Verdict::Continuous)
        .count();
    let carried = if carried > 0 {
        format!(", trong đó {carried} nhiệm vụ kỳ trước chuyển sang")
    } else {
        String::new()
    };
    blocks.push(Block::Paragraph(vec![text(format!(
        "Trong kỳ có {} nhiệm vụ đến hạn, chuyển sang hoặc hoàn thành{carried}: {}.",
        totals.items(),
        counts_sentence(totals)
    ))]));
    blocks.push(Block::Paragraph(vec![
        text("Tỷ lệ hoàn thành: "),
        Span::Bold(words::share(totals.done(), totals.rated, totals.rate)),
        text(format!(
            " (hoàn thành đúng hạn: {}), {}.",
            words::share(totals.done_on_time, totals.rated, totals.on_time_rate),
            words::rated_over(report.rate_over, totals.rated)
        )),
    ]));
    if let Some(estimate) = &report.estimate {
        blocks.push(Block::Paragraph(vec![
            text(format!("Ước thực hiện đến {}: ", Lang::Vi.day(estimate.to))),
            Span::Bold(words::share(
                estimate.done + estimate.expected,
                estimate.counted,
                estimate.rate,
            )),
            text(format!(
                " (ước tính, không cộng vào số liệu trên: {} nhiệm vụ đến hạn đến ngày {} đang thực hiện được tính là sẽ hoàn thành).",
                estimate.expected,
                Lang::Vi.day(estimate.to)
            )),
        ]));
    }
    if totals.continuous() > 0 {
        blocks.push(Block::Paragraph(vec![text(format!(
            "Nhiệm vụ thường xuyên: {}, trong đó {} đã có kết quả trong kỳ, {} chưa có kết quả.",
            totals.continuous(),
            totals.continuous_with_result,
            totals.continuous_without
        ))]));
    }
    if totals.budget > 0 {
        blocks.push(Block::Paragraph(vec![text(format!(
            "Kinh phí dự kiến của các nhiệm vụ trong kỳ: {} đồng.",
            money(totals.budget)
        ))]));
    }
    let units: Vec<Vec<String>> = report
        .units
        .iter()
        // Units with only continuous tasks have no rate: part II says how those went.
        .filter(|u| u.counts.items() > 0)
        .map(|u| {
            let c = &u.counts;
            vec![
                u.label(),
                c.done_on_time.to_string(),
                c.done_late.to_string(),
                c.blocked.to_string(),
                c.overdue.to_string(),
                c.not_yet_due.to_string(),
                words::share(c.done(), c.rated, c.rate),
                u.rating.clone().unwrap_or_default(),
            ]
        })
        .collect();
    if !units.is_empty() {
        blocks.push(Block::Paragraph(vec![text(format!(
            "Kết quả theo {}:",
            report.lead_term.to_lowercase()
        ))]));
        blocks.push(Block::Table {
            headers: vec![
                format!("{} (*)", report.lead_term),
                "Hoàn thành đúng hạn".to_string(),
                "Hoàn thành trễ hạn".to_string(),
                "Gặp vướng mắc".to_string(),
                "Quá hạn, chưa thực hiện".to_string(),
                "Chưa đến hạn".to_string(),
                "Tỷ lệ hoàn thành".to_string(),
                words::rating_header(report.threshold, &report.bands),
            ],
            rows: units,
            widths: vec![15, 10, 10, 10, 10, 10, 20, 15],
        });
        blocks.push(Block::Note(format!(
            "(*) Mỗi nhiệm vụ được tính cho từng {lead} của nó: nhiệm vụ có nhiều {lead} được tính ở mỗi đơn vị, nên cộng các dòng có thể lớn hơn tổng số. {}.",
            words::rating_rule(report.threshold, &report.bands),
            lead = report.lead_term.to_lowercase()
        )));
    }
    // The year, quarter by quarter, each by its own report's window: the trend.
    if !report.quarters.is_empty() {
        blocks.push(Block::Paragraph(vec![text("Kết quả theo từng quý:")]));
        blocks.push(Block::Table {
            headers: [
                "Quý",
                "Hoàn thành đúng hạn",
                "Hoàn thành trễ hạn",
                "Gặp vướng mắc",
                "Quá hạn, chưa thực hiện",
                "Tỷ lệ hoàn thành",
            ]
            .map(str::to_string)
            .to_vec(),
            rows: report
                .quarters
                .iter()
                .map(|q| {
                    let c = &q.counts;
                    vec![
                        q.title.clone(),
                        c.done_on_time.to_string(),
                        c.done_late.to_string(),
                        c.blocked.to_string(),
                        c.overdue.to_string(),
                        words::share(c.done(), c.rated, c.rate),
                    ]
                })
                .collect(),
            widths: vec![20, 12, 12, 12, 14, 20],
        });
    }

    // II. Each section, each item.
    blocks.push(Block::Part(
        "II. Kết quả thực hiện theo từng nội dung".to_string(),
    ));
    for (number, section) in report.sections.iter().enumerate() {
        blocks.push(Block::Point(format!("{}. {}", number + 1, section.title)));
        let items: Vec<&Item> = report
            .tasks
            .iter()
            .filter(|t| t.section == section.section)
            .collect();
        let figures = report
            .indicators
            .iter()
            .filter(|i| i.section.as_deref() == Some(section.section.as_str()));
        let figures: Vec<&IndicatorRow> = figures.collect();
        if items.is_empty() {
            blocks.push(Block::Paragraph(vec![text(
                "Không có nhiệm vụ đến hạn trong kỳ.",
            )]));
            indicators(&mut blocks, &figures);
            continue;
        }
        let c = &section.counts;
        let mut summary = Vec::new();
        if c.items() > 0 {
            summary.push(format!(
                "{} nhiệm vụ có thời hạn: {}. Tỷ lệ hoàn thành: {}.",
                c.items(),
                counts_sentence(c),
                words::share(c.done(), c.rated, c.rate)
            ));
        }
        if c.continuous() > 0 {
            summary.push(format!(
                "Nhiệm vụ thường xuyên: {}, trong đó {} đã có kết quả trong kỳ.",
                c.continuous(),
                c.continuous_with_result
            ));
        }
        blocks.push(Block::Paragraph(vec![text(summary.join(" "))]));
        let mut heading: Option<&str> = None;
        for item in items {
            if item.parent.as_deref() != heading {
                heading = item.parent.as_deref();
                if let (Some(id), Some(title)) = (&item.parent, &item.heading) {
                    blocks.push(Block::Group(format!("{id}. {title}")));
                }
            }
            blocks.push(Block::Bullet(item_line(report, item, false)));
        }
        indicators(&mut blocks, &figures);
    }
    // Indicators of no section close part II.
    let other: Vec<&IndicatorRow> = report
        .indicators
        .iter()
        .filter(|i| i.section.is_none())
        .collect();
    if !other.is_empty() {
        let number = report.sections.len() + 1;
        blocks.push(Block::Point(format!("{number}. Các chỉ số khác")));
        indicators(&mut blocks, &other);
    }

    // III. What went wrong.
    blocks.push(Block::Part(
        "III. Đánh giá chung: tồn tại, hạn chế".to_string(),
    ));
    blocks.push(Block::Point("1. Tồn tại, hạn chế".to_string()));
    let troubled: Vec<&Item> = report
        .tasks
        .iter()
        .filter(|t| {
            matches!(t.result, Verdict::Overdue | Verdict::Blocked)
                || (t.result == Verdict::Continuous && t.status == crate::model::Status::Blocked)
        })
        .collect();
    if troubled.is_empty() {
        blocks.push(Block::Paragraph(vec![text(
            "Không có nhiệm vụ quá hạn hoặc gặp vướng mắc.",
        )]));
    }
    for item in troubled {
        blocks.push(Block::Bullet(item_line(report, item, true)));
    }
    blocks.push(Block::Point("2. Nguyên nhân".to_string()));
    blocks.push(Block::Paragraph(vec![Span::Placeholder(
        "[Nêu nguyên nhân khách quan, chủ quan của tồn tại, hạn chế]".to_string(),
    )]));

    // IV. What comes next.
    blocks.push(Block::Part("IV. Nhiệm vụ trọng tâm kỳ tới".to_string()));
    let open: Vec<&Item> = report
        .tasks
        .iter()
        .filter(|t| {
            matches!(
                t.result,
                Verdict::Overdue | Verdict::Blocked | Verdict::NotYetDue
            )
        })
        .collect();
    let mut point = 1;
    if !open.is_empty() {
        blocks.push(Block::Point(format!(
            "{point}. Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành"
        )));
        point += 1;
        for item in &open {
            blocks.push(Block::Bullet(plain_line(report, item)));
        }
    }
    blocks.push(Block::Point(format!(
        "{point}. Các nhiệm vụ đến hạn trong {}",
        report.next.title
    )));
    let next: Vec<_> = report
        .next
        .tasks
        .iter()
        .filter(|n| !open.iter().any(|o| o.id == n.id && o.period == n.period))
        .collect();
    if next.is_empty() {
        blocks.push(Block::Paragraph(vec![text(format!(
            "Kế hoạch không có nhiệm vụ khác đến hạn trong {}.",
            report.next.title
        ))]));
    }
    for item in next {
        let due = Lang::Vi.day(item.due);
        let about = particulars(report, item.period, &item.lead, &due, false);
        blocks.push(Block::Bullet(vec![text(format!(
            "{}. {} {about}.",
            item.id,
            title(&item.title)
        ))]));
    }
    blocks.push(Block::Paragraph(vec![Span::Placeholder(
        "[Bổ sung nhiệm vụ trọng tâm khác (nếu có)]".to_string(),
    )]));

    // V. Left to the writer.
    blocks.push(Block::Part("V. Đề xuất, kiến nghị".to_string()));
    blocks.push(Block::Paragraph(vec![Span::Placeholder(
        "[Nêu đề xuất, kiến nghị (nếu có)]".to_string(),
    )]));
    blocks.push(Block::Paragraph(vec![text(format!(
        "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính {} của {issuer_name}./.",
        report.window.title
    ))]));
    blocks.push(issuer.signature(issuer.recipients.clone()));
    blocks
}

/// "Nơi nhận" lines as Nghị định 30/2020 writes them: each after a dash, ending with ";" and
/// the last with ".".
pub fn recipient_lines(recipients: &[String]) -> Vec<String> {
    let last = recipients.len().saturating_sub(1);
    recipients
        .iter()
        .enumerate()
        .map(|(index, r)| {
            let r = r.trim_end_matches([';', '.', ' ']);
            format!("- {r}{}", if index == last { "." } else { ";" })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn the_documents_type_is_not_named_twice() {
        let document = Some("Kế hoạch số 12/KH-KHCN ngày 31/01/2023");
        assert_eq!(
            subject_of(
                document,
                "Kế hoạch triển khai các nhiệm vụ cải cách hành chính năm 2023"
            ),
            "triển khai các nhiệm vụ cải cách hành chính năm 2023"
        );
        // Another type, or none: the title as it is, its case kept.
        assert_eq!(
            subject_of(document, "Danh mục nhiệm vụ của Sở Tư pháp"),
            "Danh mục nhiệm vụ của Sở Tư pháp"
        );
        assert_eq!(subject_of(None, "Kế hoạch CCHC"), "Kế hoạch CCHC");
    }
}
