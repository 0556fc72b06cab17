//! Cross-check against MLIR itself: each program is lowered with `mlir-opt
//! --test-lower-to-llvm`, run with `mlir-runner`, and its printed output compared with
//! the interpreter's (which implements the runtime's `printI64`/`printNewline`). Floats
//! are printed as their bits, NaNs canonicalized first (their payload is not specified).
//! Skipped, with a message, when the MLIR tools are not installed.

mod common;

use std::cell::RefCell;
use std::path::Path;
use std::process::Command;
use std::rc::Rc;

use interp::{Interpreter, Value};
use ir::Ir;

const BIN: &str = "/usr/lib/llvm-22/bin";
const RUNTIME: &str = "/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so.22.1";

const PRELUDE: &str = "func.func private @printI64(i64)\nfunc.func private @printNewline()\n";

/// Output of `@main` under the interpreter.
fn interpret(src: &str) -> String {
    let ctx = dialects::context();
    let mut ir = Ir::new();
    let module = common::parse(&ctx, &mut ir, src, "x.mlir", false, true);
    let out = Rc::new(RefCell::new(String::new()));
    let mut it = Interpreter::new(&ctx, &ir, module);
    let o = out.clone();
    it.register_extern(
        "printI64",
        Box::new(move |args: &[Value]| {
            let v = args
                .first()
                .and_then(Value::as_i64)
                .ok_or("expected an i64")?;
            o.borrow_mut().push_str(&v.to_string());
            Ok(vec![])
        }),
    );
    let o = out.clone();
    it.register_extern(
        "printNewline",
        Box::new(move |_: &[Value]| {
            o.borrow_mut().push('\n');
            Ok(vec![])
        }),
    );
    it.call("main", vec![])
        .unwrap_or_else(|e| panic!("interpreter error: {e}"));
    let s = out.borrow().clone();
    s
}

/// Output of `@main` compiled by MLIR, or `None` when the tools are missing.
fn mlir(name: &str, src: &str) -> Option<String> {
    if !Path::new(&format!("{BIN}/mlir-runner")).exists() || !Path::new(RUNTIME).exists() {
        eprintln!("skipping the MLIR cross-check: {BIN}/mlir-runner or {RUNTIME} is missing");
        return None;
    }
    let dir = std::env::temp_dir().join(format!("interp-xcheck-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let input = dir.join(format!("{name}.mlir"));
    std::fs::write(&input, src).ok()?;
    let lowered = Command::new(format!("{BIN}/mlir-opt"))
        .arg(&input)
        .arg("--test-lower-to-llvm")
        .output()
        .expect("mlir-opt runs");
    assert!(
        lowered.status.success(),
        "mlir-opt failed: {}",
        String::from_utf8_lossy(&lowered.stderr)
    );
    let ll = dir.join(format!("{name}.ll.mlir"));
    std::fs::write(&ll, &lowered.stdout).ok()?;
    let run = Command::new(format!("{BIN}/mlir-runner"))
        .args(["-e", "main", "-entry-point-result=void"])
        .arg(format!("-shared-libs={RUNTIME}"))
        .arg(&ll)
        .output()
        .expect("mlir-runner runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        run.status.success(),
        "mlir-runner failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    Some(String::from_utf8_lossy(&run.stdout).into_owned())
}

/// Compares the outputs; returns the number of lines.
fn check(name: &str, src: &str) -> usize {
    let ours = interpret(src);
    assert!(!ours.is_empty());
    if let Some(theirs) = mlir(name, src) {
        for (k, (a, b)) in ours.lines().zip(theirs.lines()).enumerate() {
            assert_eq!(a, b, "{name}: line {k} differs");
        }
        assert_eq!(
            ours.lines().count(),
            theirs.lines().count(),
            "{name}: line counts differ"
        );
    }
    ours.lines().count()
}

/// One `@fN(%a, %b)` per (op, operands), called from `@main`, which prints each result.
struct Program {
    funcs: String,
    main: String,
    n: usize,
}

impl Program {
    fn new() -> Self {
        Program {
            funcs: PRELUDE.to_string(),
            main: String::new(),
            n: 0,
        }
    }
    /// `body` computes `%r` from `%a`, `%b` of type `ty`; `print` turns `%r` into
    /// `%p : i64`.
    fn case(&mut self, ty: &str, body: &str, print: &str, a: &str, b: &str) {
        let n = self.n;
        self.n += 1;
        self.funcs += &format!(
            "func.func @f{n}(%a: {ty}, %b: {ty}) -> i64 {{\n{body}\n{print}\n  return %p : i64\n}}\n"
        );
        self.main += &format!(
            "  %a{n} = arith.constant {a} : {ty}\n  %b{n} = arith.constant {b} : {ty}\n  %r{n} = func.call @f{n}(%a{n}, %b{n}) : ({ty}, {ty}) -> i64\n  func.call @printI64(%r{n}) : (i64) -> ()\n  func.call @printNewline() : () -> ()\n"
        );
    }
    fn text(&self) -> String {
        format!(
            "{}func.func @main() {{\n{}  return\n}}\n",
            self.funcs, self.main
        )
    }
}

const I32S: [i64; 8] = [0, 1, -1, 7, -8, 3, i32::MAX as i64, i32::MIN as i64];

#[test]
fn integer_ops_match_mlir() {
    let mut p = Program::new();
    let ops = [
        "addi",
        "subi",
        "muli",
        "andi",
        "ori",
        "xori",
        "maxsi",
        "minsi",
        "maxui",
        "minui",
        "divsi",
        "divui",
        "remsi",
        "remui",
        "ceildivsi",
        "ceildivui",
        "floordivsi",
        "shli",
        "shrsi",
        "shrui",
    ];
    for op in ops {
        for &a in &I32S {
            for &b in &I32S {
                let division = op.contains("div") || op.contains("rem");
                if division && (b == 0 || (b == -1 && a == i32::MIN as i64)) {
                    continue;
                }
                if op.starts_with("sh") && !(0..32).contains(&b) {
                    continue;
                }
                let body = format!("  %r = arith.{op} %a, %b : i32");
                p.case(
                    "i32",
                    &body,
                    "  %p = arith.extsi %r : i32 to i64",
                    &a.to_string(),
                    &b.to_string(),
                );
            }
        }
    }
    for pred in [
        "eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge",
    ] {
        for &a in &I32S {
            for &b in &I32S[..4] {
                let body = format!("  %r = arith.cmpi {pred}, %a, %b : i32");
                p.case(
                    "i32",
                    &body,
                    "  %p = arith.extui %r : i1 to i64",
                    &a.to_string(),
                    &b.to_string(),
                );
            }
        }
    }
    check("integers", &p.text());
}

/// Bits of an f32 `%r` as `%p : i64`, NaN canonicalized.
const PRINT_F32: &str = "  %nan = arith.constant 0x7FC00000 : f32\n  %isnan = arith.cmpf uno, %r, %r : f32\n  %c = arith.select %isnan, %nan, %r : f32\n  %bits = arith.bitcast %c : f32 to i32\n  %p = arith.extui %bits : i32 to i64";

const F32S: [&str; 9] = [
    "0.0",
    "-0.0",
    "1.5",
    "-2.25",
    "0x7F800000",
    "0xFF800000",
    "0x7FC00000",
    "3.0e+38",
    "1.0e-40",
];

#[test]
fn float_ops_match_mlir() {
    let mut p = Program::new();
    for op in [
        "addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf",
    ] {
        for a in F32S {
            for b in F32S {
                // maxnumf/minnumf may return either zero of -0 and +0 (LLVM's maxnum).
                let zeros = ["0.0", "-0.0"];
                if op.ends_with("numf") && zeros.contains(&a) && zeros.contains(&b) && a != b {
                    continue;
                }
                let body = format!("  %r = arith.{op} %a, %b : f32");
                p.case("f32", &body, PRINT_F32, a, b);
            }
        }
    }
    let preds = [
        "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult",
        "ule", "une", "uno", "true",
    ];
    for pred in preds {
        for a in F32S {
            for b in &F32S[..4] {
                let body = format!("  %r = arith.cmpf {pred}, %a, %b : f32");
                p.case("f32", &body, "  %p = arith.extui %r : i1 to i64", a, b);
            }
        }
    }
    for op in ["sqrt", "absf", "floor", "ceil", "exp", "log", "sin", "cos"] {
        for a in ["0.5", "2.0", "-1.25", "100.0", "0.0"] {
            let body = format!("  %r = math.{op} %a : f32");
            p.case("f32", &body, PRINT_F32, a, "0.0");
        }
    }
    p.case(
        "f32",
        "  %r = math.fma %a, %b, %b : f32",
        PRINT_F32,
        "1.1",
        "3.3",
    );
    p.case(
        "f32",
        "  %r = math.powf %a, %b : f32",
        PRINT_F32,
        "1.5",
        "3.0",
    );
    check("floats", &p.text());
}

/// Bits of a 16-bit float `%r` as `%p : i64`, NaN canonicalized to `nan`.
fn print_half(ty: &str, nan: &str) -> String {
    format!("  %nan = arith.constant {nan} : {ty}\n  %isnan = arith.cmpf uno, %r, %r : {ty}\n  %c = arith.select %isnan, %nan, %r : {ty}\n  %bits = arith.bitcast %c : {ty} to i16\n  %p = arith.extui %bits : i16 to i64")
}

#[test]
fn half_floats_match_mlir() {
    let mut p = Program::new();
    let values = [
        "1.0", "3.0", "-0.1", "2049.0", "60000.0", "0.000061", "1.0e-7",
    ];
    for (ty, nan) in [("f16", "0x7E00"), ("bf16", "0x7FC0")] {
        let print = print_half(ty, nan);
        for op in ["addf", "subf", "mulf", "divf"] {
            for a in values {
                for b in values {
                    let body = format!("  %r = arith.{op} %a, %b : {ty}");
                    p.case(ty, &body, &print, a, b);
                }
            }
        }
        for a in [
            "0.1",
            "65519.0",
            "65520.0",
            "1.00048828125",
            "3.0e-8",
            "-1.0e+30",
        ] {
            let body =
                format!("  %x = arith.truncf %a : f32 to {ty}\n  %r = arith.addf %x, %x : {ty}");
            p.case("f32", &body, &print, a, a);
            let body = format!("  %r = arith.truncf %a : f32 to {ty}");
            p.case("f32", &body, &print, a, a);
        }
    }
    check("halves", &p.text());
}

#[test]
fn casts_match_mlir() {
    let mut p = Program::new();
    for a in ["0.0", "-0.5", "2.99", "-128.9", "127.5", "1.0e+9"] {
        p.case(
            "f32",
            "  %r = arith.fptosi %a : f32 to i32",
            "  %p = arith.extsi %r : i32 to i64",
            a,
            a,
        );
    }
    for a in ["0.0", "255.5", "3.0e+9"] {
        p.case(
            "f32",
            "  %r = arith.fptoui %a : f32 to i32",
            "  %p = arith.extui %r : i32 to i64",
            a,
            a,
        );
    }
    for &a in &I32S {
        let a = a.to_string();
        p.case(
            "i32",
            "  %r = arith.sitofp %a : i32 to f32",
            PRINT_F32,
            &a,
            &a,
        );
        p.case(
            "i32",
            "  %r = arith.uitofp %a : i32 to f32",
            PRINT_F32,
            &a,
            &a,
        );
        p.case(
            "i32",
            "  %r = arith.trunci %a : i32 to i8",
            "  %p = arith.extsi %r : i8 to i64",
            &a,
            &a,
        );
        p.case("i32", "  %p = arith.extui %a : i32 to i64", "", &a, &a);
        p.case(
            "i32",
            "  %r = arith.index_cast %a : i32 to index",
            "  %p = arith.index_cast %r : index to i64",
            &a,
            &a,
        );
        p.case(
            "i32",
            "  %r = arith.index_castui %a : i32 to index",
            "  %p = arith.index_castui %r : index to i64",
            &a,
            &a,
        );
    }
    for a in ["0.1", "1.0e+39", "-3.4028235677973366e+38", "1.0e-46"] {
        let body = "  %r = arith.truncf %a : f64 to f32";
        p.case("f64", body, PRINT_F32, a, a);
    }
    check("casts", &p.text());
}

#[test]
fn loops_and_memrefs_match_mlir() {
    let src = format!(
        r#"{PRELUDE}
func.func @main() {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c6 = arith.constant 6 : index
  %c8 = arith.constant 8 : index
  %m = memref.alloc() : memref<6x8xi64>
  scf.for %i = %c0 to %c6 step %c1 {{
    scf.for %j = %c0 to %c8 step %c1 {{
      %k = arith.muli %i, %c8 : index
      %l = arith.addi %k, %j : index
      %v = arith.index_cast %l : index to i64
      %sq = arith.muli %v, %v : i64
      memref.store %sq, %m[%i, %j] : memref<6x8xi64>
    }}
  }}
  %sv = memref.subview %m[1, 2] [3, 3] [2, 2] : memref<6x8xi64> to memref<3x3xi64, strided<[16, 2], offset: 10>>
  %seven = arith.constant 7 : i64
  scf.for %i = %c0 to %c2 step %c1 {{
    memref.store %seven, %sv[%i, %i] : memref<3x3xi64, strided<[16, 2], offset: 10>>
  }}
  %total = scf.for %i = %c0 to %c6 step %c1 iter_args(%acc = %seven) -> (i64) {{
    %row = scf.for %j = %c0 to %c8 step %c2 iter_args(%r = %acc) -> (i64) {{
      %x = memref.load %m[%i, %j] : memref<6x8xi64>
      %y = arith.xori %r, %x : i64
      %z = arith.muli %y, %seven : i64
      scf.yield %z : i64
    }}
    func.call @printI64(%row) : (i64) -> ()
    func.call @printNewline() : () -> ()
    scf.yield %row : i64
  }}
  %w:2 = scf.while (%a = %total, %n = %c0) : (i64, index) -> (i64, index) {{
    %zero = arith.constant 0 : i64
    %ne = arith.cmpi ne, %a, %zero : i64
    scf.condition(%ne) %a, %n : i64, index
  }} do {{
  ^bb0(%a: i64, %n: index):
    %one = arith.constant 1 : i64
    %a1 = arith.shrui %a, %one : i64
    %n1 = arith.addi %n, %c1 : index
    scf.yield %a1, %n1 : i64, index
  }}
  %wn = arith.index_cast %w#1 : index to i64
  func.call @printI64(%wn) : (i64) -> ()
  func.call @printNewline() : () -> ()
  memref.dealloc %m : memref<6x8xi64>
  return
}}
"#
    );
    check("loops", &src);
}

#[test]
fn vectors_match_mlir() {
    let src = format!(
        r#"{PRELUDE}
func.func @show(%v: vector<4xi64>) {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %m = memref.alloca() : memref<4xi64>
  vector.store %v, %m[%c0] : memref<4xi64>, vector<4xi64>
  scf.for %i = %c0 to %c4 step %c1 {{
    %x = memref.load %m[%i] : memref<4xi64>
    func.call @printI64(%x) : (i64) -> ()
    func.call @printNewline() : () -> ()
  }}
  return
}}
func.func @main() {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %a = arith.constant dense<[3, -9, 27, 100]> : vector<4xi64>
  %s = arith.constant 5 : i64
  %b = vector.broadcast %s : i64 to vector<4xi64>
  %p = arith.muli %a, %b : vector<4xi64>
  func.call @show(%p) : (vector<4xi64>) -> ()
  %sum = vector.reduction <add>, %p : vector<4xi64> into i64
  %mx = vector.reduction <maxsi>, %p, %s : vector<4xi64> into i64
  %xo = vector.reduction <xor>, %a : vector<4xi64> into i64
  %e = vector.extract %a[2] : i64 from vector<4xi64>
  %ins = vector.insert %sum, %a[1] : i64 into vector<4xi64>
  func.call @show(%ins) : (vector<4xi64>) -> ()
  %m = memref.alloc() : memref<3x4xi64>
  %pad = arith.constant -1 : i64
  %z = vector.broadcast %pad : i64 to vector<4xi64>
  vector.store %z, %m[%c0, %c0] : memref<3x4xi64>, vector<4xi64>
  vector.store %ins, %m[%c1, %c0] : memref<3x4xi64>, vector<4xi64>
  vector.store %p, %m[%c2, %c0] : memref<3x4xi64>, vector<4xi64>
  %t = vector.transfer_read %m[%c0, %c2], %pad {{permutation_map = affine_map<(d0, d1) -> (d0)>}} : memref<3x4xi64>, vector<4xi64>
  func.call @show(%t) : (vector<4xi64>) -> ()
  %fa = arith.constant dense<[1.5, -2.0, 0.1, 7.0]> : vector<4xf32>
  %ff = vector.fma %fa, %fa, %fa : vector<4xf32>
  %fs = vector.reduction <add>, %ff : vector<4xf32> into f32
  %bits = arith.bitcast %fs : f32 to i32
  %fb = arith.extui %bits : i32 to i64
  %s0 = vector.broadcast %sum : i64 to vector<4xi64>
  %s1 = vector.insert %mx, %s0[1] : i64 into vector<4xi64>
  %s2 = vector.insert %xo, %s1[2] : i64 into vector<4xi64>
  %out = vector.insert %e, %s2[3] : i64 into vector<4xi64>
  func.call @show(%out) : (vector<4xi64>) -> ()
  func.call @printI64(%fb) : (i64) -> ()
  func.call @printNewline() : () -> ()
  return
}}
"#
    );
    check("vectors", &src);
}

/// Random integer programs (with casts): `@main` calls `@f` on the inputs the interpreter
/// finds free of undefined behaviour and prints every result.
#[test]
fn random_integer_programs_match_mlir() {
    let mut rng = common::Rng(0x1357_9bdf_2468_ace0);
    let mut program = String::from(PRELUDE);
    let mut main = String::new();
    for p in 0..25 {
        let src = common::random_int_program(&mut rng, 12, true);
        let inputs: Vec<[i8; 3]> = (0..12)
            .map(|_| {
                let r = rng.next_u64();
                [r as i8, (r >> 8) as i8, (r >> 16) as i8]
            })
            .collect();
        let defined: Vec<[i8; 3]> = inputs
            .into_iter()
            .filter(|x| {
                let args = x.iter().map(|&v| Value::int(v as i64, 8)).collect();
                common::run(&src, "f", args).is_ok()
            })
            .collect();
        program += &src.replace("@f(", &format!("@f{p}("));
        for (k, x) in defined.iter().enumerate() {
            let n = format!("{p}_{k}");
            for (j, v) in x.iter().enumerate() {
                main += &format!("  %x{n}_{j} = arith.constant {v} : i8\n");
            }
            main += &format!("  %r{n}:4 = func.call @f{p}(%x{n}_0, %x{n}_1, %x{n}_2) : (i8, i8, i8) -> (i8, i8, i8, i8)\n");
            for j in 0..4 {
                main += &format!("  %e{n}_{j} = arith.extsi %r{n}#{j} : i8 to i64\n  func.call @printI64(%e{n}_{j}) : (i64) -> ()\n  func.call @printNewline() : () -> ()\n");
            }
        }
    }
    program += &format!("func.func @main() {{\n{main}  return\n}}\n");
    let lines = check("random-integers", &program);
    assert!(lines > 200, "only {lines} results: too few defined inputs");
}

#[test]
fn views_parallel_switch_and_indirect_calls_match_mlir() {
    let src = format!(
        r#"{PRELUDE}
func.func @print(%x: i64) {{
  func.call @printI64(%x) : (i64) -> ()
  func.call @printNewline() : () -> ()
  return
}}
func.func @triple(%x: i64) -> i64 {{
  %c3 = arith.constant 3 : i64
  %r = arith.muli %x, %c3 : i64
  return %r : i64
}}
func.func @classify(%x: i32) -> i64 {{
  %a = arith.constant 100 : i64
  %b = arith.constant 200 : i64
  cf.switch %x : i32, [
    default: ^d,
    1: ^c(%a : i64),
    -4: ^c(%b : i64)
  ]
^d:
  %e = arith.extsi %x : i32 to i64
  return %e : i64
^c(%v: i64):
  return %v : i64
}}
func.func @main() {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c6 = arith.constant 6 : index
  %m = memref.alloc() : memref<4x6xi64>
  scf.parallel (%i, %j) = (%c0, %c0) to (%c4, %c6) step (%c1, %c1) {{
    %k = arith.muli %i, %c6 : index
    %l = arith.addi %k, %j : index
    %v = arith.index_cast %l : index to i64
    memref.store %v, %m[%i, %j] : memref<4x6xi64>
    scf.reduce
  }}
  %zero = arith.constant 0 : i64
  %sum = scf.parallel (%i) = (%c0) to (%c4) step (%c1) init (%zero) -> i64 {{
    %x = memref.load %m[%i, %c3] : memref<4x6xi64>
    scf.reduce(%x : i64) {{
    ^bb0(%a: i64, %b: i64):
      %s = arith.addi %a, %b : i64
      scf.reduce.return %s : i64
    }}
  }}
  func.call @print(%sum) : (i64) -> ()
  %flat = memref.collapse_shape %m [[0, 1]] : memref<4x6xi64> into memref<24xi64>
  %c17 = arith.constant 17 : index
  %f17 = memref.load %flat[%c17] : memref<24xi64>
  func.call @print(%f17) : (i64) -> ()
  %e = memref.expand_shape %m [[0], [1, 2]] output_shape [4, 2, 3] : memref<4x6xi64> into memref<4x2x3xi64>
  %e1 = memref.load %e[%c3, %c1, %c2] : memref<4x2x3xi64>
  func.call @print(%e1) : (i64) -> ()
  %sv = memref.subview %m[1, 1] [2, 3] [2, 2] : memref<4x6xi64> to memref<2x3xi64, strided<[12, 2], offset: 7>>
  %s12 = memref.load %sv[%c1, %c2] : memref<2x3xi64, strided<[12, 2], offset: 7>>
  func.call @print(%s12) : (i64) -> ()
  %rc = memref.reinterpret_cast %m to offset: [2], sizes: [3, 2], strides: [5, 3] : memref<4x6xi64> to memref<3x2xi64, strided<[5, 3], offset: 2>>
  %r21 = memref.load %rc[%c2, %c1] : memref<3x2xi64, strided<[5, 3], offset: 2>>
  func.call @print(%r21) : (i64) -> ()
  %f = func.constant @triple : (i64) -> i64
  %t = func.call_indirect %f(%r21) : (i64) -> i64
  func.call @print(%t) : (i64) -> ()
  %one = arith.constant 1 : i32
  %m4 = arith.constant -4 : i32
  %nine = arith.constant 9 : i32
  %k1 = func.call @classify(%one) : (i32) -> i64
  %k2 = func.call @classify(%m4) : (i32) -> i64
  %k3 = func.call @classify(%nine) : (i32) -> i64
  func.call @print(%k1) : (i64) -> ()
  func.call @print(%k2) : (i64) -> ()
  func.call @print(%k3) : (i64) -> ()
  memref.dealloc %m : memref<4x6xi64>
  return
}}
"#
    );
    assert_eq!(check("views", &src), 9);
}
