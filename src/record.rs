//! The article record (schema `unboil/1`): the stable output contract.
//!
//! Field names here are a contract for users; add fields freely, rename none
//! without bumping [`SCHEMA`].

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Schema identifier written in every record.
pub const SCHEMA: &str = "unboil/1";

/// Outcome of extracting one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// An article body was found.
    Ok,
    /// The page was read but no article body was found.
    Empty,
    /// The page could not be processed; see [`Article::error`].
    Error,
}

/// What kind of document the input was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Html,
    Text,
}

/// Where a page came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// File path (or `-` for stdin), when read from a file.
    pub path: Option<String>,
    /// The page URL, when known (from the input, not from the page).
    pub url: Option<String>,
    /// How the document was read; filled by the extractor.
    pub kind: Option<DocKind>,
    /// Character encoding used to decode the bytes; filled by the extractor.
    pub encoding: Option<String>,
    /// Size of the raw input in bytes; filled by the extractor.
    pub bytes: usize,
    /// Byte offset of the page inside its archive or stream: the WARC record
    /// (for `.warc.gz`, the gzip member holding it) or the JSONL line.
    /// Absent for a page that is a whole file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The page's identifier in its input, when it has one: the
    /// `WARC-Record-ID` of its archive record, or the JSONL line's id field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the page was fetched (RFC 3339, from `WARC-Date`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
    /// HTTP status of the response the page came from (WARC inputs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
}

impl Source {
    /// A source read from a file path.
    pub fn from_path(path: impl Into<String>) -> Self {
        Source {
            path: Some(path.into()),
            ..Source::default()
        }
    }
}

/// A typed body block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        text: String,
    },
    List {
        ordered: bool,
        items: Vec<String>,
    },
    Quote {
        text: String,
    },
    Table {
        rows: Vec<Vec<String>>,
    },
    Code {
        text: String,
    },
    /// A figure or image caption (credits included): kept with the
    /// structure, but not part of the main text (`Article::text`).
    Caption {
        text: String,
    },
}

impl Block {
    /// The block as plain text (list items and table rows on their own lines).
    pub fn plain_text(&self) -> String {
        self.plain_text_cow().into_owned()
    }

    /// [`Block::plain_text`], borrowed from blocks that hold one text (for
    /// the filters that only read it).
    pub fn plain_text_cow(&self) -> Cow<'_, str> {
        match self {
            Block::Heading { text, .. }
            | Block::Paragraph { text }
            | Block::Quote { text }
            | Block::Code { text }
            | Block::Caption { text } => Cow::Borrowed(text),
            Block::List { items, .. } => Cow::Owned(items.join("\n")),
            Block::Table { rows } => Cow::Owned(
                rows.iter()
                    .map(|r| r.join("\t"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        }
    }

    /// Whether the block belongs to the main text (captions annotate it).
    pub fn is_main_text(&self) -> bool {
        !matches!(self, Block::Caption { .. })
    }

    /// True when the block carries no text at all.
    pub fn is_empty(&self) -> bool {
        match self {
            Block::Heading { text, .. }
            | Block::Paragraph { text }
            | Block::Quote { text }
            | Block::Code { text }
            | Block::Caption { text } => text.trim().is_empty(),
            Block::List { items, .. } => items.iter().all(|i| i.trim().is_empty()),
            Block::Table { rows } => rows.iter().flatten().all(|c| c.trim().is_empty()),
        }
    }
}

/// A piece of the page that was dropped, and why (only with `explain`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub text: String,
    pub reason: String,
}

impl Removed {
    pub fn new(text: impl Into<String>, reason: impl Into<String>) -> Self {
        Removed {
            text: text.into(),
            reason: reason.into(),
        }
    }
}

/// Error details carried by a record whose status is `error`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorInfo {
    pub kind: String,
    pub message: String,
}

/// One article record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub schema: String,
    pub status: Status,
    pub error: Option<ErrorInfo>,
    pub source: Source,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site_name: Option<String>,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    /// Detected page type: article, forum, product, collection, listing,
    /// documentation, service; `None` until detected.
    pub page_type: Option<String>,
    /// Where each metadata field came from, e.g. `{"published":
    /// "json-ld:datePublished", "authors": "byline"}`.
    pub meta_sources: BTreeMap<String, String>,
    pub blocks: Vec<Block>,
    pub text: String,
    pub word_count: usize,
    /// SimHash of the body `text` (64 bits as 16 lower-case hex digits; see
    /// [`crate::fingerprint`]); `None` when there is no body.
    #[serde(default)]
    pub fingerprint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<Removed>>,
}

impl Article {
    /// An empty record for `source` with the given status.
    pub fn new(source: Source, status: Status) -> Self {
        Article {
            schema: SCHEMA.to_string(),
            status,
            error: None,
            source,
            title: None,
            subtitle: None,
            authors: Vec::new(),
            published: None,
            modified: None,
            site_name: None,
            categories: Vec::new(),
            tags: Vec::new(),
            language: None,
            url: None,
            description: None,
            image: None,
            page_type: None,
            meta_sources: BTreeMap::new(),
            blocks: Vec::new(),
            text: String::new(),
            word_count: 0,
            fingerprint: None,
            removed: None,
        }
    }

    /// A record for a page that could not be processed.
    pub fn failed(source: Source, error: &crate::Error) -> Self {
        let mut a = Article::new(source, Status::Error);
        a.error = Some(ErrorInfo {
            kind: error.kind().to_string(),
            message: error.to_string(),
        });
        a
    }
}
