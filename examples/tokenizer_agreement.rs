//! Parse every HTML page under the given folders twice, with unboil's
//! tokenizer and with html5ever's, and report the pages whose trees differ
//! (each page as it is, and, as the extractor parses it, without script and
//! style text, unread attributes and SVG content: what remains must be what
//! html5ever's whole tree shows of it). `.gz` pages are read directly.
//!
//!     cargo run --release --example tokenizer_agreement -- ../shared/eval/wcxb-dev/html

#[path = "common/pages.rs"]
mod pages;

use unboil::html::dom::{
    parse_document, parse_document_html5ever, parse_document_with, ParseOptions,
};
use unboil::html::tokenize::{read_outline, tree_outline};

fn same_tree(html: &str) -> bool {
    tree_outline(&parse_document(html)) == tree_outline(&parse_document_html5ever(html))
}

// The tree parsed leaving out what nothing reads, as the extractor parses
// pages, shows what html5ever's whole tree shows of the page.
fn same_read_tree(html: &str) -> bool {
    let skim = ParseOptions {
        inert_text: true,
        unread: true,
        ..ParseOptions::EXACT
    };
    parse_document_with(html, &skim).is_ok_and(|doc| {
        read_outline(&doc, true) == read_outline(&parse_document_html5ever(html), true)
    })
}

use pages::{html_pages, read};

fn main() {
    let files = html_pages(std::env::args().skip(1));
    let (mut checked, mut differ) = (0, 0);
    for f in &files {
        let html = match read(f) {
            Ok(h) => h,
            Err(e) => {
                eprintln!("{}: {e}", f.display());
                continue;
            }
        };
        for v in [same_tree(&html), same_read_tree(&html)] {
            checked += 1;
            if !v {
                differ += 1;
                println!("differs: {}", f.display());
            }
        }
    }
    println!(
        "{differ} of {checked} parses differ ({} pages)",
        files.len()
    );
    if differ > 0 {
        std::process::exit(1);
    }
}
