//! Reusable type and attribute constraints for op declarations (ODS's `AnyType`,
//! `I1`, `FlatSymbolRefAttr`, ...). Each carries the words its diagnostic uses.

use crate::attributes::{AttrKind, DenseData};
use crate::context::{Attribute, Context, Type};
use crate::dialect::{AttrConstraint, AttrSyntax, TypeConstraint};
use crate::types::TypeKind;

pub const ANY_TYPE: TypeConstraint = TypeConstraint {
    description: "any type",
    check: |_, _| true,
    buildable: None,
};
pub const I1: TypeConstraint = TypeConstraint {
    description: "1-bit signless integer",
    check: |ctx, ty| ctx.is_signless_integer(ty, Some(1)),
    buildable: Some(|ctx| ctx.integer_type(1)),
};
pub const INDEX: TypeConstraint = TypeConstraint {
    description: "index",
    check: |ctx, ty| ctx.is_index(ty),
    buildable: Some(|ctx| ctx.index_type()),
};
pub const ANY_INTEGER: TypeConstraint = TypeConstraint {
    description: "integer",
    check: |ctx, ty| ctx.is_integer(ty),
    buildable: None,
};
pub const ANY_FLOAT: TypeConstraint = TypeConstraint {
    description: "floating-point",
    check: |ctx, ty| ctx.is_float(ty),
    buildable: None,
};
pub const FUNCTION_TYPE: TypeConstraint = TypeConstraint {
    description: "function type",
    check: |ctx, ty| ctx.function_signature(ty).is_some(),
    buildable: None,
};
pub const ANY_TENSOR: TypeConstraint = TypeConstraint {
    description: "tensor of any type values",
    check: |ctx, ty| {
        matches!(
            ctx.type_kind(ty),
            TypeKind::RankedTensor { .. } | TypeKind::UnrankedTensor { .. }
        )
    },
    buildable: None,
};
pub const ANY_MEMREF: TypeConstraint = TypeConstraint {
    description: "memref of any type values",
    check: |ctx, ty| {
        matches!(
            ctx.type_kind(ty),
            TypeKind::MemRef { .. } | TypeKind::UnrankedMemRef { .. }
        )
    },
    buildable: None,
};

fn is_string(ctx: &Context, a: Attribute) -> bool {
    matches!(ctx.attr_kind(a), AttrKind::String { ty: None, .. })
}

pub const ANY_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "any attribute",
    check: |_, _| true,
};
pub const STR_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "string attribute",
    check: is_string,
};
pub const SYMBOL_NAME_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::SymbolName,
    description: "string attribute",
    check: is_string,
};
pub const VISIBILITY_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "string attribute",
    check: |ctx, a| matches!(ctx.as_str_attr(a), Some(b"public" | b"private" | b"nested")),
};
pub const UNIT_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "unit attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::Unit),
};
pub const FLAT_SYMBOL_REF: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "flat symbol reference attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::SymbolRef { nested, .. } if nested.is_empty()),
};
pub const SYMBOL_REF: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "symbol reference attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::SymbolRef { .. }),
};
pub const FUNCTION_TYPE_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "type attribute of function type",
    check: |ctx, a| {
        ctx.as_type_attr(a)
            .is_some_and(|t| ctx.function_signature(t).is_some())
    },
};
pub const TYPE_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "any type attribute",
    check: |ctx, a| ctx.as_type_attr(a).is_some(),
};
pub const ARRAY_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "array attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::Array(_)),
};
pub const DICT_ARRAY_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "Array of dictionary attributes",
    check: |ctx, a| match ctx.attr_kind(a) {
        AttrKind::Array(items) => items
            .iter()
            .all(|&i| matches!(ctx.attr_kind(i), AttrKind::Dictionary(_))),
        _ => false,
    },
};
pub const BOOL_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "bool attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::Bool(_)),
};
pub const DENSE_I32_ARRAY: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "i32 dense array attribute",
    check: |ctx, a| match ctx.attr_kind(a) {
        AttrKind::DenseArray {
            elem,
            data: DenseData::Int(_),
        } => ctx.is_signless_integer(*elem, Some(32)),
        _ => false,
    },
};

/// Does `ty` satisfy `c`? (A helper so call sites read as sentences.)
pub fn satisfies(ctx: &Context, c: &TypeConstraint, ty: Type) -> bool {
    (c.check)(ctx, ty)
}
