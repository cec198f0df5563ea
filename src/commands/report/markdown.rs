//! The report in Markdown, the quick paste: the blocks of the Word draft, in the same words.

use std::io::Write;

use anyhow::Result;

use super::outline::{Block, MOTTO, NATION, Span, recipient_lines};

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => text.clone(),
            Span::Bold(text) => format!("**{text}**"),
            Span::Placeholder(text) => format!("*{text}*"),
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
                place_date,
            } => {
                if let Some(parent) = parent {
                    writeln!(out, "{}  ", parent.to_uppercase())?;
                }
                writeln!(out, "**{}**  ", issuer.to_uppercase())?;
                writeln!(out, "{number}\n")?;
                writeln!(out, "**{NATION}**  ")?;
                writeln!(out, "**{MOTTO}**  ")?;
                writeln!(out, "*{place_date}*\n")?;
            }
            Block::Title { kind, subject } => writeln!(out, "# {kind}\n\n**{subject}**\n")?,
            Block::Part(title) => writeln!(out, "## {title}\n")?,
            Block::Point(title) => writeln!(out, "### {title}\n")?,
            Block::Group(title) => writeln!(out, "**{title}**\n")?,
            Block::Paragraph(parts) => writeln!(out, "{}\n", spans(parts))?,
            Block::Memo(text) => writeln!(out, "{text}\n")?,
            Block::Bullet(parts) => writeln!(out, "- {}", spans(parts))?,
            Block::Table { headers, rows, .. } => {
                let rows = rows.iter().map(|row| row.iter().map(String::as_str));
                crate::render::write_markdown_table(out, headers, rows)?;
                writeln!(out)?;
            }
            Block::Note(text) => writeln!(out, "{text}\n")?,
            Block::Signature {
                recipients,
                signer,
                name,
            } => {
                writeln!(out, "**Nơi nhận:**  ")?;
                for line in recipient_lines(recipients) {
                    writeln!(out, "{line}  ")?;
                }
                writeln!(out)?;
                for line in signer {
                    writeln!(out, "**{line}**  ")?;
                }
                if let Some(name) = name {
                    writeln!(out, "\n**{name}**")?;
                }
            }
        }
    }
    Ok(())
}
