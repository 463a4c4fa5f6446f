//! Input readers: files, directories, archives (WARC/WET), JSONL streams,
//! charset decoding and document-kind sniffing.

pub mod charset;
pub mod files;
pub mod gzmember;
pub mod reader;
pub mod warc;

pub use charset::{decode, Decoded};
pub use reader::{prefetch, JsonlFields, ReadOptions, ReadStats, Reader};

use crate::record::{DocKind, Source};

/// One page to extract, as read from an input.
#[derive(Debug)]
pub struct Page {
    /// Where the page came from (path, offset, URL, fetch time...).
    pub source: Source,
    pub body: Body,
    /// Charset label from the transport (HTTP `Content-Type`), which
    /// outranks the document's own `<meta>`.
    pub charset: Option<String>,
    /// The document kind, when the container says it (WET conversions are
    /// text; a JSONL HTML field is HTML). Used unless the options
    /// force a kind.
    pub kind: Option<DocKind>,
}

/// The content of a [`Page`].
#[derive(Debug)]
pub enum Body {
    /// Raw bytes, to be decoded.
    Bytes(Vec<u8>),
    /// Text already decoded (e.g. a JSONL field).
    Text(String),
    /// The page could not be read; it becomes an error record.
    Error(crate::Error),
}

impl Page {
    /// A page of raw bytes.
    pub fn from_bytes(bytes: Vec<u8>, source: Source) -> Self {
        Page {
            source,
            body: Body::Bytes(bytes),
            charset: None,
            kind: None,
        }
    }

    /// A page that failed to be read.
    pub fn failed(source: Source, error: crate::Error) -> Self {
        Page {
            source,
            body: Body::Error(error),
            charset: None,
            kind: None,
        }
    }
}

/// Decide whether decoded content is HTML or raw text.
///
/// HTML is recognised by a doctype or a structural tag near the start, or by a
/// high density of tags; anything else is raw text.
pub fn sniff_kind(content: &str) -> DocKind {
    let head: String = content
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    // Documents that open with markup are HTML whatever follows; so are
    // pages whose template prints head elements before `<html>` (a script
    // or a meta tag first), which no text dump opens with.
    const OPENERS: [&str; 13] = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<?xml",
        "<!--",
        "<script",
        "<meta",
        "<link",
        "<style",
        "<title",
        "<base",
        "<noscript",
    ];
    if OPENERS.iter().any(|o| head.starts_with(o)) {
        return DocKind::Html;
    }
    // Fragments: count structural tags in the first 8 KB.
    let sample: String = content
        .chars()
        .take(8192)
        .collect::<String>()
        .to_ascii_lowercase();
    const TAGS: [&str; 10] = [
        "<p>", "<p ", "<div", "<br", "<a href", "<span", "<li", "<table", "<h1", "<h2",
    ];
    let tags: usize = TAGS.iter().map(|t| sample.matches(t).count()).sum();
    let lines = sample.lines().count().max(1);
    if tags >= 3 && tags * 4 >= lines {
        DocKind::Html
    } else {
        DocKind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_documents_and_fragments() {
        assert_eq!(sniff_kind("<!DOCTYPE html><html></html>"), DocKind::Html);
        assert_eq!(sniff_kind("\u{feff}  <html lang=en>"), DocKind::Html);
        assert_eq!(
            sniff_kind("<div><p>One</p><p>Two</p><p>Three</p></div>"),
            DocKind::Html
        );
        assert_eq!(sniff_kind("Title\n\nA paragraph of text.\n"), DocKind::Text);
        // (A template that prints a script before `<html>`.)
        assert_eq!(
            sniff_kind(
                " \n\n<script type=\"text/javascript\">\nvar x = 1;\n</script>\n<!DOCTYPE html>"
            ),
            DocKind::Html
        );
        assert_eq!(
            sniff_kind("<meta charset=\"utf-8\"><title>A</title>"),
            DocKind::Html
        );
        // A text that mentions one tag is still text.
        assert_eq!(
            sniff_kind("Use the <p> element for paragraphs.\nIt is simple.\nReally.\n"),
            DocKind::Text
        );
    }
}
