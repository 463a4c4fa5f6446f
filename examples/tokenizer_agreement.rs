//! Parse every HTML page under the given folders twice, with unboil's
//! tokenizer and with html5ever's, and report the pages whose trees differ
//! (each page as it is, and as the extractor parses it: script and style
//! content and unread attributes stripped). `.gz` pages are read directly.
//!
//!     cargo run --release --example tokenizer_agreement -- ../shared/eval/wcxb-dev/html

use std::io::Read;
use std::path::{Path, PathBuf};
use unboil::html::dom::{parse_document, parse_document_html5ever};
use unboil::html::tokenize::tree_outline;

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
        let stripped = unboil::limits::check_markup(&html, usize::MAX, usize::MAX, true)
            .map(|inert| inert.strip(&html).into_owned());
        let mut variants = vec![html.clone()];
        variants.extend(stripped.ok());
        for v in &variants {
            checked += 1;
            if !same_tree(v) {
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
