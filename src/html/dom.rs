//! A flat, pre-order view of the parsed document: every element and text
//! node gets an index, its parent's index and the end of its subtree, so that
//! per-node facts live in plain side tables (`Vec`s indexed like the nodes)
//! and bottom-up sums are one reverse pass.

use crate::ascii::swar::{ascii_chunk, bytes_equal, bytes_in, sum_of_bytes, HIGH_BITS};
use ego_tree::iter::Edge;
use html5ever::tendril::StrTendril;
use html5ever::LocalName;
use scraper::node::Element;
use scraper::{Html, Node};

pub use super::tokenize::ParseOptions;

/// Parse an HTML document into scraper's tree, with room for its nodes
/// reserved up front (from the count of `<`: an element per start tag, a
/// text node between tags), so the tree is not copied as it grows. The
/// tokens come from [`super::tokenize`], the tree from html5ever's tree
/// builder.
pub fn parse_document(html: &str) -> Html {
    // Tendrils address at most 4 GiB (far above any page limit).
    if u32::try_from(html.len()).is_err() {
        return parse_document_html5ever(html);
    }
    parse_tendril(StrTendril::from_slice(html))
}

/// [`parse_document`] of a page already in a tendril, which the tree's text
/// and attribute values then share.
pub fn parse_tendril(html: StrTendril) -> Html {
    // No limits: nothing to refuse.
    parse_with(html, &ParseOptions::EXACT).unwrap_or_else(|_| Html::new_document())
}

/// Parse a page leaving out what `opts` says nothing reads, under its limits
/// on elements and depth.
pub fn parse_document_with(html: &str, opts: &ParseOptions) -> Result<Html, crate::Error> {
    // Tendrils address at most 4 GiB (far above any page limit).
    if u32::try_from(html.len()).is_err() {
        return Err(crate::Error::TooLarge {
            size: html.len(),
            limit: u32::MAX as usize,
        });
    }
    // Line ends normalized before the copy into the tendril, not after it
    // (one copy of the page instead of two for CR LF pages).
    let html = super::tokenize::normalize_newlines(html);
    parse_with(StrTendril::from_slice(&html), opts)
}

/// [`parse_document_with`] of a page already in a tendril, which the tree's
/// text and attribute values then share.
pub fn parse_with(html: StrTendril, opts: &ParseOptions) -> Result<Html, crate::Error> {
    use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
    let builder = TreeBuilder::new(
        scraper::HtmlTreeSink::new(empty_document(&html)),
        TreeBuilderOpts::default(),
    );
    super::tokenize::tokenize_tendril(&builder, html, opts)?;
    use html5ever::interface::TreeSink;
    Ok(builder.sink.finish())
}

/// The same parse with html5ever's own tokenizer (the reference the
/// tokenizer of [`super::tokenize`] is tested against).
pub fn parse_document_html5ever(html: &str) -> Html {
    use html5ever::tendril::TendrilSink;
    let sink = scraper::HtmlTreeSink::new(empty_document(html));
    html5ever::driver::parse_document(sink, Default::default()).one(html)
}

fn empty_document(html: &str) -> Html {
    // Pages hold about 1.07 nodes per `<` (text between tags), up to 1.74 on
    // the eval pages; room for 1.5 per `<` spares two thirds of the pages a
    // copy of the whole tree (the room past the nodes is never touched).
    let tags = memchr::memchr_iter(b'<', html.as_bytes()).count();
    let nodes = tags.saturating_add(tags / 2).saturating_add(16);
    let mut doc = Html::new_document();
    doc.tree = ego_tree::Tree::with_capacity(Node::Document, nodes);
    doc
}

/// Index value meaning "no node" (the parent of the root).
pub const NONE: usize = usize::MAX;

/// An element or a text node.
#[derive(Clone, Copy)]
pub enum Kind<'a> {
    Elem(&'a Element),
    Text(&'a str),
}

/// One node of the flat view.
#[derive(Clone, Copy)]
pub struct Item<'a> {
    pub kind: Kind<'a>,
    /// The node in the parsed tree (for CSS selector matching).
    pub node: ego_tree::NodeRef<'a, Node>,
    /// Index of the parent element, or [`NONE`].
    pub parent: usize,
    /// One past the last index of this node's subtree.
    pub end: usize,
}

/// The flat document. Invariants: a node's parent has a smaller index
/// than the node, and `i < end <= items.len()` for every node, so side
/// tables of length `items.len()` can be indexed by any node, its parent and
/// its children.
pub struct Dom<'a> {
    pub items: Vec<Item<'a>>,
}

impl<'a> Dom<'a> {
    /// Flatten the parsed document in pre-order (iteratively: deep trees are safe).
    pub fn build(doc: &'a Html) -> Dom<'a> {
        // Sized once: every element and text node of the tree becomes an item.
        let mut items: Vec<Item<'a>> = Vec::with_capacity(doc.tree.nodes().len());
        let mut stack: Vec<usize> = Vec::new();
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(n) => {
                    let parent = stack.last().copied().unwrap_or(NONE);
                    let idx = items.len();
                    match n.value() {
                        Node::Element(e) => {
                            items.push(Item {
                                kind: Kind::Elem(e),
                                node: n,
                                parent,
                                end: idx + 1,
                            });
                            stack.push(idx);
                        }
                        Node::Text(t) => items.push(Item {
                            kind: Kind::Text(t),
                            node: n,
                            parent,
                            end: idx + 1,
                        }),
                        _ => {}
                    }
                }
                Edge::Close(n) => {
                    if n.value().is_element() {
                        if let Some(i) = stack.pop() {
                            let end = items.len();
                            if let Some(it) = items.get_mut(i) {
                                it.end = end;
                            }
                        }
                    }
                }
            }
        }
        Dom { items }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The element at `i`, if `i` is an element.
    pub fn elem(&self, i: usize) -> Option<&'a Element> {
        match self.items.get(i)?.kind {
            Kind::Elem(e) => Some(e),
            Kind::Text(_) => None,
        }
    }

    /// Tag name of element `i` ("" for text nodes).
    pub fn tag(&self, i: usize) -> &'a str {
        self.elem(i).map(|e| e.name()).unwrap_or("")
    }

    pub fn parent(&self, i: usize) -> usize {
        self.items.get(i).map(|it| it.parent).unwrap_or(NONE)
    }

    pub fn end(&self, i: usize) -> usize {
        self.items.get(i).map(|it| it.end).unwrap_or(i)
    }

    /// Direct children of `i`, in document order.
    pub fn children(&self, i: usize) -> Children<'_, 'a> {
        Children {
            dom: self,
            next: i + 1,
            stop: self.end(i),
        }
    }

    /// The first element with this tag, in document order.
    pub fn find_tag(&self, name: &str) -> Option<usize> {
        (0..self.len()).find(|&i| self.tag(i) == name)
    }

    /// Whether `a` is `d` or an ancestor of `d`.
    pub fn contains(&self, a: usize, d: usize) -> bool {
        a <= d && d < self.end(a)
    }
}

/// Iterator over the children of a node.
pub struct Children<'d, 'a> {
    dom: &'d Dom<'a>,
    next: usize,
    stop: usize,
}

impl Iterator for Children<'_, '_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.next >= self.stop {
            return None;
        }
        let c = self.next;
        self.next = self.dom.end(c).max(c + 1);
        Some(c)
    }
}

// Tags of whole posts and page regions: CMSs class them by the post's
// writer (`<article class="post author-jane-doe">`), which makes them
// neither a byline nor a post's author name.
pub fn is_post_or_region_tag(tag: &str) -> bool {
    matches!(tag, "article" | "section" | "main" | "body")
}

// Block-level tags break inline text; everything else flows inline.
pub fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
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
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

// Heading level of h1..h6.
pub fn heading_level(tag: &str) -> Option<u8> {
    match tag {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// Size facts of a piece of text: non-space characters, words, and
/// sentence punctuation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextSize {
    pub chars: u32,
    pub words: u32,
    pub punct: u32,
}

/// Byte classes for [`TextSize::of`]: ASCII whitespace (ends a word),
/// sentence punctuation, and the lead or continuation bytes of non-ASCII
/// characters (decoded one by one).
const SPACE: u8 = 1;
const PUNCT: u8 = 2;
const NON_ASCII: u8 = 4;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => SPACE,
            b',' | b'.' | b';' | b'?' | b'!' => PUNCT,
            0x80..=0xFF => NON_ASCII,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// Counts of [`TextSize::of`]'s eight-byte loop, one per byte lane (a lane
/// holds up to 255 chunks' flags before it is added to the total), so that no
/// chunk needs a population count.
#[derive(Default)]
struct Lanes {
    chars: u64,
    words: u64,
    punct: u64,
    chunks: u32,
}

impl TextSize {
    pub fn of(s: &str) -> TextSize {
        let mut t = TextSize::default();
        let mut lanes = Lanes::default();
        let mut in_word = false;
        let bytes = s.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // Eight ASCII bytes at a time: most text on most pages is ASCII,
            // and this loop runs over every text node of every page.
            if let Some(x) = ascii_chunk(bytes, i) {
                lanes.add_ascii_chunk(x, &mut in_word);
                if lanes.chunks == u32::from(u8::MAX) {
                    lanes.flush_into(&mut t);
                }
                i += 8;
                continue;
            }
            // One byte, branch-free when ASCII.
            let class = BYTE_CLASS[usize::from(b)];
            if class & NON_ASCII == 0 {
                i += 1;
                let letter = u32::from(class & SPACE == 0);
                t.chars += letter;
                t.words += letter & u32::from(!in_word);
                t.punct += u32::from(class >> 1);
                in_word = letter != 0;
                continue;
            }
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            // Unspaced scripts count words by the running character count.
            if lanes.chunks > 0 {
                lanes.flush_into(&mut t);
            }
            t.add_char(c, &mut in_word);
        }
        lanes.flush_into(&mut t);
        t
    }
}

/// Bytes of a text whose words [`has_words`] counts first.
const WORDS_HEAD: usize = 256;

/// Whether `s` has at least `min` words ([`TextSize`]'s count): counted on
/// its first bytes first, which suffice for most paragraphs (the count of
/// a prefix is the count so far of the whole, so never more).
pub fn has_words(s: &str, min: u32) -> bool {
    let mut head = WORDS_HEAD.min(s.len());
    while !s.is_char_boundary(head) {
        head -= 1;
    }
    let first = s.get(..head).map_or(0, |h| TextSize::of(h).words);
    first >= min || head < s.len() && TextSize::of(s).words >= min
}

impl Lanes {
    // Eight ASCII bytes' share of the counts, as the byte loop would count
    // them: per-byte flags in the high bit of each byte (SWAR).
    fn add_ascii_chunk(&mut self, x: u64, in_word: &mut bool) {
        let eq = |c: u8| bytes_equal(x, c);
        let space = eq(b' ') | bytes_in(x, 0x09, 0x0D);
        let letter = !space & HIGH_BITS;
        // A letter starts a word when the byte before it (the previous
        // chunk's last, for the first) is no letter.
        let before = (letter << 8) | if *in_word { 0x80 } else { 0 };
        let punct = eq(b',') | eq(b'.') | eq(b';') | eq(b'?') | eq(b'!');
        // Each flag moves to the low bit of its byte and adds to that lane.
        self.chars += letter >> 7;
        self.words += (letter & !before) >> 7;
        self.punct += punct >> 7;
        self.chunks += 1;
        *in_word = letter >> 63 != 0;
    }

    // Add the lanes' sums to the counts and start again.
    fn flush_into(&mut self, t: &mut TextSize) {
        t.chars += sum_of_bytes(self.chars);
        t.words += sum_of_bytes(self.words);
        t.punct += sum_of_bytes(self.punct);
        *self = Lanes::default();
    }
}

impl TextSize {
    // One non-ASCII character's share of the counts.
    fn add_char(&mut self, c: char, in_word: &mut bool) {
        if c.is_whitespace() {
            *in_word = false;
            return;
        }
        self.chars += 1;
        if crate::normalize::is_unspaced_script(c) {
            // Unspaced scripts: count roughly two characters per word.
            if self.chars % 2 == 0 {
                self.words += 1;
            }
            *in_word = false;
        } else if !*in_word {
            self.words += 1;
            *in_word = true;
        }
        if matches!(
            c,
            '，' | '。' | '、' | '；' | '？' | '！' | '،' | '؟' | '۔' | '।' | '׃'
        ) {
            self.punct += 1;
        }
    }

    pub fn add(&mut self, o: TextSize) {
        self.chars += o.chars;
        self.words += o.words;
        self.punct += o.punct;
    }
}

/// Whether anything reads an attribute of this name (ASCII case-insensitive,
/// as the tokenizer lowercases names): the extractor, through
/// [`FastAttr::attr_str`], or the parser itself (`charset`/`http-equiv` on
/// `<meta>`, `type` on `<input>` in tables, `color`/`face`/`size` on
/// `<font>` in SVG, `encoding` on MathML `<annotation-xml>`,
/// `shadowrootmode` on `<template>`). The others (`data-*`, `srcset`, SVG
/// path data: most of a modern page's bytes) can be removed before the parse
/// without changing what the extractor sees.
pub fn is_read_attribute(name: &[u8]) -> bool {
    // Most unread names are `data-*` ones or longer than any read one
    // (this runs on every attribute of a page).
    if name.len() > "shadowrootmode".len() {
        return false;
    }
    if name.len() > 5 && name[..5].eq_ignore_ascii_case(b"data-") {
        return name.eq_ignore_ascii_case(b"data-author");
    }
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return false;
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        // Read by the extractor.
        b"action"
            | b"aria-hidden"
            | b"author"
            | b"class"
            | b"content"
            | b"data-author"
            | b"datetime"
            | b"hidden"
            | b"href"
            | b"http-equiv"
            | b"id"
            | b"itemprop"
            | b"itemscope"
            | b"itemtype"
            | b"lang"
            | b"name"
            | b"property"
            | b"pubdate"
            | b"rel"
            | b"role"
            | b"style"
            | b"type"
            | b"value"
            | b"xml:lang"
            // Read by the parser.
            | b"charset"
            | b"color"
            | b"face"
            | b"size"
            | b"encoding"
            | b"shadowrootmode"
    )
}

/// Attribute lookup by name without interning the name. scraper's `attr`
/// turns the name into an atom on every call (a hashed, for uncommon names
/// a locked, lookup); the checks that run on every element of a page use
/// this instead: a plain scan of the element's few attributes.
pub trait FastAttr<'a> {
    fn attr_str(self, name: &str) -> Option<&'a str>;
    /// Lookup by the parser's interned name (`local_name!("class")`): two
    /// interned names compare as one integer, with no string read.
    fn attr_atom(self, name: &LocalName) -> Option<&'a str>;
}

impl<'a> FastAttr<'a> for &'a Element {
    fn attr_atom(self, name: &LocalName) -> Option<&'a str> {
        debug_assert!(
            is_read_attribute(name.as_bytes()),
            "list `{name}` in is_read_attribute"
        );
        self.attrs
            .iter()
            .find(|(k, _)| k.local == *name)
            .map(|(_, v)| &**v)
    }

    fn attr_str(self, name: &str) -> Option<&'a str> {
        // Unread attributes are removed before the parse: a new read must be listed.
        debug_assert!(
            is_read_attribute(name.as_bytes()),
            "list `{name}` in is_read_attribute"
        );
        // Only the matching value is dereferenced (attributes are looked up
        // about fifteen times per element).
        self.attrs
            .iter()
            .find(|(k, _)| &*k.local == name)
            .map(|(_, v)| &**v)
    }
}

impl<'a> FastAttr<'a> for scraper::ElementRef<'a> {
    fn attr_str(self, name: &str) -> Option<&'a str> {
        self.value().attr_str(name)
    }

    fn attr_atom(self, name: &LocalName) -> Option<&'a str> {
        self.value().attr_atom(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // The char-by-char definition the fast path must agree with.
    fn text_size_by_chars(s: &str) -> TextSize {
        let mut t = TextSize::default();
        let mut in_word = false;
        for c in s.chars() {
            if c.is_ascii() {
                t.add_char_reference_ascii(c, &mut in_word);
            } else {
                t.add_char(c, &mut in_word);
            }
        }
        t
    }

    impl TextSize {
        fn add_char_reference_ascii(&mut self, c: char, in_word: &mut bool) {
            if c.is_whitespace() {
                *in_word = false;
                return;
            }
            self.chars += 1;
            if !*in_word {
                self.words += 1;
                *in_word = true;
            }
            if matches!(c, ',' | '.' | ';' | '?' | '!') {
                self.punct += 1;
            }
        }
    }

    proptest! {
        #[test]
        fn text_size_fast_path_agrees_with_chars(s in "[ a-zA-Z0-9,.;!?\\t\\n\\r\\x08\\x0B\\x0C\\x0E\\x1F\\x7F\u{a0}\u{3000}é日本語ไทย，。]{0,80}") {
            prop_assert_eq!(TextSize::of(&s), text_size_by_chars(&s));
        }
    }

    proptest! {
        #[test]
        fn has_words_agrees_with_the_count(s in "([a-z]{1,9}[ ,.]{1,2}|日本|é ){0,140}", min in 0u32..80) {
            prop_assert_eq!(has_words(&s, min), TextSize::of(&s).words >= min);
        }
    }

    #[test]
    fn fast_attr_agrees_with_scraper_attr() {
        let doc = Html::parse_document(
            r#"<div class="a b" data-author="Jo" ID="x" xml:lang="de" hidden>t</div>"#,
        );
        let div = doc
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
            .find(|e| e.value().name() == "div")
            .expect("div");
        for name in [
            "class",
            "data-author",
            "id",
            "xml:lang",
            "hidden",
            "style",
            "author",
        ] {
            assert_eq!(div.attr_str(name), div.value().attr(name), "{name}");
        }
    }

    #[test]
    fn flat_view_has_parents_and_subtree_ends() {
        let doc =
            Html::parse_document("<html><body><div><p>a<b>b</b></p><p>c</p></div></body></html>");
        let dom = Dom::build(&doc);
        let div = dom.find_tag("div").unwrap_or(NONE);
        let kids: Vec<&str> = dom.children(div).map(|c| dom.tag(c)).collect();
        assert_eq!(kids, vec!["p", "p"]);
        let b = dom.find_tag("b").unwrap_or(NONE);
        assert!(dom.contains(div, b));
        assert_eq!(dom.tag(dom.parent(b)), "p");
    }

    #[test]
    fn text_size_counts_words_and_punctuation() {
        let t = TextSize::of("Hello, world. Two  more");
        assert_eq!(t.words, 4);
        assert_eq!(t.punct, 2);
        assert_eq!(t.chars, 19);
    }
}
