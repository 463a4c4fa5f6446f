//! Phrase lists shared by the HTML and text heuristics: calls to action, UI
//! labels, share bars, cookie notices, newsletter prompts, advertisement
//! markers, related-article headers, photo credits and comment counters, in
//! several languages (en, de, fr, es, it, pt, nl, pl, ru).
//!
//! Every list holds generic interface wording only — never text of a
//! particular site. Lines are compared after [`fold`]: lower-cased, with
//! punctuation and symbols turned into spaces.

/// A kind of page boilerplate recognised from its wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// "Read more", "Scroll for next", "Subscribe now", "Weiterlesen" ...
    CallToAction,
    /// "Share", "Facebook Twitter Email", "Teilen" ...
    Share,
    /// Cookie banners and their buttons.
    Cookie,
    /// Newsletter sign-up prompts.
    Newsletter,
    /// "Advertisement", "Anzeige", "Publicité" ...
    Advertisement,
    /// Headers and teasers of related-article lists ("Related", "Read more: …").
    Related,
    /// "Photo: X/AFP", "Foto: dpa" ...
    PhotoCredit,
    /// "12 Comments", "Kommentare (3)", "Leave a comment" ...
    Comments,
    /// "© 2025 …", "All rights reserved".
    Copyright,
    /// Interface labels: "Listen to this article", "5 min read", "Print" ...
    UiLabel,
    /// Site navigation labels: "About us", "Privacy policy", "Impressum" ...
    Navigation,
}

impl Kind {
    /// The reason string used in `removed` entries.
    pub fn reason(self) -> &'static str {
        match self {
            Kind::CallToAction => "call-to-action",
            Kind::Share => "share-bar",
            Kind::Cookie => "cookie-notice",
            Kind::Newsletter => "newsletter-prompt",
            Kind::Advertisement => "advertisement",
            Kind::Related => "related-links",
            Kind::PhotoCredit => "photo-credit",
            Kind::Comments => "comment-counter",
            Kind::Copyright => "copyright",
            Kind::UiLabel => "ui-label",
            Kind::Navigation => "navigation",
        }
    }
}

/// Lower-case a line and turn punctuation and symbols into single spaces, so
/// that "Read more »" and "READ MORE:" compare equal to "read more".
pub fn fold(line: &str) -> String {
    RECENT_FOLDS.with(|cell| {
        let mut recent = cell.borrow_mut();
        if let Some((_, folded)) = recent.iter().find(|(l, _)| l == line) {
            return folded.clone();
        }
        let folded = fold_uncached(line);
        // The oldest entry's buffers are reused for the newest.
        let (mut key, mut value) = if recent.len() == FOLD_CACHE_SLOTS {
            recent.pop().unwrap_or_default()
        } else {
            Default::default()
        };
        key.clear();
        key.push_str(line);
        value.clone_from(&folded);
        recent.insert(0, (key, value));
        folded
    })
}

/// The first character of a line's [`fold`] (`None` for an empty fold),
/// without folding the line.
pub fn first_folded_char(line: &str) -> Option<char> {
    line.chars()
        .flat_map(char::to_lowercase)
        .find(|c| c.is_alphanumeric())
}

/// Words of a [`fold`]ed line, as `folded_word_count(&folded)` counts them
/// (one for an empty line): a byte count, vectorised, where the split
/// searched word by word (the rules count the words of every line).
pub fn folded_word_count(folded: &str) -> usize {
    folded.bytes().filter(|&b| b == b' ').count() + 1
}

/// Lines remembered: the rules ask about one line and its neighbours.
const FOLD_CACHE_SLOTS: usize = 4;

thread_local! {
    // The last lines folded and their folds: the per-line rules of text mode
    // fold the same line a dozen times (a hit costs a comparison and a copy;
    // even short lines gain, measured).
    static RECENT_FOLDS: std::cell::RefCell<Vec<(String, String)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn fold_uncached(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = true;
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII byte by byte (most text; the rules fold each line several
        // times): an ASCII letter lower-cases to one ASCII letter.
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b.to_ascii_lowercase()));
            space = false;
            i += 1;
            continue;
        }
        if b.is_ascii() {
            if !space {
                out.push(' ');
                space = true;
            }
            i += 1;
            continue;
        }
        let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        for l in c.to_lowercase() {
            if l.is_alphanumeric() {
                out.push(l);
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whole-line calls to action (compared after [`fold`]).
const CTA_LINES: &[&str] = &[
    // en
    "read more",
    "read more here",
    "read the full story",
    "read full article",
    "read the full article",
    "continue reading",
    "keep reading",
    "scroll for next",
    "scroll for more",
    "scroll to continue",
    "scroll down",
    "scroll to top",
    "back to top",
    "back to blog",
    "contact sales",
    "register now",
    "click here",
    "learn more",
    "find out more",
    "see more",
    "show more",
    "load more",
    "view more",
    "more",
    "next",
    "previous",
    "next article",
    "previous article",
    "next story",
    "subscribe",
    "subscribe now",
    "subscribe today",
    "sign in",
    "sign up",
    "log in",
    "login",
    "log out",
    "register",
    "join now",
    "get the app",
    "download the app",
    "open in app",
    "skip to content",
    "skip to main content",
    "skip navigation",
    "menu",
    "search",
    "close",
    "give feedback",
    "report an error",
    "view comments",
    "show comments",
    "watch now",
    "play video",
    "watch video",
    "listen now",
    "try it free",
    "start free trial",
    "donate",
    "support us",
    "become a member",
    "book now",
    "buy now",
    "shop now",
    "order now",
    "buy on amazon",
    "view on amazon",
    "more info",
    "more details",
    "view details",
    "view all",
    "see all",
    "show all",
    "jump to review",
    "jump to recipe",
    "print recipe",
    "track price",
    "where to buy",
    "submit",
    "get started",
    "get a quote",
    "request a quote",
    // (a service business's header buttons)
    "get a free quote",
    "get your free quote",
    "request a free quote",
    "get a free estimate",
    "request a free estimate",
    "call us",
    "call us today",
    "call now",
    "call today",
    "book an appointment",
    "request an appointment",
    "book a consultation",
    "schedule a consultation",
    "book a demo",
    "request a demo",
    "apply now",
    "enroll now",
    "start course",
    "add to cart",
    "add to basket",
    "add to wishlist",
    // (a product grid's buttons)
    "compare",
    "add to compare",
    "quick view",
    "quick shop",
    "select options",
    "choose options",
    "previous next",
    "table of contents",
    "contents",
    // de
    "jetzt kaufen",
    "in den warenkorb",
    "inhaltsverzeichnis",
    "inhalt",
    "weiterlesen",
    "mehr lesen",
    "mehr",
    "mehr anzeigen",
    "jetzt lesen",
    "jetzt abonnieren",
    "abonnieren",
    "anmelden",
    "registrieren",
    "zurück",
    "weiter",
    "nach oben",
    "zum artikel",
    "zur startseite",
    "hier klicken",
    "artikel lesen",
    // fr
    "lire la suite",
    "lire plus",
    "en savoir plus",
    "voir plus",
    "s abonner",
    "abonnez vous",
    "se connecter",
    "connexion",
    "suivant",
    "précédent",
    "retour en haut",
    "cliquez ici",
    "ajouter au panier",
    "acheter",
    "sommaire",
    // es
    "leer más",
    "lea más",
    "seguir leyendo",
    "ver más",
    "más información",
    "suscríbete",
    "suscribirse",
    "iniciar sesión",
    "regístrate",
    "siguiente",
    "anterior",
    "volver arriba",
    "haz clic aquí",
    "añadir al carrito",
    "comprar",
    "índice",
    // it
    "leggi di più",
    "continua a leggere",
    "leggi tutto",
    "scopri di più",
    "abbonati",
    "accedi",
    "iscriviti",
    "avanti",
    "indietro",
    "torna su",
    "clicca qui",
    "aggiungi al carrello",
    "acquista",
    "indice",
    // pt
    "leia mais",
    "continue lendo",
    "saiba mais",
    "ver mais",
    "assine",
    "assine já",
    "entrar",
    "cadastre se",
    "próximo",
    "voltar ao topo",
    "clique aqui",
    // nl
    "lees meer",
    "lees verder",
    "meer lezen",
    "bekijk meer",
    "abonneren",
    "inloggen",
    "volgende",
    "vorige",
    "terug naar boven",
    "klik hier",
    "in winkelwagen",
    "kopen",
    "inhoud",
    // pl
    "czytaj więcej",
    "czytaj dalej",
    "zobacz więcej",
    "więcej",
    "subskrybuj",
    "zaloguj się",
    "zarejestruj się",
    "dalej",
    "wstecz",
    "kliknij tutaj",
    "kup teraz",
    "dodaj do koszyka",
    "spis treści",
    // ru
    "читать далее",
    "читать дальше",
    "подробнее",
    "показать еще",
    "показать ещё",
    "подписаться",
    "войти",
    "регистрация",
    "далее",
    "назад",
    "наверх",
    "купить",
    "в корзину",
    "содержание",
    // sv
    "läs mer",
    "läs hela artikeln",
    "visa mer",
    "prenumerera",
    "logga in",
    "registrera dig",
    "nästa",
    "föregående",
    "tillbaka till toppen",
    "köp nu",
    "lägg i varukorgen",
    "innehåll",
    // tr
    "devamını oku",
    "daha fazla",
    "daha fazla göster",
    "abone ol",
    "giriş yap",
    "kayıt ol",
    "sonraki",
    "önceki",
    "başa dön",
    "hemen al",
    "sepete ekle",
    "içindekiler",
];

/// A site's language switch: a language's name in that language, alone or
/// with its preposition, is a link to the page in another language.
const LANGUAGE_SWITCH_LINES: &[&str] = &[
    "english",
    "in english",
    "español",
    "en español",
    "deutsch",
    "auf deutsch",
    "français",
    "en français",
    "italiano",
    "in italiano",
    "português",
    "em português",
    "nederlands",
    "polski",
    "русский",
    "українська",
    "türkçe",
    "svenska",
    "dansk",
    "norsk",
    "suomi",
    "čeština",
    "magyar",
    "română",
    "ελληνικά",
    "日本語",
    "中文",
    "简体中文",
    "繁體中文",
    "한국어",
    "tiếng việt",
    "bahasa indonesia",
    "العربية",
    "עברית",
];

/// Whole-line labels of site navigation and footers.
const NAV_LINES: &[&str] = &[
    "home",
    "about",
    "about us",
    "contact",
    "contact us",
    "careers",
    "jobs",
    "blog",
    "faq",
    "help",
    "sitemap",
    "site map",
    "privacy",
    "privacy policy",
    "privacy notice",
    "cookie policy",
    "terms",
    "terms of service",
    "terms of use",
    "terms and conditions",
    "accessibility",
    "advertise",
    "advertise with us",
    "press",
    "imprint",
    "legal notice",
    "impressum",
    "datenschutz",
    "datenschutzerklärung",
    "kontakt",
    "über uns",
    "agb",
    "mentions légales",
    "nous contacter",
    "qui sommes nous",
    "aviso legal",
    "política de privacidad",
    "contacto",
    "quiénes somos",
    "chi siamo",
    "contatti",
    "note legali",
    "fale conosco",
    "quem somos",
    "sobre nós",
    "colofon",
    "over ons",
    "polityka prywatności",
    "kontakt z nami",
    "o nas",
    "контакты",
    "о нас",
];

/// Opening words of a short call to action ("Click here to subscribe",
/// "Follow us on Instagram", "Scroll for next article").
const CTA_PREFIXES: &[&str] = &[
    "check price",
    "check prices",
    "see price",
    "view price",
    "compare prices",
    "buy on",
    "buy at",
    "buy from",
    "shop at",
    "view on",
    "check availability",
    "check their rates",
    "jump to",
    "click here",
    "tap here",
    "scroll for",
    "scroll to",
    "subscribe to",
    "subscribe for",
    "follow us",
    "like us on",
    "download our",
    "download the",
    "get our app",
    "sign up to",
    "sign in to",
    "log in to",
    "continue reading",
    "read more about",
    "folgen sie uns",
    "jetzt abonnieren",
    "hier klicken",
    "suivez nous",
    "cliquez ici",
    "síguenos",
    "haz clic",
    "seguici",
    "clicca qui",
    "siga nos",
    "clique aqui",
    "volg ons",
    "klik hier",
    "obserwuj nas",
    "kliknij",
    "подписывайтесь",
    "читайте нас",
];

/// Words of a share bar: a line made only of these is one.
const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "sharing",
    "this",
    "article",
    "story",
    "post",
    "page",
    "on",
    "via",
    "facebook",
    "twitter",
    "x",
    "email",
    "e",
    "mail",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "telegram",
    "messenger",
    "tumblr",
    "xing",
    "vk",
    "flipboard",
    "bluesky",
    "threads",
    "print",
    "copy",
    "link",
    "copied",
    "url",
    "sms",
    "tweet",
    "pin",
    "teilen",
    "artikel",
    "drucken",
    "kopieren",
    "partager",
    "partagez",
    "imprimer",
    "compartir",
    "comparte",
    "imprimir",
    "enlace",
    "copiar",
    "condividi",
    "stampa",
    "compartilhe",
    "compartilhar",
    "delen",
    "deel",
    "printen",
    "udostępnij",
    "facebooku",
    "twitterze",
    "drukuj",
    "поделиться",
    "печать",
    "分享到",
    "分享",
    "微信",
    "微博",
    "qq",
    "シェアする",
    "シェア",
    "ツイート",
    "はてブ",
    "line",
    // prepositions and determiners of "Share on …" / "Deel dit artikel"
    "sur",
    "su",
    "auf",
    "en",
    "op",
    "na",
    "em",
    "no",
    "dit",
    "cet",
    "diesen",
    "questo",
    "este",
    "esta",
    "por",
    "in",
    "w",
];

/// Share-bar words that name a network or action; a share bar has one.
const SHARE_TARGETS: &[&str] = &[
    "share",
    "facebook",
    "twitter",
    "email",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "telegram",
    "messenger",
    "flipboard",
    "bluesky",
    "tweet",
    "teilen",
    "partager",
    "partagez",
    "compartir",
    "comparte",
    "condividi",
    "compartilhe",
    "compartilhar",
    "delen",
    "deel",
    "udostępnij",
    "поделиться",
    "分享到",
    "分享",
    "微信",
    "微博",
    "シェアする",
    "シェア",
    "ツイート",
];

/// Whole-line advertisement markers.
const AD_LINES: &[&str] = &[
    "advertisement",
    "advertising",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "paid content",
    "paid post",
    "promoted",
    "partner content",
    "story continues below advertisement",
    "article continues below advertisement",
    "article continues below",
    "story continues below",
    "continue reading below",
    "continue reading the main story",
    "content continues below",
    "skip advertisement",
    "remove ads",
    "anzeige",
    "werbung",
    "gesponsert",
    "publicité",
    "publicite",
    "sponsorisé",
    "publicidad",
    "patrocinado",
    "pubblicità",
    "sponsorizzato",
    "publicidade",
    "advertentie",
    "gesponsord",
    "reklama",
    "materiał sponsorowany",
    "реклама",
];

/// Whole-line headers of related-article lists.
const RELATED_LINES: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related content",
    "related coverage",
    "related news",
    "related posts",
    "related topics",
    "related reading",
    "see also",
    "also read",
    "read also",
    "read next",
    "up next",
    "more stories",
    "more news",
    "more on this story",
    "more on this topic",
    "more from",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "recommended",
    "recommended for you",
    "recommended stories",
    "most read",
    "most popular",
    "most viewed",
    "popular",
    "popular stories",
    "trending",
    "trending now",
    "top stories",
    "recent posts",
    "recent articles",
    "latest posts",
    "popular posts",
    "latest articles",
    "latest news",
    "latest stories",
    "also in the news",
    "other news",
    "more top stories",
    "more articles",
    "more posts",
    "more to read",
    "more to explore",
    "more like this",
    "related reads",
    "similar articles",
    "you might also enjoy",
    "you may also enjoy",
    "you may also be interested in",
    "editor s picks",
    "mehr zum thema",
    "mehr zum thema lesen",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "das thema könnte dich auch interessieren",
    "das thema könnte sie auch interessieren",
    "die meistgelesenen artikel",
    "meistgelesene artikel",
    "themen in diesem artikel",
    "weitere themen",
    "auch interessant",
    "lesen sie auch",
    "meistgelesen",
    "empfehlungen",
    "weitere artikel",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "sur le même sujet",
    "dans la même rubrique",
    "pour approfondir",
    "à lire également",
    "lire également",
    "à voir aussi",
    "les plus lus",
    "articles liés",
    "vous aimerez aussi",
    "noticias relacionadas",
    "artículos relacionados",
    "te puede interesar",
    "lea también",
    "le puede interesar",
    "lo más leído",
    "también te puede interesar",
    "leggi anche",
    "articoli correlati",
    "potrebbe interessarti",
    "i più letti",
    "leia também",
    "veja também",
    "notícias relacionadas",
    "mais lidas",
    "lees ook",
    "meer over dit onderwerp",
    "meest gelezen",
    "gerelateerde artikelen",
    "czytaj też",
    "czytaj także",
    "zobacz też",
    "zobacz także",
    "najczęściej czytane",
    "читайте также",
    "похожие статьи",
    "самое читаемое",
    "по теме",
    "más noticias",
    "weitere nachrichten",
    "plus d actualités",
    "altre notizie",
    "meer nieuws",
    "mais notícias",
    "相关阅读",
    "相关文章",
    "相关新闻",
    "推荐阅读",
    "热门文章",
    "関連記事",
    "おすすめ記事",
    "人気記事",
];

/// Opening words of an inline teaser ("Read more: Headline of another story").
const RELATED_PREFIXES: &[&str] = &[
    "read more",
    "related",
    "see also",
    "also read",
    "read also",
    "more from",
    "lesen sie auch",
    "mehr zum thema",
    "auch interessant",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lea también",
    "lee también",
    "lea más",
    "leggi anche",
    "leia também",
    "veja também",
    "lees ook",
    "czytaj też",
    "czytaj także",
    "zobacz też",
    "читайте также",
];

/// Whole-line interface labels.
const UI_LINES: &[&str] = &[
    // (labels of a post's tags and of a table of contents, a search box,
    // an answer form, an expander, and the "[email protected]" placeholder
    // of an address hidden from bots)
    "tags",
    "on this page",
    // (a WordPress theme's mobile menu toggle)
    "select page",
    "in this article",
    "toggle",
    "search for",
    "your answer",
    "collapsed expand all",
    "email protected",
    // (a dialog's close button, the "or" between two buttons, player and
    // chat controls, and the badges of a shop's items)
    "x",
    "or",
    "live chat",
    "embed",
    "play",
    "view transcript",
    "top rated",
    "new arrival",
    "listen to this article",
    "listen",
    // (a forum thread's tool menus and a post's buttons)
    "thread tools",
    "search this thread",
    "display modes",
    "rate this thread",
    "show printable version",
    "post options",
    "view public profile",
    "imprimer",
    "drucken",
    "stampa",
    "imprimir",
    "afdrukken",
    "drukuj",
    "печать",
    "pin it",
    "épingler",
    "epingler",
    "rate this recipe",
    "rate this article",
    "notez cette recette",
    "rezept bewerten",
    "valuta questa ricetta",
    "valora esta receta",
    "beoordeel dit recept",
    "print",
    "print this page",
    "save",
    "save article",
    "saved",
    "bookmark",
    "font size",
    "text size",
    "gift this article",
    "copy link",
    "link copied",
    "image",
    "video",
    "audio",
    "gallery",
    "photo",
    "expand",
    "collapse",
    "toggle navigation",
    "pdf version",
    "click to enlarge",
    "enlarge",
    "zum vergrößern klicken",
    "zum vergrößern auf das bild klicken",
    "vergrößern",
    "agrandir",
    "ampliar",
    "ingrandisci",
    "artikel anhören",
    "vorlesen",
    "merken",
    "écouter cet article",
    "écouter",
    "escuchar",
    "escuchar artículo",
    "ascolta",
    "ouvir",
    "luisteren",
    "posłuchaj",
    "слушать",
];

/// Whole-line cookie-banner buttons and titles.
const COOKIE_LINES: &[&str] = &[
    "accept",
    "accept all",
    "accept cookies",
    "accept all cookies",
    "reject all",
    "decline",
    "i agree",
    "agree",
    "got it",
    "ok got it",
    "manage preferences",
    "manage cookies",
    "cookie settings",
    "cookie policy",
    "privacy settings",
    "we value your privacy",
    "alle akzeptieren",
    "akzeptieren",
    "ablehnen",
    "einstellungen",
    "tout accepter",
    "accepter",
    "refuser",
    "tout refuser",
    "aceptar",
    "aceptar todo",
    "rechazar",
    "accetta",
    "accetta tutto",
    "rifiuta",
    "aceitar",
    "aceitar todos",
    "rejeitar",
    "accepteren",
    "alles accepteren",
    "weigeren",
    "akceptuję",
    "zaakceptuj wszystkie",
    "odrzuć",
    "принять",
    "принять все",
];

/// Words that, next to "cookie", mark a cookie notice.
const COOKIE_CONTEXT: &[&str] = &[
    "we use",
    "this site",
    "this website",
    "our site",
    "our website",
    "accept",
    "consent",
    "continuing",
    "browsing",
    "privacy",
    "experience",
    "verwendet",
    "verwenden",
    "nutzt",
    "nutzen",
    "einwilligung",
    "zustimmung",
    "datenschutz",
    "utilise",
    "utilisons",
    "consentement",
    "accepter",
    "utiliza",
    "utilizamos",
    "usamos",
    "aceptar",
    "consentimiento",
    "utilizza",
    "utilizziamo",
    "consenso",
    "gebruikt",
    "gebruiken",
    "toestemming",
    "używa",
    "używamy",
    "zgod",
    "использует",
    "используем",
    "согласие",
];
static COOKIE_CONTEXT_SET: Phrases = Phrases::new(COOKIE_CONTEXT);

/// Words that, next to "newsletter" (or "inbox"), mark a sign-up prompt.
const NEWSLETTER_CONTEXT: &[&str] = &[
    "sign up",
    "signup",
    "subscribe",
    "subscribing",
    "inbox",
    "email",
    "delivered",
    "get our",
    "join",
    "register",
    "abonnieren",
    "receive",
    "anmelden",
    "bestellen",
    "inscrivez",
    "inscrire",
    "abonnez",
    "recevez",
    "suscríbete",
    "suscribirse",
    "recibe",
    "iscriviti",
    "ricevi",
    "assine",
    "inscreva",
    "receba",
    "aanmelden",
    "abonneer",
    "ontvang",
    "zapisz",
    "subskrybuj",
    "zamów",
    "подпишитесь",
    "подписаться",
];
static NEWSLETTER_CONTEXT_SET: Phrases = Phrases::new(NEWSLETTER_CONTEXT);

/// Opening words of a photo credit ("Photo: X/AFP", "Foto: dpa").
const PHOTO_CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photography",
    "picture",
    "pictures",
    "image",
    "images",
    "credit",
    "credits",
    "illustration",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "bildquelle",
    "crédit",
    "crédits",
    "crédito",
    "créditos",
    "immagine",
    "afbeelding",
    "beeld",
    "zdjęcie",
    "fot",
    "фото",
    "снимок",
];

/// Words for "comment(s)" in the supported languages.
pub(crate) const COMMENT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "commento",
    "commenti",
    "comentário",
    "comentários",
    "reactie",
    "reacties",
    "komentarz",
    "komentarze",
    "komentarzy",
    "комментарий",
    "комментарии",
    "комментариев",
    "комментария",
];

/// Whole-line headers of comment sections.
const COMMENT_LINES: &[&str] = &[
    "leave a comment",
    "leave a reply",
    "add a comment",
    "post a comment",
    "join the conversation",
    "join the discussion",
    "show comments",
    "view comments",
    "be the first to comment",
    "发表评论",
    "写评论",
    "コメントを書く",
    "コメントする",
    "kommentar schreiben",
    "laisser un commentaire",
    "deja un comentario",
    "lascia un commento",
    "deixe um comentário",
    "laat een reactie achter",
    "dodaj komentarz",
    "оставить комментарий",
    "reply",
    "reply to comment",
    "reply to this",
    "reader interactions",
    "load all comments",
    "load more comments",
    "show more comments",
    "view all comments",
    "flag as inappropriate",
    "report comment",
    "antworten",
    "répondre",
    "responder",
    "rispondi",
    "beantwoorden",
    "odpowiedz",
    "ответить",
];

/// Buttons under a post or comment that answer or quote it: not a comment
/// section of its own (a forum thread shows one under every post).
const REPLY_BUTTONS: &[&str] = &[
    "reply",
    "reply to comment",
    "reply to this",
    "quote",
    "report",
    "antworten",
    "zitieren",
    "melden",
    "répondre",
    "citer",
    "signaler",
    "responder",
    "citar",
    "rispondi",
    "cita",
    "beantwoorden",
    "citeren",
    "odpowiedz",
    "cytuj",
    "ответить",
    "цитировать",
    "回复",
    "返信",
];

/// A reply or quote button ("Reply", "Quote", "Antworten").
pub fn is_reply_button(line: &str) -> bool {
    is_reply_button_folded(&fold(line))
}

/// [`is_reply_button`] of a line's [`fold`].
pub fn is_reply_button_folded(folded: &str) -> bool {
    REPLY_BUTTONS.contains(&folded)
}

/// Nouns of the counters printed around posts and products ("212 posts",
/// "Aufrufe: 842", "4.8 from 312 votes"), after [`fold`].
/// Nouns of a reaction button with its count, in the singular: a counter
/// only as "N noun" alone ("1 Reply", "3 Like"), since "like" and "share"
/// are common words.
const COUNTER_SINGULARS: &[&str] = &[
    "reply", "like", "comment", "share", "view", "vote", "answer", "reaction",
];

const COUNTER_NOUNS: &[&str] = &[
    "posts",
    "post",
    "replies",
    "views",
    "votes",
    "likes",
    "comments",
    "members",
    "reviews",
    "ratings",
    "followers",
    "shares",
    "points",
    "answers",
    "messages",
    "topics",
    "threads",
    "downloads",
    "reactions",
    "beiträge",
    "antworten",
    "aufrufe",
    "bewertungen",
    "kommentare",
    "mitglieder",
    "réponses",
    "vues",
    "avis",
    "commentaires",
    "mensajes",
    "respuestas",
    "visitas",
    "votos",
    "valoraciones",
    "comentarios",
    "messaggi",
    "risposte",
    "visite",
    "voti",
    "commenti",
    "berichten",
    "reacties",
    "weergaven",
    "posty",
    "odpowiedzi",
    "wyświetlenia",
    "komentarze",
    "сообщений",
    "сообщения",
    "ответов",
    "ответы",
    "просмотров",
    "просмотры",
    "respostas",
    "visualizações",
    "回复",
    "浏览",
    "阅读",
    "返信",
    "閲覧",
];

/// A line of post or product counters: every segment (split at `·`, `|`,
/// `•` or `;`) is a figure with a counter noun ("Beiträge: 154") or a
/// word or two beside one ("Member · 212 posts").
pub fn is_counter_line(line: &str) -> bool {
    // (A counter needs a figure of ASCII digits: lines without one are
    // settled before their segments are folded.)
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut counters = 0usize;
    let mut segments = 0usize;
    for seg in line.split(['·', '|', '•', ';']) {
        let folded = fold(seg);
        if folded.is_empty() {
            continue;
        }
        segments += 1;
        let words: Vec<&str> = folded.split(' ').collect();
        let has_number = words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()));
        let has_noun = words.iter().any(|w| COUNTER_NOUNS.contains(w))
            || matches!(words.as_slice(), [n, noun]
                if n.bytes().all(|b| b.is_ascii_digit()) && COUNTER_SINGULARS.contains(noun));
        if has_number && has_noun && words.len() <= 6 {
            counters += 1;
        } else if has_number || words.len() > 2 {
            return false;
        }
    }
    counters > 0 && segments <= 6
}

/// Verbs that close a comment's author line ("Sharon says", "Ann writes:").
const COMMENT_AUTHOR_VERBS: &[&str] = &[
    "says",
    "said",
    "writes",
    "wrote",
    "schreibt",
    "sagt",
    "dit",
    "écrit",
    "dice",
    "escribe",
    "scrive",
    "diz",
    "escreve",
    "zegt",
    "schreef",
    "pisze",
    "napisał",
    "пишет",
];

/// Phrases of a copyright footer.
const COPYRIGHT_PHRASES: &[&str] = &[
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "все права защищены",
];
static COPYRIGHT_SET: Phrases = Phrases::new(COPYRIGHT_PHRASES);

/// Names of breadcrumb roots: the first crumb of a trail, not a category.
const BREADCRUMB_ROOTS: &[&str] = &[
    "home",
    "homepage",
    "home page",
    "start",
    "startseite",
    "accueil",
    "inicio",
    "portada",
    "início",
    "pagina iniziale",
    "strona główna",
    "главная",
];

/// News agencies: credits and sources, never authors.
const NEWS_AGENCIES: &[&str] = &[
    "reuters",
    "thomson reuters",
    "ap",
    "associated press",
    "the associated press",
    "afp",
    "agence france presse",
    "agence france-presse",
    "dpa",
    "deutsche presse agentur",
    "apa",
    "sda",
    "epd",
    "kna",
    "bloomberg",
    "efe",
    "europa press",
    "ansa",
    "adnkronos",
    "lusa",
    "anp",
    "belga",
    "pap",
    "tass",
    "ria novosti",
    "interfax",
    "pa",
    "pa media",
    "upi",
    "xinhua",
    "kyodo",
    "yonhap",
    "anadolu",
    "anadolu agency",
    "ukrinform",
    "cnn wire",
];

/// Words that mark the start of a modification date ("Updated 13 March").
const UPDATED_WORDS: &[&str] = &[
    "updated",
    "update",
    "last updated",
    "modified",
    "last modified",
    "aktualisiert",
    "zuletzt aktualisiert",
    "geändert",
    "mis à jour",
    "mise à jour",
    "actualizado",
    "actualización",
    "aggiornato",
    "atualizado",
    "atualização",
    "bijgewerkt",
    "gewijzigd",
    "zaktualizowano",
    "aktualizacja",
    "обновлено",
];
static UPDATED_SET: Phrases = Phrases::new(UPDATED_WORDS);

/// True when `folded` starts with the whole words of `prefix`.
pub fn starts_with_words(folded: &str, prefix: &str) -> bool {
    folded
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// True when a word of `folded` starts with `prefix`:
/// `folded.split(' ').any(|w| w.starts_with(prefix))`, found by memchr on
/// the prefix's first byte.
pub fn has_word_starting_with(folded: &str, prefix: &str) -> bool {
    let (hay, needle) = (folded.as_bytes(), prefix.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    // (No word holds a space.)
    if needle.contains(&b' ') {
        return false;
    }
    let mut at = 0;
    while let Some(off) = hay.get(at..).and_then(|h| memchr::memchr(first, h)) {
        let start = at + off;
        if (start == 0 || hay.get(start - 1) == Some(&b' '))
            && hay.get(start + 1..start + needle.len()) == Some(rest)
        {
            return true;
        }
        at = start + 1;
    }
    false
}

/// True when `folded` contains `phrase` on word boundaries.
pub fn contains_words(folded: &str, phrase: &str) -> bool {
    // Candidates by the phrase's first byte (memchr): no searcher is set up
    // per call (the rules ask for a phrase or two on every line).
    let (hay, needle) = (folded.as_bytes(), phrase.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        // (The empty phrase bounds the end of any line.)
        return true;
    };
    let mut at = 0;
    while let Some(off) = hay.get(at..).and_then(|h| memchr::memchr(first, h)) {
        let start = at + off;
        let end = start + needle.len();
        if hay.get(start + 1..end) == Some(rest)
            && (start == 0 || hay.get(start - 1) == Some(&b' '))
            && (end == hay.len() || hay.get(end) == Some(&b' '))
        {
            return true;
        }
        at = start + 1;
    }
    false
}

/// [`contains_words`] as first written, by `str::find`: the definition the
/// fast version is tested against.
#[cfg(test)]
fn contains_words_by_find(folded: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = folded.get(from..).and_then(|s| s.find(phrase)) {
        let start = from + pos;
        let end = start + phrase.len();
        let before_ok = start == 0 || folded.as_bytes().get(start - 1) == Some(&b' ');
        let after_ok = end == folded.len() || folded.as_bytes().get(end) == Some(&b' ');
        if before_ok && after_ok {
            return true;
        }
        from = start + 1;
        while !folded.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// A list of phrases asked as the opening words of a [`fold`]ed line
/// ([`starts_with_words`]), indexed by their first word: a line asks only
/// the phrases that share its own first word (one hash lookup instead of
/// a comparison with each phrase, on every line of a page).
pub struct OpeningPhrases {
    list: &'static [&'static str],
    by_first_word: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<&'static str>>>,
}

impl OpeningPhrases {
    pub const fn new(list: &'static [&'static str]) -> Self {
        OpeningPhrases {
            list,
            by_first_word: std::sync::OnceLock::new(),
        }
    }

    /// The first phrase of the list that opens `folded` as whole words:
    /// `list.iter().find(|p| starts_with_words(folded, p))`. (A phrase that
    /// opens the line so has the line's first word as its own first word;
    /// each word's phrases keep the list's order.)
    pub fn find(&self, folded: &str) -> Option<&'static str> {
        let index = self.by_first_word.get_or_init(|| {
            let mut map: rustc_hash::FxHashMap<&'static str, Vec<&'static str>> =
                rustc_hash::FxHashMap::default();
            for p in self.list {
                map.entry(p.split(' ').next().unwrap_or(p))
                    .or_default()
                    .push(p);
            }
            map
        });
        let first = folded.split(' ').next().unwrap_or(folded);
        index
            .get(first)?
            .iter()
            .find(|p| starts_with_words(folded, p))
            .copied()
    }
}

static CTA_PREFIX_SET: OpeningPhrases = OpeningPhrases::new(CTA_PREFIXES);
static RELATED_PREFIX_SET: OpeningPhrases = OpeningPhrases::new(RELATED_PREFIXES);

/// A list of phrases looked for in a line, all in one pass of one automaton
/// built on first use (the lists run on every line of a page): anywhere
/// ([`Phrases::anywhere`]) or on word boundaries of a [`fold`]ed line
/// ([`Phrases::in_words`]).
pub struct Phrases {
    list: &'static [&'static str],
    matcher: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
}

impl Phrases {
    pub const fn new(list: &'static [&'static str]) -> Self {
        Phrases {
            list,
            matcher: std::sync::OnceLock::new(),
        }
    }

    // The automaton of the list (`None` if it cannot be built: callers then
    // ask each phrase).
    fn matcher(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.matcher
            .get_or_init(|| aho_corasick::AhoCorasick::new(self.list).ok())
            .as_ref()
    }

    /// Whether `s` contains one of the phrases: `list.iter().any(|p| s.contains(p))`.
    pub fn anywhere(&self, s: &str) -> bool {
        match self.matcher() {
            Some(m) => m.is_match(s),
            None => self.list.iter().any(|p| s.contains(p)),
        }
    }

    /// Whether `folded` holds one of the phrases as whole words, as
    /// [`contains_words`] tells for each phrase.
    pub fn in_words(&self, folded: &str) -> bool {
        let Some(matcher) = self.matcher() else {
            return self.list.iter().any(|p| contains_words(folded, p));
        };
        let bytes = folded.as_bytes();
        // Every occurrence of every phrase is seen (overlapping search), so a
        // bounded one is found wherever an unbounded one overlaps it.
        matcher.find_overlapping_iter(folded).any(|m| {
            (m.start() == 0 || bytes.get(m.start() - 1) == Some(&b' '))
                && (m.end() == bytes.len() || bytes.get(m.end()) == Some(&b' '))
        })
    }
}

/// Classify a line (or short block) of page text as boilerplate, from its
/// wording alone; `None` for anything that may be content.
pub fn boilerplate_kind(line: &str) -> Option<Kind> {
    boilerplate_kind_folded(line, &fold(line))
}

/// [`boilerplate_kind`] of a line and its [`fold`] (folded once by a caller
/// that asks more of it).
pub fn boilerplate_kind_folded(line: &str, folded: &str) -> Option<Kind> {
    if folded.is_empty() {
        return None;
    }
    let words = folded_word_count(folded);
    if words <= 8 {
        if let Some(kind) = whole_line_kind(folded).or_else(|| joined_phrases_kind(folded)) {
            return Some(kind);
        }
    }
    if is_related_header_folded(folded, words) {
        return Some(Kind::Related);
    }
    if is_share_bar_folded(folded, words) {
        return Some(Kind::Share);
    }
    if is_comment_counter_folded(folded, words)
        || is_comment_author_line_folded(line, folded)
        || first_segment_is_counter(line)
    {
        return Some(Kind::Comments);
    }
    if is_photo_credit_folded(line, folded, words) {
        return Some(Kind::PhotoCredit);
    }
    if is_related_teaser(line, folded, words) {
        return Some(Kind::Related);
    }
    if (words <= 7 && is_article_tool(folded)) || (words <= 12 && is_new_window_button(folded)) {
        return Some(Kind::UiLabel);
    }
    if words <= 10 && CTA_PREFIX_SET.find(folded).is_some() {
        return Some(Kind::CallToAction);
    }
    if is_cookie_notice_folded(folded, words) {
        return Some(Kind::Cookie);
    }
    if is_newsletter_prompt_folded(folded, words) {
        return Some(Kind::Newsletter);
    }
    if is_copyright_line(line, folded, words) {
        return Some(Kind::Copyright);
    }
    if is_reading_time_folded(folded, words) {
        return Some(Kind::UiLabel);
    }
    None
}

/// Short lines that are exactly a known interface phrase.
fn whole_line_kind(folded: &str) -> Option<Kind> {
    // One hash lookup instead of a scan of eight lists (about 600 phrases)
    // per line; a phrase in several lists keeps the kind of the first.
    static KINDS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Kind>> =
        std::sync::LazyLock::new(|| {
            let lists: [(&[&str], Kind); 9] = [
                (AD_LINES, Kind::Advertisement),
                (RELATED_LINES, Kind::Related),
                (CTA_LINES, Kind::CallToAction),
                (COMMENT_LINES, Kind::Comments),
                (COOKIE_LINES, Kind::Cookie),
                (UI_LINES, Kind::UiLabel),
                (NAV_LINES, Kind::Navigation),
                (LANGUAGE_SWITCH_LINES, Kind::Navigation),
                (
                    &["newsletter", "newsletters", "get our newsletter"],
                    Kind::Newsletter,
                ),
            ];
            let mut kinds = rustc_hash::FxHashMap::default();
            for (list, kind) in lists {
                for phrase in list {
                    kinds.entry(*phrase).or_insert(kind);
                }
            }
            kinds
        });
    KINDS.get(folded).copied()
}

/// A button of an article's tool bar: a verb on "this article" ("Email
/// this article", "Manage alerts for this article", "Print this story"),
/// folded; a heading about the article ("Why we wrote this article")
/// opens with no such verb.
fn is_article_tool(folded: &str) -> bool {
    const VERBS: &[&str] = &[
        "email",
        "e mail",
        "print",
        "save",
        "manage",
        "share",
        "gift",
        "listen",
        "rate",
        "bookmark",
        "cite",
        "download",
        "translate",
        "follow",
        "report",
        "send",
        "copy",
        "comment",
    ];
    const OBJECTS: &[&str] = &[
        "this article",
        "this story",
        "this post",
        "this page",
        "this recipe",
    ];
    OBJECTS.iter().any(|o| {
        folded
            .strip_suffix(o)
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
    }) && VERBS.iter().any(|v| starts_with_words(folded, v))
}

/// A link button's text with its screen-reader note ("Click to share on
/// Facebook (Opens in new window) Facebook"), folded: no reader's text.
fn is_new_window_button(folded: &str) -> bool {
    [
        "opens in new window",
        "opens in a new window",
        "opens in new tab",
        "opens in a new tab",
    ]
    .iter()
    .any(|p| contains_words(folded, p))
}

/// A line made of two to six interface phrases run together ("Subscribe Sign
/// in", "Log in Register", "Home About Contact"): a text dump joins a bar's
/// buttons on one line. The kind is the first phrase's.
fn joined_phrases_kind(folded: &str) -> Option<Kind> {
    // Byte offsets of word starts, and the end.
    let mut bounds: Vec<usize> = std::iter::once(0)
        .chain(folded.match_indices(' ').map(|(i, _)| i + 1))
        .collect();
    let n = bounds.len();
    if !(2..=6).contains(&n) {
        return None;
    }
    bounds.push(folded.len() + 1);
    let phrase = |from: usize, to: usize| {
        let text = folded.get(bounds[from]..bounds[to] - 1)?;
        whole_line_kind(text)
            .filter(|k| matches!(k, Kind::CallToAction | Kind::Navigation | Kind::UiLabel))
    };
    // first[i]: the kind of the first phrase of a split of the first i
    // words into phrases, if there is one.
    let mut first: Vec<Option<Kind>> = vec![None; n + 1];
    for end in 1..=n {
        first[end] = (0..end).find_map(|start| {
            let kind = phrase(start, end)?;
            if start == 0 {
                // (the whole line is not a joined run)
                (end < n).then_some(kind)
            } else {
                first[start]
            }
        });
    }
    first[n]
}

/// Headers of a page's contact section ("Connect with us", "Media
/// contacts", "Kontakt"), compared folded.
const CONTACT_SECTION_LINES: &[&str] = &[
    "connect with us",
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "ansprechpartner",
    "ihr ansprechpartner",
];

/// The header of a contact section: what follows it is people to reach,
/// not the article.
pub fn is_contact_section_header(line: &str) -> bool {
    CONTACT_SECTION_LINES.contains(&fold(line).as_str())
}

/// True for a call to action: "Read more", "SCROLL FOR NEXT", "Weiterlesen",
/// "Click here to subscribe".
pub fn is_call_to_action(line: &str) -> bool {
    boilerplate_kind(line) == Some(Kind::CallToAction)
}

/// Openers of a related-list header naming its source ("More from Science").
const RELATED_HEADER_PREFIXES: &[&str] = &[
    "more from",
    "more on",
    "more in",
    "more about",
    "mehr aus",
    "mehr zu",
    "mehr von",
    "plus de",
    "más de",
    "más sobre",
    "altro su",
    "mais sobre",
    "meer over",
    "więcej o",
    "ещё по теме",
];

/// The header of a list of links to other articles: "Related articles",
/// "Most read", "Mehr zum Thema", "More from Science".
pub fn is_related_header(line: &str) -> bool {
    let folded = fold(line);
    let words = folded_word_count(&folded);
    is_related_header_folded(&folded, words)
}

pub fn is_related_header_folded(folded: &str, words: usize) -> bool {
    // Longer lines (paragraphs) can trail no header of the list.
    static MOST_WORDS: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
        RELATED_LINES
            .iter()
            .map(|p| p.matches(' ').count() + 1)
            .max()
            .unwrap_or(0)
    });
    // The phrases as a set: a line's word-bounded openings are looked up.
    static RELATED: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| RELATED_LINES.iter().copied().collect());
    // A multi-word header may trail a few words: "You may also like these posts".
    let extended = || {
        word_bounded_openings(folded)
            .take(*MOST_WORDS)
            .any(|(opening, pw)| pw >= 3 && words <= pw + 3 && RELATED.contains(opening))
    };
    (words <= 8 && RELATED.contains(folded))
        || (words >= 3 && words <= *MOST_WORDS + 3 && extended())
        || (words <= 5
            && !line_has_digit(folded)
            && RELATED_HEADER_PREFIXES
                .iter()
                .any(|p| starts_with_words(folded, p) && folded.len() > p.len()))
}

/// The openings of a folded line that end at a word boundary, shortest
/// first, each with its number of words: "a b c" gives ("a", 1), ("a b", 2),
/// ("a b c", 3).
fn word_bounded_openings(folded: &str) -> impl Iterator<Item = (&str, usize)> {
    let ends = folded
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b' ')
        .map(|(i, _)| i)
        .chain(std::iter::once(folded.len()));
    ends.enumerate()
        .filter_map(move |(n, end)| folded.get(..end).map(|o| (o, n + 1)))
}

fn line_has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

/// A share bar: every word is a network or share action
/// ("Share Facebook Twitter Email"), with at least one network or action.
pub fn is_share_bar(line: &str) -> bool {
    let folded = fold(line);
    let words = folded_word_count(&folded);
    is_share_bar_folded(&folded, words)
}

fn is_share_bar_folded(folded: &str, words: usize) -> bool {
    !folded.is_empty()
        && words <= 14
        && folded.split(' ').all(|w| SHARE_WORDS.contains(&w))
        && folded.split(' ').any(|w| SHARE_TARGETS.contains(&w))
}

/// A comment counter: "12 Comments", "Comments (3)", "Kommentare: 5".
pub fn is_comment_counter(line: &str) -> bool {
    let folded = fold(line);
    let words = folded_word_count(&folded);
    is_comment_counter_folded(&folded, words)
}

fn is_comment_counter_folded(folded: &str, words: usize) -> bool {
    if words > 4 {
        return false;
    }
    if words == 1 && COMMENT_WORDS.contains(&folded) {
        return true;
    }
    let has_comment = folded.split(' ').any(|w| COMMENT_WORDS.contains(&w));
    let only_counter_words = folded
        .split(' ')
        .all(|w| COMMENT_WORDS.contains(&w) || w.chars().all(|c| c.is_ascii_digit()) || w == "no");
    has_comment && only_counter_words
}

/// The author line of a reader comment: a short name and a verb of saying
/// ("Sharon says", "Jill Winger says:", "by ann ( 1311 ) writes:").
pub fn is_comment_author_line(line: &str) -> bool {
    is_comment_author_line_folded(line, &fold(line))
}

/// [`is_comment_author_line`] of a line and its [`fold`].
fn is_comment_author_line_folded(line: &str, folded: &str) -> bool {
    let trimmed = line.trim_end();
    // (The closing verb first: few lines end with one.)
    folded
        .rsplit(' ')
        .next()
        .is_some_and(|w| COMMENT_AUTHOR_VERBS.contains(&w))
        && (2..=6).contains(&folded_word_count(folded))
        && !trimmed.ends_with('.')
        && line
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
}

/// "109 Comments | Garden": a counter as the first of several segments.
fn first_segment_is_counter(line: &str) -> bool {
    line.split_once(['|', '·', '•']).is_some_and(|(head, _)| {
        let folded = fold(head);
        let words = folded_word_count(&folded);
        is_comment_counter_folded(&folded, words)
    })
}

/// Picture agencies and stock libraries a credit names last, after
/// [`fold`].
const PICTURE_AGENCIES: &[&str] = &[
    "getty images",
    "getty",
    "shutterstock",
    "adobe stock",
    "istock",
    "istockphoto",
    "unsplash",
    "pexels",
    "alamy",
    "ap photo",
    "imago",
    "picture alliance",
];

/// A photo credit: "Photo: Jane Doe/AFP", "Foto: dpa", "Photo by X",
/// "(Image: Getty)", "jdoe/Getty Images"; at most 14 words.
pub fn is_photo_credit(line: &str) -> bool {
    let folded = fold(line);
    is_photo_credit_folded(line, &folded, folded_word_count(&folded))
}

/// [`is_photo_credit`] given the line's fold and its word count. (The fold
/// of the line with its outer spaces and opening brackets trimmed is the
/// line's fold: a fold drops leading and trailing non-alphanumerics.)
fn is_photo_credit_folded(line: &str, folded: &str, words: usize) -> bool {
    let trimmed = line.trim().trim_start_matches(['(', '[']);
    if folded.is_empty() || words > 14 {
        return false;
    }
    if names_picture_agency_last(trimmed, folded) {
        return true;
    }
    let first = folded.split(' ').next().unwrap_or("");
    if !PHOTO_CREDIT_WORDS.contains(&first) {
        return false;
    }
    // The credit word must be a label: followed by a colon, or by "by"/"von"/"par".
    let after: String = trimmed
        .chars()
        .skip(first.chars().count())
        .collect::<String>();
    let after = after.trim_start();
    after.starts_with(':')
        || after.starts_with('/')
        || matches!(
            folded.split(' ').nth(1),
            Some("by" | "von" | "par" | "por" | "di" | "door" | "credit")
        )
}

/// A short credit line ending in a picture agency after a slash, a bar
/// or "via" ("imaginima/Getty Images", "Jane Doe | Shutterstock").
// Why: captions print the photographer and the agency; no byline ends so.
fn names_picture_agency_last(line: &str, folded: &str) -> bool {
    folded_word_count(folded) <= 8
        && PICTURE_AGENCIES.iter().any(|a| {
            folded.ends_with(a)
                && folded
                    .len()
                    .checked_sub(a.len())
                    .is_some_and(|at| at == 0 || folded.as_bytes().get(at - 1) == Some(&b' '))
        })
        && (line.contains('/') || line.contains('|') || folded.contains(" via "))
}

/// An inline teaser of another article: "Read more: Headline", "Lesen Sie
/// auch: …"; the phrase must be followed by a colon or dash and the line short.
fn is_related_teaser(line: &str, folded: &str, words: usize) -> bool {
    if words > 25 {
        return false;
    }
    let Some(prefix) = RELATED_PREFIX_SET.find(folded) else {
        return false;
    };
    // Find the raw text after the phrase: it must open with ':' or a dash.
    let prefix_words = folded_word_count(prefix);
    let mut seen = 0;
    let mut rest = line.trim_start();
    while seen < prefix_words {
        rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        rest = rest.get(end..).unwrap_or("");
        seen += 1;
    }
    let rest = rest.trim_start();
    rest.starts_with([':', '–', '—', '-', '|', '»', '›', '>'])
}

/// A cookie banner text: mentions cookies together with consent wording.
pub fn is_cookie_notice(line: &str) -> bool {
    let folded = fold(line);
    let words = folded_word_count(&folded);
    is_cookie_notice_folded(&folded, words)
}

fn is_cookie_notice_folded(folded: &str, words: usize) -> bool {
    words <= 90 && has_word_starting_with(folded, "cookie") && COOKIE_CONTEXT_SET.in_words(folded)
}

/// A newsletter prompt: mentions a newsletter together with sign-up wording;
/// at most 45 words, so articles about newsletters are not caught.
pub fn is_newsletter_prompt(line: &str) -> bool {
    let folded = fold(line);
    let words = folded_word_count(&folded);
    is_newsletter_prompt_folded(&folded, words)
}

fn is_newsletter_prompt_folded(folded: &str, words: usize) -> bool {
    if words > 45 || !(folded.contains("newsletter") || folded.contains("your")) {
        return false;
    }
    let mentions = has_word_starting_with(folded, "newsletter")
        || contains_words(folded, "your inbox")
        || contains_words(folded, "enter your email")
        || contains_words(folded, "your email address");
    mentions && NEWSLETTER_CONTEXT_SET.in_words(folded)
}

/// A copyright footer line: "© 2025 Example Media", "All rights reserved".
fn is_copyright_line(line: &str, folded: &str, words: usize) -> bool {
    words <= 30
        && (line.contains('©')
            || starts_with_words(folded, "copyright")
            || (words >= 3 && COPYRIGHT_SET.in_words(folded)))
}

/// A reading-time label: "5 min read", "Lesezeit: 3 Minuten".
pub fn is_reading_time(line: &str) -> bool {
    let folded = fold(line);
    !folded.is_empty() && is_reading_time_folded(&folded, folded_word_count(&folded))
}

/// Reading-time labels: "5 min read", "Lesezeit: 3 Minuten", "4 minutes".
fn is_reading_time_folded(folded: &str, words: usize) -> bool {
    if words > 5 || !folded.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let mins = folded.split(' ').any(is_minutes_word);
    let reading = folded.split(' ').any(is_reading_word);
    mins && (reading || words <= 2)
}

/// "min", "Minuten", "минут": the unit of a reading time ("5 min read"), in
/// the languages of the stop-word lists, lower-cased.
pub fn is_minutes_word(w: &str) -> bool {
    matches!(
        w,
        "min"
            | "mins"
            | "minute"
            | "minutes"
            | "minuten"
            | "minut"
            | "minuty"
            | "minuter"
            | "minutos"
            | "minuti"
            | "minuut"
            | "минут"
            | "мин"
    )
}

/// "read", "Lesezeit", "lecture": what a reading time is of, lower-cased.
pub fn is_reading_word(w: &str) -> bool {
    matches!(
        w,
        "read"
            | "reading"
            | "lesezeit"
            | "lesen"
            | "czytania"
            | "lecture"
            | "lectura"
            | "lettura"
            | "leitura"
            | "leestijd"
            | "чтения"
    )
}

/// The root of a breadcrumb trail ("Home", "Startseite", "Accueil").
pub fn is_breadcrumb_root(label: &str) -> bool {
    BREADCRUMB_ROOTS.contains(&fold(label).as_str())
}

/// A label of a site's own pages ("About", "Contact", "Privacy policy"):
/// menus and footers link them, breadcrumb trails never pass through them.
pub fn is_site_page_label(label: &str) -> bool {
    NAV_LINES.contains(&fold(label).as_str())
}

/// A news agency name ("Reuters", "AFP", "dpa"): a credit, not an author.
pub fn is_news_agency(name: &str) -> bool {
    NEWS_AGENCIES.contains(&fold(name).as_str())
}

/// Where a modification-date phrase ("Updated", "Aktualisiert", "Mis à jour")
/// starts in `line`, as a byte offset; `None` when there is none.
pub fn updated_phrase_at(line: &str) -> Option<usize> {
    let lower = line.to_lowercase();
    if lower.len() != line.len() {
        // Lower-casing changed byte lengths: fall back to a whole-line check.
        let folded = fold(line);
        return UPDATED_SET.in_words(&folded).then_some(0);
    }
    UPDATED_WORDS
        .iter()
        .filter_map(|w| {
            lower.match_indices(w).find_map(|(i, _)| {
                let before_ok = i == 0
                    || lower
                        .get(..i)
                        .and_then(|s| s.chars().next_back())
                        .is_some_and(|c| !c.is_alphanumeric());
                let after_ok = lower
                    .get(i + w.len()..)
                    .and_then(|s| s.chars().next())
                    .map_or(true, |c| !c.is_alphanumeric());
                (before_ok && after_ok).then_some(i)
            })
        })
        .min()
}

/// Words of an appeal to the reader that closes many articles: subscribe,
/// sign up, download the app, follow us, support or donate, write to us
/// (compared as whole words after [`fold`]).
const READER_APPEAL_MARKERS: &[&str] = &[
    "subscribe",
    "sign up",
    "our newsletter",
    "donate now",
    "donate today",
    "make a donation",
    "jetzt spenden",
    "unseren newsletter",
    "zum newsletter",
    "en la app",
    "on whatsapp",
    "on telegram",
    "auf whatsapp",
    "bei whatsapp",
    "download the",
    "our app",
    "apps for",
    "follow us",
    "youtube channel",
    "support our",
    "support us",
    "supporting our",
    "become a member",
    "letter to the editor",
    "write to us",
    "abonnieren",
    "abonniere",
    "unterstütze",
    "unterstützen sie",
    "folgen sie uns",
    "folge uns",
    "melde dich",
    "jetzt registrieren",
    "abonnez vous",
    "abonnez",
    "soutenez",
    "faites un don",
    "suivez nous",
    "inscrivez vous",
    "suscríbete",
    "suscribirse",
    "únete",
    "síguenos",
    "hazte miembro",
    "nuestro canal",
    "iscriviti",
    "sostieni",
    "seguici",
    "zapisz się",
    "wesprzyj",
    "obserwuj",
    "assine",
    "inscreva se",
    "siga nos",
    "abonneer",
    "volg ons",
    "steun ons",
];
static READER_APPEAL_SET: Phrases = Phrases::new(READER_APPEAL_MARKERS);

/// Most words of an appeal to the reader.
const MAX_READER_APPEAL_WORDS: usize = 60;

/// True for a short text that appeals to the reader to subscribe, sign up,
/// get an app, follow or support the site ("For the latest news download
/// our app", "Unterstütze uns mit einer Spende"). Only a hint: callers use
/// it where such appeals sit (after the end of an article), since an
/// article may well mention a newsletter.
pub fn is_reader_appeal(line: &str) -> bool {
    let folded = fold(line);
    let words = folded.split(' ').filter(|w| !w.is_empty()).count();
    words > 0 && words <= MAX_READER_APPEAL_WORDS && READER_APPEAL_SET.in_words(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The char-by-char definition the ASCII fast path of `fold` must agree with.
    fn fold_by_chars(line: &str) -> String {
        let mut out = String::new();
        let mut space = true;
        for c in line.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                out.push(c);
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fold_agrees_with_folding_char_by_char(line in "[a-zA-Z0-9 .,'!-]{0,12}(ÉTÉ|İstanbul|Straße|ΣΟΦΊΑ|東京|—|\u{212A})?[a-zA-Z »]{0,12}") {
            proptest::prop_assert_eq!(fold(&line), fold_by_chars(&line));
        }
    }

    proptest::proptest! {
        #[test]
        fn contains_words_agrees_with_find(
            folded in "[ab é]{0,16}",
            // (Not the empty phrase: the search by `find` never ends on it.)
            phrase in "[ab é]{1,4}",
        ) {
            proptest::prop_assert_eq!(
                contains_words(&folded, &phrase),
                contains_words_by_find(&folded, &phrase)
            );
        }

        #[test]
        fn word_prefixes_are_found_as_by_split(
            folded in "[ab é]{0,16}",
            prefix in "[ab é]{0,3}",
        ) {
            proptest::prop_assert_eq!(
                has_word_starting_with(&folded, &prefix),
                folded.split(' ').any(|w| w.starts_with(prefix.as_str()))
            );
        }

        #[test]
        fn the_first_folded_char_is_the_folds(line in "[ .,'!-]{0,3}[a-zA-Z0-9 .,'!-]{0,6}(ÉTÉ|İstanbul|ΣΟΦΊΑ|東京|—|\u{212A})?[a-zA-Z »]{0,4}") {
            proptest::prop_assert_eq!(first_folded_char(&line), fold(&line).chars().next());
        }

        #[test]
        fn substrings_agree_with_contains(line in "[ab é]{0,16}") {
            static LIST: &[&str] = &["ab", "bé a", "ba b", "éé"];
            static SET: Phrases = Phrases::new(LIST);
            proptest::prop_assert_eq!(SET.anywhere(&line), LIST.iter().any(|p| line.contains(p)));
        }
    }

    #[test]
    fn fold_lowercases_and_drops_punctuation() {
        assert_eq!(fold("  READ MORE »"), "read more");
        assert_eq!(fold("S'abonner !"), "s abonner");
        assert_eq!(fold("—"), "");
    }

    // The related-header test as a scan of the lists, the definition the
    // set lookups are checked against.
    fn is_related_header_by_scan(folded: &str, words: usize) -> bool {
        let most = RELATED_LINES
            .iter()
            .map(|p| p.matches(' ').count() + 1)
            .max()
            .unwrap_or(0);
        let extended = |p: &&str| {
            starts_with_words(folded, p) && {
                let pw = p.matches(' ').count() + 1;
                pw >= 3 && words <= pw + 3
            }
        };
        (words <= 8 && RELATED_LINES.contains(&folded))
            || (words >= 3 && words <= most + 3 && RELATED_LINES.iter().any(extended))
            || (words <= 5
                && !line_has_digit(folded)
                && RELATED_HEADER_PREFIXES
                    .iter()
                    .any(|p| starts_with_words(folded, p) && folded.len() > p.len()))
    }

    proptest::proptest! {
        #[test]
        fn related_headers_agree_with_a_scan_of_the_lists(
            phrase in proptest::sample::select(RELATED_LINES),
            head in proptest::collection::vec("[a-z]{1,6}", 0..2),
            tail in proptest::collection::vec("[a-z]{1,6}", 0..6),
        ) {
            let mut words_of: Vec<String> = head;
            words_of.push(phrase.to_string());
            words_of.extend(tail);
            let folded = fold(&words_of.join(" "));
            let words = folded_word_count(&folded);
            proptest::prop_assert_eq!(
                is_related_header_folded(&folded, words),
                is_related_header_by_scan(&folded, words)
            );
        }

        #[test]
        fn word_phrases_agree_with_a_scan_of_the_list(line in "[ab ]{0,16}") {
            const LIST: &[&str] = &["a", "ab", "b a", "ba b", "aa"];
            static SET: Phrases = Phrases::new(LIST);
            let scan = LIST.iter().any(|p| contains_words(&line, p));
            proptest::prop_assert_eq!(SET.in_words(&line), scan);
        }

        #[test]
        fn opening_phrases_agree_with_a_scan_of_the_list(
            line in "[ab ]{0,12}",
            picked in proptest::sample::select(CTA_PREFIXES),
            tail in "[a-z ]{0,6}",
        ) {
            const LIST: &[&str] = &["a", "ab", "a b", "b", "a b a", "ba", " a", ""];
            static SET: OpeningPhrases = OpeningPhrases::new(LIST);
            let scan = LIST.iter().find(|p| starts_with_words(&line, p)).copied();
            proptest::prop_assert_eq!(SET.find(&line), scan);
            let folded = fold(&format!("{picked}{tail}"));
            let scan = CTA_PREFIXES.iter().find(|p| starts_with_words(&folded, p)).copied();
            proptest::prop_assert_eq!(CTA_PREFIX_SET.find(&folded), scan);
        }

        #[test]
        fn photo_credits_agree_with_folding_the_trimmed_line(
            line in " {0,2}[(\\[ ]{0,3}(Photo|Foto|imaginima|Jane)[:/ |]{0,2}( by| via|)( Getty Images| AFP| dpa|[a-z]{1,5}){0,3}[)\\] ]{0,2}",
        ) {
            let trimmed = line.trim().trim_start_matches(['(', '[']);
            proptest::prop_assert_eq!(fold(trimmed), fold(&line));
        }

        #[test]
        fn folded_word_count_counts_as_split_does(line in "[a-z ]{0,20}") {
            proptest::prop_assert_eq!(folded_word_count(&line), line.split(' ').count());
        }
    }

    #[test]
    fn remembered_folds_match_their_lines() {
        // Lines of one length that differ only in one letter, folded in turns
        // past the number of remembered lines: each gets its own fold.
        let lines: Vec<String> = (b'a'..=b'h')
            .map(|c| format!("The Same Long Line Of Text, Ending In {}!", char::from(c)))
            .collect();
        for _ in 0..3 {
            for l in lines.iter().chain(lines.iter().rev()) {
                assert_eq!(fold(l), fold_uncached(l));
            }
        }
        assert_eq!(
            fold("The Same Long Line Of Text, Ending In A!"),
            "the same long line of text ending in a"
        );
    }

    #[test]
    fn contact_section_headers() {
        assert!(is_contact_section_header("Connect with Us"));
        assert!(is_contact_section_header("MEDIA CONTACTS"));
        assert!(is_contact_section_header("Ihr Ansprechpartner"));
        // (a menu's "Contact" and a button's "Talk to an expert" are no section)
        assert!(!is_contact_section_header("Contact"));
        assert!(!is_contact_section_header("Talk to an expert"));
    }

    #[test]
    fn interface_phrases_run_together_are_boilerplate() {
        assert_eq!(
            boilerplate_kind("Subscribe Sign in"),
            Some(Kind::CallToAction)
        );
        assert_eq!(
            boilerplate_kind("Login / Register"),
            Some(Kind::CallToAction)
        );
        assert!(boilerplate_kind("Home About Contact").is_some());
        // (a phrase and a word that is none: no run)
        assert_eq!(boilerplate_kind("Home Improvement Loans Explained"), None);
        assert_eq!(boilerplate_kind("Search party"), None);
    }

    #[test]
    fn calls_to_action_in_several_languages() {
        for cta in [
            "SCROLL FOR NEXT",
            "Read more »",
            "Weiterlesen",
            "Lire la suite",
            "Leer más",
            "Continua a leggere",
            "Czytaj więcej",
            "Читать далее",
            "Läs mer",
            "Devamını oku",
            "Click here to subscribe to our updates",
        ] {
            assert!(is_call_to_action(cta), "{cta}");
        }
        assert!(!is_call_to_action(
            "Read more about the plan in the ministry's report, officials said."
        ));
        assert!(!is_call_to_action("The talks were constructive."));
    }

    #[test]
    fn interface_labels_are_boilerplate() {
        for label in [
            "Tags",
            "On this page",
            "In this article",
            "[email protected]",
            "X",
            "Live chat",
            "Top rated",
            "Thread Tools",
            "View Public Profile",
        ] {
            assert_eq!(boilerplate_kind(label), Some(Kind::UiLabel), "{label}");
        }
        assert_eq!(boilerplate_kind("Back to blog"), Some(Kind::CallToAction));
        assert_eq!(boilerplate_kind("Tags on luggage"), None);
    }

    #[test]
    fn article_tool_buttons_are_interface() {
        for label in [
            "Email this article",
            "Manage alerts for this article",
            "Print this story",
            "Save this recipe",
            "Click to share on Facebook (Opens in new window) Facebook",
            "Click to print (Opens in new window) Print",
        ] {
            assert!(
                matches!(boilerplate_kind(label), Some(Kind::UiLabel | Kind::Share)),
                "{label}"
            );
        }
        // (A heading about the article, and a sentence naming a new window.)
        assert_eq!(boilerplate_kind("Why we wrote this article"), None);
        assert_eq!(
            boilerplate_kind(
                "The settings page opens in a new window, where you can change the password for every account you own."
            ),
            None
        );
    }

    #[test]
    fn share_bars() {
        assert!(is_share_bar("Share Facebook Twitter Email"));
        assert!(is_share_bar("Share this article"));
        assert!(is_share_bar("Teilen: Facebook · WhatsApp · E-Mail"));
        assert!(!is_share_bar("This article"));
        assert!(!is_share_bar("Facebook shares fell 3% on Monday."));
    }

    #[test]
    fn comment_counters() {
        assert!(is_counter_line("Antworten: 3 · Aufrufe: 842"));
        assert!(is_counter_line("Member · 5,880 posts"));
        assert!(is_counter_line("4.8 from 312 votes"));
        assert!(!is_counter_line("Class size: 427"));
        assert!(is_counter_line("1 Reply"));
        assert!(is_counter_line("12 Like"));
        assert!(!is_counter_line("Looks like 2 more days"));
        assert!(!is_counter_line("Started by ann, 14 May 2024 · 4 replies"));
        assert!(!is_counter_line(
            "The 300 posts were filled by the end of the year."
        ));
        assert!(is_comment_counter("12 Comments"));
        assert!(is_comment_counter("Kommentare (3)"));
        assert!(is_comment_counter("No comments"));
        assert!(is_comment_author_line("Jill Winger says"));
        assert!(is_comment_author_line("Ann writes:"));
        assert!(!is_comment_author_line("The minister says."));
        assert!(!is_comment_author_line(
            "The report from the ministry on Tuesday says"
        ));
        assert_eq!(
            boilerplate_kind("109 Comments | Grow a Garden"),
            Some(Kind::Comments)
        );
        assert_eq!(boilerplate_kind("reply to comment"), Some(Kind::Comments));
        assert!(!is_comment_counter(
            "Comments from the minister were sharp."
        ));
    }

    #[test]
    fn photo_credits() {
        assert!(is_photo_credit("Photo: Jane Doe/AFP"));
        assert!(is_photo_credit("(Foto: dpa)"));
        assert!(is_photo_credit("Photograph by John Roe for The Paper"));
        assert!(is_photo_credit("imaginima/Getty Images"));
        assert!(is_photo_credit("Jane Doe | Shutterstock"));
        assert!(!is_photo_credit("How to license photos from Getty Images"));
        assert!(!is_photo_credit(
            "Photos of the flood spread quickly online."
        ));
    }

    #[test]
    fn cookie_and_newsletter_prompts() {
        assert!(is_cookie_notice(
            "We use cookies to improve your experience. By continuing you accept our policy."
        ));
        assert!(is_cookie_notice(
            "Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten."
        ));
        assert!(!is_cookie_notice("She baked cookies for the whole street."));
        assert!(is_newsletter_prompt(
            "Sign up for our newsletter to get the best stories in your inbox."
        ));
        assert!(is_newsletter_prompt("Newsletter abonnieren"));
        assert!(!is_newsletter_prompt(
            "The newsletter was founded in 1990 by two editors."
        ));
    }

    #[test]
    fn kinds_of_boilerplate() {
        assert_eq!(boilerplate_kind("Advertisement"), Some(Kind::Advertisement));
        assert_eq!(boilerplate_kind("Anzeige"), Some(Kind::Advertisement));
        assert_eq!(boilerplate_kind("Related Articles"), Some(Kind::Related));
        assert!(is_related_header("More from Science"));
        assert!(is_related_header("Mehr zum Thema"));
        assert!(is_related_header("You may also like these posts..."));
        assert!(is_related_header("ALSO IN THE NEWS"));
        assert!(is_related_header("More like this"));
        assert!(!is_related_header("Read more: Markets slide"));
        assert!(!is_related_header(
            "More on that later, he said, and more on the budget"
        ));
        assert_eq!(
            boilerplate_kind("Read more: Markets slide as rates rise"),
            Some(Kind::Related)
        );
        assert_eq!(
            boilerplate_kind("Lesen Sie auch: Der Streit um die Rente"),
            Some(Kind::Related)
        );
        assert_eq!(
            boilerplate_kind("© 2025 Example Media. All rights reserved."),
            Some(Kind::Copyright)
        );
        assert_eq!(boilerplate_kind("5 min read"), Some(Kind::UiLabel));
        assert_eq!(boilerplate_kind("Accept all"), Some(Kind::Cookie));
        assert_eq!(boilerplate_kind("Privacy Policy"), Some(Kind::Navigation));
        assert_eq!(boilerplate_kind("Impressum"), Some(Kind::Navigation));
        assert_eq!(
            boilerplate_kind("Check price at Amazon (on sale!)"),
            Some(Kind::CallToAction)
        );
        assert_eq!(boilerplate_kind("Book now"), Some(Kind::CallToAction));
        assert_eq!(
            boilerplate_kind("Prices rose 5 percent in March, the agency said."),
            None
        );
    }

    #[test]
    fn agencies_and_roots() {
        assert!(is_news_agency("Reuters"));
        assert!(is_news_agency("The Associated Press"));
        assert!(!is_news_agency("Jane Doe"));
        assert!(is_breadcrumb_root("Home"));
        assert!(is_breadcrumb_root("Startseite"));
        assert!(!is_breadcrumb_root("World"));
    }

    #[test]
    fn updated_phrases() {
        assert_eq!(updated_phrase_at("Updated 13 March 2025"), Some(0));
        assert_eq!(
            updated_phrase_at("Published 12 March 2025, updated 13 March 2025"),
            Some(25)
        );
        assert_eq!(updated_phrase_at("Published 12 March 2025"), None);
        assert_eq!(updated_phrase_at("The updatedness"), None);
    }
}
