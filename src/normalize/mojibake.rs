//! Repair of double-encoded UTF-8 ("mojibake"): text whose UTF-8 bytes were
//! once read as windows-1252 or Latin-1 and encoded again, so that `’` shows
//! as `â€™` and `é` as `Ã©`. Such text is in the page's own bytes (a CMS or
//! a feed importer did it), so no charset choice fixes it; scraped pages
//! carry it often enough that clean records need the repair.
//!
//! The repair works sequence by sequence: a run of characters that all map
//! to single windows-1252/Latin-1 bytes is turned back into those bytes, and
//! where the bytes form a complete multi-byte UTF-8 sequence, the sequence's
//! character replaces them. A lone accented letter, or one followed by
//! ordinary punctuation ("café’s", "Straße“"), never forms such a sequence
//! and stays: two-byte sequences are only taken for Latin-1 characters.

use std::borrow::Cow;

/// `s` with double-encoded UTF-8 sequences decoded, as often as the text
/// was encoded twice (so repairing again changes nothing); borrowed when
/// there is nothing to repair.
pub fn repair(s: &str) -> Cow<'_, str> {
    let mut fixed = match repair_once(s) {
        Cow::Borrowed(_) => return Cow::Borrowed(s),
        Cow::Owned(f) => f,
    };
    // Each pass shortens the text, so this ends.
    while let Cow::Owned(again) = repair_once(&fixed) {
        fixed = again;
    }
    Cow::Owned(fixed)
}

// One pass of the repair.
fn repair_once(s: &str) -> Cow<'_, str> {
    // Every such sequence starts with a character U+00C2..=U+00F4, encoded
    // as 0xC3 0x82..=0xB4: text without a 0xC3 byte is left at once.
    let bytes = s.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(off) = memchr::memchr(0xC3, bytes.get(at..).unwrap_or(&[])) {
        let i = at + off;
        at = i + 1;
        let Some((fixed, len)) = s.get(i..).and_then(decode_at) else {
            continue;
        };
        let o = out.get_or_insert_with(|| String::with_capacity(s.len()));
        o.push_str(s.get(copied..i).unwrap_or(""));
        o.push(fixed);
        copied = i + len;
        at = copied;
    }
    match out {
        None => Cow::Borrowed(s),
        Some(mut o) => {
            o.push_str(s.get(copied..).unwrap_or(""));
            Cow::Owned(o)
        }
    }
}

// The character encoded by the bytes the first chars of `s` stand for, and
// the byte length of those chars, when they form one complete multi-byte
// UTF-8 sequence.
fn decode_at(s: &str) -> Option<(char, usize)> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let lead = single_byte(first)?;
    let len = match lead {
        // Two-byte sequences only for Latin-1 letters and signs: other lead
        // bytes are letters ("ß", "Ö") that real text puts before quotes.
        0xC2..=0xC3 => 2,
        // Other two-byte leads only before a C1 control, which no text
        // holds but a Latin-1 reading of UTF-8 leaves ("JaroÅ\u{84}" for
        // "Jaroń").
        0xC4..=0xDF
            if chars
                .clone()
                .next()
                .is_some_and(|c| ('\u{80}'..='\u{9F}').contains(&c)) =>
        {
            2
        }
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    let mut used = first.len_utf8();
    for slot in bytes.iter_mut().take(len).skip(1) {
        let c = chars.next()?;
        let b = single_byte(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        *slot = b;
        used += c.len_utf8();
    }
    let decoded = std::str::from_utf8(bytes.get(..len)?).ok()?;
    let c = decoded.chars().next()?;
    // A control character is no better than the mojibake.
    (!c.is_control()).then_some((c, used))
}

// The byte a character stands for when UTF-8 was read as windows-1252 (its
// 0x80..=0x9F punctuation) or Latin-1 (its C1 controls and upper half).
fn single_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Text as a UTF-8-as-windows-1252 round trip would leave it.
    fn garble(s: &str) -> String {
        let (text, _, _) = encoding_rs::WINDOWS_1252.decode(s.as_bytes());
        text.into_owned()
    }

    #[test]
    fn double_encoded_text_is_repaired() {
        for clean in [
            "It’s a “quoted” word — and more…",
            "Crème brûlée für Größe",
            "Temperatur 20 °C, Preis 5 €",
            "日本語のテキスト",
        ] {
            let garbled = garble(clean);
            assert_ne!(garbled, clean);
            assert_eq!(repair(&garbled), clean, "{garbled}");
        }
        // Latin-1 reading (C1 controls) as well as windows-1252.
        assert_eq!(repair("Investor\u{e2}\u{80}\u{99}s"), "Investor’s");
        // Letters beyond Latin-1 read as Latin-1: a C1 control follows the lead.
        assert_eq!(
            repair("Jaro\u{c5}\u{84}, Wa\u{c5}\u{82}\u{c4}\u{99}sa"),
            "Jaroń, Wałęsa"
        );
        // Encoded twice over: repaired all the way, so a second repair is a no-op.
        assert_eq!(repair(&garble(&garble("naïve café"))), "naïve café");
    }

    #[test]
    fn normalizing_after_a_repair_is_stable() {
        // NFC composes "a" + U+0301 into the lead "á" of a garbled sequence
        // (regression: the repair ran before NFC and missed it).
        let once = crate::normalize::inline("a\u{301}\u{2021}\u{178} x", false);
        assert_eq!(once, "\u{11DF} x");
        assert_eq!(crate::normalize::inline(&once, false), once);
    }

    #[test]
    fn clean_text_is_left_alone() {
        for clean in [
            "café’s menu",
            "Ärger über Öl",
            "NÃO é verdade",
            "São Paulo — à la carte",
            "plain ascii",
            "¿Qué tal? ¡Hola!",
            "„Straße“ und „Öl“",
            "CAFÉ’S",
        ] {
            assert!(matches!(repair(clean), Cow::Borrowed(_)), "{clean}");
        }
    }
}
