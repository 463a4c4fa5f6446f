//! Ordered parallel map: the building block of bulk runs. Results come back in
//! input order, so output bytes never depend on the thread count.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::input::Page;
use crate::{Article, Extractor};

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
        let window: Vec<Page> = self.pages.by_ref().take(self.batch.window.max(1)).collect();
        if window.is_empty() {
            return None;
        }
        Some(
            self.extractor
                .extract_window(&window, self.batch.jobs.max(1)),
        )
    }
}

/// Map `f` over `items` on up to `jobs` threads; results are in input order.
/// Threads take the next item from a shared counter, so one slow page does
/// not hold up a fixed share of the work.
pub fn par_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if jobs <= 1 || items.len() <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let per_thread: Vec<Vec<(usize, R)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs.min(items.len()))
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        // A worker that panicked loses its results; they are recomputed below
        // on this thread, where the panic (if `f` panics again) surfaces.
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    for (i, r) in per_thread.into_iter().flatten() {
        if let Some(slot) = slots.get_mut(i) {
            *slot = Some(r);
        }
    }
    slots
        .into_iter()
        .zip(items)
        .map(|(r, item)| r.unwrap_or_else(|| f(item)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_input_order_for_any_job_count() {
        let items: Vec<u64> = (0..500).collect();
        let expected: Vec<u64> = items.iter().map(|x| x * x).collect();
        for jobs in [1, 2, 3, 8] {
            assert_eq!(par_map(&items, jobs, |x| x * x), expected);
        }
    }
}
