//! The `toy` dialect: an example of extending the compiler out of tree, step by step in
//! `docs/writing-a-dialect-and-pass.md`.
//!
//! Key types: [`ScaleOp`] (`toy.scale %x : i32 by 3`, a declarative custom format
//! and a verifier), [`PrintOp`] (`"toy.print"(%x) : (i32) -> ()`, generic form only),
//! [`FoldScales`] (the `toy-fold-scales{factor-limit=N}` pass). Key functions:
//! [`dialect`], [`register_dialects`], [`context`] (the project's dialects plus `toy`),
//! [`pass_registry`] (the project's passes plus `toy-fold-scales`).

use ir::attributes::AttrKind;
use ir::constraints::{ANY_INTEGER, ANY_TYPE};
use ir::define_op;
use ir::dialect::{AttrConstraint, AttrSyntax, Dialect};
use ir::verify::{op_error, VerifyCx};
use ir::{Attribute, Context, Diagnostic, Ir, OpId, ValueDef};
use passes::{
    Anchor, OptionDef, OptionKind, Pass, PassInfo, PassOptions, PassOutcome, PassRegistry,
    StatisticDef,
};

// ---------------------------------------------------------------------------------------
// Step 1: the ops.
// ---------------------------------------------------------------------------------------

/// A constraint of our own: a signless 64-bit integer attribute (`3 : i64`, or `3`, whose
/// type defaults to i64). The description is what the verifier's message quotes.
pub const I64_ATTR: AttrConstraint = AttrConstraint {
    description: "64-bit signless integer attribute",
    check: |ctx, a| match ctx.attr_kind(a) {
        AttrKind::Integer { ty, .. } => ctx.is_signless_integer(*ty, Some(64)),
        _ => false,
    },
    syntax: AttrSyntax::Attribute,
};

define_op! {
    /// Multiplies `input` by the constant `factor`.
    pub struct ScaleOp = "toy.scale" {
        operands: { input: Single(ANY_INTEGER) },
        results: { output: Single(ANY_INTEGER) },
        attributes: { factor: Required(I64_ATTR) },
        traits: [Pure, SameOperandsAndResultType],
        format: "$input `:` type($input) `by` $factor attr-dict",
        verify: verify_scale,
    }
}

define_op! {
    /// Prints `input`. It has an effect (it is not `Pure`), so `dce` keeps it. No format:
    /// it is read and written in the generic form, `"toy.print"(%0) : (i32) -> ()`.
    pub struct PrintOp = "toy.print" {
        operands: { input: Single(ANY_TYPE) },
    }
}

impl ScaleOp<'_> {
    /// The factor's value (0 when absent, which the verifier rejects).
    pub fn factor_value(&self) -> i64 {
        self.factor()
            .and_then(|a| int_value(self.ctx, a))
            .unwrap_or(0)
    }
}

/// The value of an integer attribute.
fn int_value(ctx: &Context, a: Attribute) -> Option<i64> {
    match ctx.attr_kind(a) {
        AttrKind::Integer { value, .. } => i64::try_from(*value).ok(),
        _ => None,
    }
}

/// What the declaration cannot say: the factor must not be zero. (Operand and result
/// types, the attribute's presence and type are checked before this runs.)
fn verify_scale(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let scale = ScaleOp {
        ctx: cx.ctx,
        ir: cx.ir,
        op,
    };
    if scale.factor_value() == 0 {
        return Err(op_error(cx.ctx, cx.ir, op, "factor must be non-zero"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Step 2: the dialect and its registration.
// ---------------------------------------------------------------------------------------

/// The `toy` dialect.
pub fn dialect() -> Dialect {
    Dialect::with_ops(
        "toy",
        "An example dialect: integer scaling and printing",
        vec![ScaleOp::def(), PrintOp::def()],
    )
}

/// Registers the project's dialects and `toy` in `ctx`.
pub fn register_dialects(ctx: &mut Context) {
    dialects::register_all(ctx);
    if let Err(e) = ctx.registry_mut().register(dialect()) {
        // A malformed declaration (a bad format string, ...) is a bug of this crate.
        panic!("dialect 'toy' failed to register: {e}");
    }
}

/// A context with the project's dialects and `toy`.
pub fn context() -> Context {
    let mut ctx = Context::new();
    register_dialects(&mut ctx);
    ctx
}

// ---------------------------------------------------------------------------------------
// Step 3: a pass with an option and statistics.
// ---------------------------------------------------------------------------------------

/// The options of `toy-fold-scales`.
pub const OPTIONS: &[OptionDef] = &[OptionDef {
    name: "factor-limit",
    kind: OptionKind::UInt,
    default: "1000",
    help: "Largest absolute factor a merged scale may have",
}];

const STATS: &[StatisticDef] = &[
    StatisticDef {
        name: "num-folded",
        help: "Number of scales merged into the scale of their input",
    },
    StatisticDef {
        name: "num-erased",
        help: "Number of scales erased once nothing used them",
    },
];

/// `toy-fold-scales`: `toy.scale (toy.scale %x by a) by b` becomes `toy.scale %x by a*b`
/// when `|a*b| <= factor-limit`; the inner scale is erased when nothing else uses it.
pub struct FoldScales {
    factor_limit: u64,
}

/// The constructor the registry calls, with the options already parsed and validated.
pub fn create(options: &PassOptions) -> Box<dyn Pass> {
    Box::new(FoldScales {
        factor_limit: options.uint("factor-limit"),
    })
}

impl Pass for FoldScales {
    fn name(&self) -> &'static str {
        "toy-fold-scales"
    }
    fn description(&self) -> &'static str {
        "Merge chains of toy.scale into one scale by the product of the factors"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Op("func.func")
    }
    fn options(&self) -> &'static [OptionDef] {
        OPTIONS
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, func: OpId) -> Result<PassOutcome, Diagnostic> {
        // Collect first, mutate after: a walk borrows the IR. Pre-order visits a value's
        // definition before its uses, so a chain folds in one sweep.
        let mut scales = Vec::new();
        ir.walk_preorder(func, &mut |op| {
            if ScaleOp::cast(ctx, ir, op).is_some() {
                scales.push(op);
            }
        });
        let (mut folded, mut erased) = (0, 0);
        for op in scales {
            if ir.is_erased(op) {
                continue;
            }
            let outer = ScaleOp { ctx, ir, op };
            let ValueDef::OpResult { op: inner, .. } = ir.value_def(outer.input()) else {
                continue;
            };
            let Some(inner) = ScaleOp::cast(ctx, ir, inner) else {
                continue;
            };
            let Some(product) = inner.factor_value().checked_mul(outer.factor_value()) else {
                continue;
            };
            if product.unsigned_abs() > self.factor_limit {
                continue;
            }
            let (inner_op, inner_input) = (inner.op, inner.input());
            let factor = ctx.integer_attr(product.into(), ctx.integer_type(64));
            ir.set_operand(op, 0, inner_input);
            ir.set_prop(ctx, op, "factor", Some(factor));
            folded += 1;
            if ir.uses(ir.result(inner_op, 0)).is_empty() {
                ir.erase_op(inner_op);
                erased += 1;
            }
        }
        Ok(PassOutcome::from_stats(vec![
            ("num-folded", folded),
            ("num-erased", erased),
        ]))
    }
}

/// The project's passes plus `toy-fold-scales`.
pub fn pass_registry() -> PassRegistry {
    let mut registry = PassRegistry::with_builtin_passes();
    registry.register(PassInfo::of(create, OPTIONS));
    registry
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dialect_registers_and_declares_its_ops() {
        let ctx = context();
        for name in ["toy.scale", "toy.print", "func.func", "cf.br"] {
            assert!(
                ctx.op_def(ctx.op_name(name)).is_some(),
                "{name} is not registered"
            );
        }
    }

    #[test]
    fn the_pass_is_registered_with_its_option() {
        let registry = pass_registry();
        let info = registry.get("toy-fold-scales").expect("registered");
        assert_eq!(info.anchor, Anchor::Op("func.func"));
        assert_eq!(info.options[0].name, "factor-limit");
        assert!(registry.get("dce").is_some(), "the builtin passes are kept");
    }
}
