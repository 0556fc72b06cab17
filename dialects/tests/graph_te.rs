//! The Rust API of the graph and te dialects on IR read from text: shape inference for
//! builders, and schedules as typed steps and loop nests (what `lower-te` walks).

use dialects::graph::{infer_result_type, Conv2dParams};
use dialects::te::{
    compute_inputs, compute_loops, compute_schedule, scheduled_loops, ComputeOp, LoopInfo, Step,
};
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
            allow_unregistered: false,
        },
    )
    .unwrap_or_else(|d| panic!("{d:?}"));
    ir::verify::verify(&ctx, &ir, module).unwrap_or_else(|d| panic!("{d:?}"));
    (ctx, ir, module)
}

fn computes(ctx: &Context, ir: &Ir, root: OpId) -> Vec<OpId> {
    let mut out = Vec::new();
    ir.walk_preorder(root, &mut |op| {
        if ComputeOp::cast(ctx, ir, op).is_some() {
            out.push(op);
        }
    });
    out
}

const SEED: &str = r#"
func.func @seed(%A: tensor<128x64xf32>, %B: tensor<128x30xf32>) -> tensor<64x30xf32> {
  %C = te.compute [y = %y, x = %x] : tensor<64x30xf32> schedule #te.schedule<[split(y, 32) -> (yo, yi), split(x, 8) -> (xo, xi), reorder(yo, xo, k, yi, xi), vectorize(xi), parallel(yo)]> {
    %s = te.sum [k = %k in 128] : f32 {
      %a = te.read %A[%k, %y] : tensor<128x64xf32>
      %b = te.read %B[%k, %x] : tensor<128x30xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %C : tensor<64x30xf32>
}
"#;

fn l(name: &str, extent: i64, reduction: bool) -> LoopInfo {
    LoopInfo {
        name: name.into(),
        extent,
        reduction,
    }
}

#[test]
fn schedules_are_typed_steps_over_named_loops() {
    let (ctx, ir, module) = parse(SEED);
    let c = computes(&ctx, &ir, module)[0];
    assert_eq!(
        compute_loops(&ctx, &ir, c),
        vec![l("y", 64, false), l("x", 30, false), l("k", 128, true)]
    );
    let schedule = compute_schedule(&ctx, &ir, c).unwrap();
    assert_eq!(schedule.steps.len(), 5);
    assert_eq!(
        schedule.steps[0],
        Step::Split {
            axis: "y".into(),
            factor: 32,
            outer: "yo".into(),
            inner: "yi".into(),
        }
    );
    assert_eq!(
        schedule.steps[2],
        Step::Reorder(vec![
            "yo".into(),
            "xo".into(),
            "k".into(),
            "yi".into(),
            "xi".into()
        ])
    );
    // 30 is not a multiple of 8: the outer loop rounds up (the lowering guards).
    assert_eq!(
        scheduled_loops(&ctx, &ir, c),
        vec![
            l("yo", 2, false),
            l("xo", 4, false),
            l("k", 128, true),
            l("yi", 32, false),
            l("xi", 8, false),
        ]
    );
    assert_eq!(compute_inputs(&ctx, &ir, c).len(), 2);
    assert_eq!(schedule.to_string(), "[split(y, 32) -> (yo, yi), split(x, 8) -> (xo, xi), reorder(yo, xo, k, yi, xi), vectorize(xi), parallel(yo)]");
}

#[test]
fn shape_inference_serves_builders() {
    let ctx = dialects::context();
    let f32 = ctx.float_type(ir::types::FloatKind::F32);
    let t = |s: &[i64]| ctx.tensor_type(s, f32);
    let none = |_: &str| None;
    let mm = infer_result_type(&ctx, "graph.matmul", &[t(&[4, 5]), t(&[5, 7])], &none);
    assert_eq!(mm, Some(Ok(t(&[4, 7]))));
    let bad = infer_result_type(&ctx, "graph.matmul", &[t(&[4, 5]), t(&[6, 7])], &none);
    assert_eq!(
        bad,
        Some(Err(
            "inner dimensions differ: tensor<4x5xf32> and tensor<6x7xf32>".into()
        ))
    );
    let add = infer_result_type(&ctx, "graph.add", &[t(&[4, 1, 5]), t(&[3, 1])], &none);
    assert_eq!(add, Some(Ok(t(&[4, 3, 5]))));
    assert_eq!(infer_result_type(&ctx, "graph.nope", &[], &none), None);
    // ResNet-18's first 3x3 layer: 56x56 stays 56x56 with padding 1.
    let pad = te_i64_array(&ctx, &[1, 1]);
    let attrs = |n: &str| (n == "padding").then_some(pad);
    let conv = infer_result_type(
        &ctx,
        "graph.conv2d",
        &[t(&[1, 64, 56, 56]), t(&[64, 64, 3, 3])],
        &attrs,
    );
    assert_eq!(conv, Some(Ok(t(&[1, 64, 56, 56]))));
    assert_eq!(
        Conv2dParams::read(&ctx, &attrs).unwrap(),
        Conv2dParams {
            strides: [1, 1],
            padding: [1, 1, 1, 1],
            dilation: [1, 1],
            groups: 1,
        }
    );
}

fn te_i64_array(ctx: &Context, v: &[i64]) -> ir::Attribute {
    dialects::te::i64_array_attr(ctx, v)
}
