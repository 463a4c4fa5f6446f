//! Per-page limits that protect a bulk run from pathological pages.
//!
//! - Element count and nesting depth are checked by the tokenizer as it goes
//!   (`html::tokenize`), before the tree builder sees a tag past either
//!   limit: the HTML parser spends time proportional to the depth of open
//!   elements on many start tags, so a page of 100,000 nested `<div>`s would
//!   take minutes to parse (quadratic). The depth is estimated from the tags
//!   ([`OpenElements`]), which the tokenizer can follow but not the tree
//!   builder's own stack.
//! - Time is checked cooperatively: Rust cannot preempt a thread, so the
//!   pipeline asks [`over_time`] between stages (and the tokenizer every few
//!   thousand elements); once the page's deadline has
//!   passed, the remaining stages are skipped and the page becomes an error
//!   record of kind `timeout`. The deadline is per thread (set by the
//!   extractor around each page), so no state is shared between pages.

use html5ever::{local_name, LocalName};
use std::cell::Cell;
use std::time::{Duration, Instant};

use crate::error::Error;

/// Elements that never have children (no end tag).
fn is_void(tag: &LocalName) -> bool {
    // Interned names: each arm is one integer comparison (this runs per tag).
    matches!(
        *tag,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("keygen")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("param")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("frame")
    )
}

/// Start tags that close an open `<p>` (HTML's "close a p element").
fn closes_p(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("details")
            | local_name!("dialog")
            | local_name!("dir")
            | local_name!("div")
            | local_name!("dl")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("hr")
            | local_name!("main")
            | local_name!("menu")
            | local_name!("nav")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("pre")
            | local_name!("section")
            | local_name!("table")
            | local_name!("ul")
            | local_name!("li")
    )
}

fn is_heading(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
    )
}

/// Elements that put a marker in the list of active formatting elements:
/// a formatting element opened before them is not reconstructed or
/// adopted inside them.
fn is_formatting_marker(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("td")
            | local_name!("th")
            | local_name!("caption")
            | local_name!("table")
            | local_name!("template")
            | local_name!("applet")
            | local_name!("object")
            | local_name!("marquee")
    )
}

/// How far up the stack an end tag looks for its start tag: bounds the
/// estimate to linear time on adversarial input (stray end tags under a deep
/// stack).
const END_TAG_REACH: usize = 256;

/// The stack of open elements as the tokenizer estimates it from the tags
/// alone, for the depth limit: it follows the parser's implicit closing of
/// `<p>`, `<li>`, `<dd>`/`<dt>`, `<option>`, `<tr>`, cells and headings (so
/// ordinary pages with unclosed paragraphs do not look deep), the adoption
/// of an open `<a>` by the next, void elements, and an end tag closing the
/// nearest open element of its name.
#[derive(Debug, Default)]
pub(crate) struct OpenElements {
    stack: Vec<LocalName>,
    /// Index of the outermost open `<svg>`/`<math>`: inside them a start
    /// tag closes nothing (a `<td>` there is an SVG element).
    foreign: Option<usize>,
    /// Index of the last `<a>` pushed (it may have been closed since).
    last_link: Option<usize>,
}

impl OpenElements {
    /// A start tag (its name lower case, as the tokenizer gives it); an
    /// error when the stack grows past `max_depth`.
    pub(crate) fn start(
        &mut self,
        name: &LocalName,
        self_closing: bool,
        max_depth: usize,
    ) -> Result<(), Error> {
        if self.foreign.is_none() || leaves_foreign_parsing(name) {
            close_implied(&mut self.stack, name);
            // (After an open `<p>` is closed, as the parser does.)
            if *name == local_name!("a") || is_heading(name) {
                self.close_like_named(name);
            }
            self.foreign = self.foreign.filter(|&f| f < self.stack.len());
        }
        if is_void(name) || self_closing {
            return Ok(());
        }
        if self.foreign.is_none() && matches!(*name, local_name!("svg") | local_name!("math")) {
            self.foreign = Some(self.stack.len());
        }
        self.stack.push(name.clone());
        if *name == local_name!("a") {
            self.last_link = Some(self.stack.len() - 1);
        }
        if self.stack.len() > max_depth {
            return Err(Error::TooDeep {
                depth: self.stack.len(),
                limit: max_depth,
            });
        }
        Ok(())
    }

    // Out of line: few tags take it, and the tokenizer's per-tag code stays
    // small enough to be inlined where the tags are read.
    #[inline(never)]
    fn close_like_named(&mut self, name: &LocalName) {
        if *name == local_name!("a") {
            self.adopt_open_link();
        } else if self.stack.last().is_some_and(is_heading) {
            // A heading start tag pops a heading that is the current node.
            self.stack.pop();
        }
    }

    /// An `<a>` start tag with the last `<a>` still open and no table cell
    /// or other marker opened since runs the adoption agency, which takes
    /// the old `<a>` off the stack: sloppy link lists (`<a href=…>x<a
    /// href=…>y`) stay shallow. Only the last `<a>` is looked at, so that
    /// well-formed links cost one comparison; missing an older one leaves
    /// the estimate deeper, never shallower.
    fn adopt_open_link(&mut self) {
        let Some(i) = self.last_link.take() else {
            return;
        };
        let open = self.stack.get(i) == Some(&local_name!("a"));
        let above = self.stack.get(i + 1..).unwrap_or(&[]);
        if open && above.len() <= END_TAG_REACH && !above.iter().any(is_formatting_marker) {
            self.stack.remove(i);
        }
    }

    /// An end tag: closes the nearest open element of its name, if any.
    pub(crate) fn end(&mut self, name: &LocalName) {
        let reach = self.stack.len().saturating_sub(END_TAG_REACH);
        let matched = self
            .stack
            .get(reach..)
            .and_then(|top| top.iter().rposition(|t| t == name));
        if let Some(pos) = matched {
            self.stack.truncate(reach + pos);
            self.foreign = self.foreign.filter(|&f| f < self.stack.len());
        }
    }
}

/// Where the content of an `<svg>` element that starts at `from` (just past
/// its start tag) ends: the `<` of the end tag that closes it, with the
/// number of elements inside. `None` unless a lexical scan reads the content
/// as the parser does: only SVG elements (nothing that breaks out to HTML,
/// no element inside an SVG `<title>`, which holds HTML), every end tag
/// closing an element of the SVG, and the SVG closed. Nothing reads inside
/// an SVG (the extractor prunes it), so such content may be left out of the
/// tree: an inline icon is often most of the markup around a link.
pub(crate) fn clean_svg_content_end(html: &str, from: usize) -> Option<(usize, usize)> {
    let b = html.as_bytes();
    // The open elements of the SVG, itself first.
    let mut stack: Vec<&str> = vec!["svg"];
    let mut elements = 0usize;
    let mut i = from;
    while let Some(off) = memchr::memchr(b'<', b.get(i..).unwrap_or(&[])) {
        let lt = i + off;
        let next = b.get(lt + 1).copied().unwrap_or(0);
        if next == b'!' || next == b'?' {
            i = comment_end(b, lt, true);
            continue;
        }
        if next == b'/' {
            if !b.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) {
                // `</>` or `</3...`: a bogus comment up to the next `>`.
                i = memchr::memchr(b'>', b.get(lt..).unwrap_or(&[]))
                    .map_or(b.len(), |e| lt + e + 1);
                continue;
            }
            let (name, end) = tag_name(html, lt + 2);
            if !ends_tag_name(b.get(end).copied())
                || ["p", "br"].iter().any(|t| t.eq_ignore_ascii_case(name))
            {
                // A name read longer by the tokenizer, or an end tag that
                // breaks out of foreign content.
                return None;
            }
            // An end tag closing no element of the SVG goes through HTML's rules.
            let pos = stack.iter().rposition(|t| t.eq_ignore_ascii_case(name))?;
            if pos == 0 {
                return Some((lt, elements));
            }
            stack.truncate(pos);
            i = tag_end(b, end);
            continue;
        }
        if !next.is_ascii_alphabetic() {
            i = lt + 1;
            continue;
        }
        let (name, end) = tag_name(html, lt + 1);
        let mut lower_buf = [0u8; 16];
        let lower = lowercase_name(name, &mut lower_buf);
        let in_title = stack
            .last()
            .is_some_and(|t| t.eq_ignore_ascii_case("title"));
        if !ends_tag_name(b.get(end).copied())
            || in_title
            || leaves_foreign_parsing(lower)
            || lower == "html"
        {
            return None;
        }
        let close = tag_end(b, end);
        elements += 1;
        let self_closing = close >= 2 && b.get(close - 2) == Some(&b'/');
        if !self_closing {
            stack.push(name);
        }
        i = close;
    }
    None
}

// Start tags inside svg/math after which the parser reads HTML again: the
// tags that break out of foreign content, and the integration points whose
// content is HTML.
fn leaves_foreign_parsing(tag: &str) -> bool {
    matches!(
        tag,
        "b" | "big"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "code"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "em"
            | "embed"
            | "font"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "hr"
            | "i"
            | "img"
            | "li"
            | "listing"
            | "menu"
            | "meta"
            | "nobr"
            | "ol"
            | "p"
            | "pre"
            | "ruby"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "strike"
            | "sub"
            | "sup"
            | "table"
            | "tt"
            | "u"
            | "ul"
            | "var"
            | "foreignobject"
            | "desc"
            | "mi"
            | "mo"
            | "mn"
            | "ms"
            | "mtext"
            | "annotation-xml"
    )
}

// Whether a byte ends a tag name for the tokenizer (white space, `/`, `>`,
// or the end of input).
fn ends_tag_name(c: Option<u8>) -> bool {
    matches!(
        c,
        None | Some(b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>')
    )
}

// Index just past a comment, doctype, CDATA section or bogus comment
// (`<!...>`, `<?...>`) starting at `lt`, read as the tokenizer reads it:
// `<!-->` and `<!--->` are empty comments, a comment ends at `-->` or `--!>`,
// CDATA (only inside svg/math) at `]]>`.
fn comment_end(b: &[u8], lt: usize, foreign: bool) -> usize {
    let rest = b.get(lt..).unwrap_or(&[]);
    if foreign && rest.starts_with(b"<![CDATA[") {
        return memchr::memmem::find(rest, b"]]>").map_or(b.len(), |e| lt + e + 3);
    }
    if !rest.starts_with(b"<!--") {
        return memchr::memchr(b'>', rest).map_or(b.len(), |e| lt + e + 1);
    }
    let body = lt + 4;
    if b.get(body) == Some(&b'>') {
        return body + 1;
    }
    if b.get(body..body + 2) == Some(b"->") {
        return body + 2;
    }
    let mut at = body;
    while let Some(off) = memchr::memmem::find(b.get(at..).unwrap_or(&[]), b"--") {
        let dashes = at + off;
        match b.get(dashes + 2) {
            Some(b'>') => return dashes + 3,
            Some(b'!') if b.get(dashes + 3) == Some(&b'>') => return dashes + 4,
            _ => at = dashes + 1,
        }
    }
    b.len()
}

// A tag name in lower case, without allocating; names longer than the
// buffer (none of the names the scan looks for) come back as "".
fn lowercase_name<'b>(name: &str, buf: &'b mut [u8; 16]) -> &'b str {
    let Some(dst) = buf.get_mut(..name.len()) else {
        return "";
    };
    for (d, c) in dst.iter_mut().zip(name.bytes()) {
        *d = c.to_ascii_lowercase();
    }
    std::str::from_utf8(dst).unwrap_or("")
}

// Pop the elements a start tag closes implicitly, as the HTML parser does.
fn close_implied(stack: &mut Vec<LocalName>, tag: &LocalName) {
    if stack.last() == Some(&local_name!("p")) && closes_p(tag) {
        stack.pop();
    }
    // A list item, definition, option, row or cell closes the previous one
    // up to its container.
    let (same, until): (&[LocalName], &[LocalName]) = match *tag {
        local_name!("li") => (
            &[local_name!("li")],
            &[local_name!("ul"), local_name!("ol")],
        ),
        local_name!("dd") | local_name!("dt") => (
            &[local_name!("dd"), local_name!("dt")],
            &[local_name!("dl")],
        ),
        local_name!("option") => (
            &[local_name!("option")],
            &[
                local_name!("select"),
                local_name!("datalist"),
                local_name!("optgroup"),
            ],
        ),
        local_name!("tr") => (
            &[local_name!("tr")],
            &[
                local_name!("table"),
                local_name!("tbody"),
                local_name!("thead"),
                local_name!("tfoot"),
            ],
        ),
        local_name!("td") | local_name!("th") => (
            &[local_name!("td"), local_name!("th")],
            &[local_name!("tr"), local_name!("table")],
        ),
        local_name!("tbody") | local_name!("thead") | local_name!("tfoot") => (
            &[
                local_name!("tbody"),
                local_name!("thead"),
                local_name!("tfoot"),
            ],
            &[local_name!("table")],
        ),
        _ => return,
    };
    let reach = stack.len().saturating_sub(END_TAG_REACH);
    for pos in (reach..stack.len()).rev() {
        let Some(t) = stack.get(pos) else { break };
        if until.contains(t) {
            return;
        }
        if same.contains(t) {
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

// Index just past the `>` closing a tag whose attributes start at `from`,
// or the end of input, as the tokenizer reads it: a quote opens a value only
// after an attribute name's `=`, and a quoted value may hold `>` and `<`.
fn tag_end(b: &[u8], from: usize) -> usize {
    #[derive(Clone, Copy, PartialEq)]
    enum At {
        BeforeName,
        /// In an attribute name or the spaces after it.
        Name,
        BeforeValue,
        Unquoted,
    }
    let mut state = At::BeforeName;
    let mut i = from;
    while let Some(&c) = b.get(i) {
        let space = matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
        if c == b'>' {
            return i + 1;
        }
        state = match state {
            At::BeforeName if space || c == b'/' => At::BeforeName,
            // A leading `=` belongs to the name.
            At::BeforeName => At::Name,
            At::Name if c == b'=' => At::BeforeValue,
            At::Name if c == b'/' => At::BeforeName,
            At::Name => At::Name,
            At::BeforeValue if space => At::BeforeValue,
            At::BeforeValue if c == b'"' || c == b'\'' => {
                match memchr::memchr(c, b.get(i + 1..).unwrap_or(&[])) {
                    Some(off) => i += off + 1,
                    None => return b.len(),
                }
                At::BeforeName
            }
            At::BeforeValue => At::Unquoted,
            At::Unquoted if space => At::BeforeName,
            At::Unquoted => At::Unquoted,
        };
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

    fn depth_after(tags: &[&str]) -> usize {
        let mut open = OpenElements::default();
        for t in tags {
            open.start(&LocalName::from(*t), false, usize::MAX)
                .expect("no limit");
        }
        open.stack.len()
    }

    #[test]
    fn an_open_link_is_adopted_only_up_to_a_marker() {
        // The second `<a>` takes the first off the stack...
        assert_eq!(depth_after(&["body", "a", "span", "a"]), 3);
        // ...but not across a table cell, which starts a new list of
        // formatting elements.
        assert_eq!(depth_after(&["body", "a", "table", "tr", "td", "a"]), 6);
        assert_eq!(depth_after(&["body", "h1", "h2", "h3"]), 2);
        // The open `<p>` is closed first, then the heading it was in.
        assert_eq!(depth_after(&["body", "h1", "p", "h2"]), 2);
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
