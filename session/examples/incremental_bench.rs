//! Cold run versus a re-run after editing one function, through a `Session`
//! (`bench/incremental.sh` runs it in release mode).
//!
//! Usage: `incremental_bench [FUNCTIONS] [PIPELINE]` (default: 400 functions, `dce`).
//! Times are medians of 11 runs; the re-run includes `set_source` (splitting the new text).

use std::time::{Duration, Instant};

use session::{example_module, Session};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(400);
    let pipeline = args.get(2).map_or("dce", String::as_str);
    let reps = 11;
    let base = example_module(n, 0, 0);
    let mut cold_session = Vec::new();
    let mut cold_whole = Vec::new();
    let mut rerun = Vec::new();
    let mut recomputed = 0;
    for rep in 0..reps {
        // Cold through a fresh session (every function computed).
        let mut s = Session::new(pipeline).expect("pipeline");
        s.set_source(&base);
        let t = Instant::now();
        let first = s.output().expect("cold output");
        cold_session.push(t.elapsed());
        // Cold as opt-tool does it (whole module at once).
        let mut w = Session::new(pipeline).expect("pipeline");
        w.set_source(&base);
        let t = Instant::now();
        let whole = w.cold_output().expect("whole-module output");
        cold_whole.push(t.elapsed());
        assert_eq!(first, whole);
        // Edit one function (a different one each time) and re-run.
        let edited = example_module(n, (rep * 37 + n / 2) % n, rep as u32 + 1);
        let t = Instant::now();
        s.set_source(&edited);
        let out = s.output().expect("re-run output");
        rerun.push(t.elapsed());
        recomputed = s.recomputed();
        w.set_source(&edited);
        assert_eq!(out, w.cold_output().expect("cold after edit"));
    }
    let (cs, cw, r) = (median(cold_session), median(cold_whole), median(rerun));
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "functions:            {n} (pipeline '{pipeline}', {} bytes)",
        base.len()
    );
    println!("cold (session):       {:.3} ms", ms(cs));
    println!("cold (whole module):  {:.3} ms", ms(cw));
    println!(
        "re-run after 1 edit:  {:.3} ms ({recomputed} function recomputed)",
        ms(r)
    );
    println!(
        "ratio re-run/cold:    {:.2}% of the session's cold run, {:.2}% of the whole-module run",
        100.0 * r.as_secs_f64() / cs.as_secs_f64(),
        100.0 * r.as_secs_f64() / cw.as_secs_f64()
    );
}
