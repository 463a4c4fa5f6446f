//! Knobs of the HTML extractor: precision/recall bias and user CSS selectors.

use unboil::html::{self, Selectors};
use unboil::{Bias, Block, Options};

fn text_with(html_text: &str, opts: &Options) -> String {
    html::extract(html_text, None, opts)
        .blocks
        .iter()
        .map(Block::plain_text)
        .collect::<Vec<_>>()
        .join("\n")
}

const PROSE: &str = "<p>This paragraph is long enough to be read as running prose, with commas, \
    clauses and a full stop at the end of it, so that the extractor keeps it as content.</p>";

fn page(extra: &str) -> String {
    format!(
        "<html><body><nav class='menu'><a href='/'>Home</a> <a href='/b'>Blog menu entry</a></nav>\
         <article><h1>Title</h1>{PROSE}{extra}{PROSE}</article></body></html>"
    )
}

fn with_bias(bias: Bias) -> Options {
    Options {
        bias,
        ..Options::default()
    }
}

#[test]
fn link_density_limit_moves_with_the_bias() {
    // 20 plain and 20 linked characters: link density 0.5.
    let half = page("<p>Plainwords plainword <a href='/x'>Linkedword linkedword</a></p>");
    // 10 plain and 20 linked characters: link density 0.67.
    let most = page("<p>Plainwords <a href='/x'>Linkedword linkedword</a></p>");
    let has = |h: &str, b: Bias| text_with(h, &with_bias(b)).contains("Linkedword");
    assert!(has(&half, Bias::Balanced));
    assert!(!has(&half, Bias::Precision));
    assert!(!has(&most, Bias::Balanced));
    assert!(has(&most, Bias::Recall));
}

#[test]
fn recall_keeps_ui_lines_but_not_ads() {
    let h = page("<p>Show more</p><p>Advertisement</p>");
    let balanced = text_with(&h, &with_bias(Bias::Balanced));
    let recall = text_with(&h, &with_bias(Bias::Recall));
    assert!(!balanced.contains("Show more"));
    assert!(recall.contains("Show more"));
    assert!(!recall.contains("Advertisement"));
}

#[test]
fn invalid_selector_is_an_error_naming_it() {
    let err = Selectors::parse(&["div[", "p"]).map(|_| ()).unwrap_err();
    assert!(err.to_string().contains("div["), "{err}");
    assert!(Selectors::parse(&["div.note", "#main > p"]).is_ok());
}

#[test]
fn drop_selector_removes_matching_content() {
    let h = page("<p class='aside-note'>A note that the reader never wants to see in the output here, really.</p>");
    let plain = text_with(&h, &Options::default());
    assert!(plain.contains("A note that the reader"));
    let opts = Options {
        drop: Selectors::parse(&["p.aside-note"]).unwrap_or_default(),
        explain: true,
        ..Options::default()
    };
    let ex = html::extract(&h, None, &opts);
    let text: Vec<String> = ex.blocks.iter().map(Block::plain_text).collect();
    assert!(!text.join(" ").contains("A note that the reader"));
    assert!(ex
        .removed
        .iter()
        .any(|r| r.reason == "user-drop:p.aside-note"));
}

#[test]
fn keep_selector_is_never_pruned() {
    let h = page("");
    assert!(!text_with(&h, &Options::default()).contains("Blog menu entry"));
    let opts = Options {
        keep: Selectors::parse(&["nav.menu"]).unwrap_or_default(),
        ..Options::default()
    };
    let text = text_with(&h, &opts);
    assert!(text.contains("Blog menu entry"), "{text}");
    assert!(text.contains("running prose"));
}
