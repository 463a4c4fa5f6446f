//! Generic UI and boilerplate phrases (several languages), matched against
//! short lines inside the selected content.

use smallvec::SmallVec;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The words of a short line, kept inline (the line tests run on most
/// lines of a page and read a handful of words).
type LineWords<'t> = SmallVec<[&'t str; 8]>;

use aho_corasick::AhoCorasick;

/// Letters, digits and the combining marks written inside words (Thai and
/// Indic vowel signs, Hebrew and Arabic points, accents): splitting at the
/// marks would cut words of those scripts apart.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F     // combining diacritics
            | 0x0591..=0x05C7   // Hebrew points
            | 0x064B..=0x065F | 0x0670 // Arabic harakat
            | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963 // Devanagari signs
            | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E // Thai vowel and tone marks
            | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECD // Lao
            | 0x102B..=0x103E   // Myanmar
            | 0x17B4..=0x17D3   // Khmer
            | 0x3099..=0x309A) // kana voicing marks
}

/// The words of a text as [`is_word_char`] splits them (the same as
/// `s.split(|c| !is_word_char(c))` without the empty pieces): ASCII bytes
/// are told apart without decoding them, as the line tests split most
/// short lines of a page.
fn words(s: &str) -> crate::ascii::WordRuns<'_> {
    crate::ascii::word_runs(s, is_word_char)
}

/// Lower-cased words of a text (see [`is_word_char`]); borrowed from the
/// text where it is lower case already (most words are).
pub fn words_of(s: &str) -> Vec<Cow<'_, str>> {
    words(s).map(crate::ascii::lowercase).collect()
}

// Whole-line UI labels: a line that is exactly one of these is not content.
const EXACT: &[(&str, &str)] = &[
    ("advertisement", "ad"),
    ("advertisements", "ad"),
    ("sponsored", "ad"),
    ("sponsored content", "ad"),
    ("sponsored ad", "ad"),
    ("table of contents", "nav"),
    ("inhaltsverzeichnis", "nav"),
    ("sommaire", "nav"),
    ("índice", "nav"),
    ("anzeige", "ad"),
    ("werbung", "ad"),
    ("publicité", "ad"),
    ("publicidad", "ad"),
    ("pubblicità", "ad"),
    ("advertentie", "ad"),
    ("reklama", "ad"),
    ("реклама", "ad"),
    ("广告", "ad"),
    ("広告", "ad"),
    ("إعلان", "ad"),
    ("โฆษณา", "ad"),
    ("פרסומת", "ad"),
    ("分享", "share"),
    ("シェア", "share"),
    ("поделиться", "share"),
    ("مشاركة", "share"),
    ("แชร์", "share"),
    ("שתף", "share"),
    ("share", "share"),
    ("share this", "share"),
    ("share this article", "share"),
    ("share this post", "share"),
    ("share this story", "share"),
    ("share on facebook", "share"),
    ("share on twitter", "share"),
    ("share via email", "share"),
    ("tweet", "share"),
    ("teilen", "share"),
    ("partager", "share"),
    ("compartir", "share"),
    ("condividi", "share"),
    ("delen", "share"),
    ("read more", "cta"),
    ("read next", "cta"),
    ("continue reading", "cta"),
    ("click here", "cta"),
    ("learn more", "cta"),
    ("weiterlesen", "cta"),
    ("mehr lesen", "cta"),
    ("lire la suite", "cta"),
    ("leer más", "cta"),
    ("leggi tutto", "cta"),
    ("lees meer", "cta"),
    ("subscribe", "newsletter"),
    ("subscribe now", "newsletter"),
    ("sign up", "newsletter"),
    ("sign up now", "newsletter"),
    ("log in", "account"),
    ("login", "account"),
    ("sign in", "account"),
    ("register", "account"),
    ("follow us", "social"),
    ("related", "related"),
    ("related articles", "related"),
    ("related posts", "related"),
    ("related stories", "related"),
    ("related content", "related"),
    ("you may also like", "related"),
    ("you might also like", "related"),
    ("more from", "related"),
    ("more stories", "related"),
    ("recommended", "related"),
    ("recommended for you", "related"),
    ("lesen sie auch", "related"),
    ("das könnte sie auch interessieren", "related"),
    ("à lire aussi", "related"),
    ("lire aussi", "related"),
    ("te puede interesar", "related"),
    ("leggi anche", "related"),
    ("back to top", "nav"),
    ("skip to content", "nav"),
    ("skip to main content", "nav"),
    ("main content", "nav"),
    ("previous", "nav"),
    ("next", "nav"),
    ("previous post", "nav"),
    ("next post", "nav"),
    ("print", "tool"),
    ("email", "tool"),
    ("loading", "tool"),
    ("comments", "comments"),
    ("leave a comment", "comments"),
    ("leave a reply", "comments"),
    ("post a comment", "comments"),
    ("add comment", "comments"),
    ("kommentare", "comments"),
    ("commentaires", "comments"),
    ("comentarios", "comments"),
    ("tags", "tags"),
    ("accept", "cookie"),
    ("accept all", "cookie"),
    ("accept cookies", "cookie"),
    ("artikel teilen", "share"),
    ("beitrag teilen", "share"),
    ("artikel bewerten", "share"),
    ("beitrag bewerten", "share"),
    ("udostępnij", "share"),
    ("compartilhar", "share"),
    ("partager l article", "share"),
    ("compartir en facebook", "share"),
    ("schon gelesen", "related"),
    ("auch interessant", "related"),
    ("mehr zum thema", "related"),
    ("weitere artikel", "related"),
    ("lust auf mehr", "related"),
    ("das thema könnte dich auch interessieren", "related"),
    ("das könnte dich auch interessieren", "related"),
    ("vorschau auf den nächsten artikel", "related"),
    ("czytaj także", "related"),
    ("czytaj też", "related"),
    ("zobacz też", "related"),
    ("zobacz także", "related"),
    ("lee también", "related"),
    ("leer también", "related"),
    ("ver también", "related"),
    ("à voir aussi", "related"),
    ("voir aussi", "related"),
    ("leia também", "related"),
    ("hinterlassen sie einen kommentar", "comments"),
    ("schreibe einen kommentar", "comments"),
    ("kommentar schreiben", "comments"),
    ("kommentar verfassen", "comments"),
    ("was denkst du", "comments"),
    ("laisser un commentaire", "comments"),
    ("laissez un commentaire", "comments"),
    ("deja un comentario", "comments"),
    ("deja tu comentario", "comments"),
    ("zostaw komentarz", "comments"),
    ("lascia un commento", "comments"),
    ("deixe um comentário", "comments"),
    ("en savoir plus", "cta"),
    ("more options", "shop"),
    ("compare", "shop"),
    ("add to compare", "shop"),
    ("add to cart", "shop"),
    ("add to basket", "shop"),
    ("add to bag", "shop"),
    ("add to wishlist", "shop"),
    ("add to wish list", "shop"),
    ("buy now", "shop"),
    ("shop now", "shop"),
    ("quick view", "shop"),
    ("quick shop", "shop"),
    ("in stock", "shop"),
    ("out of stock", "shop"),
    ("low stock", "shop"),
    ("sold out", "shop"),
    ("best seller", "shop"),
    ("bestseller", "shop"),
    ("new", "shop"),
    ("sale", "shop"),
    ("on sale", "shop"),
    ("last chance", "shop"),
    ("calculate shipping", "shop"),
    ("free shipping", "shop"),
    ("in den warenkorb", "shop"),
    ("auf lager", "shop"),
    ("ausverkauft", "shop"),
    ("neu", "shop"),
    ("ajouter au panier", "shop"),
    ("en stock", "shop"),
    ("épuisé", "shop"),
    ("nouveau", "shop"),
    ("añadir al carrito", "shop"),
    ("agotado", "shop"),
    ("aggiungi al carrello", "shop"),
    ("esaurito", "shop"),
    ("show more", "ui"),
    ("show less", "ui"),
    ("see more", "ui"),
    ("view more", "ui"),
    ("load more", "ui"),
    ("view all", "ui"),
    ("see all", "ui"),
    ("more", "ui"),
    ("back", "ui"),
    ("close", "ui"),
    ("menu", "ui"),
    ("download", "ui"),
    ("toggle caption", "ui"),
    ("filter", "ui"),
    ("filters", "ui"),
    ("mehr anzeigen", "ui"),
    ("voir plus", "ui"),
    ("ver más", "ui"),
    ("mehr erfahren", "cta"),
    ("más información", "cta"),
    ("like it share it", "share"),
    ("gefällt mir", "share"),
    ("wird geladen", "tool"),
    ("drucken", "tool"),
    ("artikel drucken", "tool"),
    ("rezept drucken", "tool"),
    ("drukuj", "tool"),
    ("imprimir", "tool"),
    ("imprimer", "tool"),
    ("permalink", "tool"),
    ("permalien", "tool"),
    ("externer inhalt", "tool"),
    ("bewerten sie dieses produkt", "feedback"),
    ("schlagworte", "tags"),
    ("schlagwörter", "tags"),
    ("themen", "tags"),
    ("temas", "tags"),
    ("etiquetas", "tags"),
    ("keine kommentare", "comments"),
    ("no comments", "comments"),
    ("no comments yet", "comments"),
    ("was this article helpful", "feedback"),
    ("was this helpful", "feedback"),
    ("was this page helpful", "feedback"),
    ("war der artikel nützlich", "feedback"),
    ("war dieser artikel hilfreich", "feedback"),
    ("bewerten", "feedback"),
    ("werde teil der community", "newsletter"),
    ("newsletter abonnieren", "newsletter"),
    ("jetzt abonnieren", "newsletter"),
    ("abonnez vous", "newsletter"),
    ("suscríbete", "newsletter"),
    ("iscriviti", "newsletter"),
    ("zum newsletter anmelden", "newsletter"),
    ("kommentieren", "comments"),
    ("kommentare einblenden", "comments"),
    ("kommentare anzeigen", "comments"),
    ("show comments", "comments"),
    ("view comments", "comments"),
    ("alle anzeigen", "ui"),
    ("show all", "ui"),
    ("quellen ausblenden", "ui"),
    ("quellen anzeigen", "ui"),
    ("valora esta noticia", "feedback"),
    ("rate this article", "feedback"),
    ("contact", "nav"),
    ("contact us", "nav"),
    ("kontakt", "nav"),
    ("impressum", "nav"),
    ("datenschutz", "nav"),
    ("release date", "dateline"),
    ("erschienen in", "dateline"),
    ("je fais un don", "cta"),
    ("donate now", "cta"),
    ("jetzt spenden", "cta"),
    ("bei pinterest speichern", "share"),
    ("lade", "tool"),
    ("auf pinterest merken", "share"),
    ("save to pinterest", "share"),
    ("pin it", "share"),
    ("pin this", "share"),
    ("top kommentare", "comments"),
    ("top comments", "comments"),
    ("älteste zuerst", "ui"),
    ("neueste zuerst", "ui"),
    ("oldest first", "ui"),
    ("newest first", "ui"),
    ("plus récents", "ui"),
    ("plus anciens", "ui"),
];

/// Most words of a line read as several UI labels run together.
const MAX_JOINED_LABEL_WORDS: usize = 8;

// A short line made of two or more whole-line UI labels run together, as a
// toolbar's buttons read when their markup is flattened ("Gefällt mir Wird
// geladen", "Print Email Share", "Kommentare Teilen"): the kind of the
// first label.
// The kind of each whole-line label of EXACT (the first listed, when a
// label is listed twice), looked up once per line.
static EXACT_KIND: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for &(label, kind) in EXACT {
        m.entry(label).or_insert(kind);
    }
    m
});

// EXACT's labels as words, grouped by their first word, in EXACT's order.
type LabelsByFirstWord = HashMap<&'static str, Vec<(Vec<&'static str>, &'static str)>>;
static EXACT_BY_FIRST_WORD: LazyLock<LabelsByFirstWord> = LazyLock::new(|| {
    let mut m = LabelsByFirstWord::new();
    for &(label, kind) in EXACT {
        let words: Vec<&'static str> = label.split(' ').collect();
        if let Some(&first) = words.first() {
            m.entry(first).or_default().push((words, kind));
        }
    }
    m
});

// Whether a line's first word (up to white space) is the first word of a
// whole-line label of EXACT.
fn opens_with_label_word(trimmed: &str) -> bool {
    trimmed
        .split(char::is_whitespace)
        .next()
        .is_some_and(|first| EXACT_BY_FIRST_WORD.contains_key(first))
}

fn joined_ui_labels(bare: &str) -> Option<&'static str> {
    let words: LineWords = bare.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < 2 || words.len() > MAX_JOINED_LABEL_WORDS {
        return None;
    }
    // reach[i]: the kind of the first label and the labels used to cover
    // words[..i] with labels, if they can be.
    let mut reach: Vec<Option<(&'static str, usize)>> = vec![None; words.len() + 1];
    reach[0] = Some(("", 0));
    for i in 0..words.len() {
        let Some((kind, used)) = reach[i] else {
            continue;
        };
        let Some(first) = words.get(i) else {
            continue;
        };
        let Some(labels) = EXACT_BY_FIRST_WORD.get(first) else {
            continue;
        };
        for (label, k) in labels {
            let n = label.len();
            let Some(part) = words.get(i..i + n) else {
                continue;
            };
            if label.as_slice() == part && reach[i + n].is_none() {
                reach[i + n] = Some((if i == 0 { k } else { kind }, used + 1));
            }
        }
    }
    match reach[words.len()] {
        Some((kind, used)) if used >= 2 => Some(kind),
        _ => None,
    }
}

/// A list of line openings grouped by their first byte, so that a line is
/// compared only with the openings that share its first byte (the lists are
/// tested on most lines of a page, and few openings share a line's first
/// byte).
struct Openings {
    by_first_byte: Vec<Vec<&'static str>>,
}

impl Openings {
    fn new(list: &[&'static str]) -> Openings {
        let mut by_first_byte = vec![Vec::new(); 256];
        for &p in list {
            // (An empty opening would open every line: none is listed.)
            if let Some(slot) = p
                .as_bytes()
                .first()
                .and_then(|&b| by_first_byte.get_mut(usize::from(b)))
            {
                slot.push(p);
            }
        }
        Openings { by_first_byte }
    }

    /// The first opening of the list (in list order) that `line` opens with.
    fn find(&self, line: &str) -> Option<&'static str> {
        let first = line.as_bytes().first()?;
        self.by_first_byte
            .get(usize::from(*first))?
            .iter()
            .find(|p| line.starts_with(**p))
            .copied()
    }

    fn opens(&self, line: &str) -> bool {
        self.find(line).is_some()
    }
}

/// The openings of a list, grouped once.
macro_rules! openings {
    ($list:expr) => {{
        static OPENINGS: LazyLock<Openings> = LazyLock::new(|| Openings::new($list));
        &*OPENINGS
    }};
}

// Line openings of UI text (checked on short lines only).
const PREFIX: &[(&str, &str)] = &[
    ("ten tekst przeczytasz", "reading-time"),
    ("lesezeit:", "reading-time"),
    ("reading time:", "reading-time"),
    ("temps de lecture", "reading-time"),
    ("tiempo de lectura", "reading-time"),
    ("mire:", "related"),
    ("lesen sie auch:", "related"),
    ("lesen sie auch", "related"),
    ("lire aussi :", "related"),
    ("lea también:", "related"),
    ("czytaj także:", "related"),
    ("czytaj też:", "related"),
    ("lesen sie hier:", "related"),
    ("lesen sie mehr:", "related"),
    ("mehr dazu:", "related"),
    ("auch interessant:", "related"),
    ("siehe auch:", "related"),
    ("hier geht es zur ", "related"),
    ("hier geht es zum ", "related"),
    ("hier geht's zur ", "related"),
    ("hier geht's zum ", "related"),
    ("leia mais:", "related"),
    ("veja também:", "related"),
    ("lee más:", "related"),
    ("lire plus :", "related"),
    ("à lire :", "related"),
    ("leggi anche:", "related"),
    ("share on ", "share"),
    ("an official website of ", "ui"),
    ("reactions:", "member-card"),
    ("op posts:", "member-card"),
    ("you may also be interested", "related"),
    ("suggested citation", "citation"),
    ("zitiervorschlag", "citation"),
    ("cite this article", "citation"),
    ("how to cite this", "citation"),
    ("permalink http", "tool"),
    ("permalien http", "tool"),
    ("bei fragen und anregungen", "feedback"),
    ("anzeige -", "ad"),
    ("anzeige –", "ad"),
    ("anzeige:", "ad"),
    ("advertisement:", "ad"),
    ("advertisement -", "ad"),
    ("sort by", "ui"),
    ("sorted by:", "ui"),
    ("sort :", "ui"),
    ("sort:", "ui"),
    ("sortieren nach", "ui"),
    ("trier par", "ui"),
    ("ordenar por", "ui"),
    ("share this", "share"),
    ("kommentare (", "comments"),
    ("comments (", "comments"),
    ("commentaires (", "comments"),
    ("keine kommentare", "comments"),
    ("hinterlasse jetzt einen kommentar", "comments"),
    ("(noch keine bewertungen", "feedback"),
    ("war der artikel nützlich", "feedback"),
    ("war dieser artikel hilfreich", "feedback"),
    ("was this helpful", "feedback"),
    ("gefällt mir:", "share"),
    ("teilen mit:", "share"),
    ("like this:", "share"),
    ("bild anzeigen", "ui"),
    ("síguenos en", "social"),
    ("siguenos en", "social"),
    ("suivez-nous", "social"),
    ("folgen sie uns", "social"),
    ("subscribe now", "newsletter"),
    ("jetzt abonnieren", "newsletter"),
    ("newsletter abonnieren", "newsletter"),
    ("follow us on ", "social"),
    ("sign up for ", "newsletter"),
    ("subscribe to our ", "newsletter"),
    ("subscribe to the ", "newsletter"),
    ("related:", "related"),
    ("read more:", "related"),
    ("read also:", "related"),
    ("see also:", "related"),
    ("tags:", "tags"),
    ("tagged:", "tags"),
    ("tagged with:", "tags"),
    ("schlagworte:", "tags"),
    ("schlagwörter:", "tags"),
    ("stichworte:", "tags"),
    ("stichwörter:", "tags"),
    ("étiquettes :", "tags"),
    ("étiquettes:", "tags"),
    ("etiquetas:", "tags"),
    ("tagi:", "tags"),
    ("category: ", "tags"),
    ("kategorie: ", "tags"),
    ("catégorie : ", "tags"),
    ("themen: ", "tags"),
    ("this entry was posted", "tags"),
    ("der beitrag wurde am ", "tags"),
    ("dieser beitrag wurde am ", "tags"),
    ("möchten sie den artikel teilen", "share"),
    ("den artikel mit anderen teilen", "share"),
    ("filed under", "tags"),
    ("posted in ", "tags"),
    ("copyright ", "copyright"),
    ("©", "copyright"),
    ("(c) ", "copyright"),
    ("this site uses cookies", "cookie"),
    ("this website uses cookies", "cookie"),
    ("we use cookies", "cookie"),
    ("diese website verwendet cookies", "cookie"),
    ("ce site utilise des cookies", "cookie"),
];

// Fragments that mark a short line as boilerplate wherever they appear.
const CONTAINS: &[(&str, &str)] = &[
    ("all rights reserved", "copyright"),
    ("alle rechte vorbehalten", "copyright"),
    ("tous droits réservés", "copyright"),
    ("todos los derechos reservados", "copyright"),
    ("tutti i diritti riservati", "copyright"),
    ("accept cookies", "cookie"),
    ("cookie policy", "cookie"),
    ("cookie settings", "cookie"),
    ("copyrighted property of", "copyright"),
    ("bookmark the permalink", "tags"),
    ("alle angaben ohne gewähr", "copyright"),
    ("n'engagent que leur", "copyright"),
    ("n’engagent que leur", "copyright"),
    ("up to our newsletter", "newsletter"),
    ("up for our newsletter", "newsletter"),
    ("instant access to the full", "paywall"),
    ("immediate online access to", "paywall"),
    ("als pdf herunterladen", "tool"),
    ("download as pdf", "tool"),
    ("télécharger en pdf", "tool"),
    ("erfolgreich hinzugefügt", "shop"),
    ("added to your cart", "shop"),
    ("ihr warenkorb ist leer", "shop"),
    ("your cart is empty", "shop"),
    ("votre panier est vide", "shop"),
    ("permission must be obtained", "copyright"),
    ("may not be reproduced", "copyright"),
    ("may not be republished", "copyright"),
    ("chroniony prawem autorskim", "copyright"),
    ("already a subscriber", "paywall"),
    ("to view the full story", "paywall"),
    ("to read the full story", "paywall"),
    ("subscribe to continue reading", "paywall"),
    ("to continue reading, please", "paywall"),
    ("bereits abonnent", "paywall"),
    ("déjà abonné", "paywall"),
    ("ya eres suscriptor", "paywall"),
    ("create an account or log in", "account"),
    ("official websites use .gov", "ui"),
    ("this post is public so feel free to share", "share"),
    ("must be logged in to", "account"),
    ("using an out of date browser", "ui"),
    ("using an outdated browser", "ui"),
    ("must log in to", "account"),
    ("nur angemeldete benutzer", "account"),
    ("nur registrierte benutzer", "account"),
    ("nicht eingeloggt", "account"),
    ("bloggers like this", "share"),
    ("bloggern gefällt das", "share"),
    ("blogueurs aiment cette page", "share"),
    ("blogueros les gusta esto", "share"),
];

// Openings of picture credits and source lines ("Foto: dpa", "Image: Getty").
const CREDIT_PREFIX: &[&str] = &[
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "bild:",
    "bilder:",
    "image:",
    "images:",
    "imagen:",
    "imágenes:",
    "credit:",
    "credits:",
    "photo credit",
    "image credit",
    "quelle:",
    "source:",
    "来源：",
    "来源:",
    "出典：",
    "出處：",
    "источник:",
    "المصدر:",
    "מקור:",
    "źródło:",
    "fuente:",
    "crédit photo",
    "crédits photo",
    "zdjęcie:",
    "fot.",
    "courtesy of",
    "photograph by",
    "photography by",
    "illustration by",
];

// Openings of byline lines, followed by a name.
const BYLINE_PREFIX: &[&str] = &[
    "by ",
    "written by ",
    "edited by ",
    "reviewed by ",
    "fact-checked by ",
    "fact checked by ",
    "medically reviewed by ",
    "von ",
    "par ",
    "por ",
    "autor: ",
    "author: ",
];

// "By Jane Doe", "Edited by Sam Lee": a byline prefix followed by at most
// five capitalised name words and nothing else.
fn is_byline(t: &str, lower: &str) -> bool {
    let Some(p) = openings!(BYLINE_PREFIX).find(lower) else {
        return false;
    };
    let rest = t.get(p.len()..).unwrap_or("");
    let names: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == ',' || c == '&')
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "und" | "et" | "y"))
        .collect();
    let name_like = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['.', '!', '?'])
            || w.chars().count() <= 2
    };
    !names.is_empty() && names.len() <= 5 && names.iter().all(name_like)
}

// Openings of date and revision lines ("Last updated: ...", "Erstellt am ...").
const DATELINE_PREFIX: &[&str] = &[
    "last updated",
    "last modified",
    "published on",
    "posted on",
    "updated on",
    "letzte änderung",
    "zuletzt aktualisiert",
    "erstellt am",
    "veröffentlicht am",
    "aktualisiert am",
    "publié le",
    "mis à jour le",
    "publicado el",
    "actualizado el",
    "pubblicato il",
    "publikacja:",
    "aktualizacja:",
    "posted by ",
    "published:",
    "veröffentlichung:",
    "veröffentlicht:",
    "stand:",
    "erschienen am",
    "verfasst von",
];

// Month names and their short forms in several languages (Polish and
// Czech in the genitive a date uses).
const MONTH_WORDS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "okt",
    "dez",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "januari",
    "februari",
    "maart",
    "augustus",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "mei",
    "augusti",
];

// Words that may stand around a date in a date line: weekdays, clock
// words, "updated"/"published" labels, articles and prepositions.
const DATE_FILLER_WORDS: &[&str] = &[
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "am",
    "pm",
    "a",
    "p",
    "m",
    "at",
    "on",
    "the",
    "of",
    "um",
    "uhr",
    "den",
    "am",
    "de",
    "del",
    "le",
    "el",
    "à",
    "h",
    "o",
    "r",
    "updated",
    "published",
    "posted",
    "modified",
    "aktualisiert",
    "publiziert",
    "veröffentlicht",
    "erstellt",
    "geändert",
    "stand",
    "publié",
    "modifié",
    "publicado",
    "actualizado",
    "pubblicato",
    "aggiornato",
    "opublikowano",
    "zaktualizowano",
    "aktualizacja",
    "publikacja",
    "gepubliceerd",
    "bijgewerkt",
    "st",
    "nd",
    "rd",
    "th",
];

// A line that is only a date or a time ("23.10.2018", "7. oktober 2020",
// "Updated: March 3, 2024 at 10:02 am", "16 marca 2021", "3:59 PM"):
// a dateline the metadata holds, not text of the page. Numbers in any
// script count, so that dates written in local digits are one too.
fn is_date_only(lower: &str) -> bool {
    if lower.chars().count() > 60 {
        return false;
    }
    // Month and filler words looked up in sets (about a hundred each).
    static MONTHS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| MONTH_WORDS.iter().copied().collect());
    static FILLERS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| DATE_FILLER_WORDS.iter().copied().collect());
    let number = |w: &str| w.chars().all(char::is_numeric);
    // One pass over the words, stopping at the first of a sentence.
    let mut dated = false;
    let mut numbered = false;
    for w in words(lower) {
        if MONTHS.contains(w) {
            dated = true;
        } else if number(w) {
            numbered = true;
        } else if !FILLERS.contains(w) {
            return false;
        }
    }
    // Without a month name: a numeric date (d.m.y, y-m-d, m/d/y) or a time.
    dated || numbered && (lower.contains(':') || numeric_date(lower))
}

// "23.10.2018", "2020-03-04", "3/14/24": day, month and year joined by
// one separator.
fn numeric_date(lower: &str) -> bool {
    lower.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_numeric());
        ['.', '-', '/'].iter().any(|&sep| {
            let parts: Vec<usize> = w
                .split(sep)
                .map(|p| {
                    if p.chars().all(char::is_numeric) {
                        p.chars().count()
                    } else {
                        0
                    }
                })
                .collect();
            // Day and month of one or two digits, a year of two or four
            // (first or last): phone numbers and codes are not dates.
            matches!(parts.as_slice(), [1 | 2, 1 | 2, 2 | 4] | [4, 1 | 2, 1 | 2])
        })
    })
}

/// Most words of a reading-time label.
const MAX_READING_TIME_WORDS: usize = 5;

// "5 min read", "11 minut czytania", "3 Minuten Lesezeit": a reading-time label.
fn is_reading_time(lower: &str) -> bool {
    // The count is in ASCII digits: a line without one is none.
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut words: LineWords = SmallVec::new();
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if words.len() == MAX_READING_TIME_WORDS {
            return false;
        }
        words.push(w);
    }
    if !words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit())) {
        return false;
    }
    words.iter().any(|w| crate::phrases::is_minutes_word(w))
        && words.iter().any(|w| crate::phrases::is_reading_word(w))
}

// A counter's number: "1455", and "2k" or "k" of "14.2k" (split at the point).
fn is_counter_number(w: &str) -> bool {
    w.strip_suffix(['k', 'm'])
        .unwrap_or(w)
        .chars()
        .all(|c| c.is_ascii_digit())
}

// "3 hours ago", "2 d ago": a relative time of numbers and units.
fn is_ago_date(bare: &[&str]) -> bool {
    bare.len() >= 2
        && bare.last() == Some(&"ago")
        && bare
            .iter()
            .rev()
            .skip(1)
            .all(|w| is_counter_number(w) || AGO_UNITS.contains(w))
}

// Labels of a forum member card and of post counters ("Joined", "Posts:
// 1,455", "Reaction score", "Senior Member", "Online").
const MEMBER_LABELS: &[&str] = &[
    "joined",
    "member",
    "members",
    "posts",
    "post",
    "messages",
    "location",
    "reaction score",
    "reactions",
    "points",
    "online",
    "offline",
    "senior member",
    "junior member",
    "new member",
    "full member",
    "active member",
    "original poster",
    "member since",
    "registered",
    "thanks",
    "likes",
    "like",
    "replies",
    "reply",
    "views",
    "beiträge",
    "mitglied",
    "mitglied seit",
    "registriert",
    "registriert seit",
    "wohnort",
    "inscrit",
    "inscrit le",
    "membre",
    "localisation",
    "mensajes",
    "miembro",
    "registrado",
    "ubicación",
    "messaggi",
    "iscritto",
    "posty",
    "dołączył",
    "berichten",
    "lid sinds",
    "answers",
    "answer",
    "antworten",
    "réponses",
    "respuestas",
];

// Words for "member" and for the staff roles a forum shows under a name.
const RANK_NOUNS: &[&str] = &[
    "member", "mitglied", "membre", "miembro", "membro", "członek",
];
const STAFF_ROLES: &[&str] = &[
    "moderator",
    "moderatorin",
    "administrator",
    "modérateur",
    "moderador",
    "moderatore",
];

// A forum rank under a poster's name: a staff role, or up to three words
// ending in "member" ("Well-known member", "Premium Member").
fn is_member_rank(run: &[&str]) -> bool {
    joins_to_any(run, STAFF_ROLES)
        || run.len() <= 3 && run.last().is_some_and(|w| RANK_NOUNS.contains(w))
}

// Whether words joined by single spaces make one of `phrases` (only the
// phrases of their joined length are compared).
fn joins_to_any(words: &[&str], phrases: &[&str]) -> bool {
    let joined_len = words.iter().map(|w| w.len() + 1).sum::<usize>();
    phrases
        .iter()
        .any(|p| p.len() + 1 == joined_len.max(1) && joins_to(words, p))
}

// Whether words joined by single spaces make `phrase` (compared word by
// word, without joining them).
fn joins_to(words: &[&str], phrase: &str) -> bool {
    let mut rest = phrase.as_bytes();
    for (i, w) in words.iter().enumerate() {
        let after_space = if i == 0 {
            Some(rest)
        } else {
            rest.strip_prefix(b" ")
        };
        match after_space.and_then(|r| r.strip_prefix(w.as_bytes())) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Most words of a Q&A site's badge tally.
const MAX_BADGE_TALLY_WORDS: usize = 12;

// A Q&A site's reputation tally under a poster's name ("14.2k 1 gold badge
// 22 silver badges 51 bronze badges"): numbers and badge words only.
fn is_badge_tally(bare: &[&str]) -> bool {
    bare.len() <= MAX_BADGE_TALLY_WORDS
        && bare.iter().any(|w| w.starts_with("badge"))
        && bare.iter().all(|w| {
            matches!(*w, "gold" | "silver" | "bronze" | "badge" | "badges")
                || w.strip_suffix(['k', 'm'])
                    .unwrap_or(w)
                    .chars()
                    .all(|c| c.is_ascii_digit())
        })
}

// Units of relative times ("3 days ago", "2 hours ago").
const AGO_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs",
];

// Openings of short links back to a parent page ("Back to product",
// "Zurück zur Übersicht") and of links to a full text elsewhere.
const BACK_LINK_PREFIX: &[&str] = &[
    "back to ",
    "return to ",
    "zurück zu",
    "retour à ",
    "retour au",
    "volver a ",
    "torna a",
    "read full ",
    "read the full ",
    "see all reviews",
    "read all reviews",
    "view all reviews",
];

// Short UI lines made of counters and labels: a member card ("Joined",
// "Posts: 1,455", "1,455 posts · Joined 2019"), a like or reply counter,
// a relative time ("3 days ago"), a wiki "[edit]" link, a "Back to ..."
// link. Every word must be a label word or a number.
fn ui_counter_line(lower: &str) -> Option<&'static str> {
    // Cheap test first: but for a back link, the last word is a number or
    // a word that ends a label, a rank, a badge tally or a relative time.
    let last = lower
        .rsplit(|c: char| !is_word_char(c))
        .find(|w| !w.is_empty())?;
    if !ends_counter_label(last) && !openings!(BACK_LINK_PREFIX).opens(lower) {
        return None;
    }
    // The words, up to one more than a badge tally holds: a line with
    // more is none of these.
    let mut bare: SmallVec<[&str; MAX_BADGE_TALLY_WORDS + 1]> = SmallVec::new();
    for w in words(lower) {
        if bare.len() > MAX_BADGE_TALLY_WORDS {
            return None;
        }
        bare.push(w);
    }
    if bare.len() > MAX_BADGE_TALLY_WORDS {
        return None;
    }
    if is_badge_tally(&bare) {
        return Some("member-card");
    }
    if bare.is_empty() || bare.len() > 8 {
        return None;
    }
    if bare.len() <= 6 && openings!(BACK_LINK_PREFIX).opens(lower) {
        return Some("nav");
    }
    if bare.as_slice() == ["edit"] && lower.contains('[') {
        return Some("tool");
    }
    if is_ago_date(&bare) {
        return Some("date");
    }
    let number = is_counter_number;
    // Label phrases: the runs of non-number words, each matched joined.
    // Separators between label groups ("1,455 posts · Joined 2019").
    let numbers = bare.iter().any(|w| number(w));
    let mut all_labels = false;
    for run in bare.split(|w| number(w)).filter(|run| !run.is_empty()) {
        all_labels = joins_to_any(run, MEMBER_LABELS)
            || run.iter().all(|w| MEMBER_LABELS.contains(w))
            // A rank stands alone ("Gold Member: $45" is a price).
            || !numbers && is_member_rank(run);
        if !all_labels {
            break;
        }
    }
    all_labels.then_some("member-card")
}

// Whether a word can end a counter line of [`ui_counter_line`] (other
// than a back link): a number ("1455", "2k"), the last word of a member
// label or a staff role, a rank noun, a badge word, "ago" or "edit".
fn ends_counter_label(w: &str) -> bool {
    static LAST_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
        MEMBER_LABELS
            .iter()
            .chain(STAFF_ROLES)
            .filter_map(|l| l.rsplit(' ').next())
            .chain(RANK_NOUNS.iter().copied())
            .chain(["gold", "silver", "bronze", "badge", "badges", "ago", "edit"])
            .collect()
    });
    let number = w
        .strip_suffix(['k', 'm'])
        .unwrap_or(w)
        .chars()
        .all(|c| c.is_ascii_digit());
    number || LAST_WORDS.contains(w)
}

// Words that open a figure caption when a number and/or a colon follows
// ("Abbildung 4: ...", "Fig. 2. ...", "Photo: ...").
const CAPTION_OPENERS: &[&str] = &[
    "abbildung",
    "abb",
    "figure",
    "fig",
    "grafik",
    "grafika",
    "beitragsbild",
    "titelbild",
    "symbolbild",
    "bildunterschrift",
    "foto",
    "fotos",
    "photo",
    "bild",
    "image",
    "imagen",
    "ilustración",
    "illustration",
    "rycina",
    "rys",
];

// Credit markers at the end of a caption ("... © AFP", "(Foto: Getty)",
// "| Bild: dpa", "(Name / iStock.com)").
const CREDIT_MARKERS: &[&str] = &[
    "©",
    "(c) ",
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "bild:",
    "image:",
    "credit:",
    "crédit:",
    "crédito:",
    "quelle:",
    "fuente:",
    "źródło:",
    "fot.",
    "getty images",
    "shutterstock",
    "istock",
    "picture alliance",
    "picture-alliance",
];

/// Most words of a bare picture credit.
const MAX_BARE_CREDIT_WORDS: usize = 6;

// A bare picture credit: a few names joined by a slash or bar, one of them
// an agency's acronym or a domain ("Jane Roe/Agency.com", "PAP / Jan
// Kowal", "ab/DPA", "Max Muster | Agentur ABC"), every word capitalised,
// initials or a domain, no sentence.
fn is_bare_credit(t: &str) -> bool {
    if t.chars().count() > 60 || !(t.contains('/') || t.contains('|')) || t.contains("//") {
        return false;
    }
    let tokens: LineWords = t
        .split(|c: char| c.is_whitespace() || c == '/' || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    // Names on both sides of the separator.
    let joined = t
        .split(['/', '|'])
        .filter(|p| p.chars().any(char::is_alphabetic))
        .count()
        >= 2;
    let words: LineWords = tokens
        .iter()
        .copied()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let name_like = |w: &str| {
        let inner_dot = w.trim_end_matches('.').contains('.');
        let initials = w.chars().filter(|c| c.is_alphabetic()).count() <= 4
            && w.chars().all(|c| c.is_alphabetic() || c == '.');
        let capital = w.chars().next().is_some_and(char::is_uppercase)
            && !w.ends_with([',', ':', '!', '?', ';']);
        inner_dot || initials || capital
    };
    // An agency's acronym or a domain among them ("DPA", "WENN.com").
    let agency = words.iter().any(|w| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let acronym =
            (2..=6).contains(&letters) && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
        acronym || w.trim_end_matches('.').contains('.')
    });
    joined
        && agency
        && !words.is_empty()
        && words.len() <= MAX_BARE_CREDIT_WORDS
        && tokens.len() == words.len()
        && words.iter().all(|w| name_like(w))
}

/// Whether a short paragraph reads as an image caption: opened by a figure
/// label with a number or colon, closed by a picture credit, or a bare
/// credit line.
pub fn is_caption_text(text: &str) -> bool {
    let t = text.trim();
    is_sized_caption_text(t, super::dom::TextSize::of(t))
}

/// [`is_caption_text`] of a trimmed text whose size is already measured
/// (every paragraph is, before its filters).
pub fn is_sized_caption_text(t: &str, size: super::dom::TextSize) -> bool {
    if is_bare_credit(t) {
        return true;
    }
    if size.words == 0 || size.words > 50 {
        return false;
    }
    // ASCII text lower-cases byte by byte, so only the two places read are
    // lower-cased (every paragraph comes through here).
    if t.is_ascii() {
        if t.len() > 400 {
            return false;
        }
        let first_len = t
            .bytes()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(t.len());
        let (first, rest) = t.split_at(first_len);
        if CAPTION_OPENERS
            .iter()
            .any(|o| o.eq_ignore_ascii_case(first))
            && opens_with_caption_separator(rest)
        {
            return true;
        }
        let mut tail = [0u8; CAPTION_TAIL_CHARS];
        let from = t.len().saturating_sub(CAPTION_TAIL_CHARS);
        let tail = &mut tail[..t.len() - from];
        tail.copy_from_slice(&t.as_bytes()[from..]);
        tail.make_ascii_lowercase();
        return std::str::from_utf8(tail).is_ok_and(ends_with_credit);
    }
    is_caption_by_lower_case(t)
}

// The caption test on the whole text lower-cased (any script; what the
// ASCII path of [`is_sized_caption_text`] shortens).
fn is_caption_by_lower_case(t: &str) -> bool {
    if t.chars().count() > 400 {
        return false;
    }
    let lower = t.to_lowercase();
    // "Abbildung 4: ...", "Fig. 2 - ...": the opener, an optional number,
    // then a separator.
    let first_len = lower
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(lower.len());
    if let (Some(first), Some(rest)) = (lower.get(..first_len), lower.get(first_len..)) {
        if CAPTION_OPENERS.contains(&first) && opens_with_caption_separator(rest) {
            return true;
        }
    }
    let tail_start = lower
        .char_indices()
        .rev()
        .nth(CAPTION_TAIL_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let tail = lower.get(tail_start..).unwrap_or("");
    ends_with_credit(tail) && !lower.starts_with('©')
}

/// Characters at the end of a caption searched for a credit.
const CAPTION_TAIL_CHARS: usize = 61;

// What follows a figure label: an optional number, then a separator
// (": ", " | ", " - ").
fn opens_with_caption_separator(rest: &str) -> bool {
    let rest = rest.trim_start_matches('.').trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let rest = rest.trim_start();
    rest.starts_with([':', '|', '–', '—']) || rest.starts_with("- ")
}

// A credit in the last few words ("... © AFP / Marco B.", "(Foto: Getty)"),
// of a lower-cased tail.
fn ends_with_credit(tail: &str) -> bool {
    static CREDITS: crate::phrases::Phrases = crate::phrases::Phrases::new(CREDIT_MARKERS);
    CREDITS.anywhere(tail)
}

/// Most words of a cookie notice.
const MAX_COOKIE_NOTICE_WORDS: usize = 80;

// Words (or openings of words) of a site telling how it uses cookies or
// asking for consent, in several languages ("uses", "accept", "verwendet",
// "einverstanden", "utilise", "korzystamy").
const COOKIE_USE_STEMS: &[&str] = &[
    "use",
    "uses",
    "using",
    "accept",
    "consent",
    "agree",
    "verwende",
    "nutze",
    "nutzt",
    "nutzung",
    "einverstanden",
    "akzeptier",
    "zustimm",
    "einwillig",
    "utilis",
    "utiliz",
    "acept",
    "accett",
    "usiamo",
    "usamos",
    "korzyst",
    "używ",
    "akceptuj",
    "zgod",
    "gebruik",
    "akkoord",
];

// Words by which a site speaks of itself ("we", "our site", "unser
// Internetauftritt", "notre site", "korzystamy"): a cookie notice is about
// the site's own cookies, a text about cookies in general is not one.
const SITE_SELF_WORDS: &[&str] = &[
    "we",
    "our",
    "this",
    "wir",
    "unser",
    "unsere",
    "unseren",
    "unserer",
    "unseres",
    "diese",
    "dieser",
    "nous",
    "notre",
    "nos",
    "ce",
    "este",
    "nuestro",
    "nuestra",
    "nuestros",
    "usamos",
    "utilizamos",
    "questo",
    "nostro",
    "utilizziamo",
    "usiamo",
    "korzystamy",
    "nasz",
    "nasza",
    "naszej",
    "używamy",
    "wij",
    "onze",
    "deze",
];

// A site's notice about its cookies ("This site uses cookies... By
// continuing you accept", "Informujemy, że korzystamy z cookies"): a short
// text naming cookies, the site itself, and using or accepting them.
// Cookie notices run longer than other UI lines, so this has its own limit.
fn is_cookie_notice(lower: &str) -> bool {
    if !lower.contains(COOKIE_STEM) {
        return false;
    }
    let words = words_of(lower);
    let uses = |w: &Cow<'_, str>| {
        COOKIE_USE_STEMS.iter().any(|s| {
            if s.len() <= 5 {
                w == s
            } else {
                w.starts_with(s)
            }
        })
    };
    if words.len() > MAX_COOKIE_NOTICE_WORDS {
        return false;
    }
    // Both next to a mention of cookies, in the same clause.
    words.iter().enumerate().any(|(i, w)| {
        if !w.starts_with("cookie") {
            return false;
        }
        let near = words
            .get(
                i.saturating_sub(COOKIE_CLAUSE_WORDS)
                    ..(i + COOKIE_CLAUSE_WORDS + 1).min(words.len()),
            )
            .unwrap_or(&[]);
        near.iter().any(uses) && near.iter().any(|w| SITE_SELF_WORDS.contains(&w.as_ref()))
    })
}

/// Words on each side of "cookies" that make one clause with it.
const COOKIE_CLAUSE_WORDS: usize = 8;

/// Most words of an advertising or affiliate disclosure.
const MAX_DISCLOSURE_WORDS: usize = 60;

// Phrases of a site's notice that a text holds advertising or affiliate
// links and earns from them ("We may earn a commission", "Dieser Beitrag
// enthält Werbung", "liens affiliés").
const DISCLOSURE_PHRASES: &[&str] = &[
    "affiliate link",
    "affiliate links",
    "affiliate-links",
    "affiliatelinks",
    "earn a commission",
    "earn a small commission",
    "earn commission",
    "earn an affiliate commission",
    "receive a commission",
    "receive compensation",
    "may receive compensation",
    "we may earn",
    "our advertisers",
    "advertiser disclosure",
    "enthält werbung",
    "enthält affiliate",
    "werbung für",
    "erhalten wir eine provision",
    "provisions-links",
    "partnerlinks",
    "liens affiliés",
    "lien affilié",
    "liens d affiliation",
    "enlaces de afiliados",
    "enlaces afiliados",
    "link di affiliazione",
    "link affiliati",
    "linki afiliacyjne",
];

// A short notice that the text holds advertising or affiliate links.
fn is_ad_disclosure(lower: &str) -> bool {
    // Cheap test first: every phrase holds one of these stems.
    if !DISCLOSURE_STEMS.iter().any(|st| lower.contains(st)) {
        return false;
    }
    let words = words_of(lower);
    if words.is_empty() || words.len() > MAX_DISCLOSURE_WORDS {
        return false;
    }
    let bare = words.join(" ");
    let spaced = lower.replace(['-', '\'', '’'], " ");
    DISCLOSURE_PHRASES
        .iter()
        .any(|p| bare.contains(p) || spaced.contains(p) || lower.contains(p))
}

// Stems one of which every disclosure phrase holds (ASCII, so that they are
// found without lower-casing the line first); a cookie notice holds "cookie".
const DISCLOSURE_STEMS: &[&str] = &[
    "affili",
    "afili",
    "commission",
    "compensation",
    "advertis",
    "werbung",
    "provision",
    "partnerlink",
];
const COOKIE_STEM: &str = "cookie";

// Stems one of which every embed-consent notice holds (ASCII).
const EMBED_CONSENT_STEMS: &[&str] = &["consent", "einverst", "zustimm"];

// What an embed placeholder asks consent for: a connection to another
// site, or its content ("Erst mit deinem Einverständnis stellen wir eine
// Verbindung zu ... her", "load external content with your consent").
const EMBED_CONSENT_OBJECTS: &[&str] = &[
    "verbindung zu",
    "externe inhalte",
    "externen inhalt",
    "externer inhalt",
    "inhalte von drittanbietern",
    "connection to",
    "external content",
    "third-party content",
    "third party content",
];

/// Most words of an embed-consent notice.
const MAX_EMBED_CONSENT_WORDS: usize = 60;

// The placeholder of an embedded post or video that asks for consent
// before loading it from another site: the site's notice, not the text.
fn is_embed_consent(lower: &str) -> bool {
    EMBED_CONSENT_STEMS.iter().any(|st| lower.contains(st))
        && EMBED_CONSENT_OBJECTS.iter().any(|o| lower.contains(o))
        && lower.split_whitespace().count() <= MAX_EMBED_CONSENT_WORDS
}

/// Most characters of a copyright or filing line (they may run on with the
/// site's reprint terms or the post's categories).
const MAX_NOTICE_LINE_CHARS: usize = 400;

// Openings of long site notices and their kinds: a post's filing line,
// which runs long with its categories ("This entry was posted in ...
// Bookmark the permalink", "Der Beitrag wurde am ... abgelegt"), and the
// banner of government sites ("Official websites use .gov ...").
const LONG_NOTICE_OPENERS: &[(&str, &str)] = &[
    ("this entry was posted", "tags"),
    ("der beitrag wurde am ", "tags"),
    ("dieser beitrag wurde am ", "tags"),
    ("dieser eintrag wurde am ", "tags"),
    ("official websites use .gov", "ui"),
    ("secure .gov websites use", "ui"),
];

// The kind of a long line that opens like a site's notice: a copyright
// sign or word (even when its reprint terms make it long), a filing line,
// a government banner.
fn long_notice_opener(t: &str) -> Option<&'static str> {
    let opens = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if t.starts_with('©') || opens("copyright ") {
        return Some("copyright");
    }
    LONG_NOTICE_OPENERS
        .iter()
        .find(|(p, _)| opens(p))
        .map(|(_, k)| *k)
}

// Whether a line holds one of the long-notice stems in any ASCII case (this
// runs on every long paragraph of every page): its ASCII letters are
// lower-cased first, so that the stems are looked for as written, which a
// vectorized search of several needles does.
fn has_long_notice_stem(t: &str) -> bool {
    static STEMS: LazyLock<Option<aho_corasick::packed::Searcher>> = LazyLock::new(|| {
        aho_corasick::packed::Config::new()
            .builder()
            .extend(long_notice_stems())
            .build()
    });
    let Some(stems) = STEMS.as_ref() else {
        return has_long_notice_stem_by_automaton(t);
    };
    let lower = if t.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(t.to_ascii_lowercase())
    } else {
        Cow::Borrowed(t)
    };
    stems.find(lower.as_bytes()).is_some()
}

// [`has_long_notice_stem`] without vector instructions: one automaton that
// ignores ASCII case reads the line.
fn has_long_notice_stem_by_automaton(t: &str) -> bool {
    static STEMS: LazyLock<Option<AhoCorasick>> =
        LazyLock::new(|| crate::ascii::any_word_of(&long_notice_stems().collect::<Vec<_>>()));
    match STEMS.as_ref() {
        Some(stems) => stems.is_match(t),
        None => long_notice_stems()
            .any(|st| crate::ascii::contains_ignore_case(t.as_bytes(), st.as_bytes())),
    }
}

// The stems one of which every cookie notice, disclosure and embed-consent
// notice holds (lower-case ASCII).
fn long_notice_stems() -> impl Iterator<Item = &'static str> {
    std::iter::once(COOKIE_STEM)
        .chain(DISCLOSURE_STEMS.iter().copied())
        .chain(EMBED_CONSENT_STEMS.iter().copied())
}

// Openings of the stamp a forum or Q&A site puts on a post: when it was
// asked, answered or last edited ("asked Mar 3, 2021 at 9:14", "Last
// edited: 2 May 2024", "Edited June 4 by someone", "Zuletzt bearbeitet: ...").
const POST_STAMP_PREFIX: &[&str] = &[
    "asked ",
    "answered ",
    "edited ",
    "last edited",
    "zuletzt bearbeitet",
    "bearbeitet am",
    "dernière modification",
    "modifié le",
    "editado el",
    "última edición",
    "modificato il",
    "ostatnio edytowany",
];

/// Most words of a post stamp.
const MAX_POST_STAMP_WORDS: usize = 9;

// A post's asked/answered/edited stamp: a stamp opening, a date or time
// (a digit), a few words at most and no sentence after it. The thread's
// dates are metadata, not the posts' text.
fn is_post_stamp(lower: &str) -> bool {
    openings!(POST_STAMP_PREFIX).opens(lower)
        && lower.bytes().any(|b| b.is_ascii_digit())
        && !lower.contains(". ")
        && lower.split_whitespace().count() <= MAX_POST_STAMP_WORDS
}

// Openings of the consent line under a sign-up or contact form ("By
// subscribing, you agree to our privacy policy", "En vous inscrivant, vous
// acceptez ...").
const FORM_CONSENT_OPENERS: &[&str] = &[
    "by subscribing",
    "by opting in",
    "by signing up",
    "by clicking",
    "by submitting",
    "by registering",
    "by entering your",
    "by providing your",
    "mit der anmeldung",
    "mit ihrer anmeldung",
    "mit dem absenden",
    "mit klick auf",
    "en vous inscrivant",
    "en cliquant",
    "en soumettant",
    "al suscribirte",
    "al suscribirse",
    "al hacer clic",
    "al enviar",
    "iscrivendoti",
    "cliccando",
    "ao se inscrever",
    "ao clicar",
];

// Stems of agreeing in those consent lines.
const FORM_CONSENT_STEMS: &[&str] = &[
    "agree",
    "consent",
    "accept",
    "akzept",
    "einverstanden",
    "zustimm",
    "acept",
    "accett",
    "aceit",
];

// Status messages a form shows after it is sent ("Thank you! Your submission
// has been received!", "Oops! Something went wrong").
const FORM_STATUS_OPENERS: &[&str] = &[
    "thank you! your submission",
    "oops! something went wrong",
    "thanks for signing up",
    "thanks for subscribing!",
    "thank you for subscribing!",
    "thank you for signing up",
];

/// Characters of a line's opening compared with the form-consent openers.
const FORM_OPENER_CHARS: usize = 24;

// A long line under a sign-up form that opens like its consent line and
// agrees to something ("By opting in, you agree to receive our newsletter
// ... unsubscribe at any time ... privacy notice"): the form's legal text.
fn opens_form_consent(t: &str) -> bool {
    let head: String = t
        .chars()
        .take(FORM_OPENER_CHARS)
        .collect::<String>()
        .to_lowercase();
    // The opening decides before the whole line is lower-cased.
    FORM_CONSENT_OPENERS.iter().any(|p| head.starts_with(p)) && is_form_consent(&t.to_lowercase())
}

// A sign-up form's consent line: it opens like one and agrees to something.
fn is_form_consent(lower: &str) -> bool {
    openings!(FORM_CONSENT_OPENERS).opens(lower)
        && FORM_CONSENT_STEMS.iter().any(|st| lower.contains(st))
}

// A sign-up form's consent line or status message: the form's own text,
// not the page's.
fn is_form_legalese(lower: &str) -> bool {
    openings!(FORM_STATUS_OPENERS).opens(lower) || is_form_consent(lower)
}

/// The kind of boilerplate a short line is, if it is one.
pub fn boilerplate_line(text: &str) -> Option<&'static str> {
    let t = text.trim();
    // (A ticker runs long; the check stops at the first word that differs.)
    if is_repeated_phrase(t) {
        return Some("repeated-phrase");
    }
    let chars = t.chars().count();
    if t.is_empty() || chars > 800 {
        return None;
    }
    if is_marked_note(t) {
        return Some("fine-print");
    }
    // Longer lines can only be a cookie notice, a disclosure, an embed's
    // consent notice or a copyright line: lower-case them only when a word
    // of those is there.
    if chars > 160 {
        if let Some(kind) = long_notice_opener(t).filter(|_| chars <= MAX_NOTICE_LINE_CHARS) {
            return Some(kind);
        }
        if chars <= MAX_NOTICE_LINE_CHARS && opens_form_consent(t) {
            return Some("newsletter");
        }
        if !has_long_notice_stem(t) {
            return None;
        }
    }
    let lower = t.to_lowercase();
    let held = held_phrases(&lower);
    // Each notice holds one of the stems: one pass tells whether to look closer.
    if held.notice_stem {
        if is_cookie_notice(&lower) {
            return Some("cookie");
        }
        if is_ad_disclosure(&lower) {
            return Some("ad");
        }
        if is_embed_consent(&lower) {
            return Some("cookie");
        }
    }
    if chars > 160 {
        return None;
    }
    if is_reading_time(&lower) {
        return Some("reading-time");
    }
    if is_form_legalese(&lower) {
        return Some("newsletter");
    }
    if !t.chars().any(char::is_alphanumeric) {
        return Some("symbols");
    }
    if chars <= 60 {
        if let Some(kind) = ui_counter_line(&lower) {
            return Some(kind);
        }
    }
    if chars <= 80 && openings!(CREDIT_PREFIX).opens(&lower) {
        return Some("credit");
    }
    if chars <= 60 && is_byline(t, &lower) {
        return Some("byline");
    }
    // A byline label left alone ("By", "Written by:") once its linked name
    // was pruned with the author element.
    if t.len() <= 24 && crate::meta::authors::is_byline_label(t) {
        return Some("byline");
    }
    if chars <= 60 && openings!(DATELINE_PREFIX).opens(&lower) {
        return Some("dateline");
    }
    if chars <= 60 && is_post_stamp(&lower) {
        return Some("post-stamp");
    }
    if is_date_only(&lower) {
        return Some("date");
    }
    let trimmed = lower.trim_matches(|c: char| !is_word_char(c));
    // A whole-line label, or labels run together, open with a label's
    // first word: one look-up rules out most lines.
    if opens_with_label_word(trimmed) {
        let bare = crate::normalize::collapsed_whitespace(trimmed);
        if let Some(&k) = EXACT_KIND.get(bare.as_ref()) {
            return Some(k);
        }
        if let Some(k) = joined_ui_labels(&bare) {
            return Some(k);
        }
    }
    if is_skip_links(&lower) {
        return Some("nav");
    }
    if let Some(k) = prefix_kind(&lower) {
        return Some(k);
    }
    held.fragment_kind
}

// The kind of the first entry of `PREFIX` (in list order) that a lower-cased
// line opens with, found in one anchored pass (leftmost-first semantics
// prefer the earlier pattern, as the list does).
fn prefix_kind(lower: &str) -> Option<&'static str> {
    use aho_corasick::{Anchored, Input, MatchKind, StartKind};
    static OPENERS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .start_kind(StartKind::Anchored)
            .build(PREFIX.iter().map(|(p, _)| p))
            .ok()
    });
    let Some(openers) = OPENERS.as_ref() else {
        return PREFIX
            .iter()
            .find(|(p, _)| lower.starts_with(p))
            .map(|(_, k)| *k);
    };
    let found = openers.find(Input::new(lower).anchored(Anchored::Yes))?;
    PREFIX.get(found.pattern().as_usize()).map(|(_, k)| *k)
}

// What a lower-cased line holds of the phrases looked for anywhere in it:
// a long-notice stem (see [`has_long_notice_stem`]) and the first fragment
// of `CONTAINS` in list order, found in one pass over the line (every kept
// paragraph is tested).
struct HeldPhrases {
    notice_stem: bool,
    fragment_kind: Option<&'static str>,
}

fn held_phrases(lower: &str) -> HeldPhrases {
    // The fragments first, then the stems (lower-case ASCII: a lower-cased
    // line has no ASCII capitals, so they are looked for as written).
    static PHRASES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::new(CONTAINS.iter().map(|(p, _)| *p).chain(long_notice_stems())).ok()
    });
    let Some(phrases) = PHRASES.as_ref() else {
        return HeldPhrases {
            notice_stem: has_long_notice_stem(lower),
            fragment_kind: CONTAINS
                .iter()
                .find(|(p, _)| lower.contains(p))
                .map(|(_, k)| *k),
        };
    };
    let mut notice_stem = false;
    let mut first_fragment = usize::MAX;
    for m in phrases.find_overlapping_iter(lower) {
        let i = m.pattern().as_usize();
        if i < CONTAINS.len() {
            first_fragment = first_fragment.min(i);
        } else {
            notice_stem = true;
        }
    }
    HeldPhrases {
        notice_stem,
        fragment_kind: CONTAINS.get(first_fragment).map(|(_, k)| *k),
    }
}

// Headings that introduce blocks of links to other pages or products.
const RELATED_HEADINGS: &[&str] = &[
    "related",
    "related articles",
    "related posts",
    "related stories",
    "related products",
    "related items",
    "related content",
    "related reading",
    "similar items",
    "similar products",
    "similar articles",
    "you may also like",
    "you might also like",
    "you may also be interested in",
    "recommended for you",
    "recommended products",
    "recommended articles",
    "customers also viewed",
    "customers also bought",
    "customers who viewed this item also viewed",
    "customers who bought this item also bought",
    "people who viewed this item also viewed",
    "people also viewed",
    "frequently bought together",
    "recently viewed",
    "recently viewed items",
    "more from this seller",
    "suggested topics",
    "customer reviews",
    "write a review",
    "ratings reviews",
    "ratings and reviews",
    "reviews and ratings",
    "similar topics",
    "similar threads",
    "related topics",
    "related threads",
    "related questions",
    "hot network questions",
    "more to explore",
    "more stories",
    "more articles",
    "read next",
    "popular posts",
    "popular articles",
    "latest posts",
    "latest news",
    "trending",
    "trending now",
    "most popular",
    "most read",
    "das könnte sie auch interessieren",
    "ähnliche artikel",
    "ähnliche produkte",
    "weitere artikel",
    "à lire aussi",
    "articles similaires",
    "produits similaires",
    "vous aimerez aussi",
    "artículos relacionados",
    "productos relacionados",
    "también te puede interesar",
    "articoli correlati",
    "prodotti correlati",
    "gerelateerde artikelen",
    "neueste artikel",
    "neueste beiträge",
    "interessante artikel",
    "verwandte artikel",
    "verwandte themen",
    "verwandte themenbereiche",
    "verwandte beiträge",
    "ähnliche posts",
    "related links",
    "related reads",
    "related guides",
    "more like this",
    "explore related questions",
    "related searches",
    "weitere beiträge",
    "ähnliche beiträge",
    "contenido relacionado",
    "noticias relacionadas",
    "te puede interesar",
    "también te puede gustar",
    "sur le même sujet",
    "dans la même rubrique",
    "à lire également",
    "notizie correlate",
    "potrebbe interessarti anche",
    "podobne artykuły",
    "powiązane artykuły",
    "najnowsze artykuły",
    "artigos relacionados",
    "notícias relacionadas",
    "veja também",
    "leia também",
    "à découvrir",
    "articles les plus lus",
    "videos zum thema",
    "les plus lus",
    "mehr themen",
    "weitere themen",
    "ähnliche themen",
    "empfohlene beiträge",
    "empfohlene artikel",
    "zum weiterlesen",
    "weitere informationen",
    "weiterführende informationen",
    "weiterführende links",
    "weitere infos",
    "więcej informacji",
    "plus d informations",
    "ulteriori informazioni",
    "meer informatie",
    "further information",
    "das könnte dich auch interessieren",
    "meistgelesen",
    "meistgelesene artikel",
    "polecamy",
    "zobacz również",
    "najczęściej czytane",
    "lo más leído",
    "más leídas",
    "le più lette",
    "most viewed",
    "top stories",
    "recent posts",
    "recent articles",
    "latest articles",
    "other stories",
    "you may also enjoy",
    "further reading",
    "explore further",
    "相关文章",
    "相关阅读",
    "相关新闻",
    "推荐阅读",
    "関連記事",
    "おすすめ記事",
    "читайте также",
    "похожие статьи",
    "اقرأ أيضا",
    "مقالات ذات صلة",
    "الأكثر قراءة",
    "ข่าวที่เกี่ยวข้อง",
    "บทความที่เกี่ยวข้อง",
    "כתבות נוספות",
    "כתבות קשורות",
];

// Openings of short headings over links to more pages of the site
// ("More from Science", "Mehr aus Thüringen", "Más sobre economía").
const RELATED_HEADING_PREFIXES: &[&str] = &[
    "more from ",
    "more in ",
    "more stories from ",
    "mehr aus ",
    "mehr zu ",
    "mehr zum ",
    "mehr von ",
    "weitere beiträge ",
    "weitere artikel ",
    "weitere nachrichten ",
    "weitere aktuelle ",
    "weitere informationen zum ",
    "weitere informationen zur ",
    "weitere tipps ",
    "entdecke weitere ",
    "entdecken sie weitere ",
    "más sobre ",
    "más noticias ",
    "plus d articles ",
    "autres articles ",
    "altri articoli ",
    "więcej z ",
    "więcej o ",
];

// Headings over an author's or reviewer's biography, after the article.
const AUTHOR_BIO_HEADINGS: &[&str] = &[
    "about the author",
    "about the authors",
    "about the reviewer",
    "about the writer",
    "meet the author",
    "über den autor",
    "über die autorin",
    "über die autoren",
    "zum autor",
    "zur autorin",
    "à propos de l auteur",
    "à propos de l autrice",
    "sobre el autor",
    "sobre la autora",
    "sobre o autor",
    "sull autore",
    "o autorze",
    "over de auteur",
];

// Headings of cookie-consent and privacy-preference panels.
const CONSENT_HEADINGS: &[&str] = &[
    "privacy overview",
    "privacy preferences",
    "privacy preference center",
    "cookie settings",
    "cookie preferences",
    "manage cookies",
    "manage consent",
    "manage consent preferences",
    "we value your privacy",
    "cookie einstellungen",
    "datenschutzeinstellungen",
    "paramètres des cookies",
    "gestion des cookies",
    "configuración de cookies",
    "ustawienia plików cookie",
];

/// The kind of section a heading introduces when that section is not part
/// of the content: "related" (links to other pages), "author-bio",
/// "consent" (cookie panels).
pub fn dropped_section_kind(text: &str) -> Option<&'static str> {
    // Most texts asked about are paragraphs, far longer than any heading.
    if has_more_words(text, *MAX_SECTION_HEADING_WORDS) {
        return None;
    }
    // Every heading named opens with one of a few words (a prefix with a
    // whole word): one look-up rules out most texts.
    let first = words(text).next()?;
    if !SECTION_HEADING_FIRST_WORDS.contains(crate::ascii::lowercase(first).as_ref()) {
        return None;
    }
    let words = words_of(text);
    let bare = words.join(" ");
    if is_related_heading(words.len(), &bare) {
        Some("related")
    } else if AUTHOR_BIO_HEADINGS.contains(&bare.as_str()) {
        Some("author-bio")
    } else if CONSENT_HEADINGS.contains(&bare.as_str()) {
        Some("consent")
    } else {
        None
    }
}

/// The first words of the headings [`dropped_section_kind`] names (and of
/// the prefixes of related headings, each a whole word or more).
static SECTION_HEADING_FIRST_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| {
        RELATED_HEADINGS
            .iter()
            .chain(RELATED_HEADING_PREFIXES)
            .chain(AUTHOR_BIO_HEADINGS)
            .chain(CONSENT_HEADINGS)
            .filter_map(|h| h.split(' ').next())
            .collect()
    });

/// Most words of a heading [`dropped_section_kind`] can name (a related
/// heading by its prefix has at most 6).
static MAX_SECTION_HEADING_WORDS: LazyLock<usize> = LazyLock::new(|| {
    RELATED_HEADINGS
        .iter()
        .chain(AUTHOR_BIO_HEADINGS)
        .chain(CONSENT_HEADINGS)
        .map(|h| words_of(h).len())
        .chain([6])
        .max()
        .unwrap_or(usize::MAX)
});

// Whether a text holds more than `max` words as [`words_of`] splits them,
// without splitting past the limit.
fn has_more_words(text: &str, max: usize) -> bool {
    words(text).nth(max).is_some()
}

/// Most words of a lone skip link ("Skip to main navigation").
const MAX_SKIP_LINK_WORDS: usize = 4;

// The jump links for keyboard users, alone or run together ("Skip to
// Navigation", "Skip to content Go to search Go to footer"): no sentence
// punctuation, and short or made of several "to" links. ("Skip to step 4
// if you have the key, ..." is an instruction.)
fn is_skip_links(lower: &str) -> bool {
    lower.starts_with("skip to ")
        && !lower.contains([',', '.', ';', '?', '!'])
        && (lower.split_whitespace().count() <= MAX_SKIP_LINK_WORDS
            || lower.matches(" to ").count() + usize::from(lower.starts_with("to ")) >= 2)
}

/// Most words of the phrase a repeated-phrase line repeats.
const MAX_REPEATED_PHRASE_WORDS: usize = 4;
/// Fewest times the phrase comes in a repeated-phrase line.
const MIN_PHRASE_REPEATS: usize = 3;

// A line that is one short phrase over and over ("Book Now * Book Now *
// Book Now", "Sold Out Sold Out Sold Out", a font specimen's "word word
// word"): a ticker, a row of labels or a placeholder, never a sentence.
fn is_repeated_phrase(t: &str) -> bool {
    // The first words; a line of fewer words than a ticker needs is none
    // (most lines are told apart by the word after the first period).
    let mut head: [&str; MIN_REPEATED_LINE_WORDS] = [""; MIN_REPEATED_LINE_WORDS];
    let mut n = 0usize;
    for (slot, w) in head.iter_mut().zip(t.split_whitespace()) {
        *slot = w;
        n += 1;
    }
    if n < MIN_REPEATED_LINE_WORDS {
        return false;
    }
    let [first, ..] = head;
    (1..=MAX_REPEATED_PHRASE_WORDS).any(|period| {
        // The phrase must open again right after its first round.
        let again = head
            .get(period)
            .is_some_and(|w| w.eq_ignore_ascii_case(first));
        if !again {
            return false;
        }
        let mut n = 0usize;
        for (i, w) in t.split_whitespace().enumerate() {
            let same = head
                .get(i % period)
                .is_some_and(|f| f.eq_ignore_ascii_case(w));
            if !same {
                return false;
            }
            n = i + 1;
        }
        n >= MIN_PHRASE_REPEATS * period
    })
}

/// Fewest words of a repeated-phrase line (more than the longest phrase,
/// so that the word after its first round is among them).
const MIN_REPEATED_LINE_WORDS: usize = 2 * MAX_REPEATED_PHRASE_WORDS - 2;
const _: () = assert!(MIN_REPEATED_LINE_WORDS > MAX_REPEATED_PHRASE_WORDS);

/// Fewest words of a note opened by a note mark.
const MIN_NOTE_WORDS: usize = 3;

// A note opened by a dagger-like mark ("† New subscribers only...",
// "◊ Financing subject to credit approval", "Δ Trade-in credit...") or a
// caret-and-space back link ("^ \"Title\". Publisher. Archived..."): the fine
// print and reference notes under a page, keyed to marks in its text.
fn is_marked_note(t: &str) -> bool {
    let mut chars = t.chars();
    let marked = match chars.next() {
        Some('†' | '‡' | '◊') => true,
        // A Greek word opens with a capital delta too.
        Some('Δ') => chars
            .next()
            .is_some_and(|c| !matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}')),
        Some('^') => chars.next().is_some_and(char::is_whitespace),
        _ => false,
    };
    marked && chars.as_str().split_whitespace().count() >= MIN_NOTE_WORDS
}

/// Whether a heading introduces a "related items" section.
pub fn related_section_heading(text: &str) -> bool {
    let words = words_of(text);
    is_related_heading(words.len(), &words.join(" "))
}

// [`related_section_heading`] of a heading's words (how many, and joined by
// single spaces).
fn is_related_heading(words: usize, bare: &str) -> bool {
    RELATED_HEADINGS.contains(&bare)
        || words <= 6
            && RELATED_HEADING_PREFIXES
                .iter()
                .any(|p| bare.starts_with(p) || bare == p.trim_end())
}

/// Text made of machine tokens (ids, hashes, encoded data) rather than words:
/// most of its characters sit in very long unbroken ASCII tokens (scripts
/// written without spaces, like Chinese or Thai, make long tokens too).
pub fn is_token_junk(text: &str) -> bool {
    // Without a run of over 30 ASCII bytes that are no whitespace there is
    // no long ASCII token; one pass over bytes spares splitting every text.
    if !has_long_ascii_run(text.as_bytes(), 30) {
        return false;
    }
    let mut total = 0usize;
    let mut long = 0usize;
    for w in text.split_whitespace() {
        let n = w.chars().count();
        total += n;
        if n > 30 && w.is_ascii() && !w.contains("://") {
            long += n;
        }
    }
    total >= 30 && long * 2 > total
}

// Whether the bytes hold a run of more than `max` printable ASCII bytes
// with no whitespace between them (control bytes other than whitespace
// count as printable, as `split_whitespace` keeps them in words). A window
// of `max + 1` bytes is read from its end back: a byte that breaks the run
// moves the window past it, so that most bytes of a text are never read.
fn has_long_ascii_run(bytes: &[u8], max: usize) -> bool {
    let in_run = |b: u8| b.is_ascii() && !matches!(b, b' ' | b'\t'..=b'\r');
    let need = max + 1;
    // The window starts at `start`; the bytes before `good_until` from
    // `start` on are known to be in a run.
    let mut start = 0usize;
    let mut good_until = 0usize;
    loop {
        let end = start + need;
        let Some(window) = bytes.get(good_until.max(start)..end) else {
            return false;
        };
        match window.iter().rposition(|&b| !in_run(b)) {
            None => return true,
            Some(k) => {
                start = good_until.max(start) + k + 1;
                good_until = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_times_read_alike_in_html_and_text() {
        // One list of words for both paths: what a page's line is, a text
        // dump's line is too.
        for label in [
            "5 min read",
            "4 minuut leestijd",
            "7 минут чтения",
            "3 minuter read",
        ] {
            assert!(is_reading_time(&label.to_lowercase()), "{label}");
            assert!(crate::phrases::is_reading_time(label), "{label}");
        }
        assert!(!is_reading_time("5 minutes ago"));
    }

    #[test]
    fn prefix_kind_is_the_first_listed_prefix() {
        for (p, _) in PREFIX {
            let line = format!("{p} and more words");
            let want = PREFIX
                .iter()
                .find(|(q, _)| line.starts_with(q))
                .map(|(_, k)| *k);
            assert_eq!(prefix_kind(&line), want, "{line}");
        }
        assert_eq!(prefix_kind("nothing to see"), None);
    }

    #[test]
    fn ui_lines_are_boilerplate() {
        assert_eq!(boilerplate_line("Advertisement"), Some("ad"));
        assert_eq!(boilerplate_line("  Read more »"), Some("cta"));
        assert_eq!(boilerplate_line("© 2024 Example Inc."), Some("copyright"));
        assert_eq!(boilerplate_line("Kommentare (0)"), Some("comments"));
        assert_eq!(boilerplate_line("Gefällt mir:"), Some("share"));
        assert_eq!(
            boilerplate_line("Síguenos en Telegram y Facebook"),
            Some("social")
        );
        assert_eq!(boilerplate_line("Themen die bewegen und verändern"), None);
    }

    #[test]
    fn long_form_consent_lines() {
        let line = "By opting in, you agree to receive our newsletter with news and \
            offers from the shop and its partners. If you change your mind, you can \
            unsubscribe at any time with the link in every email. Please read our privacy \
            notice for more information.";
        assert_eq!(boilerplate_line(line), Some("newsletter"));
        let story = "By opting in to the pilot scheme early, the village secured a \
            grant that paid for new pipes, a pump house and two years of maintenance, \
            which the council had refused to fund for more than a decade despite the \
            petitions of the residents.";
        assert_eq!(boilerplate_line(story), None);
    }

    #[test]
    fn skip_links_but_not_instructions() {
        assert_eq!(boilerplate_line("Skip to Navigation"), Some("nav"));
        assert_eq!(boilerplate_line("Main content"), Some("nav"));
        assert_eq!(
            boilerplate_line("Skip to content Go to Product Search Go to Footer"),
            Some("nav")
        );
        assert_eq!(
            boilerplate_line("Skip to step 4 without step 2, and the build fails."),
            None
        );
        assert_eq!(
            boilerplate_line("Skip to the last section if you have already set up the router"),
            None
        );
    }

    #[test]
    fn one_phrase_over_and_over_is_a_ticker() {
        assert_eq!(
            boilerplate_line("Book Now * Book Now * Book Now * Book Now"),
            Some("repeated-phrase")
        );
        assert_eq!(
            boilerplate_line("Sold Out Sold Out Sold Out"),
            Some("repeated-phrase")
        );
        assert_eq!(boilerplate_line("Yes, yes, yes, yes!"), None);
        assert_eq!(boilerplate_line("Go go go"), None);
        assert_eq!(
            boilerplate_line("Row, row, row your boat, gently down the stream"),
            None
        );
    }

    #[test]
    fn marked_notes_are_fine_print() {
        assert_eq!(
            boilerplate_line("† Offer valid for new subscribers only, one per account."),
            Some("fine-print")
        );
        assert_eq!(
            boilerplate_line("^ \"Annual report 2019\". City council. Retrieved 4 May 2020."),
            Some("fine-print")
        );
        assert_eq!(boilerplate_line("^2 is the square"), None);
        assert_eq!(boilerplate_line("† Sonderedition 2024"), None);
        assert_eq!(boilerplate_line("†Died 12 March"), Some("fine-print"));
        assert_eq!(
            boilerplate_line("ΔSavings based on a six-month term."),
            Some("fine-print")
        );
        assert_eq!(boilerplate_line("Δεν υπάρχουν νέα σχόλια ακόμα"), None);
    }

    #[test]
    fn qa_post_stamps_and_badges() {
        assert_eq!(
            boilerplate_line("asked Feb 11, 2022 at 8:42"),
            Some("post-stamp")
        );
        assert_eq!(
            boilerplate_line("Edited March 2, 2022 by someone"),
            Some("post-stamp")
        );
        assert_eq!(
            boilerplate_line("Last edited: Mar 3, 2022"),
            Some("post-stamp")
        );
        // A sentence that opens with the same word is text.
        assert_eq!(
            boilerplate_line("Answered 3 questions. Then I went home for the day."),
            None
        );
        assert_eq!(boilerplate_line("Edited by Jane Roe"), Some("byline"));
        assert_eq!(
            boilerplate_line("14.2k 1 gold badge 22 silver badges 51 bronze badges"),
            Some("member-card")
        );
        assert_eq!(boilerplate_line("3 Answers"), Some("member-card"));
        assert_eq!(boilerplate_line("Gold"), None);
        assert_eq!(boilerplate_line("Sorted by:"), Some("ui"));
        assert_eq!(boilerplate_line("Reactions: someone"), Some("member-card"));
        assert!(related_section_heading("Explore related questions"));
        assert_eq!(
            boilerplate_line("Please create an account or log in to reply."),
            Some("account")
        );
    }

    #[test]
    fn form_legalese_and_tag_lines() {
        assert_eq!(
            boilerplate_line("By subscribing, you agree to our terms and privacy policy."),
            Some("newsletter")
        );
        assert_eq!(
            boilerplate_line("Oops! Something went wrong. Please try again later."),
            Some("newsletter")
        );
        // The same opening in a sentence of the text.
        assert_eq!(
            boilerplate_line("By clicking the button twice you start the timer again."),
            None
        );
        assert_eq!(
            boilerplate_line("Schlagworte: Solar, Balkon, Winter"),
            Some("tags")
        );
        assert_eq!(dropped_section_kind("Verwandte Beiträge"), Some("related"));
        assert_eq!(
            dropped_section_kind("Weitere aktuelle Themen aus der Region"),
            Some("related")
        );
        assert_eq!(dropped_section_kind("Weitere Schritte"), None);
        assert_eq!(
            boilerplate_line("Already a subscriber? Log in for full access."),
            Some("paywall")
        );
        assert_eq!(
            boilerplate_line("This story is the copyrighted property of the Daily Example."),
            Some("copyright")
        );
        assert_eq!(
            boilerplate_line("Drucken Auf Pinterest merken"),
            Some("tool")
        );
        assert_eq!(boilerplate_line("Älteste zuerst"), Some("ui"));
        assert_eq!(
            boilerplate_line("This entry was posted in News. Bookmark the permalink."),
            Some("tags")
        );
        assert_eq!(boilerplate_line("Kategorie: Garten, Balkon"), Some("tags"));
        assert_eq!(boilerplate_line("Gefällt mir Lade …"), Some("share"));
        assert_eq!(
            boilerplate_line("Never miss a story by signing up to our newsletter!"),
            Some("newsletter")
        );
        assert_eq!(
            boilerplate_line("Les opinions exprimées ici n’engagent que leurs auteurs."),
            Some("copyright")
        );
    }

    #[test]
    fn long_copyright_and_embed_consent() {
        let long = format!(
            "© 2024, Example Herald. This article is the property of the Example Herald. {}",
            "Reprints need the written permission of the editors, in print or online media. "
                .repeat(2)
        );
        assert!(long.chars().count() > 160);
        assert_eq!(boilerplate_line(&long), Some("copyright"));
        assert_eq!(
            boilerplate_line(
                "Dieser Beitrag ist ausgeblendet: Erst mit deinem Einverständnis stellen wir \
                 eine Verbindung zu einer anderen Plattform her und laden den Inhalt. Die \
                 Einstellung kannst du jederzeit wieder ändern."
            ),
            Some("cookie")
        );
        assert_eq!(
            boilerplate_line("ANZEIGE - Heute schon gekocht? Probieren Sie doch:"),
            Some("ad")
        );
        let filing = format!(
            "Der Beitrag wurde am Montag, den 3. März 2025 um 10:12 Uhr veröffentlicht und \
             wurde unter {} abgelegt.",
            "Reisen, Wandern, Ausflüge in der Region, ".repeat(3)
        );
        assert!(filing.chars().count() > 160);
        assert_eq!(boilerplate_line(&filing), Some("tags"));
        assert_eq!(
            boilerplate_line("Posted by Jane on March 3, 2024"),
            Some("dateline")
        );
        assert_eq!(boilerplate_line("Contact us"), Some("nav"));
        assert_eq!(
            boilerplate_line(
                "Secure .gov websites use HTTPS: the lock icon in the address bar shows a safe \
                 connection to the county's site. Enter personal details only on secure \
                 official pages, and check the address first."
            ),
            Some("ui")
        );
        assert_eq!(
            boilerplate_line("Suggested citation: Roe, Jane: A title, Example Blog, 2024/1/2"),
            Some("citation")
        );
        // A long sentence about consent is text.
        assert_eq!(
            boilerplate_line(
                "The court ruled that consent given under pressure is not valid, and the \
                 company now has to delete the data it collected from every user who \
                 signed up before the change in its terms last spring."
            ),
            None
        );
    }

    #[test]
    fn related_headings_and_junk() {
        assert!(related_section_heading("You may also like:"));
        assert!(!related_section_heading("How we tested"));
        assert_eq!(dropped_section_kind("About the Author"), Some("author-bio"));
        assert_eq!(dropped_section_kind("Privacy Overview"), Some("consent"));
        assert_eq!(
            dropped_section_kind("Mehr aus Brandenburg"),
            Some("related")
        );
        assert_eq!(dropped_section_kind("About our clinic"), None);
        assert!(is_token_junk(
            "Sf2f260c3-bf1f-466a-b856-6f031758a086p16207f0d-5442-4472-ad51-162a45a841c3"
        ));
        assert!(!is_token_junk("A normal sentence with normal words in it."));
        // Regression: unspaced scripts are prose, not tokens.
        assert!(!is_token_junk(
            "東京都内では今週、桜が満開を迎えました。上野公園には多くの花見客が訪れました。"
        ));
        assert!(!is_token_junk(
            "กรุงเทพมหานครเป็นเมืองหลวงและนครที่มีประชากรมากที่สุดของประเทศไทย"
        ));
    }

    #[test]
    fn thai_and_hebrew_words_stay_whole() {
        assert_eq!(words_of("ข่าวที่เกี่ยวข้อง"), vec!["ข่าวที่เกี่ยวข้อง"]);
        assert!(related_section_heading("ข่าวที่เกี่ยวข้อง"));
        assert_eq!(boilerplate_line("แชร์"), Some("share"));
        assert_eq!(words_of("שָׁלוֹם עוֹלָם").len(), 2);
    }

    #[test]
    fn caption_texts() {
        assert!(is_caption_text("Abbildung 3: Der Versuchsaufbau im Labor."));
        assert!(is_caption_text("Fig. 2 - The sample under the microscope"));
        assert!(is_caption_text(
            "Marco O., ski star from Switzerland. © AFP / Marco B."
        ));
        assert!(is_caption_text("The harbour at dawn. (Foto: Getty)"));
        assert!(!is_caption_text(
            "Figure 3 shows that the error falls as the sample grows."
        ));
        assert!(!is_caption_text("© 2024 Example Ltd. All rights reserved."));
        assert!(!is_caption_text(
            "The photo was taken at dawn, when the light on the harbour is softest and the boats are still moored."
        ));
    }

    #[test]
    fn reading_times_and_credits() {
        assert_eq!(boilerplate_line("5 min read"), Some("reading-time"));
        assert_eq!(boilerplate_line("11 minut czytania"), Some("reading-time"));
        assert_eq!(boilerplate_line("Foto: dpa"), Some("credit"));
        assert_eq!(
            boilerplate_line("We read for 5 minutes every night before bed."),
            None
        );
    }

    #[test]
    fn bylines_and_symbols() {
        assert_eq!(boilerplate_line("By Jane Doe"), Some("byline"));
        assert_eq!(
            boilerplate_line("Edited by Sam Lee and Ann Ray"),
            Some("byline")
        );
        assert_eq!(boilerplate_line("By 2030, emissions must fall."), None);
        assert_eq!(boilerplate_line("by the river"), None);
        assert_eq!(boilerplate_line("★ ★ ★ ★ ★"), Some("symbols"));
    }

    #[test]
    fn member_cards_and_counters() {
        assert_eq!(boilerplate_line("Joined"), Some("member-card"));
        assert_eq!(boilerplate_line("Posts: 1,455"), Some("member-card"));
        assert_eq!(
            boilerplate_line("2,310 posts · Joined 2019"),
            Some("member-card")
        );
        assert_eq!(boilerplate_line("Reaction score"), Some("member-card"));
        assert_eq!(boilerplate_line("12 likes"), Some("member-card"));
        assert_eq!(boilerplate_line("3 days ago"), Some("date"));
        assert_eq!(boilerplate_line("Back to product"), Some("nav"));
        assert_eq!(boilerplate_line("[ edit ]"), Some("tool"));
        assert_eq!(
            boilerplate_line("Members of the board met on Monday."),
            None
        );
        assert_eq!(boilerplate_line("Location of the new store"), None);
        assert_eq!(
            boilerplate_line("Back to the roots of jazz: a short history of swing"),
            None
        );
        assert_eq!(boilerplate_line("Edit"), None);
        assert_eq!(boilerplate_line("2 days"), None);
    }

    #[test]
    fn prose_is_not_boilerplate() {
        assert_eq!(
            boilerplate_line("Read more about the history of the town in the archive."),
            None
        );
        assert_eq!(boilerplate_line("Next, we add the flour."), None);
    }
}

// The line tests' fast paths pinned to their simple definitions (the
// versions they replaced, kept here as the reference).
#[cfg(test)]
mod fast_path_tests {
    use super::*;
    use proptest::prelude::*;

    // The caption test as it was before its ASCII path: the whole text
    // lower-cased first.
    fn ref_is_caption_text(text: &str) -> bool {
        let t = text.trim();
        let words = super::super::dom::TextSize::of(t).words;
        is_bare_credit(t) || ((1..=50).contains(&words) && is_caption_by_lower_case(t))
    }

    proptest! {
        #[test]
        fn caption_test_matches_reference(
            head in "(Fig|FIGURE|Abb|Foto|Bild|Image|Photo|x|\\PC{0,3})[.]?",
            num in "( ?[0-9.]{0,3})",
            sep in "(: |- | \\| |–|, |)",
            body in "[a-zA-Z .,]{0,80}",
            tail in "(\\(Foto: Getty\\)|© AFP|Credit: Jane|photo: x|\\(c\\) 2024|Fuente: EFE|[a-z ]{0,5})",
            pad in "[a-z ]{0,400}",
            after in "[a-z ]{45,66}",
        ) {
            for text in [
                format!("{head}{num}{sep}{body}{tail}"),
                format!("{head}{num}{sep}{body}{pad}{tail}"),
                format!("{body}{tail}"),
                format!("É{body}{tail}"),
                format!("{body}Foto: x{after}"),
                format!("{body}Foto: x{after}é"),
            ] {
                prop_assert_eq!(is_caption_text(&text), ref_is_caption_text(&text), "{:?}", text);
            }
        }
    }

    fn ref_is_repeated_phrase(t: &str) -> bool {
        let mut first: [&str; MAX_REPEATED_PHRASE_WORDS] = [""; MAX_REPEATED_PHRASE_WORDS];
        for (slot, w) in first.iter_mut().zip(t.split_whitespace()) {
            *slot = w;
        }
        if first.iter().any(|w| w.is_empty()) {
            return false;
        }
        (1..=MAX_REPEATED_PHRASE_WORDS).any(|period| {
            let mut n = 0usize;
            for (i, w) in t.split_whitespace().enumerate() {
                let same = first
                    .get(i % period)
                    .is_some_and(|f| f.eq_ignore_ascii_case(w));
                if !same {
                    return false;
                }
                n = i + 1;
            }
            n >= MIN_PHRASE_REPEATS * period && n >= 2 * MAX_REPEATED_PHRASE_WORDS - 2
        })
    }

    fn ref_is_reading_time(lower: &str) -> bool {
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() > 5 || !words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit())) {
            return false;
        }
        words.iter().any(|w| crate::phrases::is_minutes_word(w))
            && words.iter().any(|w| crate::phrases::is_reading_word(w))
    }

    fn ref_is_date_only(lower: &str) -> bool {
        if lower.chars().count() > 60 {
            return false;
        }
        let tokens: Vec<&str> = lower
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        let number = |w: &str| w.chars().all(char::is_numeric);
        let mut dated = false;
        for w in &tokens {
            if MONTH_WORDS.contains(w) {
                dated = true;
            } else if !number(w) && !DATE_FILLER_WORDS.contains(w) {
                return false;
            }
        }
        dated || tokens.iter().any(|w| number(w)) && (lower.contains(':') || numeric_date(lower))
    }

    fn ref_is_member_rank(run: &str) -> bool {
        let words: Vec<&str> = run.split(' ').collect();
        STAFF_ROLES.contains(&run)
            || words.len() <= 3 && words.last().is_some_and(|w| RANK_NOUNS.contains(w))
    }

    fn ref_ui_counter_line(lower: &str) -> Option<&'static str> {
        let bare = lower
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect::<Vec<&str>>();
        if is_badge_tally(&bare) {
            return Some("member-card");
        }
        if bare.is_empty() || bare.len() > 8 {
            return None;
        }
        if bare.len() <= 6 && BACK_LINK_PREFIX.iter().any(|p| lower.starts_with(p)) {
            return Some("nav");
        }
        if bare.as_slice() == ["edit"] && lower.contains('[') {
            return Some("tool");
        }
        if is_ago_date(&bare) {
            return Some("date");
        }
        let number = is_counter_number;
        let numbers = bare.iter().any(|w| number(w));
        let mut all_labels = false;
        for run in bare.split(|w| number(w)).filter(|run| !run.is_empty()) {
            let joined = run.join(" ");
            all_labels = MEMBER_LABELS.contains(&joined.as_str())
                || run.iter().all(|w| MEMBER_LABELS.contains(w))
                || !numbers && ref_is_member_rank(&joined);
            if !all_labels {
                break;
            }
        }
        all_labels.then_some("member-card")
    }

    fn ref_has_long_notice_stem(t: &str) -> bool {
        std::iter::once(&COOKIE_STEM)
            .chain(DISCLOSURE_STEMS)
            .chain(EMBED_CONSENT_STEMS)
            .any(|st| t.to_ascii_lowercase().contains(st))
    }

    fn ref_contained_fragment_kind(lower: &str) -> Option<&'static str> {
        CONTAINS
            .iter()
            .find(|(p, _)| lower.contains(p))
            .map(|(_, k)| *k)
    }

    // A line holding phrases of CONTAINS and the stems.
    fn phrase_line() -> impl Strategy<Value = String> {
        let phrases: Vec<&'static str> = CONTAINS
            .iter()
            .map(|(p, _)| *p)
            .chain([
                COOKIE_STEM,
                "Cookie",
                "COOKIES",
                "coo\u{212A}ie",
                "Affiliate",
                "consent",
            ])
            .chain(DISCLOSURE_STEMS.iter().copied())
            .chain(EMBED_CONSENT_STEMS.iter().copied())
            .chain(["we", "the", "Copyright", "\u{130}", "rights reserved"])
            .collect();
        prop::collection::vec(prop::sample::select(phrases), 0..5).prop_map(|p| p.join(" "))
    }

    fn ref_label_kind(lower: &str) -> Option<&'static str> {
        let bare =
            crate::normalize::collapsed_whitespace(lower.trim_matches(|c: char| !is_word_char(c)));
        EXACT_KIND
            .get(bare.as_ref())
            .copied()
            .or_else(|| joined_ui_labels(&bare))
    }

    fn label_kind(lower: &str) -> Option<&'static str> {
        let trimmed = lower.trim_matches(|c: char| !is_word_char(c));
        if !opens_with_label_word(trimmed) {
            return None;
        }
        let bare = crate::normalize::collapsed_whitespace(trimmed);
        EXACT_KIND
            .get(bare.as_ref())
            .copied()
            .or_else(|| joined_ui_labels(&bare))
    }

    // Labels of EXACT run together, with stray words and separators.
    fn label_line() -> impl Strategy<Value = String> {
        let labels: Vec<&'static str> = EXACT
            .iter()
            .map(|(l, _)| *l)
            .chain(["the", "x", "", "»", "12"])
            .collect();
        (
            prop::collection::vec(
                (
                    prop::sample::select(labels),
                    prop::sample::select(SEPARATORS),
                ),
                1..5,
            ),
            prop::sample::select(&["", " ", "» ", "\u{a0}", "* "][..]),
        )
            .prop_map(|(parts, open)| {
                let body: String = parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect();
                format!("{open}{body}")
            })
    }

    fn ref_has_long_ascii_run(bytes: &[u8], max: usize) -> bool {
        let mut run = 0usize;
        for &b in bytes {
            if b.is_ascii() && !matches!(b, b' ' | b'\t'..=b'\r') {
                run += 1;
                if run > max {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        false
    }

    // Words the line tests look for, in mixed case, with odd letters
    // (KELVIN SIGN, dotted capital I, final sigma) and digits.
    const VOCAB: &[&str] = &[
        "a",
        "A",
        "the",
        "by",
        "By",
        "Book",
        "book",
        "Now",
        "now",
        "*",
        "·",
        "-",
        "|",
        "2",
        "14",
        "1,455",
        "3:59",
        "23.10.2018",
        "2020-03-04",
        "14.2k",
        "k",
        "min",
        "read",
        "5",
        "Posts",
        "posts",
        "Joined",
        "member",
        "Well-known",
        "Member",
        "gold",
        "badges",
        "badge",
        "ago",
        "days",
        "edit",
        "[edit]",
        "Back",
        "to",
        "back to",
        "share",
        "Share",
        "this",
        "Print",
        "Email",
        "Gefällt",
        "mir",
        "Wird",
        "geladen",
        "Kommentare",
        "Teilen",
        "cookie",
        "Cookies",
        "we",
        "use",
        "our",
        "site",
        "accept",
        "affiliate",
        "links",
        "commission",
        "consent",
        "Verbindung",
        "zu",
        "external",
        "content",
        "by",
        "clicking",
        "you",
        "agree",
        "Skip",
        "to",
        "content",
        "March",
        "mars",
        "Updated:",
        "at",
        "am",
        "pm",
        "Monday",
        "©",
        "copyright",
        "all",
        "rights",
        "reserved",
        "Foto:",
        "dpa",
        "asked",
        "Mar",
        "3,",
        "Last",
        "updated",
        "Tags:",
        "\u{212A}",
        "coo\u{212A}ie",
        "\u{130}",
        "İscrivendot\u{130}",
        "ΣΑΣ",
        "Δ",
        "†",
        "^",
        "Read",
        "more",
        "Related",
        "Advertisement",
        "sold",
        "out",
        "Sold",
        "Out",
        "5 min read",
        "Lesezeit:",
        "3",
        "Minuten",
        "Reaction",
        "score",
        "Online",
        "Moderator",
        "Thanks",
        "likes",
        "12",
        "hours",
        "week",
        "newsletter",
        "up",
        "to",
        "our",
    ];
    const SEPARATORS: &[&str] = &[
        " ", " ", " ", "  ", ", ", " * ", "\u{a0}", "\t", ": ", "/", " | ", "\n",
    ];

    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::collection::vec(
                (
                    prop::sample::select(VOCAB),
                    prop::sample::select(SEPARATORS)
                ),
                0..16
            )
            .prop_map(|parts| parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect()),
            "\\PC{0,80}",
            "[a-zA-Z0-9 .,:/-]{0,40}",
        ]
    }

    // A line of member-card labels, ranks, counters and numbers.
    fn counter_line() -> impl Strategy<Value = String> {
        let words: Vec<&'static str> = MEMBER_LABELS
            .iter()
            .chain(STAFF_ROLES)
            .chain(RANK_NOUNS)
            .chain(AGO_UNITS)
            .copied()
            .chain([
                "12",
                "1,455",
                "14.2k",
                "ago",
                "gold",
                "badges",
                "well-known",
                "Senior",
                "·",
                "[edit]",
                "edit",
                "back to",
                "x",
            ])
            .collect();
        prop::collection::vec(
            (
                prop::sample::select(words),
                prop::sample::select(SEPARATORS),
            ),
            0..14,
        )
        .prop_map(|parts| parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
    }

    // A line made of one phrase repeated, in mixed case.
    fn ticker() -> impl Strategy<Value = String> {
        (
            prop::collection::vec(prop::sample::select(VOCAB), 1..5),
            1usize..6,
            prop::sample::select(SEPARATORS),
            any::<bool>(),
        )
            .prop_map(|(phrase, times, sep, tail)| {
                let mut s = vec![phrase.join(" "); times].join(sep);
                if tail {
                    s.push_str(" Book");
                }
                s
            })
    }

    #[test]
    fn ui_counter_line_agrees_on_label_pairs() {
        let vocab: Vec<&str> = MEMBER_LABELS
            .iter()
            .chain(STAFF_ROLES)
            .chain(RANK_NOUNS)
            .chain(AGO_UNITS)
            .chain(BACK_LINK_PREFIX)
            .copied()
            .chain([
                "12",
                "14.2k",
                "k",
                "ago",
                "gold",
                "badges",
                "edit",
                "[edit]",
                "well-known",
                "x",
            ])
            .collect();
        let mut found = 0;
        for a in &vocab {
            for b in &vocab {
                for line in [
                    format!("{a} {b}"),
                    format!("12 {a} · {b} 2019"),
                    format!("{a}: 1,455 {b}"),
                    format!("{a} {b} ago"),
                    format!("{a} {b} 3 {a}"),
                ] {
                    let want = ref_ui_counter_line(&line);
                    found += usize::from(want.is_some());
                    assert_eq!(ui_counter_line(&line), want, "{line}");
                }
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn openings_find_the_first_listed_opening() {
        for list in [
            BYLINE_PREFIX,
            BACK_LINK_PREFIX,
            POST_STAMP_PREFIX,
            FORM_CONSENT_OPENERS,
            FORM_STATUS_OPENERS,
            CREDIT_PREFIX,
            DATELINE_PREFIX,
        ] {
            assert!(list.iter().all(|p| !p.is_empty()));
            let openings = Openings::new(list);
            for p in list.iter().chain(&["", "x", "é", "by", "b"]) {
                for line in [p.to_string(), format!("{p} and more"), format!("{p}:2")] {
                    let want = list.iter().find(|q| line.starts_with(**q)).copied();
                    assert_eq!(openings.find(&line), want, "{line}");
                }
            }
        }
    }

    fn ref_dropped_section_kind(text: &str) -> Option<&'static str> {
        if has_more_words(text, *MAX_SECTION_HEADING_WORDS) {
            return None;
        }
        let bare = words_of(text).join(" ");
        if related_section_heading(text) {
            Some("related")
        } else if AUTHOR_BIO_HEADINGS.contains(&bare.as_str()) {
            Some("author-bio")
        } else if CONSENT_HEADINGS.contains(&bare.as_str()) {
            Some("consent")
        } else {
            None
        }
    }

    #[test]
    fn dropped_section_kind_agrees_on_headings() {
        // The first-word test holds only if each prefix ends with a whole word.
        assert!(RELATED_HEADING_PREFIXES.iter().all(|p| p.ends_with(' ')));
        let headings = RELATED_HEADINGS
            .iter()
            .chain(RELATED_HEADING_PREFIXES)
            .chain(AUTHOR_BIO_HEADINGS)
            .chain(CONSENT_HEADINGS);
        let mut found = 0;
        for h in headings {
            for text in [
                h.to_string(),
                h.to_uppercase(),
                format!("{h}Example"),
                format!("{h} the shop"),
                format!("» {h}:"),
                format!("x {h}"),
                h.replace(' ', "\u{a0}"),
            ] {
                let want = ref_dropped_section_kind(&text);
                found += usize::from(want.is_some());
                assert_eq!(dropped_section_kind(&text), want, "{text}");
            }
        }
        assert!(found > 300, "{found}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn repeated_phrase_agrees(t in prop_oneof![line(), ticker()]) {
            prop_assert_eq!(is_repeated_phrase(&t), ref_is_repeated_phrase(&t));
        }

        #[test]
        fn date_only_agrees(t in line()) {
            let lower = t.to_lowercase();
            prop_assert_eq!(is_date_only(&lower), ref_is_date_only(&lower));
        }

        #[test]
        fn ui_counter_line_agrees(t in prop_oneof![line(), counter_line()]) {
            let lower = t.to_lowercase();
            prop_assert_eq!(ui_counter_line(&lower), ref_ui_counter_line(&lower));
        }

        #[test]
        fn joins_to_is_joining(words in prop::collection::vec("[a b]{0,3}", 0..4), phrase in "[a b]{0,8}") {
            let ws: Vec<&str> = words.iter().map(String::as_str).collect();
            prop_assert_eq!(joins_to(&ws, &phrase), words.join(" ") == phrase);
            prop_assert_eq!(joins_to_any(&ws, &["", "a", &phrase]), words.join(" ") == phrase || ["", "a"].contains(&words.join(" ").as_str()));
        }

        #[test]
        fn words_split_at_non_word_chars(t in prop_oneof![line(), "\\PC{0,40}", "[a-z\u{300}\u{e31}\u{a0} .]{0,20}"]) {
            let want: Vec<&str> = t.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
            prop_assert_eq!(words(&t).collect::<Vec<_>>(), want);
        }

        #[test]
        fn held_phrases_agree(t in prop_oneof![line(), phrase_line()]) {
            let lower = t.to_lowercase();
            let held = held_phrases(&lower);
            prop_assert_eq!(held.notice_stem, ref_has_long_notice_stem(&lower));
            prop_assert_eq!(has_long_notice_stem(&t), ref_has_long_notice_stem(&t));
            prop_assert_eq!(has_long_notice_stem_by_automaton(&t), ref_has_long_notice_stem(&t));
            prop_assert_eq!(held.fragment_kind, ref_contained_fragment_kind(&lower));
        }

        #[test]
        fn label_kind_agrees(t in prop_oneof![line(), label_line()]) {
            let lower = t.to_lowercase();
            prop_assert_eq!(label_kind(&lower), ref_label_kind(&lower));
        }

        #[test]
        fn long_ascii_run_agrees(t in prop_oneof![line(), "[a\u{e9}\t .-]{0,80}", "([a-z]{0,40}[ \u{e9}]){0,4}"], max in 0usize..35) {
            prop_assert_eq!(has_long_ascii_run(t.as_bytes(), max), ref_has_long_ascii_run(t.as_bytes(), max));
        }

        #[test]
        fn dropped_section_kind_agrees(t in prop_oneof![line(), label_line()]) {
            prop_assert_eq!(dropped_section_kind(&t), ref_dropped_section_kind(&t));
        }

        #[test]
        fn reading_time_agrees(t in line()) {
            let lower = t.to_lowercase();
            prop_assert_eq!(is_reading_time(&lower), ref_is_reading_time(&lower));
        }
    }
}
