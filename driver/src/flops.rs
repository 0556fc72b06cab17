//! Operation counts for `--repeat`'s GFLOP/s: the floating-point and integer ops one call
//! of a function performs, counted on the IR where they are explicit (the input, before
//! `--pass` lowers it to loops):
//!
//! - `graph.matmul` `2*M*N*K`; `graph.conv2d` `2*N*K*OH*OW*(C/groups)*KH*KW`; the
//!   elementwise graph ops (add, mul, relu, bias_add) one per output element;
//! - `te.compute`: the product of its extents times the count of its body; a reduction
//!   (`te.sum`, ...) counts its extents' product times (its body's count + 1, the
//!   combining op);
//! - `arith` and `math` ops one per element of their result, except constants and ops on
//!   `index` values (address arithmetic, e.g. conv2d's `y * stride + ry`), so that a
//!   graph op and the te computes `lower-graph` writes for it count the same;
//! - `te.read`, `te.yield`, `func.return`, `graph.constant`: nothing.
//!
//! Any other op (loops, memory, calls) makes the count unknown: `None`.

use ir::{Context, Ir, OpId, RegionId, Type};

/// The op count of one call of `fname`, or `None` when some op's count is unknown.
pub fn function_flops(ctx: &Context, ir: &Ir, module: OpId, fname: &str) -> Option<u64> {
    let func = crate::backend::find_function_op(ctx, ir, module, fname).ok()?;
    region_flops(ctx, ir, *ir.regions(func).first()?)
}

fn region_flops(ctx: &Context, ir: &Ir, region: RegionId) -> Option<u64> {
    let mut total = 0u64;
    for &block in ir.region_blocks(region) {
        for op in ir.block_ops(block) {
            total = total.checked_add(op_flops(ctx, ir, op)?)?;
        }
    }
    Some(total)
}

/// The static shape of a shaped type (`[]` for a scalar).
fn shape(ctx: &Context, ty: Type) -> Option<Vec<u64>> {
    match ctx.shape_and_elem(ty) {
        Some((dims, _)) => dims.iter().map(|&d| u64::try_from(d).ok()).collect(),
        None => Some(Vec::new()),
    }
}

fn product(dims: &[u64]) -> Option<u64> {
    dims.iter().try_fold(1u64, |p, &d| p.checked_mul(d))
}

fn op_flops(ctx: &Context, ir: &Ir, op: OpId) -> Option<u64> {
    let name = ctx.op_name_str(ir.op_name(op));
    let operand_shape = |i: usize| shape(ctx, ir.value_type(*ir.operands(op).get(i)?));
    let result_shape = || shape(ctx, ir.value_type(ir.result(op, 0)));
    let body = || region_flops(ctx, ir, *ir.regions(op).first()?);
    match name {
        "func.return" | "te.yield" | "te.read" | "graph.constant" | "arith.constant" => Some(0),
        "graph.matmul" => {
            let (a, b) = (operand_shape(0)?, operand_shape(1)?);
            product(&[2, *a.first()?, *a.get(1)?, *b.get(1)?])
        }
        // 2 * (every output element) * (filter elements per output channel).
        "graph.conv2d" => {
            let filter = operand_shape(1)?;
            let per_output = product(filter.get(1..)?)?;
            product(&[2, product(&result_shape()?)?, per_output])
        }
        "graph.add" | "graph.mul" | "graph.relu" | "graph.bias_add" => product(&result_shape()?),
        "te.compute" => product(&result_shape()?)?.checked_mul(body()?),
        "te.sum" | "te.max" | "te.min" | "te.prod" => {
            let extents = dialects::te::i64_array(ctx, ir.attr(ctx, op, "extents"));
            let extents: Vec<u64> = extents
                .iter()
                .map(|&e| u64::try_from(e).ok())
                .collect::<Option<_>>()?;
            product(&extents)?.checked_mul(body()?.checked_add(1)?)
        }
        _ if name.starts_with("arith.") || name.starts_with("math.") => {
            let is_index = |v| ctx.is_index(ir.value_type(v));
            let on_index = ir.operands(op).iter().any(|&v| is_index(v))
                || (ir.num_results(op) > 0 && is_index(ir.result(op, 0)));
            if on_index || ir.num_results(op) == 0 {
                Some(0)
            } else {
                product(&result_shape()?)
            }
        }
        _ => None,
    }
}

/// `median time over 10 runs: 1.234 ms, 12.3 GFLOP/s (2.15e7 flop)`; without the rate
/// when the count is unknown.
pub fn timing_line(times: &[f64], flops: Option<u64>) -> Option<String> {
    let mut t = times.to_vec();
    t.sort_by(f64::total_cmp);
    let median = *t.get(t.len() / 2)?;
    let mut line = format!(
        "median time over {} runs: {}",
        t.len(),
        format_seconds(median)
    );
    if let Some(n) = flops.filter(|_| median > 0.0) {
        let rate = n as f64 / median / 1e9;
        line += &format!(", {} GFLOP/s ({:.2e} flop)", three_digits(rate), n as f64);
    }
    Some(line)
}

/// Seconds in s, ms or us with 3 decimals.
fn format_seconds(s: f64) -> String {
    if s >= 1.0 {
        format!("{s:.3} s")
    } else if s >= 1e-3 {
        format!("{:.3} ms", s * 1e3)
    } else {
        format!("{:.3} us", s * 1e6)
    }
}

/// Three significant digits (at least the units): `12.3`, `0.00123`, `1234`.
fn three_digits(x: f64) -> String {
    let decimals = if x > 0.0 {
        (2 - x.log10().floor() as i64).max(0) as usize
    } else {
        0
    };
    format!("{x:.decimals$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(src: &str) -> Option<u64> {
        let ctx = dialects::context();
        let mut ir = Ir::new();
        let file = parser::SourceFile {
            id: 0,
            name: "flops.mlir",
            text: src,
        };
        let opts = parser::ParseOptions {
            allow_unregistered: false,
        };
        let module = parser::parse_module(&ctx, &mut ir, &file, &opts).expect("parses");
        ir::verify::verify(&ctx, &ir, module).expect("verifies");
        function_flops(&ctx, &ir, module, "main")
    }

    #[test]
    fn graph_ops() {
        let src = r#"
func.func @main(%a: tensor<4x5xf32>, %b: tensor<5x7xf32>, %x: tensor<2x4x9x11xf32>, %w: tensor<6x2x3x2xf32>) -> (tensor<4x7xf32>, tensor<2x6x4x6xf32>) {
  %0 = graph.matmul %a, %b : (tensor<4x5xf32>, tensor<5x7xf32>) -> tensor<4x7xf32>
  %1 = graph.relu %0 : (tensor<4x7xf32>) -> tensor<4x7xf32>
  %c = graph.constant dense<1.0> : tensor<7xf32>
  %2 = graph.add %1, %c : (tensor<4x7xf32>, tensor<7xf32>) -> tensor<4x7xf32>
  %3 = graph.conv2d %x, %w {dilation = array<i64: 2, 1>, groups = 2 : i64, padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 2>} : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x4x6xf32>
  return %2, %3 : tensor<4x7xf32>, tensor<2x6x4x6xf32>
}"#;
        // matmul 2*4*7*5, relu and add 28 each, conv2d 2*(2*6*4*6)*(2*3*2).
        assert_eq!(count(src), Some(280 + 28 + 28 + 2 * 288 * 12));
    }

    #[test]
    fn te_computes_count_reductions_and_skip_index_math() {
        let src = r#"
func.func @main(%A: tensor<8x4xf32>, %B: tensor<8x3xf32>) -> tensor<4x3xf32> {
  %C = te.compute [y = %y, x = %x] : tensor<4x3xf32> {
    %s = te.sum [k = %k in 8] : f32 {
      %c1 = arith.constant 1 : index
      %j = arith.addi %k, %c1 : index
      %a = te.read %A[%j, %y] {padding = 0.0 : f32} : tensor<8x4xf32>
      %b = te.read %B[%k, %x] : tensor<8x3xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    %two = arith.constant 2.0 : f32
    %d = arith.mulf %s, %two : f32
    te.yield %d : f32
  }
  return %C : tensor<4x3xf32>
}"#;
        // 12 outputs * (8 * (1 mulf + 1 add) + 1 mulf).
        assert_eq!(count(src), Some(12 * (8 * 2 + 1)));
    }

    #[test]
    fn loops_are_unknown() {
        let src = r#"
func.func @main(%m: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %i = %c0 to %c4 step %c1 {
    %x = memref.load %m[%i] : memref<4xf32>
    %y = arith.addf %x, %x : f32
    memref.store %y, %m[%i] : memref<4xf32>
  }
  return
}"#;
        assert_eq!(count(src), None);
        let scalar = "func.func @main(%a: f32) -> f32 {\n  %b = arith.mulf %a, %a : f32\n  %c = math.exp %b : f32\n  return %c : f32\n}";
        assert_eq!(count(scalar), Some(2));
    }

    #[test]
    fn timing_line_shape() {
        let times = [3e-3, 1e-3, 2e-3];
        assert_eq!(
            timing_line(&times, Some(2_150_000_000)).as_deref(),
            Some("median time over 3 runs: 2.000 ms, 1075 GFLOP/s (2.15e9 flop)")
        );
        assert_eq!(
            timing_line(&[5e-7], None).as_deref(),
            Some("median time over 1 runs: 0.500 us")
        );
        assert_eq!(three_digits(12.345), "12.3");
        assert_eq!(three_digits(0.0012345), "0.00123");
        assert_eq!(timing_line(&[], Some(1)), None);
    }
}
