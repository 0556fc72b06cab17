//! Dialects and declarative op definitions (MLIR's ODS, pliron's `#[op]`).
//!
//! Key types: [`OpDef`] (one declaration per op: operands, results, attributes, regions,
//! successors, traits, assembly format, extra verifier), [`Trait`], [`TypeConstraint`],
//! [`AttrConstraint`], [`DialectRegistry`]. Key macro: [`crate::define_op!`], which turns one
//! declaration into a typed view with accessors plus the static [`OpDef`] that drives the
//! verifier, printer and parser.
//!
//! **Architecture Invariant:** nothing generic (printer, parser, verifier, passes) needs an
//! op to be registered; an [`OpDef`] only adds checks and syntax.

use std::collections::HashMap;

use crate::asm_format::Format;
use crate::context::{Attribute, Context, Type};
use crate::diag::Diagnostic;
use crate::structure::{Ir, OpId};

/// How many values an operand or result group holds.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Arity {
    Single,
    Optional,
    Variadic,
}

/// A predicate on types, with the words a diagnostic uses for it.
#[derive(Copy, Clone)]
pub struct TypeConstraint {
    pub description: &'static str,
    pub check: fn(&Context, Type) -> bool,
    /// The one type that satisfies it, when there is one (lets a format omit it).
    pub buildable: Option<fn(&Context) -> Type>,
}

/// A predicate on attributes, with the words a diagnostic uses for it.
#[derive(Copy, Clone)]
pub struct AttrConstraint {
    pub description: &'static str,
    pub check: fn(&Context, Attribute) -> bool,
    /// How a declarative format writes the attribute.
    pub syntax: AttrSyntax,
}

/// How a declarative assembly format prints and parses an attribute.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AttrSyntax {
    /// The attribute's own syntax.
    Attribute,
    /// A string attribute written as a symbol name: `@name` (ODS's `SymbolNameAttr`).
    SymbolName,
}

#[derive(Copy, Clone)]
pub struct ArgDef {
    pub name: &'static str,
    pub arity: Arity,
    pub constraint: TypeConstraint,
}

#[derive(Copy, Clone)]
pub struct AttrDef {
    pub name: &'static str,
    pub optional: bool,
    pub constraint: AttrConstraint,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum RegionKind {
    /// Any number of blocks.
    Any,
    /// Exactly one block (`SizedRegion<1>`).
    SingleBlock,
}

#[derive(Copy, Clone)]
pub struct RegionDef {
    pub name: &'static str,
    pub kind: RegionKind,
    pub variadic: bool,
}

#[derive(Copy, Clone)]
pub struct SuccessorDef {
    pub name: &'static str,
    pub variadic: bool,
}

/// Op traits, as in MLIR.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Trait {
    /// Must be the last op of its block.
    Terminator,
    /// Its single-block regions need no terminator (`builtin.module`).
    NoTerminator,
    /// Its regions cannot use values defined outside it.
    IsolatedFromAbove,
    /// No side effects; may be moved, CSE'd or erased when unused.
    Pure,
    Commutative,
    SameOperandsAndResultType,
    /// Its region holds a symbol table: symbol names are unique inside it.
    SymbolTable,
    /// It defines a symbol through its `sym_name` attribute.
    Symbol,
    /// Returns control (and values) to its parent op.
    ReturnLike,
    /// Its parent op must be one of these.
    HasParent(&'static [&'static str]),
    /// Its regions are graph regions: no dominance inside them (`builtin.module`).
    GraphRegions,
    /// The sizes of its operand groups are in the `operandSegmentSizes` property.
    AttrSizedOperandSegments,
    /// Ops in its regions may omit this dialect prefix in the custom form (`return`).
    DefaultDialect(&'static str),
    /// A branch: successor operands are the trailing operand groups, one per successor,
    /// in order, and must match the successor's block arguments.
    BranchOp,
    /// A constant: no operands, one result, and its fold hook returns its value
    /// (MLIR's `ConstantLike`). The greedy rewriter deduplicates and hoists such ops.
    ConstantLike,
    /// No memory effects, but not always safe to execute speculatively (MLIR's
    /// `NoMemoryEffect` without `AlwaysSpeculatable`: `arith.divsi` may trap). CSE and DCE
    /// treat it like `Pure`; loop-invariant code motion does not hoist it out of a loop that
    /// may not run.
    NoMemoryEffect,
    /// Reads memory through its operands (MLIR's `MemRead`).
    MemRead,
    /// Writes memory through its operands (MLIR's `MemWrite`).
    MemWrite,
    /// Allocates the memory of its result (MLIR's `MemAlloc`).
    MemAlloc,
    /// Frees the memory of an operand (MLIR's `MemFree`).
    MemFree,
    /// Has the effects of the ops in its regions and none of its own (MLIR's
    /// `RecursiveMemoryEffects`: `scf.for`, `scf.if`).
    RecursiveMemoryEffects,
    /// Its regions end with this terminator, which the custom form may leave out when it
    /// has no operands (MLIR's `SingleBlockImplicitTerminator<"scf.yield">`).
    SingleBlockImplicitTerminator(&'static str),
    /// A loop whose regions are its body (MLIR's `LoopLikeOpInterface`): ops in them that
    /// depend on nothing defined inside may be hoisted before it.
    LoopLike,
}

/// Whole-op hand-written syntax (MLIR's `hasCustomAssemblyFormat`), for ops whose syntax a
/// format string cannot describe (`func.func`, `builtin.module`).
#[derive(Copy, Clone)]
pub struct CustomAsm {
    pub print: fn(&mut crate::print::AsmPrinter<'_>, OpId),
    pub parse: fn(
        &mut dyn crate::asm::AsmParser,
        &mut crate::structure::OperationState,
    ) -> crate::asm::PResult<()>,
}

/// An op-specific verifier run after the declared constraints hold.
pub type VerifyFn = fn(&crate::verify::VerifyCx<'_>, OpId) -> Result<(), Diagnostic>;

/// One op's declaration.
#[derive(Copy, Clone)]
pub struct OpDef {
    pub name: &'static str,
    pub summary: &'static str,
    pub operands: &'static [ArgDef],
    pub results: &'static [ArgDef],
    pub attributes: &'static [AttrDef],
    pub regions: &'static [RegionDef],
    pub successors: &'static [SuccessorDef],
    pub traits: &'static [Trait],
    /// Declarative assembly format (the syntax of MLIR ODS's `assemblyFormat`).
    pub format: Option<&'static str>,
    pub custom_asm: Option<CustomAsm>,
    pub verify: Option<VerifyFn>,
    /// Checks the symbols the op references (MLIR's `SymbolUserOpInterface`), run once the
    /// enclosing symbol table and everything in it passed the other checks.
    pub verify_symbol_uses: Option<VerifyFn>,
    /// Folds the op (MLIR's `fold`): see [`crate::rewrite::FoldFn`].
    pub fold: Option<crate::rewrite::FoldFn>,
    /// Adds the op's canonicalization patterns (MLIR's `getCanonicalizationPatterns`).
    pub canonicalize: Option<crate::rewrite::PatternsFn>,
    /// Fills in properties that have a default value and were not written, so that an op
    /// reads the same whether its text spells the default or not (MLIR materializes
    /// default-valued properties too).
    pub defaults: Option<DefaultsFn>,
    /// How control and values flow between the op and its regions (MLIR's
    /// `RegionBranchOpInterface`): see [`crate::effects::RegionBranchFn`].
    pub region_branch: Option<crate::effects::RegionBranchFn>,
    /// The name of the op's (first) result in the pretty form, instead of a number (MLIR's
    /// `getAsmResultNames`: `%c0`, `%cst`, `%alloc`). Uniqued by the printer (`%c0_1`).
    pub result_names: Option<ResultNamesFn>,
    /// The successor a branch takes given the constant values of its operands (`None`
    /// where known), or `None` when it cannot tell (MLIR's
    /// `BranchOpInterface::getSuccessorForOperands`): `cf.cond_br` on `true` takes 0.
    pub successor_for_constants: Option<SuccessorForConstantsFn>,
}

/// See [`OpDef::successor_for_constants`].
pub type SuccessorForConstantsFn =
    fn(&Context, &crate::Ir, crate::OpId, &[Option<crate::Attribute>]) -> Option<usize>;

/// The positions of the operands op `op` passes to its successor `index` (as the
/// `BranchOp` trait lays them out: the trailing operand groups, one per successor), or
/// `None` when the op is not such a branch or its operands do not fit its declaration.
pub fn successor_operand_range(
    ctx: &Context,
    ir: &crate::Ir,
    op: crate::OpId,
    index: usize,
) -> Option<std::ops::Range<usize>> {
    let def = ctx.op_def(ir.op_name(op))?;
    let succs = ir.successors(op).len();
    if !def.has_trait(Trait::BranchOp) || def.successors.iter().any(|s| s.variadic) {
        return None;
    }
    let group = def.operands.len().checked_sub(succs)? + index;
    operand_group_range(ctx, ir, op, def, group)
}

/// The operands op `op` passes to its successor `index`: see [`successor_operand_range`].
pub fn successor_operands<'a>(
    ctx: &Context,
    ir: &'a crate::Ir,
    op: crate::OpId,
    index: usize,
) -> Option<&'a [crate::ValueId]> {
    let range = successor_operand_range(ctx, ir, op, index)?;
    Some(&ir.operands(op)[range])
}

/// See [`OpDef::result_names`].
pub type ResultNamesFn = fn(&Context, &crate::Ir, crate::OpId) -> Option<String>;

/// See [`OpDef::defaults`].
pub type DefaultsFn = fn(&Context, &mut crate::structure::OperationState);

impl OpDef {
    pub fn has_trait(&self, t: Trait) -> bool {
        self.traits.contains(&t)
    }
    pub fn is_terminator(&self) -> bool {
        self.has_trait(Trait::Terminator)
    }
    pub fn dialect(&self) -> &'static str {
        self.name.split_once('.').map_or(self.name, |(d, _)| d)
    }
    pub fn default_dialect(&self) -> Option<&'static str> {
        self.traits.iter().find_map(|t| match t {
            Trait::DefaultDialect(d) => Some(*d),
            _ => None,
        })
    }
    pub fn attribute(&self, name: &str) -> Option<&AttrDef> {
        self.attributes.iter().find(|a| a.name == name)
    }
}

/// A dialect: a namespace, its ops, and its types and attributes.
pub struct Dialect {
    pub name: &'static str,
    pub description: &'static str,
    pub ops: Vec<&'static OpDef>,
    pub types: Vec<DialectTypeDef>,
    pub attributes: Vec<DialectTypeDef>,
    /// Builds a constant op from a folded attribute (MLIR's `materializeConstant`).
    pub constant_materializer: Option<crate::rewrite::MaterializeFn>,
}

impl Dialect {
    /// A dialect with ops only.
    pub fn with_ops(
        name: &'static str,
        description: &'static str,
        ops: Vec<&'static OpDef>,
    ) -> Self {
        Dialect {
            name,
            description,
            ops,
            types: Vec::new(),
            attributes: Vec::new(),
            constant_materializer: None,
        }
    }
}

/// A type (`!dialect.name<...>`) or attribute (`#dialect.name<...>`) a dialect defines.
/// Values are stored as written ([`crate::TypeKind::Opaque`], [`crate::AttrKind::Opaque`]);
/// the definition names them and checks their parameters.
#[derive(Copy, Clone)]
pub struct DialectTypeDef {
    /// The mnemonic after the dialect prefix (`ptr` in `!llvm.ptr`).
    pub name: &'static str,
    pub summary: &'static str,
    /// Checks the parameter text (`<...>` included, empty when there is none).
    pub verify: fn(params: &str) -> Result<(), String>,
}

/// A registered op: its declaration and its parsed assembly format.
pub struct RegisteredOp {
    pub def: &'static OpDef,
    pub format: Option<Format>,
}

/// The dialects and ops a context knows.
#[derive(Default)]
pub struct DialectRegistry {
    dialects: Vec<(&'static str, &'static str)>,
    types: HashMap<(&'static str, &'static str), DialectTypeDef, rustc_hash::FxBuildHasher>,
    attributes: HashMap<(&'static str, &'static str), DialectTypeDef, rustc_hash::FxBuildHasher>,
    ops: HashMap<&'static str, RegisteredOp, rustc_hash::FxBuildHasher>,
    materializers: HashMap<&'static str, crate::rewrite::MaterializeFn, rustc_hash::FxBuildHasher>,
}

impl DialectRegistry {
    /// Registers a dialect and its ops. A malformed assembly format is an error naming the
    /// op (a bug in the dialect's declaration, caught by its tests).
    pub fn register(&mut self, dialect: Dialect) -> Result<(), String> {
        if !self.dialects.iter().any(|(n, _)| *n == dialect.name) {
            self.dialects.push((dialect.name, dialect.description));
        }
        if let Some(m) = dialect.constant_materializer {
            self.materializers.insert(dialect.name, m);
        }
        for t in &dialect.types {
            self.types.insert((dialect.name, t.name), *t);
        }
        for a in &dialect.attributes {
            self.attributes.insert((dialect.name, a.name), *a);
        }
        for def in dialect.ops {
            let format = match def.format {
                Some(text) => Some(
                    Format::parse(text, def)
                        .map_err(|e| format!("{}: assembly format: {e}", def.name))?,
                ),
                None => None,
            };
            self.ops.insert(def.name, RegisteredOp { def, format });
        }
        Ok(())
    }
    pub fn lookup(&self, name: &str) -> Option<&'static OpDef> {
        self.ops.get(name).map(|r| r.def)
    }
    pub fn registered(&self, name: &str) -> Option<&RegisteredOp> {
        self.ops.get(name)
    }
    /// Checks `!dialect.body` against the registered dialect's type definitions. `Ok` for
    /// types of unregistered dialects (the parser decides whether those are allowed).
    pub fn check_dialect_type(&self, dialect: &str, body: &str) -> Result<(), String> {
        self.check_dialect_entity(&self.types, "type", dialect, body)
    }

    /// Checks `#dialect.body` against the registered dialect's attribute definitions.
    pub fn check_dialect_attr(&self, dialect: &str, body: &str) -> Result<(), String> {
        self.check_dialect_entity(&self.attributes, "attribute", dialect, body)
    }

    fn check_dialect_entity(
        &self,
        defs: &HashMap<(&'static str, &'static str), DialectTypeDef, rustc_hash::FxBuildHasher>,
        what: &str,
        dialect: &str,
        body: &str,
    ) -> Result<(), String> {
        if !self.is_dialect_registered(dialect) {
            return Ok(());
        }
        let body = body.strip_prefix('.').unwrap_or(body);
        let split = body
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '$'))
            .unwrap_or(body.len());
        let (name, params) = body.split_at(split);
        match defs.get(&(dialect, name)) {
            Some(def) => {
                (def.verify)(params).map_err(|e| format!("invalid {what} '{dialect}.{name}': {e}"))
            }
            None => Err(format!("dialect '{dialect}' has no {what} named '{name}'")),
        }
    }

    /// The constant materializer of dialect `name`, if it has one.
    pub fn constant_materializer(&self, name: &str) -> Option<crate::rewrite::MaterializeFn> {
        self.materializers.get(name).copied()
    }

    pub fn is_dialect_registered(&self, name: &str) -> bool {
        self.dialects.iter().any(|(n, _)| *n == name)
    }
    pub fn dialects(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.dialects.iter().copied()
    }
    /// All registered ops, sorted by name.
    pub fn ops(&self) -> Vec<&'static OpDef> {
        let mut v: Vec<_> = self.ops.values().map(|r| r.def).collect();
        v.sort_by_key(|d| d.name);
        v
    }
}

/// The value range of operand group `group` of `op`, per `def` (handles optional and
/// variadic groups, and `operandSegmentSizes`). `None` when the op's operands do not fit
/// the declaration (the verifier reports that).
pub fn operand_group_range(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    def: &OpDef,
    group: usize,
) -> Option<std::ops::Range<usize>> {
    let segmented = def.has_trait(Trait::AttrSizedOperandSegments);
    let sizes = group_sizes(
        ctx,
        ir,
        op,
        def.operands,
        ir.operands(op).len(),
        segmented,
        "operandSegmentSizes",
    )?;
    Some(nth_range(&sizes, group))
}

/// The value range of result group `group` of `op`.
pub fn result_group_range(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    def: &OpDef,
    group: usize,
) -> Option<std::ops::Range<usize>> {
    let sizes = group_sizes(
        ctx,
        ir,
        op,
        def.results,
        ir.num_results(op),
        false,
        "resultSegmentSizes",
    )?;
    Some(nth_range(&sizes, group))
}

/// The range of the `group`-th of consecutive groups of the given sizes.
fn nth_range(sizes: &[usize], group: usize) -> std::ops::Range<usize> {
    let start: usize = sizes[..group].iter().sum();
    start..start + sizes[group]
}

/// Sizes of each declared group given `total` values, or `None` if they cannot fit.
pub fn group_sizes(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    groups: &[ArgDef],
    total: usize,
    segmented: bool,
    segment_attr: &str,
) -> Option<Vec<usize>> {
    if segmented {
        let attr = ir.attr(ctx, op, segment_attr)?;
        let crate::attributes::AttrKind::DenseArray {
            data: crate::attributes::DenseData::Int(v),
            ..
        } = ctx.attr_kind(attr)
        else {
            return None;
        };
        let sizes: Vec<usize> = v
            .iter()
            .map(|&x| usize::try_from(x).ok())
            .collect::<Option<_>>()?;
        return (sizes.len() == groups.len() && sizes.iter().sum::<usize>() == total)
            .then_some(sizes);
    }
    let fixed = groups.iter().filter(|g| g.arity == Arity::Single).count();
    let flexible: Vec<usize> = (0..groups.len())
        .filter(|&i| groups[i].arity != Arity::Single)
        .collect();
    if total < fixed {
        return None;
    }
    let extra = total - fixed;
    let mut sizes: Vec<usize> = groups
        .iter()
        .map(|g| usize::from(g.arity == Arity::Single))
        .collect();
    match flexible.as_slice() {
        [] if extra == 0 => {}
        [i] if groups[*i].arity == Arity::Variadic || extra <= 1 => sizes[*i] = extra,
        _ => return None,
    }
    Some(sizes)
}

/// Declares an op: a typed view with accessors plus the static [`OpDef`].
///
/// ```
/// use ir::constraints::{ANY_TYPE, FLAT_SYMBOL_REF};
/// ir::define_op! {
///     /// Calls a function by symbol.
///     pub struct CallOp = "test.call" {
///         operands: { operands: Variadic(ANY_TYPE) },
///         results: { results: Variadic(ANY_TYPE) },
///         attributes: { callee: Required(FLAT_SYMBOL_REF) },
///         format: "$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)",
///     }
/// }
/// let def = CallOp::def();
/// assert_eq!((def.name, def.operands.len(), def.attributes[0].name), ("test.call", 1, "callee"));
/// let mut ctx = ir::Context::new();
/// let dialect = ir::dialect::Dialect::with_ops("test", "an example", vec![def]);
/// ctx.registry_mut().register(dialect).unwrap();
/// assert!(ctx.registry().registered("test.call").unwrap().format.is_some());
/// ```
/// Every section is optional; sections appear in the order above, then `regions`,
/// `successors`, `traits`, `format`, `custom_asm`, `verify`, `verify_symbol_uses`, `fold`,
/// `canonicalize`.
#[macro_export]
macro_rules! define_op {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $Name:ident = $opname:literal {
            $(operands: { $($oname:ident : $oarity:ident ($ocon:expr)),* $(,)? },)?
            $(results: { $($rname:ident : $rarity:ident ($rcon:expr)),* $(,)? },)?
            $(attributes: { $($aname:ident : $aopt:ident ($acon:expr)),* $(,)? },)?
            $(regions: { $($gname:ident : $gkind:ident),* $(,)? },)?
            $(successors: { $($sname:ident : $sarity:ident),* $(,)? },)?
            $(traits: [$($tr:expr),* $(,)?],)?
            $(format: $fmt:literal,)?
            $(custom_asm: $casm:expr,)?
            $(verify: $verify:expr,)?
            $(verify_symbol_uses: $verify_uses:expr,)?
            $(fold: $fold:expr,)?
            $(canonicalize: $canon:expr,)?
            $(defaults: $defaults:expr,)?
            $(region_branch: $rbranch:expr,)?
            $(result_names: $rnames:expr,)?
            $(successor_for_constants: $succ_const:expr,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Copy, Clone)]
        $vis struct $Name<'a> {
            pub ctx: &'a $crate::Context,
            pub ir: &'a $crate::Ir,
            pub op: $crate::OpId,
        }

        // Accessors keep MLIR's (camelCase) ODS names, which are also the attribute names.
        #[allow(dead_code, non_snake_case)]
        impl<'a> $Name<'a> {
            pub const NAME: &'static str = $opname;

            /// The declaration that drives verifier, printer and parser.
            pub fn def() -> &'static $crate::dialect::OpDef {
                #[allow(unused_imports)]
                use $crate::dialect::Trait::*;
                static DEF: $crate::dialect::OpDef = $crate::dialect::OpDef {
                    name: $opname,
                    summary: concat!($($doc, "\n"),*),
                    operands: &[$($($crate::dialect::ArgDef {
                        name: stringify!($oname),
                        arity: $crate::dialect::Arity::$oarity,
                        constraint: $ocon,
                    }),*)?],
                    results: &[$($($crate::dialect::ArgDef {
                        name: stringify!($rname),
                        arity: $crate::dialect::Arity::$rarity,
                        constraint: $rcon,
                    }),*)?],
                    attributes: &[$($($crate::dialect::AttrDef {
                        name: stringify!($aname),
                        optional: $crate::define_op!(@optional $aopt),
                        constraint: $acon,
                    }),*)?],
                    regions: &[$($($crate::define_op!(@region $gname $gkind)),*)?],
                    successors: &[$($($crate::dialect::SuccessorDef {
                        name: stringify!($sname),
                        variadic: $crate::define_op!(@variadic $sarity),
                    }),*)?],
                    traits: &[$($($tr),*)?],
                    format: $crate::define_op!(@opt $($fmt)?),
                    custom_asm: $crate::define_op!(@opt $($casm)?),
                    verify: $crate::define_op!(@opt $($verify)?),
                    verify_symbol_uses: $crate::define_op!(@opt $($verify_uses)?),
                    fold: $crate::define_op!(@opt $($fold)?),
                    canonicalize: $crate::define_op!(@opt $($canon)?),
                    defaults: $crate::define_op!(@opt $($defaults)?),
                    region_branch: $crate::define_op!(@opt $($rbranch)?),
                    result_names: $crate::define_op!(@opt $($rnames)?),
                    successor_for_constants: $crate::define_op!(@opt $($succ_const)?),
                };
                &DEF
            }

            /// A typed view of `op` if it is a `
            #[doc = $opname]
            /// `.
            pub fn cast(ctx: &'a $crate::Context, ir: &'a $crate::Ir, op: $crate::OpId) -> Option<Self> {
                (ctx.op_name_str(ir.op_name(op)) == $opname).then_some($Name { ctx, ir, op })
            }

            fn operand_range(&self, group: usize) -> std::ops::Range<usize> {
                $crate::dialect::operand_group_range(self.ctx, self.ir, self.op, Self::def(), group)
                    .unwrap_or(0..0)
            }
            fn result_range(&self, group: usize) -> std::ops::Range<usize> {
                $crate::dialect::result_group_range(self.ctx, self.ir, self.op, Self::def(), group)
                    .unwrap_or(0..0)
            }

            $crate::define_op!(@operands 0usize; $($($oname $oarity),*)?);
            $crate::define_op!(@results 0usize; $($($rname $rarity),*)?);
            $($(
                pub fn $aname(&self) -> Option<$crate::Attribute> {
                    self.ir.attr(self.ctx, self.op, stringify!($aname))
                }
            )*)?
            $crate::define_op!(@regions 0usize; $($($gname)*)?);
            $crate::define_op!(@successors 0usize; $($($sname $sarity),*)?);
        }
    };

    (@optional Required) => { false };
    (@optional Optional) => { true };
    (@variadic Single) => { false };
    (@variadic Variadic) => { true };
    (@opt) => { None };
    (@opt $e:expr) => { Some($e) };
    (@region $name:ident Variadic) => {
        $crate::dialect::RegionDef { name: stringify!($name), kind: $crate::dialect::RegionKind::Any, variadic: true }
    };
    (@region $name:ident $kind:ident) => {
        $crate::dialect::RegionDef { name: stringify!($name), kind: $crate::dialect::RegionKind::$kind, variadic: false }
    };

    (@operands $i:expr; ) => {};
    (@operands $i:expr; $name:ident Single $(, $rest:ident $rarity:ident)*) => {
        pub fn $name(&self) -> $crate::ValueId {
            self.ir.operands(self.op)[self.operand_range($i).start]
        }
        $crate::define_op!(@operands $i + 1; $($rest $rarity),*);
    };
    (@operands $i:expr; $name:ident Optional $(, $rest:ident $rarity:ident)*) => {
        pub fn $name(&self) -> Option<$crate::ValueId> {
            self.ir.operands(self.op)[self.operand_range($i)].first().copied()
        }
        $crate::define_op!(@operands $i + 1; $($rest $rarity),*);
    };
    (@operands $i:expr; $name:ident Variadic $(, $rest:ident $rarity:ident)*) => {
        pub fn $name(&self) -> &'a [$crate::ValueId] {
            &self.ir.operands(self.op)[self.operand_range($i)]
        }
        $crate::define_op!(@operands $i + 1; $($rest $rarity),*);
    };

    (@results $i:expr; ) => {};
    (@results $i:expr; $name:ident Single $(, $rest:ident $rarity:ident)*) => {
        pub fn $name(&self) -> $crate::ValueId {
            self.ir.result(self.op, self.result_range($i).start)
        }
        $crate::define_op!(@results $i + 1; $($rest $rarity),*);
    };
    (@results $i:expr; $name:ident Optional $(, $rest:ident $rarity:ident)*) => {
        pub fn $name(&self) -> Option<$crate::ValueId> {
            let r = self.result_range($i);
            (!r.is_empty()).then(|| self.ir.result(self.op, r.start))
        }
        $crate::define_op!(@results $i + 1; $($rest $rarity),*);
    };
    (@results $i:expr; $name:ident Variadic $(, $rest:ident $rarity:ident)*) => {
        pub fn $name(&self) -> Vec<$crate::ValueId> {
            self.result_range($i).map(|k| self.ir.result(self.op, k)).collect()
        }
        $crate::define_op!(@results $i + 1; $($rest $rarity),*);
    };

    (@regions $i:expr; ) => {};
    (@regions $i:expr; $name:ident $($rest:ident)*) => {
        pub fn $name(&self) -> $crate::RegionId {
            self.ir.regions(self.op)[$i]
        }
        $crate::define_op!(@regions $i + 1; $($rest)*);
    };

    (@successors $i:expr; ) => {};
    (@successors $i:expr; $name:ident Single $(, $rest:ident $rarity:ident)*) => {
        pub fn $name(&self) -> $crate::BlockId {
            self.ir.successors(self.op)[$i]
        }
        $crate::define_op!(@successors $i + 1; $($rest $rarity),*);
    };
    (@successors $i:expr; $name:ident Variadic $(, $rest:ident $rarity:ident)*) => {
        pub fn $name(&self) -> &'a [$crate::BlockId] {
            &self.ir.successors(self.op)[$i..]
        }
        $crate::define_op!(@successors $i + 1; $($rest $rarity),*);
    };
}

/// For a registered op, moves its declared (inherent) attributes from the discardable
/// dictionary into properties, as MLIR does when it reads the generic form without
/// `<{...}>` or a custom form whose `attr-dict` holds them.
pub fn normalize_properties(
    ctx: &Context,
    def: &OpDef,
    state: &mut crate::structure::OperationState,
) {
    let is_inherent = |name: &str| def.attribute(name).is_some() || name == "operandSegmentSizes";
    let (inherent, discardable): (Vec<_>, Vec<_>) = std::mem::take(&mut state.attrs)
        .into_iter()
        .partition(|a| is_inherent(ctx.ident_str(a.name)));
    state.attrs = discardable;
    // A property the op does not declare (`<{typo = 1}>`) becomes a discardable attribute:
    // mlir-opt drops it silently; we keep the data, and both forms print it alike.
    if let Some(props) = state.props.as_mut() {
        let (kept, unknown): (Vec<_>, Vec<_>) = std::mem::take(props)
            .into_iter()
            .partition(|a| is_inherent(ctx.ident_str(a.name)));
        *props = kept;
        state.attrs.extend(unknown);
    }
    if let Some(fill) = def.defaults {
        fill(ctx, state);
    }
    if def.attributes.is_empty() && !def.has_trait(Trait::AttrSizedOperandSegments) {
        return;
    }
    if !inherent.is_empty() || state.props.is_none() {
        state.props.get_or_insert_with(Vec::new).extend(inherent);
    }
}
