//! Pruning: elements that are never main content (scripts, navigation,
//! hidden elements, share bars, cookie banners, ...), decided per element
//! from its tag, attributes, role and class/id words.

use super::dom::FastAttr;
use crate::class_hints::{remembered, Memo};
use aho_corasick::AhoCorasick;
use html5ever::local_name;
use smallvec::SmallVec;
use std::borrow::Cow;
use std::sync::LazyLock;

use crate::ascii::contains_ignore_case;
use scraper::node::Element;

/// How sure a prune rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Always dropped.
    Hard,
    /// Dropped unless dropping leaves too little content (e.g. comments,
    /// which are the content of forum pages).
    Soft,
}

// Tags whose content is never visible text of the page (ruby annotations
// `rt`/`rp` are pronunciation glosses printed above the text, not part of it).
pub fn is_non_text_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "input"
            | "textarea"
            | "select"
            | "option"
            | "button"
            | "rt"
            | "rp"
    )
}

// Tags for page chrome: navigation, side content, page header and footer.
pub fn chrome_tag_reason(tag: &str, inside_article: bool) -> Option<&'static str> {
    match tag {
        "nav" => Some("tag:nav"),
        "aside" => Some("tag:aside"),
        "footer" => Some("tag:footer"),
        "header" if !inside_article => Some("tag:header"),
        "form" => Some("tag:form"),
        "dialog" => Some("tag:dialog"),
        _ => None,
    }
}

// ARIA landmark roles that mark page chrome rather than content.
pub fn chrome_role_reason(el: &Element, inside_article: bool) -> Option<&'static str> {
    let role = el.attr_atom(&local_name!("role"))?.trim();
    match role.to_ascii_lowercase().as_str() {
        "navigation" => Some("role:navigation"),
        "complementary" => Some("role:complementary"),
        "contentinfo" => Some("role:contentinfo"),
        "banner" if !inside_article => Some("role:banner"),
        "search" => Some("role:search"),
        "dialog" | "alertdialog" => Some("role:dialog"),
        "menu" | "menubar" => Some("role:menu"),
        "toolbar" => Some("role:toolbar"),
        "tooltip" => Some("role:tooltip"),
        _ => None,
    }
}

// Elements the page hides from readers: `hidden`, aria-hidden, inline display:none.
pub fn hidden_reason(el: &Element, class: &ClassRules) -> Option<&'static str> {
    if el.attr_atom(&local_name!("hidden")).is_some() {
        return Some("hidden:attr");
    }
    if el
        .attr_atom(&local_name!("aria-hidden"))
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return Some("hidden:aria-hidden");
    }
    if let Some(style) = el
        .attr_atom(&local_name!("style"))
        // Both rules need one of these words: most styles are skipped unallocated.
        .filter(|st| {
            contains_ignore_case(st.as_bytes(), b"none")
                || contains_ignore_case(st.as_bytes(), b"hidden")
        })
    {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") {
            return Some("hidden:display-none");
        }
        if s.contains("visibility:hidden") {
            return Some("hidden:visibility-hidden");
        }
    }
    class.hiding
}

/// What the class rules say of an element's class value: its hiding
/// utility class and its boilerplate rules, looked up once per element
/// (remembered per value: pages repeat their class names).
#[derive(Debug, Clone, Default)]
pub struct ClassRules {
    hiding: Option<&'static str>,
    reasons: ValueReasons,
}

impl ClassRules {
    pub fn of(el: &Element) -> ClassRules {
        thread_local! {
            static CLASS_RULES: Memo<ClassRules> = Default::default();
        }
        let Some(class) = el.attr_atom(&local_name!("class")) else {
            return ClassRules::default();
        };
        remembered(&CLASS_RULES, class, |c| ClassRules {
            hiding: class_hiding(c),
            reasons: class_reasons(c),
        })
    }
}

// The hiding a class value's utility classes ask for: a hiding utility
// class counts only without a responsive class that shows the element
// again on some screens ("hidden lg:flex", "d-none d-md-block").
fn class_hiding(class: &str) -> Option<&'static str> {
    let mut hiding = None;
    for c in class_tokens(class) {
        if is_display_none_class(c) {
            hiding = Some("hidden:class-display");
        } else if is_screen_reader_only_class(c) && hiding.is_none() {
            hiding = Some("hidden:class");
        }
    }
    // (Asked only of a value that hides: most hide nothing.)
    if hiding.is_some() && class_tokens(class).any(is_responsive_show_class) {
        return None;
    }
    hiding
}

// Responsive utility classes that display an element on some screen sizes.
fn is_responsive_show_class(c: &str) -> bool {
    const SHOWS: [&str; 8] = [
        "block",
        "flex",
        "grid",
        "inline",
        "inline-block",
        "inline-flex",
        "table",
        "contents",
    ];
    let shows = |v: &str| SHOWS.iter().any(|s| v.eq_ignore_ascii_case(s));
    if let Some((_, v)) = c.rsplit_once(':') {
        return shows(v);
    }
    let bootstrap = c.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("d-"));
    if let Some(rest) = c.get(2..).filter(|_| bootstrap) {
        if let Some((bp, v)) = rest.split_once('-') {
            return ["sm", "md", "lg", "xl", "xxl"]
                .iter()
                .any(|b| bp.eq_ignore_ascii_case(b))
                && shows(v);
        }
    }
    false
}

/// Whether a hiding reason is one that pages use for collapsed content the
/// reader can open (as opposed to aria-hidden duplicates or screen-reader text).
pub fn is_collapsible_hiding(reason: &str) -> bool {
    matches!(
        reason,
        "hidden:attr" | "hidden:display-none" | "hidden:aria-hidden" | "hidden:visibility-hidden"
    )
}

// Utility classes that set `display: none` until a script shows the element
// (collapsed accordion panels and tabs as well as closed menus).
fn is_display_none_class(c: &str) -> bool {
    ["hidden", "d-none", "u-hidden", "is-hidden", "hide"]
        .iter()
        .any(|h| c.eq_ignore_ascii_case(h))
}

// Common utility classes for visually hidden / screen-reader-only text.
fn is_screen_reader_only_class(c: &str) -> bool {
    [
        "sr-only",
        "screen-reader-text",
        "visually-hidden",
        "visuallyhidden",
        "screenreader-only",
    ]
    .iter()
    .any(|h| c.eq_ignore_ascii_case(h))
}

/// The tokens of a class value (or any list of words apart), as
/// `str::split_whitespace` gives them: ASCII bytes are tested as bytes and
/// only other characters decoded (class values are read on most elements).
pub fn class_tokens(value: &str) -> ClassTokens<'_> {
    ClassTokens { value, at: 0 }
}

/// The iterator of [`class_tokens`].
pub struct ClassTokens<'a> {
    value: &'a str,
    at: usize,
}

// The ASCII characters `char::is_whitespace` takes.
impl ClassTokens<'_> {
    // The length of the non-ASCII whitespace character at `i`, if one
    // starts there.
    #[inline]
    fn wide_space_at(&self, i: usize) -> Option<usize> {
        let c = self.value.get(i..)?.chars().next()?;
        c.is_whitespace().then(|| c.len_utf8())
    }
}

impl<'a> Iterator for ClassTokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.value.as_bytes();
        let mut i = self.at;
        // The whitespace before the token.
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if !crate::ascii::is_space_byte(b) {
                    break;
                }
                i += 1;
            } else {
                match self.wide_space_at(i) {
                    Some(n) => i += n,
                    None => break,
                }
            }
        }
        let start = i;
        // The token: up to the next whitespace (a byte at a time, also
        // inside a character, which starts no whitespace).
        while let Some(&b) = bytes.get(i) {
            if if b.is_ascii() {
                crate::ascii::is_space_byte(b)
            } else {
                self.wide_space_at(i).is_some()
            } {
                break;
            }
            i += 1;
        }
        self.at = i;
        (i > start).then(|| self.value.get(start..i)).flatten()
    }
}

/// The words of an element's class and id tokens (the first twelve tokens).
pub fn class_id_words(el: &Element) -> impl Iterator<Item = Cow<'_, str>> {
    el.attr_atom(&local_name!("class"))
        .into_iter()
        .flat_map(class_tokens)
        .chain(el.attr_atom(&local_name!("id")))
        .take(12)
        .flat_map(token_words)
}

/// The words of a class or id token: most have six or fewer, kept
/// inline (this runs on most class tokens of a page).
pub type TokenWords<'t> = SmallVec<[Cow<'t, str>; 6]>;

/// Split a class or id token into lower-case words at `-`, `_` and other
/// punctuation and at camelCase boundaries: `articleHeader_v2` → `article`,
/// `header`, `v2`. Runs with digits stay whole, so generated ids such as
/// `b5343ad4` never yield a word like `ad`.
pub fn token_words(token: &str) -> TokenWords<'_> {
    let mut words = TokenWords::new();
    for run in token.split(|c: char| !c.is_alphanumeric()) {
        if run.is_empty() {
            continue;
        }
        // Most class names are lower-case ASCII: one word per run, borrowed
        // (this runs on every class token of every element).
        if run
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            words.push(Cow::Borrowed(run));
            continue;
        }
        if run.chars().any(|c| c.is_numeric()) {
            words.push(Cow::Owned(run.to_lowercase()));
            continue;
        }
        let mut cur = String::new();
        let mut prev_lower = false;
        for c in run.chars() {
            if c.is_uppercase() && prev_lower && !cur.is_empty() {
                words.push(Cow::Owned(std::mem::take(&mut cur)));
            }
            prev_lower = c.is_lowercase();
            cur.extend(c.to_lowercase());
        }
        if !cur.is_empty() {
            words.push(Cow::Owned(cur));
        }
    }
    words
}

// Words that mark one kind of boilerplate wherever they appear in a
// token, by kind.
const STRONG_BOILERPLATE_WORDS: &[(&str, &[&str])] = &[
    (
        "share",
        &[
            "share",
            "sharing",
            "sharebar",
            "sharethis",
            "addthis",
            "shares",
        ],
    ),
    ("social", &["social", "socials", "socialmedia", "follow"]),
    (
        "related",
        &[
            "related",
            "recommended",
            "recommendations",
            "recirculation",
            "recirc",
            "outbrain",
            "taboola",
            "similar",
            "trending",
            "popular",
            "mostread",
        ],
    ),
    (
        "ad",
        &[
            "ad",
            "ads",
            "adv",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "adsense",
            "adsbygoogle",
            "adslot",
            "adunit",
            "dfp",
            "sponsor",
            "sponsored",
            "promo",
            "promos",
            "promoted",
            "promotion",
        ],
    ),
    (
        "cookie",
        &["cookie", "cookies", "consent", "gdpr", "onetrust"],
    ),
    (
        "newsletter",
        &[
            "newsletter",
            "subscribe",
            "subscription",
            "signup",
            "optin",
            "paywall",
        ],
    ),
    ("breadcrumb", &["breadcrumb", "breadcrumbs", "crumbs"]),
    ("pagination", &["pagination", "pager", "paging"]),
    (
        "popup",
        &[
            "popup",
            "modal",
            "overlay",
            "lightbox",
            "offcanvas",
            "flyout",
            "tooltip",
        ],
    ),
    ("skip-link", &["skiplink", "skiplinks"]),
    ("print", &["noprint"]),
];

// Words that mark page chrome unless the same token also names content
// ("site-header" is chrome, "article-header" is not), by kind.
const WEAK_BOILERPLATE_WORDS: &[(&str, &[&str])] = &[
    ("sidebar", &["sidebar", "sidebars", "rail"]),
    ("header", &["header", "masthead", "topbar", "banner"]),
    ("footer", &["footer", "bottombar", "colophon", "copyright"]),
    (
        "nav",
        &[
            "nav",
            "navbar",
            "navigation",
            "navlinks",
            "menu",
            "megamenu",
            "submenu",
        ],
    ),
    ("toolbar", &["toolbar", "actions"]),
    ("tags", &["tags", "tagcloud", "taglist", "categories"]),
    ("account", &["login", "signin", "account"]),
    ("author", &["author", "byline", "bio", "avatar"]),
    ("meta", &["postmeta", "dateline", "timestamp"]),
];

// Words that are comments, replies or customer reviews: boilerplate on
// articles and product pages, content on forums.
const COMMENT_CLASS_WORDS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "respond",
    "disqus",
    "replies",
    "discussion",
    "reviews",
    "ratings",
];

// The kind of a word in a table of boilerplate words.
fn kind_of(table: &[(&'static str, &[&str])], w: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(_, words)| words.contains(&w))
        .map(|(kind, _)| *kind)
}

// Words that mark one kind of boilerplate wherever they appear in a token.
fn strong_boilerplate_word(w: &str) -> Option<&'static str> {
    kind_of(STRONG_BOILERPLATE_WORDS, w)
}

// Words that mark page chrome unless the same token also names content.
fn weak_boilerplate_word(w: &str) -> Option<&'static str> {
    kind_of(WEAK_BOILERPLATE_WORDS, w)
}

// Words that, next to "header", name the page's own header rather than
// the header of a card, section or accordion inside the content.
fn page_chrome_word(w: &str) -> bool {
    matches!(
        w,
        "header"
            | "masthead"
            | "topbar"
            | "banner"
            | "site"
            | "global"
            | "top"
            | "main"
            | "page"
            | "primary"
            | "sticky"
            | "fixed"
            | "wrapper"
            | "wrap"
            | "container"
            | "inner"
            | "outer"
            | "desktop"
            | "mobile"
            | "nav"
            | "navbar"
            | "menu"
            | "bar"
    )
}

// A comment, reply or review word (see `COMMENT_CLASS_WORDS`).
fn comment_word(w: &str) -> bool {
    COMMENT_CLASS_WORDS.contains(&w)
}

/// Whether an element's class or id names the container of one post of a
/// discussion: a question, an answer, a post or a message.
pub fn names_one_post(el: &Element) -> bool {
    class_id_words(el).any(|w| matches!(w.as_ref(), "question" | "answer" | "post" | "message"))
}

// Words that name main content in a class or id.
pub fn content_word(w: &str) -> bool {
    matches!(
        w,
        "article"
            | "content"
            | "post"
            | "entry"
            | "story"
            | "body"
            | "main"
            | "text"
            | "blog"
            | "prose"
            | "richtext"
            | "markdown"
            | "description"
            | "page"
            | "single"
    )
}

// Words that say a class is a state or layout switch of the element, not what it is
// ("has-sidebar", "sidebar-enabled", "no-ads", "hide-inline-ad").
fn modifier_word(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "with"
            | "no"
            | "without"
            | "enabled"
            | "disabled"
            | "active"
            | "open"
            | "layout"
            | "template"
            | "theme"
            | "show"
            | "hide"
            | "visible"
            | "left"
            | "right"
    )
}

/// The boilerplate class/id rule that fires on an element, if any: the
/// first hard rule of its class tokens, then of its id, else the first soft
/// one.
pub fn class_reason(el: &Element, class: &ClassRules) -> Option<(String, Strength)> {
    let class = &class.reasons;
    let id = el
        .attr_atom(&local_name!("id"))
        .map(id_reasons)
        .unwrap_or_default();
    if let Some(r) = class.hard.as_ref().or(id.hard.as_ref()) {
        return Some((r.to_string(), Strength::Hard));
    }
    class
        .soft
        .as_ref()
        .or(id.soft.as_ref())
        .map(|r| (r.to_string(), Strength::Soft))
}

/// The first hard and the first soft class rule of one class or id value
/// (shared, so a remembered answer is handed out without copying it).
#[derive(Debug, Clone, Default)]
struct ValueReasons {
    hard: Option<std::rc::Rc<str>>,
    soft: Option<std::rc::Rc<str>>,
}

thread_local! {
    static TOKEN_REASONS: Memo<ValueReasons> = Default::default();
}

// The rules of a class value (remembered with its `ClassRules`), read token
// by token, each token's rules remembered too (tokens repeat across values
// and pages far more than whole values do): the first hard rule of a token
// wins, the first soft one is kept.
fn class_reasons(class: &str) -> ValueReasons {
    let mut found = ValueReasons::default();
    for token in class_tokens(class) {
        let t = token_reasons(token);
        if found.soft.is_none() {
            found.soft = t.soft;
        }
        if t.hard.is_some() {
            found.hard = t.hard;
            return found;
        }
    }
    found
}

// The rules of an id value (one token, whatever it holds), remembered.
fn id_reasons(id: &str) -> ValueReasons {
    token_reasons(id)
}

// The rules of one class token or id, remembered (a token holding no
// rule word has none, and is not looked up).
fn token_reasons(token: &str) -> ValueReasons {
    if !may_name_a_rule(token) {
        return ValueReasons::default();
    }
    remembered(&TOKEN_REASONS, token, reasons_of_token)
}

/// Every word a class rule reads: the boilerplate, comment and skip-link words.
static RULE_WORDS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let kinds = STRONG_BOILERPLATE_WORDS
        .iter()
        .chain(WEAK_BOILERPLATE_WORDS);
    let words: Vec<&str> = kinds
        .flat_map(|(_, words)| words.iter().copied())
        .chain(COMMENT_CLASS_WORDS.iter().copied())
        .chain(["skip"])
        .collect();
    word_gate(&words)
});

// A matcher of the words in any ASCII case, for the quick tests that a
// token holds none of them (a DFA: tokens are short, and many are asked).
fn word_gate(words: &[&str]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(words)
        .ok()
}

// Whether a token may hold a word of the gate: the words of an ASCII token
// are lower-cased pieces of it, so one holding none of the gate's words in
// any case has none of them (most tokens of a page hold none, and this one
// pass is cheaper than splitting them into words).
fn may_hold_word(gate: &LazyLock<Option<AhoCorasick>>, token: &str) -> bool {
    !token.is_ascii() || gate.as_ref().map_or(true, |m| m.is_match(token))
}

// Whether a class rule may fire on a token.
fn may_name_a_rule(token: &str) -> bool {
    may_hold_word(&RULE_WORDS, token)
}

// The rules of one class token or id: the first hard one, else a soft one.
fn reasons_of_token(token: &str) -> ValueReasons {
    let mut found = ValueReasons::default();
    // Utility classes with a variant prefix ("print:hidden", "md:sidebar")
    // style the element in some context; they do not say what it is.
    // Arbitrary-value utilities ("top-[var(--nav-height)]") likewise.
    if token.contains(':') || token.contains('[') {
        return found;
    }
    let words = token_words(before_hash(token));
    if words.is_empty() || words.iter().any(|w| modifier_word(w)) {
        return found;
    }
    // "skip-link" / "skip-links": the jump links for keyboard users.
    if words.iter().any(|w| w == "skip") && words.iter().any(|w| w == "link" || w == "links") {
        found.hard = Some(format!("boilerplate-class:skip-link (class/id \"{token}\")").into());
        return found;
    }
    let has_content = words.iter().any(|w| content_word(w));
    let mut bem: Option<Option<BemParts>> = None;
    for (k, w) in words.iter().enumerate() {
        if is_advanced_prefix(w, words.get(k + 1)) {
            continue;
        }
        if let Some(kind) = strong_boilerplate_word(w) {
            if kind == "popup" && names_card_part(&words) {
                continue;
            }
            found.hard = Some(format!("boilerplate-class:{kind} (class/id \"{token}\")").into());
            return found;
        }
        if comment_word(w) && found.soft.is_none() {
            found.soft = Some(format!("boilerplate-class:comments (class/id \"{token}\")").into());
        }
        if has_content {
            continue;
        }
        let Some(kind) = weak_boilerplate_word(w) else {
            continue;
        };
        // (Split into its BEM parts once, for the first chrome word.)
        let bem = bem.get_or_insert_with(|| BemParts::of_content_block(token));
        if bem.as_ref().is_some_and(|b| b.names_in_element(w)) {
            continue;
        }
        if kind == "header" && !words.iter().all(|w| page_chrome_word(w)) {
            continue;
        }
        if kind == "footer" && names_card_part(&words) {
            continue;
        }
        found.hard = Some(format!("boilerplate-class:{kind} (class/id \"{token}\")").into());
        return found;
    }
    found
}

// A part of a card ("card__footer", "product-card__link-overlay"): the
// footer of a card holds its price or date, the overlay its link; neither
// is the page's footer or a popup.
fn names_card_part(words: &[Cow<'_, str>]) -> bool {
    words.iter().any(|w| w == "card")
}

// The words of a BEM name ("listing-card__categories", "store-info__bio")
// whose block part is not page chrome: a word of its element part names a
// part of one item on the page (its tags, its footer), not the page's own box.
struct BemParts<'t> {
    block: TokenWords<'t>,
    element: TokenWords<'t>,
}

impl<'t> BemParts<'t> {
    // Split once per token (the rules ask for each of its words).
    fn of_content_block(token: &'t str) -> Option<BemParts<'t>> {
        let (block, element) = token.split_once("__")?;
        let block = token_words(block);
        let chrome = block
            .iter()
            .any(|b| page_chrome_word(b) || weak_boilerplate_word(b).is_some());
        (!block.is_empty() && !chrome).then(|| BemParts {
            block,
            element: token_words(element),
        })
    }

    fn names_in_element(&self, w: &str) -> bool {
        self.element.iter().any(|e| e == w) && !self.block.iter().any(|b| b == w)
    }
}

// "adv" before another word abbreviates "advanced" ("adv-heading",
// "adv-search"); alone or last it is an advert ("adv", "box-adv").
fn is_advanced_prefix(w: &str, next: Option<&Cow<'_, str>>) -> bool {
    w == "adv" && next.is_some_and(|n| n.bytes().any(|b| b.is_ascii_alphabetic()))
}

/// Fewest characters of a hash fragment in a generated class or id.
const MIN_HASH_CHARS: usize = 5;

// The part of a class or id before its first hash fragment: names that
// page builders and CSS-in-JS generate per element end in hashes whose
// pieces read like words ("column356_b8ce28-ad" is no ad;
// "Footer-styled__Links-sc-d11cfc8d-10" is still a footer).
fn before_hash(token: &str) -> &str {
    let mut start = 0;
    for run in token.split(|c: char| !c.is_ascii_alphanumeric()) {
        if is_hash_run(run) {
            return token.get(..start).unwrap_or(token);
        }
        start += run.len() + 1;
    }
    token
}

// A hash fragment: hex letters mixed with digits ("b8ce28", "9c83af").
fn is_hash_run(run: &str) -> bool {
    run.len() >= MIN_HASH_CHARS
        && run
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && run.bytes().any(|b| b.is_ascii_digit())
        && run.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Positive or negative hint from class/id words, for scoring containers.
pub fn class_hint(el: &Element) -> f32 {
    thread_local! {
        static CLASS_HINTS: Memo<f32> = Default::default();
        static ID_HINTS: Memo<f32> = Default::default();
    }
    let class = el.attr_atom(&local_name!("class")).map_or(0.0, |c| {
        remembered(&CLASS_HINTS, c, |c| hint_of_tokens(class_tokens(c)))
    });
    let id = el.attr_atom(&local_name!("id")).map_or(0.0, |i| {
        remembered(&ID_HINTS, i, |i| hint_of_tokens(std::iter::once(i)))
    });
    (class + id).clamp(-2.0, 2.0)
}

// Words of a class or id token naming the content.
const CONTENT_HINT_WORDS: &[&str] = &[
    "article", "content", "post", "entry", "story", "body", "prose", "richtext",
];

/// Every word a class hint reads.
static HINT_WORDS: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| word_gate(&[CONTENT_HINT_WORDS, COMMENT_CLASS_WORDS].concat()));

// +1 for each token naming content, -1 for each naming comments (whole
// numbers, so the sums add up exactly whatever their order).
fn hint_of_tokens<'t>(tokens: impl Iterator<Item = &'t str>) -> f32 {
    let mut hint = 0.0f32;
    for token in tokens.filter(|t| may_hold_word(&HINT_WORDS, t)) {
        let words = token_words(token);
        if words
            .iter()
            .any(|w| CONTENT_HINT_WORDS.contains(&w.as_ref()))
        {
            hint += 1.0;
        }
        if words.iter().any(|w| comment_word(w)) {
            hint -= 1.0;
        }
    }
    hint
}

/// Whether the element is a semantic main-content container.
pub fn is_semantic_main(el: &Element) -> bool {
    matches!(el.name(), "article" | "main")
        || el
            .attr_atom(&local_name!("role"))
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
        || el
            .attr_atom(&local_name!("itemprop"))
            .is_some_and(|p| class_tokens(p).any(|v| v == "articleBody" || v == "text"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn first(html: &str, css: &str) -> Option<(String, Strength)> {
        let doc = Html::parse_document(html);
        let sel = Selector::parse(css).ok()?;
        let el = doc.select(&sel).next()?;
        class_reason(el.value(), &ClassRules::of(el.value()))
    }

    #[test]
    fn words_split_on_case_and_punctuation() {
        assert_eq!(
            token_words("articleHeader_v2").as_slice(),
            ["article", "header", "v2"]
        );
        assert_eq!(token_words("ad-slot").as_slice(), ["ad", "slot"]);
    }

    #[test]
    fn ad_word_does_not_match_inside_words() {
        assert!(first("<div class='shadow download head'>x</div>", "div").is_none());
        assert!(first("<div class='ad-slot'>x</div>", "div").is_some());
        assert!(first("<div id='b5343ad4-d1b4'>x</div>", "div").is_none());
    }

    #[test]
    fn content_word_protects_header_but_not_share() {
        assert!(first("<div class='article-header'>x</div>", "div").is_none());
        assert!(first("<div class='site-header'>x</div>", "div").is_some());
        assert!(first("<div class='article-share'>x</div>", "div").is_some());
        assert!(first("<div class='card-header'>x</div>", "div").is_none());
        assert!(first("<div id='site-header'>x</div>", "div").is_some());
    }

    #[test]
    fn hash_tails_of_generated_names_are_not_words() {
        assert_eq!(before_hash("pb-column412_c3d9e1-ad"), "pb-column412_");
        assert_eq!(
            before_hash("Footer-styled__Links-sc-d11ab3c4-10"),
            "Footer-styled__Links-sc-"
        );
        assert_eq!(before_hash("ad-slot-top"), "ad-slot-top");
        assert!(first("<div class='pb-column412_c3d9e1-ad'>x</div>", "div").is_none());
        assert!(first(
            "<div class='Footer-styled__Links-sc-d11ab3c4-10'>x</div>",
            "div"
        )
        .is_some());
    }

    #[test]
    fn parts_of_cards_are_not_page_chrome() {
        assert!(first("<div class='card__footer'>x</div>", "div").is_none());
        assert!(first("<div class='ProductCardFooter'>x</div>", "div").is_none());
        assert!(first("<a class='product-card__link-overlay'>x</a>", "a").is_none());
        assert!(first("<div class='site-footer'>x</div>", "div").is_some());
        assert!(first("<div class='modal-overlay'>x</div>", "div").is_some());
    }

    #[test]
    fn bem_elements_of_item_blocks_are_parts_of_items() {
        assert!(first("<div class='listing-card__categories'>x</div>", "div").is_none());
        assert!(first("<div class='store-info__bio'>x</div>", "div").is_none());
        assert!(first("<div class='site__footer'>x</div>", "div").is_some());
        assert!(first("<div class='sidebar__categories'>x</div>", "div").is_some());
        assert!(first("<div class='teaser__share'>x</div>", "div").is_some());
    }

    #[test]
    fn utility_classes_are_styling_not_toolbars() {
        assert!(first("<div class='font-utility-2'>x</div>", "div").is_none());
        assert!(first("<div class='utility-nav'>x</div>", "div").is_some());
        assert!(first("<div class='edit-toolbar'>x</div>", "div").is_some());
    }

    #[test]
    fn arbitrary_value_utilities_do_not_prune() {
        assert!(first("<div class='sticky top-[var(--nav-height)]'>x</div>", "div").is_none());
        assert!(first("<div class='w-[320px] sidebar'>x</div>", "div").is_some());
    }

    #[test]
    fn adv_before_a_word_is_advanced() {
        assert!(first("<h2 class='pb-adv-heading'>x</h2>", "h2").is_none());
        assert!(first("<div class='adv-search'>x</div>", "div").is_none());
        assert!(first("<div class='box-adv'>x</div>", "div").is_some());
        assert!(first("<div class='adv'>x</div>", "div").is_some());
        assert!(first("<div class='adv-300'>x</div>", "div").is_some());
    }

    #[test]
    fn layout_modifiers_do_not_prune() {
        assert!(first("<div class='sidebar-enabled has-ads'>x</div>", "div").is_none());
        assert!(first("<div class='hide-inline-ad'>x</div>", "div").is_none());
    }

    #[test]
    fn responsive_classes_do_not_hide() {
        let doc = Html::parse_document(
            "<div class='hidden lg:flex'>a</div><div class='d-none d-md-block'>b</div><div class='hidden'>c</div>",
        );
        let Ok(sel) = Selector::parse("div") else {
            return;
        };
        let r: Vec<bool> = doc
            .select(&sel)
            .map(|e| hidden_reason(e.value(), &ClassRules::of(e.value())).is_some())
            .collect();
        assert_eq!(r, vec![false, false, true]);
    }

    proptest::proptest! {
        #[test]
        fn class_tokens_are_split_whitespace(s in "[a-zA-Z_ \t\n\r\x0B\x0C\u{85}\u{a0}\u{2028}\u{3000}é日]{0,30}") {
            let ours: Vec<&str> = class_tokens(&s).collect();
            let std: Vec<&str> = s.split_whitespace().collect();
            proptest::prop_assert_eq!(ours, std);
        }

        // The gate before the class hints passes every token with a hint.
        #[test]
        fn tokens_the_hint_gate_stops_have_no_hint(
            token in "[a-zA-Z0-9_-]{0,6}(Article|content|POST|body|comments|x)?[a-zA-Z0-9_-]{0,6}"
        ) {
            if !may_hold_word(&HINT_WORDS, &token) {
                let words = token_words(&token);
                proptest::prop_assert!(!words.iter().any(|w| CONTENT_HINT_WORDS.contains(&w.as_ref()) || comment_word(w)), "{token}");
            }
        }

        // The gate before the class rules passes every token a rule fires on.
        #[test]
        fn tokens_the_gate_stops_have_no_rule(
            token in "[a-zA-Z0-9_:-]{0,6}(Ad|ad|NAV|Menu|skip|link|comments|share|site|header|card|post)?[a-zA-Z0-9_-]{0,6}(__)?[a-zA-Z-]{0,8}"
        ) {
            let r = reasons_of_token(&token);
            if !may_name_a_rule(&token) {
                proptest::prop_assert!(r.hard.is_none() && r.soft.is_none(), "{token}");
            }
        }
    }

    #[test]
    fn comments_are_soft() {
        let r = first("<div id='comments'>x</div>", "div");
        assert_eq!(r.map(|r| r.1), Some(Strength::Soft));
    }
}
