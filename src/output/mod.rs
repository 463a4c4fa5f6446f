//! Record writers: JSON, JSON Lines, Markdown and plain text.

use std::io::{self, Write};

use crate::record::{Article, Block};

/// Output format of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON, one object per record.
    Json,
    /// One compact JSON object per line.
    Jsonl,
    /// The article as Markdown.
    Markdown,
    /// The article body as plain text.
    Text,
}

/// Serialize one record as pretty JSON (with a trailing newline).
pub fn to_json_pretty(a: &Article) -> String {
    let mut s = serde_json::to_string_pretty(a).unwrap_or_else(|e| serialization_failed(&e));
    s.push('\n');
    s
}

/// Serialize one record as one JSON line (with a trailing newline).
pub fn to_json_line(a: &Article) -> String {
    let mut s = serde_json::to_string(a).unwrap_or_else(|e| serialization_failed(&e));
    s.push('\n');
    s
}

// Records hold only strings, numbers and lists, so serde_json cannot fail on
// them; keep the output valid JSON anyway rather than panic.
fn serialization_failed(e: &serde_json::Error) -> String {
    let msg = serde_json::to_string(&e.to_string()).unwrap_or_default();
    format!("{{\"schema\":\"unboil/1\",\"status\":\"error\",\"error\":{{\"kind\":\"serialize\",\"message\":{msg}}}}}")
}

/// Render a record as Markdown: title, subtitle, a metadata line, then blocks.
pub fn to_markdown(a: &Article) -> String {
    let mut out = String::new();
    if let Some(t) = &a.title {
        out.push_str(&format!("# {}\n\n", escape_md_line(t)));
    }
    if let Some(s) = &a.subtitle {
        out.push_str(&format!("*{}*\n\n", escape_md_line(s)));
    }
    let mut meta = Vec::new();
    if !a.authors.is_empty() {
        meta.push(format!("By {}", a.authors.join(", ")));
    }
    if let Some(p) = &a.published {
        meta.push(p.clone());
    }
    if !a.categories.is_empty() {
        meta.push(a.categories.join(" / "));
    }
    if !meta.is_empty() {
        out.push_str(&format!("{}\n\n", escape_md_line(&meta.join(" · "))));
    }
    for b in &a.blocks {
        out.push_str(&block_markdown(b));
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end_matches('\n').len());
    out
}

/// One block as Markdown.
pub fn block_markdown(b: &Block) -> String {
    match b {
        Block::Heading { level, text } => {
            format!(
                "{} {}",
                "#".repeat(usize::from(*level).clamp(1, 6)),
                escape_md_line(text)
            )
        }
        Block::Paragraph { text } => escape_md_line(text),
        Block::Quote { text } => format!("> {}", escape_md_line(text)),
        Block::Code { text } => {
            let fence = if text.contains("```") { "~~~~" } else { "```" };
            format!("{fence}\n{text}\n{fence}")
        }
        Block::List { ordered, items } => items
            .iter()
            .enumerate()
            .map(|(i, it)| {
                if *ordered {
                    format!("{}. {}", i + 1, escape_md_line(it))
                } else {
                    format!("- {}", escape_md_line(it))
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Table { rows } => table_markdown(rows),
        Block::Caption { text } => format!("*{}*", escape_md_inline(text)),
    }
}

fn table_markdown(rows: &[Vec<String>]) -> String {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let cell = |s: &str| s.replace('|', "\\|");
    let mut lines = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let mut cells: Vec<String> = r.iter().map(|c| cell(c)).collect();
        cells.resize(width, String::new());
        lines.push(format!("| {} |", cells.join(" | ")));
        if i == 0 {
            lines.push(format!("|{}", " --- |".repeat(width)));
        }
    }
    lines.join("\n")
}

/// Escape characters that would turn a line of text into Markdown syntax at
/// its start (headings, lists, quotes).
fn escape_md_line(s: &str) -> String {
    let starts_syntax = s.starts_with(['#', '>', '-', '+', '*', '=']) || {
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && s[digits..].starts_with(". ")
    };
    if starts_syntax {
        format!("\\{s}")
    } else {
        s.to_string()
    }
}

// Escape the characters that would end or nest an emphasis span.
fn escape_md_inline(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('*', "\\*")
        .replace('_', "\\_")
}

/// Render a record as plain text: title, then the body text.
pub fn to_text(a: &Article) -> String {
    let mut out = String::new();
    if let Some(t) = &a.title {
        out.push_str(t);
        out.push_str("\n\n");
    }
    out.push_str(&a.text);
    out.push('\n');
    out
}

/// Write one record in `format`. Several records in Markdown or text are
/// separated by a form-feed line so that they can be split again.
pub fn write_record(w: &mut dyn Write, a: &Article, format: Format, first: bool) -> io::Result<()> {
    match format {
        Format::Json => w.write_all(to_json_pretty(a).as_bytes()),
        Format::Jsonl => w.write_all(to_json_line(a).as_bytes()),
        Format::Markdown | Format::Text => {
            if !first {
                w.write_all(b"\x0c\n")?;
            }
            let s = if format == Format::Markdown {
                let mut m = to_markdown(a);
                m.push('\n');
                m
            } else {
                to_text(a)
            };
            w.write_all(s.as_bytes())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Source, Status};

    fn sample() -> Article {
        let mut a = Article::new(Source::default(), Status::Ok);
        a.title = Some("Title".into());
        a.blocks = vec![
            Block::Heading {
                level: 2,
                text: "Sub".into(),
            },
            Block::Paragraph {
                text: "- not a list".into(),
            },
            Block::List {
                ordered: true,
                items: vec!["a".into(), "b".into()],
            },
            Block::Table {
                rows: vec![vec!["h|1".into(), "h2".into()], vec!["x".into()]],
            },
            Block::Code {
                text: "let x = 1;".into(),
            },
            Block::Caption {
                text: "A *starred* photo_1".into(),
            },
        ];
        a
    }

    #[test]
    fn markdown_renders_every_block_type() {
        let md = to_markdown(&sample());
        assert_eq!(
            md,
            "# Title\n\n## Sub\n\n\\- not a list\n\n1. a\n2. b\n\n| h\\|1 | h2 |\n| --- | --- |\n| x |  |\n\n```\nlet x = 1;\n```\n\n*A \\*starred\\* photo\\_1*"
        );
    }

    #[test]
    fn json_line_is_one_line() {
        let l = to_json_line(&sample());
        assert_eq!(l.matches('\n').count(), 1);
        assert!(l.starts_with("{\"schema\":\"unboil/1\",\"status\":\"ok\""));
    }
}
