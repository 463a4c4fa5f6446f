//! Tokenization and case folding that match the reference scorer
//! (`shared/eval/score.py`, Python 3) exactly.
//!
//! * [`is_word_char`] is Python's `\w` for `str` patterns: `ch.isalnum() or
//!   ch == "_"`. Python's `isalnum` is `isalpha() or isdecimal() or isdigit()
//!   or isnumeric()`, which is exactly the general categories `Lu Ll Lt Lm Lo`
//!   and `Nd Nl No` (checked over every code point with Python 3.11).
//!   Combining marks (`Mn`, `Mc`, `Me`) are *not* word characters, so a
//!   decomposed "e\u{301}" splits a word — as in Python.
//! * [`lower`] is Python's `str.lower`: Rust's `str::to_lowercase` applies the
//!   same full case mapping (`İ` → `i\u{307}`, which then splits a token at the
//!   combining dot, as in Python) and the same `Final_Sigma` rule (`ΟΔΟΣ` →
//!   `οδος`). Compared over every code point, the two differ only on the 55
//!   letters added after Unicode 14.0 (Python 3.11's version), e.g. U+A7CB.
//! * The category table (unicode-general-category) is Unicode 16.0; letters
//!   assigned after 14.0 are word characters here but not in Python 3.11.
//! * [`is_py_space`] is Python's `str.isspace` (`\s`): Rust's whitespace plus
//!   the four information separators U+001C..U+001F.

use unicode_general_category::{get_general_category, GeneralCategory as G};

/// Python's `\w` (Unicode): letters, numbers (any N category) and `_`.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::DecimalNumber
            | G::LetterNumber
            | G::OtherNumber
    )
}

/// Python's `str.isalnum()` for one character: a word character but `_`.
pub fn is_alnum(c: char) -> bool {
    c != '_' && is_word_char(c)
}

/// Python's `str.isspace()` for one character (what `\s` matches).
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Every maximal run of word characters, in order: `re.findall(r"\w+", text)`.
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if let Some(tok) = text.get(s..i) {
                    out.push(tok);
                }
                start = None;
            }
            _ => {}
        }
    }
    if let Some(tok) = start.and_then(|s| text.get(s..)) {
        out.push(tok);
    }
    out
}

/// Python's `str.lower()` (see the module notes for the tiny differences).
pub fn lower(text: &str) -> String {
    text.to_lowercase()
}

/// Collapse every run of Python whitespace to one space and trim the ends:
/// `re.sub(r"\s+", " ", text).strip()`.
pub fn collapse_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_py_space(c) {
            pending_space = true;
        } else {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_follow_python() {
        assert!(is_word_char('_'));
        assert!(is_word_char('é'));
        assert!(is_word_char('中'));
        assert!(is_word_char('²')); // No
        assert!(is_word_char('Ⅻ')); // Nl
        assert!(!is_word_char('\u{301}')); // Mn
        assert!(!is_word_char('-'));
        assert!(!is_word_char('’'));
    }

    #[test]
    fn tokenize_splits_on_non_word() {
        assert_eq!(
            tokenize("Don't  stop_me now—e\u{301}t 42"),
            vec!["Don", "t", "stop_me", "now", "e", "t", "42"]
        );
        assert_eq!(tokenize(""), Vec::<&str>::new());
        assert_eq!(tokenize("中文字"), vec!["中文字"]);
    }

    #[test]
    fn lower_matches_python_special_cases() {
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower("AΣ B"), "aς b");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(tokenize(&lower("İSTANBUL")), vec!["i", "stanbul"]);
    }

    #[test]
    fn collapse_space_like_python_re_sub_strip() {
        assert_eq!(collapse_space("  a \t\n b\u{a0}c\u{1f}d  "), "a b c d");
        assert_eq!(collapse_space(" \n "), "");
    }
}
