//! Document language: declared (`<html lang>`, meta) or detected from text.

/// The primary subtag of a BCP 47 tag, lower-cased (`en-US` → `en`);
/// `None` for empty or obviously bogus values.
pub fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let ok = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    ok.then_some(primary)
}

// The first `max` bytes of a text, cut back to a character boundary.
fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Detect the language of a text from its first few KB; `None` when the
/// detector is not confident.
pub fn detect(text: &str) -> Option<String> {
    let sample = head(text, 4096);
    if sample.split_whitespace().count() < 5 && sample.chars().count() < 20 {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() {
        return None;
    }
    Some(iso639_1(info.lang()).to_string())
}

/// The record's language: the declared tag's primary subtag, unless the text
/// clearly reads as another language (templates keep `lang="en"` on
/// translated pages). Returns the tag and whether detection decided it.
pub fn resolve(declared: Option<&str>, text: &str) -> Option<(String, bool)> {
    let declared = declared.and_then(primary_subtag);
    let detected = || detect_confident(text);
    match declared {
        // The first 1 KB of text agreeing with the declaration settles it
        // (the common case, at a quarter of the cost of a full detection;
        // a confident verdict against it on 4 KB whose first KB reads as
        // the declared language does not occur on the 1,497 WCXB dev pages).
        Some(d) if stop_words_agree(&d, text) || detect_head_agrees(&d, text) => Some((d, false)),
        Some(d) => match detected() {
            Some(t) if !same_or_related(&d, &t) => Some((t, true)),
            _ => Some((d, false)),
        },
        None => detect(text).map(|t| (t, true)),
    }
}

// Whether the first 1 KB of text reads as the declared language by its stop
// words: the declared language's make at least 15% of at least 40 words and
// twice the hits of any other list. A detection costs thirty times more, and
// text with that many of one language's stop words is that language.
fn stop_words_agree(declared: &str, text: &str) -> bool {
    use crate::text::stopwords::{hits_per_language, LANGS};
    let Some(d) = LANGS.iter().position(|l| *l == declared) else {
        return false;
    };
    let (hits, total) = hits_per_language(head(text, 1024), usize::MAX);
    let own = hits.get(d).copied().unwrap_or(0);
    let others = hits
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != d)
        .map(|(_, &h)| h)
        .max()
        .unwrap_or(0);
    total >= 40 && own * 100 >= total * 15 && own >= 2 * others
}

// Whether a reliable detection on the first 1 KB of text names the declared
// language (or one a detector confuses with it).
fn detect_head_agrees(declared: &str, text: &str) -> bool {
    let Some(info) = whatlang::detect(head(text, 1024)) else {
        return false;
    };
    info.is_reliable() && same_or_related(declared, iso639_1(info.lang()))
}

/// Detection that may overrule a declaration: a reliable, highly confident
/// verdict on enough words of text.
fn detect_confident(text: &str) -> Option<String> {
    let sample = head(text, 4096);
    // Short texts (a product name, a menu) are too little to contradict a page.
    let enough = sample.split_whitespace().count() >= 40 || sample.chars().count() >= 400;
    if !enough {
        return None;
    }
    let info = whatlang::detect(sample)?;
    (info.is_reliable() && info.confidence() >= 0.9).then(|| iso639_1(info.lang()).to_string())
}

/// Languages a detector confuses with each other (or that one tag may
/// cover): a disagreement inside a group is no evidence against the page.
fn same_or_related(a: &str, b: &str) -> bool {
    const GROUPS: [&[&str]; 7] = [
        &["no", "nb", "nn", "da", "sv"],
        &["sr", "hr", "bs", "sh", "me"],
        &["ms", "id"],
        &["hi", "ur", "mr", "ne"],
        &["cs", "sk"],
        &["ru", "uk", "be", "bg", "mk"],
        &["es", "gl", "ca", "pt"],
    ];
    a == b || GROUPS.iter().any(|g| g.contains(&a) && g.contains(&b))
}

/// whatlang gives ISO 639-3 codes; records use the two-letter code when one
/// exists.
fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Epo => "eo",
        _ => lang.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GERMAN: &str =
        "Der schnelle braune Fuchs springt über den faulen Hund, und dann geht er \
        nach Hause zurück. Am Abend sitzt die ganze Familie zusammen am Tisch und erzählt \
        von dem langen Tag, von der Arbeit, von der Schule und von den Plänen für das \
        kommende Wochenende, an dem alle gemeinsam in die Berge fahren wollen.";

    #[test]
    fn primary_subtags() {
        assert_eq!(primary_subtag("en-US").as_deref(), Some("en"));
        assert_eq!(primary_subtag("pt_BR").as_deref(), Some("pt"));
        assert_eq!(primary_subtag("").as_deref(), None);
        assert_eq!(primary_subtag("english").as_deref(), None);
    }

    #[test]
    fn declared_language_unless_text_clearly_disagrees() {
        // A template's lang="en" on a German page: detection wins.
        assert_eq!(
            resolve(Some("en-US"), GERMAN),
            Some(("de".to_string(), true))
        );
        // Agreement, or a related language, keeps the declaration.
        assert_eq!(
            resolve(Some("de-AT"), GERMAN),
            Some(("de".to_string(), false))
        );
        assert_eq!(
            resolve(
                Some("nb"),
                "Dette er en kort tekst på norsk om været i dag og i morgen."
            ),
            Some(("nb".to_string(), false))
        );
        // Too little text never overrules the page.
        assert_eq!(
            resolve(Some("fr"), "Der schnelle braune Fuchs springt."),
            Some(("fr".to_string(), false))
        );
        // Nothing declared: detection alone.
        assert_eq!(resolve(None, GERMAN), Some(("de".to_string(), true)));
        assert_eq!(resolve(Some("bogus-tag-"), ""), None);
    }

    #[test]
    fn stop_words_settle_only_a_clear_agreement() {
        assert!(stop_words_agree("de", GERMAN));
        // Another language's declaration, a language without a list, or too
        // few words are left to the detector.
        assert!(!stop_words_agree("en", GERMAN));
        assert!(!stop_words_agree("fi", GERMAN));
        assert!(!stop_words_agree("de", "Der Fuchs springt über den Hund."));
    }

    #[test]
    fn detects_clear_text() {
        let t = "Der schnelle braune Fuchs springt über den faulen Hund, und dann geht er nach Hause zurück.";
        assert_eq!(detect(t).as_deref(), Some("de"));
    }
}
