//! unboil: turn scraped web pages — HTML or raw text dumps — into clean,
//! structured article records.
//!
//! The pipeline has typed stages:
//! raw bytes → [`input::Decoded`] → [`Extraction`] (cleaned blocks and
//! metadata) → [`Article`] (normalized record).
//!
//! ```
//! use unboil::{Extractor, Options, Source};
//! let ex = Extractor::new(Options::default());
//! let html = b"<html><head><title>Hi</title></head><body><article><h1>Hi</h1>\
//!   <p>This is a paragraph of the article body, long enough to be content.</p>\
//!   </article></body></html>";
//! let rec = ex.extract(html, Source::default());
//! assert!(rec.text.contains("paragraph of the article body"));
//! ```

pub mod batch;
pub mod error;
pub mod eval;
pub mod extraction;
pub mod fixtures;
pub mod html;
pub mod input;
pub mod meta;
pub mod normalize;
pub mod output;
pub mod phrases;
pub mod record;
pub mod text;

pub use error::{Error, Result};
pub use extraction::Extraction;
pub use record::{Article, Block, DocKind, Removed, Source, Status};

/// How to read an input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum InputKind {
    /// Sniff HTML or text from the content.
    #[default]
    Auto,
    Html,
    Text,
}

/// Extraction options. Build once, share across threads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Force the input kind instead of sniffing it.
    pub input: InputKind,
    /// Keep every dropped block with its reason in `removed`.
    pub explain: bool,
    /// Fold typographic quotes and dashes to ASCII.
    pub ascii_punct: bool,
    /// Inputs larger than this many bytes become an error record.
    pub max_bytes: usize,
    /// Precision/recall trade-off of the HTML extractor.
    pub bias: Bias,
    /// HTML elements matching these CSS selectors are always dropped.
    pub drop: html::Selectors,
    /// HTML elements matching these CSS selectors are never pruned and
    /// always part of the content.
    pub keep: html::Selectors,
    /// The time the page was fetched (RFC 3339): relative datelines in text
    /// ("3 hours ago") are resolved against it, and ignored without it.
    pub reference_time: Option<String>,
}

/// Which error the HTML extractor prefers: `Precision` leaves out doubtful
/// blocks (fewer boilerplate leaks), `Recall` keeps them (less lost text).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Bias {
    #[default]
    Balanced,
    Precision,
    Recall,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            input: InputKind::Auto,
            explain: false,
            ascii_punct: false,
            max_bytes: 64 * 1024 * 1024,
            bias: Bias::Balanced,
            drop: html::Selectors::default(),
            keep: html::Selectors::default(),
            reference_time: None,
        }
    }
}

/// The extractor: holds options; `Send + Sync`, build once and reuse.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    pub fn new(options: Options) -> Self {
        Extractor { options }
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extract one page from its raw bytes. Never panics on any input; a page
    /// that cannot be processed becomes a record with status `error`.
    pub fn extract(&self, bytes: &[u8], source: Source) -> Article {
        guarded(source, |source| self.extract_bytes(bytes, source))
    }

    /// Extract one page already decoded to text (e.g. from a JSONL field).
    pub fn extract_str(&self, content: &str, source: Source) -> Article {
        guarded(source, |source| self.extract_text(content, source))
    }

    fn extract_bytes(&self, bytes: &[u8], mut source: Source) -> Article {
        source.bytes = bytes.len();
        if bytes.len() > self.options.max_bytes {
            let err = Error::TooLarge {
                size: bytes.len(),
                limit: self.options.max_bytes,
            };
            return Article::failed(source, &err);
        }
        let decoded = input::decode(bytes, None);
        source.encoding = Some(decoded.encoding.to_string());
        self.extract_decoded(&decoded.text, source)
    }

    fn extract_text(&self, content: &str, mut source: Source) -> Article {
        if source.bytes == 0 {
            source.bytes = content.len();
        }
        if source.encoding.is_none() {
            source.encoding = Some("UTF-8".to_string());
        }
        self.extract_decoded(content, source)
    }

    fn extract_decoded(&self, content: &str, mut source: Source) -> Article {
        let kind = match self.options.input {
            InputKind::Html => DocKind::Html,
            InputKind::Text => DocKind::Text,
            InputKind::Auto => input::sniff_kind(content),
        };
        source.kind = Some(kind);
        let extraction = match kind {
            DocKind::Html => html::extract(content, source.url.as_deref(), &self.options),
            DocKind::Text => text::extract(content, &self.options),
        };
        normalize::build_record(source, extraction, &self.options)
    }
}

/// Run one page's extraction so that a bug (a panic) in any heuristic becomes
/// an error record for that page instead of ending a bulk run.
fn guarded(source: Source, run: impl FnOnce(Source) -> Article) -> Article {
    let backup = source.clone();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(source))).unwrap_or_else(|_| {
        let err = Error::Internal {
            message: "the extractor panicked on this page".to_string(),
        };
        Article::failed(backup, &err)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
    }
}
