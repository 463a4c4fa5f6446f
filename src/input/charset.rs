//! Charset decoding: BOM > transport hint (HTTP/WARC header) > `<meta>` >
//! UTF-8 validity > chardetng detection > windows-1252.
//!
//! A declared legacy charset (header or `<meta>`) on bytes that are valid,
//! non-ASCII UTF-8 is a lie — editors and servers rewrite bytes, not labels —
//! and UTF-8 wins. Bytes that are UTF-8 except for a few broken sequences
//! (a truncated download, one pasted Latin-1 character) stay UTF-8 rather
//! than turning the whole page into mojibake.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// A document decoded to text: borrowed from the bytes when they are UTF-8
/// already (most pages), so nothing is copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// WHATWG name of the encoding used, e.g. `UTF-8`, `Shift_JIS`.
    pub encoding: &'static str,
}

/// Decode raw bytes. `hint` is a charset label from the transport (HTTP
/// `Content-Type` or a WARC header), which outranks the document's own `<meta>`.
pub fn decode<'a>(bytes: &'a [u8], hint: Option<&str>) -> Decoded<'a> {
    let encoding = detect_encoding(bytes, hint);
    let (text, used, _had_errors) = encoding.decode(bytes);
    Decoded {
        text,
        encoding: used.name(),
    }
}

/// Pick the encoding for `bytes` following the cascade in the module doc.
pub fn detect_encoding(bytes: &[u8], hint: Option<&str>) -> &'static Encoding {
    // A byte-order mark is the strongest signal there is.
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    let declared = hint
        .and_then(label_encoding)
        .or_else(|| meta_charset(bytes));
    if let Some(enc) = declared {
        if enc != UTF_8 && is_non_ascii_utf8(bytes) {
            return UTF_8;
        }
        return enc;
    }
    if is_mostly_utf8(bytes) {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    if guess == UTF_8 {
        // Only valid UTF-8 is guessed as UTF-8, and that case returned above.
        return WINDOWS_1252;
    }
    guess
}

/// The encoding for a charset label from a header: quotes and spaces
/// trimmed, UTF-16 and `replacement` mapped as HTML does.
fn label_encoding(label: &str) -> Option<&'static Encoding> {
    let l = label.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    Encoding::for_label(l.as_bytes()).map(html_usable)
}

/// Valid UTF-8 with at least one non-ASCII byte: such bytes are UTF-8
/// whatever a label says (a legacy encoding almost never yields valid UTF-8
/// by chance).
fn is_non_ascii_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// Valid UTF-8, or UTF-8 with a few broken sequences among many good
/// multi-byte ones (at most one bad per 20 good), or cut mid-character at
/// the end.
fn is_mostly_utf8(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    let mut bad = 0usize;
    let mut good_multibyte = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            // Valid throughout: nothing to weigh.
            Ok(_) if bad == 0 => return true,
            Ok(s) => {
                good_multibyte += count_multibyte(s);
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                if let Some(s) = rest.get(..valid).and_then(|v| std::str::from_utf8(v).ok()) {
                    good_multibyte += count_multibyte(s);
                }
                match e.error_len() {
                    // Truncated at the very end: not an error of the page.
                    None => break,
                    Some(n) => {
                        bad += 1;
                        if bad > 64 && bad * 20 > good_multibyte {
                            return false;
                        }
                        rest = rest.get(valid + n..).unwrap_or(&[]);
                    }
                }
            }
        }
    }
    bad == 0 || (good_multibyte >= 20 && bad * 20 <= good_multibyte)
}

fn count_multibyte(s: &str) -> usize {
    s.bytes().filter(|b| b & 0xC0 == 0xC0).count()
}

/// UTF-16 labels in a document or header mean UTF-8 in HTML (the bytes of an
/// ASCII-compatible `<meta>` can't be UTF-16); a BOM handles real UTF-16.
/// `x-user-defined` is treated as windows-1252, as the HTML prescan does.
fn html_usable(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else if enc == encoding_rs::REPLACEMENT || enc == encoding_rs::X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    }
}

/// Find a `<meta charset>` or `<meta http-equiv=content-type content=...;
/// charset=...>` in the first 4 KB, skipping comments (a simplified form of
/// the HTML prescan; attributes in any order and quoting).
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut pos = 0;
    while pos < lower.len() {
        let rest = lower.get(pos..).unwrap_or(&[]);
        let Some(lt) = rest.iter().position(|&b| b == b'<') else {
            break;
        };
        let start = pos + lt;
        let at = lower.get(start..).unwrap_or(&[]);
        if at.starts_with(b"<!--") {
            // A commented-out <meta> declares nothing.
            pos = match find(at.get(4..).unwrap_or(&[]), b"-->") {
                Some(e) => start + 4 + e + 3,
                None => break,
            };
            continue;
        }
        let is_meta = at.starts_with(b"<meta")
            && at
                .get(5)
                .is_some_and(|&b| b.is_ascii_whitespace() || b == b'/');
        let end = tag_end(&lower, start);
        if is_meta {
            let tag = lower.get(start + 5..end).unwrap_or(&[]);
            if let Some(enc) = charset_of_meta(tag) {
                return Some(enc);
            }
        }
        pos = end.max(start + 1);
    }
    None
}

/// Index of the `>` closing the tag opened at `start` (quotes respected), or
/// the end of the buffer.
fn tag_end(s: &[u8], start: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (i, &b) in s.iter().enumerate().skip(start + 1) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return i,
            None => {}
        }
    }
    s.len()
}

/// The attributes of a lower-cased tag body as (name, value) pairs.
fn attributes(tag: &[u8]) -> Vec<(&[u8], &[u8])> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = tag.len();
    let at = |i: usize| tag.get(i).copied().unwrap_or(b'>');
    while i < n {
        while i < n && (at(i).is_ascii_whitespace() || at(i) == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < n && !at(i).is_ascii_whitespace() && !matches!(at(i), b'=' | b'/' | b'>') {
            i += 1;
        }
        let name = tag.get(name_start..i).unwrap_or(&[]);
        while i < n && at(i).is_ascii_whitespace() {
            i += 1;
        }
        let mut value: &[u8] = &[];
        if at(i) == b'=' {
            i += 1;
            while i < n && at(i).is_ascii_whitespace() {
                i += 1;
            }
            let q = at(i);
            if q == b'"' || q == b'\'' {
                let vs = i + 1;
                let ve = tag
                    .get(vs..)
                    .and_then(|r| r.iter().position(|&b| b == q))
                    .map_or(n, |p| vs + p);
                value = tag.get(vs..ve).unwrap_or(&[]);
                i = ve + 1;
            } else {
                let vs = i;
                while i < n && !at(i).is_ascii_whitespace() && at(i) != b'>' {
                    i += 1;
                }
                value = tag.get(vs..i).unwrap_or(&[]);
            }
        }
        if name.is_empty() {
            i += 1;
            continue;
        }
        out.push((name, value));
    }
    out
}

/// The charset a `<meta>` declares: its `charset` attribute, or, with
/// `http-equiv=content-type`, the `charset=` inside `content`.
fn charset_of_meta(tag: &[u8]) -> Option<&'static Encoding> {
    let attrs = attributes(tag);
    let get = |k: &[u8]| attrs.iter().find(|(n, _)| *n == k).map(|(_, v)| *v);
    if let Some(label) = get(b"charset") {
        let label = trim(label);
        if let Some(enc) = Encoding::for_label(label) {
            return Some(html_usable(enc));
        }
    }
    let is_content_type = get(b"http-equiv").is_some_and(|v| trim(v) == b"content-type");
    if is_content_type {
        let content = get(b"content")?;
        let label = charset_in_content(content)?;
        return Encoding::for_label(label).map(html_usable);
    }
    None
}

/// The label after `charset=` in a content-type value
/// (`text/html; charset="koi8-r"`).
fn charset_in_content(content: &[u8]) -> Option<&[u8]> {
    let at = find(content, b"charset")?;
    let rest = trim_start(content.get(at + b"charset".len()..)?);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let (rest, quoted) = match rest.first() {
        Some(&q @ (b'"' | b'\'')) => (rest.get(1..)?, Some(q)),
        _ => (rest, None),
    };
    let len = rest
        .iter()
        .position(|&b| match quoted {
            Some(q) => b == q,
            None => b == b';' || b.is_ascii_whitespace(),
        })
        .unwrap_or(rest.len());
    let label = rest.get(..len)?;
    (!label.is_empty()).then_some(label)
}

fn trim(s: &[u8]) -> &[u8] {
    let s = trim_start(s);
    let n = s
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    s.get(..s.len() - n).unwrap_or(s)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    s.get(n..).unwrap_or(&[])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_forms() {
        let a = br#"<html><head><meta charset="shift_jis"></head>"#;
        assert_eq!(meta_charset(a), Some(encoding_rs::SHIFT_JIS));
        let b = br#"<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">"#;
        assert_eq!(meta_charset(b), Some(encoding_rs::KOI8_R));
        let c = br#"<meta content='text/html;charset=gbk' http-equiv=content-type>"#;
        assert_eq!(meta_charset(c), Some(encoding_rs::GBK));
        let d = br#"<META HTTP-EQUIV="content-type" CONTENT='text/html; charset="iso-8859-2"'>"#;
        assert_eq!(meta_charset(d), Some(encoding_rs::ISO_8859_2));
        assert_eq!(meta_charset(b"<meta name=x content=y>"), None);
    }

    #[test]
    fn meta_prescan_ignores_comments_and_other_metas() {
        let a = br#"<!-- <meta charset="koi8-r"> --><meta charset="gbk">"#;
        assert_eq!(meta_charset(a), Some(encoding_rs::GBK));
        // "charset=" in a description is no declaration.
        let b = br#"<meta name="description" content="how charset=koi8-r works">"#;
        assert_eq!(meta_charset(b), None);
        // content= charset only counts with http-equiv=content-type.
        let c = br#"<meta name="x" content="text/html; charset=koi8-r"><meta charset=utf-8>"#;
        assert_eq!(meta_charset(c), Some(UTF_8));
        // A '>' inside a quoted attribute does not end the tag.
        let d = br#"<meta name="a>b" charset="windows-1251">"#;
        assert_eq!(meta_charset(d), Some(encoding_rs::WINDOWS_1251));
        // <metadata> is not <meta>.
        assert_eq!(meta_charset(br#"<metadata charset="gbk">"#), None);
        // UTF-16 in a meta means UTF-8; x-user-defined means windows-1252.
        assert_eq!(meta_charset(br#"<meta charset="utf-16le">"#), Some(UTF_8));
        assert_eq!(
            meta_charset(br#"<meta charset="x-user-defined">"#),
            Some(WINDOWS_1252)
        );
    }

    #[test]
    fn bom_wins() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "<p>h\u{e9}</p>".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, Some("iso-8859-1"));
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.text, "<p>h\u{e9}</p>");
    }

    #[test]
    fn lying_labels_lose_to_valid_utf8() {
        let page = "<meta charset=iso-8859-1><p>Café crème</p>".as_bytes();
        assert_eq!(decode(page, None).encoding, "UTF-8");
        assert_eq!(decode(page, Some("\"ISO-8859-1\"")).encoding, "UTF-8");
        // A truthful legacy label is followed.
        let latin = b"<meta charset=iso-8859-1><p>Caf\xe9</p>";
        let d = decode(latin, None);
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("Café"));
    }

    #[test]
    fn mostly_utf8_stays_utf8() {
        let mut page = "<p>".to_string();
        for _ in 0..30 {
            page.push_str("Grüße aus Köln, schöne Straße. ");
        }
        let mut bytes = page.into_bytes();
        bytes.push(0xE9); // one stray Latin-1 byte
        bytes.extend_from_slice("</p>".as_bytes());
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("Grüße aus Köln"));
        // Cut in the middle of a character at the end.
        let cut = "<p>Grüße</p>ü".as_bytes();
        let cut = cut.get(..cut.len() - 1).unwrap_or(cut);
        assert_eq!(decode(cut, None).encoding, "UTF-8");
    }
}
