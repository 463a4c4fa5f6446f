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

mod ascii;
pub mod batch;
mod class_hints;
pub mod dedup;
pub mod error;
pub mod eval;
pub mod extraction;
pub mod fingerprint;
pub mod fixtures;
pub mod html;
pub mod input;
pub mod limits;
pub mod meta;
pub mod normalize;
pub mod output;
pub mod phrases;
pub mod record;
pub mod site;
pub mod stages;
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
    /// (`too-many-nodes`), checked before parsing; so do text pages with
    /// more lines (`too-many-lines`): the text path takes about 250–400
    /// bytes of memory a line.
    pub max_nodes: usize,
    /// HTML pages nesting elements deeper than this become error records
    /// (`too-deep`), checked before parsing (deep nesting makes the HTML
    /// parser quadratic).
    pub max_depth: usize,
    /// Pages that take longer than this many milliseconds become error
    /// records (`timeout`); checked between pipeline stages. `None`: no limit.
    pub max_ms_per_page: Option<u64>,
    /// Drop site-level boilerplate in [`Extractor::extract_window`]: blocks
    /// repeated on many pages of one host in the window (see [`site`]).
    /// Single-page extraction is never affected.
    pub site_filter: bool,
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
            site_filter: true,
        }
    }
}

/// The extractor: holds options; `Send + Sync`, build once and reuse.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
    /// Time per pipeline stage of the pages extracted so far (shared by
    /// clones).
    stage_totals: std::sync::Arc<stages::Totals>,
}

impl Extractor {
    pub fn new(options: Options) -> Self {
        Extractor {
            options,
            stage_totals: Default::default(),
        }
    }

    /// Time spent per pipeline stage by this extractor (and its clones) so
    /// far, summed over threads: where a run's time goes.
    pub fn stage_times(&self) -> stages::StageTimes {
        self.stage_totals.snapshot()
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extract one page from its raw bytes. Never panics on any input; a page
    /// that cannot be processed becomes a record with status `error`.
    pub fn extract(&self, bytes: &[u8], source: Source) -> Article {
        self.finish(self.stage(bytes, source))
    }

    /// Extract one page already decoded to text (e.g. from a JSONL field).
    pub fn extract_str(&self, content: &str, source: Source) -> Article {
        self.finish(self.stage_str(content, source))
    }

    /// Extract one page as read by an [`input::Reader`] (or built by hand):
    /// its transport charset and document kind are used, and a page that
    /// failed to be read becomes an error record.
    pub fn extract_page(&self, page: &Page) -> Article {
        self.finish(self.stage_page(page))
    }

    /// Extract a window of pages (a batch of a bulk run, in input order) on
    /// up to `jobs` threads: each page is extracted, then site-level
    /// boilerplate is dropped across the window (when
    /// [`Options::site_filter`]), then the records are built. The output is
    /// in input order and the same for any `jobs`.
    pub fn extract_window(&self, pages: &[Page], jobs: usize) -> Vec<Article> {
        let staged = batch::par_map(pages, jobs, |p| self.stage_page(p));
        self.finish_window(staged, jobs)
    }

    /// Extract a stream of pages window by window: each item is the records
    /// of one window of `batch.window` pages, in input order. Memory is
    /// bounded by the window, not by the stream.
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

    /// First half of [`Extractor::extract`]: decode and extract a page
    /// without building its record, so that window-level filters can still
    /// change its blocks. Never panics.
    pub fn stage(&self, bytes: &[u8], source: Source) -> Staged {
        self.guarded_stage(source, |s| self.stage_bytes(bytes, s, None, None))
    }

    /// [`Extractor::stage`] for a page already decoded to text.
    pub fn stage_str(&self, content: &str, source: Source) -> Staged {
        self.guarded_stage(source, |s| self.stage_text(content, s, None))
    }

    /// [`Extractor::stage`] for a page read by an [`input::Reader`].
    pub fn stage_page(&self, page: &Page) -> Staged {
        let source = page.source.clone();
        match &page.body {
            Body::Bytes(b) => self.guarded_stage(source, |s| {
                self.stage_bytes(b, s, page.charset.as_deref(), page.kind)
            }),
            Body::Text(t) => self.guarded_stage(source, |s| self.stage_text(t, s, page.kind)),
            Body::Error(e) => Staged::Done(Article::failed(source, e)),
        }
    }

    /// Second half of [`Extractor::extract`]: the normalized record.
    pub fn finish(&self, staged: Staged) -> Article {
        match staged {
            Staged::Done(article) => article,
            Staged::Extracted { source, extraction } => {
                stages::enter(stages::Stage::Record);
                let article = guarded(source, |source| {
                    normalize::build_record(source, extraction, &self.options)
                });
                self.stage_totals.add(&stages::stop());
                article
            }
        }
    }

    /// Finish a window of staged pages (in input order) on `jobs` threads:
    /// the site filter runs over the whole window first (when
    /// [`Options::site_filter`]), then each record is built.
    pub fn finish_window(&self, mut staged: Vec<Staged>, jobs: usize) -> Vec<Article> {
        if self.options.site_filter {
            stages::enter(stages::Stage::SiteFilter);
            let mut pages: Vec<site::Page<'_>> = staged
                .iter_mut()
                .filter_map(|s| match s {
                    Staged::Extracted { source, extraction } => Some(site::Page {
                        url: source.url.as_deref(),
                        extraction,
                    }),
                    Staged::Done(_) => None,
                })
                .collect();
            site::filter_window(&mut pages, self.options.explain);
            self.stage_totals.add(&stages::stop());
        }
        let n = staged.len();
        batch::par_map_pulled(
            &mut staged.into_iter(),
            n,
            jobs,
            |s| self.finish(s),
            |_| Article::failed(Source::default(), &batch::lost_page()),
        )
    }

    fn stage_bytes(
        &self,
        bytes: &[u8],
        mut source: Source,
        charset: Option<&str>,
        kind: Option<DocKind>,
    ) -> Staged {
        source.bytes = bytes.len();
        if bytes.len() > self.options.max_bytes {
            let err = Error::TooLarge {
                size: bytes.len(),
                limit: self.options.max_bytes,
            };
            return Staged::Done(Article::failed(source, &err));
        }
        let decoded = input::decode(bytes, charset);
        source.encoding = Some(decoded.encoding.to_string());
        // Double-encoded UTF-8 in the page's own bytes is repaired before
        // anything reads the text (a garbled "é" carries a "©").
        let text = normalize::mojibake::repair(&decoded.text);
        self.stage_decoded(&text, source, kind)
    }

    fn stage_text(&self, content: &str, mut source: Source, kind: Option<DocKind>) -> Staged {
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
            return Staged::Done(Article::failed(source, &err));
        }
        self.stage_decoded(&normalize::mojibake::repair(content), source, kind)
    }

    fn stage_decoded(&self, content: &str, mut source: Source, kind: Option<DocKind>) -> Staged {
        let kind = match self.options.input {
            InputKind::Html => DocKind::Html,
            InputKind::Text => DocKind::Text,
            InputKind::Auto => kind.unwrap_or_else(|| input::sniff_kind(content)),
        };
        source.kind = Some(kind);
        if kind == DocKind::Text {
            stages::enter(stages::Stage::Content);
        }
        let extraction = match kind {
            DocKind::Html => {
                let o = &self.options;
                let parse = html::dom::ParseOptions {
                    // Scripts and style sheets are never read (JSON-LD is).
                    inert_text: true,
                    // User selectors may test any attribute; without them only
                    // the attributes the extractor reads need to reach the tree.
                    unread: o.drop.is_empty() && o.keep.is_empty(),
                    max_nodes: o.max_nodes,
                    max_depth: o.max_depth,
                };
                match html::extract_checked(content, source.url.as_deref(), o, &parse) {
                    Ok(extraction) => extraction,
                    Err(e) => return Staged::Done(Article::failed(source, &e)),
                }
            }
            DocKind::Text if text::split::has_more_lines_than(content, self.options.max_nodes) => {
                let err = Error::TooManyLines {
                    count: self.options.max_nodes.saturating_add(1),
                    limit: self.options.max_nodes,
                };
                return Staged::Done(Article::failed(source, &err));
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
                return Staged::Done(Article::failed(source, &e));
            }
        }
        Staged::Extracted { source, extraction }
    }

    /// Stage one page under its time limit, with panics caught.
    fn guarded_stage(&self, source: Source, run: impl FnOnce(Source) -> Staged) -> Staged {
        let _deadline = limits::start_page(self.options.max_ms_per_page);
        let backup = source.clone();
        stages::enter(stages::Stage::Decode);
        let staged = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(source)))
            .unwrap_or_else(|_| Staged::Done(Article::failed(backup, &panicked())));
        self.stage_totals.add(&stages::stop());
        staged
    }
}

/// A page between extraction and its record: see [`Extractor::stage`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staged {
    /// Extracted; the record is not built yet.
    Extracted {
        source: Source,
        extraction: Extraction,
    },
    /// Already final (e.g. an error record).
    Done(Article),
}

fn panicked() -> Error {
    Error::Internal {
        message: "the extractor panicked on this page".to_string(),
    }
}

/// Run one page's extraction so that a bug (a panic) in any heuristic becomes
/// an error record for that page instead of ending a bulk run.
fn guarded(source: Source, run: impl FnOnce(Source) -> Article) -> Article {
    let backup = source.clone();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(source)))
        .unwrap_or_else(|_| Article::failed(backup, &panicked()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_pages_over_the_line_limit_are_error_records() {
        let ex = Extractor::new(Options {
            input: InputKind::Text,
            max_nodes: 3,
            ..Options::default()
        });
        let r = ex.extract(b"one\ntwo\nthree\nfour\n", Source::default());
        let error = r.error.as_ref().expect("an error record");
        assert_eq!(error.kind, "too-many-lines");
        assert!(error.message.contains("limit of 3"), "{}", error.message);
        let r = ex.extract(
            b"A short text page.\n\nWith a second line.",
            Source::default(),
        );
        assert_ne!(r.status, Status::Error);
    }

    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
    }
}
