//! Per-page limits that protect a bulk run from pathological pages.
//!
//! - Element count and nesting depth are estimated by a cheap lexical scan of
//!   the markup *before* it is parsed: the HTML parser spends time
//!   proportional to the depth of open elements on many start tags, so a page
//!   of 100,000 nested `<div>`s would take minutes to parse (quadratic), and
//!   must be refused before the parse starts.
//! - Time is checked cooperatively: Rust cannot preempt a thread, so the
//!   pipeline asks [`over_time`] between stages; once the page's deadline has
//!   passed, the remaining stages are skipped and the page becomes an error
//!   record of kind `timeout`. The deadline is per thread (set by the
//!   extractor around each page), so no state is shared between pages.

use std::cell::Cell;
use std::time::{Duration, Instant};

use crate::error::Error;

/// Elements that never have children (no end tag).
const VOID: [&str; 16] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "frame",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: [&str; 8] = [
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
];

/// Start tags that close an open `<p>` (HTML's "close a p element").
const CLOSES_P: [&str; 33] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "li",
];

/// How far up the stack an end tag looks for its start tag: bounds the scan
/// to linear time on adversarial input (stray end tags under a deep stack).
const END_TAG_REACH: usize = 256;

/// Check the markup of an HTML page against the element-count and depth
/// limits without parsing it. The estimate follows the parser's implicit
/// closing of `<p>`, `<li>`, `<dd>`/`<dt>`, `<option>`, `<tr>` and cells, so
/// ordinary pages with unclosed paragraphs do not look deep.
pub fn check_markup(html: &str, max_nodes: usize, max_depth: usize) -> Result<(), Error> {
    let b = html.as_bytes();
    let mut stack: Vec<&str> = Vec::new();
    let mut elements = 0usize;
    let mut i = 0usize;
    while let Some(off) = memchr::memchr(b'<', b.get(i..).unwrap_or(&[])) {
        let lt = i + off;
        let next = b.get(lt + 1).copied().unwrap_or(0);
        if next == b'!' {
            // Comment, doctype or CDATA: skip to its end.
            let rest = b.get(lt..).unwrap_or(&[]);
            i = if rest.starts_with(b"<!--") {
                memchr::memmem::find(rest, b"-->").map_or(b.len(), |e| lt + e + 3)
            } else {
                memchr::memchr(b'>', rest).map_or(b.len(), |e| lt + e + 1)
            };
            continue;
        }
        if next == b'/' {
            let (name, end) = tag_name(html, lt + 2);
            i = tag_end(b, end);
            if name.is_empty() {
                continue;
            }
            let reach = stack.len().saturating_sub(END_TAG_REACH);
            if let Some(pos) = stack
                .get(reach..)
                .and_then(|top| top.iter().rposition(|t| t.eq_ignore_ascii_case(name)))
            {
                stack.truncate(reach + pos);
            }
            continue;
        }
        if !next.is_ascii_alphabetic() {
            i = lt + 1;
            continue;
        }
        let (name, end) = tag_name(html, lt + 1);
        let close = tag_end(b, end);
        let self_closing = close >= 2 && b.get(close - 2) == Some(&b'/');
        i = close;
        elements += 1;
        if elements > max_nodes {
            return Err(Error::TooManyNodes {
                count: elements,
                limit: max_nodes,
            });
        }
        let mut lower_buf = [0u8; 12];
        let lower = lowercase_name(name, &mut lower_buf);
        if RAW_TEXT.contains(&lower) {
            i = raw_text_end(b, i, lower);
            continue;
        }
        close_implied(&mut stack, lower);
        if VOID.contains(&lower) || self_closing {
            continue;
        }
        stack.push(name);
        if stack.len() > max_depth {
            return Err(Error::TooDeep {
                depth: stack.len(),
                limit: max_depth,
            });
        }
    }
    Ok(())
}

// A tag name in lower case, without allocating; names longer than the
// buffer (none of the names the scan looks for) come back as "".
fn lowercase_name<'b>(name: &str, buf: &'b mut [u8; 12]) -> &'b str {
    let Some(dst) = buf.get_mut(..name.len()) else {
        return "";
    };
    for (d, c) in dst.iter_mut().zip(name.bytes()) {
        *d = c.to_ascii_lowercase();
    }
    std::str::from_utf8(dst).unwrap_or("")
}

// Index of the end tag closing raw text (script, style...) that starts at
// `from`, or the end of input.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(off) = memchr::memmem::find(b.get(at..).unwrap_or(&[]), b"</") {
        let start = at + off;
        let candidate = b.get(start + 2..start + 2 + name.len()).unwrap_or(&[]);
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            return start;
        }
        at = start + 2;
    }
    b.len()
}

// Pop the elements a start tag closes implicitly, as the HTML parser does.
fn close_implied(stack: &mut Vec<&str>, tag: &str) {
    let top_is = |s: &Vec<&str>, t: &str| s.last().is_some_and(|x| x.eq_ignore_ascii_case(t));
    if CLOSES_P.contains(&tag) && top_is(stack, "p") {
        stack.pop();
    }
    // A list item, definition, option, row or cell closes the previous one
    // up to its container.
    let (same, until): (&[&str], &[&str]) = match tag {
        "li" => (&["li"], &["ul", "ol"]),
        "dd" | "dt" => (&["dd", "dt"], &["dl"]),
        "option" => (&["option"], &["select", "datalist", "optgroup"]),
        "tr" => (&["tr"], &["table", "tbody", "thead", "tfoot"]),
        "td" | "th" => (&["td", "th"], &["tr", "table"]),
        "tbody" | "thead" | "tfoot" => (&["tbody", "thead", "tfoot"], &["table"]),
        _ => return,
    };
    let reach = stack.len().saturating_sub(END_TAG_REACH);
    for pos in (reach..stack.len()).rev() {
        let Some(t) = stack.get(pos) else { break };
        if until.iter().any(|u| t.eq_ignore_ascii_case(u)) {
            return;
        }
        if same.iter().any(|s| t.eq_ignore_ascii_case(s)) {
            stack.truncate(pos);
            return;
        }
    }
}

// The tag name starting at `start` and the index just past it.
fn tag_name(html: &str, start: usize) -> (&str, usize) {
    let b = html.as_bytes();
    let mut end = start;
    while b
        .get(end)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b':')
    {
        end += 1;
    }
    (html.get(start..end).unwrap_or(""), end)
}

// Index just past the `>` closing a tag whose attributes start at `from`
// (quoted values may contain `>`), or the end of input.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    let mut i = from;
    while let Some(&c) = b.get(i) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i + 1,
            // A new tag before any `>`: the tag was never closed.
            None if c == b'<' => return i,
            None => {}
        }
        i += 1;
    }
    b.len()
}

thread_local! {
    /// The current page's deadline on this thread and its limit in ms.
    static DEADLINE: Cell<Option<(Instant, u64)>> = const { Cell::new(None) };
    /// The first stage that found the deadline passed.
    static STOPPED_AT: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Arms the per-page deadline on this thread; disarms it when dropped.
#[must_use]
pub struct DeadlineGuard {
    prev: Option<(Instant, u64)>,
    prev_stop: Option<&'static str>,
}

/// Start the clock for one page: `limit_ms` of `None` or 0 means no limit.
pub fn start_page(limit_ms: Option<u64>) -> DeadlineGuard {
    let armed = limit_ms
        .filter(|&ms| ms > 0)
        .map(|ms| (Instant::now() + Duration::from_millis(ms), ms));
    DeadlineGuard {
        prev: DEADLINE.with(|d| d.replace(armed)),
        prev_stop: STOPPED_AT.with(|s| s.replace(None)),
    }
}

impl Drop for DeadlineGuard {
    fn drop(&mut self) {
        DEADLINE.with(|d| d.set(self.prev));
        STOPPED_AT.with(|s| s.set(self.prev_stop));
    }
}

/// True when the current page is over its time limit; the pipeline calls it
/// between stages (`stage` names what would run next) and skips the rest.
pub fn over_time(stage: &'static str) -> bool {
    let Some((deadline, _)) = DEADLINE.with(Cell::get) else {
        return false;
    };
    if Instant::now() < deadline {
        return false;
    }
    STOPPED_AT.with(|s| {
        if s.get().is_none() {
            s.set(Some(stage));
        }
    });
    true
}

/// The timeout error of the current page, if a stage found it over time.
pub fn timeout_error() -> Option<Error> {
    let (_, limit_ms) = DEADLINE.with(Cell::get)?;
    let stage = STOPPED_AT.with(Cell::get)?;
    Some(Error::Timeout { limit_ms, stage })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_markup_is_shallow() {
        let page = "<html><body><ul><li>a<li>b<li>c</ul><p>one<p>two<div>x</div>\
                    <table><tr><td>1<td>2<tr><td>3</table><img src=x><br/></body></html>";
        assert!(check_markup(page, 100, 6).is_ok());
        let many_p: String = "<p>para".repeat(10_000);
        assert!(check_markup(&many_p, 1_000_000, 5).is_ok());
    }

    #[test]
    fn deep_and_large_markup_is_refused() {
        let deep = "<div>".repeat(1000);
        assert!(matches!(
            check_markup(&deep, 1_000_000, 500),
            Err(Error::TooDeep { .. })
        ));
        let many = "<span></span>".repeat(1000);
        assert!(matches!(
            check_markup(&many, 999, 500),
            Err(Error::TooManyNodes { .. })
        ));
        // Tags inside scripts and comments are not elements.
        let hidden = format!(
            "<script>{}</script><!-- {} -->",
            "<div>".repeat(1000),
            "<div>".repeat(1000)
        );
        assert!(check_markup(&hidden, 10, 5).is_ok());
    }

    #[test]
    fn deadline_is_per_page() {
        {
            let _g = start_page(None);
            assert!(!over_time("x"));
            assert!(timeout_error().is_none());
        }
        {
            let _g = start_page(Some(1));
            std::thread::sleep(Duration::from_millis(5));
            assert!(over_time("parse"));
            assert!(matches!(
                timeout_error(),
                Some(Error::Timeout { stage: "parse", .. })
            ));
        }
        assert!(!over_time("after"));
    }
}
