//! The furniture of forum and Q&A threads that a page dump prints between
//! the posts: a user's reputation and badge counts ("1,992 2 gold badges 14
//! silver badges"), quote expanders ("Click to expand..."), edit notices
//! ("Last edited by jane on May 3"), comment controls ("Add a comment",
//! "Show 2 more comments"), a question's statistics ("Modified 1 year
//! ago", "Viewed 11k times"), a member's statistics ("410 posts · Joined
//! 2002") and the answers' sort control ("Sorted by: Reset to default").
//! None is a post's text.

/// Longest line (in bytes) that can be such furniture.
const MAX_FURNITURE_BYTES: usize = 160;
/// Most words of an edit notice or a question's statistic.
const MAX_NOTICE_WORDS: usize = 16;

/// `text` starts with `prefix` (ASCII, lower case) in any case.
fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// A user's badge counts: a number followed by "gold", "silver" or
/// "bronze" and "badge(s)".
// Why: Q&A sites print the answerer's badges under every post.
fn is_badge_line(text: &str) -> bool {
    if memchr::memmem::find(text.as_bytes(), b" badge").is_none() {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(3).any(|w| match w {
        [n, metal, badge] => {
            n.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                && matches!(*metal, "gold" | "silver" | "bronze")
                && matches!(*badge, "badge" | "badges")
        }
        _ => false,
    })
}

/// A quoted post's expander, alone on its line ("Click to expand...",
/// "Zum Vergrößern anklicken....").
const EXPANDERS: &[&str] = &[
    // (all shorter than EXPANDER_BYTES with their dots)
    "click to expand",
    "click to shrink",
    "zum vergrößern anklicken",
    "cliquez pour agrandir",
    "haz clic para expandir",
    "clicca per espandere",
    "klik om te vergroten",
];

// Why: a forum prints it under every quote it folds.
fn is_expander(text: &str) -> bool {
    if text.len() > EXPANDER_BYTES || !text.ends_with(['.', '…']) {
        return false;
    }
    let core = text.trim_end_matches(['.', '…', ' ']).to_lowercase();
    EXPANDERS.contains(&core.as_str())
}

/// Longest expander line in bytes.
const EXPANDER_BYTES: usize = 40;

/// Openers of a post's edit notice, lower case ("Last edited by jane",
/// "Zuletzt bearbeitet von").
const EDIT_NOTICES: &[&str] = &[
    "last edited",
    "zuletzt bearbeitet",
    "dernière modification par",
    "dernière édition par",
    "última edición por",
    "ultima modifica di",
];

/// A post's edit notice: a short line opening with one of
/// [`EDIT_NOTICES`].
// Why: the notice dates an edit; it is no part of what the poster wrote.
fn is_edit_notice(text: &str, words: impl Fn() -> usize) -> bool {
    text.starts_with(['L', 'l', 'Z', 'z', 'D', 'd', 'Ú', 'ú', 'U', 'u'])
        && words() <= MAX_NOTICE_WORDS
        && EDIT_NOTICES.iter().any(|p| {
            text.get(..p.len())
                .is_some_and(|head| head.to_lowercase() == *p)
        })
}

/// Longest comment control in bytes ("Show 120 more comments").
const COMMENT_CONTROL_BYTES: usize = 24;

/// A comment control of a Q&A post: "Add a comment", "Show 3 more
/// comments".
// Why: these are buttons under every question and answer.
fn is_comment_control(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c == '|' || c.is_whitespace());
    if t.len() > COMMENT_CONTROL_BYTES {
        return false;
    }
    if t.eq_ignore_ascii_case("add a comment") {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    matches!(words.as_slice(), [show, n, more, comments]
        if show.eq_ignore_ascii_case("show")
            && n.chars().all(|c| c.is_ascii_digit())
            && more.eq_ignore_ascii_case("more")
            && (comments.eq_ignore_ascii_case("comment") || comments.eq_ignore_ascii_case("comments")))
}

/// Verbs that open a question's statistics, lower case ("Modified today",
/// "Viewed 11k times"). ("Asked" and "answered" lines date the question
/// and its answers: they stay datelines.)
const QUESTION_STATS: &[&str] = &["modified ", "viewed ", "edited "];

/// A question's or answer's statistic: a short line opening with one of
/// [`QUESTION_STATS`] and then a figure, a month or "today"/"yesterday".
// Why: Q&A sites print when a post was asked, edited and viewed above or under it.
fn is_question_stat(text: &str, words: impl Fn() -> usize) -> bool {
    let Some(verb) = QUESTION_STATS.iter().find(|v| starts_with_ci(text, v)) else {
        return false;
    };
    if words() > MAX_NOTICE_WORDS / 2 {
        return false;
    }
    let rest = text.get(verb.len()..).unwrap_or("").trim_start();
    let first = rest.split_whitespace().next().unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_digit())
        || crate::meta::dates::month_number(&first.trim_end_matches([',', '.']).to_lowercase())
            .is_some()
        || first.eq_ignore_ascii_case("today")
        || first.eq_ignore_ascii_case("yesterday")
}

/// Nouns a forum counts a member's posts in, lower case.
const POST_NOUNS: &[&str] = &[
    "posts",
    "messages",
    "beiträge",
    "nachrichten",
    "mensajes",
    "messaggi",
    "berichten",
];

/// Words that open the date a member joined, lower case.
const JOINED_WORDS: &[&str] = &[
    "joined",
    "registered",
    "beigetreten",
    "registriert",
    "inscrit",
    "inscrito",
    "iscritto",
    "lid",
];

/// A member's statistics beside a post ("410 posts · Joined 2002",
/// "Joined: Mar 2019 Posts: 1,234"): a post count and a join word on one
/// short line.
// Why: forums print the poster's statistics under or beside every post.
fn is_member_stats(text: &str, words: impl Fn() -> usize) -> bool {
    if !text.bytes().any(|b| b.is_ascii_digit()) || words() > MAX_NOTICE_WORDS / 2 {
        return false;
    }
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | ':' | '•'))
        .filter(|w| !w.is_empty())
        .collect();
    let counted = tokens.windows(2).any(|w| match w {
        [n, noun] => {
            n.starts_with(|c: char| c.is_ascii_digit())
                && n.chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                && POST_NOUNS.contains(noun)
        }
        _ => false,
    }) || tokens.windows(2).any(|w| match w {
        [noun, n] => POST_NOUNS.contains(noun) && n.starts_with(|c: char| c.is_ascii_digit()),
        _ => false,
    });
    counted && tokens.iter().any(|w| JOINED_WORDS.contains(w))
}

/// The sort control over a thread's answers ("Sorted by: Reset to default").
// Why: Q&A sites print it above the answers; no answer opens so.
fn is_sort_control(text: &str, words: impl Fn() -> usize) -> bool {
    starts_with_ci(text, "sorted by:") && words() <= 6
}

/// A line of a thread's furniture (see the module notes).
pub(super) fn is_post_furniture(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.len() > MAX_FURNITURE_BYTES {
        return false;
    }
    // (Counted once, and only for a line that passes a rule's cheaper
    // tests: most lines pass none.)
    let count = std::cell::OnceCell::new();
    let words = || *count.get_or_init(|| t.split_whitespace().count());
    is_badge_line(t)
        || is_expander(t)
        || is_edit_notice(t, words)
        || is_comment_control(t)
        || is_question_stat(t, words)
        || is_member_stats(t, words)
        || is_sort_control(t, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_furniture_is_told_from_post_text() {
        for line in [
            "1,992 2 2 gold badges 14 14 silver badges 18 18 bronze badges",
            "Click to expand...",
            "Zum Vergrößern anklicken....",
            "Last edited by marrow on Wed Aug 28, 2019 11:24 am, edited 1 time in total.",
            "Add a comment |",
            "| Show 2 more comments",
            "Modified 1 year, 5 months ago",
            "Viewed 11k times",
            "Modified today",
            "edited Dec 26, 2012 at 0:50",
            "410 posts · Joined 2002",
            "Joined: Mar 2019 Posts: 1,234",
            "1.204 Beiträge · Registriert 2011",
            "Sorted by: Reset to default",
        ] {
            assert!(is_post_furniture(line), "{line}");
        }
        for line in [
            "Click here to read the full guide to pruning pear trees.",
            "Last year we planted forty pears along the river and most of them took.",
            "Asked about the delay, the minister said the report was not ready.",
            "The gold medal went to a swimmer with two silver badges on her cap.",
            "Add a comment about your own orchard below and we will read them all.",
            "She joined in 2002 and wrote 410 posts about pears.",
            "Sorted by size, the pears filled three crates and a basket.",
        ] {
            assert!(!is_post_furniture(line), "{line}");
        }
    }
}
