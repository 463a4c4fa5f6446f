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
pub mod limits;
pub mod meta;
pub mod normalize;
pub mod output;
pub mod phrases;
pub mod record;
pub mod text;

pub use batch::{BatchOptions, Windows};
pub use error::{Error, Result};
pub use extraction::Extraction;
pub use input::{Body, Page};
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
    /// HTML pages with more elements than this become error records
    /// (`too-many-nodes`), checked before parsing.
    pub max_nodes: usize,
    /// HTML pages nesting elements deeper than this become error records
    /// (`too-deep`), checked before parsing (deep nesting makes the HTML
    /// parser quadratic).
    pub max_depth: usize,
    /// Pages that take longer than this many milliseconds become error
    /// records (`timeout`); checked between pipeline stages. `None`: no limit.
    pub max_ms_per_page: Option<u64>,
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
            max_nodes: 2_000_000,
            max_depth: 5_000,
            max_ms_per_page: None,
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
        self.guarded(source, |source| {
            self.extract_bytes(bytes, source, None, None)
        })
    }

    /// Extract one page already decoded to text (e.g. from a JSONL field).
    pub fn extract_str(&self, content: &str, source: Source) -> Article {
        self.guarded(source, |source| self.extract_text(content, source, None))
    }

    /// Extract one page as read by an [`input::Reader`] (or built by hand):
    /// its transport charset and document kind are used, and a page that
    /// failed to be read becomes an error record.
    pub fn extract_page(&self, page: &Page) -> Article {
        let source = page.source.clone();
        match &page.body {
            Body::Bytes(b) => self.guarded(source, |s| {
                self.extract_bytes(b, s, page.charset.as_deref(), page.kind)
            }),
            Body::Text(t) => self.guarded(source, |s| self.extract_text(t, s, page.kind)),
            Body::Error(e) => Article::failed(source, e),
        }
    }

    /// Extract a window of pages on up to `jobs` threads; records are in the
    /// order of `pages` whatever the thread count.
    pub fn extract_window(&self, pages: &[Page], jobs: usize) -> Vec<Article> {
        batch::par_map(pages, jobs, |p| self.extract_page(p))
    }

    /// Extract a stream of pages window by window: each item is the records
    /// of one window of `batch.window` pages, in input order. Memory is
    /// bounded by the window, not by the stream. Bulk runs use this; a
    /// cross-page stage (site-level filters) can work on each window.
    pub fn windows<I: Iterator<Item = Page>>(
        &self,
        pages: I,
        batch: BatchOptions,
    ) -> Windows<'_, I> {
        Windows::new(self, pages, batch)
    }

    /// Extract a stream of pages, record by record in input order (see
    /// [`Extractor::windows`]).
    ///
    /// ```
    /// use unboil::{BatchOptions, Extractor, Options, Page, Source};
    /// let ex = Extractor::new(Options::default());
    /// let pages = (0..3).map(|i| {
    ///     let html = format!("<article><p>Page {i}: a paragraph of body text.</p></article>");
    ///     Page::from_bytes(html.into_bytes(), Source::from_path(format!("page-{i}.html")))
    /// });
    /// let paths: Vec<_> = ex
    ///     .extract_iter(pages, BatchOptions { window: 2, jobs: 2 })
    ///     .map(|rec| rec.source.path.unwrap_or_default())
    ///     .collect();
    /// assert_eq!(paths, ["page-0.html", "page-1.html", "page-2.html"]);
    /// ```
    pub fn extract_iter<'a, I: Iterator<Item = Page> + 'a>(
        &'a self,
        pages: I,
        batch: BatchOptions,
    ) -> impl Iterator<Item = Article> + 'a {
        self.windows(pages, batch).flatten()
    }

    fn extract_bytes(
        &self,
        bytes: &[u8],
        mut source: Source,
        charset: Option<&str>,
        kind: Option<DocKind>,
    ) -> Article {
        source.bytes = bytes.len();
        if bytes.len() > self.options.max_bytes {
            let err = Error::TooLarge {
                size: bytes.len(),
                limit: self.options.max_bytes,
            };
            return Article::failed(source, &err);
        }
        let decoded = input::decode(bytes, charset);
        source.encoding = Some(decoded.encoding.to_string());
        self.extract_decoded(&decoded.text, source, kind)
    }

    fn extract_text(&self, content: &str, mut source: Source, kind: Option<DocKind>) -> Article {
        if source.bytes == 0 {
            source.bytes = content.len();
        }
        if source.encoding.is_none() {
            source.encoding = Some("UTF-8".to_string());
        }
        if content.len() > self.options.max_bytes {
            let err = Error::TooLarge {
                size: content.len(),
                limit: self.options.max_bytes,
            };
            return Article::failed(source, &err);
        }
        self.extract_decoded(content, source, kind)
    }

    fn extract_decoded(&self, content: &str, mut source: Source, kind: Option<DocKind>) -> Article {
        let kind = match self.options.input {
            InputKind::Html => DocKind::Html,
            InputKind::Text => DocKind::Text,
            InputKind::Auto => kind.unwrap_or_else(|| input::sniff_kind(content)),
        };
        source.kind = Some(kind);
        let extraction = match kind {
            DocKind::Html => {
                let o = &self.options;
                if let Err(e) = limits::check_markup(content, o.max_nodes, o.max_depth) {
                    return Article::failed(source, &e);
                }
                html::extract(content, source.url.as_deref(), o)
            }
            DocKind::Text => match &source.fetched {
                // The page's own fetch time is the reference for its relative
                // dates ("3 hours ago"); only text mode reads it.
                Some(fetched) if self.options.reference_time.as_ref() != Some(fetched) => {
                    let opts = Options {
                        reference_time: Some(fetched.clone()),
                        ..self.options.clone()
                    };
                    text::extract(content, &opts)
                }
                _ => text::extract(content, &self.options),
            },
        };
        if limits::over_time("normalize") {
            if let Some(e) = limits::timeout_error() {
                return Article::failed(source, &e);
            }
        }
        normalize::build_record(source, extraction, &self.options)
    }

    /// Run one page under its time limit, with panics caught (see [`guarded`]).
    fn guarded(&self, source: Source, run: impl FnOnce(Source) -> Article) -> Article {
        let _deadline = limits::start_page(self.options.max_ms_per_page);
        guarded(source, run)
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
