//! Page type: article, forum, product, collection, listing, documentation or
//! service, from general signals in this order of trust: schema.org types
//! (JSON-LD and microdata), `og:type`, then page structure (prices and cart
//! buttons, repeated posts with authors, code blocks, repeated linked items)
//! together with generic words in the URL path.

use super::dom::FastAttr;
use crate::class_hints::{self, remembered, Hint, Memo};
use html5ever::local_name;
use std::collections::BTreeMap;

use super::dom::{Dom, Kind};

/// A detected page type and the signal it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageType {
    pub kind: &'static str,
    pub source: String,
}

impl PageType {
    fn new(kind: &'static str, source: impl Into<String>) -> Self {
        PageType {
            kind,
            source: source.into(),
        }
    }
}

/// Facts of the extraction that the structure rules use.
#[derive(Debug, Clone, Copy, Default)]
pub struct ContentFacts {
    /// The selection was read as a page of short linked items.
    pub listing: bool,
    /// The page declares a publication date.
    pub dated: bool,
    /// Paragraphs of running prose ([`PROSE_WORDS`] words or more) in the
    /// content, counted up to [`PROSE_PARAGRAPHS`] (all the rules ask).
    pub long_paragraphs: usize,
}

/// Signals gathered in one pass over the flat document.
#[derive(Debug, Default)]
pub struct Signals {
    /// schema.org type → count, from JSON-LD `@type` values.
    ld: BTreeMap<String, u32>,
    /// schema.org type → count, from microdata `itemtype`.
    md: BTreeMap<String, u32>,
    og_type: Option<String>,
    pre: u32,
    code: u32,
    /// Elements marked as a price (itemprop=price, price class words).
    prices: u32,
    /// Buttons, links and forms that put something in a shopping cart.
    carts: u32,
    /// Containers classed as posts/messages/replies of a discussion.
    posts: u32,
    /// Elements classed as the user name or author of a post.
    post_authors: u32,
    /// `<article>` elements.
    articles: u32,
    /// Headings that are links (teasers of other pages).
    linked_headings: u32,
}

/// Fewest words of a paragraph of running prose.
pub const PROSE_WORDS: u32 = 30;
/// Fewest paragraphs of running prose that make an undated page an article.
pub const PROSE_PARAGRAPHS: usize = 5;

/// Detect the page type from the signals of a parsed document.
pub fn detect(s: &Signals, page_url: Option<&str>, facts: ContentFacts) -> Option<PageType> {
    let path = page_url.map(url_path).unwrap_or_default();
    from_schema(s)
        .or_else(|| from_og_type(s))
        .or_else(|| from_structure(s, &path, facts))
}

/// Whether the page declares itself a discussion (a forum thread or Q&A
/// page in its schema.org types) and no article: its replies are the content.
pub fn declares_discussion(s: &Signals) -> bool {
    from_schema(s).is_some_and(|pt| pt.kind == "forum") && !has_article_type(s)
}

/// Whether the page declares one product for sale (schema.org `Product`
/// with an offer or rating, not a list of products): its reviews are
/// customers' remarks on it, not its content.
pub fn declares_product(s: &Signals) -> bool {
    from_schema(s).is_some_and(|pt| pt.kind == "product")
}

// Schema.org types are what the site itself says the page is.
fn from_schema(s: &Signals) -> Option<PageType> {
    let has = |t: &str| s.ld.contains_key(t) || s.md.contains_key(t);
    let src = |t: &str| {
        if s.ld.contains_key(t) {
            format!("json-ld:{t}")
        } else {
            format!("microdata:{t}")
        }
    };
    let count = |t: &str| s.ld.get(t).copied().unwrap_or(0) + s.md.get(t).copied().unwrap_or(0);
    for t in ["DiscussionForumPosting", "QAPage", "SocialMediaPosting"] {
        if has(t) {
            return Some(PageType::new("forum", src(t)));
        }
    }
    if s.md.get("Comment").copied().unwrap_or(0) >= 2 && !has_article_type(s) {
        return Some(PageType::new("forum", "microdata:Comment"));
    }
    for t in ["TechArticle", "APIReference"] {
        if has(t) {
            return Some(PageType::new("documentation", src(t)));
        }
    }
    if has("Product") || has("ProductGroup") {
        let t = if has("Product") {
            "Product"
        } else {
            "ProductGroup"
        };
        let many = count("Product") >= 3 || has("OfferCatalog");
        let list_page = has("CollectionPage") || has("SearchResultsPage");
        let sold = has("Offer") || has("AggregateOffer") || has("AggregateRating");
        if many || list_page {
            return Some(PageType::new("collection", src(t)));
        }
        if sold {
            return Some(PageType::new("product", src(t)));
        }
    }
    if let Some(t) = ARTICLE_TYPES.iter().find(|t| has(t)) {
        return Some(PageType::new("article", src(t)));
    }
    for t in ["CollectionPage", "SearchResultsPage"] {
        if has(t) {
            return Some(PageType::new("listing", src(t)));
        }
    }
    None
}

// Schema.org types of articles (news, blog posts, reports, recipes).
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "BlogPosting",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "ScholarlyArticle",
    "Report",
    "Recipe",
];

// Whether any article type is declared (then comments belong to an article).
fn has_article_type(s: &Signals) -> bool {
    ARTICLE_TYPES
        .iter()
        .any(|t| s.ld.contains_key(*t) || s.md.contains_key(*t))
}

// OpenGraph types name products and product groups explicitly.
fn from_og_type(s: &Signals) -> Option<PageType> {
    let og = s.og_type.as_deref()?;
    if og.contains("product.group") {
        return Some(PageType::new("collection", "og:type"));
    }
    if og.contains("product") || og.ends_with(":item") {
        return Some(PageType::new("product", "og:type"));
    }
    None
}

// Page structure and generic URL words, when the page declares nothing.
fn from_structure(s: &Signals, path: &str, f: ContentFacts) -> Option<PageType> {
    let seg = |words: &[&str]| path_has_segment(path, words);
    if s.posts >= 3 && s.post_authors >= 3 || seg(FORUM_SEGMENTS) && s.post_authors >= 2 {
        return Some(PageType::new("forum", "dom:posts-with-authors"));
    }
    if seg(FORUM_SEGMENTS) {
        return Some(PageType::new("forum", "url:path"));
    }
    let shop = s.prices >= 1 && s.carts >= 1;
    if shop && (f.listing || s.prices >= 8) {
        return Some(PageType::new("collection", "dom:prices+cart"));
    }
    if seg(DOC_SEGMENTS) {
        return Some(PageType::new("documentation", "url:path"));
    }
    if s.pre >= 2 && !f.dated {
        return Some(PageType::new("documentation", "dom:code-blocks"));
    }
    if seg(PRODUCT_SEGMENTS) && s.prices >= 1 {
        return Some(PageType::new("product", "url:path"));
    }
    if f.dated {
        return Some(PageType::new("article", "meta:published-date"));
    }
    if f.listing || s.linked_headings >= 8 || s.articles >= 6 {
        if s.prices >= 4 {
            return Some(PageType::new("collection", "dom:priced-items"));
        }
        return Some(PageType::new("listing", "dom:linked-items"));
    }
    if seg(LISTING_SEGMENTS) {
        return Some(PageType::new("listing", "url:path"));
    }
    if seg(SERVICE_SEGMENTS) {
        return Some(PageType::new("service", "url:path"));
    }
    if s.og_type.as_deref().is_some_and(|o| o == "article") {
        return Some(PageType::new("article", "og:type"));
    }
    if f.long_paragraphs >= PROSE_PARAGRAPHS {
        return Some(PageType::new("article", "dom:prose"));
    }
    Some(PageType::new("service", "dom:undated-page"))
}

// Path segments of discussion boards and Q&A sites.
const FORUM_SEGMENTS: &[&str] = &[
    "forum",
    "forums",
    "thread",
    "threads",
    "topic",
    "topics",
    "t",
    "questions",
    "community",
    "discussion",
    "discussions",
    "board",
    "boards",
    "viewtopic.php",
    "showthread.php",
];
// Path segments of documentation sites.
const DOC_SEGMENTS: &[&str] = &[
    "docs",
    "doc",
    "documentation",
    "api",
    "reference",
    "manual",
    "handbook",
    "wiki",
    "developer",
    "developers",
    "sdk",
];
// Path segments of single product pages.
const PRODUCT_SEGMENTS: &[&str] = &[
    "product", "products", "p", "item", "dp", "produkt", "produit",
];
// Path segments of index pages (categories, tags, archives).
const LISTING_SEGMENTS: &[&str] = &[
    "category",
    "categories",
    "tag",
    "tags",
    "archive",
    "archives",
    "page",
    "search",
    "collections",
];
// Path segments of company and service pages.
const SERVICE_SEGMENTS: &[&str] = &[
    "services",
    "service",
    "solutions",
    "about",
    "about-us",
    "contact",
    "contact-us",
    "pricing",
    "company",
    "careers",
    "features",
];

// The lower-cased path of a URL (no scheme, host, query or fragment).
fn url_path(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.find('/').map_or("", |i| rest.get(i..).unwrap_or(""));
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.to_ascii_lowercase()
}

// Whether a URL path has one of these segments.
fn path_has_segment(path: &str, words: &[&str]) -> bool {
    path.split('/').any(|seg| words.contains(&seg))
}

/// One pass over the document collecting the signals.
pub fn scan(dom: &Dom) -> Signals {
    let mut s = Signals::default();
    for i in 0..dom.len() {
        let Some(el) = dom.elem(i) else {
            continue;
        };
        let tag = el.name();
        match tag {
            "script" => {
                if el
                    .attr_atom(&local_name!("type"))
                    .is_some_and(|t| t.contains("ld+json"))
                {
                    for c in dom.children(i) {
                        if let Kind::Text(t) = dom.items[c].kind {
                            ld_types(t, &mut s.ld);
                        }
                    }
                }
                continue;
            }
            "meta" => {
                let prop = el
                    .attr_atom(&local_name!("property"))
                    .or_else(|| el.attr_atom(&local_name!("name")));
                if prop.is_some_and(|p| p.eq_ignore_ascii_case("og:type")) {
                    if let Some(c) = el.attr_atom(&local_name!("content")) {
                        s.og_type = Some(c.trim().to_ascii_lowercase());
                    }
                }
                continue;
            }
            "pre" => s.pre += 1,
            "code" => s.code += 1,
            "article" => s.articles += 1,
            "h2" | "h3" | "h4" if heading_is_link(dom, i) => s.linked_headings += 1,
            _ => {}
        }
        if let Some(t) = el.attr_atom(&local_name!("itemtype")) {
            for url in t.split_whitespace() {
                if let Some(name) = url.rsplit('/').next().filter(|n| !n.is_empty()) {
                    *s.md.entry(name.to_string()).or_insert(0) += 1;
                }
            }
        }
        if el
            .attr_atom(&local_name!("itemprop"))
            .is_some_and(|p| p == "price")
        {
            s.prices += 1;
        }
        if !may_carry_marks(el) {
            continue;
        }
        let marks = class_marks(el);
        if marks.is_price() {
            s.prices += 1;
        }
        if is_cart_control(tag, el, marks) {
            s.carts += 1;
        }
        if marks.is_post_container() {
            s.posts += 1;
        }
        if marks.is_post_author() && !super::dom::is_post_or_region_tag(tag) {
            s.post_authors += 1;
        }
    }
    s
}

// A cheap test before reading class words: only elements whose class, id
// or name mention a shop or post word can count as one.
fn may_carry_marks(el: &scraper::node::Element) -> bool {
    // Class and id values repeat on a page and are remembered; form
    // fields' names and values seldom do.
    el.attrs.iter().any(|(k, v)| match k.local {
        local_name!("class") | local_name!("id") => class_hints::holds(v, Hint::ShopOrPost),
        local_name!("name") | local_name!("action") | local_name!("value") => {
            class_hints::holds_once(v, Hint::ShopOrPost)
        }
        _ => false,
    })
}

/// Most class and id tokens whose words are read (as `prune::class_id_words`).
const MAX_MARK_TOKENS: usize = 12;

thread_local! {
    static CLASS_MARKS: Memo<(Marks, usize)> = Default::default();
    static ID_MARKS: Memo<Marks> = Default::default();
}

// The shop and discussion marks of an element's class and id words (those
// of its first twelve class and id tokens), remembered per value: pages
// repeat their class names.
fn class_marks(el: &scraper::node::Element) -> Marks {
    let (class, tokens) = el
        .attr_atom(&local_name!("class"))
        .map_or((Marks::default(), 0), |c| {
            remembered(&CLASS_MARKS, c, |c| {
                let tokens = super::prune::class_tokens(c).take(MAX_MARK_TOKENS);
                tokens.fold((Marks::default(), 0), |(m, n), t| {
                    (m.with(Marks::of_token(t)), n + 1)
                })
            })
        });
    match el.attr_atom(&local_name!("id")) {
        Some(id) if tokens < MAX_MARK_TOKENS => {
            class.with(remembered(&ID_MARKS, id, Marks::of_token))
        }
        _ => class,
    }
}

/// What the class and id words of an element say of shop and discussion
/// marks: one bit per group of words (a word may be in two groups).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Marks(u16);

impl Marks {
    /// "price".
    const PRICE: u16 = 1;
    /// "old" (the struck-out price beside the price).
    const OLD: u16 = 1 << 1;
    /// A shopping cart.
    const CART: u16 = 1 << 2;
    /// One post of a discussion.
    const POST: u16 = 1 << 3;
    /// Lists of and links to posts (not one post).
    const POST_LIST: u16 = 1 << 4;
    /// The name of a post's author.
    const POSTER: u16 = 1 << 5;
    /// "user".
    const USER: u16 = 1 << 6;
    /// A part of a user's box ("user-name", "user-card").
    const USER_PART: u16 = 1 << 7;
    /// "author".
    const AUTHOR: u16 = 1 << 8;
    /// What an author writes in a discussion ("post-author", "reply-author").
    const POST_KIND: u16 = 1 << 9;

    // The groups of one class word.
    fn of_word(w: &str) -> Marks {
        Marks(match w {
            "price" => Marks::PRICE,
            "old" => Marks::OLD,
            "cart" | "addtocart" | "basket" | "warenkorb" | "panier" | "carrito" | "carrello" => {
                Marks::CART
            }
            "post" | "message" | "reply" | "answer" => Marks::POST | Marks::POST_KIND,
            "postbody" | "messagebody" => Marks::POST,
            "related" | "recent" | "popular" | "list" | "nav" | "next" | "prev" | "previous" => {
                Marks::POST_LIST
            }
            "username" | "poster" | "postauthor" | "userinfo" | "usercard" | "memberinfo" => {
                Marks::POSTER
            }
            "user" => Marks::USER,
            "name" | "info" | "card" => Marks::USER_PART,
            "author" => Marks::AUTHOR,
            _ => 0,
        })
    }

    // The groups of the words of one class or id token.
    fn of_token(token: &str) -> Marks {
        super::prune::token_words(token)
            .iter()
            .fold(Marks::default(), |m, w| m.with(Marks::of_word(w)))
    }

    fn with(self, other: Marks) -> Marks {
        Marks(self.0 | other.0)
    }

    fn has(self, group: u16) -> bool {
        self.0 & group != 0
    }

    // A price, not the old price struck out beside it.
    fn is_price(self) -> bool {
        self.has(Marks::PRICE) && !self.has(Marks::OLD)
    }

    // Containers of one post in a discussion ("post", "message", "reply").
    fn is_post_container(self) -> bool {
        self.has(Marks::POST) && !self.has(Marks::POST_LIST)
    }

    // The name of a post's author in a discussion ("username", "poster",
    // "user-name"; "post-author", "message-author": the author of one post).
    fn is_post_author(self) -> bool {
        self.has(Marks::POSTER)
            || self.has(Marks::USER) && self.has(Marks::USER_PART)
            || self.has(Marks::AUTHOR) && self.has(Marks::POST_KIND)
    }
}

// A heading whose text is (inside) a link: the teaser of another page.
fn heading_is_link(dom: &Dom, i: usize) -> bool {
    let end = dom.end(i).min(i + 20);
    (i + 1..end).any(|j| dom.tag(j) == "a")
}

// A control that adds to a shopping cart (by class/id/name or by label).
fn is_cart_control(tag: &str, el: &scraper::node::Element, marks: Marks) -> bool {
    if !matches!(tag, "button" | "a" | "input" | "form" | "div" | "span") {
        return false;
    }
    if marks.has(Marks::CART) {
        return true;
    }
    let named = [
        el.attr_atom(&local_name!("name")),
        el.attr_atom(&local_name!("action")),
        el.attr_atom(&local_name!("value")),
    ]
    .into_iter()
    .flatten()
    .any(|v| {
        let v = v.to_ascii_lowercase();
        v.contains("add-to-cart") || v.contains("add_to_cart") || v.contains("/cart")
    });
    named
}

// Every `"@type"` value in a JSON-LD text, counted (read with a pattern so
// that broken JSON still gives its types).
fn ld_types(text: &str, out: &mut BTreeMap<String, u32>) {
    let mut rest = text;
    let mut seen = 0;
    while let Some(pos) = rest.find("\"@type\"") {
        seen += 1;
        if seen > 500 {
            break;
        }
        rest = rest.get(pos + 7..).unwrap_or("");
        let after = rest.trim_start();
        let Some(after) = after.strip_prefix(':') else {
            continue;
        };
        let after = after.trim_start();
        let value = if after.starts_with('[') {
            // A type list is short: look for its end in the next few hundred
            // bytes only (an unclosed '[' must not make each of 500 matches
            // rescan the whole script).
            let window = after.as_bytes().get(..after.len().min(400)).unwrap_or(&[]);
            let end = memchr::memchr(b']', window).unwrap_or(window.len());
            after.get(..end).unwrap_or("")
        } else {
            let body = after.strip_prefix('"').unwrap_or("");
            body.get(..body.find('"').map_or(0, |e| e + 1))
                .unwrap_or("")
        };
        for t in value.split('"').skip(usize::from(value.starts_with('['))) {
            let t = t.trim_matches(|c: char| c == '[' || c == ',' || c.is_whitespace());
            let t = t.rsplit('/').next().unwrap_or(t);
            if !t.is_empty() && t.len() < 60 && t.chars().all(|c| c.is_alphanumeric()) {
                *out.entry(t.to_string()).or_insert(0) += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(s: &str) -> Vec<(String, u32)> {
        let mut m = BTreeMap::new();
        ld_types(s, &mut m);
        m.into_iter().collect()
    }

    #[test]
    fn json_ld_types_are_read_from_strings_and_arrays() {
        assert_eq!(
            types(r#"{"@type": "Product", "offers": {"@type":["Offer","Thing"]}}"#),
            vec![
                ("Offer".to_string(), 1),
                ("Product".to_string(), 1),
                ("Thing".to_string(), 1)
            ]
        );
        assert_eq!(
            types(r#"{"@type":"http://schema.org/NewsArticle"}"#),
            vec![("NewsArticle".to_string(), 1)]
        );
        assert!(types(r#"{"@type": }"#).is_empty());
    }

    // The word-list tests the marks stand for, on an element's class and id words.
    mod by_words {
        use std::borrow::Cow;

        pub fn is_price(words: &[Cow<str>]) -> bool {
            words.iter().any(|w| w == "price") && !words.iter().any(|w| w == "old")
        }

        pub fn is_cart_word(words: &[Cow<str>]) -> bool {
            words.iter().any(|w| {
                matches!(
                    w.as_ref(),
                    "cart"
                        | "addtocart"
                        | "basket"
                        | "warenkorb"
                        | "panier"
                        | "carrito"
                        | "carrello"
                )
            })
        }

        pub fn is_post_container(words: &[Cow<str>]) -> bool {
            words.iter().any(|w| {
                matches!(
                    w.as_ref(),
                    "post" | "message" | "reply" | "postbody" | "messagebody" | "answer"
                )
            }) && !words.iter().any(|w| {
                matches!(
                    w.as_ref(),
                    "related"
                        | "recent"
                        | "popular"
                        | "list"
                        | "nav"
                        | "next"
                        | "prev"
                        | "previous"
                )
            })
        }

        pub fn is_post_author(words: &[Cow<str>]) -> bool {
            words.iter().any(|w| {
                matches!(
                    w.as_ref(),
                    "username" | "poster" | "postauthor" | "userinfo" | "usercard" | "memberinfo"
                )
            }) || words.iter().any(|w| w == "user")
                && words
                    .iter()
                    .any(|w| matches!(w.as_ref(), "name" | "info" | "card"))
                || words.iter().any(|w| w == "author")
                    && words
                        .iter()
                        .any(|w| matches!(w.as_ref(), "post" | "message" | "reply" | "answer"))
        }
    }

    proptest::proptest! {
        // The marks (remembered per value) say what the word lists say.
        #[test]
        fn marks_agree_with_the_word_lists(
            class in proptest::collection::vec("(price|old|cart|AddToCart|post|Message|reply|answer|postbody|related|list|nav|username|poster|user|userName|name|card|author|x|wp)([-_ ](price|old|post|user|author|name|list|item)){0,2}", 0..15),
            id in proptest::option::of("(post|user|author|price|main)[-_ ]?(author|name|1|body)?"),
        ) {
            let class = class.join(" ");
            let mut html = String::from("<div");
            if !class.is_empty() {
                html.push_str(&format!(" class='{class}'"));
            }
            if let Some(id) = &id {
                html.push_str(&format!(" id='{id}'"));
            }
            html.push_str(">x</div>");
            let doc = scraper::Html::parse_fragment(&html);
            let el = doc
                .root_element()
                .descendants()
                .filter_map(scraper::ElementRef::wrap)
                .find(|e| e.value().name() == "div");
            let Some(el) = el else {
                return Ok(());
            };
            let el = el.value();
            let words: Vec<_> = crate::html::prune::class_id_words(el).collect();
            for _ in 0..2 {
                let marks = class_marks(el);
                proptest::prop_assert_eq!(marks.is_price(), by_words::is_price(&words));
                proptest::prop_assert_eq!(marks.has(Marks::CART), by_words::is_cart_word(&words));
                proptest::prop_assert_eq!(marks.is_post_container(), by_words::is_post_container(&words));
                proptest::prop_assert_eq!(marks.is_post_author(), by_words::is_post_author(&words));
            }
        }
    }

    #[test]
    fn url_paths_and_segments() {
        assert_eq!(url_path("https://x.org/Docs/intro?a=1"), "/docs/intro");
        assert_eq!(url_path("x.org"), "");
        assert!(path_has_segment(
            "/community/t/slow-build/12",
            FORUM_SEGMENTS
        ));
        assert!(!path_has_segment("/tutorials/intro", FORUM_SEGMENTS));
    }
}
