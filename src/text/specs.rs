//! A product's spec sheet: under a header the shop names it by
//! ("Specifications", "Technical details", "Technische Daten"), a run of
//! short rows, each a field and its value on one line ("Weight: 58 g") or
//! on two ("Frame material" / "Aluminium"). A text dump prints it as short
//! lines, which the body span scores like a menu and cuts; when the body
//! runs into a spec sheet, or one starts right after it, the sheet is part
//! of the product's text.

use super::Info;

/// Headers of a product's spec sheet, compared folded, whole line.
const SPEC_HEADERS: &[&str] = &[
    "specifications",
    "specification",
    "specs",
    "tech specs",
    "technical specs",
    "technical specifications",
    "technical details",
    "technical data",
    "product specifications",
    "product specs",
    "product details",
    "product information",
    "product info",
    "details",
    "details specs",
    "specs details",
    "dimensions",
    "product dimensions",
    "dimensions weight",
    "size fit",
    "materials",
    "material care",
    "materials care",
    "at a glance",
    "key features",
    "features specs",
    "features and specifications",
    "technische daten",
    "technische details",
    "produktdetails",
    "produktinformationen",
    "artikeldetails",
    "abmessungen",
    "caractéristiques",
    "caractéristiques techniques",
    "fiche technique",
    "détails du produit",
    "dimensions et poids",
    "especificaciones",
    "especificaciones técnicas",
    "ficha técnica",
    "detalles del producto",
    "características",
    "specifiche",
    "specifiche tecniche",
    "scheda tecnica",
    "dettagli prodotto",
    "caratteristiche",
    "especificações",
    "especificações técnicas",
    "detalhes do produto",
    "specificaties",
    "productspecificaties",
    "technische gegevens",
    "kenmerken",
    "specyfikacja",
    "specyfikacja techniczna",
    "dane techniczne",
    "характеристики",
    "технические характеристики",
    "规格参数",
    "产品参数",
    "仕様",
    "スペック",
];

/// Most lines between the body's last line and a spec sheet's header.
const SPEC_GAP: usize = 3;
/// Fewest rows of a spec sheet.
const SPEC_MIN_ROWS: usize = 4;
/// Most rows of one spec sheet (a long run of short lines beyond it is a
/// menu, however it opens).
const SPEC_MAX_ROWS: usize = 150;
/// Most words of one row.
const SPEC_ROW_WORDS: usize = 12;
/// Most words of a row that names its field ("Care: Wipe clean with a
/// damp cloth").
const SPEC_FIELD_ROW_WORDS: usize = 24;
/// Most words of a field's name.
const SPEC_FIELD_WORDS: usize = 4;

/// The header of a spec sheet ("Specifications", "Tech Specs").
fn is_spec_header(u: &Info) -> bool {
    // (Headers are short: most lines are not folded.)
    u.words <= 4 && u.text.len() <= 48 && !u.prose && SPEC_HEADERS.contains(&u.folded.as_str())
}

/// A line that can be a row of a spec sheet: short, no running prose or
/// sentence, no boilerplate, in no zone (reviews, related links).
fn is_spec_row(u: &Info) -> bool {
    (u.words <= SPEC_ROW_WORDS || (u.words <= SPEC_FIELD_ROW_WORDS && names_its_field(u.text)))
        && !u.prose
        && !u.sentence
        && u.kind.is_none()
        && u.zone.is_none()
        && !u.symbols
}

/// A row that opens with its field's name and a colon ("Fit: regular").
fn names_its_field(text: &str) -> bool {
    text.split_once(':').is_some_and(|(field, value)| {
        (1..=SPEC_FIELD_WORDS).contains(&field.split_whitespace().count())
            && !value.trim().is_empty()
    })
}

/// Yes/no answers of a spec sheet's rows, compared lower-cased.
const YES_NO: &[&str] = &[
    "yes", "no", "ja", "nein", "oui", "non", "sí", "si", "sì", "não", "sim", "nee", "tak", "nie",
    "да", "нет",
];

/// A row that gives a value: a figure ("58 g", "1200 W"), a field and its
/// value ("Colour: black"), a list of values ("XS, S, M"), or yes/no. A
/// menu's labels give none.
fn gives_value(text: &str) -> bool {
    let t = text.trim();
    t.chars()
        .any(|c| c.is_ascii_digit() || c == ':' || c == ',')
        || YES_NO.contains(&t.to_lowercase().as_str())
}

/// A run of spec rows gives values in at least one row of five (a menu's
/// link column gives none).
fn reads_as_spec_sheet(rows: &[Info]) -> bool {
    let values = rows.iter().filter(|u| gives_value(u.text)).count();
    rows.len() >= SPEC_MIN_ROWS && values * 5 >= rows.len()
}

/// Most rows in a row that give no value inside a sheet (field names of
/// two-line rows, "Upholstered" under "Seat material"); more are a menu
/// after it.
const SPEC_MAX_BARE_ROWS: usize = 10;

/// The rows of the spec sheet under a header at `h`: the spec rows that
/// follow it up to the last that gives a value before a run of more than
/// [`SPEC_MAX_BARE_ROWS`] that give none, when they read as a sheet.
fn sheet_rows(infos: &[Info], h: usize) -> Option<std::ops::Range<usize>> {
    let mut last_value = None;
    for (i, u) in infos.iter().enumerate().skip(h + 1).take(SPEC_MAX_ROWS) {
        if !is_spec_row(u) || i - last_value.unwrap_or(h) > SPEC_MAX_BARE_ROWS {
            break;
        }
        if gives_value(u.text) {
            last_value = Some(i);
        }
    }
    let range = h + 1..last_value? + 1;
    reads_as_spec_sheet(infos.get(range.clone())?).then_some(range)
}

/// The spec sheets whose header lies in the body span `start..=end` or
/// within [`SPEC_GAP`] lines after it, each as the range of its rows.
fn spec_sheets(infos: &[Info], start: usize, end: usize) -> Vec<std::ops::Range<usize>> {
    let mut sheets = Vec::new();
    let mut h = start;
    while h <= end + 1 + SPEC_GAP && h < infos.len() {
        if infos.get(h).is_some_and(is_spec_header) {
            if let Some(rows) = sheet_rows(infos, h) {
                h = rows.end;
                sheets.push(rows);
                continue;
            }
        }
        h += 1;
    }
    sheets
}

/// Take the spec sheets of the body span `start..=end` (see
/// [`spec_sheets`]): their rows are no menu, and a sheet that runs past
/// the span's end extends it. The new end.
pub(super) fn take_spec_sheets(infos: &mut [Info], start: usize, end: usize) -> usize {
    let mut new_end = end;
    for rows in spec_sheets(infos, start, end) {
        new_end = new_end.max(rows.end - 1);
        // (The header with its rows.)
        for u in infos.iter_mut().take(rows.end).skip(rows.start - 1) {
            u.menu = false;
        }
    }
    new_end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::stopwords::LangMask;

    fn page(lines: &[&str]) -> Vec<Info<'static>> {
        let lines: Vec<&'static str> = lines
            .iter()
            .map(|l| &*Box::leak(l.to_string().into_boxed_str()))
            .collect();
        lines
            .iter()
            .map(|l| super::super::analyze(l, LangMask::of(Some("en")), true, None))
            .collect()
    }

    const PROSE: &str = "This lamp folds flat for the trip home, and the shade is made of \
        recycled paper that softens the light of the bulb in the evening.";

    #[test]
    fn a_sheet_after_the_body_continues_it() {
        let mut infos = page(&[
            PROSE,
            "Specifications",
            "Weight",
            "1.2 kg",
            "Height",
            "45 cm",
            "Shade material",
            "Recycled paper",
            "Dimmable",
            "Yes",
            PROSE,
        ]);
        assert_eq!(take_spec_sheets(&mut infos, 0, 0), 9);
    }

    #[test]
    fn a_sheet_the_body_runs_into_goes_on() {
        let mut infos = page(&[
            PROSE,
            "Tech Specs",
            "Weight: 1.2 kg",
            "Height: 45 cm",
            "Cord length: 2 m",
            "Bulb: E27",
            "Colour: sand",
        ]);
        assert_eq!(take_spec_sheets(&mut infos, 0, 3), 6);
    }

    #[test]
    fn menus_and_unheaded_runs_do_not() {
        // A footer's link column under a header that names no sheet.
        let mut footer = page(&[
            PROSE,
            "Customer Service",
            "Contact Us",
            "Shipping",
            "Returns",
            "Gift Cards",
        ]);
        assert_eq!(take_spec_sheets(&mut footer, 0, 0), 0);
        // A "Features" column of labels gives no values.
        let mut menu = page(&[
            PROSE,
            "Features",
            "Pricing",
            "Integrations",
            "Security",
            "Changelog",
        ]);
        assert_eq!(take_spec_sheets(&mut menu, 0, 0), 0);
    }
}
