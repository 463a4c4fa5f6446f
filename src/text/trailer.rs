//! What follows an article in a page dump: lists of other stories under
//! headers the shared phrase lists do not spell out ("More Articles",
//! "Other posts you may find interesting", "Weitere Beiträge"), and the
//! author's box (a name, then a bio that opens with that name). Both end
//! the article when less prose follows them than came before.

use super::lines;
use super::{CommonWords, Info, Zone};
use crate::phrases::{self, Kind};
use std::collections::BTreeMap;

/// Fewest words of the paragraph under a subheading that shows the article
/// goes on under a widget (a teaser's blurb is shorter).
const SECTION_PARAGRAPH_WORDS: usize = 40;
/// Units after a related header within which the article may resume.
const RESUME_WINDOW: usize = 12;
/// Paragraphs of prose in a row that show the article resumed.
const RESUME_PARAGRAPHS: usize = 3;
/// Fewest words of those paragraphs (a promo card's three blurbs weigh
/// less).
const RESUME_WORDS: usize = 100;

/// A list of links set into an article ("Recommended Reading" and three
/// headlines) is followed, within a few lines, by paragraphs of prose in a
/// row: the article goes on. After the article, teasers alternate with
/// headlines, dates and "Read more" links, so no three long paragraphs
/// follow one another. A header that prose follows at once is the
/// article's own subheading ("More on fields"), however short the
/// paragraphs under it.
pub(super) fn article_resumes_after(infos: &[Info], header: usize) -> bool {
    let window = infos.iter().skip(header + 1).take(RESUME_WINDOW);
    if infos.get(header + 1).is_some_and(|u| u.prose) {
        // (Under a subheading, prose is most of the lines.)
        let (lines, prose) = window.fold((0, 0), |(l, p), u| (l + 1, p + usize::from(u.prose)));
        return prose * 2 >= lines;
    }
    let (mut run, mut words) = (0, 0);
    for u in infos
        .iter()
        .skip(header + 1)
        .take(RESUME_WINDOW + RESUME_PARAGRAPHS)
    {
        if u.prose && u.kind.is_none() {
            run += 1;
            words += u.words;
            if run >= RESUME_PARAGRAPHS && words >= RESUME_WORDS {
                return true;
            }
        } else {
            (run, words) = (0, 0);
        }
    }
    false
}

/// A related header over links that the related run took is dropped with
/// them: left alone between two paragraphs, it would read as a
/// subheading of the article ("Recommended Reading").
pub(super) fn mark_related_headers(infos: &mut [Info]) {
    for i in 0..infos.len() {
        let heads_links = infos
            .get(i + 1)
            .is_some_and(|n| n.zone == Some(Zone::Related));
        if let Some(u) = infos.get_mut(i) {
            if u.related_header && heads_links {
                u.zone.get_or_insert(Zone::Related);
            }
        }
    }
}

/// Prose words before an author's-box header for the text above it to be
/// a whole article.
const ARTICLE_BEFORE_BOX: usize = 150;

/// An author's-box header ("About the Author") closes the article above it
/// when that article has some length, even when more prose follows than
/// came before (the box's bios, a disclaimer, newsletter pop-ups), up to
/// twice as much.
pub(super) fn closes_with_author_box(text: &str, before: usize, after: usize) -> bool {
    lines::is_author_box_header(text) && before >= ARTICLE_BEFORE_BOX && after < 2 * before
}

/// Lines above a bio within which its author's name stands ("Jane Doe",
/// then her role, then "Jane writes about ...").
const BIO_NAME_REACH: usize = 3;
/// Most words of the line that names the author.
const BIO_NAME_WORDS: usize = 8;
/// Fewest words of a bio.
const BIO_WORDS: usize = 12;

/// Words that open the line naming the author of a box, compared folded
/// ("About Jane Doe", "Written by: Jane Doe", "Meet the author Jane Doe").
const BIO_NAME_OPENERS: &[&str] = &[
    "about", "the", "author", "authors", "written", "by", "posted", "meet", "über", "den", "die",
    "autor", "autorin", "von", "à", "propos", "de", "l", "auteur", "par", "sobre", "el", "autora",
    "por", "a", "cura", "di", "l", "autore",
];

/// Lower-case particles inside a person's name ("Ana de la Cruz").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "van", "von", "der", "den",
    "ten", "ter", "bin", "al",
];

/// Splits a line into words of letters, digits, hyphens, apostrophes and
/// dots ("Jean-Luc", "O'Brien", "Jr.").
fn name_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '.'))
        .filter(|w| !w.is_empty())
}

/// The person's name that a short line gives for an author: after any
/// opener ("About the author", "Written by:"), two to four capitalised
/// words up to a comma or the end ("About Jane Doe" → Jane Doe, "Written
/// by: Sam Roe, Analyst" → Sam Roe). A subheading ("Start with the
/// mockup") has lower-case words, a label ("Wedding Checklists:") a colon.
fn person_name<'a>(u: &Info<'a>) -> Option<Vec<&'a str>> {
    if u.prose || u.list.is_some() || u.kind.is_some() || u.words > BIO_NAME_WORDS {
        return None;
    }
    let head = u.text.split(',').next().unwrap_or("").trim();
    if head.ends_with(':') || head.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = name_words(head)
        .skip_while(|w| BIO_NAME_OPENERS.contains(&w.to_lowercase().as_str()))
        .collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
    };
    let is_name = (2..=4).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words
            .iter()
            .all(|w| capitalised(w) || NAME_PARTICLES.contains(w) || w.ends_with('.'));
    is_name.then_some(words)
}

/// A paragraph that opens with the person's first name, maybe the rest of
/// the name, and then a lower-case word, most often a verb ("Jane is a
/// science writer", "Jane Doe co-founded ..."); a company named after its
/// founder goes on with more of its name or a parenthesis.
fn opens_with_name(text: &str, name: &[&str]) -> bool {
    let mut rest = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut words = name.iter();
    let Some(first) = words.next() else {
        return false;
    };
    match rest.strip_prefix(first) {
        Some(r) => rest = r,
        None => return false,
    }
    for w in words {
        match rest.strip_prefix(' ').and_then(|r| r.strip_prefix(w)) {
            Some(r) => rest = r,
            None => break,
        }
    }
    rest.strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_lowercase))
}

/// Personal pronouns of the third person, compared lower-cased: a bio
/// speaks of its author so ("She has covered ...", "his first book"); a
/// product or a plant is "it".
const PERSON_PRONOUNS: &[&str] = &[
    "he", "she", "his", "her", "him", "himself", "herself", "er", "seine", "seinen", "seiner",
    "elle", "él", "ella", "lui", "lei", "ele", "ela", "hij", "zij", "jej", "jego",
];

/// The paragraph speaks of a person: it holds a third-person personal
/// pronoun.
fn speaks_of_a_person(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| PERSON_PRONOUNS.contains(&w.to_lowercase().as_str()))
}

/// The author's box under an article: a short line naming a person
/// ("Jane Doe", "About Jane Doe", "Written by Jane Doe") and, within a few
/// lines, a paragraph about them that opens with their first name ("Jane
/// is a science writer who ..."). Returns the name line for each bio.
fn author_bios<'a>(infos: &[Info<'a>], common: &CommonWords<'a>) -> Vec<(usize, &'a str)> {
    // Words the page writes in lower case are common words, not names
    // (gathered, borrowed, only once a line could be a bio: one that opens
    // with the name on a line just above it, which few pages have).
    let common_words = || common.of(infos);
    let mut found = Vec::new();
    for (i, u) in infos.iter().enumerate() {
        if !(u.prose || u.sentence) || u.words < BIO_WORDS {
            continue;
        }
        let Some(opening) = name_words(u.text).next() else {
            continue;
        };
        let name_line = (1..=BIO_NAME_REACH)
            .filter_map(|back| i.checked_sub(back))
            .find(|&j| {
                infos
                    .get(j)
                    .and_then(person_name)
                    .is_some_and(|name| opens_with_name(u.text, &name))
            });
        if name_line.is_none() || common_words().contains(opening.to_lowercase().as_str()) {
            continue;
        }
        // (A byline names a person; a bare name line needs a bio that
        // speaks of a person: "she", "his".)
        let person = |j: usize| {
            infos.get(j).is_some_and(|n| n.byline.is_some()) || speaks_of_a_person(u.text)
        };
        if let Some(j) = name_line.filter(|&j| person(j)) {
            found.push((j, opening));
        }
    }
    found
}

/// [`author_box_start_with`] gathering the page's common words itself.
#[cfg(test)]
pub(super) fn author_box_start(infos: &[Info]) -> Option<usize> {
    author_box_start_with(infos, &CommonWords::default())
}

/// Where the author's box opens, when the page has one: the name line of
/// the only person a bio is written about. Bios of several people (a list
/// of profiles, a team page) are content, not a box. (`common`: the page's
/// common words, gathered once for this rule and the author line.)
pub(super) fn author_box_start_with<'a>(
    infos: &[Info<'a>],
    common: &CommonWords<'a>,
) -> Option<usize> {
    let bios = author_bios(infos, common);
    let (first, name) = *bios.first()?;
    bios.iter().all(|(_, n)| *n == name).then_some(first)
}

/// Words naming what a list of other stories holds, compared folded.
const STORY_NOUNS: &[&str] = &[
    // en
    "articles",
    "article",
    "posts",
    "stories",
    "news",
    "reads",
    "blogs",
    "insights",
    "guides",
    "reading",
    "content",
    "videos",
    "podcasts",
    // (a forum's other threads: "Similar threads", "Related questions")
    "threads",
    "questions",
    "discussions",
    // de
    "artikel",
    "beiträge",
    "nachrichten",
    "meldungen",
    "themen",
    "diskussionen",
    // fr
    "actualités",
    "billets",
    "publications",
    "lectures",
    // es / pt
    "artículos",
    "noticias",
    "entradas",
    "publicaciones",
    "artigos",
    "notícias",
    "posts",
    // it
    "articoli",
    "notizie",
    // nl
    "artikelen",
    "berichten",
    // pl
    "artykuły",
    "wpisy",
];

/// Words that pick other stories out of a site ("related", "more",
/// "latest"), compared folded.
const STORY_SELECTORS: &[&str] = &[
    // en
    "related",
    "similar",
    "more",
    "other",
    "recent",
    "latest",
    "popular",
    "recommended",
    "trending",
    "featured",
    "next",
    // de
    "weitere",
    "ähnliche",
    "verwandte",
    "neueste",
    "aktuelle",
    "beliebte",
    "empfohlene",
    // fr
    "autres",
    "similaires",
    "récents",
    "récentes",
    "derniers",
    "dernières",
    "populaires",
    // es / pt / it
    "otros",
    "otras",
    "relacionados",
    "relacionadas",
    "similares",
    "recientes",
    "últimos",
    "últimas",
    "outros",
    "outras",
    "recentes",
    "altri",
    "altre",
    "correlati",
    "simili",
    "recenti",
    "ultimi",
    "ultime",
    // nl / pl
    "andere",
    "gerelateerde",
    "recente",
    "meer",
    "inne",
    "podobne",
    "najnowsze",
];

/// Headers that invite the reader to another story without naming what
/// it is, compared folded at the start of the line.
const INVITATION_HEADERS: &[&str] = &[
    "you may also like",
    "you might also like",
    "you may like",
    "you might like",
    "you may also enjoy",
    "you might also enjoy",
    "you may be interested in",
    "you might be interested in",
    "you may also be interested in",
    "more you might like",
    "more like this",
    "more to explore",
    "explore more",
    "keep reading",
    "read this next",
    "read next",
    "what to read next",
    "we recommend",
    "don t miss",
    "see more in",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "vous aimerez aussi",
    "vous aimerez peut être aussi",
    "también te puede interesar",
    "te puede interesar",
    "potrebbe interessarti",
    "ti potrebbe interessare",
    "você também pode gostar",
];

/// Links to the post before and after this one, on their own line over
/// that post's title, compared folded.
const PREV_NEXT_LINES: &[&str] = &[
    "previous post",
    "next post",
    "previous article",
    "next article",
    "previous story",
    "next story",
    "older post",
    "newer post",
    "vorheriger beitrag",
    "nächster beitrag",
    "vorheriger artikel",
    "nächster artikel",
    "article précédent",
    "article suivant",
    "entrada anterior",
    "siguiente entrada",
    "artículo anterior",
    "artículo siguiente",
    "articolo precedente",
    "articolo successivo",
    "post anterior",
    "próximo post",
    "vorig bericht",
    "volgend bericht",
    "post navigation",
    "beitragsnavigation",
    "navigation des articles",
    "navegación de entradas",
];

/// Most words of a header over a list of other stories.
const MAX_HEADER_WORDS: usize = 8;

/// Verbs that may open a header before its selector ("Browse related
/// articles", "See more posts"), compared folded.
const HEADER_VERBS: &[&str] = &[
    "browse", "see", "explore", "read", "view", "discover", "check", "our",
];

/// Words that may follow the selector and noun of a header: an invitation
/// ("… you may find interesting", "… that may interest you") or the source
/// ("… on Example.org", "… from our blog"), compared folded.
const HEADER_TAIL_OPENERS: &[&str] = &[
    "you", "that", "on", "from", "in", "about", "for", "to", "like", "von", "zu", "zum", "de",
    "du", "sur", "di", "su", "da", "sobre", "van", "over",
];

/// A header over a list of other stories that the shared phrase lists do
/// not know: a selector next to a story noun opening the line ("More
/// Articles", "Popular articles", "Related Insights", "Artículos
/// relacionados"), maybe after a verb ("Browse Related Articles") and
/// before an invitation or a source ("Other articles you may find
/// interesting"), or an invitation ("You may be interested in the
/// following topics as well:"). No sentence: no end mark, no verb after
/// the pair ("Popular posts are performing well").
pub fn is_more_stories_header(text: &str) -> bool {
    is_more_stories_header_folded(text, &phrases::fold(text))
}

/// [`is_more_stories_header`] of a line and its [`phrases::fold`] (the
/// fold of the trimmed line: folding drops the blanks around a line).
pub fn is_more_stories_header_folded(text: &str, folded: &str) -> bool {
    let t = text.trim();
    if t.ends_with('.') || t.ends_with('?') || t.ends_with('!') {
        return false;
    }
    // (Counted first: most lines are longer. A fold has no empty words, so
    // its words are read off one by one, not collected.)
    let n = phrases::folded_word_count(folded);
    if folded.is_empty() || n > MAX_HEADER_WORDS + 4 {
        return false;
    }
    static INVITATIONS: phrases::OpeningPhrases = phrases::OpeningPhrases::new(INVITATION_HEADERS);
    if INVITATIONS.find(folded).is_some() || PREV_NEXT_LINES.contains(&folded) {
        return true;
    }
    if n > MAX_HEADER_WORDS {
        return false;
    }
    let from = usize::from(
        folded
            .split(' ')
            .next()
            .is_some_and(|w| HEADER_VERBS.contains(&w)),
    );
    let mut words = folded.split(' ').skip(from);
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    let pair = (STORY_SELECTORS.contains(&a) && STORY_NOUNS.contains(&b))
        || (STORY_NOUNS.contains(&a) && STORY_SELECTORS.contains(&b));
    pair && words
        .next()
        .map_or(true, |w| HEADER_TAIL_OPENERS.contains(&w))
}

/// [`is_more_stories_header_folded`] as first written, its words collected:
/// the definition the word-by-word reading is tested against.
#[cfg(test)]
fn is_more_stories_header_by_collecting(text: &str, folded: &str) -> bool {
    let t = text.trim();
    if t.ends_with('.') || t.ends_with('?') || t.ends_with('!') {
        return false;
    }
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > MAX_HEADER_WORDS + 4 {
        return false;
    }
    if INVITATION_HEADERS
        .iter()
        .any(|h| phrases::starts_with_words(folded, h))
        || PREV_NEXT_LINES.contains(&folded)
    {
        return true;
    }
    if words.len() > MAX_HEADER_WORDS {
        return false;
    }
    let from = usize::from(words.first().is_some_and(|w| HEADER_VERBS.contains(w)));
    let (Some(a), Some(b)) = (words.get(from), words.get(from + 1)) else {
        return false;
    };
    let pair = (STORY_SELECTORS.contains(a) && STORY_NOUNS.contains(b))
        || (STORY_NOUNS.contains(a) && STORY_SELECTORS.contains(b));
    pair && words
        .get(from + 2)
        .map_or(true, |w| HEADER_TAIL_OPENERS.contains(w))
}

/// Headers of the list of sources under an article, compared folded as
/// the whole line.
const REFERENCES_HEADERS: &[&str] = &[
    "references",
    "reference list",
    "footnotes",
    "bibliography",
    "works cited",
    "sources",
    "article sources",
    "citations",
    "literatur",
    "literaturverzeichnis",
    "einzelnachweise",
    "quellen",
    "quellenangaben",
    "références",
    "bibliographie",
    "referencias",
    "bibliografía",
    "fuentes",
    "referências",
    "bibliografia",
    "fonti",
    "riferimenti",
    "literatuur",
    "bronnen",
    "przypisy",
];

/// Prose words before a references header for the text above it to be an
/// article it closes.
const ARTICLE_BEFORE_REFERENCES: usize = 100;

/// The header of an article's references or footnotes ("References",
/// "Article Sources:", "Einzelnachweise").
// Why: citations are lists of names, titles and links, never the article's text.
pub(super) fn is_references_header(u: &Info) -> bool {
    // (A bracketed link, "[Sources]", is an item's link, not a header.)
    u.words <= 3
        && u.list.is_none()
        && !u.menu
        && u.text.trim_start().starts_with(char::is_alphabetic)
        && REFERENCES_HEADERS.contains(&u.folded.as_str())
}

/// Fewest words of a citation line.
const CITATION_WORDS: usize = 5;

/// The line after a references header reads like a citation or a note's
/// number: a list item, a numbered or bracketed mark ("1", "[2]", "^"), a
/// link, or a line of some length.
// Why: a "Sources" tab in a report's menu is followed by the next tab's label.
fn citation_follows(infos: &[Info], header: usize) -> bool {
    infos.get(header + 1).is_some_and(|n| {
        n.list.is_some()
            || n.words >= CITATION_WORDS
            || n.text.contains("://")
            || n.text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '[' | '^' | '↑'))
    })
}

/// Everything from the first references header after an article's prose on
/// is its references (and what follows them: footers, comments).
// Why: the references close the article; only apparatus and page furniture follow them.
pub(super) fn mark_references(infos: &mut [Info]) {
    let mut before = 0usize;
    let mut from = None;
    for (i, u) in infos.iter().enumerate() {
        if u.prose && u.zone.is_none() {
            before += u.words;
        } else if before >= ARTICLE_BEFORE_REFERENCES
            && is_references_header(u)
            && citation_follows(infos, i)
        {
            from = Some(i);
            break;
        }
    }
    if let Some(from) = from {
        for u in infos.iter_mut().skip(from) {
            u.zone.get_or_insert(Zone::References);
        }
    }
}

/// Share of the page's prose that must stand above a share bar for the
/// bar to close the article.
const PROSE_ABOVE_SHARE_BAR: f32 = 0.6;
/// Most copies of a share bar's text on a page that closes an article (at
/// its top and bottom; a thread prints "Share" under every post).
const SHARE_BAR_COPIES: usize = 2;

/// A share button's verb alone on its line, compared folded (a lone
/// network's name, "Email", "Facebook", may be a form field or an
/// integration's name).
const SHARE_VERBS: &[&str] = &[
    "share",
    "teilen",
    "partager",
    "compartir",
    "condividi",
    "compartilhar",
    "delen",
    "udostępnij",
    "поделиться",
];

/// Most words of a newsletter sign-up's prompt.
const SIGNUP_PROMPT_WORDS: usize = 12;

/// A newsletter sign-up's prompt ("Get our weekly newsletter", "Subscribe
/// to our newsletter"): short and no sentence (the phrase lists also flag
/// sentences that speak of newsletters).
// Why: a sign-up box under an article is the first of the site's widgets after it.
fn is_signup_prompt(u: &Info) -> bool {
    u.kind == Some(Kind::Newsletter)
        && u.words <= SIGNUP_PROMPT_WORDS
        && !u.text.trim_end().ends_with('.')
}

/// A widget that may close an article: a share bar or a sign-up prompt.
fn is_closing_widget(u: &Info) -> bool {
    u.kind == Some(Kind::Share) || is_signup_prompt(u)
}

/// The share bars and sign-up prompts of a page ("Share this article",
/// "Facebook Twitter Email", "Get our newsletter"), with how often each
/// text occurs.
pub(super) struct ShareBars<'a> {
    copies: BTreeMap<&'a str, usize>,
}

impl<'a> ShareBars<'a> {
    pub(super) fn of(infos: &[Info<'a>]) -> Self {
        let mut copies = BTreeMap::new();
        for u in infos.iter().filter(|u| is_closing_widget(u)) {
            *copies.entry(u.text.trim()).or_insert(0) += 1;
        }
        ShareBars { copies }
    }

    /// The share bar or sign-up prompt at `i` closes the article: most of
    /// the page's prose (`before` of `total` words) stands above it, it is
    /// a bar (two or more words, a share verb, or one of a run of share
    /// lines) rather than one network's link, no prose follows right under
    /// it, and it is not printed under every post.
    // Why: a post's share bar sits right under its last paragraph; what follows is the site's.
    pub(super) fn closes(&self, infos: &[Info], i: usize, before: usize, total: usize) -> bool {
        let Some(u) = infos.get(i).filter(|u| is_closing_widget(u)) else {
            return false;
        };
        let is_share = |j: usize| infos.get(j).is_some_and(|n| n.kind == Some(Kind::Share));
        let bar = u.words >= 2
            || is_share(i + 1)
            || i.checked_sub(1).is_some_and(is_share)
            || SHARE_VERBS.contains(&u.folded.as_str());
        // (A bar floating between two paragraphs has the article go on
        // right under it.)
        let next = infos
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, n)| n.kind != Some(Kind::Share));
        let prose_follows = next.is_some_and(|(j, n)| {
            n.prose
                || (n.headline
                    && infos
                        .get(j + 1)
                        .is_some_and(|p| p.prose && p.words >= SECTION_PARAGRAPH_WORDS))
        });
        let copies = self.copies.get(u.text.trim()).copied().unwrap_or(0);
        bar && !prose_follows
            && copies <= SHARE_BAR_COPIES
            && before as f32 >= total as f32 * PROSE_ABOVE_SHARE_BAR
    }
}

#[cfg(test)]
mod tests {
    use super::super::analyze;
    use super::*;
    use crate::text::stopwords::LangMask;

    proptest::proptest! {
        #[test]
        fn more_stories_headers_agree_with_collecting_the_words(
            head in proptest::sample::select(&["", "see ", "read ", "more ", "related "][..]),
            a in proptest::sample::select(STORY_SELECTORS),
            b in proptest::sample::select(STORY_NOUNS),
            tail in proptest::collection::vec("(from|on|in|about|[a-z]{1,5})", 0..12),
            swap in proptest::bool::ANY,
            end in "[.?!:]?",
        ) {
            let (a, b) = if swap { (b, a) } else { (a, b) };
            let text = format!("{head}{a} {b} {}{end}", tail.join(" "));
            let folded = phrases::fold(&text);
            proptest::prop_assert_eq!(
                is_more_stories_header_folded(&text, &folded),
                is_more_stories_header_by_collecting(&text, &folded)
            );
        }
    }

    fn page(lines: &[&'static str]) -> Vec<Info<'static>> {
        lines
            .iter()
            .map(|l| analyze(l, LangMask::of(Some("en")), true, None))
            .collect()
    }

    const PARAGRAPH: &str = "The council met on Tuesday and agreed that the old pier would be \
        repaired before the summer, when the ferries start running again.";

    #[test]
    fn author_box_is_a_name_over_a_bio_that_opens_with_it() {
        let infos = page(&[
            PARAGRAPH,
            "Written by Tom Arkwright",
            "Tom has reported on the estuary towns for eleven years and he still takes the ferry.",
        ]);
        assert_eq!(author_box_start(&infos), Some(1));
        // A bare name needs a bio that speaks of a person.
        let infos = page(&[
            PARAGRAPH,
            "Jane Okafor",
            "Senior Editor",
            "Jane Okafor is an editor at the paper, where she covers courts and councils.",
        ]);
        assert_eq!(author_box_start(&infos), Some(1));
        let product = page(&[
            PARAGRAPH,
            "Harbour Tide Tables",
            "Harbour Tide Tables lists every high and low water for the year on one page.",
        ]);
        assert_eq!(author_box_start(&product), None);
    }

    #[test]
    fn subheadings_and_profile_lists_are_no_author_box() {
        // A subheading in lower case, a label with a colon.
        let infos = page(&[
            "Start with the mockup",
            "Start with the mockup that the designer sent, and he will tell you what is missing.",
            "Wedding Checklists:",
            "Wedding planning is easier when she keeps every list in one place on the fridge.",
        ]);
        assert_eq!(author_box_start(&infos), None);
        // Bios of several people are the content of the page.
        let infos = page(&[
            "Ada Brook",
            "Ada is a potter who has fired her kiln with driftwood for thirty years.",
            "Ben Cole",
            "Ben is a glassblower who learned the trade from his uncle on the quay.",
        ]);
        assert_eq!(author_box_start(&infos), None);
    }

    #[test]
    fn author_box_header_closes_an_article_of_some_length() {
        assert!(closes_with_author_box("About the Author", 200, 350));
        assert!(closes_with_author_box("Meet your guide", 200, 100));
        // Too short above to be the article; far more below: the box heads it.
        assert!(!closes_with_author_box("About the Author", 90, 60));
        assert!(!closes_with_author_box("About the Author", 200, 900));
        assert!(!closes_with_author_box("About the harbour", 200, 100));
    }

    #[test]
    fn a_company_named_after_its_founder_is_no_bio() {
        let name = ["Mayfield", "Removals"];
        assert!(!opens_with_name(
            "Mayfield Removals (licence 1234) was founded by Sam Mayfield, who drove his own van.",
            &name
        ));
        assert!(opens_with_name(
            "Mayfield Removals is run by Sam, who drove his own van.",
            &name
        ));
    }

    #[test]
    fn article_resumes_after_an_inline_link_list() {
        let long = "Still, the queue on a Saturday runs past the post office, and most of the \
            people in it are not visitors but neighbours who come twice a week, bring their own \
            bags and complain when the rye runs out.";
        let infos = page(&[
            "Recommended Reading",
            "The mill that still grinds by water",
            "A season with the last cheesemaker",
            long,
            long,
            long,
        ]);
        assert!(article_resumes_after(&infos, 0));
        // Teasers alternate with headlines: the article is over.
        let infos = page(&[
            "More Articles",
            "Ferry timetable cut",
            long,
            "Read more",
            "Lifeboat crew marks fifty years",
            long,
            "Read more",
        ]);
        assert!(!article_resumes_after(&infos, 0));
        // A subheading that prose follows at once goes on with the text.
        let infos = page(&["More on fields", PARAGRAPH, "forms.py", PARAGRAPH]);
        assert!(article_resumes_after(&infos, 0));
    }

    #[test]
    fn more_stories_headers_pair_a_selector_with_a_story_noun() {
        for h in [
            "More Articles",
            "Popular articles",
            "Related Insights",
            "Related articles on Example.org",
            "Related articles that may interest you",
            "Other articles you may find interesting",
            "Browse Related Articles",
            "Recent Blogs",
            "Weitere Beiträge",
            "Autres articles",
            "Artículos relacionados:",
            "You may be interested in the following topics as well:",
            "Read This Next",
            "More to explore",
            "Previous Post",
            "« Next article",
            "Post navigation",
            "Similar threads",
            "Trending Threads",
            "Related questions",
            "Ähnliche Diskussionen",
        ] {
            assert!(is_more_stories_header(h), "{h}");
        }
        for t in [
            "Articles",
            "More information",
            "Related work",
            "The latest news from the lab came in on Monday.",
            "What do other articles say?",
            "Our most popular articles are written by interns and reviewed by two editors before they go out",
            "Contact",
            "Popular posts are performing well",
            "Find More Posts by jane_doe",
            "No more anxiety about missing important news",
            "Platform Effective Content Types Recommended Posting Frequency",
        ] {
            assert!(!is_more_stories_header(t), "{t}");
        }
    }

    #[test]
    fn references_close_an_article_and_a_menu_tab_does_not() {
        let long = "The survey counted the nesting pairs on every island of the \
            estuary twice a year, and the figures show that the colony has grown \
            by a third since the fishing ban, while the gulls have declined.";
        let mut infos = page(&[
            long,
            long,
            long,
            "References",
            "1. Doe, J. (2021). Terns of the estuary. Coastal Birds 12, 44-51.",
            "Share this",
        ]);
        mark_references(&mut infos);
        let zones: Vec<bool> = infos
            .iter()
            .map(|u| u.zone == Some(Zone::References))
            .collect();
        assert_eq!(zones, [false, false, false, true, true, true]);
        // A tab of a report's menu, followed by the next tab.
        let mut tabs = page(&[long, long, long, "Sources", "Market Size", "Forecasts"]);
        mark_references(&mut tabs);
        assert!(tabs.iter().all(|u| u.zone.is_none()));
        // Before any article, a "Sources" link heads nothing.
        let mut top = page(&["Sources", "1. Doe, J. (2021). Terns of the estuary.", long]);
        mark_references(&mut top);
        assert!(top.iter().all(|u| u.zone.is_none()));
        // Sources given as bare links.
        let mut links = page(&[
            long,
            long,
            long,
            "Article Sources:",
            "https://example.org/report.pdf",
        ]);
        mark_references(&mut links);
        assert_eq!(links[3].zone, Some(Zone::References));
    }

    #[test]
    fn a_share_bar_under_most_of_the_prose_closes_the_article() {
        let infos = page(&[
            PARAGRAPH,
            PARAGRAPH,
            "Share this article",
            "A Note From the Editors",
            "Readers keep the paper going, and every monthly gift pays for the reporting you read here.",
        ]);
        let total = 3 * 26;
        let bars = ShareBars::of(&infos);
        assert!(bars.closes(&infos, 2, 2 * 26, total));
        // Too little prose above it: a bar under the headline.
        assert!(!bars.closes(&infos, 2, 10, total));
        // A bar floating between paragraphs: the article goes on under it.
        let floating = page(&[PARAGRAPH, PARAGRAPH, "Share this article", PARAGRAPH]);
        assert!(!ShareBars::of(&floating).closes(&floating, 2, 52, 78));
        // A sign-up box between two sections: a subheading and a full
        // paragraph follow it.
        let section = format!("{PARAGRAPH} {PARAGRAPH}");
        let between = page(&[
            PARAGRAPH,
            PARAGRAPH,
            "Get our newsletter",
            "Pruning in winter",
            Box::leak(section.into_boxed_str()),
        ]);
        assert!(is_closing_widget(&between[2]));
        assert!(!ShareBars::of(&between).closes(&between, 2, 52, 80));
        // "Share" under every post of a thread.
        let thread = page(&[
            PARAGRAPH,
            "Share",
            PARAGRAPH,
            "Share",
            PARAGRAPH,
            "Share",
            "Log in to reply",
        ]);
        assert!(!ShareBars::of(&thread).closes(&thread, 5, 78, 78));
    }

    #[test]
    fn a_short_signup_prompt_closes_and_a_sentence_on_newsletters_does_not() {
        let prompt = page(&[
            PARAGRAPH,
            PARAGRAPH,
            "Sign up for our newsletter",
            "Your email address",
        ]);
        assert!(is_signup_prompt(&prompt[2]));
        assert!(ShareBars::of(&prompt).closes(&prompt, 2, 52, 60));
        let sentence =
            page(&["I read every issue of the newsletter and subscribe to a dozen more."]);
        assert!(!is_signup_prompt(&sentence[0]));
    }
}
