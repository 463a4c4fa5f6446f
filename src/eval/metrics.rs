//! Main-text and metadata metrics, computed exactly as the reference scorer
//! `shared/eval/score.py` does (same operations in the same order, so the
//! floating-point results are the same, not merely close).

use std::collections::HashMap;
use std::hash::Hash;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::tokens::{collapse_space, is_alnum, lower, tokenize};

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Multiset counts of `items`.
fn counts<T: Eq + Hash>(items: impl IntoIterator<Item = T>) -> HashMap<T, usize> {
    let mut m = HashMap::new();
    for it in items {
        *m.entry(it).or_insert(0) += 1;
    }
    m
}

/// Size of the multiset intersection (sum of per-key minimum counts).
fn overlap<T: Eq + Hash>(a: &HashMap<T, usize>, b: &HashMap<T, usize>) -> usize {
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small
        .iter()
        .map(|(k, n)| (*n).min(big.get(k).copied().unwrap_or(0)))
        .sum()
}

/// Harmonic mean, 0 when both are 0.
fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// The WCXB word-level score of one page (`score.py: wcxb_doc`): lower-cased
/// `\w+` bags of words; an empty truth scores 1 only for an empty output.
pub fn wcxb_doc(truth: &str, pred: &str) -> Prf {
    let t_low = lower(truth);
    let p_low = lower(pred);
    let t_tok = tokenize(&t_low);
    let p_tok = tokenize(&p_low);
    let one = Prf {
        precision: 1.0,
        recall: 1.0,
        f1: 1.0,
    };
    if t_tok.is_empty() {
        return if p_tok.is_empty() {
            one
        } else {
            Prf::default()
        };
    }
    if p_tok.is_empty() {
        return Prf::default();
    }
    let (t_len, p_len) = (t_tok.len(), p_tok.len());
    let common = overlap(&counts(t_tok), &counts(p_tok));
    let precision = common as f64 / p_len as f64;
    let recall = common as f64 / t_len as f64;
    Prf {
        precision,
        recall,
        f1: harmonic(precision, recall),
    }
}

/// Normalized shingle counts of one page for the scrapinghub metric: tp, fp
/// and fn divided by their sum (all 0 when both texts have no token).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ShingleCounts {
    pub tp: f64,
    pub fp: f64,
    #[serde(rename = "fn")]
    pub fn_: f64,
}

/// Word `n`-gram shingles; 1..n-1 tokens give one shorter shingle.
fn shingles<'a>(tokens: &'a [&'a str], n: usize) -> HashMap<&'a [&'a str], usize> {
    if tokens.is_empty() {
        return HashMap::new();
    }
    if tokens.len() < n {
        return counts([tokens]);
    }
    counts(tokens.windows(n.max(1)))
}

/// `score.py: doc_counts` for one page (case kept, `n`-gram shingles).
pub fn shingle_counts(truth: &str, pred: &str, n: usize) -> ShingleCounts {
    let t_tok = tokenize(truth);
    let p_tok = tokenize(pred);
    let t_sh = shingles(&t_tok, n);
    let p_sh = shingles(&p_tok, n);
    let t_total: usize = t_sh.values().sum();
    let p_total: usize = p_sh.values().sum();
    let tp = overlap(&t_sh, &p_sh);
    let fp = p_total - tp;
    let fn_ = t_total - tp;
    let total = tp + fp + fn_;
    if total == 0 {
        return ShingleCounts::default();
    }
    let total = total as f64;
    ShingleCounts {
        tp: tp as f64 / total,
        fp: fp as f64 / total,
        fn_: fn_ as f64 / total,
    }
}

impl ShingleCounts {
    /// `score.py: doc_precision`.
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }

    /// `score.py: doc_recall`.
    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }

    /// `score.py: doc_f1`.
    pub fn prf(&self) -> Prf {
        let (p, r) = (self.precision(), self.recall());
        Prf {
            precision: p,
            recall: r,
            f1: harmonic(p, r),
        }
    }
}

/// Sum in order, then divide, as Python's `sum(xs) / len(xs)`; 0 when empty.
fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (mut sum, mut n) = (0.0, 0usize);
    for x in xs {
        sum += x;
        n += 1;
    }
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// `score.py: aggregate`: precision = mean over pages with tp+fp > 0,
/// recall = mean over pages with tp+fn > 0, F1 = harmonic mean of the two.
pub fn aggregate_scrapinghub(pages: &[ShingleCounts]) -> Prf {
    let p = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fp > 0.0)
            .map(ShingleCounts::precision),
    );
    let r = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fn_ > 0.0)
            .map(ShingleCounts::recall),
    );
    Prf {
        precision: p,
        recall: r,
        f1: harmonic(p, r),
    }
}

/// `score.py: evaluate_wcxb`: plain means of per-page P, R and F1.
pub fn aggregate_wcxb(pages: &[Prf]) -> Prf {
    Prf {
        precision: mean(pages.iter().map(|p| p.precision)),
        recall: mean(pages.iter().map(|p| p.recall)),
        f1: mean(pages.iter().map(|p| p.f1)),
    }
}

/// Snippet counts of the trafilatura evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SnippetCounts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub tn: usize,
}

/// Score one page like trafilatura's `tests/eval_common.py: count_item`: a
/// snippet matches when, after collapsing whitespace runs to one space and
/// trimming (both sides), it is a case-sensitive substring of the output.
pub fn count_snippets(with: &[String], without: &[String], output: &str) -> SnippetCounts {
    let out = collapse_space(output);
    let found = |s: &String| out.contains(collapse_space(s).as_str());
    let tp = with.iter().filter(|s| found(s)).count();
    let fp = without.iter().filter(|s| found(s)).count();
    SnippetCounts {
        tp,
        fp,
        fn_: with.len() - tp,
        tn: without.len() - fp,
    }
}

impl SnippetCounts {
    pub fn add(&mut self, o: &SnippetCounts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
    }

    /// TP / (TP + FP), 0 when nothing was found.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// TP / (TP + FN).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// (TP + TN) / all snippets.
    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }

    /// 2PR / (P + R).
    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A title or author reduced for comparison: NFC, lower-cased, every run of
/// non-alphanumeric characters one space, trimmed.
pub fn match_key(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    let mapped: String = lower(&nfc)
        .chars()
        .map(|c| if is_alnum(c) { c } else { ' ' })
        .collect();
    collapse_space(&mapped)
}

/// The title matches the ground truth, compared by [`match_key`].
pub fn title_matches(truth: &str, ours: Option<&str>) -> bool {
    ours.is_some_and(|o| match_key(o) == match_key(truth))
}

/// The author matches when the truth equals our names joined with ", " or
/// any one of our names, compared by [`match_key`].
pub fn author_matches(truth: &str, ours: &[String]) -> bool {
    if ours.is_empty() {
        return false;
    }
    let key = match_key(truth);
    match_key(&ours.join(", ")) == key || ours.iter().any(|o| match_key(o) == key)
}

/// The date matches to the day: our date (`YYYY-MM-DD...`) starts with the
/// truth's date part; a truth of only `YYYY-MM` is compared to the month.
pub fn date_matches(truth: &str, ours: Option<&str>) -> bool {
    let t = truth.trim();
    let t = t.get(..10).unwrap_or(t);
    !t.is_empty() && ours.is_some_and(|o| o.trim().starts_with(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wcxb_doc_edge_cases() {
        assert_eq!(wcxb_doc("", "").f1, 1.0);
        assert_eq!(wcxb_doc("", "x").f1, 0.0);
        assert_eq!(wcxb_doc("x", "").f1, 0.0);
        let p = wcxb_doc("a b c d", "A B x");
        assert!((p.precision - 2.0 / 3.0).abs() < 1e-12);
        assert!((p.recall - 0.5).abs() < 1e-12);
    }

    #[test]
    fn shingles_short_text_is_one_shingle() {
        let c = shingle_counts("a b", "a b", 4);
        assert_eq!((c.tp, c.fp, c.fn_), (1.0, 0.0, 0.0));
        let c = shingle_counts("a b c d e", "a b c d", 4);
        assert_eq!((c.tp, c.fp, c.fn_), (0.5, 0.0, 0.5));
    }

    #[test]
    fn snippets_collapse_whitespace() {
        let c = count_snippets(
            &["a  b".to_string(), "zz".to_string()],
            &["c\nd".to_string()],
            "x a\nb y c d",
        );
        assert_eq!(
            c,
            SnippetCounts {
                tp: 1,
                fp: 1,
                fn_: 1,
                tn: 0
            }
        );
    }

    #[test]
    fn metadata_matching() {
        assert!(title_matches("Hello, World!", Some("hello world")));
        assert!(!title_matches("Hello", None));
        assert!(author_matches(
            "Jane Doe",
            &["Jane Doe".into(), "Bob".into()]
        ));
        assert!(author_matches(
            "Jane Doe, Bob",
            &["Jane Doe".into(), "Bob".into()]
        ));
        assert!(!author_matches("Jane", &["Jane Doe".into()]));
        assert!(date_matches("2024-05-01", Some("2024-05-01T10:00:00Z")));
        assert!(!date_matches("2024-05-01", Some("2024-05-02")));
        assert!(date_matches("2024-05", Some("2024-05-09")));
        assert!(!date_matches("2024-05-01", None));
    }
}
