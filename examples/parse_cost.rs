//! What the HTML parse costs beside the whole extraction, page by page on
//! one thread: unboil's parse as the extractor runs it (its tokenizer,
//! leaving out what nothing reads, into html5ever's tree builder), the parse
//! of the whole page by unboil's tokenizer (nothing left out) and by
//! html5ever's own tokenizer (the stock parse), and the whole extraction of
//! the page into its record. Each page is decoded once beforehand (as UTF-8,
//! lossy), and the four are timed in turn on it, so the machine's drift
//! touches them alike. Pin it to one core for figures (`taskset -c 0`).
//! `.gz` pages are read directly.

#[path = "common/pages.rs"]
mod pages;

use std::time::{Duration, Instant};
use unboil::html::dom::{parse_document_html5ever, parse_document_with, ParseOptions};
use unboil::{Extractor, Options, Source};

fn timed<T>(total: &mut Duration, run: impl FnOnce() -> T) -> T {
    let t0 = Instant::now();
    let out = run();
    *total += t0.elapsed();
    out
}

use pages::{html_pages, read};

fn main() {
    let files = html_pages(std::env::args().skip(1));
    // The extractor's parse without user selectors (see Extractor::stage).
    let skim = ParseOptions {
        inert_text: true,
        unread: true,
        ..ParseOptions::EXACT
    };
    let extractor = Extractor::new(Options::default());
    let (mut ours, mut exact, mut stock, mut whole): (Duration, Duration, Duration, Duration) =
        Default::default();
    let (mut count, mut bytes) = (0usize, 0usize);
    for f in &files {
        let Ok(html) = read(f) else {
            eprintln!("{}: unreadable", f.display());
            continue;
        };
        count += 1;
        bytes += html.len();
        // Each tree is freed inside its timing: freeing is part of a parse.
        timed(&mut ours, || drop(parse_document_with(&html, &skim)));
        timed(&mut exact, || {
            drop(parse_document_with(&html, &ParseOptions::EXACT))
        });
        timed(&mut stock, || drop(parse_document_html5ever(&html)));
        let source = Source::default();
        timed(&mut whole, || drop(extractor.extract_str(&html, source)));
    }
    let s = |d: Duration| d.as_secs_f64();
    println!("{count} pages, {:.1} MB", bytes as f64 / 1e6);
    println!(
        "unboil's parse (as the extractor runs it): {:.3} s",
        s(ours)
    );
    println!("unboil's parse of the whole page: {:.3} s", s(exact));
    println!("html5ever's stock parse (whole page): {:.3} s", s(stock));
    println!("whole extraction (parse included): {:.3} s", s(whole));
    println!(
        "the parse {:.1}% of the whole extraction; beyond it: {:.3} s = {:.2}x unboil's parse, {:.2}x the stock parse",
        100.0 * s(ours) / s(whole),
        s(whole) - s(ours),
        (s(whole) - s(ours)) / s(ours),
        (s(whole) - s(ours)) / s(stock)
    );
}
