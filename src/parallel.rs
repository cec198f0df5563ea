//! Work shared out between the cores: section files and their pieces, big tables.

/// `f` applied to every item, on as many threads as there are cores if `parallel`, in the
/// items' order; `None` where `f` panicked (a bug), so that the rest is still reported on.
pub fn in_parallel<T: Send, R: Send>(
    items: Vec<T>,
    parallel: bool,
    f: impl Fn(T) -> R + Sync,
) -> Vec<Option<R>> {
    let mut results: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    let queue = std::sync::Mutex::new(items.into_iter().enumerate());
    let work = || {
        let mut done = Vec::new();
        loop {
            let next = queue.lock().map_or(None, |mut items| items.next());
            let Some((index, item)) = next else {
                return done;
            };
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(item)));
            done.push((index, result.ok()));
        }
    };
    std::thread::scope(|scope| {
        let helpers = if parallel {
            std::thread::available_parallelism().map_or(1, |n| n.get()) - 1
        } else {
            0
        };
        // If a thread cannot be started, the others (this one at least) do its share.
        let handles: Vec<_> = (0..helpers)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, work).ok())
            .collect();
        let mut done = work();
        for handle in handles {
            done.extend(handle.join().unwrap_or_default());
        }
        for (index, result) in done {
            results[index] = result;
        }
    });
    results
}
