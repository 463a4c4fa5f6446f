//! Any bytes, read as HTML, as text or sniffed: the extractor must not panic
//! (a caught panic is an `internal` error record), every string it writes is
//! NFC, and the same bytes give the same record.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unboil::{Extractor, InputKind, Options, Source, Status};
use unicode_normalization::is_nfc;

fuzz_target!(|data: &[u8]| {
    // The first byte picks how the rest is read.
    let Some((&mode, bytes)) = data.split_first() else {
        return;
    };
    let input = match mode % 3 {
        0 => InputKind::Auto,
        1 => InputKind::Html,
        _ => InputKind::Text,
    };
    let options = Options {
        input,
        explain: mode & 0x80 != 0,
        // Small limits, so the fuzzer also reaches the limit paths.
        max_nodes: 20_000,
        max_depth: 500,
        ..Options::default()
    };
    let extractor = Extractor::new(options);
    let source = Source {
        url: Some("https://example.com/page".to_string()),
        ..Source::default()
    };
    let article = extractor.extract(bytes, source.clone());
    if let Some(error) = &article.error {
        assert_ne!(error.kind, "internal", "the extractor panicked");
    }
    let json = serde_json::to_string(&article).expect("a record serializes");
    assert!(is_nfc(&json), "record text is not NFC");
    if article.status != Status::Error {
        let again = serde_json::to_string(&extractor.extract(bytes, source)).expect("serializes");
        assert_eq!(json, again, "same bytes, different record");
    }
});
