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

use html5ever::tendril::StrTendril;
use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;
use std::time::{Duration, Instant};

use crate::error::Error;

/// Elements that never have children (no end tag).
fn is_void(tag: &str) -> bool {
    // A match compiles to a few length and byte tests (this runs per tag).
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "frame"
    )
}

/// Elements whose content is raw text up to their end tag (`noscript` too:
/// the parser runs with scripting on, as browsers do).
fn is_raw_text(tag: &str) -> bool {
    // A match compiles to a few length and byte tests (this runs per tag).
    matches!(
        tag,
        "iframe"
            | "noscript"
            | "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "noembed"
            | "noframes"
            | "plaintext"
    )
}

/// Start tags that close an open `<p>` (HTML's "close a p element").
fn closes_p(tag: &str) -> bool {
    // A match compiles to a few length and byte tests (this runs per tag).
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
            | "li"
    )
}

/// How far up the stack an end tag looks for its start tag: bounds the scan
/// to linear time on adversarial input (stray end tags under a deep stack).
const END_TAG_REACH: usize = 256;

/// What of a page nothing reads: the content of `<script>` (except JSON)
/// and `<style>` elements, and, when asked for, the attributes that neither
/// the extractor nor the parser reads (`data-*`, `srcset`, SVG path data:
/// see [`crate::html::dom::is_read_attribute`]). Found by [`check_markup`]
/// on its way, so the parser can be spared it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Inert {
    ranges: Vec<Range<usize>>,
}

impl Inert {
    /// The page with the inert content removed (the tags stay, so the tree has
    /// the same elements, with the same read attributes); borrowed when there
    /// is nothing to remove.
    pub fn strip<'a>(&self, html: &'a str) -> Cow<'a, str> {
        if self.ranges.is_empty() {
            return Cow::Borrowed(html);
        }
        let mut out = String::with_capacity(html.len().saturating_sub(self.len()));
        self.kept(html).for_each(|part| out.push_str(part));
        Cow::Owned(out)
    }

    /// [`Inert::strip`] written straight into the tendril the parser reads
    /// (one copy of the page instead of two); `None` for a page too long
    /// for a tendril (4 GiB).
    pub fn strip_to_tendril(&self, html: &str) -> Option<StrTendril> {
        u32::try_from(html.len()).ok()?;
        let kept = u32::try_from(html.len().saturating_sub(self.len())).ok()?;
        let mut out = StrTendril::with_capacity(kept);
        self.kept(html).for_each(|part| out.push_slice(part));
        Some(out)
    }

    // The parts of the page between the inert ranges, in order.
    fn kept<'a>(&'a self, html: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let starts = std::iter::once(0).chain(self.ranges.iter().map(|r| r.end));
        let ends = self.ranges.iter().map(|r| r.start).chain([html.len()]);
        starts
            .zip(ends)
            .map(move |(from, to)| html.get(from..to).unwrap_or(""))
    }

    /// Bytes that [`Inert::strip`] removes.
    pub fn len(&self) -> usize {
        self.ranges.iter().map(|r| r.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }
}

/// Check the markup of an HTML page against the element-count and depth
/// limits without parsing it, and find its inert raw text ([`Inert`]). The
/// estimate follows the parser's implicit closing of `<p>`, `<li>`,
/// `<dd>`/`<dt>`, `<option>`, `<tr>` and cells, so ordinary pages with
/// unclosed paragraphs do not look deep. Tags, comments and raw text are
/// delimited as the HTML tokenizer delimits them, so a range found inert is
/// script or style content, or an unread attribute (when
/// `strip_unread_attributes`), for the parser too.
pub fn check_markup(
    html: &str,
    max_nodes: usize,
    max_depth: usize,
    strip_unread_attributes: bool,
) -> Result<Inert, Error> {
    let b = html.as_bytes();
    let mut stack: Vec<&str> = Vec::new();
    let mut inert = Inert::default();
    // Index in `stack` of the outermost open `<svg>`/`<math>`: inside them
    // (foreign content) `<script>` and `<style>` are not raw text.
    let mut foreign: Option<usize> = None;
    // Whether the scan still reads the markup as the parser does; once
    // foreign content turns ambiguous for a lexical scan, nothing more is
    // found inert (the limits are still checked).
    let mut in_step = true;
    // The `<svg>` element being read, whose content goes if it closes
    // cleanly (nothing reads inside an SVG: the extractor prunes it).
    let mut svg: Option<SvgRun> = None;
    // Where the end tag of the last raw text element (never on the stack) is.
    let mut raw_text_close = usize::MAX;
    let mut elements = 0usize;
    let mut i = 0usize;
    while let Some(off) = memchr::memchr(b'<', b.get(i..).unwrap_or(&[])) {
        let lt = i + off;
        let next = b.get(lt + 1).copied().unwrap_or(0);
        if next == b'!' || next == b'?' {
            i = comment_end(b, lt, foreign.is_some());
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
            // End tags' attributes are dropped by the tokenizer itself.
            i = tag_end(b, end, |_, _| {});
            if lt == raw_text_close {
                // The end of a raw text element, which was never pushed.
                continue;
            }
            if foreign.is_some() && ["p", "br"].iter().any(|t| t.eq_ignore_ascii_case(name)) {
                // `</p>` and `</br>` break out of foreign content.
                in_step = false;
            }
            let reach = stack.len().saturating_sub(END_TAG_REACH);
            let matched = stack
                .get(reach..)
                .and_then(|top| top.iter().rposition(|t| t.eq_ignore_ascii_case(name)))
                .map(|pos| reach + pos);
            if foreign.is_some_and(|f| !matched.is_some_and(|pos| pos >= f)) {
                // An end tag closing no element of the svg/math is read by
                // HTML's rules, which may ignore it (out of scope) or close
                // elements: the scan cannot follow.
                in_step = false;
            }
            if let Some(run) = svg.as_mut() {
                // Inside the SVG an end tag must close one of its elements;
                // anything else goes through HTML's rules, which a lexical
                // scan does not follow.
                run.clean &= in_step && matched.is_some_and(|pos| pos >= run.depth);
                if matched == Some(run.depth) {
                    if run.clean && strip_unread_attributes {
                        inert.ranges.truncate(run.ranges_before);
                        inert.ranges.push(run.content_start..lt);
                    }
                    svg = None;
                }
            }
            if let Some(pos) = matched {
                stack.truncate(pos);
                foreign = foreign.filter(|&f| f < stack.len());
            }
            continue;
        }
        if !next.is_ascii_alphabetic() {
            i = lt + 1;
            continue;
        }
        let (name, end) = tag_name(html, lt + 1);
        let strip_attributes = strip_unread_attributes && in_step;
        // Attributes start where the tokenizer's tag name ends ("a--!" is one name).
        let attrs_from = b.get(end..).map_or(b.len(), |rest| {
            end + rest
                .iter()
                .position(|c| matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>'))
                .unwrap_or(rest.len())
        });
        let close = tag_end(b, attrs_from, |name, whole| {
            let unread = !b.get(name).is_some_and(crate::html::dom::is_read_attribute);
            if strip_attributes && unread {
                inert.ranges.push(whole);
            }
        });
        let self_closing = close >= 2 && b.get(close - 2) == Some(&b'/');
        i = close;
        elements += 1;
        if elements > max_nodes {
            return Err(Error::TooManyNodes {
                count: elements,
                limit: max_nodes,
            });
        }
        let mut lower_buf = [0u8; 16];
        // A name the tokenizer reads longer ("script.js") is another element.
        let lower = if ends_tag_name(b.get(end).copied()) {
            lowercase_name(name, &mut lower_buf)
        } else {
            ""
        };
        if lower == "plaintext" {
            // Everything after `<plaintext>` is text.
            break;
        }
        if foreign.is_some() && leaves_foreign_parsing(lower) {
            in_step = false;
        }
        if is_raw_text(lower) {
            let content_end = if lower == "script" && foreign.is_none() {
                script_end(b, i)
            } else {
                raw_text_end(b, i, lower)
            };
            let content = b.get(i..content_end).unwrap_or(&[]);
            if foreign.is_some() && memchr::memchr(b'<', content).is_some() {
                // Markup, not raw text, inside svg/math: the scan would
                // read it differently from the parser.
                in_step = false;
            }
            let tag = b.get(lt..close).unwrap_or(&[]);
            if in_step
                && foreign.is_none()
                && content_end < b.len()
                && is_inert_raw_text(lower, tag)
            {
                inert.ranges.push(i..content_end);
            }
            i = content_end;
            raw_text_close = content_end;
            continue;
        }
        let open = stack.len();
        // Inside svg/math a start tag closes nothing (a `<td>` there is an
        // SVG element); the tags that break out went out of step above.
        if foreign.is_none() || !in_step {
            close_implied(&mut stack, lower);
        }
        foreign = foreign.filter(|&f| f < stack.len());
        if let Some(run) = svg.as_mut() {
            // HTML's implied end tags do not apply inside an SVG.
            run.clean &= in_step && stack.len() == open;
            if stack.len() <= run.depth {
                svg = None;
            }
        }
        if is_void(lower) || self_closing {
            continue;
        }
        if foreign.is_none() && matches!(lower, "svg" | "math") {
            foreign = Some(stack.len());
            if lower == "svg" {
                svg = Some(SvgRun {
                    depth: stack.len(),
                    content_start: close,
                    ranges_before: inert.ranges.len(),
                    clean: in_step,
                });
            }
        }
        stack.push(name);
        if stack.len() > max_depth {
            return Err(Error::TooDeep {
                depth: stack.len(),
                limit: max_depth,
            });
        }
    }
    Ok(inert)
}

/// An open `<svg>` element, as [`check_markup`] reads it.
struct SvgRun {
    /// Its index in the stack of open elements.
    depth: usize,
    /// Where its content starts (just past its start tag).
    content_start: usize,
    /// How many inert ranges were found before it (those found inside are
    /// replaced by the whole content).
    ranges_before: usize,
    /// Whether every tag inside it so far was read as the parser reads it.
    clean: bool,
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

// Script and style content nothing reads; any JSON script is kept (JSON-LD is
// metadata, and its type may be written with entities: "ld&#x2B;json").
fn is_inert_raw_text(name: &str, tag: &[u8]) -> bool {
    match name {
        "style" => true,
        "script" => !crate::ascii::contains_ignore_case(tag, b"json"),
        _ => false,
    }
}

// Index of the `</script>` that ends script content starting at `from`, or
// the end of input, following the tokenizer's "escaped" states: after `<!--`
// a nested `<script>` hides the next `</script>`, until `-->`.
fn script_end(b: &[u8], from: usize) -> usize {
    #[derive(PartialEq)]
    enum In {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let tag_at = |at: usize, prefix: &[u8]| {
        let after = at + prefix.len() + 6;
        b.get(at + prefix.len()..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(b"script"))
            && b.get(at..at + prefix.len()) == Some(prefix)
            && ends_tag_name(b.get(after).copied())
    };
    let mut state = In::Data;
    let mut i = from;
    while let Some(off) = memchr::memchr2(b'<', b'-', b.get(i..).unwrap_or(&[])) {
        let at = i + off;
        i = at + 1;
        if b.get(at) == Some(&b'-') {
            if state != In::Data && b.get(at..at + 3) == Some(b"-->") {
                state = In::Data;
            }
            continue;
        }
        match state {
            In::Data if b.get(at..at + 4) == Some(b"<!--") => {
                // Resume on the dashes: `<!-->` closes at once.
                state = In::Escaped;
                i = at + 2;
            }
            In::Data | In::Escaped if tag_at(at, b"</") => return at,
            In::Escaped if tag_at(at, b"<") => state = In::DoubleEscaped,
            In::DoubleEscaped if tag_at(at, b"</") => state = In::Escaped,
            _ => {}
        }
    }
    b.len()
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

// Index of the end tag closing raw text (script, style...) that starts at
// `from`, or the end of input: `</name` followed by white space, `/` or `>`,
// as the tokenizer requires.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(off) = memchr::memmem::find(b.get(at..).unwrap_or(&[]), b"</") {
        let start = at + off;
        let after = start + 2 + name.len();
        let candidate = b.get(start + 2..after).unwrap_or(&[]);
        if candidate.eq_ignore_ascii_case(name.as_bytes()) && ends_tag_name(b.get(after).copied()) {
            return start;
        }
        at = start + 2;
    }
    b.len()
}

// Pop the elements a start tag closes implicitly, as the HTML parser does.
fn close_implied(stack: &mut Vec<&str>, tag: &str) {
    let top_is = |s: &Vec<&str>, t: &str| s.last().is_some_and(|x| x.eq_ignore_ascii_case(t));
    if closes_p(tag) && top_is(stack, "p") {
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

// Index just past the `>` closing a tag whose attributes start at `from`,
// or the end of input, as the tokenizer reads it: a quote opens a value only
// after `=`, and a quoted value may hold `>` and `<`. Each attribute the tag
// closes is reported as (name, whole attribute with its value and the spaces
// after it); an attribute cut off by the end of input is not.
fn tag_end(b: &[u8], from: usize, mut attribute: impl FnMut(Range<usize>, Range<usize>)) -> usize {
    #[derive(Clone, Copy)]
    enum At {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Unquoted,
    }
    let mut state = At::BeforeName;
    // Start and name end of the attribute being read.
    let mut start = from;
    let mut name_end = from;
    let mut i = from;
    while let Some(&c) = b.get(i) {
        let space = matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
        if c == b'>' {
            if !matches!(state, At::BeforeName) {
                attribute(start..name_end, start..i);
            }
            return i + 1;
        }
        state = match state {
            At::BeforeName if space || c == b'/' => At::BeforeName,
            At::BeforeName => {
                start = i;
                name_end = i + 1;
                At::Name
            }
            At::Name | At::AfterName if c == b'=' => At::BeforeValue,
            At::Name | At::AfterName if c == b'/' => {
                // Ends the attribute; the slash stays (it may self-close the tag).
                attribute(start..name_end, start..i);
                At::BeforeName
            }
            At::Name | At::AfterName if space => At::AfterName,
            At::Name => {
                name_end = i + 1;
                At::Name
            }
            At::AfterName => {
                attribute(start..name_end, start..i);
                start = i;
                name_end = i + 1;
                At::Name
            }
            At::BeforeValue if space => At::BeforeValue,
            At::BeforeValue if c == b'"' || c == b'\'' => {
                match memchr::memchr(c, b.get(i + 1..).unwrap_or(&[])) {
                    Some(off) => i += off + 1,
                    None => return b.len(),
                }
                attribute(start..name_end, start..i + 1);
                At::BeforeName
            }
            At::BeforeValue => At::Unquoted,
            At::Unquoted if space => {
                attribute(start..name_end, start..i);
                At::BeforeName
            }
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

    #[test]
    fn stripping_into_a_tendril_keeps_what_strip_keeps() {
        let page = "<p data-x=\"1\" class=a>é<script>var x = '<p>';</script><style>p{}</style>\
                    <img srcset=\"a 1x\" alt=b>z";
        for unread in [false, true] {
            let inert = check_markup(page, 1000, 100, unread).expect("within limits");
            let tendril = inert.strip_to_tendril(page).expect("fits a tendril");
            assert_eq!(&*tendril, &*inert.strip(page));
        }
        let none = check_markup("<p>plain</p>", 1000, 100, true).expect("within limits");
        assert_eq!(
            none.strip_to_tendril("<p>plain</p>").as_deref(),
            Some("<p>plain</p>")
        );
    }

    #[test]
    fn ordinary_markup_is_shallow() {
        let page = "<html><body><ul><li>a<li>b<li>c</ul><p>one<p>two<div>x</div>\
                    <table><tr><td>1<td>2<tr><td>3</table><img src=x><br/></body></html>";
        assert!(check_markup(page, 100, 6, false).is_ok());
        let many_p: String = "<p>para".repeat(10_000);
        assert!(check_markup(&many_p, 1_000_000, 5, false).is_ok());
    }

    #[test]
    fn deep_and_large_markup_is_refused() {
        let deep = "<div>".repeat(1000);
        assert!(matches!(
            check_markup(&deep, 1_000_000, 500, false),
            Err(Error::TooDeep { .. })
        ));
        let many = "<span></span>".repeat(1000);
        assert!(matches!(
            check_markup(&many, 999, 500, false),
            Err(Error::TooManyNodes { .. })
        ));
        // Tags inside scripts and comments are not elements.
        let hidden = format!(
            "<script>{}</script><!-- {} -->",
            "<div>".repeat(1000),
            "<div>".repeat(1000)
        );
        assert!(check_markup(&hidden, 10, 5, false).is_ok());
    }

    // The inert text of a page, in order.
    fn inert_texts(page: &str) -> Vec<&str> {
        let inert = check_markup(page, 1000, 100, false).unwrap();
        inert.ranges.iter().map(|r| &page[r.clone()]).collect()
    }

    // The unread attributes of a page, in order, and the page without them.
    fn unread_attributes(page: &str) -> (Vec<&str>, String) {
        let inert = check_markup(page, 1000, 100, true).unwrap();
        let found = inert.ranges.iter().map(|r| &page[r.clone()]).collect();
        (found, inert.strip(page).into_owned())
    }

    #[test]
    fn unread_attributes_are_whole_attributes() {
        let (found, left) =
            unread_attributes("<div class=\"a\" data-x=\"1>2\" ID=b srcset=c>t</div>");
        assert_eq!(found, ["data-x=\"1>2\"", "srcset=c"]);
        assert_eq!(left, "<div class=\"a\"  ID=b >t</div>");
        // Valueless attributes take their spaces; a self-closing slash stays.
        let (found, left) = unread_attributes("<img src=\"a\" loading lazy/>");
        assert_eq!(found, ["src=\"a\"", "loading ", "lazy"]);
        assert_eq!(left, "<img  />");
        // `a=` with nothing after it is still one attribute; so is `a=x/`.
        assert_eq!(unread_attributes("<p a=>x").0, ["a="]);
        assert_eq!(unread_attributes("<p a=x/>x").0, ["a=x/"]);
        // The tag name ends only at a space, a slash or `>`.
        assert_eq!(unread_attributes("<p--!>x<p.x=1 y>").0, ["y"]);
        // Attributes the parser reads stay, whatever their case.
        assert!(unread_attributes("<meta CHARSET=utf-8><input type=hidden>")
            .0
            .is_empty());
        // Markup inside scripts, comments and end tags has no attributes.
        let page = "<script>\"<p data-a=1>\"</script><!-- <p data-b=1> --></p data-c=1>";
        assert_eq!(unread_attributes(page).0, ["\"<p data-a=1>\""]);
    }

    #[test]
    fn cleanly_closed_svg_content_is_inert() {
        let page = "<h1><svg viewBox=\"0 0 9 9\"><title>Logo</title><g><path d=\"M0\"/></g></svg>Name</h1>";
        let (found, left) = unread_attributes(page);
        assert_eq!(
            found,
            [
                "viewBox=\"0 0 9 9\"",
                "<title>Logo</title><g><path d=\"M0\"/></g>"
            ]
        );
        assert_eq!(left, "<h1><svg ></svg>Name</h1>");
        // A cell tag inside an SVG is an SVG element, which closes no cell.
        let (found, _) = unread_attributes("<table><tr><td><svg><td>x</td></svg>");
        assert_eq!(found, ["<td>x</td>"]);
        // Markup that the parser reads by HTML's rules inside an SVG (an
        // element that breaks out, an end tag closing an HTML element)
        // keeps the SVG as it is.
        for page in [
            "<svg><g><p>x</p></g></svg>",
            "<div><svg><g></div></svg>",
            "<svg><title>a<b>c</b></title></svg>",
        ] {
            let inert = check_markup(page, 1000, 100, true).unwrap();
            assert!(
                inert.ranges.iter().all(|r| !page[r.clone()].contains('<')),
                "{page}: {:?}",
                inert.ranges
            );
        }
    }

    #[test]
    fn inert_text_follows_the_tokenizer() {
        // A quoted `>` does not end a tag; a quote opens a value only after `=`.
        assert_eq!(inert_texts("<p title=\"a>b\"><style>x</style>"), ["x"]);
        assert_eq!(inert_texts("<p a'b><style>x</style>"), ["x"]);
        // Empty comments end at once; others at `-->` or `--!>`.
        assert_eq!(inert_texts("<!--><style>x</style>"), ["x"]);
        assert_eq!(inert_texts("<!-- a --!><style>x</style>"), ["x"]);
        assert!(inert_texts("<!-- <style>x</style> -->").is_empty());
        // `<!--` then `<script>` inside a script hides one `</script>`.
        assert_eq!(
            inert_texts("<script><!-- <script>a</script> --></script><p>b</p>"),
            ["<!-- <script>a</script> -->"]
        );
        // Only `</script` followed by a delimiter ends a script.
        assert_eq!(
            inert_texts("<script>a</scripts>b</script >"),
            ["a</scripts>b"]
        );
        // JSON, unclosed scripts and svg content are left alone.
        assert!(inert_texts("<script type=application/json>{}</script>").is_empty());
        assert!(inert_texts("<script>never closed").is_empty());
        assert!(inert_texts("<svg><style>a</style></svg>").is_empty());
        assert_eq!(inert_texts("<svg><path/></svg><style>x</style>"), ["x"]);
        // After a breakout from svg the scan no longer claims to be in step.
        assert!(inert_texts("<svg><p>t</p><style>x</style>").is_empty());
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
