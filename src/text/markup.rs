//! HTML leftovers in raw text: scrapers that dump `innerHTML`, or copy
//! fields out of a CMS, leave character references (`&amp;`, `&nbsp;`,
//! `&#8217;`) and stray tags (`<br>`, `<p>`, `</div>`) in the text. They are
//! decoded and stripped before the text is split, without touching a `<`
//! that belongs to the prose ("a < b", "x<y", "<3").

use std::borrow::Cow;

/// Tags after which the text continues on a new line.
const BLOCK_TAGS: [&str; 38] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Tags removed without a line break (inline formatting and links).
const INLINE_TAGS: [&str; 22] = [
    "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "img", "ins", "kbd", "mark",
    "q", "s", "small", "span", "strong", "sub", "sup", "u",
];

/// Longest tag we strip (attributes included); anything longer is prose.
const MAX_TAG_LEN: usize = 400;

/// The text with stray tags stripped and character references decoded;
/// borrowed unchanged when there is neither.
pub fn clean(text: &str) -> Cow<'_, str> {
    let stripped = if text.contains('<') {
        strip_tags(text)
    } else {
        Cow::Borrowed(text)
    };
    if stripped.contains('&') {
        let decoded = crate::meta::title::decode_entities(&stripped);
        if decoded != stripped.as_ref() {
            return Cow::Owned(decoded);
        }
    }
    stripped
}

/// Remove every `<…>` that is a well-formed tag of a known HTML element (or
/// an HTML comment); block tags leave a line break.
fn strip_tags(text: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut search = 0usize;
    while let Some(rel) = text.get(search..).and_then(|t| t.find('<')) {
        let at = search + rel;
        let tail = text.get(at..).unwrap_or("");
        match tag_at(tail) {
            Some((len, block)) => {
                let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
                buf.push_str(text.get(copied..at).unwrap_or(""));
                if block {
                    buf.push('\n');
                }
                copied = at + len;
                search = copied;
            }
            None => search = at + 1,
        }
    }
    match out {
        Some(mut buf) => {
            buf.push_str(text.get(copied..).unwrap_or(""));
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(text),
    }
}

/// If `s` starts with a tag, its length in bytes and whether it is a block
/// tag. A tag is `<name>`, `</name>`, `<name/>` or `<name attr="v" …>` with a
/// known element name; attributes must have values (a bare word after the
/// name reads as prose: "if a<b and c>d").
fn tag_at(s: &str) -> Option<(usize, bool)> {
    // Byte searches within MAX_TAG_LEN: a text with many '<' and no '>'
    // after them ("a < b", arrows) must stay linear.
    let head = s
        .as_bytes()
        .get(..s.len().min(MAX_TAG_LEN + 4))
        .unwrap_or(&[]);
    if s.starts_with("<!--") {
        let end = memchr::memmem::find(head.get(4..).unwrap_or(&[]), b"-->")?;
        return Some((4 + end + 3, false));
    }
    let close = memchr::memchr(b'>', head)?;
    if close > MAX_TAG_LEN {
        return None;
    }
    let inner = s.get(1..close)?;
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let name = inner.get(..name_len)?.to_ascii_lowercase();
    let block = BLOCK_TAGS.contains(&name.as_str());
    if !block && !INLINE_TAGS.contains(&name.as_str()) {
        return None;
    }
    let attrs = inner.get(name_len..)?;
    if !attrs.is_empty() && !attrs.starts_with([' ', '\t', '\n', '/']) {
        return None;
    }
    well_formed_attributes(attrs).then_some((close + 1, block))
}

/// `name="value"`, `name='value'` or `name=value` pairs separated by white
/// space, with an optional closing `/`.
fn well_formed_attributes(attrs: &str) -> bool {
    let mut rest = attrs.trim();
    if let Some(r) = rest.strip_suffix('/') {
        rest = r.trim_end();
    }
    while !rest.is_empty() {
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')))
            .unwrap_or(rest.len());
        if name_len == 0 {
            return false;
        }
        let Some(after) = rest.get(name_len..).map(str::trim_start) else {
            return false;
        };
        let Some(value) = after.strip_prefix('=').map(str::trim_start) else {
            return false;
        };
        let remaining = match value.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = value.get(1..).unwrap_or("");
                match body.find(q) {
                    Some(e) => body.get(e + 1..).unwrap_or(""),
                    None => return false,
                }
            }
            Some(_) => {
                let e = value.find(char::is_whitespace).unwrap_or(value.len());
                value.get(e..).unwrap_or("")
            }
            None => return false,
        };
        rest = remaining.trim_start();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_before_long_multibyte_text_is_stripped() {
        // Regression: the comment search used to fail when its byte window
        // ended inside a multi-byte character, leaving the comment in.
        let tail = "é".repeat(300);
        assert_eq!(clean(&format!("<!-- note -->{tail}")), tail);
    }

    #[test]
    fn many_unclosed_angles_stay_text() {
        let text = "a < b ".repeat(20_000);
        assert_eq!(clean(&text), text);
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            clean("Tom &amp; Jerry&#8217;s&nbsp;show"),
            "Tom & Jerry’s\u{a0}show"
        );
        assert_eq!(clean("AT&T and R&D"), "AT&T and R&D");
    }

    #[test]
    fn tags_are_stripped_block_tags_break_lines() {
        assert_eq!(
            clean("One line<br>Next line<br/>Last<br />"),
            "One line\nNext line\nLast\n"
        );
        assert_eq!(
            clean("<p>A <b>bold</b> claim.</p>\n</div>"),
            "\nA bold claim.\n\n\n"
        );
        assert_eq!(
            clean(r#"See <a href="https://example.org/x" class='l'>the report</a>."#),
            "See the report."
        );
        assert_eq!(clean("Text<!-- ad slot -->more"), "Textmore");
    }

    #[test]
    fn prose_less_than_signs_are_kept() {
        for s in [
            "if a < b then c > d",
            "x<y and y>z",
            "if a<b and c>d we stop",
            "I <3 this",
            "use <dialog-box> here",
            "a <p",
        ] {
            assert_eq!(clean(s), s, "{s}");
        }
    }

    #[test]
    fn escaped_markup_stays_text() {
        assert_eq!(
            clean("Write &lt;p&gt; for a paragraph."),
            "Write <p> for a paragraph."
        );
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(clean("Plain text."), Cow::Borrowed(_)));
        assert!(matches!(clean("a < b"), Cow::Borrowed(_)));
    }
}
