//! Evaluation against datasets with ground truth: run the extractor on every
//! page of a dataset and score the output with the same metrics as the
//! reference scorer `shared/eval/score.py` (WCXB word-level and scrapinghub
//! shingles) or trafilatura's snippet evaluation. The library only computes;
//! the CLI (`unboil eval`) prints.

pub mod dataset;
pub mod metrics;
pub mod tokens;

use std::collections::BTreeMap;
use std::time::Instant;

use serde::Serialize;

pub use dataset::{Dataset, Layout, Page, Truth};
pub use metrics::{Prf, ShingleCounts, SnippetCounts};

use crate::input::files;
use crate::{Article, Extractor, InputKind, Options, Source, Staged, Status};

/// Shingle size of the scrapinghub metric.
pub const SHINGLE_N: usize = 4;

/// The outcome and scores of one page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageResult {
    pub id: String,
    pub page_type: Option<String>,
    pub url: Option<String>,
    pub status: Status,
    /// Error message of an `error` record.
    pub error: Option<String>,
    /// Size of the (decompressed) HTML in bytes.
    pub bytes: usize,
    /// `\w+` tokens of the ground-truth main text (WCXB) and of our text.
    pub true_tokens: usize,
    pub pred_tokens: usize,
    /// WCXB word-level score (WCXB datasets).
    pub wcxb: Option<Prf>,
    /// Scrapinghub per-page counts and scores (WCXB datasets).
    pub shingles: Option<ShingleCounts>,
    pub scrapinghub: Option<Prf>,
    /// Metadata matches; `None` when the truth field is null.
    pub title_match: Option<bool>,
    pub author_match: Option<bool>,
    pub date_match: Option<bool>,
    /// The page type we detected, and whether it is the dataset's type
    /// (`None` when the dataset gives no type).
    pub predicted_page_type: Option<String>,
    pub page_type_match: Option<bool>,
    /// Truth and predicted metadata, for error analysis (WCXB datasets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<MetaDetail>,
    /// Snippet counts (trafilatura-eval datasets).
    pub snippets: Option<SnippetCounts>,
    /// The extracted main text (the prediction).
    #[serde(skip)]
    pub text: String,
}

/// The truth and our value of the metadata fields of one page, with the
/// provenance of ours (`meta_sources` of the record).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MetaDetail {
    pub title_truth: Option<String>,
    pub title_ours: Option<String>,
    pub author_truth: Option<String>,
    pub authors_ours: Vec<String>,
    pub date_truth: Option<String>,
    pub published_ours: Option<String>,
    pub modified_ours: Option<String>,
    pub sources: BTreeMap<String, String>,
}

/// Matched / counted pages for one metadata field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct FieldAccuracy {
    pub matched: usize,
    pub counted: usize,
    pub accuracy: f64,
}

impl FieldAccuracy {
    fn from_matches(matches: impl Iterator<Item = Option<bool>>) -> Self {
        let mut f = FieldAccuracy::default();
        for m in matches.flatten() {
            f.counted += 1;
            f.matched += usize::from(m);
        }
        f.accuracy = if f.counted == 0 {
            0.0
        } else {
            f.matched as f64 / f.counted as f64
        };
        f
    }
}

/// Scores of a group of WCXB pages (all pages, or one page type).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupSummary {
    /// `all`, or the page type.
    pub group: String,
    pub n: usize,
    pub wcxb: Prf,
    pub scrapinghub: Prf,
    pub title: FieldAccuracy,
    pub author: FieldAccuracy,
    pub date: FieldAccuracy,
    /// Detected `page_type` against the dataset's page type.
    pub page_type: FieldAccuracy,
    /// Pages where we give a field the truth leaves empty (a title, an
    /// author, a publication date where the page states none): the
    /// accuracy above counts only pages whose truth has the field.
    pub unasked: Unasked,
}

/// Fields given where the ground truth has none, counted per field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Unasked {
    pub title: usize,
    pub author: usize,
    pub date: usize,
}

impl Unasked {
    fn of(pages: &[&PageResult]) -> Self {
        let mut u = Unasked::default();
        for m in pages.iter().filter_map(|p| p.meta.as_ref()) {
            u.title += usize::from(m.title_truth.is_none() && m.title_ours.is_some());
            u.author += usize::from(m.author_truth.is_none() && !m.authors_ours.is_empty());
            u.date += usize::from(m.date_truth.is_none() && m.published_ours.is_some());
        }
        u
    }
}

/// Snippet totals of a trafilatura-eval run.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SnippetSummary {
    pub n: usize,
    pub counts: SnippetCounts,
    pub precision: f64,
    pub recall: f64,
    pub accuracy: f64,
    pub f1: f64,
}

/// Pages per record status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub ok: usize,
    pub empty: usize,
    pub error: usize,
}

/// Throughput of a run (wall clock; not deterministic, kept apart).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Timing {
    pub jobs: usize,
    pub pages: usize,
    /// Decompressed HTML bytes processed.
    pub bytes: usize,
    /// Wall time of the whole run (reading, decompressing, extracting).
    pub wall_secs: f64,
    /// Sum over pages of the time in `Extractor::extract` alone.
    pub extract_secs: f64,
    pub pages_per_sec: f64,
    pub mb_per_sec: f64,
}

/// Everything an evaluation run measured.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub dataset: String,
    pub layout: Layout,
    /// `all` first, then each page type in name order (WCXB only).
    pub groups: Vec<GroupSummary>,
    /// Snippet scores (trafilatura-eval only).
    pub snippets: Option<SnippetSummary>,
    pub status: StatusCounts,
    pub timing: Timing,
    pub pages: Vec<PageResult>,
}

impl Report {
    /// The `all` group (WCXB only).
    pub fn overall(&self) -> Option<&GroupSummary> {
        self.groups.first()
    }

    /// `{id: text}` predictions, the input format of `score.py`.
    pub fn predictions(&self) -> BTreeMap<&str, &str> {
        self.pages
            .iter()
            .map(|p| (p.id.as_str(), p.text.as_str()))
            .collect()
    }
}

/// The options used for evaluation: HTML input, no explanations.
pub fn eval_options() -> Options {
    eval_options_for(InputKind::Html)
}

/// Evaluation options for the given input kind (text mode reads renderings
/// of the pages given with [`Dataset::use_inputs`]).
pub fn eval_options_for(input: InputKind) -> Options {
    Options {
        input,
        ..Options::default()
    }
}

/// Read and extract one page; returns the record and the extraction time.
fn extract_page(ex: &Extractor, page: &Page) -> (Article, f64) {
    let (staged, stage_secs) = stage_page(ex, page);
    let t = Instant::now();
    let rec = ex.finish(staged);
    (rec, stage_secs + t.elapsed().as_secs_f64())
}

/// Read and extract one page without building its record (window mode).
fn stage_page(ex: &Extractor, page: &Page) -> (Staged, f64) {
    let mut source = Source::from_path(page.html.display().to_string());
    source.url = page.url.clone();
    let bytes = match files::read_file(&page.html) {
        Ok(bytes) => bytes,
        Err(e) => return (Staged::Done(Article::failed(source, &e)), 0.0),
    };
    let t = Instant::now();
    let staged = ex.stage(&bytes, source);
    (staged, t.elapsed().as_secs_f64())
}

/// Score one page's record against its truth.
pub fn score_page(page: &Page, rec: &Article) -> PageResult {
    let text = rec.text.as_str();
    let mut r = PageResult {
        id: page.id.clone(),
        page_type: page.page_type.clone(),
        url: page.url.clone(),
        status: rec.status,
        error: rec.error.as_ref().map(|e| e.message.clone()),
        bytes: rec.source.bytes,
        true_tokens: 0,
        pred_tokens: tokens::tokenize(text).len(),
        wcxb: None,
        shingles: None,
        scrapinghub: None,
        title_match: None,
        author_match: None,
        date_match: None,
        predicted_page_type: rec.page_type.clone(),
        page_type_match: page
            .page_type
            .as_deref()
            .map(|t| rec.page_type.as_deref() == Some(t)),
        meta: None,
        snippets: None,
        text: rec.text.clone(),
    };
    match &page.truth {
        Truth::MainText(t) => {
            r.true_tokens = tokens::tokenize(&t.main_content).len();
            r.wcxb = Some(metrics::wcxb_doc(&t.main_content, text));
            let sh = metrics::shingle_counts(&t.main_content, text, SHINGLE_N);
            r.scrapinghub = Some(sh.prf());
            r.shingles = Some(sh);
            r.title_match = t
                .title
                .as_deref()
                .map(|gt| metrics::title_matches(gt, rec.title.as_deref()));
            r.author_match = t
                .author
                .as_deref()
                .map(|gt| metrics::author_matches(gt, &rec.authors));
            r.date_match = t
                .publish_date
                .as_deref()
                .map(|gt| metrics::date_matches(gt, rec.published.as_deref()));
            r.meta = Some(MetaDetail {
                title_truth: t.title.clone(),
                title_ours: rec.title.clone(),
                author_truth: t.author.clone(),
                authors_ours: rec.authors.clone(),
                date_truth: t.publish_date.clone(),
                published_ours: rec.published.clone(),
                modified_ours: rec.modified.clone(),
                sources: rec.meta_sources.clone(),
            });
        }
        Truth::Snippets(s) => {
            r.snippets = Some(metrics::count_snippets(&s.with, &s.without, text));
        }
    }
    r
}

/// Summarize a group of WCXB page results.
pub fn summarize(group: &str, pages: &[&PageResult]) -> GroupSummary {
    let wcxb: Vec<Prf> = pages.iter().filter_map(|p| p.wcxb).collect();
    let sh: Vec<ShingleCounts> = pages.iter().filter_map(|p| p.shingles).collect();
    GroupSummary {
        group: group.to_string(),
        n: pages.len(),
        wcxb: metrics::aggregate_wcxb(&wcxb),
        scrapinghub: metrics::aggregate_scrapinghub(&sh),
        title: FieldAccuracy::from_matches(pages.iter().map(|p| p.title_match)),
        author: FieldAccuracy::from_matches(pages.iter().map(|p| p.author_match)),
        date: FieldAccuracy::from_matches(pages.iter().map(|p| p.date_match)),
        page_type: FieldAccuracy::from_matches(pages.iter().map(|p| p.page_type_match)),
        unasked: Unasked::of(pages),
    }
}

/// Snippet totals over pages.
pub fn summarize_snippets(pages: &[PageResult]) -> SnippetSummary {
    let mut c = SnippetCounts::default();
    let mut n = 0;
    for s in pages.iter().filter_map(|p| p.snippets.as_ref()) {
        c.add(s);
        n += 1;
    }
    SnippetSummary {
        n,
        counts: c,
        precision: c.precision(),
        recall: c.recall(),
        accuracy: c.accuracy(),
        f1: c.f1(),
    }
}

/// Run `ex` on every page of `ds` on `jobs` threads and score the results.
/// Everything but [`Report::timing`] is the same for any `jobs`.
pub fn evaluate(ds: &Dataset, ex: &Extractor, jobs: usize) -> Report {
    evaluate_windowed(ds, ex, jobs, 0)
}

/// [`evaluate`] with pages extracted in windows of `window` pages (dataset
/// order) through [`Extractor::extract_window`], so that the site filter
/// sees them together; `0` extracts each page alone. In window mode the
/// extraction time also counts the window's record building (wall time).
pub fn evaluate_windowed(ds: &Dataset, ex: &Extractor, jobs: usize, window: usize) -> Report {
    let jobs = jobs.max(1);
    let started = Instant::now();
    let results = if window == 0 {
        crate::batch::par_map(&ds.pages, jobs, |page| {
            let (rec, secs) = extract_page(ex, page);
            (score_page(page, &rec), secs)
        })
    } else {
        let mut results = Vec::with_capacity(ds.pages.len());
        for chunk in ds.pages.chunks(window) {
            let staged = crate::batch::par_map(chunk, jobs, |page| stage_page(ex, page));
            let (staged, stage_secs): (Vec<Staged>, Vec<f64>) = staged.into_iter().unzip();
            let t = Instant::now();
            let recs = ex.finish_window(staged, jobs);
            let finish_secs = t.elapsed().as_secs_f64() / chunk.len().max(1) as f64;
            for ((page, rec), secs) in chunk.iter().zip(&recs).zip(stage_secs) {
                results.push((score_page(page, rec), secs + finish_secs));
            }
        }
        results
    };
    let wall_secs = started.elapsed().as_secs_f64();
    let extract_secs: f64 = results.iter().map(|(_, s)| s).sum();
    let pages: Vec<PageResult> = results.into_iter().map(|(r, _)| r).collect();

    let mut status = StatusCounts::default();
    for p in &pages {
        match p.status {
            Status::Ok => status.ok += 1,
            Status::Empty => status.empty += 1,
            Status::Error => status.error += 1,
        }
    }
    let bytes: usize = pages.iter().map(|p| p.bytes).sum();
    let per_sec = |x: f64| if wall_secs > 0.0 { x / wall_secs } else { 0.0 };
    let timing = Timing {
        jobs,
        pages: pages.len(),
        bytes,
        wall_secs,
        extract_secs,
        pages_per_sec: per_sec(pages.len() as f64),
        mb_per_sec: per_sec(bytes as f64 / 1e6),
    };

    let (groups, snippets) = match ds.layout {
        Layout::Wcxb => {
            let all: Vec<&PageResult> = pages.iter().collect();
            let mut by_type: BTreeMap<&str, Vec<&PageResult>> = BTreeMap::new();
            for p in &pages {
                by_type
                    .entry(p.page_type.as_deref().unwrap_or("unknown"))
                    .or_default()
                    .push(p);
            }
            let mut groups = vec![summarize("all", &all)];
            groups.extend(by_type.iter().map(|(t, ps)| summarize(t, ps)));
            (groups, None)
        }
        Layout::TrafilaturaEval => (Vec::new(), Some(summarize_snippets(&pages))),
    };
    Report {
        dataset: ds.root.display().to_string(),
        layout: ds.layout,
        groups,
        snippets,
        status,
        timing,
        pages,
    }
}
