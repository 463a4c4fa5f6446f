//! HTML extractor: robustness on hostile input and the explain output.

use proptest::prelude::*;
use unboil::{html, Block, Options};

fn text_of(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(Block::plain_text)
        .collect::<Vec<_>>()
        .join("\n")
}

fn explain() -> Options {
    Options {
        explain: true,
        ..Options::default()
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let depth = 3_000;
    let mut s = String::from("<html><body>");
    for _ in 0..depth {
        s.push_str("<div><span>");
    }
    s.push_str(
        "Deep text that is long enough, with commas, to count as a paragraph of content here.",
    );
    for _ in 0..depth {
        s.push_str("</span></div>");
    }
    s.push_str("</body></html>");
    let ex = html::extract(&s, None, &Options::default());
    assert!(text_of(&ex.blocks).contains("Deep text"));
}

#[test]
fn large_flat_page_is_fast() {
    let mut s = String::from("<html><body><nav>");
    for i in 0..20_000 {
        s.push_str(&format!("<a href='/{i}'>Link {i}</a>"));
    }
    s.push_str("</nav><article>");
    for i in 0..20_000 {
        s.push_str(&format!(
            "<p>Paragraph {i} of the story, which goes on, and on, for a while longer.</p>"
        ));
    }
    s.push_str("</article></body></html>");
    let start = std::time::Instant::now();
    let ex = html::extract(&s, None, &Options::default());
    let took = start.elapsed();
    assert_eq!(ex.blocks.len(), 20_000);
    assert!(took.as_secs() < 20, "took {took:?}");
}

#[test]
fn explain_names_the_rules() {
    let page = "<html><head><title>Garden Diary</title></head><body>\
        <nav><a href='/'>Home</a><a href='/about'>About</a></nav>\
        <div class='content'><h1>Garden Diary</h1>\
        <p>The tomatoes ripened early this year, after a warm and dry June, and the basil grew faster than ever.</p>\
        <p>Next spring we will plant beans along the fence, where the soil stays moist for longer in the summer.</p>\
        <p><a href='/1'>Older posts</a> <a href='/2'>Newer posts</a> <a href='/3'>Archive</a></p>\
        <p>Advertisement</p></div>\
        <div class='share-buttons'><a href='#'>Share on Facebook</a></div></body></html>";
    let ex = html::extract(page, None, &explain());
    let reasons: Vec<&str> = ex.removed.iter().map(|r| r.reason.as_str()).collect();
    assert!(reasons.contains(&"tag:nav"), "{reasons:?}");
    assert!(
        reasons.contains(&"duplicate-title (repeats the page title)"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"boilerplate-class:share (class/id \"share-buttons\")"),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("link-density 1.00 > 0.60")),
        "{reasons:?}"
    );
    assert!(reasons.contains(&"boilerplate-line:ad"), "{reasons:?}");
    let text = text_of(&ex.blocks);
    assert!(text.contains("tomatoes ripened"));
    assert!(!text.contains("Older posts"));
}

#[test]
fn explain_off_records_nothing() {
    let page = "<html><body><nav>Menu</nav><p>Body text that is long enough, with a comma, to be kept as content.</p></body></html>";
    let ex = html::extract(page, None, &Options::default());
    assert!(ex.removed.is_empty());
}

#[test]
fn empty_and_odd_inputs() {
    for s in [
        "",
        " ",
        "<",
        "<html>",
        "<body></body>",
        "plain text only",
        "<p>short</p>",
        "\u{0}\u{feff}<div>",
    ] {
        let _ = html::extract(s, None, &explain());
    }
}

#[test]
fn code_keeps_whitespace_and_headings_keep_levels() {
    let page = "<html><body><main>\
        <p>Intro paragraph that explains the example below, with enough words to count as prose.</p>\
        <h3>Example</h3><pre>fn main() {\n    println!(\"hi\");\n}</pre></main></body></html>";
    let ex = html::extract(page, None, &Options::default());
    assert!(ex.blocks.contains(&Block::Heading {
        level: 3,
        text: "Example".to_string()
    }));
    assert!(ex.blocks.contains(&Block::Code {
        text: "fn main() {\n    println!(\"hi\");\n}".to_string()
    }));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn never_panics_on_tag_soup(parts in proptest::collection::vec(
        prop_oneof![
            Just("<div>".to_string()), Just("</div>".to_string()), Just("<p>".to_string()),
            Just("<ul><li>".to_string()), Just("<table><tr><td>".to_string()), Just("<br>".to_string()),
            Just("<a href=x>".to_string()), Just("</a>".to_string()), Just("<pre>".to_string()),
            Just("<nav class='menu'>".to_string()), Just("<h2>".to_string()), Just("<noscript>".to_string()),
            "[a-zA-Z ,.\u{4e00}-\u{4e10}]{0,40}",
        ], 0..60)) {
        let s = parts.concat();
        let _ = html::extract(&s, None, &Options { explain: true, ..Options::default() });
    }
}
