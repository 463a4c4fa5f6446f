//! The normalizer: Unicode NFC, tidy whitespace, stable blocks, and the final
//! record built from an [`Extraction`].
//!
//! Each rule is a small function; [`inline`] and [`code`] compose them in an
//! order that makes normalizing twice a no-op.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

pub mod mojibake;

use crate::ascii::swar;
use crate::extraction::Extraction;
use crate::fingerprint;
use crate::meta;
use crate::record::{Article, Block, Removed, Source, Status};
use crate::Options;

/// Normalize inline text (a title, a paragraph, a list item): repair
/// double-encoded UTF-8, drop invisible characters, collapse every
/// whitespace run to one space, trim, NFC.
pub fn inline(s: &str, ascii_punct: bool) -> String {
    until_repaired(s, |s| {
        let s = visible_words(s);
        let s = if ascii_punct { fold_punctuation(&s) } else { s };
        into_nfc(s)
    })
}

/// Line ends unified, invisible characters dropped, every white space run one
/// space, the edges trimmed: the steps of [`inline`] before folding and NFC
/// ([`unify_line_ends`], [`strip_invisible`], [`collapse_whitespace`]) in
/// one pass that copies runs of printable ASCII at once (every block's text
/// goes through it, and most of it is such runs).
fn visible_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if is_printable_ascii(b) {
            let len = bytes
                .get(i..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| is_printable_ascii(b))
                .count();
            let run = s.get(i..i + len).unwrap_or_default();
            i += len;
            let words = run.trim_matches(' ');
            if words.is_empty() {
                space = true;
                continue;
            }
            if (space || run.starts_with(' ')) && !out.is_empty() {
                out.push(' ');
            }
            if words.contains("  ") {
                push_joined(&mut out, words.split(' ').filter(|w| !w.is_empty()));
            } else {
                out.push_str(words);
            }
            space = run.ends_with(' ');
            continue;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        // Line ends and tabs are white space; the other control characters
        // are invisible (as in `strip_invisible`, which runs first).
        if matches!(c, '\t' | '\n' | '\r') || (c.is_whitespace() && !is_invisible(c, false)) {
            space = true;
        } else if !is_invisible(c, false) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

// Space to tilde: ASCII that is neither a control character nor white space
// other than the space.
fn is_printable_ascii(b: u8) -> bool {
    (0x20..0x7F).contains(&b)
}

// Words pushed with one space between them.
fn push_joined<'a>(out: &mut String, words: impl Iterator<Item = &'a str>) {
    for (n, word) in words.enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// Normalize code: line ends to `\n`, invisible characters dropped, tabs and
/// newlines kept, trailing spaces on lines and blank edges trimmed, NFC.
pub fn code(s: &str) -> String {
    until_repaired(s, |s| {
        let s = unify_line_ends(s);
        let s = strip_invisible(&s, true);
        let s: Vec<&str> = s.lines().map(str::trim_end).collect();
        let s = s.join("\n");
        to_nfc(s.trim_matches('\n'))
    })
}

// Repair double-encoded UTF-8, normalize, and repeat while the repair still
// changes the result. The repair comes first because normalizing breaks
// sequences (a garbled no-break space ends in U+00A0, which becomes a plain
// space); it is repeated because normalizing also makes them (NFC composes
// a garbled lead letter), and normalizing the output again must change
// nothing.
fn until_repaired(s: &str, normalize: impl Fn(&str) -> String) -> String {
    let mut out = normalize(&mojibake::repair(s));
    // Each repair shortens the text; the bound is for safety only.
    for _ in 0..8 {
        match mojibake::repair(&out) {
            std::borrow::Cow::Borrowed(_) => break,
            std::borrow::Cow::Owned(fixed) => out = normalize(&fixed),
        }
    }
    out
}

/// `\r\n` and lone `\r` become `\n`: one line-end convention everywhere.
pub fn unify_line_ends(s: &str) -> String {
    unify_line_ends_cow(s).into_owned()
}

fn unify_line_ends_cow(s: &str) -> Cow<'_, str> {
    if !s.contains('\r') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Characters that render as nothing and only break matching and search:
/// zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel separator,
/// and control characters (tabs and newlines kept when `keep_layout`).
/// Zero-width (non-)joiners are kept: Persian, Indic scripts and emoji need them.
pub fn is_invisible(c: char, keep_layout: bool) -> bool {
    match c {
        '\t' | '\n' => !keep_layout,
        c => is_zero_width(c) || c.is_control(),
    }
}

/// Printable characters that render as nothing: zero-width space, word
/// joiner, BOM, soft hyphen, Mongolian vowel separator (they split no word).
pub fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
    )
}

/// Remove invisible characters; outside code, tabs and newlines become spaces
/// so that words on either side don't glue together.
pub fn strip_invisible(s: &str, keep_layout: bool) -> String {
    strip_invisible_cow(s, keep_layout).into_owned()
}

fn strip_invisible_cow(s: &str, keep_layout: bool) -> Cow<'_, str> {
    // Printable ASCII (most text) has nothing to remove; neither has text
    // without any invisible character.
    let printable_ascii = s.bytes().all(|b| (0x20..0x7F).contains(&b));
    if printable_ascii || !s.chars().any(|c| is_invisible(c, keep_layout)) {
        return Cow::Borrowed(s);
    }
    s.chars()
        .filter_map(|c| {
            if !keep_layout && (c == '\t' || c == '\n') {
                Some(' ')
            } else if is_invisible(c, keep_layout) {
                None
            } else {
                Some(c)
            }
        })
        .collect()
}

/// Every run of Unicode whitespace (no-break and ideographic spaces included)
/// becomes one ASCII space; leading and trailing whitespace goes.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`collapse_whitespace`], borrowed when the text is already so (words
/// joined by single ASCII spaces): most short lines are.
pub fn collapsed_whitespace(s: &str) -> Cow<'_, str> {
    let mut after_space = true;
    let collapsed = s.chars().all(|c| {
        let ok = if c == ' ' {
            !after_space
        } else {
            !c.is_whitespace()
        };
        after_space = c == ' ';
        ok
    }) && !after_space;
    if collapsed || s.is_empty() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(collapse_whitespace(s))
    }
}

/// Fold typographic quotes, dashes and ellipses to ASCII (`--ascii-punct`).
pub fn fold_punctuation(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}'
            | '\u{203A}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{2026}' => out.push_str("..."),
            c => out.push(c),
        }
    }
    out
}

/// Unicode NFC, with a quick-check fast path for text that already is.
pub fn to_nfc(s: &str) -> String {
    into_nfc(s.to_string())
}

// [`to_nfc`] of an owned string, kept as it is when it already is NFC (ASCII
// always is).
fn into_nfc(s: String) -> String {
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s
    } else {
        s.nfc().collect()
    }
}

/// Normalize one block; `None` when nothing is left of it.
pub fn block(b: Block, ascii: bool) -> Option<Block> {
    let b = match b {
        Block::Heading { level, text } => Block::Heading {
            level: level.clamp(1, 6),
            text: inline(&text, ascii),
        },
        Block::Paragraph { text } => Block::Paragraph {
            text: inline(&text, ascii),
        },
        Block::Quote { text } => Block::Quote {
            text: inline(&text, ascii),
        },
        Block::Code { text } => Block::Code { text: code(&text) },
        Block::Caption { text } => Block::Caption {
            text: inline(&text, ascii),
        },
        Block::List { ordered, items } => Block::List {
            ordered,
            items: items
                .iter()
                .map(|i| inline(i, ascii))
                .filter(|i| !i.is_empty())
                .collect(),
        },
        Block::Table { rows } => Block::Table {
            rows: rows
                .into_iter()
                .map(|r| r.iter().map(|c| inline(c, ascii)).collect::<Vec<_>>())
                .filter(|r| r.iter().any(|c| !c.is_empty()))
                .collect(),
        },
    };
    (!b.is_empty()).then_some(b)
}

/// Count words: runs of letters/digits, with each CJK/Thai-style character
/// (scripts written without spaces) counted as one word.
pub fn word_count(s: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Eight ASCII bytes at a time when none is an apostrophe or a hyphen
        // (which neither start nor end a word): most text is such chunks.
        if let Some(x) = swar::ascii_chunk(bytes, i) {
            if swar::bytes_equal(x, b'\'') | swar::bytes_equal(x, b'-') == 0 {
                let alnum = swar::alphanumeric_bytes(x);
                let before = (alnum << 8) | if in_word { 0x80 } else { 0 };
                count += (alnum & !before).count_ones() as usize;
                in_word = alnum >> 63 != 0;
                i += 8;
                continue;
            }
        }
        // ASCII: the same rules without decoding a char.
        if b.is_ascii() {
            i += 1;
            if b.is_ascii_alphanumeric() {
                count += usize::from(!in_word);
                in_word = true;
            } else if b != b'\'' && b != b'-' {
                in_word = false;
            }
            continue;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if is_unspaced_script(c) {
            count += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                count += 1;
            }
            in_word = true;
        } else if c != '\'' && c != '\u{2019}' && c != '-' {
            in_word = false;
        }
    }
    count
}

/// Scripts written without spaces between words, counted by character.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xF900..=0xFAFF // CJK Compatibility Ideographs
        | 0x0E00..=0x0E7F // Thai
        | 0x0E80..=0x0EFF // Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x20000..=0x2FA1F)
}

fn opt_inline(s: Option<String>, ascii: bool) -> Option<String> {
    s.map(|s| inline(&s, ascii)).filter(|s| !s.is_empty())
}

/// Normalize a list of labels or names, dropping empties and repeats
/// (case-insensitive), keeping first-seen order.
fn list_inline(items: Vec<String>, ascii: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let item = inline(&item, ascii);
        if !item.is_empty() && !out.iter().any(|o| o.to_lowercase() == item.to_lowercase()) {
            out.push(item);
        }
    }
    out
}

/// The plain-text rendering of blocks: blocks separated by a blank line;
/// captions annotate the text and are left out of it.
pub fn blocks_text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .filter(|b| b.is_main_text())
        .map(Block::plain_text)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Build the final, normalized record from an extraction.
pub fn build_record(source: Source, ex: Extraction, opts: &Options) -> Article {
    let ascii = opts.ascii_punct;
    let blocks: Vec<Block> = ex
        .blocks
        .into_iter()
        .filter_map(|b| block(b, ascii))
        .collect();
    let text = blocks_text(&blocks);
    let status = if blocks.is_empty() {
        Status::Empty
    } else {
        Status::Ok
    };
    let m = ex.meta;
    let mut a = Article::new(source, status);
    a.word_count = word_count(&text);
    let (language, detected) = meta::language::resolve(m.language.as_deref(), &text).unzip();
    a.language = language;
    a.title = opt_inline(m.title, ascii);
    a.subtitle = opt_inline(m.subtitle, ascii);
    a.authors = list_inline(m.authors, ascii);
    a.published = opt_inline(m.published, false);
    a.modified = opt_inline(m.modified, false);
    a.site_name = opt_inline(m.site_name, ascii);
    a.categories = list_inline(m.categories, ascii);
    a.tags = list_inline(m.tags, ascii);
    a.url = opt_inline(m.url, false);
    a.description = opt_inline(m.description, ascii);
    a.image = opt_inline(m.image, false);
    a.page_type = opt_inline(m.page_type, false);
    a.meta_sources = m.sources;
    if detected == Some(true) {
        a.meta_sources
            .insert("language".to_string(), "detected".to_string());
    }
    a.fingerprint = fingerprint::simhash(&text).map(fingerprint::to_hex);
    a.blocks = blocks;
    a.text = text;
    if opts.explain {
        a.removed = Some(
            ex.removed
                .into_iter()
                .map(|r| Removed::new(inline(&r.text, ascii), r.reason))
                .filter(|r| !r.text.is_empty())
                .collect(),
        );
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn whitespace_runs_and_nbsp_collapse() {
        assert_eq!(collapse_whitespace("  a \u{a0}\u{3000} b\t\nc "), "a b c");
        for text in [
            "a b c", "a  b", " a", "a ", "a\tb", "a\u{a0}b", "", " ", "ab",
        ] {
            let cow = collapsed_whitespace(text);
            assert_eq!(cow, collapse_whitespace(text), "{text:?}");
            assert_eq!(matches!(cow, Cow::Borrowed(_)), cow == text, "{text:?}");
        }
    }

    #[test]
    fn invisible_characters_go() {
        assert_eq!(inline("co\u{ad}operate\u{200b}s", false), "cooperates");
        assert_eq!(inline("a\u{7}b", false), "ab");
        // Joiners are kept (Persian, emoji).
        assert_eq!(
            inline("\u{645}\u{200c}\u{634}", false),
            "\u{645}\u{200c}\u{634}"
        );
    }

    #[test]
    fn line_ends_unify() {
        assert_eq!(unify_line_ends("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(
            code("fn x() {\r\n\tlet y = 1;  \r\n}\r\n"),
            "fn x() {\n\tlet y = 1;\n}"
        );
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(inline("e\u{301}t\u{e9}", false), "\u{e9}t\u{e9}");
    }

    #[test]
    fn typography_kept_unless_folded() {
        let s = "\u{201C}Hi\u{201D} \u{2014} it\u{2019}s 1\u{2013}2\u{2026}";
        assert_eq!(inline(s, false), s);
        assert_eq!(inline(s, true), "\"Hi\" -- it's 1-2...");
    }

    #[test]
    fn words_counted_in_spaced_and_unspaced_scripts() {
        assert_eq!(word_count("It's a well-known fact, 42."), 5);
        assert_eq!(word_count("東京都"), 3);
    }

    // The char-by-char definition word_count's ASCII fast path must agree with.
    fn word_count_by_chars(s: &str) -> usize {
        let mut count = 0;
        let mut in_word = false;
        for c in s.chars() {
            if is_unspaced_script(c) {
                count += 1;
                in_word = false;
            } else if c.is_alphanumeric() {
                count += usize::from(!in_word);
                in_word = true;
            } else if c != '\'' && c != '\u{2019}' && c != '-' {
                in_word = false;
            }
        }
        count
    }

    proptest! {
        #[test]
        fn word_count_matches_its_definition(s in "([a-zA-Z0-9 '\\-.@\\[`{_]|\\PC){0,60}") {
            prop_assert_eq!(word_count(&s), word_count_by_chars(&s));
        }

        #[test]
        fn invisible_stripping_borrows_only_when_nothing_goes(s in "(\\PC|[\\t\\n\u{ad}\u{200b}])*", keep in any::<bool>()) {
            let by_chars: String = s
                .chars()
                .filter_map(|c| {
                    if !keep && (c == '\t' || c == '\n') {
                        Some(' ')
                    } else if is_invisible(c, keep) {
                        None
                    } else {
                        Some(c)
                    }
                })
                .collect();
            prop_assert_eq!(strip_invisible(&s, keep), by_chars);
        }

        #[test]
        fn visible_words_is_its_three_steps(s in "(\\PC|[\t\r\n\x0B\x0C\x00\x1F\x7F\u{85}\u{a0}\u{ad}\u{200b}\u{3000} ])*") {
            let steps = collapse_whitespace(&strip_invisible(&unify_line_ends(&s), false));
            prop_assert_eq!(visible_words(&s), steps);
        }

        #[test]
        fn inline_is_idempotent(s in "\\PC*", ascii in any::<bool>()) {
            let once = inline(&s, ascii);
            prop_assert_eq!(inline(&once, ascii), once.clone());
            prop_assert!(unicode_normalization::is_nfc(&once));
        }

        #[test]
        fn code_is_idempotent(s in "(\\PC|[\\t\\r\\n ])*") {
            let once = code(&s);
            prop_assert_eq!(code(&once), once);
        }
    }
}
