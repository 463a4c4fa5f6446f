//! The page's closing copyright notice ("© 2025 Shop Ltd. All rights
//! reserved.") is the last thing a visitor sees; a text dump prints the
//! page's hidden dialogs after it (sign-in and password forms, a privacy
//! policy opened from a link, a cart drawer). Once the body came before
//! the notice, what follows it is those dialogs, not the page's text.

use super::{Info, Zone};
use crate::phrases::Kind;

/// Most words of a closing copyright notice.
const NOTICE_WORDS: usize = 20;
/// Prose words that must come before the notice: the page's text.
const BODY_WORDS: usize = 40;

/// Lines after the notice where a story's byline or dateline shows that
/// the page's text follows it.
const STORY_LOOKAHEAD: usize = 20;

/// A copyright notice of the page's footer: a copyright line with the
/// sign, or opening with the word and a year ("© 2025 Shop Ltd.",
/// "Copyright 2024 …"; not "Copyright license" in a list).
fn is_footer_notice(u: &Info) -> bool {
    if u.kind != Some(Kind::Copyright) || u.words > NOTICE_WORDS {
        return false;
    }
    let t = u.text.trim_start();
    t.contains('©')
        || t.get(..9)
            .is_some_and(|w| w.eq_ignore_ascii_case("copyright"))
            && t.chars().skip(9).take(3).any(|c| c.is_ascii_digit())
}

/// A story opens right after line `at`: a byline or dateline within
/// [`STORY_LOOKAHEAD`] lines (the dump printed the footer first).
fn story_follows(infos: &[Info], at: usize) -> bool {
    infos
        .iter()
        .skip(at + 1)
        .take(STORY_LOOKAHEAD)
        .any(|u| u.byline.is_some() || u.dateline.is_some())
}

/// Content stems read on each side of the notice: enough to judge the
/// subject, bounded on pages that print a whole policy after it.
const TOPIC_SAMPLE: usize = 600;

/// Share of the content stems of the prose after line `at` that the
/// prose before it has too (0..=1), read on [`TOPIC_SAMPLE`] stems on
/// each side, nearest the notice first.
fn topic_share(infos: &[Info], at: usize) -> f32 {
    let is_text = |u: &&Info| u.prose && u.zone.is_none();
    let mut before: Vec<crate::text::features::Stem> = Vec::new();
    for u in infos.get(..at).unwrap_or(&[]).iter().rev().filter(is_text) {
        if before.len() >= TOPIC_SAMPLE {
            break;
        }
        before.extend(crate::text::features::content_stems(u.text));
    }
    before.sort_unstable();
    before.dedup();
    let (mut shared, mut all) = (0usize, 0usize);
    for u in infos.get(at + 1..).unwrap_or(&[]).iter().filter(is_text) {
        if all >= TOPIC_SAMPLE {
            break;
        }
        let line = crate::text::features::content_stems(u.text);
        all += line.len();
        shared += line
            .iter()
            .filter(|w| before.binary_search(w).is_ok())
            .count();
    }
    if all == 0 {
        0.0
    } else {
        shared as f32 / all as f32
    }
}

/// Topic share (see [`topic_share`]) above which the prose after the
/// notice goes on with the body's subject.
const SAME_TOPIC: f32 = 0.5;
/// Topic share above which a long text after the notice (twice the prose
/// before it) goes on with the body's subject.
const NEAR_TOPIC: f32 = 0.3;

/// The prose after the notice at `at` continues the body (a dump that
/// printed the footer in the middle of an article): it shares the body's
/// words, or shares a fair part of them and outweighs it twice. Dialogs
/// and policies speak of accounts, passwords and data.
fn continues_the_body(infos: &[Info], at: usize, before: usize) -> bool {
    let after: usize = infos
        .iter()
        .skip(at + 1)
        .filter(|u| u.prose && u.zone.is_none())
        .map(|u| u.words)
        .sum();
    let share = topic_share(infos, at);
    share >= SAME_TOPIC || (share >= NEAR_TOPIC && after >= 2 * before)
}

/// Mark what follows the page's only footer notice as dialogs, when the
/// notice comes after the page's text (at least [`BODY_WORDS`] of prose
/// before it, in the latter part of the dump). A page that prints the
/// notice more than once (each story of a listing, a header and a footer)
/// is left alone.
pub(super) fn mark_dialogs_after_footer(infos: &mut [Info]) {
    let mut notices = infos
        .iter()
        .enumerate()
        .filter(|(_, u)| is_footer_notice(u));
    let (Some((at, _)), None) = (notices.next(), notices.next()) else {
        return;
    };
    let before: usize = infos
        .iter()
        .take(at)
        .filter(|u| u.prose && u.zone.is_none())
        .map(|u| u.words)
        .sum();
    if before < BODY_WORDS
        || at * 3 < infos.len()
        || story_follows(infos, at)
        || continues_the_body(infos, at, before)
    {
        return;
    }
    for u in infos.iter_mut().skip(at + 1) {
        u.zone.get_or_insert(Zone::Dialogs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::stopwords::LangMask;

    fn page(lines: &[&str]) -> Vec<Info<'static>> {
        lines
            .iter()
            .map(|l| {
                let l: &'static str = Box::leak(l.to_string().into_boxed_str());
                super::super::analyze(l, LangMask::of(Some("en")), true, None)
            })
            .collect()
    }

    const BODY: &str = "Our walking shoes are cut from soft merino wool, with a cushioned sole \
        that keeps its bounce for many months of daily errands around town.";
    const BODY2: &str = "The laces are made from recycled bottles, and the insoles can be \
        replaced when they wear thin, so the shoes last longer than most.";
    const DIALOG: &str = "Enter the email address of your account and we will send you a \
        link to reset your password within the next few minutes.";

    fn marked(infos: &[Info]) -> Vec<bool> {
        infos
            .iter()
            .map(|u| u.zone == Some(Zone::Dialogs))
            .collect()
    }

    #[test]
    fn dialogs_after_the_footer_are_marked() {
        let mut infos = page(&[
            "Walking Shoes",
            BODY,
            BODY2,
            "About Us",
            "© 2025 Example Shoes Ltd. All rights reserved.",
            "Forgot your password?",
            DIALOG,
        ]);
        mark_dialogs_after_footer(&mut infos);
        assert_eq!(
            marked(&infos),
            [false, false, false, false, false, true, true]
        );
    }

    #[test]
    fn a_story_after_the_footer_or_two_notices_are_not() {
        // The dump printed the footer first: a byline follows the notice.
        let lines = [
            "Walking Shoes",
            BODY,
            BODY2,
            "Careers",
            "© 2025 Example Shoes Ltd.",
            "A weekend on the coast path",
            "By Jane Roe",
            DIALOG,
        ];
        let mut infos = page(&lines);
        mark_dialogs_after_footer(&mut infos);
        assert!(marked(&infos).iter().all(|m| !m));
        // A notice under every item of a listing.
        let mut infos = page(&[
            BODY,
            BODY2,
            "© 2025 Example Wire",
            BODY,
            "© 2025 Example Wire",
            DIALOG,
        ]);
        mark_dialogs_after_footer(&mut infos);
        assert!(marked(&infos).iter().all(|m| !m));
    }

    #[test]
    fn the_body_going_on_after_the_footer_is_kept() {
        let mut infos = page(&[
            "Walking Shoes",
            BODY,
            BODY2,
            "© 2025 Example Shoes Ltd. All rights reserved.",
            "Our merino wool walking shoes keep a cushioned sole for months of daily errands.",
        ]);
        mark_dialogs_after_footer(&mut infos);
        assert!(marked(&infos).iter().all(|m| !m));
    }

    #[test]
    fn footer_notices_have_the_sign_or_a_year() {
        let notice = |t: &str| page(&[t]).first().is_some_and(is_footer_notice);
        assert!(notice("© 2025 Example Shoes Ltd. All rights reserved."));
        assert!(notice("Copyright 2019-2025 Example Media"));
        assert!(!notice("Copyright license"));
    }
}
