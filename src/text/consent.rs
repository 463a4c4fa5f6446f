//! Cookie-consent panels printed into a page dump. A consent manager's
//! dialog lists its purposes and cookie categories, each with a paragraph
//! that reads like prose ("Information about your activity on this service
//! may be matched …"), between short controls ("Always Active", "Reject
//! All", "Targeting Cookies", "91 partners can use this purpose"). The
//! shared phrase lists catch the controls one by one; the paragraphs
//! between them outweigh a short article or a thread of short posts. A
//! dense cluster of controls is the panel: everything from its first to its
//! last control goes with it.

use super::Info;
use crate::phrases::{self, Kind};

/// Most lines between two controls of one panel (a purpose's title and its
/// description, a vendor count).
const PANEL_GAP: usize = 4;
/// Fewest controls of a panel, of which this many differ in text (a
/// cookie button repeated under every embed is no panel).
const PANEL_MIN_CONTROLS: usize = 3;
/// Most words of a panel's control or category label.
const CONTROL_WORDS: usize = 12;
/// Most words of a cookie category's label ("Strictly Necessary Cookies").
const CATEGORY_WORDS: usize = 5;

/// Wording of a consent dialog's controls and labels, lower case: the IAB
/// framework's purpose counters and vendor lists, category switches and
/// the dialog's own title, in several languages.
const CONTROL_PHRASES: &[&str] = &[
    "partners can use this",
    "legitimate interest",
    "always active",
    "privacy preference",
    "consent preferences",
    "manage consent",
    "show purposes",
    "iab vendors",
    "vendor list",
    "list of vendors",
    "manage options",
    "save settings",
    "save preferences",
    "save my choices",
    "confirm my choices",
    "allow all",
    "reject all",
    "accept all",
    "immer aktiv",
    "berechtigtes interesse",
    "toujours actif",
    "intérêt légitime",
    "siempre activo",
    "interés legítimo",
    "sempre attivo",
    "legittimo interesse",
    "sempre ativo",
    "altijd actief",
];
static CONTROL_SET: phrases::Phrases = phrases::Phrases::new(CONTROL_PHRASES);

/// A control or label of a consent dialog: a cookie notice line the
/// phrase lists know, a short label naming a cookie category ("Functional
/// Cookies", "Cookies de rendimiento"), or a short line with a consent
/// dialog's wording.
// Why: unlike a policy page's prose about cookies, these occur only in the dialog.
pub(super) fn is_panel_control(u: &Info) -> bool {
    if u.kind == Some(Kind::Cookie) {
        return true;
    }
    if u.kind.is_some() || u.words == 0 || u.words > CONTROL_WORDS || u.prose {
        return false;
    }
    let lower = u.text.to_lowercase();
    // (A heading of a manual, "Cookies ¶", or a lead-in, "Reading
    // cookies:", is no category switch.)
    let category = (2..=CATEGORY_WORDS).contains(&u.words)
        && lower.contains("cookie")
        && !lower.contains([':', '¶'])
        && !lower.trim_end().ends_with(['.', '?', '!']);
    category || CONTROL_SET.anywhere(&lower)
}

/// The ranges of units that form consent panels: clusters of at least
/// [`PANEL_MIN_CONTROLS`] controls, no more than [`PANEL_GAP`] lines apart,
/// with at least that many different texts.
// Why: a dialog packs its controls densely; a page mentions cookies here and there.
fn panel_ranges(infos: &[Info]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut cluster: Vec<usize> = Vec::new();
    let close = |cluster: &mut Vec<usize>, ranges: &mut Vec<(usize, usize)>| {
        let mut texts: Vec<&str> = cluster
            .iter()
            .filter_map(|&i| infos.get(i).map(|u| u.text.trim()))
            .collect();
        texts.sort_unstable();
        texts.dedup();
        if texts.len() >= PANEL_MIN_CONTROLS {
            if let (Some(&a), Some(&b)) = (cluster.first(), cluster.last()) {
                ranges.push((a, b));
            }
        }
        cluster.clear();
    };
    for (i, u) in infos.iter().enumerate() {
        if !is_panel_control(u) {
            continue;
        }
        if cluster.last().is_some_and(|&last| i - last > PANEL_GAP + 1) {
            close(&mut cluster, &mut ranges);
        }
        cluster.push(i);
    }
    close(&mut cluster, &mut ranges);
    ranges
}

/// Lines above a panel's first control that may be its title and intro.
const INTRO_LINES: usize = 2;

/// Words of a consent dialog's title and intro, lower case ("We value your
/// privacy", "We and our partners store …").
const INTRO_WORDS: &[&str] = &[
    "privacy",
    "cookie",
    "partners",
    "consent",
    "personal data",
    "datenschutz",
    "einwilligung",
    "confidentialité",
    "consentement",
    "privacidad",
    "consentimiento",
    "consenso",
    "privacidade",
];
static INTRO_SET: phrases::Phrases = phrases::Phrases::new(INTRO_WORDS);

/// The title or intro of a consent dialog: it speaks of privacy, cookies,
/// partners or consent.
// Why: the dialog opens with these right above its buttons.
fn is_panel_intro(u: &Info) -> bool {
    INTRO_SET.anywhere(&u.text.to_lowercase())
}

/// The first line of the panel whose first control is `first`: up to
/// [`INTRO_LINES`] intro lines above it join.
fn panel_start(infos: &[Info], first: usize) -> usize {
    let mut start = first;
    while start > 0 && first - start < INTRO_LINES {
        match infos.get(start - 1) {
            Some(u) if u.kind.is_some() || is_panel_intro(u) => start -= 1,
            _ => break,
        }
    }
    start
}

/// The last line of the panel whose last control is `last`: up to
/// [`INTRO_LINES`] lines below it that speak of the same join (the last
/// category's description).
fn panel_end(infos: &[Info], last: usize) -> usize {
    let mut end = last;
    while end - last < INTRO_LINES && infos.get(end + 1).is_some_and(is_panel_intro) {
        end += 1;
    }
    end
}

/// Mark the units of consent panels as cookie notices: the paragraphs
/// between the controls are the dialog's purpose descriptions.
// Why: those paragraphs read as prose and outweigh a short text around them.
pub(super) fn mark_consent_panels(infos: &mut [Info]) {
    for (first, last) in panel_ranges(infos) {
        let (a, b) = (panel_start(infos, first), panel_end(infos, last));
        for u in infos.iter_mut().take(b + 1).skip(a) {
            if u.kind.is_none() {
                u.kind = Some(Kind::Cookie);
                u.prose = false;
                u.sentence = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{analyze, LangMask};
    use super::*;

    fn en(text: &str) -> Info<'_> {
        analyze(text, LangMask::of(Some("en")), true, None)
    }

    #[test]
    fn controls_are_short_consent_labels() {
        assert!(is_panel_control(&en("Strictly Necessary Cookies")));
        assert!(is_panel_control(&en("Always Active")));
        assert!(is_panel_control(&en(
            "Measure content performance 212 partners can use this purpose"
        )));
        assert!(!is_panel_control(&en("Reading cookies:")));
        assert!(!is_panel_control(&en("Cookies ¶")));
        assert!(!is_panel_control(&en(
            "The bakery on the corner sells the best cookies in town, and the queue shows it."
        )));
    }

    #[test]
    fn a_cluster_of_controls_takes_the_paragraphs_between_them() {
        let mut infos = vec![
            en("The ferry leaves the harbour at seven every morning, and the crossing takes an hour."),
            en("Privacy Preference Center"),
            en("Strictly Necessary Cookies"),
            en("Always Active"),
            en("These technologies are needed for the site to work and cannot be switched off in our systems at all."),
            en("Targeting Cookies"),
            en("They may be set through our site by our advertising partners to build a profile of your interests."),
            en("Read the timetable before you travel, since the winter service runs less often."),
        ];
        mark_consent_panels(&mut infos);
        let marked: Vec<bool> = infos.iter().map(|u| u.kind == Some(Kind::Cookie)).collect();
        assert_eq!(
            marked,
            [false, true, true, true, true, true, true, false],
            "the panel from its title to its last category"
        );
        assert!(!infos[4].prose);
    }

    #[test]
    fn scattered_or_repeated_controls_are_no_panel() {
        let mut infos = vec![
            en("Accept all"),
            en("The ferry leaves the harbour at seven every morning, and the crossing takes an hour."),
            en("Accept all"),
            en("Read the timetable before you travel, since the winter service runs less often."),
            en("Accept all"),
        ];
        mark_consent_panels(&mut infos);
        assert!(infos[1].prose && infos[1].kind.is_none());
        let mut far = vec![en("Functional Cookies")];
        far.extend((0..6).map(|_| {
            en("The ferry leaves the harbour at seven every morning, and the crossing takes an hour.")
        }));
        far.push(en("Always Active"));
        far.push(en("Reject All"));
        mark_consent_panels(&mut far);
        assert!(far[1].kind.is_none(), "six lines apart: two clusters");
    }
}
