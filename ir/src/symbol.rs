//! Symbol tables: ops with the `SymbolTable` trait hold uniquely named symbols
//! (`sym_name`), referenced by `@name` and nested `@a::@b` attributes.
//!
//! Key functions: [`symbol_name`], [`nearest_symbol_table`], [`SymbolMap::build`].

use rustc_hash::FxHashMap;

use crate::context::Context;
use crate::dialect::Trait;
use crate::structure::{Ir, OpId};

/// The `sym_name` of an op, if it defines a symbol.
pub fn symbol_name<'c>(ctx: &'c Context, ir: &Ir, op: OpId) -> Option<&'c [u8]> {
    ctx.as_str_attr(ir.attr(ctx, op, "sym_name")?)
}

/// Does `op` hold a symbol table (registered with the trait)?
pub fn is_symbol_table(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    ctx.op_def(ir.op_name(op)).is_some_and(|d| d.has_trait(Trait::SymbolTable))
}

/// The closest symbol table that contains `op` (or `op` itself when it is one).
pub fn nearest_symbol_table(ctx: &Context, ir: &Ir, op: OpId) -> Option<OpId> {
    let mut cur = Some(op);
    while let Some(o) = cur {
        if is_symbol_table(ctx, ir, o) {
            return Some(o);
        }
        cur = ir.parent_op(o);
    }
    None
}

/// The symbols directly inside one symbol table op, by name.
#[derive(Default, Debug)]
pub struct SymbolMap {
    pub symbols: FxHashMap<Box<[u8]>, OpId>,
    /// Symbols whose name was already taken: (first definition, redefinition).
    pub duplicates: Vec<(OpId, OpId)>,
}

impl SymbolMap {
    pub fn build(ctx: &Context, ir: &Ir, table: OpId) -> SymbolMap {
        let mut map = SymbolMap::default();
        for &region in ir.regions(table) {
            for &block in ir.region_blocks(region) {
                for op in ir.block_ops(block) {
                    if let Some(name) = symbol_name(ctx, ir, op) {
                        match map.symbols.get(name) {
                            Some(&first) => map.duplicates.push((first, op)),
                            None => {
                                map.symbols.insert(name.into(), op);
                            }
                        }
                    }
                }
            }
        }
        map
    }
}
