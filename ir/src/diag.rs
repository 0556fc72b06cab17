//! Diagnostics as values: errors, warnings and notes with a place, rendered by the driver
//! (codespan-reporting) as `file:line:col`, the source line and a caret.
//!
//! Key types: [`Diagnostic`], [`Severity`], [`DiagLoc`].

use crate::context::Attribute;

#[derive(Copy, Clone, PartialEq, Eq, Debug, PartialOrd, Ord)]
pub enum Severity {
    Note,
    Remark,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Remark => "remark",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where a diagnostic points.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum DiagLoc {
    /// A byte range in a source file the driver knows (parser diagnostics).
    Span {
        file: u32,
        start: u32,
        end: u32,
    },
    /// An IR location attribute (verifier and pass diagnostics).
    Loc(Attribute),
    None,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub loc: DiagLoc,
    pub message: String,
    /// Related places: "value defined here", "previous definition here", ...
    pub notes: Vec<Diagnostic>,
}

impl Diagnostic {
    pub fn error(loc: DiagLoc, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            loc,
            message: message.into(),
            notes: Vec::new(),
        }
    }
    pub fn warning(loc: DiagLoc, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            loc,
            message: message.into(),
            notes: Vec::new(),
        }
    }
    pub fn note(loc: DiagLoc, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            loc,
            message: message.into(),
            notes: Vec::new(),
        }
    }
    pub fn with_note(mut self, loc: DiagLoc, message: impl Into<String>) -> Self {
        self.notes.push(Diagnostic::note(loc, message));
        self
    }
}

/// A result whose error is one or more diagnostics already built.
pub type DiagResult<T> = Result<T, Diagnostic>;
