//! Work spread over the machine's cores for the length of one call: what
//! loading a large module does with its function bodies.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` applied to every item, on up to `threads` threads (the calling one
/// among them), the results in the items' order. Threads take items a few at a
/// time, so one slow item does not leave the others idle. A thread the OS will
/// not give is not waited for: the others do its share.
pub fn map_in_order<T, S, R>(
    items: &[T],
    threads: usize,
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    const CHUNK: usize = 8;
    let next = AtomicUsize::new(0);
    let work = || {
        let mut state = init();
        let mut done = Vec::new();
        loop {
            let start = next.fetch_add(CHUNK, Ordering::Relaxed);
            if start >= items.len() {
                return done;
            }
            let end = (start + CHUNK).min(items.len());
            done.extend((start..end).map(|i| (i, f(&mut state, &items[i]))));
        }
    };
    let mut all = std::thread::scope(|s| {
        let others: Vec<_> = (1..threads)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(s, work).ok())
            .collect();
        let mut all = work();
        for other in others {
            all.extend(other.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        all
    });
    all.sort_unstable_by_key(|&(i, _)| i);
    all.into_iter().map(|(_, r)| r).collect()
}

/// How many threads are worth starting for `bytes` of work, when each thread
/// should have at least `per_thread` of it: at most the machine's cores, and no
/// more than `max`.
/// The core count is asked of the OS (on Linux, cgroup files) once per
/// process, and not at all for work too small to share.
pub fn threads_for(bytes: usize, per_thread: usize, max: usize) -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let wanted = bytes / per_thread.max(1);
    if wanted <= 1 {
        return 1;
    }
    let cores = *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    wanted.clamp(1, cores.min(max).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order_whatever_the_threads() {
        let items: Vec<u64> = (0..1000).collect();
        for threads in [1, 2, 3, 8] {
            let out = map_in_order(
                &items,
                threads,
                || 0u64,
                |seen, &x| {
                    *seen += 1;
                    x * x
                },
            );
            assert_eq!(
                out,
                items.iter().map(|x| x * x).collect::<Vec<_>>(),
                "{threads} threads"
            );
        }
    }

    #[test]
    fn thread_counts_follow_the_work() {
        assert_eq!(threads_for(0, 1000, 8), 1);
        assert_eq!(threads_for(999, 1000, 8), 1);
        assert!(threads_for(100_000, 1000, 8) <= 8);
        assert!(threads_for(100_000, 1000, 3) <= 3);
    }
}
