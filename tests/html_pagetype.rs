//! Page-type detection from schema.org types, og:type, structure and URL words.

use unboil::{html, Options};

fn page_type(html_text: &str, url: Option<&str>) -> (Option<String>, Option<String>) {
    let ex = html::extract(html_text, url, &Options::default());
    (ex.meta.page_type, ex.meta.sources.get("page_type").cloned())
}

const PROSE: &str = "<p>This paragraph is long enough to be read as running prose, with commas, \
    clauses and a full stop at the end of it, so that the extractor keeps it as content.</p>";

#[test]
fn json_ld_product_with_offer_is_a_product() {
    let h = format!(
        r#"<html><head><script type="application/ld+json">{{"@context":"https://schema.org",
        "@type":"Product","name":"Kettle","offers":{{"@type":"Offer","price":"20"}}}}</script>
        </head><body><main><h1>Kettle</h1>{PROSE}</main></body></html>"#
    );
    let (t, s) = page_type(&h, None);
    assert_eq!(t.as_deref(), Some("product"));
    assert_eq!(s.as_deref(), Some("json-ld:Product"));
}

#[test]
fn many_products_make_a_collection() {
    let items = r#"{"@type":"Product","offers":{"@type":"Offer"}}"#;
    let h = format!(
        r#"<html><head><script type="application/ld+json">[{items},{items},{items}]</script>
        </head><body>{PROSE}</body></html>"#
    );
    assert_eq!(page_type(&h, None).0.as_deref(), Some("collection"));
}

#[test]
fn forum_posting_in_microdata_is_a_forum() {
    let h = format!(
        r#"<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">
        <h1>Build is slow</h1>{PROSE}</div></body></html>"#
    );
    let (t, s) = page_type(&h, None);
    assert_eq!(t.as_deref(), Some("forum"));
    assert_eq!(s.as_deref(), Some("microdata:DiscussionForumPosting"));
}

#[test]
fn repeated_posts_with_authors_are_a_forum() {
    let post = format!(
        r#"<div class="post"><span class="username">member</span><div class="post-body">{PROSE}</div></div>"#
    );
    let h = format!("<html><body>{}</body></html>", post.repeat(4));
    let (t, s) = page_type(&h, None);
    assert_eq!(t.as_deref(), Some("forum"));
    assert_eq!(s.as_deref(), Some("dom:posts-with-authors"));
}

#[test]
fn docs_path_and_code_blocks_are_documentation() {
    let h = format!(
        "<html><body><main><h1>Install</h1>{PROSE}<pre>cargo add x</pre></main></body></html>"
    );
    let (t, s) = page_type(&h, Some("https://example.org/docs/install"));
    assert_eq!(t.as_deref(), Some("documentation"));
    assert_eq!(s.as_deref(), Some("url:path"));
    let h2 = format!(
        "<html><body><main><h1>Install</h1>{PROSE}<pre>cargo add x</pre><pre>x --help</pre></main></body></html>"
    );
    assert_eq!(page_type(&h2, None).0.as_deref(), Some("documentation"));
}

#[test]
fn news_article_type_wins_over_structure() {
    let h = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Storm"}}</script>
        </head><body><article><h1>Storm</h1>{PROSE}<pre>a</pre><pre>b</pre></article></body></html>"#
    );
    assert_eq!(page_type(&h, None).0.as_deref(), Some("article"));
}

#[test]
fn og_product_group_is_a_collection() {
    let h = format!(
        r#"<html><head><meta property="og:type" content="product.group"></head><body>{PROSE}</body></html>"#
    );
    let (t, s) = page_type(&h, None);
    assert_eq!(t.as_deref(), Some("collection"));
    assert_eq!(s.as_deref(), Some("og:type"));
}

#[test]
fn linked_teasers_are_a_listing() {
    let item = r#"<div class="teaser"><h2><a href="/a">A headline of some other story here</a></h2></div>"#;
    let h = format!("<html><body><main>{}</main></body></html>", item.repeat(10));
    assert_eq!(page_type(&h, None).0.as_deref(), Some("listing"));
}
