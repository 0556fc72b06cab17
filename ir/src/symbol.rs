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
    ctx.op_def(ir.op_name(op))
        .is_some_and(|d| d.has_trait(Trait::SymbolTable))
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

/// Resolves a symbol reference attribute (`@f` or nested `@m::@f`) as seen from `from`:
/// the root is looked up in the symbol table nearest to `from` (and then in the tables
/// around it, outward), each nested name inside the symbol table found before it.
pub fn resolve_symbol_ref(
    ctx: &Context,
    ir: &Ir,
    from: OpId,
    reference: crate::Attribute,
) -> Option<OpId> {
    let crate::AttrKind::SymbolRef { root, nested } = ctx.attr_kind(reference) else {
        return None;
    };
    let mut table = nearest_symbol_table(ctx, ir, ir.parent_op(from)?);
    let mut found = None;
    while let Some(t) = table {
        if let Some(op) = lookup_in(ctx, ir, t, ctx.ident_str(*root).as_bytes()) {
            found = Some(op);
            break;
        }
        table = ir
            .parent_op(t)
            .and_then(|p| nearest_symbol_table(ctx, ir, p));
    }
    let mut cur = found?;
    for name in nested.iter() {
        if !is_symbol_table(ctx, ir, cur) {
            return None;
        }
        cur = lookup_in(ctx, ir, cur, ctx.ident_str(*name).as_bytes())?;
    }
    Some(cur)
}

/// The symbol named `name` directly inside `table` (a linear scan; verifiers that look up
/// many names use the cached `SymbolMap` of `VerifyCx`).
pub fn lookup_in(ctx: &Context, ir: &Ir, table: OpId, name: &[u8]) -> Option<OpId> {
    ir.regions(table)
        .iter()
        .flat_map(|&r| ir.region_blocks(r).iter())
        .flat_map(|&b| ir.block_ops(b))
        .find(|&op| symbol_name(ctx, ir, op) == Some(name))
}
