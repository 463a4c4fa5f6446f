//! Turn the selected containers into typed blocks in document order, with the
//! last in-content filters (link-dense blocks, boilerplate lines, the heading
//! that repeats the page title).

use super::boiler;
use super::dom::FastAttr;
use super::dom::{heading_level, is_block_tag, Dom, Kind, TextSize};
use crate::ascii::swar;
use crate::class_hints::{remembered, Memo};
use crate::phrases;
use crate::record::{Block, Removed};
use html5ever::local_name;
use std::borrow::Cow;

/// Nesting below which a subtree is read as flat text (bounds recursion).
const MAX_DEPTH: usize = 200;
/// Cap on explain entries per page.
pub const MAX_REMOVED: usize = 400;
/// Cap on the text kept per explain entry.
const MAX_REMOVED_CHARS: usize = 240;

/// Shorten explain text to a bounded preview.
pub fn preview(s: &str) -> String {
    let s = crate::normalize::collapse_whitespace(s);
    if s.chars().count() <= MAX_REMOVED_CHARS {
        return s;
    }
    let mut out: String = s.chars().take(MAX_REMOVED_CHARS).collect();
    out.push('…');
    out
}

/// Inline text under construction, with how much of it sits in links.
#[derive(Default)]
struct Inline {
    text: String,
    link_chars: usize,
}

impl Inline {
    // Append text with its whitespace runs collapsed to one space (source
    // line breaks are not layout).
    fn push_text(&mut self, s: &str, in_link: bool) {
        // White space opening the text is trimmed by every reader of it:
        // it is not kept (a page has many white-space-only text nodes
        // between blocks, each would cost an allocation).
        let s = if self.text.is_empty() {
            s.trim_start()
        } else {
            s
        };
        if s.is_empty() {
            return;
        }
        self.text.reserve(s.len());
        let mut last_space = self.text.ends_with(' ') || self.text.ends_with('\n');
        // Words joined by single spaces are copied whole (most text is such
        // a run); other white space adds one space unless one ends the text.
        let mut i = 0;
        while let Some(c) = char_at(s, i) {
            if c.is_whitespace() {
                if !last_space {
                    self.text.push(' ');
                    last_space = true;
                }
                i += c.len_utf8();
                continue;
            }
            let (end, spaces) = single_spaced_run(s, i);
            let run = s.get(i..end).unwrap_or_default();
            self.text.push_str(run);
            last_space = false;
            if in_link {
                self.link_chars += char_count(run) - spaces;
            }
            i = end;
        }
    }

    fn push_break(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
        }
        self.text.push('\n');
    }

    fn push_space(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') && !self.text.ends_with('\n') {
            self.text.push(' ');
        }
    }

    fn take(&mut self) -> Inline {
        std::mem::take(self)
    }
}

// The character at byte `i` of `s` (ASCII without decoding).
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

// The end of the run of words joined by single ASCII spaces that starts at
// byte `from` (a character that is no white space), and its spaces.
fn single_spaced_run(s: &str, from: usize) -> (usize, usize) {
    let bytes = s.as_bytes();
    let (mut i, mut spaces) = (from, 0);
    // Eight ASCII bytes at a time, up to the first white space that ends the
    // run: one that is no space, or a space before white space (a space in
    // the chunk's last byte is left to the loop below, which sees the next).
    while let Some(x) = swar::ascii_chunk(bytes, i) {
        let space = swar::bytes_equal(x, b' ');
        let white = space | swar::bytes_in(x, b'\t', b'\r');
        let ends = (white & !space) | (space & (white >> 8)) | (space & (0x80 << 56));
        let ascii_run = if ends == 0 {
            8
        } else {
            ends.trailing_zeros() as usize / 8
        };
        let before = match ascii_run {
            8 => u64::MAX,
            n => (1u64 << (8 * n)) - 1,
        };
        spaces += (space & before).count_ones() as usize;
        i += ascii_run;
        if ascii_run < 8 {
            break;
        }
    }
    while let Some(c) = char_at(s, i) {
        if !c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        // A single space between two words stays in the run.
        if bytes.get(i) == Some(&b' ') && char_at(s, i + 1).is_some_and(|n| !n.is_whitespace()) {
            spaces += 1;
            i += 1;
            continue;
        }
        break;
    }
    (i, spaces)
}

// Characters of `s`: its bytes that do not continue one.
fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// Writes blocks for the selected containers.
pub struct Writer<'d, 'a> {
    dom: &'d Dom<'a>,
    dead: &'d [bool],
    titles: Vec<Vec<String>>,
    explain: bool,
    /// Keep link-dense items (listing pages, where the items are links).
    keep_links: bool,
    /// Link density above which a paragraph or list is navigation.
    link_limit: f32,
    /// Drop short UI/boilerplate lines (off with a recall bias).
    drop_ui_lines: bool,
    pub blocks: Vec<Block>,
    pub removed: Vec<Removed>,
    pending: Inline,
}

impl<'d, 'a> Writer<'d, 'a> {
    pub fn new(
        dom: &'d Dom<'a>,
        dead: &'d [bool],
        titles: &[String],
        explain: bool,
        keep_links: bool,
    ) -> Self {
        Writer {
            dom,
            dead,
            titles: titles
                .iter()
                .map(|t| {
                    let words = boiler::words_of(t).into_iter();
                    words.map(Cow::into_owned).collect::<Vec<String>>()
                })
                .filter(|w| !w.is_empty())
                .collect(),
            explain,
            keep_links,
            link_limit: 0.6,
            drop_ui_lines: true,
            blocks: Vec::new(),
            removed: Vec::new(),
            pending: Inline::default(),
        }
    }

    /// Shift the in-content filters for a precision or recall bias.
    pub fn with_bias(mut self, bias: crate::Bias) -> Self {
        (self.link_limit, self.drop_ui_lines) = match bias {
            crate::Bias::Balanced => (0.6, true),
            crate::Bias::Precision => (0.45, true),
            crate::Bias::Recall => (0.8, false),
        };
        self
    }

    fn drop_text(&mut self, text: &str, reason: impl Into<String>) {
        if self.explain && self.removed.len() < MAX_REMOVED && !text.trim().is_empty() {
            self.removed.push(Removed::new(preview(text), reason));
        }
    }

    /// Write one selected container.
    pub fn write_root(&mut self, i: usize) {
        if is_block_tag(self.dom.tag(i)) {
            self.block(i, 0);
        } else {
            let mut buf = Inline::default();
            self.collect(i, &mut buf, false, 0);
            self.pending = buf;
        }
        self.flush();
        self.drop_trailing_headings();
    }

    /// Write a container the user asked to keep: its linked items stay too.
    pub fn write_kept_root(&mut self, i: usize) {
        let keep_links = std::mem::replace(&mut self.keep_links, true);
        self.write_root(i);
        self.keep_links = keep_links;
    }

    /// Final passes over the written blocks: drop sections introduced by a
    /// "related items" heading, and blocks repeating an earlier block
    /// (carousel and responsive duplicates).
    pub fn finish(&mut self) {
        let blocks = std::mem::take(&mut self.blocks);
        let sections = dropped_sections(&blocks);
        // Kept blocks by the hash of their words.
        let mut seen: rustc_hash::FxHashMap<u64, Vec<usize>> = Default::default();
        let mut earlier = Shingles::default();
        // Shingles are only needed up to the last quote.
        let last_quote = blocks
            .iter()
            .rposition(|b| matches!(b, Block::Quote { .. }));
        for (idx, b) in blocks.into_iter().enumerate() {
            if let Some(Some(reason)) = sections.get(idx) {
                let reason = reason.clone();
                self.drop_text(&b.plain_text_cow(), reason);
                continue;
            }
            let mut quoted = false;
            if last_quote.is_some_and(|q| idx <= q) {
                let text = b.plain_text_cow();
                let words = boiler::words_of(&text);
                quoted = matches!(b, Block::Quote { .. }) && earlier.repeats(&words);
                earlier.add(&words);
            }
            if quoted {
                self.drop_text(
                    &b.plain_text_cow(),
                    "quoted-repeat (a quote of text given earlier on the page)",
                );
                continue;
            }
            let text = b.plain_text_cow();
            let key = duplicate_key(&text).filter(|_| !matches!(b, Block::Code { .. }));
            let earlier_copy = key.is_some_and(|k| {
                seen.get(&k).is_some_and(|kept: &Vec<usize>| {
                    kept.iter().any(|&i| {
                        self.blocks.get(i).is_some_and(|e| {
                            e.plain_text_cow()
                                .split_whitespace()
                                .eq(text.split_whitespace())
                        })
                    })
                })
            });
            drop(text);
            if earlier_copy {
                self.drop_text(
                    &b.plain_text_cow(),
                    "duplicate-block (same text as an earlier block)",
                );
                continue;
            }
            if let Some(k) = key {
                seen.entry(k).or_default().push(self.blocks.len());
            }
            self.blocks.push(b);
        }
        self.drop_appeals_at_end();
        self.drop_trailing_headings();
    }

    // The last few paragraphs of an article that appeal to the reader
    // (subscribe, get the app, follow us, support us): the site's voice
    // after the text ends. Only behind enough text to be an article, and
    // not on pages of items.
    fn drop_appeals_at_end(&mut self) {
        if self.keep_links || !self.drop_ui_lines {
            return;
        }
        let first = self.blocks.len().saturating_sub(TAIL_BLOCKS);
        let is_appeal =
            |b: &Block| matches!(b, Block::Paragraph { text } if phrases::is_reader_appeal(text));
        // Nothing to drop unless the tail holds an appeal (the words are
        // counted only then).
        if !self
            .blocks
            .get(first..)
            .is_some_and(|t| t.iter().any(is_appeal))
        {
            return;
        }
        let total: u32 = self
            .blocks
            .iter()
            .map(|b| TextSize::of(&b.plain_text_cow()).words)
            .sum();
        if total < MIN_ARTICLE_WORDS_FOR_TAIL {
            return;
        }
        let mut idx = self.blocks.len();
        let mut after: u32 = 0;
        while idx > first {
            idx -= 1;
            let Some(b) = self.blocks.get(idx) else {
                break;
            };
            after += TextSize::of(&b.plain_text_cow()).words;
            // Past the end of the text: most of the content comes before.
            let at_end = after * TAIL_SHARE_DIVISOR <= total;
            if at_end && is_appeal(b) {
                let b = self.blocks.remove(idx);
                self.drop_text(
                    &b.plain_text_cow(),
                    "reader-appeal (after the end of the text)",
                );
            }
        }
    }

    // A heading with no content after it (end of the selection) labels something that was dropped.
    fn drop_trailing_headings(&mut self) {
        while let Some(Block::Heading { text, .. }) = self.blocks.last() {
            let text = text.clone();
            self.blocks.pop();
            self.drop_text(&text, "orphan-heading (no content after it)");
        }
    }

    // Collect the inline text of `i`'s subtree into `buf`.
    fn collect(&self, i: usize, buf: &mut Inline, in_link: bool, depth: usize) {
        let dom = self.dom;
        let mut prev_elem: Option<&str> = None;
        for c in dom.children(i) {
            if self.dead.get(c).copied().unwrap_or(true) {
                continue;
            }
            match dom.items[c].kind {
                Kind::Text(t) => {
                    buf.push_text(t, in_link);
                    prev_elem = None;
                }
                Kind::Elem(e) => {
                    let tag = e.name();
                    if tag == "br" {
                        buf.push_break();
                        prev_elem = None;
                        continue;
                    }
                    if prev_elem.is_some_and(|p| separates_adjacent(p, tag)) {
                        buf.push_space();
                    }
                    prev_elem = Some(tag);
                    let block = is_block_tag(tag) || matches!(tag, "td" | "th");
                    if block {
                        buf.push_space();
                    }
                    if depth < MAX_DEPTH {
                        self.collect(c, buf, in_link || tag == "a", depth + 1);
                    } else {
                        self.flat_text(c, buf);
                    }
                    if block {
                        buf.push_space();
                    }
                }
            }
        }
    }

    // Text of a subtree read as one flat run, without recursion (for trees
    // nested deeper than MAX_DEPTH).
    fn flat_text(&self, i: usize, buf: &mut Inline) {
        let end = self.dom.end(i);
        let mut j = i;
        while j < end {
            if self.dead.get(j).copied().unwrap_or(true) {
                j = self.dom.end(j).max(j + 1);
                continue;
            }
            match self.dom.items[j].kind {
                Kind::Text(t) => buf.push_text(t, false),
                Kind::Elem(e) => {
                    if is_block_tag(e.name()) {
                        buf.push_space();
                    }
                }
            }
            j += 1;
        }
    }

    // Walk a container: inline runs become paragraphs, block children their blocks.
    fn container(&mut self, i: usize, depth: usize) {
        let dom = self.dom;
        let mut prev_elem: Option<&str> = None;
        for c in dom.children(i) {
            if self.dead.get(c).copied().unwrap_or(true) {
                continue;
            }
            match dom.items[c].kind {
                Kind::Text(t) => {
                    self.pending.push_text(t, false);
                    prev_elem = None;
                }
                Kind::Elem(e) => {
                    let tag = e.name();
                    if prev_elem.is_some_and(|p| separates_adjacent(p, tag)) {
                        self.pending.push_space();
                    }
                    prev_elem = (tag != "br").then_some(tag);
                    if tag == "br" {
                        self.pending.push_break();
                    } else if is_block_tag(tag) {
                        self.flush();
                        if depth < MAX_DEPTH {
                            self.block(c, depth + 1);
                        } else {
                            let mut buf = Inline::default();
                            self.flat_text(c, &mut buf);
                            self.pending = buf;
                        }
                        self.flush();
                    } else {
                        let mut buf = self.pending.take();
                        self.collect_one(c, &mut buf, depth);
                        self.pending = buf;
                    }
                }
            }
        }
    }

    // Collect one inline element (itself, not only its children).
    fn collect_one(&self, c: usize, buf: &mut Inline, depth: usize) {
        if self.dom.tag(c) == "a" {
            self.collect(c, buf, true, depth + 1);
        } else {
            self.collect(c, buf, false, depth + 1);
        }
    }

    // Write a block element.
    fn block(&mut self, i: usize, depth: usize) {
        let tag = self.dom.tag(i);
        if let Some(level) = heading_level(tag) {
            let mut buf = Inline::default();
            self.collect(i, &mut buf, false, depth);
            self.heading(level, buf);
            return;
        }
        if tag != "figcaption" && is_caption_element(self.dom, i) {
            let mut buf = Inline::default();
            self.collect(i, &mut buf, false, depth);
            if TextSize::of(&buf.text).words <= MAX_CAPTION_WORDS {
                self.caption(buf.text);
                return;
            }
            self.pending = buf;
            self.flush();
            return;
        }
        match tag {
            "p" => {
                let mut buf = Inline::default();
                self.collect(i, &mut buf, false, depth);
                self.paragraph(buf);
            }
            "ul" | "ol" | "menu" | "dir" => self.list(i, tag == "ol", depth),
            "pre" => {
                let mut s = String::new();
                self.raw_text(i, &mut s, depth);
                self.emit_code(s);
            }
            "blockquote" => {
                let mut buf = Inline::default();
                self.collect(i, &mut buf, false, depth);
                let text = buf.text.trim().to_string();
                let size = TextSize::of(&text);
                if let Some(reason) = self.text_drop_reason(&text, size, buf.link_chars) {
                    self.drop_text(&text, reason);
                } else if !text.is_empty() {
                    self.blocks.push(Block::Quote { text });
                }
            }
            "figcaption" => {
                let mut buf = Inline::default();
                self.collect(i, &mut buf, false, depth);
                self.caption(buf.text);
            }
            "table" if is_data_table(self.dom, self.dead, i) => self.table(i, depth),
            "hr" => {}
            _ => self.container(i, depth),
        }
    }

    // Raw text for code: whitespace kept exactly, <br> as a newline.
    fn raw_text(&self, i: usize, out: &mut String, depth: usize) {
        for c in self.dom.children(i) {
            if self.dead.get(c).copied().unwrap_or(true) {
                continue;
            }
            match self.dom.items[c].kind {
                Kind::Text(t) => out.push_str(t),
                Kind::Elem(e) => {
                    if e.name() == "br" {
                        out.push('\n');
                    } else if depth < MAX_DEPTH {
                        self.raw_text(c, out, depth + 1);
                    } else {
                        let mut buf = Inline::default();
                        self.flat_text(c, &mut buf);
                        out.push_str(&buf.text);
                    }
                }
            }
        }
    }

    fn emit_code(&mut self, s: String) {
        if !s.trim().is_empty() {
            self.blocks.push(Block::Code { text: s });
        }
    }

    fn flush(&mut self) {
        let buf = self.pending.take();
        if !buf.text.trim().is_empty() {
            self.paragraph(buf);
        }
    }

    // Emit a paragraph; a blank line (two <br>) splits it.
    fn paragraph(&mut self, buf: Inline) {
        // Each part measured once; the parts hold all of the text's
        // characters (only whitespace lies between them).
        let parts: Vec<(&str, TextSize)> = split_on_blank_lines(&buf.text)
            .into_iter()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| (p, TextSize::of(p)))
            .collect();
        let total = (parts.iter().map(|(_, s)| s.chars as usize).sum::<usize>()).max(1);
        for (part, size) in parts {
            // Link characters are spread over the parts in proportion.
            let link = buf.link_chars * size.chars as usize / total;
            if let Some(reason) = self.text_drop_reason(part, size, link) {
                self.drop_text(part, reason);
            } else if boiler::is_sized_caption_text(part, size) {
                self.caption(part.to_string());
            } else {
                self.blocks.push(Block::Paragraph {
                    text: part.to_string(),
                });
            }
        }
    }

    // Whether lines of this boilerplate kind are dropped: with a recall bias
    // only the unambiguous kinds are (ads, cookies, copyright, share bars);
    // relative times are kept on pages of items.
    fn drops_line_kind(&self, kind: &str) -> bool {
        // On a page of items, a relative time is part of each item.
        if kind == "date" && self.keep_links {
            return false;
        }
        self.drop_ui_lines
            || matches!(
                kind,
                "ad" | "cookie" | "copyright" | "share" | "social" | "symbols" | "token-junk"
            )
    }

    // Why a paragraph-like text (of this size) should be dropped, if it should.
    fn text_drop_reason(&self, text: &str, size: TextSize, link_chars: usize) -> Option<String> {
        if size.chars == 0 {
            return None;
        }
        let ld = link_chars as f32 / size.chars as f32;
        if ld > self.link_limit && size.words < 40 && !self.keep_links {
            return Some(format!("link-density {ld:.2} > {:.2}", self.link_limit));
        }
        if let Some(kind) = boiler::boilerplate_line(text).filter(|k| self.drops_line_kind(k)) {
            return Some(format!("boilerplate-line:{kind}"));
        }
        if boiler::is_token_junk(text) {
            return Some("token-junk".to_string());
        }
        if let Some(kind) = section_label(text, size).filter(|_| self.drop_ui_lines) {
            return Some(format!("{kind}-label (names a box of the site)"));
        }
        None
    }

    // A caption block: no filters (credits and captions are what it holds).
    fn caption(&mut self, text: String) {
        let text = text.trim();
        if !text.is_empty() {
            self.blocks.push(Block::Caption {
                text: text.to_string(),
            });
        }
    }

    fn heading(&mut self, level: u8, buf: Inline) {
        let text = buf.text.trim().to_string();
        if text.is_empty() {
            return;
        }
        if level <= 2 && self.repeats_title(&text) {
            self.drop_text(&text, "duplicate-title (repeats the page title)");
            return;
        }
        // A heading reading like a byline ("By The Numbers") is a title.
        if let Some(kind) = boiler::boilerplate_line(&text).filter(|k| *k != "byline") {
            self.drop_text(&text, format!("boilerplate-line:{kind}"));
            return;
        }
        self.blocks.push(Block::Heading { level, text });
    }

    // Whether a heading repeats the page title (the record's title holds it).
    fn repeats_title(&self, heading: &str) -> bool {
        let h = boiler::words_of(heading);
        if h.is_empty() {
            return false;
        }
        self.titles.iter().any(|t| {
            let shared = h.iter().filter(|w| t.iter().any(|x| *x == ***w)).count();
            shared as f32 >= 0.8 * h.len() as f32 && shared as f32 >= 0.5 * t.len() as f32
        })
    }

    fn list(&mut self, i: usize, ordered: bool, depth: usize) {
        let mut items: Vec<String> = Vec::new();
        let mut link = 0usize;
        self.list_items(i, &mut items, &mut link, depth);
        let joined = items.join("\n");
        let size = TextSize::of(&joined);
        if size.chars == 0 {
            return;
        }
        let ld = link as f32 / size.chars as f32;
        if ld > self.link_limit && !self.keep_links {
            self.drop_text(
                &joined,
                format!("link-density {ld:.2} > {:.2} (list)", self.link_limit),
            );
            return;
        }
        let mut kept = Vec::with_capacity(items.len());
        for it in items {
            if let Some(kind) = boiler::boilerplate_line(&it).filter(|k| self.drops_line_kind(k)) {
                self.drop_text(&it, format!("boilerplate-line:{kind}"));
            } else {
                kept.push(it);
            }
        }
        if !kept.is_empty() {
            self.blocks.push(Block::List {
                ordered,
                items: kept,
            });
        }
    }

    // Items of a list; nested lists add their items after their parent's.
    fn list_items(&self, i: usize, items: &mut Vec<String>, link: &mut usize, depth: usize) {
        for c in self.dom.children(i) {
            if self.dead.get(c).copied().unwrap_or(true) || depth > MAX_DEPTH {
                continue;
            }
            let tag = self.dom.tag(c);
            if tag == "li" {
                let mut buf = Inline::default();
                let mut nested = Vec::new();
                let mut prev_elem: Option<&str> = None;
                for g in self.dom.children(c) {
                    if self.dead.get(g).copied().unwrap_or(true) {
                        continue;
                    }
                    let gt = self.dom.tag(g);
                    if matches!(gt, "ul" | "ol") {
                        nested.push(g);
                    } else if let Kind::Text(t) = self.dom.items[g].kind {
                        buf.push_text(t, false);
                        prev_elem = None;
                    } else if gt == "br" {
                        buf.push_break();
                        prev_elem = None;
                    } else {
                        // Sibling elements with nothing between them are
                        // laid out apart (a name link, then its price).
                        if prev_elem.is_some_and(|p| separates_adjacent(p, gt)) {
                            buf.push_space();
                        }
                        prev_elem = Some(gt);
                        let block = is_block_tag(gt);
                        if block {
                            buf.push_space();
                        }
                        self.collect_one(g, &mut buf, depth);
                        if block {
                            buf.push_space();
                        }
                    }
                }
                let t = buf.text.trim();
                if !t.is_empty() {
                    items.push(t.to_string());
                    *link += buf.link_chars;
                }
                for g in nested {
                    self.list_items(g, items, link, depth + 1);
                }
            } else if matches!(tag, "ul" | "ol") {
                self.list_items(c, items, link, depth + 1);
            } else if self.dom.elem(c).is_some() {
                let mut buf = Inline::default();
                self.collect_one(c, &mut buf, depth);
                let t = buf.text.trim();
                if !t.is_empty() {
                    items.push(t.to_string());
                    *link += buf.link_chars;
                }
            }
        }
    }

    fn table(&mut self, i: usize, depth: usize) {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut link = 0usize;
        let mut chars = 0usize;
        let end = self.dom.end(i);
        let mut r = i + 1;
        while r < end {
            if self.dead.get(r).copied().unwrap_or(true) {
                r = self.dom.end(r).max(r + 1);
                continue;
            }
            let tag = self.dom.tag(r);
            if tag == "caption" {
                let mut buf = Inline::default();
                self.collect(r, &mut buf, false, depth);
                let t = buf.text.trim().to_string();
                if !t.is_empty() {
                    self.blocks.push(Block::Paragraph { text: t });
                }
                r = self.dom.end(r).max(r + 1);
                continue;
            }
            if tag == "tr" {
                let mut row = Vec::new();
                for c in self.dom.children(r) {
                    if self.dead.get(c).copied().unwrap_or(true) {
                        continue;
                    }
                    if matches!(self.dom.tag(c), "td" | "th") {
                        let mut buf = Inline::default();
                        self.collect(c, &mut buf, false, depth);
                        let t = buf.text.trim().to_string();
                        link += buf.link_chars;
                        chars += TextSize::of(&t).chars as usize;
                        row.push(t);
                    }
                }
                if row.iter().any(|c| !c.is_empty()) {
                    rows.push(row);
                }
                r = self.dom.end(r).max(r + 1);
                continue;
            }
            r += 1;
        }
        if rows.is_empty() {
            return;
        }
        let ld = link as f32 / chars.max(1) as f32;
        if ld > self.link_limit + 0.1 && !self.keep_links {
            let text: Vec<String> = rows.iter().map(|r| r.join(" ")).collect();
            self.drop_text(
                &text.join("\n"),
                format!(
                    "link-density {ld:.2} > {:.2} (table)",
                    self.link_limit + 0.1
                ),
            );
            return;
        }
        self.blocks.push(Block::Table { rows });
    }
}

/// Words per shingle when a quote is compared with the text before it.
const QUOTE_SHINGLE_WORDS: usize = 3;
/// Fewest words of a quote compared with the text before it.
const MIN_QUOTE_WORDS: usize = 4;

/// Word shingles of the blocks written so far (hashed).
#[derive(Default)]
struct Shingles(rustc_hash::FxHashSet<u64>);

impl Shingles {
    fn hashes<'w>(words: &'w [Cow<'_, str>]) -> impl Iterator<Item = u64> + 'w {
        words.windows(QUOTE_SHINGLE_WORDS).map(|w| {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
    }

    fn add(&mut self, words: &[Cow<'_, str>]) {
        self.0.extend(Self::hashes(words));
    }

    // A quote whose shingles were mostly given before: a reply quoting an
    // earlier post of the thread ("Name said: ..."), or a pull quote
    // repeating a sentence of the article. The repeat is not new text.
    fn repeats(&self, words: &[Cow<'_, str>]) -> bool {
        if words.len() < MIN_QUOTE_WORDS {
            return false;
        }
        let (mut total, mut given) = (0usize, 0usize);
        for h in Self::hashes(words) {
            total += 1;
            given += usize::from(self.0.contains(&h));
        }
        total > 0 && given * 2 >= total
    }
}

/// Blocks at the end of the content looked at for appeals to the reader.
const TAIL_BLOCKS: usize = 3;
/// The closing blocks looked at hold at most 1/this of the content's words.
const TAIL_SHARE_DIVISOR: u32 = 4;
/// Fewest words of content before its closing appeals are dropped.
const MIN_ARTICLE_WORDS_FOR_TAIL: u32 = 150;

/// Most nodes in an element read as a caption when only a class says it is one.
const MAX_CAPTION_NODES: usize = 200;

/// Longest text read as a caption when only a class says it is one.
const MAX_CAPTION_WORDS: u32 = 60;

// An element whose class or id names it an image caption or credit
// ("wp-caption-text", "image-credit", "photo-caption") next to an image;
// only elements without prose blocks inside count (a "caption" wrapper
// around a whole figure with paragraphs is not one; card texts are
// "captions" in some design systems, and have no image beside them).
fn is_caption_element(dom: &Dom, i: usize) -> bool {
    let Some(el) = dom.elem(i) else {
        return false;
    };
    if !matches!(el.name(), "p" | "div") {
        return false;
    }
    thread_local! {
        static CLASS_NAMES_CAPTION: Memo<bool> = Default::default();
        static ID_NAMES_CAPTION: Memo<bool> = Default::default();
    }
    let names_caption = |t: &str| {
        super::prune::token_words(t)
            .iter()
            .any(|w| matches!(w.as_ref(), "caption" | "figcaption" | "credit" | "credits"))
    };
    let named = el.attr_atom(&local_name!("class")).is_some_and(|c| {
        remembered(&CLASS_NAMES_CAPTION, c, |c| {
            c.split_whitespace().any(names_caption)
        })
    }) || el
        .attr_atom(&local_name!("id"))
        .is_some_and(|i| remembered(&ID_NAMES_CAPTION, i, names_caption));
    // A caption is small: a big subtree is not one (and is not rescanned).
    named
        && dom.end(i).saturating_sub(i) <= MAX_CAPTION_NODES
        && !(i + 1..dom.end(i))
            .any(|d| matches!(dom.tag(d), "p" | "ul" | "ol" | "table" | "h1" | "h2" | "h3"))
        && has_image_sibling(dom, i)
}

// Whether a sibling of `i` is or holds an image (bounded scan).
fn has_image_sibling(dom: &Dom, i: usize) -> bool {
    let p = dom.parent(i);
    if p == super::dom::NONE {
        return false;
    }
    dom.children(p)
        .filter(|&s| s != i)
        .take(8)
        .any(|s| (s..dom.end(s).min(s + 64)).any(|d| matches!(dom.tag(d), "img" | "picture")))
}

// Two sibling elements with nothing between them: pages lay such items out
// apart (prices, labels, menu entries), so they get a space, except for
// formatting tags that can sit inside a word ("<b>un</b><i>real</i>").
fn separates_adjacent(prev: &str, next: &str) -> bool {
    let word_internal = |t: &str| {
        matches!(
            t,
            "b" | "i"
                | "em"
                | "strong"
                | "u"
                | "s"
                | "sup"
                | "sub"
                | "mark"
                | "abbr"
                | "wbr"
                | "font"
                | "code"
                | "kbd"
                | "var"
                | "ruby"
        )
    };
    !(word_internal(prev) || word_internal(next))
}

// Sections introduced by a heading that names boilerplate (related items,
// an author biography, a cookie panel; h2 and below, an h1 of that wording
// is the page's own title, e.g. a "Trending" page), up to the next heading
// of the same or a higher level. A section holding half of the content or
// more is the page itself and stays. Gives the drop reason per block.
fn dropped_sections(blocks: &[Block]) -> Vec<Option<String>> {
    let words = |b: &Block| TextSize::of(&b.plain_text_cow()).words as usize;
    // Measured when a first section starts (most pages have none).
    let mut total: Option<usize> = None;
    let mut drop = vec![None; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let start = match blocks.get(i) {
            Some(Block::Heading { level, text }) if *level >= 2 => {
                boiler::dropped_section_kind(text).map(|k| (*level, k, text))
            }
            _ => None,
        };
        let Some((level, kind, heading)) = start else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while let Some(b) = blocks.get(end) {
            if matches!(b, Block::Heading { level: l, .. } if *l <= level) {
                break;
            }
            end += 1;
        }
        let section: usize = blocks.get(i..end).map_or(0, |s| s.iter().map(words).sum());
        let total = *total.get_or_insert_with(|| blocks.iter().map(words).sum());
        if section * 2 < total {
            let reason = format!(
                "{kind}-section (under heading \"{}\", {section} of {total} words)",
                preview_short(heading)
            );
            for d in drop.iter_mut().take(end).skip(i) {
                *d = Some(reason.clone());
            }
        } else if let Some(d) = drop.get_mut(i) {
            // The section stays (it is most of the page), but its label
            // names a box of the site, not content.
            *d = Some(format!(
                "{kind}-heading (its section stays: {section} of {total} words)"
            ));
        }
        i = end;
    }
    drop
}

/// Most words of a paragraph read as the label of a box.
const MAX_LABEL_WORDS: u32 = 6;

// A short paragraph worded like the heading of a related-links, author or
// cookie box ("Related articles", "Über den Autor"): pages set such labels
// in plain paragraphs too; the label is never content.
fn section_label(text: &str, size: TextSize) -> Option<&'static str> {
    if size.words > MAX_LABEL_WORDS {
        return None;
    }
    boiler::dropped_section_kind(text)
}

// A heading shortened for an explain reason.
fn preview_short(s: &str) -> String {
    let s = crate::normalize::collapse_whitespace(s);
    if s.chars().count() <= 60 {
        return s;
    }
    let mut out: String = s.chars().take(60).collect();
    out.push('…');
    out
}

// Split text at blank lines (two consecutive breaks). Line breaks are
// found with `memchr`: paragraphs' text is long and mostly free of them.
fn split_on_blank_lines(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(found) = bytes.get(i..).and_then(|rest| memchr::memchr(b'\n', rest)) {
        i += found;
        let mut j = i + 1;
        while bytes.get(j).is_some_and(|&b| b == b' ' || b == b'\t') {
            j += 1;
        }
        if bytes.get(j) == Some(&b'\n') {
            parts.push(s.get(start..i).unwrap_or_default());
            while bytes.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            start = j;
            i = j;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        parts.push(s.get(start..).unwrap_or_default());
    }
    parts
}

// A table holding data (cells of text), not page layout (cells holding
// paragraphs, lists or nested tables).
pub fn is_data_table(dom: &Dom, dead: &[bool], t: usize) -> bool {
    let end = dom.end(t);
    let mut cells = 0usize;
    for i in t + 1..end {
        if dead.get(i).copied().unwrap_or(true) {
            continue;
        }
        match dom.tag(i) {
            "table" | "p" | "ul" | "ol" | "h1" | "h2" | "h3" | "blockquote" | "pre" | "article"
            | "section" => return false,
            "td" | "th" => cells += 1,
            _ => {}
        }
    }
    cells > 0
}

// A hash of a block's words (as if joined by single spaces), computed
// without building the joined string; `None` below 20 characters (short
// labels repeat legitimately). Equal hashes are confirmed word by word.
// Words are split as `split_whitespace` splits them, but found a byte at a
// time (most text is ASCII), and each hashed eight bytes at a time.
fn duplicate_key(text: &str) -> Option<u64> {
    let mut hash = 0u64;
    let mut chars = 0usize;
    let mut words = 0usize;
    let mut rest = text;
    while let Some(start) = word_start(rest) {
        let word_and_after = rest.get(start..).unwrap_or_default();
        let end = word_end(word_and_after);
        let (word, after) = word_and_after.split_at(end);
        rest = after;
        words += 1;
        chars += if word.is_ascii() {
            word.len()
        } else {
            char_count(word)
        };
        let mut chunks = word.as_bytes().chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            hash = mix_hash(hash, u64::from_le_bytes(b));
        }
        let tail = chunks.remainder();
        let mut last = [0u8; 8];
        last[..tail.len()].copy_from_slice(tail);
        // The remainder's length ends the word, so words cannot run together.
        hash = mix_hash(
            hash,
            u64::from_le_bytes(last) ^ ((tail.len() as u64 + 1) << 59),
        );
    }
    chars += words.saturating_sub(1);
    (chars >= 20).then_some(hash)
}

// Where the first word of `s` starts: its first character that is no white
// space (`None` when there is none). ASCII bytes are told without decoding.
fn word_start(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            // (The bytes `word_end` finds eight at a time.)
            if !crate::ascii::is_space_byte(b) {
                return Some(i);
            }
            i += 1;
            continue;
        }
        let c = char_at(s, i)?;
        if !c.is_whitespace() {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

// Where the word that opens `s` ends: at its first white space, or at the end.
fn word_end(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    // Eight ASCII bytes at a time: the first white space among them ends
    // the word (most words end within the first eight).
    while let Some(x) = swar::ascii_chunk(bytes, i) {
        let space = swar::bytes_equal(x, b' ') | swar::bytes_in(x, b'\t', b'\r');
        if space != 0 {
            return i + (space.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(c) = char_at(s, i) {
        if c.is_whitespace() {
            return i;
        }
        i += c.len_utf8();
    }
    s.len()
}

// One multiply-rotate step (FxHash's): cheap enough for every block.
fn mix_hash(hash: u64, x: u64) -> u64 {
    (hash.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_split_single_breaks_do_not() {
        assert_eq!(split_on_blank_lines("a\nb\n \nc"), vec!["a\nb", "c"]);
        assert_eq!(split_on_blank_lines("abc"), vec!["abc"]);
    }

    // The split by its definition, a byte at a time.
    fn split_on_blank_lines_by_bytes(s: &str) -> Vec<&str> {
        let mut parts = Vec::new();
        let (mut start, mut i) = (0, 0);
        let bytes = s.as_bytes();
        while i < bytes.len() {
            if bytes[i] == b'\n' {
                let mut j = i + 1;
                while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] == b'\n' {
                    parts.push(&s[start..i]);
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    (start, i) = (j, j);
                    continue;
                }
            }
            i += 1;
        }
        if start < s.len() {
            parts.push(&s[start..]);
        }
        parts
    }

    // Inline text pushed by its definition: runs between white space
    // characters, each white space adding a space unless one ends the text.
    fn push_text_by_runs(text: &mut String, link_chars: &mut usize, s: &str, in_link: bool) {
        let s = if text.is_empty() { s.trim_start() } else { s };
        let mut last_space = text.ends_with(' ') || text.ends_with('\n');
        for (i, run) in s.split(char::is_whitespace).enumerate() {
            if i > 0 && !last_space {
                text.push(' ');
                last_space = true;
            }
            if !run.is_empty() {
                text.push_str(run);
                last_space = false;
                if in_link {
                    *link_chars += run.chars().count();
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn pushed_text_agrees_with_its_definition(
            parts in proptest::collection::vec(
                ("([ab]{1,9}|[ \t\n\r\u{b}\u{c}\u{1f}!]{1,3}|[\u{a0}\u{2003}é中]){0,12}", proptest::bool::ANY),
                0..5,
            ),
        ) {
            let mut inline = Inline::default();
            let (mut text, mut link_chars) = (String::new(), 0);
            for (s, in_link) in &parts {
                inline.push_text(s, *in_link);
                push_text_by_runs(&mut text, &mut link_chars, s, *in_link);
            }
            proptest::prop_assert_eq!(&inline.text, &text);
            proptest::prop_assert_eq!(inline.link_chars, link_chars);
        }
    }

    // The words joined by single spaces, as the key stands for.
    fn joined_words(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    proptest::proptest! {
        #[test]
        fn blank_line_split_agrees_with_its_definition(s in "[ab \t\n\r\u{a0}é]{0,24}") {
            proptest::prop_assert_eq!(split_on_blank_lines(&s), split_on_blank_lines_by_bytes(&s));
        }

        // Texts with the same words have the same key, and the key is there
        // exactly when the joined words have 20 characters or more.
        #[test]
        fn duplicate_keys_follow_the_joined_words(
            a in "[ab \t\n\r\u{b}\u{c}\u{1f}!\u{a0}\u{2003}é中]{0,40}",
            b in "[ab \t\n\r\u{b}\u{c}\u{1f}!\u{a0}\u{2003}é中]{0,40}",
        ) {
            let (ja, jb) = (joined_words(&a), joined_words(&b));
            let (ka, kb) = (duplicate_key(&a), duplicate_key(&b));
            proptest::prop_assert_eq!(ka.is_some(), ja.chars().count() >= 20);
            if ja == jb {
                proptest::prop_assert_eq!(ka, kb);
            }
            // The same words joined by single spaces.
            proptest::prop_assert_eq!(ka, duplicate_key(&ja));
            if ka.is_some() && ka == kb {
                proptest::prop_assert_eq!(ja, jb);
            }
        }
    }

    #[test]
    fn duplicate_keys_tell_word_boundaries_apart() {
        let a = duplicate_key("abcdefgh ijklmnop qrstuvwx");
        assert_eq!(a, duplicate_key(" abcdefgh\u{a0}ijklmnop\n\nqrstuvwx "));
        // Every ASCII white space separates words (a vertical tab too).
        assert_eq!(
            a,
            duplicate_key("\u{b}abcdefgh\u{b}ijklmnop\u{c}\rqrstuvwx\t")
        );
        assert_ne!(a, duplicate_key("abcdefghijklmnop qrstuvwx "));
        assert_ne!(a, duplicate_key("abcdefgh ijklmnopq rstuvwx"));
        assert_eq!(duplicate_key("short text"), None);
    }
}
