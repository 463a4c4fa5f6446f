//! A whole-input HTML tokenizer that feeds html5ever's tree builder.
//!
//! html5ever's own tokenizer is written for streamed input: it takes one
//! character at a time through a queue of buffers for most states (tag and
//! attribute names, comments, character references), and was about a third
//! of all the work of an extraction. Here the whole page is in memory, so the
//! same states of the WHATWG tokenizer (§13.2.5) are run over bytes: runs of
//! text, attribute values and raw text are found with `memchr` and handed to
//! the tree builder as shared slices of one buffer, not copied char by char.
//!
//! The tree builder is html5ever's, unchanged; the token stream it receives is
//! the one html5ever's tokenizer would give it, except that runs of text come
//! in fewer, longer tokens (the tree builder joins and splits text itself) and
//! no parse-error tokens are sent (the tree sink only stores them). A property
//! test checks the trees are the same for both tokenizers.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{local_name, ns, Attribute, LocalName, QualName};

use super::dom::is_read_attribute;

/// Attributes on one tag beyond which duplicates are found with a set.
const MANY_ATTRIBUTES: usize = 16;

/// How text is read between tags: set by the tree builder after each tag.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Data,
    Rcdata,
    Rawtext,
    ScriptData,
    Plaintext,
}

/// What the tokenizer leaves out of the tree, and the limits it enforces.
/// Nothing reads the text of scripts and style sheets, most attributes
/// (`data-*`, `srcset`, SVG path data: most of a modern page's bytes) or the
/// inside of an inline SVG; not building them spares the tree builder most
/// of its work on such pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Leave out the text of `<script>` (except JSON: JSON-LD is read) and
    /// `<style>` elements that are closed.
    pub inert_text: bool,
    /// Leave out the attributes that nothing reads
    /// ([`super::dom::is_read_attribute`]) and the content of each cleanly
    /// closed `<svg>` (see [`crate::limits::clean_svg_content_end`]).
    pub unread: bool,
    /// Refuse the page past this many elements.
    pub max_nodes: usize,
    /// Refuse the page once its elements nest deeper than this (an estimate
    /// that follows the parser's implied end tags, see
    /// [`crate::limits::OpenElements`]): the tree builder spends time
    /// proportional to the depth on many start tags.
    pub max_depth: usize,
}

impl ParseOptions {
    /// The tree exactly as HTML's parser builds it, and no limits.
    pub const EXACT: ParseOptions = ParseOptions {
        inert_text: false,
        unread: false,
        max_nodes: usize::MAX,
        max_depth: usize::MAX,
    };
}

/// Run the tokenizer over the whole of `html` and finish the tree builder
/// (`sink.end()`); the caller takes the document from the sink.
pub fn tokenize<S: TokenSink>(sink: &S, html: &str) {
    // No limits: nothing to refuse.
    let _ = tokenize_tendril(sink, StrTendril::from_slice(html), &ParseOptions::EXACT);
}

/// [`tokenize`] a page already in a tendril (its text nodes and attribute
/// values are shared slices of it, so the page is not copied again), leaving
/// out what `opts` says; an error (and the tree builder not finished) when a
/// limit is hit.
pub fn tokenize_tendril<S: TokenSink>(
    sink: &S,
    mut buf: StrTendril,
    opts: &ParseOptions,
) -> Result<(), crate::Error> {
    // A byte-order mark is not content (html5ever's `discard_bom`).
    if buf.starts_with('\u{FEFF}') {
        buf.pop_front('\u{FEFF}'.len_utf8() as u32);
    }
    if let std::borrow::Cow::Owned(normalized) = normalize_newlines(&buf) {
        buf = StrTendril::from_slice(&normalized);
    }
    let mut t = Tokenizer {
        sink,
        buf,
        mode: Mode::Data,
        last_start_tag: None,
        names: NameCache::default(),
        opts: *opts,
        inert_raw_text: false,
        seen_math: false,
        elements: 0,
        open: crate::limits::OpenElements::default(),
        error: None,
    };
    t.run();
    if let Some(e) = t.error {
        return Err(e);
    }
    // End of file: the tree builder closes what is open.
    t.emit(Token::EOFToken);
    sink.end();
    Ok(())
}

// The input stream's preprocessing (§13.2.3.5): CR LF and lone CR become LF.
pub(crate) fn normalize_newlines(html: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr(b'\r', html.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(html);
    }
    let b = html.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut from = 0;
    for cr in memchr::memchr_iter(b'\r', b) {
        out.extend_from_slice(&b[from..cr]);
        out.push(b'\n');
        from = if b.get(cr + 1) == Some(&b'\n') {
            cr + 2
        } else {
            cr + 1
        };
    }
    out.extend_from_slice(b.get(from..).unwrap_or(&[]));
    // Only ASCII bytes were replaced: the text is as valid as before.
    std::borrow::Cow::Owned(String::from_utf8(out).unwrap_or_default())
}

struct Tokenizer<'s, S: TokenSink> {
    sink: &'s S,
    /// The whole input; text tokens are shared slices of it.
    buf: StrTendril,
    mode: Mode,
    /// Name of the last start tag emitted: the "appropriate end tag" of raw text.
    last_start_tag: Option<LocalName>,
    names: NameCache,
    opts: ParseOptions,
    /// Whether the raw text being read (that of the last start tag) is left out.
    inert_raw_text: bool,
    /// Whether a `<math>` start tag was seen: inside MathML an `<svg>` may be
    /// a MathML element, so SVG content is kept from then on.
    seen_math: bool,
    /// Start tags so far (those inside left-out SVGs too).
    elements: usize,
    /// The estimated stack of open elements, for the depth limit.
    open: crate::limits::OpenElements,
    /// The limit hit, which stops the run.
    error: Option<crate::Error>,
}

/// Tag and attribute names seen lately, so that most names are found
/// without hashing them into the atom table again (a page repeats a few
/// dozen names thousands of times).
struct NameCache {
    slots: [Option<LocalName>; NAME_SLOTS],
}

/// Slots of the [`NameCache`] (a power of two: a slot is found by a mask,
/// not a division).
const NAME_SLOTS: usize = 128;

impl Default for NameCache {
    fn default() -> Self {
        NameCache {
            slots: std::array::from_fn(|_| None),
        }
    }
}

impl NameCache {
    fn get(&mut self, name: &str) -> LocalName {
        let b = name.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return atom(name);
        };
        let slot = (b.len() * 31 + usize::from(first) * 7 + usize::from(last)) % NAME_SLOTS;
        match self.slots.get_mut(slot) {
            Some(Some(hit)) if &**hit == name => hit.clone(),
            Some(entry) => {
                let a = atom(name);
                // Only names as they are kept: a lowered one differs from its input.
                if &*a == name {
                    *entry = Some(a.clone());
                }
                a
            }
            None => atom(name),
        }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b' ')
}

impl<S: TokenSink> Tokenizer<'_, S> {
    fn bytes(&self) -> &[u8] {
        self.buf.as_bytes()
    }

    fn len(&self) -> usize {
        self.buf.len()
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.bytes().get(i).copied()
    }

    /// `buf[from..to]` as a tendril sharing the input's buffer.
    fn slice(&self, from: usize, to: usize) -> StrTendril {
        let shared = u32::try_from(from)
            .ok()
            .zip(u32::try_from(to.saturating_sub(from)).ok());
        shared
            .and_then(|(offset, len)| self.buf.try_subtendril(offset, len).ok())
            .unwrap_or_else(|| StrTendril::from_slice(self.buf.get(from..to).unwrap_or("")))
    }

    fn emit(&mut self, token: Token) {
        match self.sink.process_token(token, 1) {
            TokenSinkResult::Continue | TokenSinkResult::EncodingIndicator(_) => {}
            TokenSinkResult::Script(_) => self.mode = Mode::Data,
            TokenSinkResult::Plaintext => self.mode = Mode::Plaintext,
            TokenSinkResult::RawData(kind) => {
                self.mode = match kind {
                    RawKind::Rcdata => Mode::Rcdata,
                    RawKind::Rawtext => Mode::Rawtext,
                    RawKind::ScriptData | RawKind::ScriptDataEscaped(_) => Mode::ScriptData,
                }
            }
        }
    }

    /// Emit `buf[from..to]` as text (a shared slice, no copy for long runs).
    fn emit_text(&mut self, from: usize, to: usize) {
        if from < to {
            let t = self.slice(from, to);
            self.emit(Token::CharacterTokens(t));
        }
    }

    /// Emit `buf[from..to]` as text with NUL replaced by U+FFFD (raw text,
    /// RCDATA and PLAINTEXT replace it; the data state does not).
    fn emit_text_replacing_nul(&mut self, from: usize, to: usize) {
        let mut at = from;
        while let Some(i) = self.bytes().get(at..to).and_then(|b| memchr::memchr(0, b)) {
            self.emit_text(at, at + i);
            self.emit(Token::CharacterTokens(StrTendril::from_char('\u{FFFD}')));
            at += i + 1;
        }
        self.emit_text(at, to);
    }

    fn run(&mut self) {
        let mut pos = 0;
        while pos < self.len() && self.error.is_none() {
            pos = match self.mode {
                Mode::Data => self.text_with_references(pos, false),
                Mode::Rcdata => self.text_with_references(pos, true),
                Mode::Rawtext => self.raw_text(pos, false),
                Mode::ScriptData => self.raw_text(pos, true),
                Mode::Plaintext => {
                    self.emit_text_replacing_nul(pos, self.len());
                    self.len()
                }
            };
        }
    }

    /// Text with character references from `pos`, up to the next markup: the
    /// data state (a tag, comment or doctype follows; NUL is its own token)
    /// or RCDATA for `<title>` and `<textarea>` (only the appropriate end tag
    /// closes it; NUL becomes U+FFFD). Returns where to go on.
    fn text_with_references(&mut self, mut pos: usize, rcdata: bool) -> usize {
        loop {
            let rest = self.bytes().get(pos..).unwrap_or(&[]);
            let Some(i) = memchr::memchr3(b'<', b'&', 0, rest) else {
                self.emit_text(pos, self.len());
                return self.len();
            };
            let at = pos + i;
            self.emit_text(pos, at);
            match self.bytes()[at] {
                b'&' => pos = self.char_ref_in_text(at),
                0 if rcdata => {
                    self.emit(Token::CharacterTokens(StrTendril::from_char('\u{FFFD}')));
                    pos = at + 1;
                }
                0 => {
                    self.emit(Token::NullCharacterToken);
                    pos = at + 1;
                }
                _ if !rcdata => return self.markup(at),
                _ => match self.appropriate_end_tag(at) {
                    Some(name_at) => {
                        self.mode = Mode::Data;
                        return self.tag(name_at, TagKind::EndTag);
                    }
                    None => {
                        self.emit_text(at, at + 1);
                        pos = at + 1;
                    }
                },
            }
        }
    }

    /// RAWTEXT and script data: text as it is up to the appropriate end tag
    /// (for scripts, one outside an escaped `<!-- <script> -->` section).
    fn raw_text(&mut self, pos: usize, script: bool) -> usize {
        let end = if script {
            self.script_end(pos)
        } else {
            self.raw_text_end(pos)
        };
        let closing = self.appropriate_end_tag(end);
        // Unclosed raw text is kept: it runs to the end of the page.
        if !(self.inert_raw_text && closing.is_some()) {
            self.emit_text_replacing_nul(pos, end);
        }
        match closing {
            Some(name_at) => {
                self.mode = Mode::Data;
                self.tag(name_at, TagKind::EndTag)
            }
            None => self.len(),
        }
    }

    /// Where the raw text from `pos` ends: the first `<` that opens the
    /// appropriate end tag, or the end of the input.
    fn raw_text_end(&self, mut pos: usize) -> usize {
        while let Some(i) = self
            .bytes()
            .get(pos..)
            .and_then(|b| memchr::memchr(b'<', b))
        {
            let at = pos + i;
            if self.appropriate_end_tag(at).is_some() {
                return at;
            }
            pos = at + 1;
        }
        self.len()
    }

    /// If `</name` at `lt` closes the raw text (the name is the last start
    /// tag's, in any case, followed by a space, `/` or `>`), where the name starts.
    fn appropriate_end_tag(&self, lt: usize) -> Option<usize> {
        let b = self.bytes();
        if b.get(lt) != Some(&b'<') || b.get(lt + 1) != Some(&b'/') {
            return None;
        }
        let last = self.last_start_tag.as_deref()?;
        let name_at = lt + 2;
        let name_end = name_at
            + b.get(name_at..)?
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        let name = b.get(name_at..name_end)?;
        let ends = b
            .get(name_end)
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>');
        (ends && !name.is_empty() && name.eq_ignore_ascii_case(last.as_bytes())).then_some(name_at)
    }

    /// Where script data from `pos` ends, following the escape states of
    /// §13.2.5.15–32: `</script` ends it, except inside `<!-- <script> ... -->`.
    fn script_end(&self, pos: usize) -> usize {
        #[derive(PartialEq)]
        enum S {
            Plain,
            Escaped,
            DoubleEscaped,
        }
        let b = self.bytes();
        let mut s = S::Plain;
        let mut i = pos;
        while i < b.len() {
            match s {
                S::Plain => {
                    let Some(k) = memchr::memchr(b'<', &b[i..]) else {
                        return b.len();
                    };
                    i += k;
                    if self.appropriate_end_tag(i).is_some() {
                        return i;
                    }
                    if b[i..].starts_with(b"<!--") {
                        // "<!--" enters the escaped state; a "-->" right
                        // after (as in "<!-->") leaves it at once.
                        s = S::Escaped;
                        i += 4;
                        // The dashes of "<!--" count towards a closing "-->"
                        // ("<!-->" and "<!--->" leave at once).
                        let dashes = b[i..].iter().take_while(|&&c| c == b'-').count();
                        if b.get(i + dashes) == Some(&b'>') {
                            s = S::Plain;
                            i += dashes + 1;
                        }
                        continue;
                    }
                    i += 1;
                }
                S::Escaped | S::DoubleEscaped => {
                    let Some(k) = memchr::memchr2(b'<', b'-', &b[i..]) else {
                        return b.len();
                    };
                    i += k;
                    if b[i] == b'-' {
                        let dashes = b[i..].iter().take_while(|&&c| c == b'-').count();
                        i += dashes;
                        if dashes >= 2 && b.get(i) == Some(&b'>') {
                            s = S::Plain;
                            i += 1;
                        }
                        continue;
                    }
                    // At a '<'.
                    if s == S::Escaped {
                        if self.appropriate_end_tag(i).is_some() {
                            return i;
                        }
                        if script_word_at(b, i + 1) {
                            s = S::DoubleEscaped;
                            i += 7;
                            continue;
                        }
                    } else if b.get(i + 1) == Some(&b'/') && script_word_at(b, i + 2) {
                        s = S::Escaped;
                        i += 8;
                        continue;
                    }
                    i += 1;
                }
            }
        }
        b.len()
    }

    /// Markup at `lt` (a `<` in the data state): a tag, comment, doctype or
    /// CDATA section, or a plain `<`. Returns where the data state goes on.
    fn markup(&mut self, lt: usize) -> usize {
        match self.byte(lt + 1) {
            Some(c) if c.is_ascii_alphabetic() => self.tag(lt + 1, TagKind::StartTag),
            Some(b'/') => match self.byte(lt + 2) {
                Some(c) if c.is_ascii_alphabetic() => self.tag(lt + 2, TagKind::EndTag),
                Some(b'>') => lt + 3,
                Some(_) => self.bogus_comment(lt + 2),
                None => {
                    self.emit_text(lt, self.len());
                    self.len()
                }
            },
            Some(b'!') => self.markup_declaration(lt + 2),
            Some(b'?') => self.bogus_comment(lt + 1),
            _ => {
                self.emit_text(lt, lt + 1);
                lt + 1
            }
        }
    }

    /// After `<!`: a comment, a doctype, a CDATA section in foreign content,
    /// or a bogus comment.
    fn markup_declaration(&mut self, at: usize) -> usize {
        let b = self.bytes();
        let rest = b.get(at..).unwrap_or(&[]);
        if rest.starts_with(b"--") {
            return self.comment(at + 2);
        }
        if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"doctype") {
            return self.doctype(at + 7);
        }
        if rest.starts_with(b"[CDATA[")
            && self
                .sink
                .adjusted_current_node_present_but_not_in_html_namespace()
        {
            let from = at + 7;
            let (end, next) = match find(b, from, b"]]>") {
                Some(e) => (e, e + 3),
                None => (self.len(), self.len()),
            };
            // html5ever sends a NUL here as its own token (the tree builder
            // replaces it in foreign content).
            let mut at = from;
            while let Some(i) = self.bytes().get(at..end).and_then(|r| memchr::memchr(0, r)) {
                self.emit_text(at, at + i);
                self.emit(Token::NullCharacterToken);
                at += i + 1;
            }
            self.emit_text(at, end);
            return next;
        }
        self.bogus_comment(at)
    }

    /// A comment whose text starts at `from` (after `<!--`), ended by `-->`,
    /// `--!>` or the end of the input (§13.2.5.43–52: `<!-->` and `<!--->`
    /// are empty comments).
    fn comment(&mut self, from: usize) -> usize {
        let b = self.bytes();
        let (end, next) = if b.get(from) == Some(&b'>') {
            (from, from + 1)
        } else if b.get(from..from + 2) == Some(b"->") {
            (from, from + 2)
        } else {
            let mut at = from;
            loop {
                match find(b, at, b"--") {
                    None => break (unclosed_comment_end(b, from), self.len()),
                    Some(d) => {
                        if b.get(d + 2) == Some(&b'>') {
                            break (d, d + 3);
                        }
                        if b.get(d + 2..d + 4) == Some(b"!>") {
                            break (d, d + 4);
                        }
                        at = d + 1;
                    }
                }
            }
        };
        let text = self.text_replacing_nul(from, end);
        self.emit(Token::CommentToken(text));
        next
    }

    /// A bogus comment: its text runs from `from` to the next `>`.
    fn bogus_comment(&mut self, from: usize) -> usize {
        let (end, next) = match self
            .bytes()
            .get(from..)
            .and_then(|r| memchr::memchr(b'>', r))
        {
            Some(i) => (from + i, from + i + 1),
            None => (self.len(), self.len()),
        };
        let text = self.text_replacing_nul(from, end);
        self.emit(Token::CommentToken(text));
        next
    }

    fn text_replacing_nul(&self, from: usize, to: usize) -> StrTendril {
        let slice = self.buf.get(from..to).unwrap_or("");
        if slice.contains('\0') {
            StrTendril::from_slice(&slice.replace('\0', "\u{FFFD}"))
        } else {
            self.slice(from, to)
        }
    }

    /// A doctype after `<!DOCTYPE` (§13.2.5.53–68).
    fn doctype(&mut self, mut i: usize) -> usize {
        // A handle on the same buffer, so that `self` stays free to emit.
        let buf = self.buf.clone();
        let b = buf.as_bytes();
        let n = b.len();
        let mut d = Doctype::default();
        let skip_space = |mut i: usize| {
            while i < n && is_space(b[i]) {
                i += 1;
            }
            i
        };
        // DOCTYPE state and before-name state.
        i = skip_space(i);
        if i >= n || b[i] == b'>' {
            d.force_quirks = true;
            return self.emit_doctype(d, (i + 1).min(n));
        }
        // Name.
        let start = i;
        while i < n && !is_space(b[i]) && b[i] != b'>' {
            i += 1;
        }
        d.name = Some(lower_replacing_nul(&buf[start..i]));
        // After name.
        i = skip_space(i);
        if i >= n {
            d.force_quirks = true;
            return self.emit_doctype(d, n);
        }
        if b[i] == b'>' {
            return self.emit_doctype(d, i + 1);
        }
        let keyword = b.get(i..i + 6);
        let public = keyword.is_some_and(|k| k.eq_ignore_ascii_case(b"public"));
        let system = keyword.is_some_and(|k| k.eq_ignore_ascii_case(b"system"));
        if !public && !system {
            d.force_quirks = true;
            return self.bogus_doctype(d, i);
        }
        i += 6;
        // After the keyword and before the identifier.
        i = skip_space(i);
        let mut want_system = system;
        loop {
            if i >= n {
                d.force_quirks = true;
                return self.emit_doctype(d, n);
            }
            match b[i] {
                b'"' | b'\'' => {
                    let q = b[i];
                    let from = i + 1;
                    let mut j = from;
                    while j < n && b[j] != q && b[j] != b'>' {
                        j += 1;
                    }
                    let id = Some(replacing_nul(&buf[from..j]));
                    if want_system {
                        d.system_id = id;
                    } else {
                        d.public_id = id;
                    }
                    if j >= n {
                        d.force_quirks = true;
                        return self.emit_doctype(d, n);
                    }
                    if b[j] == b'>' {
                        d.force_quirks = true;
                        return self.emit_doctype(d, j + 1);
                    }
                    i = skip_space(j + 1);
                    if want_system {
                        // After the system identifier: anything but `>`
                        // makes a bogus doctype (not a quirky one).
                        if i >= n {
                            d.force_quirks = true;
                            return self.emit_doctype(d, n);
                        }
                        if b[i] == b'>' {
                            return self.emit_doctype(d, i + 1);
                        }
                        return self.bogus_doctype(d, i);
                    }
                    // After the public identifier: a system one may follow.
                    if i < n && b[i] == b'>' {
                        return self.emit_doctype(d, i + 1);
                    }
                    want_system = true;
                    if i < n && !matches!(b[i], b'"' | b'\'') {
                        d.force_quirks = true;
                        return self.bogus_doctype(d, i);
                    }
                }
                b'>' => {
                    d.force_quirks = true;
                    return self.emit_doctype(d, i + 1);
                }
                _ => {
                    d.force_quirks = true;
                    return self.bogus_doctype(d, i);
                }
            }
        }
    }

    fn bogus_doctype(&mut self, d: Doctype, from: usize) -> usize {
        let next = match self
            .bytes()
            .get(from..)
            .and_then(|r| memchr::memchr(b'>', r))
        {
            Some(i) => from + i + 1,
            None => self.len(),
        };
        self.emit_doctype(d, next)
    }

    fn emit_doctype(&mut self, d: Doctype, next: usize) -> usize {
        self.emit(Token::DoctypeToken(d));
        next
    }

    /// A start or end tag whose name starts at `name_at` (an ASCII letter):
    /// §13.2.5.8 and 32–40. A tag cut off by the end of the input is dropped.
    fn tag(&mut self, name_at: usize, kind: TagKind) -> usize {
        // A handle on the same buffer, so that `self` stays free.
        let buf = self.buf.clone();
        let b = buf.as_bytes();
        let n = b.len();
        let mut i = name_at;
        while i < n && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
            i += 1;
        }
        let name = self.names.get(&buf[name_at..i]);
        let mut attrs: Vec<Attribute> = Vec::new();
        // The names so far, once a tag has many attributes: a linear search
        // for duplicates would make one tag of 100,000 attributes quadratic.
        let mut many: Option<std::collections::HashSet<LocalName>> = None;
        let mut duplicates = false;
        let mut self_closing = false;
        // Before attribute name.
        loop {
            while i < n && is_space(b[i]) {
                i += 1;
            }
            if i >= n {
                return n;
            }
            match b[i] {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    // Self-closing start tag state: `/>` closes, else the
                    // slash is dropped and attributes go on.
                    if b.get(i + 1) == Some(&b'>') {
                        self_closing = true;
                        i += 2;
                        break;
                    }
                    i += 1;
                    continue;
                }
                _ => {}
            }
            // Attribute name: a leading '=' belongs to it.
            let start = i;
            i += 1;
            while i < n && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            // An unread attribute is read past, not built.
            let read = !self.opts.unread || is_read_attribute(&b[start..i]);
            let attr_name = read.then(|| self.names.get(&buf[start..i]));
            // After attribute name.
            while i < n && is_space(b[i]) {
                i += 1;
            }
            let mut value = StrTendril::new();
            if i < n && b[i] == b'=' {
                i += 1;
                while i < n && is_space(b[i]) {
                    i += 1;
                }
                if i >= n {
                    return n;
                }
                let value_at = match b[i] {
                    q @ (b'"' | b'\'') => {
                        let from = i + 1;
                        let Some(k) = memchr::memchr(q, &b[from..]) else {
                            return n;
                        };
                        i = from + k + 1;
                        Some((from, from + k))
                    }
                    // Missing value: the tag ends here.
                    b'>' => None,
                    _ => {
                        let from = i;
                        while i < n && !is_space(b[i]) && b[i] != b'>' {
                            i += 1;
                        }
                        if i >= n {
                            return n;
                        }
                        Some((from, i))
                    }
                };
                if let (Some((from, to)), true) = (value_at, read) {
                    value = self.attribute_value(from, to);
                }
            }
            let Some(attr_name) = attr_name else {
                continue;
            };
            let duplicate = match many.as_mut() {
                Some(names) => !names.insert(attr_name.clone()),
                None => {
                    let seen = attrs.iter().any(|a| a.name.local == attr_name);
                    if !seen && attrs.len() >= MANY_ATTRIBUTES {
                        let mut names: std::collections::HashSet<LocalName> =
                            attrs.iter().map(|a| a.name.local.clone()).collect();
                        names.insert(attr_name.clone());
                        many = Some(names);
                    }
                    seen
                }
            };
            if duplicate {
                duplicates = true;
            } else {
                attrs.push(Attribute {
                    name: QualName::new(None, ns!(), attr_name),
                    value,
                });
            }
        }
        let start = kind == TagKind::StartTag;
        if start {
            self.last_start_tag = Some(name.clone());
            self.count_elements(1);
            if let Err(e) = self.open.start(&name, self_closing, self.opts.max_depth) {
                self.error.get_or_insert(e);
            }
            self.seen_math |= name == local_name!("math");
            // Nothing reads a script (but JSON-LD) or a style sheet.
            self.inert_raw_text = self.opts.inert_text
                && (name == local_name!("style")
                    || (name == local_name!("script")
                        && !crate::ascii::contains_ignore_case(&b[name_at..i], b"json")));
        } else {
            self.open.end(&name);
        }
        if self.error.is_some() {
            return n;
        }
        let svg = start && !self_closing && name == local_name!("svg");
        self.emit(Token::TagToken(Tag {
            kind,
            name,
            self_closing,
            attrs,
            had_duplicate_attributes: duplicates,
        }));
        if svg && self.opts.unread && !self.seen_math && self.mode == Mode::Data {
            // Nothing reads inside an SVG: go on at its end tag.
            if let Some((end, inside)) = crate::limits::clean_svg_content_end(&buf, i) {
                self.count_elements(inside);
                return end;
            }
        }
        i
    }

    /// Count `more` elements against the limit; every few thousand, look at
    /// the page's clock too (a large page under a deep stack of open
    /// elements parses slowly).
    fn count_elements(&mut self, more: usize) {
        const CLOCK_EVERY: usize = 4096;
        if self.elements / CLOCK_EVERY != (self.elements + more) / CLOCK_EVERY
            && crate::limits::over_time("parse")
        {
            if let Some(e) = crate::limits::timeout_error() {
                self.error.get_or_insert(e);
            }
        }
        self.elements = self.elements.saturating_add(more);
        if self.elements > self.opts.max_nodes {
            self.error.get_or_insert(crate::Error::TooManyNodes {
                count: self.elements,
                limit: self.opts.max_nodes,
            });
        }
    }

    /// An attribute value `buf[from..to]` with character references decoded
    /// and NUL replaced.
    fn attribute_value(&self, from: usize, to: usize) -> StrTendril {
        let raw = self.bytes().get(from..to).unwrap_or(&[]);
        if memchr::memchr2(b'&', 0, raw).is_none() {
            return self.slice(from, to);
        }
        let mut out = StrTendril::with_capacity(u32::try_from(raw.len()).unwrap_or(0));
        let mut i = from;
        while i < to {
            let run = self
                .bytes()
                .get(i..to)
                .and_then(|r| memchr::memchr2(b'&', 0, r))
                .unwrap_or(to - i);
            out.push_slice(self.buf.get(i..i + run).unwrap_or(""));
            i += run;
            match self.byte(i) {
                Some(b'&') if i < to => {
                    let (decoded, next) = self.char_ref(i, to, true);
                    match decoded {
                        Some(r) => r.push_to(&mut out),
                        None => out.push_char('&'),
                    }
                    i = next;
                }
                Some(0) if i < to => {
                    out.push_char('\u{FFFD}');
                    i += 1;
                }
                _ => break,
            }
        }
        out
    }

    /// A character reference at `amp` in text: emits what it stands for
    /// (or the `&` alone) and returns where the text goes on.
    fn char_ref_in_text(&mut self, amp: usize) -> usize {
        let (decoded, next) = self.char_ref(amp, self.len(), false);
        match decoded {
            Some(r) => {
                let mut t = StrTendril::new();
                r.push_to(&mut t);
                self.emit(Token::CharacterTokens(t));
            }
            None => self.emit_text(amp, amp + 1),
        }
        next
    }

    /// Decode the character reference at `amp` (§13.2.5.72–80), reading no
    /// further than `end`. `None` means the `&` is literal and the text goes
    /// on right after it.
    fn char_ref(&self, amp: usize, end: usize, in_attribute: bool) -> (Option<CharRef>, usize) {
        let b = self.bytes().get(..end).unwrap_or(self.bytes());
        let literal = (None, amp + 1);
        match b.get(amp + 1) {
            Some(c) if c.is_ascii_alphanumeric() => {}
            Some(b'#') => return numeric_char_ref(b, amp),
            _ => return literal,
        }
        // Longest entity name matching the input (the table holds every
        // prefix of a name, with (0, 0) when the prefix itself is none).
        let from = amp + 1;
        let mut i = from;
        let mut best: Option<(usize, (u32, u32))> = None;
        while i < b.len() {
            let Some(len) = utf8_len(b[i]) else { break };
            let Some(name) = self.buf.get(from..i + len) else {
                break;
            };
            match html5ever::data::NAMED_ENTITIES.get(name) {
                Some(&m) => {
                    if m.0 != 0 {
                        best = Some((i + len, m));
                    }
                    i += len;
                }
                None => break,
            }
        }
        let Some((after, (c1, c2))) = best else {
            return literal;
        };
        let last_matched = b[after - 1];
        let next = b.get(after).copied();
        // In an attribute, "&copy=" or "&copyx" without a semicolon stays
        // literal, for historical reasons.
        if in_attribute
            && last_matched != b';'
            && next.is_some_and(|c| c == b'=' || c.is_ascii_alphanumeric())
        {
            return literal;
        }
        (Some(CharRef::named(c1, c2)), after)
    }
}

/// `&#...;` at `amp`: decimal or hex digits, an optional `;`, and the
/// replacements for invalid code points (§13.2.5.80).
fn numeric_char_ref(b: &[u8], amp: usize) -> (Option<CharRef>, usize) {
    let mut i = amp + 2;
    let hex = matches!(b.get(i), Some(b'x' | b'X'));
    if hex {
        i += 1;
    }
    let base = if hex { 16 } else { 10 };
    let digits_from = i;
    let mut num: u32 = 0;
    let mut too_big = false;
    while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(base)) {
        num = num.wrapping_mul(base);
        if num > 0x10FFFF {
            too_big = true;
        }
        num = num.wrapping_add(d);
        i += 1;
    }
    if i == digits_from {
        return (None, amp + 1);
    }
    if b.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match num {
        n if n > 0x10FFFF || too_big => '\u{FFFD}',
        0x00 | 0xD800..=0xDFFF => '\u{FFFD}',
        0x80..=0x9F => html5ever::data::C1_REPLACEMENTS[(num - 0x80) as usize]
            .or_else(|| char::from_u32(num))
            .unwrap_or('\u{FFFD}'),
        n => char::from_u32(n).unwrap_or('\u{FFFD}'),
    };
    (Some(CharRef([Some(c), None])), i)
}

/// What a character reference stands for: one or two characters.
#[derive(Clone, Copy)]
struct CharRef([Option<char>; 2]);

impl CharRef {
    /// From the entity table's pair of code points (0 for none).
    fn named(c1: u32, c2: u32) -> CharRef {
        let second = if c2 == 0 { None } else { char::from_u32(c2) };
        CharRef([char::from_u32(c1), second])
    }

    fn push_to(self, out: &mut StrTendril) {
        for c in self.0.into_iter().flatten() {
            out.push_char(c);
        }
    }
}

/// Length of the UTF-8 sequence a lead byte starts (`None` inside one).
fn utf8_len(lead: u8) -> Option<usize> {
    match lead {
        0x00..=0x7F => Some(1),
        0xC0..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF7 => Some(4),
        _ => None,
    }
}

/// Is `script` (any case) at `at`, followed by a space, `/` or `>`?
fn script_word_at(b: &[u8], at: usize) -> bool {
    b.get(at..at + 6)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"script"))
        && b.get(at + 6)
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|i| from + i)
}

/// A tag or attribute name: ASCII upper case lowered, NUL replaced.
fn atom(name: &str) -> LocalName {
    if name.bytes().any(|c| c.is_ascii_uppercase() || c == 0) {
        LocalName::from(&*lower_replacing_nul(name))
    } else {
        LocalName::from(name)
    }
}

fn lower_replacing_nul(s: &str) -> StrTendril {
    StrTendril::from_slice(&s.to_ascii_lowercase().replace('\0', "\u{FFFD}"))
}

fn replacing_nul(s: &str) -> StrTendril {
    StrTendril::from_slice(&s.replace('\0', "\u{FFFD}"))
}

/// A full outline of a parsed tree (quirks mode; every node with its
/// namespace, name and attributes, or its text), one line a node: two
/// parses give the same outline only if they built the same tree. Used to
/// test this tokenizer against html5ever's own.
pub fn tree_outline(doc: &scraper::Html) -> String {
    use ego_tree::iter::Edge;
    use scraper::Node;
    use std::fmt::Write;
    let mut out = format!("quirks {:?}\n", doc.quirks_mode);
    let mut depth = 0usize;
    for edge in doc.tree.root().traverse() {
        let node = match edge {
            Edge::Open(n) => n,
            Edge::Close(_) => {
                depth = depth.saturating_sub(1);
                continue;
            }
        };
        let pad = " ".repeat(depth);
        depth += 1;
        let _ = match node.value() {
            Node::Document => writeln!(out, "{pad}#document"),
            Node::Fragment => writeln!(out, "{pad}#fragment"),
            Node::Doctype(d) => writeln!(
                out,
                "{pad}<!doctype {:?} {:?} {:?}>",
                d.name(),
                d.public_id(),
                d.system_id()
            ),
            Node::Comment(c) => writeln!(out, "{pad}<!-- {:?} -->", &**c),
            Node::Text(t) => writeln!(out, "{pad}{:?}", &**t),
            Node::Element(e) => {
                let mut line = format!("{pad}<{:?} {}", e.name.ns, e.name.local);
                for (name, value) in e.attrs.iter() {
                    let _ = write!(line, " {:?}:{}={:?}", name.ns, name.local, &**value);
                }
                writeln!(out, "{line}>")
            }
            Node::ProcessingInstruction(p) => writeln!(out, "{pad}<?{:?}>", &**p),
        };
    }
    out
}

/// The parsed tree as the extractor can see it, one entry per node in
/// document order: elements with their attributes (only the read ones, and
/// nothing inside an SVG, when `read_only`), texts (but those of scripts and
/// style sheets) and comments. A page parsed with [`ParseOptions`] leaving
/// out what nothing reads must give the outline of the whole page.
pub fn read_outline(doc: &scraper::Html, read_only: bool) -> Vec<String> {
    use scraper::Node;
    let mut out = Vec::new();
    for node in doc.tree.root().descendants() {
        let in_svg = || {
            node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| e.name.ns == ns!(svg) && e.name.local == local_name!("svg"))
            })
        };
        if read_only && in_svg() {
            continue;
        }
        match node.value() {
            Node::Element(e) => {
                let mut attrs: Vec<String> = e
                    .attrs()
                    .filter(|(k, _)| !read_only || is_read_attribute(k.as_bytes()))
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                attrs.sort();
                out.push(format!("<{} {}>", e.name(), attrs.join(" ")));
            }
            Node::Text(t) => {
                let parent = node
                    .parent()
                    .and_then(|p| p.value().as_element().map(|e| e.name()));
                if !matches!(parent, Some("script" | "style")) {
                    out.push(t.to_string());
                }
            }
            Node::Comment(c) => out.push(format!("<!--{}-->", &**c)),
            _ => {}
        }
    }
    out
}

/// Where the text of a comment cut off by the end of the input ends: the
/// comment-end states hold back a last `-`, two of a last run of dashes, or
/// a last `--!` (they would have closed the comment).
fn unclosed_comment_end(b: &[u8], from: usize) -> usize {
    let end = b.len();
    let body = b.get(from..).unwrap_or(&[]);
    if body.ends_with(b"--!") {
        return end - 3;
    }
    let dashes = body.iter().rev().take_while(|&&c| c == b'-').count();
    match dashes {
        0 => end,
        1 => end - 1,
        _ => end - 2,
    }
}
