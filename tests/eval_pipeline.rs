//! The whole `unboil eval` pipeline on the vendored WCXB sample and on a tiny
//! trafilatura-eval-style dataset built here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use unboil::eval::{self, metrics, Dataset, Layout, Report};
use unboil::{Extractor, Status};

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/wcxb-sample")
}

fn run(ds: &Dataset, jobs: usize) -> Report {
    eval::evaluate(ds, &Extractor::new(eval::eval_options()), jobs)
}

/// A fresh, empty scratch directory for this test process.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("unboil-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

#[test]
fn wcxb_sample_every_page_scored_without_error() {
    let ds = Dataset::load(&sample_dir()).expect("sample loads");
    assert_eq!(ds.layout, Layout::Wcxb);
    assert!(
        (12..=20).contains(&ds.pages.len()),
        "{} pages",
        ds.pages.len()
    );
    let report = run(&ds, 2);
    assert_eq!(report.pages.len(), ds.pages.len());
    for p in &report.pages {
        assert_ne!(p.status, Status::Error, "{}: {:?}", p.id, p.error);
        assert!(p.page_type.is_some(), "{} has no page type", p.id);
        let w = p.wcxb.expect("WCXB pages have a wcxb score");
        assert!((0.0..=1.0).contains(&w.f1), "{}: {w:?}", p.id);
        assert!(p.scrapinghub.is_some() && p.snippets.is_none());
    }
    assert_eq!(report.status.error, 0);
    // `all` first, then one group per page type, all pages counted once.
    let all = report.overall().expect("an overall group");
    assert_eq!((all.group.as_str(), all.n), ("all", ds.pages.len()));
    let by_type: usize = report.groups.iter().skip(1).map(|g| g.n).sum();
    assert_eq!(by_type, all.n);
    assert!(report.groups.len() >= 8, "all seven page types expected");
    // The headline figure is the plain mean of the per-page scores.
    let mean = report
        .pages
        .iter()
        .filter_map(|p| p.wcxb)
        .map(|w| w.f1)
        .sum::<f64>()
        / report.pages.len() as f64;
    assert!((mean - all.wcxb.f1).abs() < 1e-12);
    // Metadata: pages whose truth field is null or blank are not counted.
    let titled = ds
        .pages
        .iter()
        .filter(|p| matches!(&p.truth, eval::Truth::MainText(t) if t.title.is_some()))
        .count();
    assert_eq!(all.title.counted, titled);
    // Fields given where the truth has none are counted apart, from the
    // records: an author on a page whose truth names nobody.
    let unasked_authors = ds
        .pages
        .iter()
        .zip(&report.pages)
        .filter(|(d, r)| {
            assert_eq!(d.id, r.id, "report in dataset order");
            matches!(&d.truth, eval::Truth::MainText(t) if t.author.is_none())
                && r.meta.as_ref().is_some_and(|m| !m.authors_ours.is_empty())
        })
        .count();
    assert_eq!(all.unasked.author, unasked_authors);
    assert!(all.unasked.author + all.author.counted <= all.n);
    // Page type: every page of the sample has a type, so every page counts,
    // and a match means the detected type is the dataset's.
    assert_eq!(all.page_type.counted, ds.pages.len());
    for p in &report.pages {
        let same = p.predicted_page_type.is_some() && p.predicted_page_type == p.page_type;
        assert_eq!(p.page_type_match, Some(same), "{}", p.id);
    }
    let matched = report
        .pages
        .iter()
        .filter(|p| p.page_type_match == Some(true))
        .count();
    assert_eq!(all.page_type.matched, matched);
}

#[test]
fn results_do_not_depend_on_jobs() {
    let ds = Dataset::load(&sample_dir()).expect("sample loads");
    let one = run(&ds, 1);
    let two = run(&ds, 2);
    assert_eq!(one.pages, two.pages);
    assert_eq!(one.groups, two.groups);
    assert_eq!(one.status, two.status);
    assert_eq!(one.predictions(), two.predictions());
}

#[test]
fn type_filter_and_limit_select_pages() {
    let mut ds = Dataset::load(&sample_dir()).expect("sample loads");
    ds.select(Some("article"), Some(2));
    assert_eq!(ds.pages.len(), 2);
    assert!(ds
        .pages
        .iter()
        .all(|p| p.page_type.as_deref() == Some("article")));
    assert!(ds.pages.windows(2).all(|w| w[0].id < w[1].id));
}

#[test]
fn cli_writes_json_and_predictions_that_rescore_identically() {
    let dir = scratch("eval-cli");
    let json = dir.join("report.json");
    let preds = dir.join("preds.json");
    let out = Command::new(env!("CARGO_BIN_EXE_unboil"))
        .arg("eval")
        .arg(sample_dir())
        .args(["--jobs", "2", "--per-page", "--json"])
        .arg(&json)
        .arg("--predictions")
        .arg(&preds)
        .output()
        .expect("run unboil eval");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("wcxb") && stdout.contains("scrapinghub"),
        "{stdout}"
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("json written")).expect("valid json");
    let preds: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&preds).expect("preds written")).expect("valid json");
    let ds = Dataset::load(&sample_dir()).expect("sample loads");
    assert_eq!(preds.len(), ds.pages.len());
    // Re-score the written predictions: same headline figure as the report.
    let docs: Vec<metrics::Prf> = ds
        .pages
        .iter()
        .map(|p| {
            let eval::Truth::MainText(t) = &p.truth else {
                panic!("WCXB truth expected")
            };
            let text = preds
                .get(&p.id)
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            metrics::wcxb_doc(&t.main_content, text)
        })
        .collect();
    let f1 = metrics::aggregate_wcxb(&docs).f1;
    let reported = report["groups"][0]["wcxb"]["f1"]
        .as_f64()
        .expect("f1 in json");
    assert!((f1 - reported).abs() < 1e-12, "{f1} vs {reported}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn write_gz(path: &Path, content: &str) {
    let file = std::fs::File::create(path).expect("create page");
    let mut gz = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
    gz.write_all(content.as_bytes()).expect("write page");
    gz.finish().expect("finish gzip");
}

#[test]
fn trafilatura_layout_scores_snippets() {
    let dir = scratch("eval-traf");
    std::fs::create_dir_all(dir.join("pages")).expect("pages dir");
    let body = "This is the body of the article, long enough to be the main content of the \
                page, and it says that the quick   brown fox jumps over the lazy dog.";
    write_gz(
        &dir.join("pages/a.html.gz"),
        &format!("<html><body><article><h1>Foxes</h1><p>{body}</p></article></body></html>"),
    );
    let evaldata = serde_json::json!({
        "https://example.org/a": {
            "file": "a.html.gz",
            "with": ["quick brown fox", "a sentence that is absent"],
            "without": ["lazy\n dog", "Cookie settings"]
        },
        "https://example.org/missing": {
            "file": "missing.html.gz",
            "with": ["anything"],
            "without": ["nothing"]
        }
    });
    std::fs::write(dir.join("evaldata.json"), evaldata.to_string()).expect("evaldata");
    let ds = Dataset::load(&dir).expect("loads");
    assert_eq!(ds.layout, Layout::TrafilaturaEval);
    let report = run(&ds, 2);
    assert!(report.groups.is_empty());
    let s = report.snippets.expect("snippet summary");
    // page a: "quick brown fox" found (whitespace runs collapsed), the absent
    // sentence missed, "lazy dog" found, "Cookie settings" absent; the missing
    // page is an error record whose snippets all count as not found.
    let a = report.pages.iter().find(|p| p.id == "a").expect("page a");
    assert_eq!(a.status, Status::Ok);
    let c = a.snippets.expect("counts");
    assert_eq!((c.tp, c.fn_, c.fp, c.tn), (1, 1, 1, 1));
    assert_eq!(
        (s.counts.tp, s.counts.fn_, s.counts.fp, s.counts.tn),
        (1, 2, 1, 2)
    );
    assert!((s.precision - 0.5).abs() < 1e-12);
    assert!((s.recall - 1.0 / 3.0).abs() < 1e-12);
    assert!((s.accuracy - 0.5).abs() < 1e-12);
    assert_eq!(report.status.error, 1);
    let _ = std::fs::remove_dir_all(&dir);
}
