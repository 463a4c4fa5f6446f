//! Charset fixtures: each page in `fixtures/charset/` is decoded with the
//! expected encoding and yields the expected text.

use std::path::Path;

use unboil::input::charset::decode;
use unboil::{Extractor, Options, Source};

fn read(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/charset")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Decode a fixture and check the encoding and a phrase of its article.
fn check(name: &str, encoding: &str, phrase: &str) {
    let bytes = read(name);
    let decoded = decode(&bytes, None);
    assert_eq!(decoded.encoding, encoding, "{name}: encoding");
    assert!(
        decoded.text.contains(phrase),
        "{name}: decoded text lacks {phrase:?}:\n{}",
        decoded.text
    );
    // The same through the whole pipeline: the record's text has the phrase.
    let record = Extractor::new(Options::default()).extract(&bytes, Source::default());
    assert_eq!(record.source.encoding.as_deref(), Some(encoding), "{name}");
    assert!(
        record.text.contains(phrase),
        "{name}: record text lacks {phrase:?}: {}",
        record.text
    );
}

#[test]
fn windows_1252_with_euro_and_curly_quotes() {
    check(
        "windows-1252.html",
        "windows-1252",
        "costs €42.50, up from €39.90 last year. “We didn’t expect it,” said one shopper — a café owner",
    );
}

#[test]
fn shift_jis_declared_in_http_equiv() {
    check(
        "shift_jis.html",
        "Shift_JIS",
        "東京都内では今週、桜が満開を迎えました。",
    );
}

#[test]
fn gbk_declared_in_meta_charset() {
    check(
        "gbk.html",
        "GBK",
        "北京市气象台发布消息称，今年首场降雪将于周末到来。",
    );
}

#[test]
fn koi8_r_declared_in_http_equiv() {
    check(
        "koi8-r.html",
        "KOI8-R",
        "В понедельник в Москве выпал первый снег.",
    );
}

#[test]
fn utf_16le_with_bom() {
    check(
        "utf-16le-bom.html",
        "UTF-16LE",
        "Die Straßenbahn fährt wieder: Nach drei Wochen Bauarbeiten",
    );
}

#[test]
fn utf_16be_with_bom() {
    check(
        "utf-16be-bom.html",
        "UTF-16BE",
        "Les musiciens ont envahi les rues de Québec pour la fête annuelle. « C’est magnifique »",
    );
}

#[test]
fn meta_claiming_latin1_on_utf8_bytes_is_overruled() {
    check(
        "lying-meta.html",
        "UTF-8",
        "Según los científicos, este año fue el más cálido jamás registrado en España.",
    );
}

#[test]
fn undeclared_windows_1252_is_detected() {
    check(
        "undeclared-windows-1252.html",
        "windows-1252",
        "la sécheresse de l’été a réduit la récolte, mais la qualité du raisin reste élevée. « Nous n’avons jamais vu ça »",
    );
}

#[test]
fn undeclared_shift_jis_is_detected() {
    check(
        "undeclared-shift_jis.html",
        "Shift_JIS",
        "大阪市で新しい科学博物館が開館しました。",
    );
}
