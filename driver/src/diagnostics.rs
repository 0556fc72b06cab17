//! Rendering diagnostics with codespan-reporting: `file:line:col`, the source line and a
//! caret under the place, notes under their own places.

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::{Files, SimpleFiles};
use codespan_reporting::term::{self, Config};
use ir::{Context, DiagLoc, Diagnostic, Severity};

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
        SourceMap { files: SimpleFiles::new() }
    }

    pub fn add(&mut self, name: &str, text: String) -> u32 {
        self.files.add(name.to_string(), text) as u32
    }

    /// Byte range of a diagnostic's place in one of our files, if it has one.
    pub fn resolve(&self, ctx: &Context, loc: DiagLoc) -> Option<(usize, std::ops::Range<usize>)> {
        match loc {
            DiagLoc::Span { file, start, end } => Some((file as usize, start as usize..(end.max(start)) as usize)),
            DiagLoc::Loc(attr) => {
                let (name, line, col) = ctx.file_line_col(attr)?;
                // The newest file with that name (split chunks are added in order).
                let ids: Vec<usize> = (0..self.count()).filter(|&id| self.files.name(id).is_ok_and(|n| n == name)).collect();
                let id = *ids.last()?;
                let range = self.files.line_range(id, line.checked_sub(1)? as usize).ok()?;
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

    /// Renders `diag` (and its notes) to a string.
    pub fn render(&self, ctx: &Context, diag: &Diagnostic) -> String {
        let mut out = codespan_reporting::term::termcolor::NoColor::new(Vec::new());
        let config = Config { chars: term::Chars::ascii(), ..Config::default() };
        let mut cs = CsDiagnostic::new(severity(diag.severity)).with_message(diag.message.clone());
        let mut plain_notes = Vec::new();
        if let Some((file, range)) = self.resolve(ctx, diag.loc) {
            cs = cs.with_labels(vec![Label::primary(file, range)]);
        } else if let DiagLoc::Loc(attr) = diag.loc {
            cs = cs.with_message(format!("{} (at {})", diag.message, ir::print::print_attr(ctx, attr)));
        }
        for note in &diag.notes {
            match self.resolve(ctx, note.loc) {
                Some((file, range)) => cs.labels.push(Label::secondary(file, range).with_message(note.message.clone())),
                None => plain_notes.push(note.message.clone()),
            }
        }
        cs = cs.with_notes(plain_notes);
        let _ = term::emit_to_write_style(&mut out, &config, &self.files, &cs);
        String::from_utf8_lossy(&out.into_inner()).into_owned()
    }
}

fn severity(s: Severity) -> CsSeverity {
    match s {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Remark => CsSeverity::Help,
        Severity::Note => CsSeverity::Note,
    }
}

/// Length of the token at the start of `s` (at least 1 character, for the caret).
fn token_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else { return 0 };
    let word = |c: char| c.is_alphanumeric() || "_$.%@^#!\"".contains(c);
    if word(first) {
        let in_string = first == '"';
        for (i, c) in chars {
            if in_string && c == '"' {
                return i + 1;
            }
            if !in_string && !(c.is_alphanumeric() || "_$.#".contains(c)) {
                return i;
            }
        }
        s.len()
    } else {
        first.len_utf8()
    }
}
