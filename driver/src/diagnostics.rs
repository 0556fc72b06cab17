//! Rendering diagnostics as mlir-opt and clang do (`file:line:col: error: message`, the
//! source line, a caret), on codespan-reporting's file database.

use codespan_reporting::files::{Files, SimpleFiles};
use ir::{Context, DiagLoc, Diagnostic};

/// The source files a run has read, for rendering and for mapping `loc("f":l:c)` back.
pub struct SourceMap {
    pub files: SimpleFiles<String, String>,
}

impl Default for SourceMap {
    fn default() -> Self {
        Self::new()
    }
}

impl SourceMap {
    pub fn new() -> Self {
        SourceMap {
            files: SimpleFiles::new(),
        }
    }

    pub fn add(&mut self, name: &str, text: String) -> u32 {
        self.files.add(name.to_string(), text) as u32
    }

    /// Byte range of a diagnostic's place in one of our files, if it has one.
    pub fn resolve(&self, ctx: &Context, loc: DiagLoc) -> Option<(usize, std::ops::Range<usize>)> {
        match loc {
            DiagLoc::Span { file, start, end } => {
                Some((file as usize, start as usize..(end.max(start)) as usize))
            }
            DiagLoc::Loc(attr) => {
                let (name, line, col) = ctx.file_line_col(attr)?;
                // The newest file with that name (split chunks are added in order).
                let ids: Vec<usize> = (0..self.count())
                    .filter(|&id| self.files.name(id).is_ok_and(|n| n == name))
                    .collect();
                let id = *ids.last()?;
                let range = self
                    .files
                    .line_range(id, line.checked_sub(1)? as usize)
                    .ok()?;
                let text = self.files.source(id).ok()?;
                let start = (range.start + col.saturating_sub(1) as usize).min(range.end);
                // Underline the token that starts there.
                let rest = &text[start..range.end];
                let len = token_len(rest);
                Some((id, start..start + len))
            }
            DiagLoc::None => None,
        }
    }

    fn count(&self) -> usize {
        let mut n = 0;
        while self.files.get(n).is_ok() {
            n += 1;
        }
        n
    }

    /// 1-based line of a diagnostic's place (for `--verify-diagnostics`).
    pub fn line_of(&self, ctx: &Context, loc: DiagLoc) -> Option<(usize, usize)> {
        let (file, range) = self.resolve(ctx, loc)?;
        let line = self.files.line_index(file, range.start).ok()?;
        Some((file, line + 1))
    }

    /// Renders `diag` and its notes the way mlir-opt and clang do:
    /// `file:line:col: error: message`, the source line, and a caret under the place
    /// (`^~~~` over the token). Notes follow as diagnostics of their own.
    pub fn render(&self, ctx: &Context, diag: &Diagnostic) -> String {
        let mut out = String::new();
        self.render_one(ctx, diag, &mut out);
        for note in &diag.notes {
            self.render_one(ctx, note, &mut out);
        }
        out
    }

    fn render_one(&self, ctx: &Context, diag: &Diagnostic, out: &mut String) {
        use std::fmt::Write;
        let severity = diag.severity.name();
        let Some((file, range)) = self.resolve(ctx, diag.loc) else {
            match diag.loc {
                DiagLoc::Loc(attr)
                    if ctx
                        .as_location(attr)
                        .is_some_and(|l| !matches!(l, ir::attributes::LocationKind::Unknown)) =>
                {
                    let mut at = String::new();
                    ir::print::write_location_body(ctx, attr, &mut at, None, true);
                    let _ = writeln!(out, "{at}: {severity}: {}", diag.message);
                }
                _ => {
                    let _ = writeln!(out, "{severity}: {}", diag.message);
                }
            }
            return;
        };
        let name = self.files.name(file).unwrap_or_default();
        let (Ok(line), Ok(source)) = (
            self.files.line_index(file, range.start),
            self.files.source(file),
        ) else {
            let _ = writeln!(out, "{name}: {severity}: {}", diag.message);
            return;
        };
        let line_range = self
            .files
            .line_range(file, line)
            .unwrap_or(range.start..range.start);
        let text = source[line_range.clone()].trim_end_matches(['\n', '\r']);
        let col = source[line_range.start..range.start].chars().count() + 1;
        let _ = writeln!(
            out,
            "{name}:{}:{col}: {severity}: {}",
            line + 1,
            diag.message
        );
        let _ = writeln!(out, "{text}");
        let width = source[range.start
            ..range
                .end
                .min(line_range.start + text.len())
                .max(range.start)]
            .chars()
            .count();
        let indent: String = source[line_range.start..range.start]
            .chars()
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let _ = writeln!(out, "{indent}^{}", "~".repeat(width.saturating_sub(1)));
    }
}

/// Length of the token at the start of `s` (at least 1 character, for the caret).
fn token_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let word = |c: char| c.is_alphanumeric() || "_$.%@^#!\"".contains(c);
    if word(first) {
        let in_string = first == '"';
        for (i, c) in chars {
            if in_string && c == '"' {
                return i + 1;
            }
            if !(in_string || c.is_alphanumeric() || "_$.#".contains(c)) {
                return i;
            }
        }
        s.len()
    } else {
        first.len_utf8()
    }
}
