//! Titles: strip site names and separators from `<title>`/`og:title`, and
//! reconcile the candidates (JSON-LD headline, og:title, `<h1>`, `<title>`).

// Separators between a headline and a site or section name in titles.
const SEPARATORS: [&str; 12] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ~ ", " / ", " ‹ ",
];

/// Decode HTML character references left in metadata strings (JSON-LD and
/// double-escaped attributes carry `&amp;`, `&#038;`, `&#8217;`): numeric
/// references and the common named ones.
pub fn decode_entities(s: &str) -> String {
    let once = decode_entities_once(s);
    // Double escaping ("&amp;#038;") takes a second round; no more, so
    // adversarial input stays linear.
    if once.contains('&') && once != s {
        decode_entities_once(&once)
    } else {
        once
    }
}

fn decode_entities_once(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let tail = rest.get(amp..).unwrap_or("");
        let semi = tail.get(..12.min(tail.len())).and_then(|t| t.find(';'));
        let decoded = semi.and_then(|e| {
            let name = tail.get(1..e)?;
            Some((entity(name)?, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = tail.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace());
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "oacute" => 'ó',
        "iacute" => 'í',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "szlig" => 'ß',
        "ccedil" => 'ç',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        _ => return None,
    })
}

/// Lower-case, keep letters and digits, one space between words: the form in
/// which titles are compared.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        // A soft hyphen or zero-width space splits no word ("Assis\u{ad}tance").
        if !c.is_ascii() && crate::normalize::is_zero_width(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            // (ASCII, most characters, is lower-cased as a byte.)
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            space = true;
        }
    }
    out
}

/// A headline as read from the page, without what only the markup put
/// there: invisible characters (soft hyphens), a trailing permalink mark
/// ("Middleware ¶"), and the same text repeated by copies of the heading
/// for other screen sizes ("Plans Plans").
pub fn clean_headline(h: &str) -> String {
    let visible: String = h
        .chars()
        .filter(|&c| !crate::normalize::is_zero_width(c))
        .collect();
    let mut trimmed = visible.trim();
    while let Some(head) = strip_permalink_mark(trimmed) {
        trimmed = head;
    }
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    match repeated_unit(&words) {
        Some(unit) => unit.join(" "),
        None => words.join(" "),
    }
}

// Documentation generators end a heading with a link to itself drawn as
// a pilcrow, section sign or a hash standing apart ("C#" keeps its hash).
fn strip_permalink_mark(h: &str) -> Option<&str> {
    let head = h.strip_suffix(['¶', '§', '🔗']).or_else(|| {
        h.strip_suffix('#')
            .filter(|head| head.ends_with(char::is_whitespace))
    })?;
    Some(head.trim_end())
}

// The shortest run of words that, repeated two to four times, makes up
// all of `words`: a heading duplicated for several screen sizes.
fn repeated_unit<'a, 'b>(words: &'b [&'a str]) -> Option<&'b [&'a str]> {
    let n = words.len();
    (2..=4).rev().find_map(|times| {
        let len = n / times;
        let unit = words.get(..len)?;
        let whole = len >= 2 && len * times == n;
        (whole && words.chunks(len).all(|c| c == unit)).then_some(unit)
    })
}

/// `a` and `b` name the same site: equal once folded, one containing the
/// other, or equal without spaces ("Example News" vs "examplenews.com").
pub fn same_site(segment: &str, site: &str) -> bool {
    let (a, b) = (fold(segment), fold(site));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (na, nb) = (a.replace(' ', ""), b.replace(' ', ""));
    let (na, nb) = (strip_tld(&na), strip_tld(&nb));
    a == b || na == nb || (nb.len() >= 4 && na.contains(nb)) || (na.len() >= 4 && nb.contains(na))
}

/// "examplenewscom" → "examplenews" (a folded domain).
fn strip_tld(s: &str) -> &str {
    for tld in ["com", "org", "net", "co", "uk", "de", "fr", "io"] {
        if let Some(head) = s.strip_suffix(tld) {
            if head.len() >= 4 {
                return head;
            }
        }
    }
    s
}

/// The separators that occur in a text, in the order of [`SEPARATORS`]:
/// each starts with a space, so only the spaces are tried (titles are split
/// several times per page, most on one separator or none).
fn separators_in(text: &str) -> impl Iterator<Item = &'static str> {
    let mut found = 0u16;
    for at in memchr::memchr_iter(b' ', text.as_bytes()) {
        let rest = text.get(at..).unwrap_or_default();
        for (i, sep) in SEPARATORS.iter().enumerate() {
            if rest.starts_with(sep) {
                found |= 1 << i;
            }
        }
    }
    SEPARATORS
        .iter()
        .enumerate()
        .filter(move |(i, _)| found & (1 << i) != 0)
        .map(|(_, sep)| *sep)
}

/// Split a title on its separators, keeping the order of the pieces.
pub fn segments(title: &str) -> Vec<&str> {
    // A piece holds no separator its title does not, and a separator that
    // does not occur splits nothing; every pass trims its pieces, so the
    // first (" | ") trims them even when it splits nothing.
    let mut seps = separators_in(title).peekable();
    let mut parts = if seps.peek() == SEPARATORS.first() {
        vec![title]
    } else {
        Some(title.trim())
            .filter(|t| !t.is_empty())
            .into_iter()
            .collect()
    };
    for sep in seps {
        parts = split_pieces(parts, sep);
    }
    parts
}

/// One pass of [`segments`]: every piece split on `sep`, the new pieces
/// trimmed, empty ones dropped.
fn split_pieces<'a>(parts: Vec<&'a str>, sep: &str) -> Vec<&'a str> {
    parts
        .into_iter()
        .flat_map(|p| p.split(sep))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The folded runs of two or more consecutive segments of `title` that do
/// not end in a site name.
fn segment_runs(title: &str, sites: &[&str]) -> Vec<String> {
    let parts = segments(title);
    let mut out = Vec::new();
    // Titles have a handful of segments; a pathological one is not searched.
    if parts.len() > 8 {
        return out;
    }
    for start in 0..parts.len() {
        for end in start + 2..=parts.len() {
            let run = parts.get(start..end).unwrap_or_default();
            if run.last().is_some_and(|l| is_site_segment(l, sites)) {
                continue;
            }
            out.push(fold(&run.join(" ")));
        }
    }
    out
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A title segment that is a site name: the same site, and not a sentence
/// that merely mentions it ("What happened with Example Linux in 2024" is
/// no site name on examplelinux.org).
fn is_site_segment(segment: &str, sites: &[&str]) -> bool {
    sites
        .iter()
        .any(|s| same_site(segment, s) && words(segment) <= words(s) + 3)
}

/// Remove site names around a headline: "Headline | Site", "Headline -
/// Section - Site", "Site: Headline", "Site » Headline". Known site names are
/// removed wherever they stand at an end; without one, a short trailing
/// segment is taken to be the site.
pub fn strip_site_name(title: &str, sites: &[&str]) -> String {
    let title = title.trim();
    let mut parts = segments(title);
    // Known site names at either end.
    while parts.len() > 1 && parts.last().is_some_and(|l| is_site_segment(l, sites)) {
        parts.pop();
    }
    while parts.len() > 1 && parts.first().is_some_and(|f| is_site_segment(f, sites)) {
        parts.remove(0);
    }
    let mut out = if parts.len() == 1 {
        parts.first().copied().unwrap_or(title).to_string()
    } else {
        pick_headline_segment(&parts).to_string()
    };
    // "Site: Headline".
    if let Some((head, rest)) = out.split_once(": ") {
        if sites.iter().any(|s| same_site(head, s)) && words(rest) >= 2 {
            out = rest.trim().to_string();
        }
    }
    if out.is_empty() {
        title.to_string()
    } else {
        out
    }
}

/// Among title segments, the headline: the first if it is clearly a phrase
/// or the longest, else the longest; trailing segments are usually site and
/// section names.
fn pick_headline_segment(parts: &[&str]) -> String {
    let first = parts.first().copied().unwrap_or("");
    let longest = parts
        .iter()
        .copied()
        .max_by_key(|p| (words(p), p.len()))
        .unwrap_or(first);
    // A one- or two-word first segment before a much longer one is a
    // section or site label ("News - Headline of the day").
    if words(first) <= 2 && words(longest) >= 2 * words(first) + 2 {
        return longest.to_string();
    }
    // Middle pieces as long as a phrase belong to the headline ("A - B" with
    // a dash inside the headline); the last piece is the site.
    let mut out = first.to_string();
    for p in parts.iter().skip(1).take(parts.len().saturating_sub(2)) {
        if words(p) >= 4 {
            out.push_str(" - ");
            out.push_str(p);
        } else {
            break;
        }
    }
    out
}

/// What the page is, as far as choosing its title goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// The site's front page: about the site, whose name may be its title.
    Home,
    /// A post the page declares an article (JSON-LD Article, og:type
    /// article): its h1 is the headline readers see.
    Post,
    /// Anything else.
    Other,
}

// A headline written as a sentence or a long phrase (eight words or more):
// on an article, the h1 readers see, even when the SEO title is worded
// otherwise; shorter h1s on such pages are often section or promo labels.
fn is_headline_sentence(h: &str) -> bool {
    // "A message from our founder:" introduces something else.
    (8..=30).contains(&words(h)) && !h.trim_end().ends_with(':')
}

/// Choose the article title among the candidates. The `<h1>` is what readers
/// see as the headline: it wins when another source confirms it (contained in
/// the page title, og:title or JSON-LD headline). Otherwise the JSON-LD
/// headline, og:title and the `<title>` follow, each without site names.
pub fn reconcile(
    ld_headline: Option<&str>,
    og_title: Option<&str>,
    html_title: Option<&str>,
    h1s: &[String],
    sites: &[&str],
) -> Option<String> {
    reconcile_with_source(
        ld_headline,
        og_title,
        html_title,
        h1s,
        sites,
        PageKind::Other,
    )
    .map(|(t, _)| t)
}

/// [`reconcile`], also naming where the title came from: `"h1+title"` (an
/// h1 confirmed by a title source), `"h1"` (a lone headline-shaped h1),
/// `"json-ld:headline"`, `"og:title"` or `"title"` (site names stripped).
/// Off the home page, a title that is only the site's name yields to the
/// page's own headline; on a post, a long h1 is the headline even when the
/// titles word it otherwise.
pub fn reconcile_with_source(
    ld_headline: Option<&str>,
    og_title: Option<&str>,
    html_title: Option<&str>,
    h1s: &[String],
    sites: &[&str],
    kind: PageKind,
) -> Option<(String, &'static str)> {
    let home = kind == PageKind::Home;
    let collapse = |t: Option<&str>| {
        t.map(|t| {
            trim_separators(t)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    let (ld_headline, og_title, html_title) = (
        collapse(ld_headline),
        collapse(og_title),
        collapse(html_title),
    );
    let raw: Vec<&str> = [&ld_headline, &og_title, &html_title]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let clean = |t: &Option<String>| {
        t.as_deref()
            .map(|t| strip_site_name(t, sites))
            .filter(|t| !fold(t).is_empty())
    };
    let ld = clean(&ld_headline);
    let og = clean(&og_title);
    let ti = clean(&html_title);
    let cleaned: Vec<String> = [&ld, &og, &ti]
        .into_iter()
        .flatten()
        .map(|t| fold(t))
        .collect();
    // Segments of the raw titles; the last of several is where the site
    // name stands.
    let mut segs: Vec<String> = Vec::new();
    let mut site_position: Vec<String> = Vec::new();
    let mut inner_position: Vec<String> = Vec::new();
    for r in &raw {
        let parts = segments(r);
        for (i, p) in parts.iter().enumerate() {
            let f = fold(p);
            if i > 0 && i + 1 == parts.len() {
                site_position.push(f.clone());
            } else if i + 1 < parts.len() {
                inner_position.push(f.clone());
            }
            segs.push(f);
        }
    }
    let first_segs: Vec<String> = raw
        .iter()
        .filter_map(|r| segments(r).first().map(|p| fold(p)))
        .collect();
    let site_folds: Vec<String> = sites.iter().map(|s| fold(s)).collect();
    // Runs of two or more consecutive title segments, not ending in a site
    // name: a headline with separators of its own ("Model X – OLED - Site").
    let runs: Vec<String> = raw.iter().flat_map(|r| segment_runs(r, sites)).collect();
    let spanning_h1 = h1s
        .iter()
        .take(5)
        .map(|h| strip_story_source(strip_thread_label(h)).trim())
        .find(|h| runs.contains(&fold(h)));
    let h1s: Vec<String> = h1s
        .iter()
        .map(|h| strip_h1_suffix(strip_story_source(strip_thread_label(h)), sites))
        .collect();
    let h1s: Vec<(&String, String)> = h1s
        .iter()
        .take(5)
        .map(|h| (h, fold(h)))
        .filter(|(_, f)| {
            f.chars().count() >= 2
                && !site_folds.contains(f)
                // An h1 in the site position of the title is the site's
                // logo, unless another title has it before its site name.
                && (!site_position.contains(f)
                    || first_segs.contains(f)
                    || inner_position.contains(f)
                    || cleaned.contains(f))
        })
        .collect();
    // An h1 equal to a cleaned title, or to a whole segment of a title.
    if let Some((h, _)) = h1s.iter().find(|(_, f)| cleaned.contains(f)) {
        return Some((h.trim().to_string(), "h1+title"));
    }
    if let Some((h, _)) = h1s.iter().find(|(_, f)| segs.contains(f)) {
        return Some((h.trim().to_string(), "h1+title"));
    }
    // An h1 that spans several segments of a title is the headline, its
    // separators its own.
    if let Some(h) = spanning_h1 {
        return Some((h.to_string(), "h1+title"));
    }
    // An h1 that covers most of a title segment, or extends a title.
    for (h, fh) in &h1s {
        let covers = segs
            .iter()
            .any(|s| s.contains(fh.as_str()) && fh.len() * 5 >= s.len() * 3);
        let extends = raw.iter().map(|r| fold(r)).any(|c| confirms_h1(&c, fh));
        if words(h) >= 2 && (covers || extends) {
            return Some((h.trim().to_string(), "h1+title"));
        }
    }
    // A page with one headline-shaped h1: that is what readers see as the
    // title, even when the SEO title words it differently.
    // Titles that are only the site's name say nothing about the page
    // (except on the home page, which is about the site).
    let site_only = |t: &String| !home && names_only_the_site(t, sites);
    let informative: Vec<&String> = [&ld, &og, &ti]
        .into_iter()
        .flatten()
        .filter(|t| !site_only(t))
        .collect();
    if let [(h, fh)] = h1s.as_slice() {
        let related = informative.is_empty()
            || raw.iter().any(|r| shares_most_words(fh, &fold(r)))
            || (kind == PageKind::Post && is_headline_sentence(h));
        if (2..=30).contains(&words(h)) && related {
            return Some((h.trim().to_string(), "h1"));
        }
    }
    // A headline cut short (a length limit of the SEO plugin) yields to a
    // title that goes on where it stops.
    if let Some(l) = &ld {
        let longer = [(&og, "og:title"), (&ti, "title")]
            .into_iter()
            .find_map(|(t, src)| Some((t.as_ref().filter(|t| continues(l, t))?, src)));
        if let Some((t, src)) = longer {
            return Some((t.clone(), src));
        }
    }
    let sourced = [(ld, "json-ld:headline"), (og, "og:title"), (ti, "title")];
    let (named, site_named): (Vec<_>, Vec<_>) = sourced
        .into_iter()
        .filter_map(|(t, src)| Some((t?, src)))
        .partition(|(t, _)| !site_only(t));
    named
        .into_iter()
        .next()
        .or_else(|| {
            h1s.iter()
                .map(|(h, _)| *h)
                .find(|h| words(h) >= 2 && words(h) <= 40)
                .map(|h| (h.trim().to_string(), "h1"))
        })
        .or_else(|| site_named.into_iter().next())
}

// Separators left at an end of a title with an empty part ("| Site").
fn trim_separators(t: &str) -> &str {
    t.trim_matches(|c: char| c.is_whitespace() || "|-–—·•»«~/".contains(c))
}

/// A site's home page titled "Site: tagline" / "Site - tagline": the home
/// page is about the site, so its name is part of the page's title and
/// stays; a repeated site name at the end still goes ("Site: tagline -
/// Site" → "Site: tagline"). `None` when the title does not open with a
/// known site name followed by a tagline.
pub fn home_page_title(raw: &str, sites: &[&str]) -> Option<String> {
    let raw = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    // The opening segment is the site's name itself, not a longer name
    // that contains it ("The Example Blog" on example.com is the page).
    let opens_with_site = |head: &str| sites.iter().any(|s| is_site_name(head, s));
    // "Site: tagline" (a colon is no separator of `segments`).
    if let Some((head, rest)) = raw.split_once(": ") {
        if opens_with_site(head) && words(head) <= 4 && words(rest) >= 2 {
            return Some(strip_trailing_site(&raw, sites));
        }
    }
    let parts = segments(&raw);
    let head = parts.first()?;
    let tagline = parts.get(1)?;
    (parts.len() >= 2 && opens_with_site(head) && words(head) <= 4 && words(tagline) >= 2)
        .then(|| strip_trailing_site(&raw, sites))
}

/// A title that is the site's name and nothing else: the name itself, or
/// the name with a word saying what kind of site it is ("Example
/// Magazine" on example.com), not "Example Wallets".
fn names_only_the_site(title: &str, sites: &[&str]) -> bool {
    const SITE_KIND_WORDS: [&str; 10] = [
        "magazine", "blog", "news", "online", "official", "site", "website", "journal", "mag",
        "com",
    ];
    let folded = fold(title);
    let kept: Vec<&str> = folded
        .split(' ')
        .filter(|w| !SITE_KIND_WORDS.contains(w))
        .collect();
    let bare = kept.join(" ");
    // The title's two readings are squashed once for all the site names.
    let whole = squashed(title);
    let bare = (!bare.is_empty()).then(|| squashed(&bare));
    sites.iter().any(|s| {
        let site = squashed(s);
        is_squashed_site_name(&whole, &site)
            || bare
                .as_ref()
                .is_some_and(|b| is_squashed_site_name(b, &site))
    })
}

/// `segment` is the site name `site`, folded, without spaces and a TLD
/// ("Example News" = "examplenews.com"), a trademark sign aside.
fn is_site_name(segment: &str, site: &str) -> bool {
    is_squashed_site_name(&squashed(segment), &squashed(site))
}

/// A text folded without its spaces, as site names are compared.
fn squashed(s: &str) -> String {
    fold(s).replace(' ', "")
}

/// [`is_site_name`] of two [`squashed`] texts.
fn is_squashed_site_name(segment: &str, site: &str) -> bool {
    !segment.is_empty() && strip_tld(segment) == strip_tld(site)
}

/// A title made of the site name and a generic tagline ("Example - The
/// heart of the web", "Example: Home"): it opens with the site's name and
/// says nothing about the page.
pub fn opens_with_site_name(raw: &str, sites: &[&str]) -> bool {
    let head = raw.split_once(": ").map(|(h, _)| h);
    let parts = segments(raw);
    let first = if parts.len() >= 2 {
        parts.first().copied()
    } else {
        head
    };
    first.is_some_and(|f| sites.iter().any(|s| is_site_name(f, s)))
}

/// Drop a last separator-delimited segment that is a site name.
fn strip_trailing_site(title: &str, sites: &[&str]) -> String {
    for sep in separators_in(title) {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if words(head) >= 2 && sites.iter().any(|s| same_site(tail, s)) {
                // Only when the head still holds a tagline after the site.
                if segments(head).len() >= 2 || head.contains(": ") {
                    return head.trim().to_string();
                }
            }
        }
    }
    title.to_string()
}

/// Trailing parts of a headline that are no headline: anything after " | "
/// (a pipe is a separator, not headline punctuation), and a dash-separated
/// site name.
pub fn strip_h1_suffix(h: &str, sites: &[&str]) -> String {
    let mut out = h.trim();
    if let Some((head, _)) = out.split_once(" | ") {
        if words(head) >= 2 {
            out = head.trim();
        }
    }
    for sep in [" - ", " – ", " — ", " · "] {
        if let Some((head, tail)) = out.rsplit_once(sep) {
            if words(head) >= 2 && sites.iter().any(|s| same_site(tail, s)) {
                out = head.trim();
            }
        }
    }
    out.to_string()
}

// `full` starts with all of `cut` (folded) and goes on past a word end:
// `cut` is the same headline truncated, not a shorter headline of its own
// (it keeps at least eight words, so "Review" and "Review: the sequel" differ).
fn continues(cut: &str, full: &str) -> bool {
    let (c, f) = (fold(cut), fold(full));
    words(&c) >= 8 && f.len() > c.len() && f.starts_with(&c)
}

// Forum software labels the thread's subject in its heading ("Thread: …",
// "Topic: …"); the label is the software's, not the poster's title.
fn strip_thread_label(h: &str) -> &str {
    const LABELS: [&str; 8] = [
        "thread",
        "topic",
        "subject",
        "thema",
        "sujet",
        "tema",
        "onderwerp",
        "discussion",
    ];
    let t = h.trim();
    match t.split_once(':') {
        Some((label, rest))
            if LABELS.contains(&label.trim().to_lowercase().as_str()) && words(rest) >= 2 =>
        {
            rest.trim()
        }
        _ => t,
    }
}

// A link aggregator's story heading ends with the linked site's domain and
// the story's points: "Headline (example.com) 87" — both are page chrome.
fn strip_story_source(h: &str) -> &str {
    let t = h.trim();
    let no_points = t.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
    let Some(head) = no_points.strip_suffix(')') else {
        return t;
    };
    let Some((head, domain)) = head.rsplit_once(" (") else {
        return t;
    };
    let is_domain = domain.contains('.')
        && !domain.contains(' ')
        && domain.rsplit('.').next().is_some_and(|tld| {
            (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
        });
    if is_domain && words(head) >= 2 {
        head.trim()
    } else {
        t
    }
}

/// Most words of `a` (folded) occur in `b`: an h1 and a title about the
/// same thing, worded differently.
fn shares_most_words(a: &str, b: &str) -> bool {
    let bw: Vec<&str> = b.split(' ').collect();
    let aw: Vec<&str> = a.split(' ').filter(|w| !w.is_empty()).collect();
    let shared = aw.iter().filter(|w| bw.contains(w)).count();
    !aw.is_empty() && shared * 2 >= aw.len()
}

/// A title confirms an `<h1>` that extends it a little ("Headline" vs
/// "Headline: the subtitle"), when most of the h1's words are in it.
fn confirms_h1(title: &str, h1: &str) -> bool {
    if title.chars().count() < 12 || !h1.starts_with(title) {
        return false;
    }
    words(title) * 3 >= words(h1) * 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // Every separator split in turn over every piece: what `segments` did
    // before it tried only the separators its title holds.
    fn segments_by_every_separator(title: &str) -> Vec<&str> {
        SEPARATORS
            .iter()
            .fold(vec![title], |parts, sep| split_pieces(parts, sep))
    }

    // [`fold`] as first written: every character tested as a char.
    fn fold_by_chars(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for c in s.chars() {
            if crate::normalize::is_zero_width(c) {
                continue;
            }
            if c.is_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.extend(c.to_lowercase());
            } else {
                space = true;
            }
        }
        out
    }

    proptest! {
        #[test]
        fn fold_agrees_with_char_by_char(s in "([a-zA-Z0-9]{0,4}| |-|\u{ad}|\u{200b}|É|ß|İ|\u{212a}|1️|·|日本){0,12}") {
            prop_assert_eq!(fold(&s), fold_by_chars(&s));
        }
    }

    proptest! {
        #[test]
        fn segments_agree_with_splitting_on_every_separator(
            title in "([a-z]{0,4}| |\\||-|–|—|::|·|•|»|«|~|/|‹){0,16}"
        ) {
            prop_assert_eq!(segments(&title), segments_by_every_separator(&title));
        }
    }

    #[test]
    fn a_headline_that_mentions_the_site_is_no_site_name() {
        let sites = ["quillpen"];
        assert!(is_site_segment("Quillpen Forums", &sites));
        assert!(!is_site_segment(
            "Why does Quillpen 3.2 reject my old config?",
            &sites
        ));
        assert_eq!(
            strip_site_name(
                "Why does Quillpen 3.2 fail? / Help / Quillpen Forums",
                &sites
            ),
            "Why does Quillpen 3.2 fail?"
        );
    }

    #[test]
    fn titles_that_open_with_the_site_name() {
        let sites = ["Chirpboard"];
        assert!(opens_with_site_name(
            "Chirpboard - Where conversations begin",
            &sites
        ));
        assert!(opens_with_site_name(
            "Chirpboard: Where conversations begin",
            &sites
        ));
        assert!(!opens_with_site_name(
            "Descaling a kettle - Chirpboard",
            &sites
        ));
        assert!(!opens_with_site_name("Chirpboard", &sites));
    }

    #[test]
    fn home_page_keeps_leading_site_name() {
        let sites = ["Lumatrail", "lumatrail"];
        assert_eq!(
            home_page_title("Lumatrail: Route planning for cycling clubs", &sites).as_deref(),
            Some("Lumatrail: Route planning for cycling clubs")
        );
        assert_eq!(
            home_page_title("Lumatrail | Route planning for clubs | Lumatrail", &sites).as_deref(),
            Some("Lumatrail | Route planning for clubs")
        );
        // The site name only at the end, or a page named after the site.
        assert_eq!(
            home_page_title("Route planning for clubs | Lumatrail", &sites),
            None
        );
        assert_eq!(
            home_page_title("The Lumatrail Blog - Lumatrail", &sites),
            None
        );
        assert_eq!(home_page_title("Lumatrail", &sites), None);
    }

    #[test]
    fn site_suffixes_and_prefixes_go() {
        let sites = ["Example News"];
        assert_eq!(
            strip_site_name("Big storm hits the coast | Example News", &sites),
            "Big storm hits the coast"
        );
        assert_eq!(
            strip_site_name("Big storm hits the coast - Weather - Example News", &sites),
            "Big storm hits the coast"
        );
        assert_eq!(
            strip_site_name("Example News: Big storm hits the coast", &sites),
            "Big storm hits the coast"
        );
        assert_eq!(
            strip_site_name("Example News – Big storm hits the coast", &sites),
            "Big storm hits the coast"
        );
        // Unknown site: the short trailing segment goes.
        assert_eq!(
            strip_site_name("How to repot an orchid in five steps | Plantly", &[]),
            "How to repot an orchid in five steps"
        );
        assert_eq!(
            strip_site_name("No separators here", &[]),
            "No separators here"
        );
        // A domain-style site name.
        assert_eq!(
            strip_site_name("Orchid care basics - examplenews.com", &sites),
            "Orchid care basics"
        );
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(decode_entities("Tom &amp; Jerry&#8217;s"), "Tom & Jerry’s");
        assert_eq!(decode_entities("A &amp;#038; B"), "A & B");
        assert_eq!(decode_entities("AT&T; x & y"), "AT&T; x & y");
    }

    #[test]
    fn h1_suffixes() {
        assert_eq!(
            strip_h1_suffix("Best movers in 2025 | Top 19 Companies", &[]),
            "Best movers in 2025"
        );
        assert_eq!(
            strip_h1_suffix("Best art shows 2025 – Artlyst", &["Artlyst"]),
            "Best art shows 2025"
        );
        assert_eq!(
            strip_h1_suffix("Workouts for beginners — strength training", &["Gym"]),
            "Workouts for beginners — strength training"
        );
    }

    #[test]
    fn lone_h1_on_the_same_subject_wins() {
        let h1 = vec!["Top 10 health and nutrition trends to watch".to_string()];
        assert_eq!(
            reconcile(
                None,
                None,
                Some("Health and nutrition trends for 2026 | Example"),
                &h1,
                &[]
            )
            .as_deref(),
            Some("Top 10 health and nutrition trends to watch")
        );
        // An h1 about something else (a promo banner) does not.
        let h1 = vec!["Subscribe to our newsletter".to_string()];
        assert_eq!(
            reconcile(
                None,
                None,
                Some("Health and nutrition trends for 2026"),
                &h1,
                &[]
            )
            .as_deref(),
            Some("Health and nutrition trends for 2026")
        );
    }

    #[test]
    fn truncated_headline_yields_to_the_full_title() {
        let cut =
            "Our readers asked how to keep basil alive indoors, and we tested five (including";
        let full = "Our readers asked how to keep basil alive indoors, and we tested five (including one odd trick) | Leafy";
        assert_eq!(
            reconcile(Some(cut), Some(full), None, &[], &["Leafy"]).as_deref(),
            Some("Our readers asked how to keep basil alive indoors, and we tested five (including one odd trick)")
        );
        // A short headline is its own headline, not a truncated one.
        assert_eq!(
            reconcile(
                Some("Basil care"),
                Some("Basil care in winter"),
                None,
                &[],
                &[]
            )
            .as_deref(),
            Some("Basil care")
        );
    }

    #[test]
    fn forum_labels_and_story_sources_leave_the_heading() {
        assert_eq!(
            strip_thread_label("Thread: Which tent for a wet spring?"),
            "Which tent for a wet spring?"
        );
        assert_eq!(strip_thread_label("Topic: Nothing"), "Topic: Nothing");
        assert_eq!(
            strip_thread_label("Lessons: what we learned"),
            "Lessons: what we learned"
        );
        assert_eq!(
            strip_story_source("Ferries return to the northern lakes (example-news.org) 143"),
            "Ferries return to the northern lakes"
        );
        assert_eq!(
            strip_story_source("Ferries return (again) 2"),
            "Ferries return (again) 2"
        );
        assert_eq!(
            strip_story_source("Release notes (v1.2)"),
            "Release notes (v1.2)"
        );
    }

    #[test]
    fn headlines_lose_markup_leftovers() {
        assert_eq!(clean_headline("Middleware ¶"), "Middleware");
        assert_eq!(
            clean_headline("Repair Assis\u{ad}tance"),
            "Repair Assistance"
        );
        assert_eq!(
            clean_headline("Plans for teams Plans for teams Plans for teams"),
            "Plans for teams"
        );
        // Words that merely repeat are the headline's own.
        assert_eq!(clean_headline("Bye Bye"), "Bye Bye");
        assert_eq!(clean_headline("Issue #12"), "Issue #12");
        assert_eq!(clean_headline("Learning C#"), "Learning C#");
        assert_eq!(clean_headline("Install #"), "Install");
        assert_eq!(fold("Assis\u{ad}tance"), "assistance");
    }

    #[test]
    fn a_title_that_is_only_the_site_name_yields() {
        let sites = ["Sockworks"];
        // The title meta names the site; the <title> names the page.
        assert_eq!(
            reconcile(
                None,
                Some("Sockworks"),
                Some("Wool hiking socks"),
                &[],
                &sites
            )
            .as_deref(),
            Some("Wool hiking socks")
        );
        // Every title names the site: the page's one h1 is its title.
        let h1 = vec!["Wool hiking socks".to_string()];
        assert_eq!(
            reconcile(None, Some("Sockworks"), Some("| Sockworks"), &h1, &sites).as_deref(),
            Some("Wool hiking socks")
        );
        assert!(names_only_the_site("Sockworks Magazine", &sites));
        // A product named after the brand is no site name.
        assert!(!names_only_the_site("Sockworks Merino Liners", &sites));
        assert_eq!(
            reconcile(
                None,
                Some("Sockworks Merino Liners"),
                Some("Liners | Sockworks"),
                &[],
                &sites
            )
            .as_deref(),
            Some("Sockworks Merino Liners")
        );
        // On the home page the site's name is the page's title.
        assert_eq!(
            reconcile_with_source(None, Some("Sockworks"), None, &h1, &sites, PageKind::Home)
                .map(|(t, _)| t)
                .as_deref(),
            Some("Sockworks")
        );
    }

    #[test]
    fn a_long_h1_on_a_post_is_its_headline() {
        let h1 = vec!["What we learned from a winter of keeping bees indoors".to_string()];
        let seo = Some("Indoor beekeeping tips | Hivecraft");
        let pick = |kind| {
            reconcile_with_source(None, seo, None, &h1, &["Hivecraft"], kind).map(|(t, _)| t)
        };
        assert_eq!(
            pick(PageKind::Post).as_deref(),
            Some("What we learned from a winter of keeping bees indoors")
        );
        // A heading that introduces something else is no headline.
        let intro =
            vec!["A short message from the two founders of our little company:".to_string()];
        assert_eq!(
            reconcile_with_source(None, seo, None, &intro, &["Hivecraft"], PageKind::Post)
                .map(|(t, _)| t)
                .as_deref(),
            Some("Indoor beekeeping tips")
        );
        // Elsewhere an h1 worded unlike the title may be a slogan.
        assert_eq!(
            pick(PageKind::Other).as_deref(),
            Some("Indoor beekeeping tips")
        );
        // A short h1 on a post is no headline sentence.
        let h1 = vec!["Bees in winter".to_string()];
        assert_eq!(
            reconcile_with_source(None, seo, None, &h1, &["Hivecraft"], PageKind::Post)
                .map(|(t, _)| t)
                .as_deref(),
            Some("Indoor beekeeping tips")
        );
    }

    #[test]
    fn an_h1_before_the_site_name_in_one_title_is_no_logo() {
        let h1 = vec!["Dark roast beans".to_string()];
        assert_eq!(
            reconcile(
                None,
                Some("Bold and smooth | Dark roast beans"),
                Some("Bold and smooth | Dark roast beans | Beanery"),
                &h1,
                &["Beanery"]
            )
            .as_deref(),
            Some("Dark roast beans")
        );
    }

    #[test]
    fn h1_confirmed_by_title_wins() {
        let h1 = vec!["Big storm hits the coast".to_string()];
        assert_eq!(
            reconcile(
                None,
                Some("Big storm hits coast (photos)"),
                Some("Big storm hits the coast | Example News"),
                &h1,
                &["Example News"]
            )
            .as_deref(),
            Some("Big storm hits the coast")
        );
        // An unconfirmed h1 (a logo or section name) loses to the headline.
        let h1 = vec!["Weather".to_string()];
        assert_eq!(
            reconcile(Some("Big storm hits the coast"), None, None, &h1, &[]).as_deref(),
            Some("Big storm hits the coast")
        );
    }
}
