//! Stop words of eleven languages, for prose detection and for guessing the
//! document language (en, de, fr, es, it, pt, nl, pl, ru, sv, tr). Scripts
//! written without spaces (Chinese, Japanese) are handled by characters
//! instead (see `features::word_count`).

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Languages with a stop-word list, in bit order.
pub const LANGS: [&str; 11] = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "tr",
];

const EN: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "more",
    "most", "no", "not", "of", "on", "one", "only", "or", "other", "our", "out", "over", "said",
    "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "to", "up", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "will", "with", "without", "would", "you", "your", "s", "t",
];

const DE: &[&str] = &[
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den",
    "der", "des", "die", "doch", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er",
    "es", "für", "gegen", "hat", "hatte", "ich", "ihr", "ihre", "im", "in", "ist", "ja", "kann",
    "mit", "nach", "nicht", "noch", "nur", "oder", "schon", "sei", "sein", "seine", "sich", "sie",
    "sind", "so", "über", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "waren", "was",
    "wenn", "werden", "wie", "wir", "wird", "wurde", "zu", "zum", "zur", "zwischen",
];

const FR: &[&str] = &[
    "à", "au", "aux", "avec", "ce", "ces", "cette", "comme", "d", "dans", "de", "des", "du",
    "elle", "en", "est", "et", "été", "il", "ils", "l", "la", "le", "les", "leur", "lui", "mais",
    "même", "n", "ne", "nous", "on", "ont", "ou", "où", "par", "pas", "plus", "pour", "qu", "que",
    "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "y", "a", "été", "était",
    "sans", "entre", "après", "aussi", "tout", "tous",
];

const ES: &[&str] = &[
    "a", "al", "como", "con", "de", "del", "el", "en", "entre", "es", "esta", "este", "fue", "ha",
    "han", "la", "las", "le", "lo", "los", "más", "muy", "no", "o", "para", "pero", "por", "que",
    "se", "sin", "sobre", "su", "sus", "también", "un", "una", "uno", "y", "ya", "era", "son",
    "desde", "hasta", "cuando", "donde", "porque", "esto", "ese", "esa", "está", "están",
];

const IT: &[&str] = &[
    "a", "al", "alla", "anche", "che", "ci", "come", "con", "da", "dal", "dalla", "degli", "dei",
    "del", "della", "delle", "di", "e", "è", "gli", "ha", "hanno", "i", "il", "in", "la", "le",
    "lo", "ma", "nel", "nella", "non", "o", "per", "più", "questo", "questa", "se", "si", "sono",
    "su", "sul", "sulla", "tra", "un", "una", "uno", "era", "dopo", "quando", "ancora", "essere",
];

const PT: &[&str] = &[
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "é", "ela", "ele",
    "em", "entre", "era", "foi", "há", "mais", "mas", "na", "nas", "no", "nos", "não", "o", "os",
    "ou", "para", "pela", "pelo", "por", "que", "se", "sem", "seu", "sua", "são", "também", "um",
    "uma", "já", "quando", "muito", "isso", "este", "esta", "está",
];

const NL: &[&str] = &[
    "aan", "al", "als", "bij", "dat", "de", "die", "dit", "door", "een", "en", "er", "het", "hij",
    "hem", "haar", "heeft", "hebben", "in", "is", "je", "maar", "met", "na", "naar", "niet", "nog",
    "of", "om", "ook", "op", "over", "te", "tot", "uit", "van", "voor", "was", "wat", "we", "werd",
    "wordt", "worden", "zal", "ze", "zich", "zijn", "zo", "geen", "meer", "waar", "toen",
];

const PL: &[&str] = &[
    "a", "ale", "aby", "bo", "był", "była", "było", "być", "co", "czy", "dla", "do", "gdy", "i",
    "ich", "jak", "jako", "jest", "jej", "jego", "już", "lub", "ma", "mi", "na", "nad", "nie",
    "niż", "o", "od", "oraz", "po", "pod", "przez", "przy", "się", "są", "ta", "tak", "także",
    "te", "tego", "tej", "to", "tym", "w", "we", "z", "za", "ze", "że", "który", "która", "które",
];

const RU: &[&str] = &[
    "а",
    "без",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "в",
    "во",
    "вы",
    "да",
    "для",
    "до",
    "его",
    "ее",
    "её",
    "если",
    "есть",
    "же",
    "за",
    "и",
    "из",
    "или",
    "их",
    "к",
    "как",
    "ко",
    "когда",
    "ли",
    "на",
    "над",
    "не",
    "него",
    "нет",
    "но",
    "о",
    "об",
    "он",
    "она",
    "они",
    "оно",
    "от",
    "по",
    "под",
    "при",
    "с",
    "со",
    "так",
    "также",
    "то",
    "только",
    "у",
    "уже",
    "что",
    "это",
    "этот",
    "который",
    "которые",
];

// (Words that are common English words or names as well, such as Swedish
// "man" or "under" and Turkish "ben", are left out: they would count as
// stop words on pages whose language is not known, and names in bylines.)
const SV: &[&str] = &[
    "och", "att", "det", "som", "en", "ett", "på", "är", "av", "för", "med", "till", "den", "har",
    "de", "inte", "om", "han", "hon", "men", "var", "jag", "sig", "från", "vi", "så", "kan", "när",
    "också", "efter", "eller", "nu", "där", "vid", "mot", "ska", "skulle", "kommer", "får",
    "finns", "vara", "hade", "alla", "andra", "mycket", "än", "här", "då", "sedan", "över", "bara",
    "sina", "sitt", "deras", "vad", "hur", "vilket", "dem", "oss", "blev", "blir",
];

const TR: &[&str] = &[
    "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "ama", "ne",
    "var", "yok", "olan", "kadar", "sonra", "ise", "ki", "mi", "mı", "şu", "her", "en", "veya",
    "ya", "değil", "oldu", "olduğu", "ancak", "göre", "bunu", "bunun", "onun", "diye", "hem",
    "çünkü", "biz", "siz", "onlar", "şey", "nasıl", "neden", "tüm", "bütün",
];

fn lists() -> [&'static [&'static str]; LANGS.len()] {
    [EN, DE, FR, ES, IT, PT, NL, PL, RU, SV, TR]
}

/// word → bit set of the languages whose stop-word list holds it (Fx-hashed:
/// every word of every line is looked up, and the keys are fixed).
fn table() -> &'static FxHashMap<&'static str, u16> {
    static TABLE: OnceLock<FxHashMap<&'static str, u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (bit, list) in lists().iter().enumerate() {
            for w in list.iter() {
                *map.entry(*w).or_insert(0u16) |= 1 << bit;
            }
        }
        map
    })
}

/// A set of languages as a bit mask over [`LANGS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LangMask(pub u16);

impl LangMask {
    /// Every supported language.
    pub const ALL: LangMask = LangMask((1 << LANGS.len()) - 1);

    /// The mask of one language code; `ALL` for an unsupported one.
    pub fn of(lang: Option<&str>) -> LangMask {
        lang.and_then(|l| LANGS.iter().position(|x| *x == l))
            .map_or(LangMask::ALL, |i| LangMask(1 << i))
    }
}

/// The ASCII stop words (all of at most eight bytes) packed into a number
/// each, their bytes read little-endian with zeros after them, to their
/// language bits: a number hashes and compares in a step or two.
fn ascii_table() -> &'static FxHashMap<u64, u16> {
    static TABLE: OnceLock<FxHashMap<u64, u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        table()
            .iter()
            .filter_map(|(w, bits)| Some((pack_ascii_word(w.as_bytes())?, *bits)))
            .collect()
    })
}

/// An ASCII word of one to eight bytes, lower-cased and packed as
/// [`ascii_table`] keys are (no ASCII letter or digit is a zero byte, so
/// distinct words pack differently); `None` for longer or empty words.
fn pack_ascii_word(word: &[u8]) -> Option<u64> {
    let mut buf = [0u8; 8];
    buf.get_mut(..word.len())?.copy_from_slice(word);
    buf.make_ascii_lowercase();
    (!word.is_empty()).then_some(u64::from_le_bytes(buf))
}

/// The languages (bits over [`LANGS`]) whose stop-word list holds `word`
/// (a run of letters and digits) in any case:
/// `table().get(&word.to_lowercase())`, with ASCII words packed into a
/// number on the stack and those longer than eight bytes (no ASCII stop
/// word is) not looked up at all.
pub(crate) fn stopword_bits(word: &str) -> Option<u16> {
    if word.is_ascii() {
        return ascii_table()
            .get(&pack_ascii_word(word.as_bytes())?)
            .copied();
    }
    table().get(crate::ascii::lowercase(word).as_ref()).copied()
}

/// True when the lower-cased `word` is a stop word of a language in `mask`.
pub fn is_stopword(word: &str, mask: LangMask) -> bool {
    table().get(word).is_some_and(|bits| bits & mask.0 != 0)
}

/// Lower-cased words of `s`: runs of letters and digits.
/// (Borrowed where a word is lower case already, as most are.)
pub fn words(s: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> + '_ {
    alnum_runs(s).map(crate::ascii::lowercase)
}

/// The runs of letters and digits of `s`, as
/// `s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())`
/// gives them, with ASCII bytes tested as bytes (every word of every line
/// is read so).
pub fn alnum_runs(s: &str) -> crate::ascii::WordRuns<'_> {
    crate::ascii::word_runs(s, char::is_alphanumeric)
}

/// Share of the words of `s` that are stop words of `mask`; 0 for no words.
pub fn density(s: &str, mask: LangMask) -> f32 {
    let (mut total, mut stop) = (0usize, 0usize);
    for w in alnum_runs(s) {
        total += 1;
        // (An ASCII word longer than every stop word is none: most words of
        // a line are skipped without lower-casing or hashing them.)
        if stopword_bits(w).is_some_and(|bits| bits & mask.0 != 0) {
            stop += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        stop as f32 / total as f32
    }
}

/// Stop words of each language of [`LANGS`] among the first `max_words`
/// words of `text`, and the words counted.
pub fn hits_per_language(text: &str, max_words: usize) -> ([usize; LANGS.len()], usize) {
    let mut hits = [0usize; LANGS.len()];
    let mut total = 0usize;
    for w in alnum_runs(text).take(max_words) {
        total += 1;
        if let Some(bits) = stopword_bits(w) {
            // (Each set bit, lowest first: a word is a stop word of one
            // language or two, not of every one.)
            let mut rest = bits;
            while rest != 0 {
                if let Some(h) = hits.get_mut(rest.trailing_zeros() as usize) {
                    *h += 1;
                }
                rest &= rest - 1;
            }
        }
    }
    (hits, total)
}

/// Guess the language of a text from its stop words (the first 20,000
/// words are enough): the language with the most stop-word hits, when they
/// make at least 8% of the words.
pub fn detect_language(text: &str) -> Option<&'static str> {
    let (hits, total) = hits_per_language(text, 20_000);
    let (best, count) = hits
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))?;
    (*count >= 3 && *count * 100 >= total * 8)
        .then(|| LANGS.get(best).copied())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_languages_from_stop_words() {
        let cases = [
            ("en", "The minister said that the talks would resume in the spring, and that he was hopeful."),
            ("de", "Der Minister sagte, dass die Gespräche im Frühjahr wieder aufgenommen werden und er sei zuversichtlich."),
            ("fr", "Le ministre a déclaré que les négociations reprendraient au printemps et qu'il était confiant."),
            ("es", "El ministro dijo que las negociaciones se reanudarán en la primavera y que él está confiado."),
            ("it", "Il ministro ha detto che i negoziati riprenderanno in primavera e che è fiducioso per il futuro."),
            ("pt", "O ministro disse que as negociações serão retomadas na primavera e que ele está confiante."),
            ("nl", "De minister zei dat de gesprekken in het voorjaar worden hervat en dat hij er vertrouwen in heeft."),
            ("pl", "Minister powiedział, że rozmowy zostaną wznowione wiosną i że jest dobrej myśli, a to jest ważne."),
            ("ru", "Министр сказал, что переговоры возобновятся весной и что он настроен на успех, а это важно."),
            ("sv", "Ministern sa att samtalen ska återupptas i vår och att han är hoppfull, men det finns mycket kvar att göra."),
            ("tr", "Bakan, görüşmelerin ilkbaharda yeniden başlayacağını ve bu konuda çok umutlu olduğunu söyledi, ama daha çok iş var."),
        ];
        for (lang, text) in cases {
            assert_eq!(detect_language(text), Some(lang), "{text}");
        }
        assert_eq!(detect_language("Kremlin Putin Witkoff"), None);
    }

    proptest::proptest! {
        #[test]
        fn stopword_bits_agree_with_the_table(w in "[a-zA-Z0-9éÜẞK]{0,10}|(The|UND|zwischen|ZWISCHEN|Über|ÜBER|Это|которые)") {
            proptest::prop_assert_eq!(stopword_bits(&w), table().get(w.to_lowercase().as_str()).copied());
        }

        #[test]
        fn alnum_runs_agree_with_split(s in "[a-cA-C0-9 .,\t’é中ß\u{300}-]{0,24}") {
            let split: Vec<&str> = s
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(alnum_runs(&s).collect::<Vec<_>>(), split);
        }
    }

    #[test]
    fn no_ascii_stop_word_is_longer_than_eight_bytes() {
        for w in table().keys().filter(|w| w.is_ascii()) {
            assert!((1..=8).contains(&w.len()), "{w}");
        }
    }

    #[test]
    fn density_counts_stop_words() {
        let en = LangMask::of(Some("en"));
        assert!(density("the cat sat on the mat", en) > 0.4);
        assert_eq!(density("Putin Witkoff Peskov", en), 0.0);
        assert_eq!(density("", en), 0.0);
        // An unknown language checks every list.
        assert!(density("der Hund und die Katze", LangMask::of(None)) > 0.5);
    }
}
