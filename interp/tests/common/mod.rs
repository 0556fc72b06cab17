//! Shared test helpers: parse, verify and run a module.
#![allow(dead_code)]

use interp::{InterpError, Interpreter, Value};
use ir::{Context, Ir, OpId};

/// Parses and verifies `src`, then calls `func` with `args`.
pub fn run(src: &str, func: &str, args: Vec<Value>) -> Result<Vec<Value>, InterpError> {
    run_with_budget(src, func, args, Some(10_000_000))
}

pub fn run_with_budget(
    src: &str,
    func: &str,
    args: Vec<Value>,
    budget: Option<u64>,
) -> Result<Vec<Value>, InterpError> {
    run_impl(src, func, args, budget, true)
}

/// Runs without verifying first, for IR that MLIR accepts but our verifiers do not yet.
pub fn run_unverified(src: &str, func: &str, args: Vec<Value>) -> Result<Vec<Value>, InterpError> {
    run_impl(src, func, args, Some(10_000_000), false)
}

fn run_impl(
    src: &str,
    func: &str,
    args: Vec<Value>,
    budget: Option<u64>,
    verify: bool,
) -> Result<Vec<Value>, InterpError> {
    let ctx = dialects::context();
    let mut ir = Ir::new();
    let module = parse(&ctx, &mut ir, src, "test.mlir", false, verify);
    let mut it = Interpreter::new(&ctx, &ir, module);
    it.set_step_budget(budget);
    it.call(func, args)
}

/// Parses `src` as file `name` (panicking on errors, as tests do) and verifies it.
pub fn parse(
    ctx: &Context,
    ir: &mut Ir,
    src: &str,
    name: &str,
    allow_unregistered: bool,
    verify: bool,
) -> OpId {
    let file = parser::SourceFile {
        id: 0,
        name,
        text: src,
    };
    let opts = parser::ParseOptions { allow_unregistered };
    let module = match parser::parse_module(ctx, ir, &file, &opts) {
        Ok(m) => m,
        Err(d) => panic!("parse error: {d:?}"),
    };
    if verify {
        if let Err(d) = ir::verify::verify(ctx, ir, module) {
            panic!("verifier error: {d:?}");
        }
    }
    module
}

/// Runs and expects success.
pub fn ok(src: &str, func: &str, args: Vec<Value>) -> Vec<Value> {
    run(src, func, args).unwrap_or_else(|e| panic!("interpreter error: {e}"))
}

/// Runs and expects an error.
pub fn err(src: &str, func: &str, args: Vec<Value>) -> InterpError {
    match run(src, func, args) {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e,
    }
}

/// A deterministic pseudo-random generator (xorshift), for test data.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Uniform in [-1, 1).
    pub fn f32(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 23) as f32 - 1.0
    }
}

/// A random straight-line integer program over `i8` arguments and constants.
pub fn random_int_program(rng: &mut Rng, len: usize, casts: bool) -> String {
    const BINARY: [&str; 20] = [
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
        "shli",
        "shrsi",
        "shrui",
        "divsi",
        "divui",
        "remsi",
        "remui",
        "ceildivsi",
        "ceildivui",
        "floordivsi",
    ];
    const PREDS: [&str; 10] = [
        "eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge",
    ];
    let consts = [0i64, 1, -1, 2, 3, 7, -128, 127, 8, -8];
    let mut body = String::new();
    let mut vals: Vec<String> = vec!["%a".into(), "%b".into(), "%c".into()];
    for (k, c) in consts.iter().enumerate() {
        body += &format!("  %k{k} = arith.constant {c} : i8\n");
        vals.push(format!("%k{k}"));
    }
    let pick = |rng: &mut Rng, vals: &[String]| {
        vals[(rng.next_u64() % vals.len() as u64) as usize].clone()
    };
    for n in 0..len {
        let (x, y) = (pick(rng, &vals), pick(rng, &vals));
        let r = rng.next_u64() % 10;
        body += &match r {
            0 => {
                let p = PREDS[(rng.next_u64() % 10) as usize];
                let z = pick(rng, &vals);
                format!("  %t{n} = arith.cmpi {p}, {x}, {y} : i8\n  %v{n} = arith.select %t{n}, {x}, {z} : i8\n")
            }
            1 if casts => format!("  %t{n} = arith.extsi {x} : i8 to i32\n  %u{n} = arith.extui {y} : i8 to i32\n  %s{n} = arith.addi %t{n}, %u{n} : i32\n  %v{n} = arith.trunci %s{n} : i32 to i8\n"),
            _ => {
                let op = BINARY[(rng.next_u64() % BINARY.len() as u64) as usize];
                format!("  %v{n} = arith.{op} {x}, {y} : i8\n")
            }
        };
        vals.push(format!("%v{n}"));
    }
    let outs: Vec<String> = vals[vals.len() - 4..].to_vec();
    format!(
        "func.func @f(%a: i8, %b: i8, %c: i8) -> (i8, i8, i8, i8) {{\n{body}  return {} : i8, i8, i8, i8\n}}\n",
        outs.join(", ")
    )
}
