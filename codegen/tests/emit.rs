//! Emission: LLVM IR checked with FileCheck, host assembly, and an object file linked
//! into a C program.

mod common;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use codegen::OptLevel;

const SRC: &str = r#"
func.func @scale(%A: memref<?x4xf32>, %s: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %M = memref.dim %A, %c0 : memref<?x4xf32>
  %z = arith.constant 0.0 : f32
  %t = scf.for %i = %c0 to %M step %c1 iter_args(%acc = %z) -> (f32) {
    %u = scf.for %j = %c0 to %c4 step %c1 iter_args(%b = %acc) -> (f32) {
      %v = memref.load %A[%i, %j] : memref<?x4xf32>
      %w = arith.mulf %v, %s : f32
      memref.store %w, %A[%i, %j] : memref<?x4xf32>
      %n = arith.addf %b, %w : f32
      scf.yield %n : f32
    }
    scf.yield %u : f32
  }
  return %t : f32
}
func.func private @half(%x: f64) -> i32 {
  %h = arith.constant 0.5 : f64
  %y = arith.mulf %x, %h : f64
  %r = arith.fptosi %y : f64 to i32
  return %r : i32
}
func.func @twice(%x: f64) -> (i32, i32) {
  %a = call @half(%x) : (f64) -> i32
  %b = arith.addi %a, %a : i32
  return %a, %b : i32, i32
}
func.func @fused(%a: f32, %b: f32, %c: f32) -> f32 {
  %r = math.fma %a, %b, %c : f32
  return %r : f32
}
func.func @axpy(%a: f32, %X: memref<?xf32>, %Y: memref<?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %N = memref.dim %X, %c0 : memref<?xf32>
  scf.for %i = %c0 to %N step %c1 {
    %x = memref.load %X[%i] : memref<?xf32>
    %y = memref.load %Y[%i] : memref<?xf32>
    %p = arith.mulf %a, %x : f32
    %r = arith.addf %p, %y : f32
    memref.store %r, %Y[%i] : memref<?xf32>
  }
  return
}
"#;

const CHECKS: &str = r#"
CHECK-LABEL: define float @scale(float* %0, float* %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, float %7)
CHECK:       insertvalue { float*, float*, i64, [2 x i64], [2 x i64] }
CHECK:       icmp slt i64
CHECK:       getelementptr inbounds float, float*
CHECK:       fmul float
CHECK:       store float
CHECK:       ret float

CHECK-LABEL: define internal i32 @half(double %0)
CHECK:       fptosi double %{{.*}} to i32
CHECK-NOT:   fptosi.sat

CHECK-LABEL: define { i32, i32 } @twice(double %0)
CHECK:       call i32 @half(double
CHECK:       ret { i32, i32 }

CHECK-LABEL: define float @fused(
CHECK:       call float @llvm.fma.f32(

CHECK-LABEL: define float @_mlir_ciface_scale({ float*, float*, i64, [2 x i64], [2 x i64] }* %0, float %1)
CHECK:       load { float*, float*, i64, [2 x i64], [2 x i64] }
CHECK:       call float @scale(

CHECK-LABEL: define void @_mlir_ciface_twice({ i32, i32 }* "codegen.result" %0, double %1)
CHECK:       store { i32, i32 }

CHECK:       attributes #{{[0-9]+}} = { "target-cpu"="{{.+}}" "target-features"="{{.+}}" }
"#;

fn tool(name: &str) -> Option<PathBuf> {
    let bindir = Command::new("llvm-config").arg("--bindir").output().ok()?;
    let p = Path::new(String::from_utf8(bindir.stdout).ok()?.trim()).join(name);
    p.exists().then_some(p)
}

fn filecheck(input: &str, checks: &str) {
    let Some(fc) = tool("FileCheck") else {
        eprintln!("skipped: FileCheck not found (llvm-config --bindir)");
        return;
    };
    let dir = std::env::temp_dir().join(format!("codegen-fc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let check_file = dir.join(format!("{:x}.txt", checks.len() ^ input.len()));
    std::fs::write(&check_file, checks).unwrap();
    let mut child = Command::new(fc)
        .arg(&check_file)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "FileCheck failed:\n{}\n--- input:\n{input}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn llvm_ir_text() {
    let llvm = inkwell::context::Context::create();
    let module = common::lower(&llvm, SRC);
    filecheck(&codegen::emit_llvm(&module), CHECKS);
}

#[test]
fn optimized_for_the_host() {
    let llvm = inkwell::context::Context::create();
    let module = common::lower(&llvm, SRC);
    codegen::optimize(&module, OptLevel::O3).unwrap();
    let ir = codegen::emit_llvm(&module);
    // The axpy loop is vectorized.
    filecheck(
        &ir,
        "CHECK-LABEL: define void @axpy(\nCHECK: fmul <{{[0-9]+}} x float>\n",
    );
    let asm = String::from_utf8(codegen::emit_asm(&module, OptLevel::O3).unwrap()).unwrap();
    let has = |feature: &str| {
        let features = inkwell::targets::TargetMachine::get_host_cpu_features().to_string();
        features.split(',').any(|f| f == format!("+{feature}"))
    };
    if has("fma") {
        assert!(
            asm.contains("vfmadd"),
            "math.fma uses the FMA instructions:\n{asm}"
        );
    }
    if has("avx2") {
        assert!(
            asm.contains("ymm") || asm.contains("zmm"),
            "AVX registers in the vector loop"
        );
    }
    // The optimized module runs as is.
    let jit = codegen::Jit::from_optimized(module).unwrap();
    let (mut x, mut y) = (vec![1f32; 37], vec![2f32; 37]);
    jit.call(
        "axpy",
        &mut [
            3f32.into(),
            codegen::Buffer::new(&mut x, &[37]).unwrap().into(),
            codegen::Buffer::new(&mut y, &[37]).unwrap().into(),
        ],
    )
    .unwrap();
    assert_eq!(y, vec![5f32; 37]);
}

const C_MAIN: &str = r#"
#include <stdint.h>
#include <stdio.h>
typedef struct { float *allocated, *aligned; int64_t offset, sizes[2], strides[2]; } memref_2d_f32;
typedef struct { float *allocated, *aligned; int64_t offset, sizes[1], strides[1]; } memref_1d_f32;
typedef struct { int32_t a, b; } pair;
float _mlir_ciface_scale(memref_2d_f32 *a, float s);
void _mlir_ciface_twice(pair *out, double x);
void _mlir_ciface_axpy(float a, memref_1d_f32 *x, memref_1d_f32 *y);
int main(void) {
  float data[12];
  for (int i = 0; i < 12; i++) data[i] = (float)i;
  memref_2d_f32 m = { data, data, 0, {3, 4}, {4, 1} };
  float total = _mlir_ciface_scale(&m, 2.0f);
  pair p;
  _mlir_ciface_twice(&p, 9.0);
  float x[5] = {1, 2, 3, 4, 5}, y[5] = {10, 20, 30, 40, 50};
  memref_1d_f32 mx = { x, x, 0, {5}, {1} }, my = { y, y, 0, {5}, {1} };
  _mlir_ciface_axpy(3.0f, &mx, &my);
  printf("%g %g %d %d %g\n", total, data[11], p.a, p.b, y[4]);
  return 0;
}
"#;

#[test]
fn object_file_links_into_a_c_program() {
    let Ok(cc) = which("cc") else {
        eprintln!("skipped: no C compiler ('cc') on PATH");
        return;
    };
    let llvm = inkwell::context::Context::create();
    let module = common::lower(&llvm, SRC);
    codegen::optimize(&module, OptLevel::O3).unwrap();
    let obj = codegen::emit_obj(&module, OptLevel::O3).unwrap();
    let dir = std::env::temp_dir().join(format!("codegen-cc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("kernels.o"), obj).unwrap();
    std::fs::write(dir.join("main.c"), C_MAIN).unwrap();
    let exe = dir.join("main");
    let status = Command::new(cc)
        .arg(dir.join("main.c"))
        .arg(dir.join("kernels.o"))
        .arg("-o")
        .arg(&exe)
        .arg("-lm")
        .status()
        .unwrap();
    assert!(status.success(), "cc failed");
    let out = Command::new(&exe).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // sum(2 * i for i < 12) = 132; data[11] = 22; half(9) = 4; y[4] = 3 * 5 + 50.
    assert_eq!(text.trim(), "132 22 4 8 65");
    let _ = std::fs::remove_dir_all(&dir);
}

fn which(name: &str) -> Result<PathBuf, ()> {
    std::env::var_os("PATH")
        .and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(name))
                .find(|p| p.exists())
        })
        .ok_or(())
}
