//! unboil's HTML tokenizer against html5ever's: for every input, the tree
//! built from its tokens must be the tree html5ever's own tokenizer gives
//! (same nodes, names, namespaces, attributes, text, comments, doctype and
//! quirks mode).

use proptest::prelude::*;
use std::path::Path;
use unboil::html::dom::{parse_document, parse_document_html5ever};
use unboil::html::tokenize::{read_outline, tree_outline};

fn assert_same_tree(html: &str) {
    let ours = tree_outline(&parse_document(html));
    let reference = tree_outline(&parse_document_html5ever(html));
    if ours != reference {
        let diff = similar::TextDiff::from_lines(&reference, &ours);
        panic!(
            "trees differ for {html:?}\n{}",
            diff.unified_diff().header("html5ever", "unboil")
        );
    }
}

fn html_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            html_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "html" || x == "htm") {
            out.push(p);
        }
    }
}

#[test]
fn every_fixture_page_builds_the_same_tree() {
    let mut files = Vec::new();
    html_files(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures")
            .as_path(),
        &mut files,
    );
    assert!(files.len() > 50, "fixtures not found");
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        assert_same_tree(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn tricky_markup_builds_the_same_tree() {
    for html in [
        "",
        "<",
        "</",
        "</>",
        "<!",
        "<!-",
        "<!--",
        "<!-->x",
        "<!--->x",
        "<!---->x",
        "<!-- a --!> b",
        "<!-- a --!-- b -->c",
        "<!-- a ---> b",
        // "<!--->" in a script leaves the escaped state at once.
        "<script><!---><script></script>\"",
        "<script><!----><script></script>x",
        "<!DOCTYPE html>",
        "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">x",
        "<!DOCTYPE html PUBLIC '-//W3O//DTD W3 HTML Strict 3.0//EN//'><p>x<table><p>y",
        "<!DOCTYPE html SYSTEM \"about:legacy-compat\" junk><p>",
        "<!DOCTYPE html PUBLIC>",
        "<!DOCTYPE html PUBLIC \"x",
        "<!DOCTYPEhtml>",
        "<!DOCTYPE>",
        "<?xml version=\"1.0\"?><p>x",
        "<p>a &amp; b &amp c &notit; &notin; &noti &#65; &#x41 &#x; &#; &#0; &#x80; &#xD800; &#x110000; &#99999999999; &",
        "<a href=\"?a=1&copy=2&amp;b=3&copy;&lt\" title=&quot;x&quot;>y</a>",
        "<a title='&notit'>&ampx</a>",
        "<div class=a class=b ID=c =d e= f=>x</div>",
        "<div \"a\"=1 'b'=2 <c=3>x</div>",
        "<br/><img src=x /><p/>y</p >",
        "<p>x</p foo=bar><p>y",
        "<title>a &amp; <b> </titlex> </TITLE>z",
        "<textarea>\nline</textarea><pre>\n\nx</pre><pre>&amp;\ny</pre>",
        "<style>p { a: '</p>' }</STYLE ></style>",
        "<script>var a = '<!--<script>x</script>-->'; </script><p>after",
        "<script><!--<script></script></script>still</script>after",
        "<script><!-- a --></script>b",
        "<script><!--></script>b",
        "<script><!---></script>b",
        "<script>x</scriptx></script/>y",
        "<svg><![CDATA[a<b]]><title>t</title><foreignObject><p>x</p></foreignObject></svg>",
        "<p><![CDATA[x]]></p>",
        "<math><mi>x</mi><annotation-xml encoding=\"text/html\"><p>y</p></annotation-xml></math>",
        "<table><tr><td>a</td>b<td>c</table> d",
        "<table> \n <tr>x\n<td>y</td></tr></table>",
        "<select><option>a<option>b</select>",
        "<noscript><p>js off</p></noscript>",
        "<plaintext><p>everything </plaintext> is text",
        "<xmp><b>x</b></xmp><iframe><p></iframe><noembed>a</noembed>",
        "a\0b<p\0>c</p\0><a b\0=\"\0\">",
        "a\r\nb\rc\r\n\r\n<p>\r</p>",
        "<a href=x>unclosed",
        "<div class=\"unterminated",
        "<div class=unq",
        "<div a",
        "<div a=",
        "<div a =  >x",
        "<ul><li>a<li>b</ul><dl><dt>x<dd>y</dl>",
        "<frameset><frame></frameset>",
        "<body><p>é ü 中文 😀 &eacute;&#233;</p>",
        "<head><meta charset=utf-8><title>x</title></head><body>y",
        "<html lang=fr><body><h1>T</h1></body></html><!-- after -->",
        "\u{FEFF}<!DOCTYPE html><p>after a byte-order mark",
    ] {
        assert_same_tree(html);
    }
    // Many attributes, with repeats before and after the sixteenth (where
    // the duplicate check changes method): the first of each name wins.
    let attrs: String = (0..60).map(|i| format!(" a{}=v{i}", i % 23)).collect();
    assert_same_tree(&format!("<div{attrs}>x</div><p{attrs} class=c CLASS=d>"));
}

/// Pieces of markup that reach the tokenizer's states and their edges.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<".to_string()),
        Just(">".to_string()),
        Just("</".to_string()),
        Just("/".to_string()),
        Just("<!".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("--!>".to_string()),
        Just("-".to_string()),
        Just("<?".to_string()),
        Just("<!DOCTYPE html>".to_string()),
        Just("<!doctype x public \"p\" 's'>".to_string()),
        Just("<![CDATA[".to_string()),
        Just("]]>".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<!--<script>".to_string()),
        Just("<style>".to_string()),
        Just("</style>".to_string()),
        Just("<title>".to_string()),
        Just("</title>".to_string()),
        Just("<textarea>".to_string()),
        Just("<pre>".to_string()),
        Just("<plaintext>".to_string()),
        Just("<svg>".to_string()),
        Just("</svg>".to_string()),
        Just("<math>".to_string()),
        Just("<table>".to_string()),
        Just("<tr>".to_string()),
        Just("<td>".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"a b\" id=x>".to_string()),
        Just("<a href='u&amp;v'>".to_string()),
        Just("</a>".to_string()),
        Just("<b>".to_string()),
        Just("<noscript>".to_string()),
        Just("<select>".to_string()),
        Just("<option>".to_string()),
        Just("&amp;".to_string()),
        Just("&amp".to_string()),
        Just("&notin".to_string()),
        Just("&#x41;".to_string()),
        Just("&#65".to_string()),
        Just("&#".to_string()),
        Just("&copy=".to_string()),
        Just("&".to_string()),
        Just("=".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\0".to_string()),
        Just("x".to_string()),
        Just("A".to_string()),
        Just("é".to_string()),
        "[a-zA-Z0-9 ]{1,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn generated_markup_builds_the_same_tree(pieces in proptest::collection::vec(piece(), 0..40)) {
        assert_same_tree(&pieces.concat());
    }

    #[test]
    fn any_text_builds_the_same_tree(s in "\\PC{0,200}") {
        assert_same_tree(&s);
    }
}

/// One tag with 100,000 attributes (they reach the parser when user
/// selectors keep every attribute): the duplicate check must not be
/// quadratic (it took 25 s in a release build before, 0.1 s after).
#[test]
fn a_tag_with_very_many_attributes_parses_in_bounded_time() {
    let attrs: String = (0..100_000).map(|i| format!(" a{i}=x")).collect();
    let html = format!("<div{attrs} a5=dup>y</div>");
    let t = std::time::Instant::now();
    let doc = parse_document(&html);
    assert!(
        t.elapsed() < std::time::Duration::from_secs(60),
        "took {:?}",
        t.elapsed()
    );
    let div = doc
        .tree
        .nodes()
        .find_map(|n| match n.value() {
            scraper::Node::Element(e) if &*e.name.local == "div" => Some(e),
            _ => None,
        })
        .expect("the div");
    assert_eq!(div.attrs.len(), 100_000);
}

// --- What the tokenizer leaves out (`ParseOptions`) and the limits it enforces.

use unboil::html::dom::{parse_document_with, ParseOptions};

const SKIM: ParseOptions = ParseOptions {
    inert_text: true,
    unread: true,
    max_nodes: 1_000_000,
    max_depth: 10_000,
};

fn skimmed_outline(page: &str, opts: &ParseOptions) -> String {
    let doc = parse_document_with(page, opts).expect("within limits");
    tree_outline(&doc)
}

/// Parsing `page` while leaving out what nothing reads builds the tree of
/// `expected` (the page as if written without it).
fn assert_skims_to(page: &str, unread: bool, expected: &str) {
    let opts = ParseOptions { unread, ..SKIM };
    let got = skimmed_outline(page, &opts);
    let want = tree_outline(&parse_document(expected));
    assert_eq!(got, want, "{page:?} should parse as {expected:?}");
}

#[test]
fn script_and_style_text_is_left_out() {
    assert_skims_to(
        "<title>On <script> tags</title><style>p{}</style><script>if (a<b) {}</script>",
        false,
        "<title>On <script> tags</title><style></style><script></script>",
    );
    // JSON-LD (its type may be written with entities) is read, so kept.
    for page in [
        "<script type=\"application/ld+json\">{\"@type\":\"Article\"}</script>",
        "<script type=\"application/ld&#x2B;json\">{}</script>",
        "<script type=application/json>{}</script>",
    ] {
        assert_skims_to(page, false, page);
    }
    // An unclosed script keeps its text; escaped scripts hide an end tag.
    assert_skims_to("<script>never closed", false, "<script>never closed");
    assert_skims_to(
        "<script><!-- <script>a</script> --></script><p>b</p>",
        false,
        "<script></script><p>b</p>",
    );
    assert_skims_to(
        "<script>a</scripts>b</script ><p>c",
        false,
        "<script></script><p>c",
    );
    // Markup that only looks like a script stays.
    assert_skims_to(
        "<!-- <script>hidden</script> --><p title=\"<script>\">kept</p>",
        false,
        "<!-- <script>hidden</script> --><p title=\"<script>\">kept</p>",
    );
}

#[test]
fn unread_attributes_are_left_out() {
    assert_skims_to(
        "<div class=\"a\" data-x=\"1>2\" ID=b srcset=c>t</div>",
        true,
        "<div class=\"a\" ID=b>t</div>",
    );
    assert_skims_to("<img src=\"a\" loading lazy/>", true, "<img/>");
    assert_skims_to("<p a=>x<p a=x/>y", true, "<p>x<p>y");
    // Attributes the parser reads stay, whatever their case.
    assert_skims_to(
        "<meta CHARSET=utf-8><input type=hidden>",
        true,
        "<meta CHARSET=utf-8><input type=hidden>",
    );
    // Without `unread` every attribute stays.
    let page = "<div data-x=1 srcset=c>t</div>";
    assert_skims_to(page, false, page);
}

#[test]
fn cleanly_closed_svg_content_is_left_out() {
    assert_skims_to(
        "<h1><svg viewBox=\"0 0 9 9\"><title>Logo</title><g><path d=\"M0\"/></g></svg>Name</h1>",
        true,
        "<h1><svg></svg>Name</h1>",
    );
    // A cell tag inside an SVG is an SVG element, which closes no cell.
    assert_skims_to(
        "<table><tr><td><svg><td>x</td></svg>y",
        true,
        "<table><tr><td><svg></svg>y",
    );
    // Markup the parser reads by HTML's rules inside an SVG (an element that
    // breaks out, an end tag closing an HTML element, an element inside an
    // SVG title) keeps the SVG as it is; so does an SVG inside MathML.
    for page in [
        "<svg><g><p>x</p></g></svg>",
        "<div><svg><g></div></svg>",
        "<svg><title>a<b>c</b></title></svg>",
        "<svg><title><foo></title></svg><p>after",
        "<svg><title><textarea>a</svg>b</textarea></title></svg>",
        "<math><mi><svg><g>x</g></svg></mi></math>",
        "<svg><g>never closed",
    ] {
        assert_skims_to(page, true, page);
    }
}

#[test]
fn every_fixture_page_keeps_its_read_tree() {
    let mut files = Vec::new();
    html_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        &mut files,
    );
    assert!(files.len() > 10, "fixture pages found: {}", files.len());
    for f in files {
        let page =
            String::from_utf8_lossy(&std::fs::read(&f).expect("readable fixture")).into_owned();
        let whole = parse_document_html5ever(&page);
        for unread in [false, true] {
            let opts = ParseOptions { unread, ..SKIM };
            let skimmed = parse_document_with(&page, &opts).expect("within limits");
            assert_eq!(
                read_outline(&skimmed, unread),
                read_outline(&whole, unread),
                "{} (unread attributes left out: {unread})",
                f.display()
            );
        }
    }
}

fn limit_error(page: &str, max_nodes: usize, max_depth: usize) -> Option<unboil::Error> {
    let opts = ParseOptions {
        max_nodes,
        max_depth,
        ..SKIM
    };
    parse_document_with(page, &opts).err()
}

#[test]
fn ordinary_markup_is_shallow() {
    let page = "<html><body><ul><li>a<li>b<li>c</ul><p>one<p>two<div>x</div>\
                <table><tr><td>1<td>2<tr><td>3</table><img src=x><br/></body></html>";
    assert!(limit_error(page, 100, 6).is_none());
    let many_p: String = "<p>para".repeat(10_000);
    assert!(limit_error(&many_p, 1_000_000, 5).is_none());
    // Unclosed links and headings close the one before (the adoption
    // agency; a heading popping a heading), as the tree shows.
    for sloppy in ["<a href=x>link ", "<h1>x<h2>y", "<a href=x><b>x</b> "] {
        let page = format!("<body>{}", sloppy.repeat(10_000));
        assert!(limit_error(&page, 1_000_000, 8).is_none(), "{sloppy}");
        assert!(
            tree_depth(&parse_document_html5ever(&page)) <= 8,
            "{sloppy}"
        );
    }
    // An `<a>` inside a cell leaves the one outside the table open.
    let cells = "<a href=x><table><tr><td><a href=y>".repeat(2_000);
    assert!(matches!(
        limit_error(&cells, 1_000_000, 500),
        Some(unboil::Error::TooDeep { .. })
    ));
    assert!(tree_depth(&parse_document_html5ever(&cells)) > 500);
}

// The depth of the deepest element of a parsed document.
fn tree_depth(doc: &scraper::Html) -> usize {
    doc.tree
        .root()
        .descendants()
        .map(|n| n.ancestors().count())
        .max()
        .unwrap_or(0)
}

#[test]
fn deep_and_large_markup_is_refused() {
    let deep = "<div>".repeat(1000);
    assert!(matches!(
        limit_error(&deep, 1_000_000, 500),
        Some(unboil::Error::TooDeep { .. })
    ));
    let many = "<span></span>".repeat(1000);
    assert!(matches!(
        limit_error(&many, 999, 500),
        Some(unboil::Error::TooManyNodes { .. })
    ));
    // Elements inside a left-out SVG count too.
    let icons = format!("<svg>{}</svg>", "<path/>".repeat(1000));
    assert!(matches!(
        limit_error(&icons, 999, 500),
        Some(unboil::Error::TooManyNodes { .. })
    ));
    // Tags inside scripts and comments are not elements.
    let hidden = format!(
        "<script>{}</script><!-- {} -->",
        "<div>".repeat(1000),
        "<div>".repeat(1000)
    );
    assert!(limit_error(&hidden, 10, 5).is_none());
}
