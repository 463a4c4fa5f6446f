//! unboil's HTML tokenizer against html5ever's: any input must give the
//! same tree through both (the outline compares every node).
#![no_main]

use libfuzzer_sys::fuzz_target;
use unboil::html::dom::{parse_document, parse_document_html5ever};
use unboil::html::tokenize::tree_outline;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let ours = tree_outline(&parse_document(&html));
    let reference = tree_outline(&parse_document_html5ever(&html));
    assert_eq!(ours, reference, "trees differ for {html:?}");
});
