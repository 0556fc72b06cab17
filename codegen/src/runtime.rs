//! The runtime that JIT'd code calls: the parallel-for driver of `scf.parallel`, and the
//! C library symbols the JIT maps explicitly (so that they resolve whether or not the
//! host binary happens to link them).

use std::collections::HashMap;
use std::ffi::c_void;
use std::sync::{Arc, Mutex, OnceLock};

/// The body of an outlined parallel loop: runs iterations `[begin, end)` with `ctx`.
pub type ParallelBody = extern "C" fn(begin: i64, end: i64, ctx: *mut u8);

/// The context pointer, shared read-only by the threads of one parallel loop.
#[derive(Copy, Clone)]
struct SharedCtx(*mut u8);
// SAFETY: the outlined body only reads the context struct; writes through the memrefs
// it holds are disjoint per iteration, as scf.parallel requires.
unsafe impl Send for SharedCtx {}
unsafe impl Sync for SharedCtx {}

/// One pool per thread count, created on first use and kept for the process.
fn pool(threads: usize) -> Option<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let mut pools = POOLS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(p) = pools.get(&threads) {
        return Some(p.clone());
    }
    let p = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .ok()?,
    );
    pools.insert(threads, p.clone());
    Some(p)
}

/// Runs `body` over `[begin, end)` split into `threads` contiguous chunks on a thread
/// pool (in the calling thread when `threads <= 1`, the range is small, or no pool can be
/// made). Called by code lowered with `LowerOptions::threads > 1`; exported under this
/// name so that object files emitted with threads link against this crate.
#[no_mangle]
pub extern "C" fn codegen_parallel_for(
    begin: i64,
    end: i64,
    threads: i64,
    body: ParallelBody,
    ctx: *mut u8,
) {
    let total = end.saturating_sub(begin);
    if total <= 0 {
        return;
    }
    let threads = threads.clamp(1, total) as usize;
    let Some(pool) = (threads > 1).then(|| pool(threads)).flatten() else {
        body(begin, end, ctx);
        return;
    };
    let ctx = SharedCtx(ctx);
    let chunk = (total + threads as i64 - 1) / threads as i64;
    pool.scope(|s| {
        for t in 0..threads as i64 {
            let lo = begin + t * chunk;
            let hi = (lo + chunk).min(end);
            if lo < hi {
                s.spawn(move |_| {
                    let ctx = ctx;
                    body(lo, hi, ctx.0)
                });
            }
        }
    });
}

macro_rules! c_symbols {
    ($(#[$link:meta])* { $($name:ident : fn($($arg:ty),*) $(-> $ret:ty)?;)* }) => {
        $(#[$link])*
        extern "C" {
            $(fn $name($(_: $arg),*) $(-> $ret)?;)*
        }
        /// The C library functions lowered code may call, by symbol name.
        pub(crate) fn c_symbols() -> Vec<(&'static str, usize)> {
            vec![$((stringify!($name), $name as *const () as usize)),*]
        }
    };
}

c_symbols!(#[link(name = "m")] {
    malloc: fn(usize) -> *mut c_void;
    free: fn(*mut c_void);
    memcpy: fn(*mut c_void, *const c_void, usize) -> *mut c_void;
    memset: fn(*mut c_void, i32, usize) -> *mut c_void;
    puts: fn(*const std::ffi::c_char) -> i32;
    abort: fn();
    tanh: fn(f64) -> f64; tanhf: fn(f32) -> f32;
    erf: fn(f64) -> f64; erff: fn(f32) -> f32;
    log1p: fn(f64) -> f64; log1pf: fn(f32) -> f32;
    expm1: fn(f64) -> f64; expm1f: fn(f32) -> f32;
    tan: fn(f64) -> f64; tanf: fn(f32) -> f32;
    atan: fn(f64) -> f64; atanf: fn(f32) -> f32;
    asin: fn(f64) -> f64; asinf: fn(f32) -> f32;
    acos: fn(f64) -> f64; acosf: fn(f32) -> f32;
    sinh: fn(f64) -> f64; sinhf: fn(f32) -> f32;
    cosh: fn(f64) -> f64; coshf: fn(f32) -> f32;
    cbrt: fn(f64) -> f64; cbrtf: fn(f32) -> f32;
    atanh: fn(f64) -> f64; atanhf: fn(f32) -> f32;
    asinh: fn(f64) -> f64; asinhf: fn(f32) -> f32;
    acosh: fn(f64) -> f64; acoshf: fn(f32) -> f32;
    exp: fn(f64) -> f64; expf: fn(f32) -> f32;
    exp2: fn(f64) -> f64; exp2f: fn(f32) -> f32;
    log: fn(f64) -> f64; logf: fn(f32) -> f32;
    log2: fn(f64) -> f64; log2f: fn(f32) -> f32;
    log10: fn(f64) -> f64; log10f: fn(f32) -> f32;
    sin: fn(f64) -> f64; sinf: fn(f32) -> f32;
    cos: fn(f64) -> f64; cosf: fn(f32) -> f32;
    pow: fn(f64, f64) -> f64; powf: fn(f32, f32) -> f32;
    fmod: fn(f64, f64) -> f64; fmodf: fn(f32, f32) -> f32;
    round: fn(f64) -> f64; roundf: fn(f32) -> f32;
    roundeven: fn(f64) -> f64; roundevenf: fn(f32) -> f32;
});

/// Frees memory that lowered code allocated with `memref.alloc` (the C heap), e.g. a
/// returned buffer once [`crate::Jit::call_returning`] copied it out.
///
/// # Safety
/// `p` must come from the C library's `malloc` and not be used afterwards.
pub(crate) unsafe fn free_heap(p: *mut c_void) {
    unsafe { free(p) }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::sync::Mutex;

    use super::codegen_parallel_for;

    /// Records (iteration, thread) pairs through the context pointer.
    extern "C" fn record(begin: i64, end: i64, ctx: *mut u8) {
        // SAFETY: `ctx` is the `Mutex` passed below, alive for the call.
        let seen = unsafe { &*(ctx as *const Mutex<Vec<(i64, std::thread::ThreadId)>>) };
        for i in begin..end {
            seen.lock().unwrap().push((i, std::thread::current().id()));
        }
    }

    fn run(begin: i64, end: i64, threads: i64) -> (Vec<i64>, usize) {
        let seen = Mutex::new(Vec::new());
        codegen_parallel_for(begin, end, threads, record, &seen as *const _ as *mut u8);
        let mut v: Vec<(i64, std::thread::ThreadId)> = seen.into_inner().unwrap();
        let ids: HashSet<_> = v.iter().map(|&(_, t)| t).collect();
        v.sort_by_key(|&(i, _)| i);
        (v.into_iter().map(|(i, _)| i).collect(), ids.len())
    }

    #[test]
    fn every_iteration_once() {
        for (b, e, t) in [
            (0, 100, 2),
            (3, 10, 4),
            (0, 1, 8),
            (5, 5, 2),
            (7, 3, 2),
            (0, 1000, 1),
        ] {
            let (iters, _) = run(b, e, t);
            assert_eq!(iters, (b..e).collect::<Vec<_>>(), "{b}..{e} on {t}");
        }
    }

    #[test]
    fn uses_the_requested_threads() {
        assert_eq!(run(0, 100, 1).1, 1);
        // Two chunks run on the pool's threads (at least one other than the caller's).
        let (_, threads) = run(0, 100, 2);
        assert!((1..=2).contains(&threads));
    }
}
