//! Parse every HTML page under the given folders twice, with unboil's
//! tokenizer and with html5ever's, and report the pages whose trees differ
//! (each page as it is, and, as the extractor parses it, without script and
//! style text, unread attributes and SVG content: what remains must be what
//! html5ever's whole tree shows of it). `.gz` pages are read directly.
//!
//!     cargo run --release --example tokenizer_agreement -- ../shared/eval/wcxb-dev/html

use std::io::Read;
use std::path::{Path, PathBuf};
use unboil::html::dom::{
    parse_document, parse_document_html5ever, parse_document_with, ParseOptions,
};
use unboil::html::tokenize::{read_outline, tree_outline};

fn pages(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            pages(&p, out);
        } else if p.to_string_lossy().contains(".htm") {
            out.push(p);
        }
    }
}

fn read(path: &Path) -> std::io::Result<String> {
    let raw = std::fs::read(path)?;
    let bytes = if path.extension().is_some_and(|x| x == "gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut out)?;
        out
    } else {
        raw
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

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

fn main() {
    let mut files = Vec::new();
    for dir in std::env::args().skip(1) {
        pages(Path::new(&dir), &mut files);
    }
    files.sort();
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
