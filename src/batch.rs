//! Ordered parallel map: the building block of bulk runs. Results come back in
//! input order, so output bytes never depend on the thread count.

use std::sync::Mutex;

use crate::input::Page;
use crate::{Article, Error, Extractor, Source, Staged};

/// How a stream of pages is processed: `window` pages are read, extracted
/// on `jobs` threads and handed out in input order before the next window
/// is read. Memory in flight is bounded by the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchOptions {
    pub window: usize,
    pub jobs: usize,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            window: 256,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

/// Iterator over the records of a page stream, one window at a time (each
/// item is the records of one window, in input order).
pub struct Windows<'a, I> {
    extractor: &'a Extractor,
    pages: I,
    batch: BatchOptions,
}

impl<'a, I: Iterator<Item = Page>> Windows<'a, I> {
    pub fn new(extractor: &'a Extractor, pages: I, batch: BatchOptions) -> Self {
        Windows {
            extractor,
            pages,
            batch,
        }
    }
}

impl<I: Iterator<Item = Page>> Iterator for Windows<'_, I> {
    type Item = Vec<Article>;

    fn next(&mut self) -> Option<Vec<Article>> {
        // Pages are extracted as they are read, so the workers do not wait
        // for the whole window to be read; each page is dropped once staged.
        let jobs = self.batch.jobs.max(1);
        let staged = par_map_pulled(
            &mut self.pages,
            self.batch.window.max(1),
            jobs,
            |page| self.extractor.stage_page(&page),
            |_| Staged::Done(Article::failed(Source::default(), &lost_page())),
        );
        if staged.is_empty() {
            return None;
        }
        Some(self.extractor.finish_window(staged, jobs))
    }
}

/// The error of a page whose worker was lost (a panic that escaped the
/// page's own guard).
pub(crate) fn lost_page() -> Error {
    Error::Internal {
        message: "a page of the window was lost".to_string(),
    }
}

/// Map `f` over the next `limit` items of `items` on up to `jobs` threads,
/// each item handed to a worker as soon as it is pulled (this thread pulls
/// them), so the work starts before the last item is there. Results are in
/// input order; an item whose work panicked gets `lost(index)`. Fewer
/// than `limit` results mean `items` ran out.
pub fn par_map_pulled<T: Send, R: Send>(
    items: &mut impl Iterator<Item = T>,
    limit: usize,
    jobs: usize,
    f: impl Fn(T) -> R + Sync,
    lost: impl Fn(usize) -> R,
) -> Vec<R> {
    // No more threads than items.
    let jobs = jobs.min(limit);
    // A panic loses its item only.
    let guarded = |item: T| std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(item)));
    if jobs <= 1 {
        return items
            .take(limit)
            .enumerate()
            .map(|(i, item)| guarded(item).unwrap_or_else(|_| lost(i)))
            .collect();
    }
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, T)>(jobs * 2);
    let rx = Mutex::new(rx);
    let (pulled, per_thread) = std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    // The lock is held while waiting for the next item only.
                    let next = || {
                        rx.lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .recv()
                            .ok()
                    };
                    // The worker outlives a panic, so the items still to
                    // come always find a worker.
                    while let Some((i, item)) = next() {
                        if let Ok(r) = guarded(item) {
                            done.push((i, r));
                        }
                    }
                    done
                })
            })
            .collect();
        let mut pulled = 0;
        for item in items.by_ref().take(limit) {
            if tx.send((pulled, item)).is_err() {
                break;
            }
            pulled += 1;
        }
        drop(tx);
        let per_thread: Vec<Vec<(usize, R)>> = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect();
        (pulled, per_thread)
    });
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(pulled).collect();
    for (i, r) in per_thread.into_iter().flatten() {
        if let Some(slot) = slots.get_mut(i) {
            *slot = Some(r);
        }
    }
    slots
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|| lost(i)))
        .collect()
}

/// Map `f` over `items` on up to `jobs` threads; results are in input order
/// ([`par_map_pulled`] over the slice). An item whose work panicked is
/// computed again on this thread, where the panic then surfaces.
pub fn par_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    par_map_pulled(&mut items.iter(), items.len(), jobs, &f, |i| f(&items[i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pulled_items_keep_input_order_for_any_job_count() {
        for jobs in [1, 2, 3, 8] {
            let mut items = 0..500u64;
            let first = par_map_pulled(&mut items, 300, jobs, |x| x * x, |_| u64::MAX);
            assert_eq!(first, (0..300u64).map(|x| x * x).collect::<Vec<_>>());
            let rest = par_map_pulled(&mut items, 300, jobs, |x| x * x, |_| u64::MAX);
            assert_eq!(rest, (300..500u64).map(|x| x * x).collect::<Vec<_>>());
            assert!(par_map_pulled(&mut items, 300, jobs, |x| x * x, |_| 0).is_empty());
        }
    }

    #[test]
    fn a_lost_pulled_item_gets_its_fallback() {
        for jobs in [1, 2] {
            let mut items = 0..20u64;
            let out = par_map_pulled(
                &mut items,
                20,
                jobs,
                |x| if x == 7 { panic!("worker lost") } else { x },
                |i| 1000 + i as u64,
            );
            // Only the item whose work panicked is lost.
            let expected: Vec<u64> = (0..20).map(|i| if i == 7 { 1007 } else { i }).collect();
            assert_eq!(out, expected);
        }
    }

    #[test]
    fn keeps_input_order_for_any_job_count() {
        let items: Vec<u64> = (0..500).collect();
        let expected: Vec<u64> = items.iter().map(|x| x * x).collect();
        for jobs in [1, 2, 3, 8] {
            assert_eq!(par_map(&items, jobs, |x| x * x), expected);
        }
    }
}
