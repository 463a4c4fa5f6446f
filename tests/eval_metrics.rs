//! The eval metrics against figures computed with the reference scorer
//! `shared/eval/score.py` (Python 3.11): every expected number below was
//! printed by `score.wcxb_doc`, `score.doc_counts`, `score.doc_precision`,
//! `score.doc_recall`, `score.aggregate` and `score.evaluate_wcxb` on the same
//! texts, and the token lists by `score.tokenize` (`re.findall(r"\w+")`).

use unboil::eval::metrics::{
    aggregate_scrapinghub, aggregate_wcxb, shingle_counts, wcxb_doc, Prf, ShingleCounts,
};
use unboil::eval::tokens::{lower, tokenize};

struct Case {
    truth: &'static str,
    pred: &'static str,
    /// score.py: wcxb_doc(truth, pred) -> (P, R, F1)
    wcxb: [f64; 3],
    /// score.py: doc_counts(truth, pred)[0] -> normalized (tp, fp, fn)
    counts: [f64; 3],
    /// score.py: doc_precision / doc_recall / doc_f1 of those counts
    shub: [f64; 3],
}

const CASES: &[Case] = &[
    Case {
        truth: "The quick brown fox jumps over the lazy dog",
        pred: "the quick brown fox jumped over a lazy dog today",
        wcxb: [0.7, 0.7777777777777778, 0.7368421052631577],
        counts: [0.0, 0.5384615384615384, 0.46153846153846156],
        shub: [0.0, 0.0, 0.0],
    },
    // A combining acute accent (Mn) is not a word character: "Cafe\u{301}"
    // gives the token "Cafe", which does not match the precomposed "Café".
    Case {
        truth: "Cafe\u{301} cr\u{e8}me br\u{fb}l\u{e9}e is served",
        pred: "Caf\u{e9} cr\u{e8}me br\u{fb}l\u{e9}e is served",
        wcxb: [0.8, 0.8, 0.8000000000000002],
        counts: [0.3333333333333333, 0.3333333333333333, 0.3333333333333333],
        shub: [0.5, 0.5, 0.5],
    },
    // CJK: no spaces, so a whole run of ideographs and kana is one token.
    Case {
        truth: "東京は日本の首都です。 人口は多い",
        pred: "東京は日本の首都です",
        wcxb: [1.0, 0.5, 0.6666666666666666],
        counts: [0.0, 0.5, 0.5],
        shub: [0.0, 0.0, 0.0],
    },
    // Underscores join words; No (½, ²) and Arabic-Indic digits are \w.
    Case {
        truth: "version_2 released 2024-05-01 with \u{bd} and x\u{b2} and \u{663}\u{664}",
        pred: "version 2 released 2024 05 01 with and x2",
        wcxb: [0.6666666666666666, 0.5454545454545454, 0.6],
        counts: [0.16666666666666666, 0.3333333333333333, 0.5],
        shub: [0.3333333333333333, 0.25, 0.28571428571428575],
    },
    // Lower-casing: "İ" becomes "i" + U+0307 (splitting the token), a final
    // capital sigma becomes "ς" (not "σ").
    Case {
        truth: "\u{130}STANBUL ΟΔΟΣ ΟΔΟΣ is big",
        pred: "istanbul οδος οδοσ is big",
        wcxb: [0.6, 0.5, 0.5454545454545454],
        counts: [0.0, 0.5, 0.5],
        shub: [0.0, 0.0, 0.0],
    },
    Case {
        truth: "",
        pred: "",
        wcxb: [1.0, 1.0, 1.0],
        counts: [0.0, 0.0, 0.0],
        shub: [1.0, 1.0, 1.0],
    },
    Case {
        truth: "",
        pred: "stray text",
        wcxb: [0.0, 0.0, 0.0],
        counts: [0.0, 1.0, 0.0],
        shub: [0.0, 0.0, 0.0],
    },
    Case {
        truth: "lost text here",
        pred: "",
        wcxb: [0.0, 0.0, 0.0],
        counts: [0.0, 0.0, 1.0],
        shub: [0.0, 0.0, 0.0],
    },
    // Fewer than 4 tokens: the whole text is one shingle.
    Case {
        truth: "Hello world",
        pred: "Hello world again",
        wcxb: [0.6666666666666666, 1.0, 0.8],
        counts: [0.0, 0.5, 0.5],
        shub: [0.0, 0.0, 0.0],
    },
    // Bags of words are multisets: repeats count as often as they occur.
    Case {
        truth: "a a a b c d",
        pred: "a b b c d",
        wcxb: [0.8, 0.6666666666666666, 0.7272727272727272],
        counts: [0.0, 0.4, 0.6],
        shub: [0.0, 0.0, 0.0],
    },
];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

fn assert_prf(what: &str, got: Prf, want: [f64; 3]) {
    assert!(
        close(got.precision, want[0]) && close(got.recall, want[1]) && close(got.f1, want[2]),
        "{what}: got {got:?}, score.py says {want:?}"
    );
}

#[test]
fn wcxb_doc_matches_score_py() {
    for c in CASES {
        assert_prf(c.truth, wcxb_doc(c.truth, c.pred), c.wcxb);
    }
}

#[test]
fn shingle_counts_match_score_py() {
    for c in CASES {
        let got = shingle_counts(c.truth, c.pred, 4);
        assert!(
            close(got.tp, c.counts[0]) && close(got.fp, c.counts[1]) && close(got.fn_, c.counts[2]),
            "{}: got {got:?}, score.py says {:?}",
            c.truth,
            c.counts
        );
        assert_prf(c.truth, got.prf(), c.shub);
    }
}

#[test]
fn aggregates_match_score_py() {
    // score.py: aggregate([doc_counts(t, p)[0] for every case])
    let counts: Vec<ShingleCounts> = CASES
        .iter()
        .map(|c| shingle_counts(c.truth, c.pred, 4))
        .collect();
    assert_prf(
        "scrapinghub",
        aggregate_scrapinghub(&counts),
        [0.10416666666666666, 0.09375, 0.09868421052631579],
    );
    // score.py: evaluate_wcxb(truth, pred, n_boot=0) over every case
    let docs: Vec<Prf> = CASES.iter().map(|c| wcxb_doc(c.truth, c.pred)).collect();
    assert_prf(
        "wcxb",
        aggregate_wcxb(&docs),
        [0.6233333333333333, 0.578989898989899, 0.5876236044657097],
    );
}

#[test]
fn tokenize_matches_python_findall() {
    // score.py: tokenize(text) and tokenize(text.lower())
    let t = "version_2 released 2024-05-01 with \u{bd} and x\u{b2} and \u{663}\u{664}";
    assert_eq!(
        tokenize(t),
        [
            "version_2",
            "released",
            "2024",
            "05",
            "01",
            "with",
            "\u{bd}",
            "and",
            "x\u{b2}",
            "and",
            "\u{663}\u{664}"
        ]
    );
    assert_eq!(tokenize("Cafe\u{301} cr\u{e8}me"), ["Cafe", "cr\u{e8}me"]);
    assert_eq!(
        tokenize(&lower("\u{130}STANBUL ΟΔΟΣ ΟΔΟΣ is big")),
        ["i", "stanbul", "οδος", "οδος", "is", "big"]
    );
    assert_eq!(
        tokenize("東京は日本の首都です。 人口は多い"),
        ["東京は日本の首都です", "人口は多い"]
    );
}
