//! Charset decoding: BOM > transport hint (HTTP/WARC header) > `<meta>` >
//! UTF-8 validity > chardetng detection > windows-1252.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// A document decoded to text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// WHATWG name of the encoding used, e.g. `UTF-8`, `Shift_JIS`.
    pub encoding: &'static str,
}

/// Decode raw bytes. `hint` is a charset label from the transport (HTTP
/// `Content-Type` or a WARC header), which outranks the document's own `<meta>`.
pub fn decode(bytes: &[u8], hint: Option<&str>) -> Decoded {
    let encoding = detect_encoding(bytes, hint);
    let (text, used, _had_errors) = encoding.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: used.name(),
    }
}

/// Pick the encoding for `bytes` following the cascade in the module doc.
pub fn detect_encoding(bytes: &[u8], hint: Option<&str>) -> &'static Encoding {
    // A byte-order mark is the strongest signal there is.
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    if let Some(enc) = hint.and_then(|h| Encoding::for_label(h.trim().as_bytes())) {
        return html_usable(enc);
    }
    if let Some(enc) = meta_charset(bytes) {
        // A page whose <meta> claims a legacy charset but is valid non-ASCII
        // UTF-8 is lying: editors rewrite bytes, not meta tags.
        if enc != UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
            return UTF_8;
        }
        return enc;
    }
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    if guess == UTF_8 && std::str::from_utf8(bytes).is_err() {
        return WINDOWS_1252;
    }
    guess
}

/// UTF-16 labels in a document or header mean UTF-8 in HTML (the bytes of an
/// ASCII-compatible `<meta>` can't be UTF-16); a BOM handles real UTF-16.
fn html_usable(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else if enc == encoding_rs::REPLACEMENT {
        WINDOWS_1252
    } else {
        enc
    }
}

/// Find a `<meta charset>` or `http-equiv` content charset in the first 4 KB
/// (a simplified form of the HTML prescan; attributes in any order).
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut pos = 0;
    while let Some(off) = find(&lower[pos..], b"<meta") {
        let start = pos + off;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(label) = charset_in_tag(tag) {
            if let Some(enc) = Encoding::for_label(label) {
                return Some(html_usable(enc));
            }
        }
        pos = end.max(start + 5);
        if pos >= lower.len() {
            break;
        }
    }
    None
}

/// The charset label inside one lower-cased `<meta ...>` tag, if any.
fn charset_in_tag(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")?;
    let mut rest = &tag[at + b"charset".len()..];
    rest = trim_start(rest);
    rest = rest.strip_prefix(b"=")?;
    rest = trim_start(rest);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    let label = &rest[..len];
    (!label.is_empty()).then_some(label)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
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
        assert_eq!(meta_charset(b"<meta name=x content=y>"), None);
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
}
