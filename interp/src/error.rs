//! Interpreter errors: values carrying the failing op's name and location.

use std::fmt;

use ir::{Context, Ir, OpId};

/// What went wrong.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A load, store or view outside its memref (or a vector position outside its vector).
    OutOfBounds,
    /// An access to (or a second free of) a deallocated buffer.
    UseAfterFree,
    /// Integer division or remainder by zero, or signed `INT_MIN / -1`.
    DivisionByZero,
    /// An op produced poison in MLIR (shift by the width or more, `fptosi` out of range).
    Poison,
    /// A `cf.assert` failed.
    AssertFailed,
    /// An op (or a type) the interpreter has no semantics for.
    Unsupported,
    /// A call with the wrong number or types of arguments, or of a missing function.
    BadCall,
    /// The step budget ran out.
    StepBudget,
    /// Malformed IR or a value of an unexpected kind (the verifier should have caught it).
    Internal,
}

/// An error raised while interpreting, located at an op.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InterpError {
    pub kind: ErrorKind,
    pub message: String,
    /// The op's name, when the error is located at an op.
    pub op: Option<String>,
    /// `file:line:col` of the op, when it has one.
    pub loc: Option<String>,
}

impl InterpError {
    pub fn new(ctx: &Context, ir: &Ir, op: Option<OpId>, kind: ErrorKind, message: String) -> Self {
        let loc = op
            .and_then(|op| ctx.file_line_col(ir.loc(op)))
            .map(|(f, l, c)| format!("{f}:{l}:{c}"));
        InterpError {
            kind,
            message,
            op: op.map(|op| ctx.op_name_str(ir.op_name(op)).to_string()),
            loc,
        }
    }
}

impl fmt::Display for InterpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(loc) = &self.loc {
            write!(f, "{loc}: ")?;
        }
        if let Some(op) = &self.op {
            write!(f, "'{op}': ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for InterpError {}
