//! Any input gives `Ok` or diagnostics, never a panic: random bytes, and mutations of
//! valid inputs (byte flips, truncations, splices of MLIR-ish fragments).

mod common;

use proptest::prelude::*;

const SEEDS: &[&str] = &[
    r#"#map = affine_map<(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 4)>
!t = tensor<2x?xf32, #foo.enc<"x">>
%0:2 = "foo.a"() {m = #map, d = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, s = affine_set<(d0) : (d0 >= 0)>} : () -> (i32, !t)
"foo.b"(%0#1, %1) ({
^bb0(%a: i32 loc("x":1:2), %b: f32):
  "foo.br"(%a) [^bb1] : (i32) -> ()
^bb1:
  "foo.c"(%a) : (i32) -> () loc(#loc1)
}) : (!t, f32) -> ()
%1 = "foo.d"() <{p = array<i64: 1, -2>}> : () -> f32
#loc1 = loc(callsite("a" at fused<#foo.m>["b":1:2 to 3:4, unknown]))
"#,
    r#""builtin.module"() ({
  %c = "foo.k"() {v = 0x7FC00000 : f32, w = -3 : si8, x = dense<"0x0000803F"> : tensor<1xf32>} : () -> memref<4x?xf32, strided<[?, 1], offset: ?>, 1>
  "foo.v"() {t = vector<4x[8]xf32>, u = tuple<i32, complex<f64>>, s = @a::@"b c", q = "es\"c\n\41"} : () -> ()
}) : () -> ()
"#,
    "module {\n  func.func @f(%a: i32) -> i32 {\n    return %a : i32\n  }\n}\n",
];

const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "<",
    ">",
    "<{",
    "}>",
    "%",
    "%x",
    "%0#1",
    "^bb0",
    "^bb1:",
    "#",
    "#map",
    "!t",
    "!foo.x<",
    "\"",
    "\\",
    "loc(",
    "#loc1",
    "0x",
    "0x1x",
    "xf32",
    "?x",
    "dense<",
    "affine_map<(d0) -> (d0",
    ">=",
    "->",
    ":",
    "::",
    "=",
    ",",
    "-",
    "1.5e",
    "@",
    "@\"",
    "{-#",
    "#-}",
    "//",
    "\n",
    "\u{e9}",
    "\u{1F600}",
    "\0",
];

fn run(text: &str) {
    let ctx = ir::Context::new();
    let mut ir = ir::Ir::new();
    let _ = common::parse_in(&ctx, &mut ir, text, true);
    let _ = common::parse_in(&ctx, &mut ir, text, false);
}

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, usize),
    Truncate(usize),
    Dup(usize, usize),
}

fn apply(seed: &str, edits: &[Edit]) -> String {
    let mut s: Vec<char> = seed.chars().collect();
    for e in edits {
        let n = s.len().max(1);
        match *e {
            Edit::Delete(at, len) => {
                let at = at % n;
                let end = (at + len % 8).min(s.len());
                if at < s.len() {
                    s.drain(at..end);
                }
            }
            Edit::Insert(at, frag) => {
                let at = (at % n).min(s.len());
                let f: Vec<char> = FRAGMENTS[frag % FRAGMENTS.len()].chars().collect();
                s.splice(at..at, f);
            }
            Edit::Truncate(at) => s.truncate(at % n),
            Edit::Dup(at, len) => {
                let at = (at % n).min(s.len());
                let end = (at + len % 40).min(s.len());
                let piece: Vec<char> = s[at..end].to_vec();
                s.splice(at..at, piece);
            }
        }
    }
    s.into_iter().collect()
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Delete(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Insert(a, b)),
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Dup(a, b)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_do_not_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        run(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_tokens_do_not_panic(frags in proptest::collection::vec(0..FRAGMENTS.len(), 0..60)) {
        let text: String = frags.iter().map(|&i| FRAGMENTS[i]).collect::<Vec<_>>().join(" ");
        run(&text);
    }

    #[test]
    fn mutated_valid_inputs_do_not_panic(seed in 0..SEEDS.len(), edits in proptest::collection::vec(edit(), 1..6)) {
        run(&apply(SEEDS[seed], &edits));
    }
}

#[test]
fn seeds_are_valid() {
    let ctx = ir::Context::new();
    for seed in &SEEDS[..2] {
        let mut ir = ir::Ir::new();
        if let Err(d) = common::parse_in(&ctx, &mut ir, seed, true) {
            panic!("{}", common::fmt_diags(seed, &d));
        }
    }
}

#[test]
fn pathological_inputs() {
    for text in [
        "(".repeat(100_000),
        "[".repeat(100_000),
        "\"foo.a\"() ({".repeat(3000),
        format!(
            "\"foo.a\"() {{a = affine_map<(d0) -> ({}d0)>}} : () -> ()",
            "-".repeat(20_000)
        ),
        format!(
            "\"foo.a\"() {{a = affine_map<(d0) -> ({}d0{})>}} : () -> ()",
            "(".repeat(5000),
            ")".repeat(5000)
        ),
        format!(
            "\"foo.a\"() : () -> {}i32{}",
            "tuple<".repeat(3000),
            ">".repeat(3000)
        ),
        format!(
            "\"foo.a\"() : () -> () loc({}unknown{})",
            "callsite(".repeat(3000),
            " at unknown)".repeat(3000)
        ),
        format!("!t = !foo.x<{}>", "<".repeat(100_000)),
        "%x = \"foo.a\"() : () -> (i32)\n".repeat(2000),
    ] {
        run(&text);
    }
}
