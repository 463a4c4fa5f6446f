//! Dates in datelines. `crate::meta::dates::parse_date` handles ISO and
//! English month names; this adds what datelines of other languages use:
//! month names in de, fr, es, it, pt, nl, pl, ru and day-first dotted dates
//! ("12.03.2025").

use crate::meta::dates::{parse_date, ymd};

/// Month-name prefixes (at least 3 letters, lower case) per month, in the
/// non-English languages with stop-word lists.
const MONTHS: [&[&str]; 12] = [
    &[
        "januar",
        "jänner",
        "janvier",
        "enero",
        "gennaio",
        "janeiro",
        "januari",
        "styczeń",
        "stycznia",
        "январ",
        "янв",
    ],
    &[
        "februar",
        "février",
        "fevrier",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari",
        "luty",
        "lutego",
        "феврал",
        "фев",
    ],
    &[
        "märz", "maerz", "mars", "marzo", "março", "maart", "marzec", "marca", "март", "мар",
    ],
    &[
        "april",
        "avril",
        "abril",
        "aprile",
        "kwiecień",
        "kwietnia",
        "апрел",
        "апр",
    ],
    &[
        "mai", "mayo", "maggio", "maio", "mei", "maj", "maja", "мая", "май",
    ],
    &[
        "juni", "juin", "junio", "giugno", "junho", "czerwiec", "czerwca", "июн",
    ],
    &[
        "juli", "juillet", "julio", "luglio", "julho", "lipiec", "lipca", "июл",
    ],
    &[
        "august",
        "août",
        "aout",
        "agosto",
        "augustus",
        "sierpień",
        "sierpnia",
        "август",
        "авг",
    ],
    &[
        "september",
        "septembre",
        "septiembre",
        "settembre",
        "setembro",
        "wrzesień",
        "września",
        "сентябр",
        "сен",
    ],
    &[
        "oktober",
        "octobre",
        "octubre",
        "ottobre",
        "outubro",
        "październik",
        "października",
        "октябр",
        "окт",
    ],
    &[
        "november",
        "novembre",
        "noviembre",
        "novembro",
        "listopad",
        "listopada",
        "ноябр",
        "ноя",
    ],
    &[
        "dezember",
        "décembre",
        "decembre",
        "diciembre",
        "dicembre",
        "dezembro",
        "december",
        "grudzień",
        "grudnia",
        "декабр",
        "дек",
    ],
];

/// The month a (lower-case) word names in one of the supported languages.
fn month_of(word: &str) -> Option<u32> {
    if word.chars().count() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|names| {
            names.iter().any(|n| {
                // Full names match exactly or as a stem of an inflected form
                // (Russian "марта", Polish "marca"); abbreviations as prefixes.
                word == *n
                    || (word.starts_with(n) && n.chars().count() >= 3)
                    || (n.starts_with(word)
                        && word.chars().count() >= 3
                        && word.chars().count() + 2 >= n.chars().count())
            })
        })
        .map(|i| i as u32 + 1)
}

/// `12. März 2025`, `12 de marzo de 2025`, `le 12 mars 2025`, `12 марта 2025`.
fn localized_month_date(s: &str) -> Option<String> {
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty() && *w != "de" && *w != "del" && *w != "di")
        .map(str::to_lowercase)
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month_of(w) else { continue };
        let day = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .and_then(|d| d.parse::<u32>().ok());
        let year = words
            .get(i + 1)
            .and_then(|y| y.trim_end_matches(['г', 'р']).parse::<u32>().ok());
        if let (Some(d), Some(y)) = (day, year) {
            if let Some(date) = ymd(y, m, d) {
                return Some(date);
            }
        }
    }
    None
}

/// `12.03.2025` (day first, as written in de, pl, ru, nl and others).
fn dotted_date(s: &str) -> Option<String> {
    for token in s.split(|c: char| c.is_whitespace() || c == ',') {
        let token = token.trim_end_matches('.');
        let parts: Vec<&str> = token.split('.').collect();
        if parts.len() != 3 {
            continue;
        }
        let nums: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if let [d, m, y] = nums[..] {
            if parts.get(2).is_some_and(|y| y.len() == 4) {
                if let Some(date) = ymd(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// A date in a dateline, in any supported language.
pub fn parse_any_date(s: &str) -> Option<String> {
    parse_date(s)
        .or_else(|| localized_month_date(s))
        .or_else(|| dotted_date(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localized_dates() {
        assert_eq!(
            parse_any_date("12. März 2025").as_deref(),
            Some("2025-03-12")
        );
        assert_eq!(
            parse_any_date("Publié le 3 février 2024 à 10h").as_deref(),
            Some("2024-02-03")
        );
        assert_eq!(
            parse_any_date("Actualizado: 7 de octubre de 2023").as_deref(),
            Some("2023-10-07")
        );
        assert_eq!(
            parse_any_date("5 марта 2025 г.").as_deref(),
            Some("2025-03-05")
        );
        assert_eq!(
            parse_any_date("Stand: 01.04.2025, 18:00 Uhr").as_deref(),
            Some("2025-04-01")
        );
        assert_eq!(
            parse_any_date("Published 12 March 2025").as_deref(),
            Some("2025-03-12")
        );
        assert_eq!(parse_any_date("31.02.2025"), None);
        assert_eq!(parse_any_date("Maria went home"), None);
    }
}
