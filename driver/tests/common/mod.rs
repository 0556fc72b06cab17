//! What the differential tests share: a generated program parsed with the project's
//! dialects, and a pass list run on it with verification after each pass.

use ir::{Context, Diagnostic, Ir, OpId};
use passes::manager::{Failure, Instrumentation, PassManager};

pub struct Module {
    pub ctx: Context,
    pub ir: Ir,
    pub module: OpId,
}

/// Parses a generated program (every op registered).
pub fn parse(text: &str) -> Result<Module, Vec<Diagnostic>> {
    let ctx = dialects::context();
    let mut ir = Ir::new();
    let file = parser::SourceFile {
        id: 0,
        name: "generated.mlir",
        text,
    };
    let opts = parser::ParseOptions {
        allow_unregistered: false,
    };
    let module = parser::parse_module(&ctx, &mut ir, &file, &opts)?;
    Ok(Module { ctx, ir, module })
}

/// Runs the pass list `passes` (`--pass` syntax) on `m`, verifying after each pass.
pub fn run_passes(m: &mut Module, passes: &str) -> Result<(), Failure> {
    let registry = passes::PassRegistry::with_builtin_passes();
    let pipeline = passes::pipeline::parse_pass_list(&registry, passes)
        .unwrap_or_else(|e| panic!("bad pass list '{passes}': {e:?}"));
    let mut pm = PassManager::new(
        pipeline,
        Instrumentation {
            verify_each: true,
            ..Default::default()
        },
    );
    pm.run(&m.ctx, &mut m.ir, m.module)
}

/// `tensor<AxBxelem>`.
pub fn tensor_type(shape: &[i64], elem: &str) -> String {
    let dims: String = shape.iter().map(|d| format!("{d}x")).collect();
    format!("tensor<{dims}{elem}>")
}

/// The element count of `shape`.
pub fn product(shape: &[i64]) -> i64 {
    shape.iter().product()
}

/// The output shape of an NCHW/OIHW conv2d, or `None` when the dilated filter does not
/// fit in the padded input.
pub fn conv_shape(
    input: &[i64],
    filter: &[i64],
    strides: [i64; 2],
    padding: [i64; 4],
    dilation: [i64; 2],
) -> Option<Vec<i64>> {
    let mut out = vec![input[0], filter[0]];
    for d in 0..2 {
        let padded = input[2 + d] + padding[d] + padding[d + 2];
        let window = dilation[d] * (filter[2 + d] - 1) + 1;
        if padded < window {
            return None;
        }
        out.push((padded - window) / strides[d] + 1);
    }
    Some(out)
}
