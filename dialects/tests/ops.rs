//! The typed views that `define_op!` generates, symbol resolution, and the declarations
//! themselves, on IR read from text.

use dialects::cf::CondBranchOp;
use dialects::func::{CallOp, FuncOp, ReturnOp};
use expect_test::expect;
use ir::{Context, Ir, OpId};

fn parse(text: &str) -> (Context, Ir, OpId) {
    let ctx = dialects::context();
    let mut ir = Ir::new();
    let file = parser::SourceFile {
        id: 0,
        name: "test.mlir",
        text,
    };
    let module = parser::parse_module(
        &ctx,
        &mut ir,
        &file,
        &parser::ParseOptions {
            allow_unregistered: true,
        },
    )
    .unwrap_or_else(|d| panic!("{d:?}"));
    ir::verify::verify(&ctx, &ir, module).unwrap_or_else(|d| panic!("{d:?}"));
    (ctx, ir, module)
}

fn find(ctx: &Context, ir: &Ir, root: OpId, name: &str) -> Vec<OpId> {
    let mut out = Vec::new();
    ir.walk_preorder(root, &mut |op| {
        if ctx.op_name_str(ir.op_name(op)) == name {
            out.push(op);
        }
    });
    out
}

const SAMPLE: &str = r#"
module @outer {
  module @inner {
    func.func @g(i32) -> i32 attributes {sym_visibility = "private"}
  }
  func.func @f(%a: i32, %c: i1) -> i32 {
    %r = call @f(%a, %c) : (i32, i1) -> i32
    cf.cond_br %c, ^bb1(%r : i32), ^bb2
  ^bb1(%x: i32):
    return %x : i32
  ^bb2:
    return %a : i32
  }
}
"#;

#[test]
fn accessors_follow_the_declarations() {
    let (ctx, ir, module) = parse(SAMPLE);
    let f = find(&ctx, &ir, module, "func.func")
        .into_iter()
        .map(|op| FuncOp::cast(&ctx, &ir, op).unwrap())
        .find(|f| f.name_bytes() == b"f")
        .unwrap();
    let (inputs, results) = f.signature();
    assert_eq!((inputs.len(), results.len()), (2, 1));
    assert!(!f.is_declaration());

    let call = CallOp::cast(&ctx, &ir, find(&ctx, &ir, module, "func.call")[0]).unwrap();
    assert_eq!(ir::print::print_attr(&ctx, call.callee().unwrap()), "@f");
    assert_eq!(call.operands().len(), 2);
    assert_eq!(call.results().len(), 1);

    let br = CondBranchOp::cast(&ctx, &ir, find(&ctx, &ir, module, "cf.cond_br")[0]).unwrap();
    assert_eq!(br.trueDestOperands(), &[call.results()[0]]);
    assert!(br.falseDestOperands().is_empty());
    assert_eq!(ir.block_args(br.trueDest()).len(), 1);
    assert_eq!(
        br.condition(),
        ir.block_args(ir.parent_block(br.op).unwrap())[1]
    );

    let rets = find(&ctx, &ir, module, "func.return");
    assert_eq!(rets.len(), 2);
    assert!(ReturnOp::cast(&ctx, &ir, rets[0]).is_some());
    assert!(ReturnOp::cast(&ctx, &ir, call.op).is_none());
}

#[test]
fn nested_symbol_references_resolve() {
    let (ctx, ir, module) = parse(SAMPLE);
    let call = find(&ctx, &ir, module, "func.call")[0];
    let nested = ctx.intern_attr(ir::AttrKind::SymbolRef {
        root: ctx.ident("inner"),
        nested: vec![ctx.ident("g")].into(),
    });
    let g = ir::symbol::resolve_symbol_ref(&ctx, &ir, call, nested).expect("@inner::@g resolves");
    assert_eq!(ir::symbol::symbol_name(&ctx, &ir, g), Some(&b"g"[..]));
    let missing = ctx.intern_attr(ir::AttrKind::SymbolRef {
        root: ctx.ident("inner"),
        nested: vec![ctx.ident("f")].into(),
    });
    assert!(ir::symbol::resolve_symbol_ref(&ctx, &ir, call, missing).is_none());
}

#[test]
fn declarations_are_listed() {
    let ctx = dialects::context();
    let listing: Vec<String> = ctx
        .registry()
        .ops()
        .iter()
        .map(|d| {
            format!(
                "{} {:?} format={}",
                d.name,
                d.traits,
                d.format.is_some() || d.custom_asm.is_some()
            )
        })
        .collect();
    expect![[r#"
        arith.addf [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.addi [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.andi [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.bitcast [Pure] format=true
        arith.ceildivsi [NoMemoryEffect, SameOperandsAndResultType] format=true
        arith.ceildivui [NoMemoryEffect, SameOperandsAndResultType] format=true
        arith.cmpf [Pure] format=true
        arith.cmpi [Pure] format=true
        arith.constant [Pure, ConstantLike] format=true
        arith.divf [Pure, SameOperandsAndResultType] format=true
        arith.divsi [NoMemoryEffect, SameOperandsAndResultType] format=true
        arith.divui [NoMemoryEffect, SameOperandsAndResultType] format=true
        arith.extf [Pure] format=true
        arith.extsi [Pure] format=true
        arith.extui [Pure] format=true
        arith.floordivsi [NoMemoryEffect, SameOperandsAndResultType] format=true
        arith.fptosi [Pure] format=true
        arith.fptoui [Pure] format=true
        arith.index_cast [Pure] format=true
        arith.index_castui [Pure] format=true
        arith.maximumf [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.maxnumf [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.maxsi [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.maxui [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.minimumf [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.minnumf [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.minsi [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.minui [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.mulf [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.muli [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.negf [Pure, SameOperandsAndResultType] format=true
        arith.ori [Pure, SameOperandsAndResultType, Commutative] format=true
        arith.remf [Pure, SameOperandsAndResultType] format=true
        arith.remsi [NoMemoryEffect, SameOperandsAndResultType] format=true
        arith.remui [NoMemoryEffect, SameOperandsAndResultType] format=true
        arith.select [Pure] format=true
        arith.shli [Pure, SameOperandsAndResultType] format=true
        arith.shrsi [Pure, SameOperandsAndResultType] format=true
        arith.shrui [Pure, SameOperandsAndResultType] format=true
        arith.sitofp [Pure] format=true
        arith.subf [Pure, SameOperandsAndResultType] format=true
        arith.subi [Pure, SameOperandsAndResultType] format=true
        arith.truncf [Pure] format=true
        arith.trunci [Pure] format=true
        arith.uitofp [Pure] format=true
        arith.xori [Pure, SameOperandsAndResultType, Commutative] format=true
        builtin.module [NoTerminator, SymbolTable, Symbol, IsolatedFromAbove, GraphRegions, DefaultDialect("builtin")] format=true
        cf.assert [MemWrite] format=true
        cf.br [Pure, Terminator, BranchOp] format=true
        cf.cond_br [AttrSizedOperandSegments, Pure, Terminator, BranchOp] format=true
        cf.switch [AttrSizedOperandSegments, Pure, Terminator] format=true
        func.call [] format=true
        func.call_indirect [] format=true
        func.constant [Pure, ConstantLike] format=true
        func.func [IsolatedFromAbove, Symbol, DefaultDialect("func")] format=true
        func.return [Pure, Terminator, ReturnLike, HasParent(["func.func"])] format=true
        graph.add [Pure, Commutative] format=true
        graph.bias_add [Pure] format=true
        graph.constant [Pure, ConstantLike] format=true
        graph.conv2d [Pure] format=true
        graph.matmul [Pure] format=true
        graph.mul [Pure, Commutative] format=true
        graph.relu [Pure] format=true
        math.absf [Pure, SameOperandsAndResultType] format=true
        math.absi [Pure, SameOperandsAndResultType] format=true
        math.ceil [Pure, SameOperandsAndResultType] format=true
        math.cos [Pure, SameOperandsAndResultType] format=true
        math.erf [Pure, SameOperandsAndResultType] format=true
        math.exp [Pure, SameOperandsAndResultType] format=true
        math.exp2 [Pure, SameOperandsAndResultType] format=true
        math.floor [Pure, SameOperandsAndResultType] format=true
        math.fma [Pure, SameOperandsAndResultType] format=true
        math.log [Pure, SameOperandsAndResultType] format=true
        math.log1p [Pure, SameOperandsAndResultType] format=true
        math.log2 [Pure, SameOperandsAndResultType] format=true
        math.powf [Pure, SameOperandsAndResultType] format=true
        math.rsqrt [Pure, SameOperandsAndResultType] format=true
        math.sin [Pure, SameOperandsAndResultType] format=true
        math.sqrt [Pure, SameOperandsAndResultType] format=true
        math.tanh [Pure, SameOperandsAndResultType] format=true
        memref.alloc [AttrSizedOperandSegments, MemAlloc] format=true
        memref.alloca [AttrSizedOperandSegments, MemAlloc] format=true
        memref.cast [Pure] format=true
        memref.collapse_shape [Pure] format=true
        memref.copy [MemRead, MemWrite] format=true
        memref.dealloc [MemFree] format=true
        memref.dim [NoMemoryEffect] format=true
        memref.expand_shape [Pure] format=true
        memref.load [MemRead] format=true
        memref.reinterpret_cast [AttrSizedOperandSegments, Pure] format=true
        memref.store [MemWrite] format=true
        memref.subview [AttrSizedOperandSegments, Pure] format=true
        scf.condition [Pure, Terminator, HasParent(["scf.while"])] format=true
        scf.execute_region [RecursiveMemoryEffects] format=true
        scf.for [RecursiveMemoryEffects, SingleBlockImplicitTerminator("scf.yield"), LoopLike] format=true
        scf.if [RecursiveMemoryEffects, SingleBlockImplicitTerminator("scf.yield")] format=true
        scf.parallel [AttrSizedOperandSegments, RecursiveMemoryEffects, SingleBlockImplicitTerminator("scf.reduce"), LoopLike] format=true
        scf.reduce [RecursiveMemoryEffects, Terminator, HasParent(["scf.parallel"])] format=true
        scf.reduce.return [Pure, Terminator, HasParent(["scf.reduce"])] format=true
        scf.while [RecursiveMemoryEffects, LoopLike] format=true
        scf.yield [Pure, Terminator, ReturnLike] format=true
        te.compute [RecursiveMemoryEffects] format=true
        te.max [RecursiveMemoryEffects] format=true
        te.min [RecursiveMemoryEffects] format=true
        te.prod [RecursiveMemoryEffects] format=true
        te.read [Pure] format=true
        te.sum [RecursiveMemoryEffects] format=true
        te.yield [Pure, Terminator, ReturnLike, HasParent(["te.compute", "te.sum", "te.max", "te.min", "te.prod"])] format=true
        vector.broadcast [Pure] format=true
        vector.extract [Pure] format=true
        vector.fma [Pure] format=true
        vector.insert [Pure] format=true
        vector.load [MemRead] format=true
        vector.reduction [Pure] format=true
        vector.store [MemWrite] format=true
        vector.transfer_read [AttrSizedOperandSegments, MemRead] format=true
        vector.transfer_write [AttrSizedOperandSegments, MemWrite] format=true"#]]
    .assert_eq(&listing.join("\n"));
}

#[test]
fn a_malformed_format_is_an_error_naming_the_op() {
    ir::define_op! {
        /// A broken declaration.
        pub struct Broken = "test.broken" {
            operands: { x: Single(ir::constraints::ANY_TYPE) },
            format: "$y attr-dict",
        }
    }
    let mut ctx = Context::new();
    let err = ctx
        .registry_mut()
        .register(ir::dialect::Dialect::with_ops(
            "test",
            "",
            vec![Broken::def()],
        ))
        .unwrap_err();
    assert_eq!(
        err,
        "test.broken: assembly format: '$y' names no operand, attribute, region or successor"
    );
}

#[test]
fn dialect_types_and_attributes_are_checked() {
    use ir::dialect::{Dialect, DialectTypeDef};
    let mut ctx = Context::new();
    let mut d = Dialect::with_ops("toy", "", vec![]);
    d.types.push(DialectTypeDef {
        name: "buf",
        summary: "a buffer of n elements",
        verify: |params| match params
            .strip_prefix('<')
            .and_then(|p| p.strip_suffix('>'))
            .map(str::parse::<u32>)
        {
            Some(Ok(_)) => Ok(()),
            _ => Err("expected <N>".into()),
        },
    });
    ctx.registry_mut().register(d).unwrap();
    let reg = ctx.registry();
    assert_eq!(reg.check_dialect_type("toy", "buf<4>"), Ok(()));
    assert_eq!(
        reg.check_dialect_type("toy", "buf<x>"),
        Err("invalid type 'toy.buf': expected <N>".into())
    );
    assert_eq!(
        reg.check_dialect_type("toy", "nope"),
        Err("dialect 'toy' has no type named 'nope'".into())
    );
    assert_eq!(
        reg.check_dialect_attr("toy", "buf"),
        Err("dialect 'toy' has no attribute named 'buf'".into())
    );
    assert_eq!(reg.check_dialect_type("other", "anything<1>"), Ok(()));
}
