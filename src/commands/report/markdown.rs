//! The report in Markdown, the quick paste: the blocks of the Word draft, in the same words.

use std::io::Write;

use crate::message::Result;

use super::outline::{Block, MOTTO, NATION, Span, recipient_lines};

/// Text from the plan as one line of Markdown: a line break is `<br>`, so that a note cannot
/// start a heading or a table row of its own.
fn md(text: &str) -> std::borrow::Cow<'_, str> {
    crate::text::one_line(text, "<br>")
}

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => md(text).into_owned(),
            Span::Bold(text) => format!("**{}**", md(text)),
            Span::Placeholder(text) => format!("*{}*", md(text)),
        })
        .collect()
}

pub fn write(blocks: &[Block], out: &mut dyn Write) -> Result<()> {
    let mut in_list = false;
    for block in blocks {
        // A list ends with a blank line, or what follows would join its last line.
        let bullet = matches!(block, Block::Bullet(_));
        if in_list && !bullet {
            writeln!(out)?;
        }
        in_list = bullet;
        match block {
            Block::Header {
                parent,
                issuer,
                number,
                about,
                place_date,
            } => {
                if let Some(parent) = parent {
                    writeln!(out, "{}  ", md(&parent.to_uppercase()))?;
                }
                writeln!(out, "**{}**  ", md(&issuer.to_uppercase()))?;
                match about {
                    Some(about) => writeln!(out, "{}  \n{}\n", md(number), md(about))?,
                    None => writeln!(out, "{}\n", md(number))?,
                }
                writeln!(out, "**{NATION}**  ")?;
                writeln!(out, "**{MOTTO}**  ")?;
                writeln!(out, "*{}*\n", md(place_date))?;
            }
            Block::Title { kind, subject } => {
                writeln!(out, "# {}\n\n**{}**\n", md(kind), md(subject))?
            }
            Block::Part(title) => writeln!(out, "## {}\n", md(title))?,
            Block::Point(title) => writeln!(out, "### {}\n", md(title))?,
            Block::Group(title) => writeln!(out, "**{}**\n", md(title))?,
            Block::Paragraph(parts) => writeln!(out, "{}\n", spans(parts))?,
            Block::Memo(text) => writeln!(out, "{}\n", md(text))?,
            Block::Bullet(parts) => writeln!(out, "- {}", spans(parts))?,
            Block::Table { headers, rows, .. } => {
                let rows = rows.iter().map(|row| row.iter().map(String::as_str));
                crate::render::write_markdown_table(out, headers, rows)?;
                writeln!(out)?;
            }
            Block::Note(text) => writeln!(out, "{}\n", md(text))?,
            Block::Signature {
                recipients,
                signer,
                name,
            } => {
                writeln!(out, "**Nơi nhận:**  ")?;
                for line in recipient_lines(recipients) {
                    writeln!(out, "{}  ", md(&line))?;
                }
                writeln!(out)?;
                for line in signer {
                    writeln!(out, "**{}**  ", md(line))?;
                }
                if let Some(name) = name {
                    writeln!(out, "\n**{}**", md(name))?;
                }
            }
        }
    }
    Ok(())
}
