//! Any bytes, read as a WARC/WET stream: the reader yields pages or an error
//! record and stops (no panic, no endless loop), and each page extracts
//! without a panic.
#![no_main]

use std::io::Cursor;
use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use unboil::input::warc::WarcPages;
use unboil::input::ReadStats;
use unboil::{Extractor, Options};

fuzz_target!(|data: &[u8]| {
    let stats = Arc::new(ReadStats::default());
    let pages = WarcPages::plain(
        Box::new(Cursor::new(data.to_vec())),
        "fuzz.warc".to_string(),
        1 << 20,
        stats,
    );
    let extractor = Extractor::new(Options::default());
    // Each page consumes input: no more pages than bytes (plus a final error).
    for page in pages.take(data.len() + 1) {
        let article = extractor.extract_page(&page);
        if let Some(error) = &article.error {
            assert_ne!(error.kind, "internal", "the extractor panicked");
        }
    }
});
