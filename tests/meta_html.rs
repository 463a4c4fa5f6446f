//! Metadata through the whole pipeline: a realistic article page becomes a
//! record with a clean title, person authors, dates and site fields.

use unboil::{Extractor, Options, Source};

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council approves new cycle lanes for the city centre | The Example Gazette</title>
<meta property="og:title" content="Council approves new cycle lanes for the city centre">
<meta property="og:site_name" content="The Example Gazette">
<meta property="og:image" content="/images/lanes.jpg">
<meta name="author" content="The Example Gazette">
<link rel="canonical" href="/news/2025/03/12/cycle-lanes">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"The Example Gazette"},
 {"@type":"NewsArticle","headline":"Council approves new cycle lanes for the city centre",
  "author":[{"@type":"Person","name":"By Priya Shah"},{"@type":"Person","name":"Tom O'Neill, Transport Correspondent"},
            {"@type":"Organization","name":"Example Gazette Staff"}],
  "datePublished":"2025-03-12T08:30:00+00:00","dateModified":"2025-03-12T17:05:00+00:00",
  "articleSection":"Local news","keywords":["transport","cycling"],
  "description":"Eleven kilometres of protected lanes by 2027.",}
]}
</script>
</head>
<body>
<header><h1 class="logo">The Example Gazette</h1></header>
<article>
<h1>Council approves new cycle lanes for the city centre</h1>
<p class="byline">By Priya Shah and Tom O'Neill · 12 March 2025</p>
<p>The council voted on Tuesday to build eleven kilometres of protected cycle lanes in the city centre by 2027.</p>
</article>
<footer>© 2025 The Example Gazette. Updated 1 January 2025.</footer>
</body>
</html>"#;

#[test]
fn article_page_metadata() {
    let rec = Extractor::new(Options::default()).extract(
        PAGE.as_bytes(),
        Source {
            url: Some("https://gazette.example/news/2025/03/12/cycle-lanes?utm=x".to_string()),
            ..Source::default()
        },
    );
    assert_eq!(
        rec.title.as_deref(),
        Some("Council approves new cycle lanes for the city centre")
    );
    assert_eq!(rec.authors, vec!["Priya Shah", "Tom O'Neill"]);
    assert_eq!(rec.published.as_deref(), Some("2025-03-12T08:30:00+00:00"));
    assert_eq!(rec.modified.as_deref(), Some("2025-03-12T17:05:00+00:00"));
    assert_eq!(rec.site_name.as_deref(), Some("The Example Gazette"));
    assert_eq!(
        rec.url.as_deref(),
        Some("https://gazette.example/news/2025/03/12/cycle-lanes")
    );
    assert_eq!(
        rec.image.as_deref(),
        Some("https://gazette.example/images/lanes.jpg")
    );
    assert_eq!(rec.categories, vec!["Local news"]);
    assert_eq!(rec.tags, vec!["transport", "cycling"]);
    assert_eq!(rec.language.as_deref(), Some("en"));
    assert_eq!(
        rec.description.as_deref(),
        Some("Eleven kilometres of protected lanes by 2027.")
    );
}

#[test]
fn page_without_structured_data() {
    let page = r#"<html lang="de"><head><title>Neue Radwege beschlossen - Beispielblatt</title></head>
    <body><article><h1>Neue Radwege beschlossen</h1>
    <div class="meta"><span>Von Anna Schmidt</span> | <span class="date">12. März 2025</span></div>
    <p>Der Stadtrat hat am Dienstag den Bau neuer Radwege beschlossen.</p></article></body></html>"#;
    let rec = Extractor::new(Options::default()).extract(page.as_bytes(), Source::default());
    assert_eq!(rec.title.as_deref(), Some("Neue Radwege beschlossen"));
    assert_eq!(rec.authors, vec!["Anna Schmidt"]);
    assert_eq!(rec.published.as_deref(), Some("2025-03-12"));
    assert_eq!(rec.language.as_deref(), Some("de"));
}

#[test]
fn record_names_metadata_sources() {
    let rec = Extractor::new(Options::default()).extract(
        PAGE.as_bytes(),
        Source {
            url: Some("https://gazette.example/news/2025/03/12/cycle-lanes".to_string()),
            ..Source::default()
        },
    );
    let src = |f: &str| rec.meta_sources.get(f).map(String::as_str);
    assert_eq!(src("title"), Some("h1+title"));
    assert_eq!(src("published"), Some("json-ld:datePublished"));
    assert_eq!(src("url"), Some("link:canonical"));
    assert_eq!(src("language"), Some("html:lang"));
    assert_eq!(src("site_name"), Some("og:site_name"));
}
