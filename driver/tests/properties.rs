//! Properties of parse + verify + print over the golden corpus and mutations of it:
//! - any input, however broken, gives diagnostics, never a panic;
//! - printing is idempotent: print(parse(print(x))) == print(x), pretty and generic.

use std::path::{Path, PathBuf};

use ir::print::{print_op, PrintOptions};
use ir::Ir;
use proptest::prelude::*;

/// The chunks of every golden file; `valid_only` leaves out `testdata/invalid/`.
fn corpus_of(valid_only: bool) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if matches!(p.extension().and_then(|x| x.to_str()), Some("mlir" | "ir")) {
                out.push(p);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.retain(|f| !valid_only || !f.components().any(|c| c.as_os_str() == "invalid"));
    files.sort();
    let mut chunks = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        chunks.extend(
            driver::split_input(&text)
                .into_iter()
                .filter(|c| !c.trim().is_empty()),
        );
    }
    assert!(!chunks.is_empty(), "the corpus under testdata/ is empty");
    chunks
}

fn corpus() -> Vec<String> {
    corpus_of(false)
}

/// Parses and verifies; on success returns the printed forms (pretty, generic).
fn run(text: &str) -> Option<(String, String)> {
    let ctx = dialects::context();
    let mut ir = Ir::new();
    let file = parser::SourceFile {
        id: 0,
        name: "input.mlir",
        text,
    };
    let opts = parser::ParseOptions {
        allow_unregistered: true,
    };
    let module = parser::parse_module(&ctx, &mut ir, &file, &opts).ok()?;
    ir::verify::verify(&ctx, &ir, module).ok()?;
    let pretty = print_op(
        &ctx,
        &ir,
        module,
        PrintOptions {
            generic: false,
            debuginfo: false,
        },
    );
    let generic = print_op(
        &ctx,
        &ir,
        module,
        PrintOptions {
            generic: true,
            debuginfo: false,
        },
    );
    Some((pretty, generic))
}

fn assert_idempotent(text: &str) {
    if let Some((pretty, generic)) = run(text) {
        for (form, printed) in [("pretty", &pretty), ("generic", &generic)] {
            let again = run(printed)
                .unwrap_or_else(|| panic!("{form} output does not parse back:\n{printed}"));
            let again = if form == "pretty" { again.0 } else { again.1 };
            assert_eq!(&again, printed, "{form} printing is not idempotent");
        }
        // The two forms describe the same IR.
        assert_eq!(
            run(&pretty).unwrap().1,
            run(&generic).unwrap().1,
            "pretty and generic forms differ"
        );
    }
}

#[test]
fn corpus_prints_idempotently() {
    let chunks = corpus_of(true);
    let mut ok = 0;
    for c in &chunks {
        assert_idempotent(c);
        ok += usize::from(run(c).is_some());
    }
    // The valid corpus parses and verifies (a chunk may only fail if it needs a flag other
    // than --allow-unregistered-dialect).
    assert!(
        ok * 10 >= chunks.len() * 9,
        "only {ok} of {} valid corpus chunks parse and verify",
        chunks.len()
    );
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, String),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let tokens = prop::sample::select(vec![
        "%",
        "%0",
        "^bb1",
        "(",
        ")",
        "{",
        "}",
        "<",
        ">",
        "[",
        "]",
        ",",
        ":",
        "=",
        "->",
        "\"",
        "@f",
        "#map",
        "!t",
        "loc(",
        "i32",
        "tensor<",
        "dense<",
        "0x",
        "1.0e",
        "-",
        "//",
        "\\",
        "\u{1F600}",
        "\0",
        "func.func",
        "module",
        "return",
        "// -----\n",
        "affine_map<(d0) -> (",
        "x",
        "?",
        "*",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        (any::<usize>(), 1usize..20).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), tokens).prop_map(|(a, t)| Mutation::Insert(a, t)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 1usize..40).prop_map(|(a, n)| Mutation::Duplicate(a, n)),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let len = bytes.len().max(1);
    match m {
        Mutation::Delete(at, n) => {
            let at = at % len;
            let end = (at + n).min(bytes.len());
            bytes.drain(at.min(bytes.len())..end);
        }
        Mutation::Insert(at, t) => {
            let at = at % len;
            bytes.splice(at.min(bytes.len())..at.min(bytes.len()), t.bytes());
        }
        Mutation::Truncate(at) => bytes.truncate(at % len),
        Mutation::Duplicate(at, n) => {
            let at = (at % len).min(bytes.len());
            let end = (at + n).min(bytes.len());
            let piece = bytes[at..end].to_vec();
            bytes.splice(at..at, piece);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn seed_from_env() -> proptest::test_runner::RngSeed {
    let seed = std::env::var("PROPTEST_RNG_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_2026);
    proptest::test_runner::RngSeed::Fixed(seed)
}

proptest! {
    // A fixed seed: CI runs the same 512 cases every time (reproducible failures); set
    // PROPTEST_RNG_SEED to explore others locally.
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        rng_seed: seed_from_env(),
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_corpus_never_panics(index in any::<prop::sample::Index>(), ms in prop::collection::vec(mutation(), 1..4)) {
        let chunks = corpus();
        let mut text = index.get(&chunks).clone();
        for m in &ms {
            text = apply(&text, m);
        }
        // Must not panic; when it still parses and verifies, it must print idempotently.
        assert_idempotent(&text);
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        let _ = run(&text);
    }
}
