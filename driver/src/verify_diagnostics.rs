//! `--verify-diagnostics`: the diagnostics a file expects are written in it, as in
//! mlir-opt: `// expected-error @+1 {{message}}` (also `-warning`, `-note`, `-remark`;
//! `@-N`, `@above`, `@below`, or no `@` for the comment's own line). Every diagnostic
//! produced must be expected, and every expectation met; the message in braces must be
//! contained in the diagnostic's message.

use ir::{Context, DiagLoc, Diagnostic, Severity};

use crate::diagnostics::SourceMap;

#[derive(Debug)]
pub struct Expectation {
    pub severity: Severity,
    /// 1-based line the diagnostic must be on.
    pub line: usize,
    pub message: String,
    /// 1-based line of the comment itself, and byte offset of `expected-`.
    pub comment_line: usize,
    pub offset: usize,
    pub matched: bool,
}

/// Finds the expectations in `text`; malformed ones are reported as errors.
pub fn parse_expectations(text: &str) -> (Vec<Expectation>, Vec<(usize, String)>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut line_start = 0;
    for (i, line) in text.split('\n').enumerate() {
        let line_no = i + 1;
        let mut search = 0;
        while let Some(pos) = line[search..].find("expected-") {
            let at = search + pos;
            search = at + "expected-".len();
            let rest = &line[search..];
            let Some((sev, after)) = [
                ("error", Severity::Error),
                ("warning", Severity::Warning),
                ("note", Severity::Note),
                ("remark", Severity::Remark),
            ]
            .into_iter()
            .find_map(|(w, s)| rest.strip_prefix(w).map(|a| (s, a))) else {
                continue;
            };
            let after = after.trim_start();
            let (target, after) = match after.strip_prefix('@') {
                Some(a) => {
                    let end = a
                        .find(|c: char| c.is_whitespace() || c == '{')
                        .unwrap_or(a.len());
                    let spec = &a[..end];
                    let target = match spec {
                        "above" => line_no.checked_sub(1),
                        "below" => Some(line_no + 1),
                        s => s
                            .parse::<i64>()
                            .ok()
                            .and_then(|d| usize::try_from(line_no as i64 + d).ok()),
                    };
                    match target {
                        Some(t) if t >= 1 => (t, a[end..].trim_start()),
                        _ => {
                            errors.push((
                                line_start + at,
                                format!("invalid line offset '@{spec}' in expected-* directive"),
                            ));
                            continue;
                        }
                    }
                }
                None => (line_no, after),
            };
            let Some(body) = after.strip_prefix("{{") else {
                errors.push((
                    line_start + at,
                    "expected '{{' to start the expected message".to_string(),
                ));
                continue;
            };
            let Some(end) = body.find("}}") else {
                errors.push((
                    line_start + at,
                    "expected '}}' to end the expected message".to_string(),
                ));
                continue;
            };
            out.push(Expectation {
                severity: sev,
                line: target,
                message: body[..end].to_string(),
                comment_line: line_no,
                offset: line_start + at,
                matched: false,
            });
        }
        line_start += line.len() + 1;
    }
    (out, errors)
}

/// Checks `diags` (with their notes) against the expectations of file `file`. Returns the
/// problems as diagnostics to report; empty when everything matched.
pub fn check(
    ctx: &Context,
    sources: &SourceMap,
    file: u32,
    text: &str,
    diags: &[Diagnostic],
) -> Vec<Diagnostic> {
    let (mut expected, malformed) = parse_expectations(text);
    let mut problems: Vec<Diagnostic> = malformed
        .into_iter()
        .map(|(off, msg)| {
            Diagnostic::error(
                DiagLoc::Span {
                    file,
                    start: off as u32,
                    end: off as u32 + 1,
                },
                msg,
            )
        })
        .collect();
    let mut all: Vec<&Diagnostic> = Vec::new();
    for d in diags {
        all.push(d);
        all.extend(d.notes.iter());
    }
    for d in all {
        let line = sources
            .line_of(ctx, d.loc)
            .filter(|(f, _)| *f == file as usize)
            .map(|(_, l)| l);
        let found = line.and_then(|l| {
            expected.iter_mut().find(|e| {
                !e.matched
                    && e.severity == d.severity
                    && e.line == l
                    && d.message.contains(&e.message)
            })
        });
        match found {
            Some(e) => e.matched = true,
            None => {
                if d.severity == Severity::Note && line.is_none() {
                    continue; // notes without a place in the file cannot be expected
                }
                let mut p = d.clone();
                p.severity = Severity::Error;
                p.message = format!("unexpected {}: {}", d.severity.name(), d.message);
                p.notes.clear();
                problems.push(p);
            }
        }
    }
    for e in expected.iter().filter(|e| !e.matched) {
        problems.push(Diagnostic::error(
            DiagLoc::Span {
                file,
                start: e.offset as u32,
                end: (e.offset + "expected-".len()) as u32,
            },
            format!(
                "expected {} \"{}\" was not produced",
                e.severity.name(),
                e.message
            ),
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_line_designators() {
        let text = "a\n// expected-error @+1 {{boom}}\nb\n// expected-note @above {{n}}\n// expected-warning {{w}}\n";
        let (e, errs) = parse_expectations(text);
        assert!(errs.is_empty());
        let got: Vec<(Severity, usize, &str)> = e
            .iter()
            .map(|x| (x.severity, x.line, x.message.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Severity::Error, 3, "boom"),
                (Severity::Note, 3, "n"),
                (Severity::Warning, 5, "w")
            ]
        );
    }

    #[test]
    fn malformed_expectation_is_reported() {
        let (_, errs) = parse_expectations("// expected-error @+1 missing braces\n");
        assert_eq!(errs.len(), 1);
    }
}
