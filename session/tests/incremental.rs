//! The session recomputes only what an edit touched, and prints what a cold run prints.

use session::{example_module, Session};

#[test]
fn one_edit_recomputes_one_function() {
    let mut s = Session::new("dce").unwrap();
    assert!(s.is_incremental());
    s.set_source(&example_module(200, 0, 0));
    let first = s.output().unwrap();
    assert_eq!(s.recomputed(), 200);
    assert!(!s.ran_cold());
    assert_eq!(first, s.cold_output().unwrap());
    assert!(!first.contains("test.dead"), "dce ran");

    // Same text again: nothing recomputed.
    s.set_source(&example_module(200, 0, 0));
    assert_eq!(s.output().unwrap(), first);
    assert_eq!(s.recomputed(), 0);

    // Edit the body of one function: exactly that one is recomputed.
    s.set_source(&example_module(200, 117, 5));
    let edited = s.output().unwrap();
    assert_eq!(s.recomputed(), 1);
    assert!(!s.ran_cold());
    assert!(edited.contains("k = 5 : i32"));
    let mut cold = Session::new("dce").unwrap();
    cold.set_source(&example_module(200, 117, 5));
    assert_eq!(edited, cold.cold_output().unwrap());
    assert_eq!(edited, cold.output().unwrap());
}

#[test]
fn signature_change_recomputes_callers() {
    let text = "func.func @a(%x: i32) -> i32 {\n  return %x : i32\n}\nfunc.func @b(%x: i32) -> i32 {\n  %0 = call @a(%x) : (i32) -> i32\n  return %0 : i32\n}\nfunc.func @c() {\n  return\n}\n";
    let mut s = Session::new("dce").unwrap();
    s.set_source(text);
    assert_eq!(s.output().unwrap(), s.cold_output().unwrap());
    assert_eq!(s.recomputed(), 3);
    // @a's body changes, its signature does not: only @a.
    s.set_source(&text.replace(
        "return %x : i32\n}\nfunc.func @b",
        "\"test.x\"() : () -> ()\n  return %x : i32\n}\nfunc.func @b",
    ));
    assert_eq!(s.output().unwrap(), s.cold_output().unwrap());
    assert_eq!(s.recomputed(), 1);
    // A call that no longer type-checks: the cold run's diagnostics.
    s.set_source(&text.replace(
        "func.func @a(%x: i32) -> i32 {\n  return %x : i32",
        "func.func @a(%x: i64) -> i64 {\n  return %x : i64",
    ));
    let err = s.output().unwrap_err();
    assert!(s.ran_cold());
    assert!(!err.is_empty());
}

#[test]
fn module_passes_fall_back_to_cold() {
    let text = "module attributes {t.x = 1 : i32} {\n  func.func private @dead() {\n    return\n  }\n  func.func @main() {\n    return\n  }\n}\n";
    let mut s = Session::new("symbol-dce").unwrap();
    assert!(!s.is_incremental());
    s.set_source(text);
    let out = s.output().unwrap();
    assert!(s.ran_cold());
    assert!(!out.contains("@dead"));
    // A module with attributes, incrementally.
    let mut s = Session::new("dce").unwrap();
    s.set_source(text);
    assert_eq!(s.output().unwrap(), s.cold_output().unwrap());
    assert!(!s.ran_cold());
    // Errors come from the cold run, with positions in the whole file.
    s.set_source("func.func @f() {\n  return %nope : i32\n}\n");
    assert!(s.output().is_err());
    assert!(s.ran_cold());
}

#[test]
fn edits_insertions_and_deletions_match_cold_runs() {
    let base = session::example_module(30, 0, 0);
    let f5 = base.find("  func.func @f5(").unwrap();
    let f6 = base.find("  func.func @f6(").unwrap();
    let f29 = base.find("  func.func @f29(").unwrap();
    let texts = [
        base.clone(),
        // A new function in the middle (calls nothing new).
        format!(
            "{}  func.func @extra() {{\n    return\n  }}\n{}",
            &base[..f6],
            &base[f6..]
        ),
        // @f29 deleted (nothing calls it).
        format!("{}}}\n", &base[..f29]),
        // A comment edit only (of the previous text).
        format!("{}}}\n", &base[..f29]).replacen("module {", "module {\n  // hello", 1),
        // Broken text: the cold run's diagnostics.
        format!("{}{}", &base[..f5 + 10], &base[f6..]),
        base.clone(),
    ];
    let mut s = Session::new("dce").unwrap();
    for (i, t) in texts.iter().enumerate() {
        s.set_source(t);
        let mut cold = Session::new("dce").unwrap();
        cold.set_source(t);
        let got = s.output();
        let want = cold.cold_output();
        match (&got, &want) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "text {i}"),
            (Err(_), Err(_)) => {}
            _ => panic!("text {i}: {got:?} vs {want:?}"),
        }
        if i == 1 || i == 2 || i == 5 {
            assert!(s.recomputed() <= 1, "text {i}: {}", s.recomputed());
        }
        if i == 3 {
            assert_eq!(s.recomputed(), 0, "text {i}");
        }
    }
}
