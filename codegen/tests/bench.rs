//! Figures for the report (ignored by default):
//! `cargo test --release -p codegen --test bench -- --ignored --nocapture`.

mod common;
use std::time::Instant;

use codegen::{Buffer, Jit, LowerOptions};

/// C += A * B, naive i-j-k loop nest over memrefs of `ty` (`1024x1024xf32` or
/// `?x?xf32`), the outer loop `scf.for` or `scf.parallel`.
fn matmul_src(ty: &str, parallel: bool) -> String {
    let outer_open = if parallel {
        "scf.parallel (%i) = (%c0) to (%M) step (%c1) {"
    } else {
        "scf.for %i = %c0 to %M step %c1 {"
    };
    let outer_close = if parallel {
        "    scf.reduce\n  }"
    } else {
        "  }"
    };
    format!(
        r#"
func.func @matmul(%A: memref<{ty}>, %B: memref<{ty}>, %C: memref<{ty}>) {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %M = memref.dim %A, %c0 : memref<{ty}>
  %K = memref.dim %A, %c1 : memref<{ty}>
  %N = memref.dim %B, %c1 : memref<{ty}>
  {outer_open}
    scf.for %j = %c0 to %N step %c1 {{
      %init = memref.load %C[%i, %j] : memref<{ty}>
      %sum = scf.for %k = %c0 to %K step %c1 iter_args(%acc = %init) -> (f32) {{
        %a = memref.load %A[%i, %k] : memref<{ty}>
        %b = memref.load %B[%k, %j] : memref<{ty}>
        %p = arith.mulf %a, %b : f32
        %s = arith.addf %acc, %p : f32
        scf.yield %s : f32
      }}
      memref.store %sum, %C[%i, %j] : memref<{ty}>
    }}
{outer_close}
  return
}}
"#
    )
}

fn run(label: &str, src: &str, threads: usize) {
    let n = 1024usize;
    let llvm = inkwell::context::Context::create();
    let t0 = Instant::now();
    let module = common::try_lower(
        &llvm,
        src,
        &LowerOptions {
            threads,
            ..Default::default()
        },
    )
    .unwrap();
    let lower = t0.elapsed();
    // The -O3 pipeline alone, on a copy (Jit::new runs it again, then codegen).
    let copy = module.clone();
    let o0 = Instant::now();
    codegen::optimize(&copy, codegen::OptLevel::O3).unwrap();
    let opt = o0.elapsed();
    let t1 = Instant::now();
    let jit = Jit::new(module).unwrap();
    let t2 = Instant::now();
    let mut a: Vec<f32> = (0..n * n).map(|i| ((i * 7) % 13) as f32 * 0.125).collect();
    let mut b: Vec<f32> = (0..n * n).map(|i| ((i * 5) % 11) as f32 * 0.25).collect();
    let mut c = vec![0f32; n * n];
    let t3 = Instant::now();
    jit.call(
        "matmul",
        &mut [
            Buffer::new(&mut a, &[n, n]).unwrap().into(),
            Buffer::new(&mut b, &[n, n]).unwrap().into(),
            Buffer::new(&mut c, &[n, n]).unwrap().into(),
        ],
    )
    .unwrap();
    let run = t3.elapsed().as_secs_f64();
    // Spot-check one element against Rust.
    let (i, j) = (517, 301);
    let want: f32 = (0..n).fold(0.0, |s, k| s + a[i * n + k] * b[k * n + j]);
    assert_eq!(c[i * n + j], want);
    println!(
        "{label}: parse + lower {:.1} ms, LLVM -O3 + JIT {:.1} ms (of which -O3 {:.1} ms), compile total {:.1} ms; run {:.3} s = {:.2} GFLOP/s",
        lower.as_secs_f64() * 1e3,
        (t2 - t1).as_secs_f64() * 1e3,
        opt.as_secs_f64() * 1e3,
        (lower + (t2 - t1)).as_secs_f64() * 1e3,
        run,
        2.0 * (n * n * n) as f64 / run / 1e9
    );
}

#[test]
#[ignore]
fn matmul_1024() {
    run(
        "static 1024x1024xf32, scf.for",
        &matmul_src("1024x1024xf32", false),
        1,
    );
    run("dynamic ?x?xf32, scf.for", &matmul_src("?x?xf32", false), 1);
    run(
        "static, scf.parallel threads=2",
        &matmul_src("1024x1024xf32", true),
        2,
    );
}
