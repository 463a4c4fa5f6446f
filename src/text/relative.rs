//! Relative datelines ("3 hours ago", "vor 2 Tagen", "yesterday"), resolved
//! against a reference time the caller gives. Without one they say nothing.

/// A reference time: days since 1970-01-01 and seconds into that day
/// (the default, 1970-01-01T00:00, only serves to recognise the shape).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reference {
    days: i64,
    seconds: i64,
}

/// Read an RFC 3339 time ("2025-03-12T10:00:00Z"; a bare date is midnight).
/// The clock is taken as written, in its own zone.
pub fn parse_reference(s: &str) -> Option<Reference> {
    let s = s.trim();
    let num = |a: usize, b: usize| s.get(a..b).and_then(|v| v.parse::<i64>().ok());
    let (y, m, d) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    if s.get(4..5) != Some("-") || s.get(7..8) != Some("-") || !(1..=12).contains(&m) {
        return None;
    }
    if !(1..=31).contains(&d) {
        return None;
    }
    let seconds = match (num(11, 13), num(14, 16)) {
        (Some(h), Some(min)) if h < 24 && min < 60 => {
            h * 3600 + min * 60 + num(17, 19).unwrap_or(0)
        }
        _ => 0,
    };
    Some(Reference {
        days: days_from_civil(y, m, d),
        seconds,
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01, as `YYYY-MM-DD`.
fn civil_from_days(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Unit words (lower case, stems) and their length in seconds, in en, de,
/// fr, es, it, pt, nl.
const UNITS: &[(&str, i64)] = &[
    ("min", 60),
    ("minut", 60),
    ("hour", 3600),
    ("hr", 3600),
    ("stunde", 3600),
    ("heure", 3600),
    ("hora", 3600),
    ("ora", 3600),
    ("ore", 3600),
    ("uur", 3600),
    ("day", 86_400),
    ("tag", 86_400),
    ("jour", 86_400),
    ("día", 86_400),
    ("dia", 86_400),
    ("giorn", 86_400),
    ("dag", 86_400),
    ("week", 604_800),
    ("woche", 604_800),
    ("semaine", 604_800),
    ("semana", 604_800),
    ("settiman", 604_800),
];

/// Units too coarse to date a page to the day (months and years, lower
/// case stems), in en, de, fr, es, it, pt, nl.
const COARSE_UNITS: &[&str] = &[
    "month", "monat", "mois", "mes", "mese", "maand", "year", "yr", "jahr", "an", "año", "anno",
    "ano", "jaar",
];

/// Words that make a number-and-unit phrase point back in time (matched
/// by [`has_ago_word`], which a test holds to this list).
#[cfg(test)]
const AGO_WORDS: &[&str] = &["ago", "vor", "il y a", "hace", "fa", "há", "geleden"];

/// Where a dateline's words end: spaces and the marks datelines put
/// between their parts.
fn is_word_mark(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ':' | '|' | '·' | '(' | ')')
}

/// The words of a lower-cased line of one to six words (split at spaces and
/// the marks datelines put between their parts); `None` for longer lines.
fn short_line_words(lower: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = lower
        .split(is_word_mark)
        .filter(|w| !w.is_empty())
        .collect();
    (1..=6).contains(&words.len()).then_some(words)
}

/// Whether a line has one to six words as [`short_line_words`] counts them
/// (lower-casing makes no mark and takes none: the count is the same),
/// without lower-casing it or collecting its words.
fn is_short_line(line: &str) -> bool {
    let n = line
        .split(is_word_mark)
        .filter(|w| !w.is_empty())
        .take(7)
        .count();
    (1..=6).contains(&n)
}

/// One of [`AGO_WORDS`] among the words (a phrase of them as consecutive
/// words).
fn has_ago_word(words: &[&str]) -> bool {
    // (The one phrase of several words, "il y a", matched as three words;
    // [`has_ago_word_by_list`] is the definition.)
    words
        .iter()
        .any(|w| matches!(*w, "ago" | "vor" | "hace" | "fa" | "há" | "geleden"))
        || words.windows(3).any(|w| w == ["il", "y", "a"])
}

/// [`has_ago_word`] by a scan of [`AGO_WORDS`]: the definition.
#[cfg(test)]
fn has_ago_word_by_list(words: &[&str]) -> bool {
    AGO_WORDS.iter().any(|ago| {
        let n = ago.split(' ').count();
        words
            .windows(n)
            .any(|w| w.iter().copied().eq(ago.split(' ')))
    })
}

/// Single words for the day before and the same day.
const DAY_WORDS: &[(&str, i64)] = &[
    ("yesterday", 1),
    ("gestern", 1),
    ("hier", 1),
    ("ayer", 1),
    ("ieri", 1),
    ("ontem", 1),
    ("gisteren", 1),
    ("today", 0),
    ("heute", 0),
    ("aujourd'hui", 0),
    ("hoy", 0),
    ("oggi", 0),
    ("hoje", 0),
    ("vandaag", 0),
];

/// The length in seconds a unit word names ("hours", "Tagen", "jours").
fn unit_seconds(word: &str) -> Option<i64> {
    UNITS
        .iter()
        .find(|(stem, _)| {
            word.starts_with(stem) && word.chars().count() <= stem.chars().count() + 3
        })
        .map(|&(_, s)| s)
}

/// The date a short relative dateline names, against `reference`:
/// "3 hours ago", "Posted 2 days ago", "vor 5 Minuten", "il y a 2 jours",
/// "hace 3 días", "yesterday". Long lines are sentences, not datelines.
pub fn relative_date(line: &str, reference: Reference) -> Option<String> {
    // (Most lines are longer: counted before they are lower-cased.)
    if !is_short_line(line) {
        return None;
    }
    let lower = line.trim().to_lowercase();
    let words = short_line_words(&lower)?;
    if has_ago_word(&words) {
        for (i, w) in words.iter().enumerate() {
            let Ok(n) = w.parse::<i64>() else { continue };
            let unit = words
                .get(i + 1)
                .and_then(|u| unit_seconds(u.trim_end_matches('.')));
            if let Some(unit) = unit.filter(|_| (0..=10_000).contains(&n)) {
                let secs = reference.seconds - n * unit;
                return Some(civil_from_days(reference.days + secs.div_euclid(86_400)));
            }
        }
    }
    // A day word alone, or with a publication label or a time ("Posted
    // yesterday", "gestern, 14:30"); in other short lines it is an ordinary
    // word ("Hier klicken": German "here", French "yesterday").
    // (The day word is looked for first: few short lines hold one.)
    if words.len() > 3 {
        return None;
    }
    let (_, back) = DAY_WORDS
        .iter()
        .find(|(word, _)| words.iter().any(|w| w.trim_end_matches('.') == *word))?;
    let dated_context = words.len() == 1
        || crate::meta::dates::date_label(&lower).is_some()
        || words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    dated_context.then(|| civil_from_days(reference.days - back))
}

/// A short line stating an age in months or years ("Asked 2 years, 3
/// months ago", "vor 3 Jahren"): a dateline that gives no date to the day.
// Why: Q&A and forum pages print such ages over posts; they are no text.
pub fn is_coarse_age(line: &str) -> bool {
    // (Six words with a figure: longer lines or lines without one are no
    // ages, and most lines are asked here.)
    if line.len() > 60
        || !line.bytes().any(|b| b.is_ascii_digit())
        || line.split_whitespace().count() > 6
    {
        return false;
    }
    let lower = line.trim().to_lowercase();
    let Some(words) = short_line_words(&lower) else {
        return false;
    };
    has_ago_word(&words)
        && words.windows(2).any(|pair| match pair {
            [n, unit] => {
                n.parse::<u32>().is_ok() && {
                    let unit = unit.trim_end_matches('.');
                    COARSE_UNITS.iter().any(|stem| {
                        unit.starts_with(stem) && unit.chars().count() <= stem.chars().count() + 3
                    })
                }
            }
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn ago_words_agree_with_the_list(
            words in proptest::collection::vec(
                proptest::sample::select(vec!["ago", "vor", "il", "y", "a", "hace", "fa", "há", "geleden", "3", "jours", "x"]),
                0..6,
            )
        ) {
            proptest::prop_assert_eq!(has_ago_word(&words), has_ago_word_by_list(&words));
        }

        #[test]
        fn short_lines_are_counted_as_their_words(line in "[a-zA-ZÉİ ,:|·()\t]{0,24}") {
            let lower = line.trim().to_lowercase();
            proptest::prop_assert_eq!(is_short_line(&line), short_line_words(&lower).is_some());
        }
    }

    #[test]
    fn resolves_against_the_reference() {
        let r = parse_reference("2025-03-12T10:00:00Z").unwrap();
        assert_eq!(
            relative_date("3 hours ago", r).as_deref(),
            Some("2025-03-12")
        );
        assert_eq!(
            relative_date("Posted 11 hours ago", r).as_deref(),
            Some("2025-03-11")
        );
        assert_eq!(
            relative_date("vor 2 Tagen", r).as_deref(),
            Some("2025-03-10")
        );
        assert_eq!(
            relative_date("il y a 2 semaines", r).as_deref(),
            Some("2025-02-26")
        );
        assert_eq!(
            relative_date("hace 3 días", r).as_deref(),
            Some("2025-03-09")
        );
        assert_eq!(relative_date("Yesterday", r).as_deref(), Some("2025-03-11"));
        let r = parse_reference("2024-01-01").unwrap();
        assert_eq!(relative_date("1 day ago", r).as_deref(), Some("2023-12-31"));
    }

    #[test]
    fn ages_in_months_and_years_are_coarse() {
        assert!(is_coarse_age("Asked 2 years, 3 months ago"));
        assert!(is_coarse_age("vor 3 Jahren"));
        assert!(is_coarse_age("il y a 2 ans"));
        assert!(!is_coarse_age("3 hours ago"));
        assert!(!is_coarse_age(
            "Two years ago we moved the shop to a new street."
        ));
        assert!(!is_coarse_age("Annual report 2024"));
    }

    #[test]
    fn day_words_need_a_dated_context() {
        let r = parse_reference("2025-03-12T10:00:00Z").unwrap();
        assert_eq!(relative_date("Hier", r).as_deref(), Some("2025-03-11"));
        assert_eq!(
            relative_date("Publié hier", r).as_deref(),
            Some("2025-03-11")
        );
        assert_eq!(
            relative_date("gestern, 14:30", r).as_deref(),
            Some("2025-03-11")
        );
        // Regression: German "hier" (here) in a short UI line is no dateline.
        assert_eq!(relative_date("Hier klicken", r), None);
        assert_eq!(relative_date("Mehr Infos hier", r), None);
    }

    #[test]
    fn sentences_and_bad_references_say_nothing() {
        let r = parse_reference("2025-03-12T10:00:00Z").unwrap();
        assert_eq!(
            relative_date("He left 3 hours ago and came back later on", r),
            None
        );
        assert_eq!(relative_date("3 apples", r), None);
        assert_eq!(parse_reference("yesterday"), None);
        assert_eq!(parse_reference("2025-13-01"), None);
    }
}
