//! Schema.org JSON-LD: the strongest metadata source a page has.
//!
//! Blocks are parsed strictly, then after a lenient repair (control
//! characters, trailing commas, several concatenated values), and as a last
//! resort a few key fields are read with patterns from the broken text.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::authors;
use super::title::decode_entities;

/// What the JSON-LD blocks of a page say about its article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LdInfo {
    pub headline: Option<String>,
    pub alternative_headline: Option<String>,
    pub authors: Vec<String>,
    /// Author entries that are organisations, or agency credits.
    pub author_orgs: Vec<String>,
    pub publisher: Option<String>,
    pub website_name: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub sections: Vec<String>,
    pub keywords: Vec<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub breadcrumbs: Vec<String>,
    /// The description of a `Product` object: the product's own text.
    pub product_description: Option<String>,
    /// The main object is an article type (not just a web page).
    pub is_article: bool,
}

/// Parse every JSON-LD block and merge what they say, the article object
/// first, then the web page object.
pub fn extract(blocks: &[String]) -> LdInfo {
    let mut values = Vec::new();
    let mut broken = Vec::new();
    for b in blocks {
        match parse_lenient(b) {
            Some(v) => values.extend(v),
            None => broken.push(b.as_str()),
        }
    }
    let mut objects: Vec<&serde_json::Map<String, Value>> = Vec::new();
    for v in &values {
        collect_objects(v, &mut objects, 0);
    }
    let ids: BTreeMap<&str, &serde_json::Map<String, Value>> = objects
        .iter()
        .filter_map(|o| Some((o.get("@id")?.as_str()?, *o)))
        .filter(|(_, o)| o.len() > 1)
        .collect();
    let mut info = LdInfo::default();
    let article = objects
        .iter()
        .copied()
        .find(|o| is_article_type(o))
        .or_else(|| objects.iter().copied().find(|o| is_authored_question(o)));
    let page = objects.iter().copied().find(|o| is_page_type(o));
    info.is_article = article.is_some();
    for obj in [article, page].into_iter().flatten() {
        fill_from_main(&mut info, obj, &ids);
    }
    for obj in &objects {
        if has_type(obj, |t| t == "BreadcrumbList") && info.breadcrumbs.is_empty() {
            info.breadcrumbs = breadcrumb_names(obj, &ids);
        }
        if has_type(obj, |t| t == "Product" || t == "ProductGroup")
            && info.product_description.is_none()
        {
            info.product_description = str_field(obj, "description");
        }
        if has_type(obj, |t| t == "WebSite") && info.website_name.is_none() {
            info.website_name = str_field(obj, "name");
        }
        if has_type(obj, |t| t == "Organization" || t == "NewsMediaOrganization")
            && info.publisher.is_none()
            && article.is_some()
        {
            info.publisher = str_field(obj, "name");
        }
    }
    if article.is_none() && page.is_none() {
        for b in broken {
            fill_from_broken(&mut info, b);
        }
    }
    info
}

/// Parse one block: strictly, then repaired; a block may hold several values.
fn parse_lenient(raw: &str) -> Option<Vec<Value>> {
    let text = unwrap_block(raw);
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        return Some(vec![v]);
    }
    let repaired = repair_json(text);
    let mut out = Vec::new();
    for v in serde_json::Deserializer::from_str(&repaired).into_iter::<Value>() {
        match v {
            Ok(v) => out.push(v),
            Err(_) => break,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Strip HTML comment and CDATA wrappers some CMSes put around the JSON.
fn unwrap_block(raw: &str) -> &str {
    let mut t = raw.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("<![CDATA[", "]]>"),
        ("//<![CDATA[", "//]]>"),
    ] {
        if let Some(inner) = t.strip_prefix(open) {
            t = inner.strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    t.trim_end_matches(';')
}

/// Lenient repair: control characters (raw newlines inside strings) become
/// spaces, commas before `}`/`]` go, and values glued together (`}{`) are
/// separated so they can be read as a stream.
pub fn repair_json(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_str = false;
    let mut escaped = false;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        i += 1;
        if in_str {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_str = false;
            }
            out.push(if c.is_control() { ' ' } else { c });
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push(c);
            }
            ',' => {
                let next = chars
                    .get(i..)
                    .unwrap_or(&[])
                    .iter()
                    .find(|c| !c.is_whitespace());
                if !matches!(next, Some('}' | ']')) {
                    out.push(c);
                }
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Every JSON object inside a value: arrays, `@graph`, and nested objects
/// (bounded depth), in document order.
fn collect_objects<'a>(
    v: &'a Value,
    out: &mut Vec<&'a serde_json::Map<String, Value>>,
    depth: usize,
) {
    if depth > 8 || out.len() > 500 {
        return;
    }
    match v {
        Value::Array(items) => {
            for item in items {
                collect_objects(item, out, depth + 1);
            }
        }
        Value::Object(map) => {
            if map.contains_key("@type") || map.contains_key("@id") {
                out.push(map);
            }
            if let Some(g) = map.get("@graph") {
                collect_objects(g, out, depth + 1);
            }
            // Articles nested as mainEntity of a WebPage.
            for key in ["mainEntity", "mainEntityOfPage", "hasPart"] {
                if let Some(inner @ (Value::Object(_) | Value::Array(_))) = map.get(key) {
                    collect_objects(inner, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn types(obj: &serde_json::Map<String, Value>) -> Vec<&str> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn has_type(obj: &serde_json::Map<String, Value>, f: impl Fn(&str) -> bool) -> bool {
    types(obj)
        .into_iter()
        .map(|t| t.rsplit(['/', ':']).next().unwrap_or(t))
        .any(f)
}

/// Article-like schema.org types: *Article, BlogPosting, Report, postings,
/// reviews, recipes and how-tos all carry a headline, author and dates.
fn is_article_type(obj: &serde_json::Map<String, Value>) -> bool {
    has_type(obj, |t| {
        t.ends_with("Article")
            || t.ends_with("Posting")
            || matches!(
                t,
                "Report" | "Review" | "Recipe" | "HowTo" | "Blog" | "CreativeWork" | "Guide"
            )
    })
}

/// The question of a Q&A thread, when it names its asker: the thread's
/// headline, author and date (a FAQ's questions name no author).
fn is_authored_question(obj: &serde_json::Map<String, Value>) -> bool {
    has_type(obj, |t| t == "Question") && obj.contains_key("author")
}

/// Page-level types, a weaker source of title, dates and description.
fn is_page_type(obj: &serde_json::Map<String, Value>) -> bool {
    has_type(obj, |t| t.ends_with("Page"))
}

fn fill_from_main(
    info: &mut LdInfo,
    obj: &serde_json::Map<String, Value>,
    ids: &BTreeMap<&str, &serde_json::Map<String, Value>>,
) {
    let set = |slot: &mut Option<String>, v: Option<String>| {
        if slot.is_none() {
            *slot = v;
        }
    };
    set(
        &mut info.headline,
        str_field(obj, "headline").or_else(|| str_field(obj, "name")),
    );
    set(
        &mut info.alternative_headline,
        str_field(obj, "alternativeHeadline"),
    );
    set(
        &mut info.published,
        str_field(obj, "datePublished").or_else(|| str_field(obj, "dateCreated")),
    );
    set(&mut info.modified, str_field(obj, "dateModified"));
    set(&mut info.description, str_field(obj, "description"));
    set(&mut info.language, language_field(obj.get("inLanguage")));
    set(&mut info.image, image_url(obj.get("image"), 0));
    set(
        &mut info.url,
        str_field(obj, "url").or_else(|| match obj.get("mainEntityOfPage") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Object(o)) => o.get("@id").and_then(Value::as_str).map(str::to_string),
            _ => None,
        }),
    );
    if info.authors.is_empty() {
        if let Some(a) = obj.get("author").or_else(|| obj.get("creator")) {
            collect_authors(a, ids, info, 0);
        }
    }
    if info.publisher.is_none() {
        info.publisher = obj.get("publisher").and_then(|p| name_of(p, ids));
    }
    if info.sections.is_empty() {
        info.sections = string_list(obj.get("articleSection"));
    }
    if info.keywords.is_empty() {
        info.keywords = string_list(obj.get("keywords"));
    }
}

fn str_field(obj: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key)? {
        Value::String(s) => Some(decode_entities(s.trim())).filter(|s| !s.is_empty()),
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .find(|s| !s.is_empty())
            .map(str::to_string),
        Value::Number(n) if key != "name" => Some(n.to_string()),
        _ => None,
    }
}

fn language_field(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o
            .get("alternateName")
            .or_else(|| o.get("name"))
            .and_then(Value::as_str)
            .map(str::to_string),
        Value::Array(a) => language_field(a.first()),
        _ => None,
    }
}

/// An image given as a string, an ImageObject, or an array of either.
fn image_url(v: Option<&Value>, depth: usize) -> Option<String> {
    if depth > 3 {
        return None;
    }
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => o
            .get("url")
            .or_else(|| o.get("contentUrl"))
            .and_then(|u| image_url(Some(u), depth + 1)),
        Value::Array(a) => a.iter().find_map(|i| image_url(Some(i), depth + 1)),
        _ => None,
    }
}

/// A list of strings: an array, or one comma-separated string.
fn string_list(v: Option<&Value>) -> Vec<String> {
    let items: Vec<String> = match v {
        Some(Value::String(s)) => s.split(',').map(str::to_string).collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| match x {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    items
        .into_iter()
        .map(|s| decode_entities(s.trim()))
        .filter(|s| !s.is_empty() && s.chars().count() <= 100)
        .take(50)
        .collect()
}

/// The `name` of a string, object (resolving `@id` references) or the first
/// of an array.
fn name_of(v: &Value, ids: &BTreeMap<&str, &serde_json::Map<String, Value>>) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty() && !is_url(s)),
        Value::Object(o) => {
            let o = resolve(o, ids);
            str_field(o, "name")
        }
        Value::Array(a) => a.iter().find_map(|x| name_of(x, ids)),
        _ => None,
    }
}

fn resolve<'a>(
    o: &'a serde_json::Map<String, Value>,
    ids: &BTreeMap<&str, &'a serde_json::Map<String, Value>>,
) -> &'a serde_json::Map<String, Value> {
    if o.contains_key("name") {
        return o;
    }
    o.get("@id")
        .and_then(Value::as_str)
        .and_then(|id| ids.get(id).copied())
        .unwrap_or(o)
}

fn is_url(s: &str) -> bool {
    let l = s.trim_start().to_ascii_lowercase();
    l.starts_with("http://")
        || l.starts_with("https://")
        || l.starts_with("www.")
        || l.starts_with('/')
}

/// Authors from a string, a Person/Organization object, an `@id` reference
/// or an array of these; organisations are kept apart.
fn collect_authors(
    v: &Value,
    ids: &BTreeMap<&str, &serde_json::Map<String, Value>>,
    info: &mut LdInfo,
    depth: usize,
) {
    if depth > 3 || info.authors.len() > 20 {
        return;
    }
    match v {
        Value::String(s) => add_author_string(s, info),
        Value::Array(a) => {
            for x in a {
                collect_authors(x, ids, info, depth + 1);
            }
        }
        Value::Object(o) => {
            let o = resolve(o, ids);
            let name = str_field(o, "name").or_else(|| {
                let given = str_field(o, "givenName")?;
                Some(match str_field(o, "familyName") {
                    Some(f) => format!("{given} {f}"),
                    None => given,
                })
            });
            let Some(name) = name else { return };
            if has_type(o, |t| t == "Organization" || t.ends_with("Organization")) {
                info.author_orgs.push(name);
            } else {
                add_author_string(&name, info);
            }
        }
        _ => {}
    }
}

fn add_author_string(s: &str, info: &mut LdInfo) {
    if is_url(s) || is_blank_name_with_credit(s) {
        return;
    }
    let (names, credit) = authors::structured_author(s);
    info.authors.extend(names);
    if let Some(c) = credit {
        info.author_orgs.push(c);
    }
}

// ", Example Times": a template whose name field was left blank before the
// outlet credit declares no author at all, not that the outlet wrote it.
fn is_blank_name_with_credit(s: &str) -> bool {
    s.trim_start().starts_with(',')
}

/// Names of a BreadcrumbList's items in position order.
fn breadcrumb_names(
    obj: &serde_json::Map<String, Value>,
    ids: &BTreeMap<&str, &serde_json::Map<String, Value>>,
) -> Vec<String> {
    let Some(Value::Array(items)) = obj.get("itemListElement") else {
        return Vec::new();
    };
    let mut named: Vec<(i64, String)> = Vec::new();
    for (i, it) in items.iter().enumerate().take(30) {
        let Value::Object(o) = it else { continue };
        let pos = o
            .get("position")
            .and_then(|p| p.as_i64().or_else(|| p.as_str()?.trim().parse().ok()))
            .unwrap_or(i as i64);
        let name = str_field(o, "name").or_else(|| o.get("item").and_then(|x| name_of(x, ids)));
        if let Some(n) = name {
            named.push((pos, n));
        }
    }
    named.sort_by_key(|(p, _)| *p);
    named.into_iter().map(|(_, n)| n).collect()
}

/// The opening of a `"key" : "` field in text that is not valid JSON (the
/// string body is read by [`string_body`]: a bounded repetition in the
/// pattern itself would cost ~130M instructions to compile, 30 ms on the
/// first page of every run).
static BROKEN_FIELD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r#""(headline|datePublished|dateModified|description|inLanguage)"\s*:\s*""#).ok()
});
static BROKEN_AUTHOR: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r#""author"\s*:\s*[\[{]?\s*(?:\{[^}]*?)?"name"\s*:\s*""#).ok());

/// Longest string value read from a broken block, in characters or escapes.
const MAX_BROKEN_VALUE: usize = 2000;
/// Longest author name read from a broken block.
const MAX_BROKEN_AUTHOR: usize = 200;

/// The body of a JSON string that starts at `from` (just past its opening
/// quote): 1 to `max` characters or backslash escapes, then a closing quote;
/// returns the body's end. `None` for an empty, unclosed or longer body, or
/// an escaped line break.
fn string_body(text: &str, from: usize, max: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    let mut units = 0;
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (units >= 1).then_some(from + i),
            '\\' => match chars.next() {
                Some((_, '\n')) | None => return None,
                Some(_) => {}
            },
            _ => {}
        }
        units += 1;
        if units > max {
            return None;
        }
    }
    None
}

/// `"key" : "value"` fields (key, value body) of a broken block, in order,
/// each read where the last one ended.
fn broken_fields<'t>(re: &Regex, text: &'t str, max: usize) -> Vec<(&'t str, &'t str)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(cap) = re.captures_at(text, at) {
        let Some(whole) = cap.get(0) else { break };
        let key = cap.get(1).map_or("", |k| k.as_str());
        match string_body(text, whole.end(), max) {
            Some(end) => {
                out.push((key, text.get(whole.end()..end).unwrap_or("")));
                at = end + 1;
            }
            // As a regex would, try again one character further on.
            None => {
                let first = text.get(whole.start()..).and_then(|r| r.chars().next());
                at = whole.start() + first.map_or(1, char::len_utf8);
            }
        }
        if at > text.len() {
            break;
        }
    }
    out
}

/// Read key fields from a block that no repair could parse.
fn fill_from_broken(info: &mut LdInfo, text: &str) {
    if let Some(re) = BROKEN_FIELD.as_ref() {
        for (k, v) in broken_fields(re, text, MAX_BROKEN_VALUE) {
            let v = unescape(v);
            let slot = match k {
                "headline" => &mut info.headline,
                "datePublished" => &mut info.published,
                "dateModified" => &mut info.modified,
                "description" => &mut info.description,
                _ => &mut info.language,
            };
            if slot.is_none() {
                *slot = Some(v);
            }
        }
    }
    if info.authors.is_empty() {
        if let Some(re) = BROKEN_AUTHOR.as_ref() {
            if let Some((_, name)) = broken_fields(re, text, MAX_BROKEN_AUTHOR).first() {
                add_author_string(&unescape(name), info);
            }
        }
    }
    if info.headline.is_some() {
        info.is_article = true;
    }
}

/// Decode a JSON string body, falling back to the raw text.
fn unescape(s: &str) -> String {
    serde_json::from_str::<String>(&format!("\"{s}\"")).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_author_name_before_credit_declares_no_author() {
        let info = one(
            r#"{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":", Example Courier"}}"#,
        );
        assert!(info.authors.is_empty());
        assert!(info.author_orgs.is_empty());
    }

    fn one(s: &str) -> LdInfo {
        extract(&[s.to_string()])
    }

    #[test]
    fn graph_with_referenced_person() {
        let info = one(r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","@id":"https://ex.com/#website","name":"Example Site"},
            {"@type":"WebPage","@id":"https://ex.com/a/","name":"Page name | Example Site","datePublished":"2024-01-01"},
            {"@type":"BreadcrumbList","itemListElement":[
              {"@type":"ListItem","position":2,"name":"Health","item":"https://ex.com/health/"},
              {"@type":"ListItem","position":1,"name":"Home","item":"https://ex.com/"}]},
            {"@type":"Article","headline":"The real headline","author":{"@id":"https://ex.com/#/person/1"},
             "datePublished":"2025-03-12T10:00:00+01:00","dateModified":"2025-03-13T08:00:00+01:00",
             "publisher":{"@id":"https://ex.com/#org"},"articleSection":["Health","Food"],
             "keywords":"diet, trends","inLanguage":"en-US","image":{"@type":"ImageObject","url":"https://ex.com/i.jpg"}},
            {"@type":"Person","@id":"https://ex.com/#/person/1","name":"Jane Doe"},
            {"@type":"Organization","@id":"https://ex.com/#org","name":"Example Media"}]}"#);
        assert_eq!(info.headline.as_deref(), Some("The real headline"));
        assert_eq!(info.authors, vec!["Jane Doe"]);
        assert_eq!(info.published.as_deref(), Some("2025-03-12T10:00:00+01:00"));
        assert_eq!(info.modified.as_deref(), Some("2025-03-13T08:00:00+01:00"));
        assert_eq!(info.publisher.as_deref(), Some("Example Media"));
        assert_eq!(info.website_name.as_deref(), Some("Example Site"));
        assert_eq!(info.sections, vec!["Health", "Food"]);
        assert_eq!(info.keywords, vec!["diet", "trends"]);
        assert_eq!(info.breadcrumbs, vec!["Home", "Health"]);
        assert_eq!(info.image.as_deref(), Some("https://ex.com/i.jpg"));
        assert_eq!(info.language.as_deref(), Some("en-US"));
    }

    #[test]
    fn nested_author_arrays_and_organisations() {
        let info = one(r#"[{"@type":["NewsArticle"],"headline":"H","author":[
              {"@type":"Person","name":"Ann Lee"},
              {"@type":"Person","givenName":"Bo","familyName":"Kim"},
              {"@type":"Organization","name":"Reuters"},
              "https://ex.com/author/x"]}]"#);
        assert_eq!(info.authors, vec!["Ann Lee", "Bo Kim"]);
        assert_eq!(info.author_orgs, vec!["Reuters"]);
    }

    #[test]
    fn broken_json_is_repaired_or_read_leniently() {
        // Raw newline inside a string and a trailing comma.
        let info = one(
            "{\"@type\":\"BlogPosting\",\"headline\":\"Line one\nline two\",\"author\":{\"name\":\"Jane Doe\"},}",
        );
        assert_eq!(info.headline.as_deref(), Some("Line one line two"));
        assert_eq!(info.authors, vec!["Jane Doe"]);
        // Beyond repair: key fields are still read.
        let info = one(
            r#"{"@type":"NewsArticle","headline":"Kept "title,"datePublished":"2025-01-02","author":{"@type":"Person","name":"Jo Roe"}"#,
        );
        assert_eq!(info.published.as_deref(), Some("2025-01-02"));
        assert_eq!(info.authors, vec!["Jo Roe"]);
    }

    #[test]
    fn broken_string_bodies_are_bounded_and_escaped() {
        assert_eq!(string_body(r#"ab\"c" x"#, 0, 10), Some(5));
        assert_eq!(string_body(r#"" x"#, 0, 10), None, "empty body");
        assert_eq!(string_body("ab", 0, 10), None, "unclosed");
        assert_eq!(string_body("a\\\nb\"", 0, 10), None, "escaped line break");
        assert_eq!(string_body(r#"abc""#, 0, 2), None, "too long");
        assert_eq!(string_body(r#"abc""#, 0, 3), Some(3));
        // A field whose value is too long is skipped; the next one is read.
        let long = "x".repeat(MAX_BROKEN_VALUE + 1);
        let text = format!(r#"{{"headline":"{long}","description":"Short", bad"#);
        let info = one(&text);
        assert_eq!(info.headline, None);
        assert_eq!(info.description.as_deref(), Some("Short"));
    }

    proptest::proptest! {
        // The scanner reads what the pattern it replaced matched:
        // `"key"\s*:\s*"((?:[^"\\]|\\.){1,N})"`, leftmost-first.
        #[test]
        fn broken_fields_agree_with_the_bounded_pattern(text in r#"("(headline|description)" ?: ?"|[a-z"\\\n ,:{}]){0,12}"#) {
            let bounded = Regex::new(r#""(headline|datePublished|dateModified|description|inLanguage)"\s*:\s*"((?:[^"\\]|\\.){1,5})""#).unwrap();
            let want: Vec<(&str, &str)> = bounded
                .captures_iter(&text)
                .map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str()))
                .collect();
            let re = BROKEN_FIELD.as_ref().unwrap();
            proptest::prop_assert_eq!(broken_fields(re, &text, 5), want);
        }
    }

    #[test]
    fn comment_wrapped_and_concatenated_blocks() {
        let info =
            one(r#"<!-- {"@type":"Report","headline":"A"} {"@type":"WebSite","name":"S"} -->"#);
        assert_eq!(info.headline.as_deref(), Some("A"));
        assert_eq!(info.website_name.as_deref(), Some("S"));
    }

    #[test]
    fn qa_thread_question_names_the_asker_but_faq_questions_do_not() {
        let info = one(
            r#"{"@type":"QAPage","name":"T","mainEntity":{"@type":"Question","name":"Why does my starter smell?","datePublished":"2025-03-02T09:14:00Z","author":{"@type":"Person","name":"breadhead"}}}"#,
        );
        assert!(info.is_article);
        assert_eq!(info.authors, vec!["breadhead"]);
        assert_eq!(info.published.as_deref(), Some("2025-03-02T09:14:00Z"));
        let faq = one(
            r#"{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"How long is shipping?","acceptedAnswer":{"@type":"Answer","text":"Two days."}}]}"#,
        );
        assert!(!faq.is_article);
        assert!(faq.authors.is_empty());
    }
}
