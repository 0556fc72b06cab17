//! The core IR of the compiler: an MLIR-style multi-level IR.
//!
//! - [`context`]: interning of types, attributes, identifiers and op names.
//! - [`types`], [`attributes`]: MLIR's builtin types and attributes (and locations).
//! - [`structure`]: operations, blocks, regions and values in arenas with use-lists.
//! - [`dialect`]: dialects and declarative op definitions ([`define_op!`]).
//! - [`constraints`]: reusable type/attribute constraints for op declarations.
//! - [`asm`], [`asm_format`]: op syntax — the parser interface and declarative formats.
//! - [`print`]: the printer (MLIR's generic form and custom forms).
//! - [`verify`]: the verifier (dominance, terminators, successors, symbols, op constraints).
//! - [`effects`]: memory effects, speculatability and region control flow of ops.
//! - [`region_simplify`]: unreachable blocks, region DCE, redundant block arguments.
//! - [`rewrite`]: folding hooks, rewrite patterns and the greedy pattern driver.
//! - [`symbol`]: symbol tables.
//! - [`diag`]: diagnostics as values.

pub mod affine;
pub mod asm;
pub mod asm_format;
pub mod attributes;
pub mod constraints;
pub mod context;
pub mod diag;
pub mod dialect;
pub mod effects;
pub mod float_format;
pub mod print;
pub mod region_simplify;
pub mod rewrite;
pub mod structure;
pub mod symbol;
pub mod types;
pub mod verify;

pub use attributes::{AttrKind, NamedAttr};
pub use context::{Attribute, Context, Ident, OpName, Type};
pub use diag::{DiagLoc, Diagnostic, Severity};
pub use structure::{BlockId, Ir, OpId, OperationState, RegionId, Use, ValueDef, ValueId};
pub use types::TypeKind;
