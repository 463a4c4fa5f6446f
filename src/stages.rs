//! Where the time of a run goes, stage by stage.
//!
//! Each thread has a clock: [`enter`] charges the time since the last stage
//! change to the stage the thread was in and starts the next; [`stop`] ends
//! the page and hands its times over. The extractor adds each page's times to
//! its [`Totals`] ([`crate::Extractor::stage_times`]). Timing never enters a
//! record, so output stays deterministic; the clock costs a few reads of the
//! system clock per page.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A stage of the pipeline, in the order a page goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Charset decoding and the repair of double-encoded UTF-8.
    Decode,
    /// The HTML parse: tokenizer and tree builder, into the DOM tree.
    Parse,
    /// The metadata scan of the tree and the assembly of the fields.
    Metadata,
    /// Content selection and blocks (HTML), or the whole text-mode pipeline.
    Content,
    /// Freeing the DOM tree.
    FreeTree,
    /// The window's site-level boilerplate filter.
    SiteFilter,
    /// The normalized record: normalization, language, fingerprint.
    Record,
}

const STAGES: usize = 7;

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; STAGES] = [
        Stage::Decode,
        Stage::Parse,
        Stage::Metadata,
        Stage::Content,
        Stage::FreeTree,
        Stage::SiteFilter,
        Stage::Record,
    ];

    /// The stage's name in reports (`--stats` keys).
    pub fn name(self) -> &'static str {
        match self {
            Stage::Decode => "decode",
            Stage::Parse => "parse",
            Stage::Metadata => "metadata",
            Stage::Content => "content",
            Stage::FreeTree => "free_tree",
            Stage::SiteFilter => "site_filter",
            Stage::Record => "record",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Time spent per stage (summed over threads when totals).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StageTimes {
    nanos: [u64; STAGES],
}

impl StageTimes {
    /// The time spent in one stage.
    pub fn get(&self, stage: Stage) -> Duration {
        Duration::from_nanos(self.nanos.get(stage.index()).copied().unwrap_or(0))
    }

    /// The time spent in all stages.
    pub fn total(&self) -> Duration {
        Duration::from_nanos(self.nanos.iter().sum())
    }

    fn charge(&mut self, stage: Stage, nanos: u64) {
        if let Some(n) = self.nanos.get_mut(stage.index()) {
            *n = n.saturating_add(nanos);
        }
    }
}

/// Stage times added up across threads.
#[derive(Debug, Default)]
pub(crate) struct Totals {
    nanos: [AtomicU64; STAGES],
}

impl Totals {
    pub(crate) fn add(&self, times: &StageTimes) {
        for (total, &n) in self.nanos.iter().zip(&times.nanos) {
            if n > 0 {
                total.fetch_add(n, Ordering::Relaxed);
            }
        }
    }

    pub(crate) fn snapshot(&self) -> StageTimes {
        let mut t = StageTimes::default();
        for (n, total) in t.nanos.iter_mut().zip(&self.nanos) {
            *n = total.load(Ordering::Relaxed);
        }
        t
    }
}

thread_local! {
    // The stage this thread is in and since when; `None` between pages.
    static CURRENT: Cell<Option<(Stage, Instant)>> = const { Cell::new(None) };
    // This thread's times since its last `stop`.
    static TIMES: Cell<StageTimes> = Cell::new(StageTimes::default());
}

// Charge the time since the last change to the stage the thread is in.
fn charge_current(now: Instant) {
    if let Some((stage, since)) = CURRENT.get() {
        let nanos = u64::try_from(now.duration_since(since).as_nanos()).unwrap_or(u64::MAX);
        let mut times = TIMES.get();
        times.charge(stage, nanos);
        TIMES.set(times);
    }
}

/// This thread now works on `stage` (the time since the last change goes to
/// the stage it was in).
pub(crate) fn enter(stage: Stage) {
    let now = Instant::now();
    charge_current(now);
    CURRENT.set(Some((stage, now)));
}

/// End the thread's current stage and take its times since the last `stop`.
pub(crate) fn stop() -> StageTimes {
    charge_current(Instant::now());
    CURRENT.set(None);
    TIMES.replace(StageTimes::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_goes_to_the_stage_entered_and_stop_resets() {
        enter(Stage::Parse);
        std::thread::sleep(Duration::from_millis(2));
        enter(Stage::Record);
        let t = stop();
        assert!(t.get(Stage::Parse) >= Duration::from_millis(2));
        assert!(t.get(Stage::Record) < t.get(Stage::Parse));
        assert_eq!(t.get(Stage::Decode), Duration::ZERO);
        assert_eq!(t.total(), t.get(Stage::Parse) + t.get(Stage::Record));
        // Between pages nothing is charged.
        std::thread::sleep(Duration::from_millis(1));
        assert_eq!(stop(), StageTimes::default());
        let totals = Totals::default();
        totals.add(&t);
        totals.add(&t);
        assert_eq!(totals.snapshot().get(Stage::Parse), 2 * t.get(Stage::Parse));
    }

    #[test]
    fn names_are_distinct_and_in_order() {
        let names: Vec<&str> = Stage::ALL.iter().map(|s| s.name()).collect();
        let mut unique = names.clone();
        unique.dedup();
        assert_eq!(names.len(), unique.len());
        assert!(Stage::ALL.iter().enumerate().all(|(i, s)| s.index() == i));
    }
}
