//! unboil's HTML tokenizer against html5ever's: any input must give the
//! same tree through both (the outline compares every node), and the tree
//! parsed leaving out what nothing reads must show what html5ever's whole
//! tree shows of the page.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unboil::html::dom::{
    parse_document, parse_document_html5ever, parse_document_with, ParseOptions,
};
use unboil::html::tokenize::{read_outline, tree_outline};

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let reference_doc = parse_document_html5ever(&html);
    let ours = tree_outline(&parse_document(&html));
    let reference = tree_outline(&reference_doc);
    assert_eq!(ours, reference, "trees differ for {html:?}");
    let skim = ParseOptions {
        inert_text: true,
        unread: true,
        ..ParseOptions::EXACT
    };
    let skimmed = parse_document_with(&html, &skim).expect("no limits");
    assert_eq!(
        read_outline(&skimmed, true),
        read_outline(&reference_doc, true),
        "read trees differ for {html:?}"
    );
});
