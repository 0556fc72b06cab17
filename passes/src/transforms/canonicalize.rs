//! `canonicalize`: every fold and registered canonicalization pattern, applied greedily
//! ([`ir::rewrite::apply_patterns_greedily`]) to the ops nested in the anchor.

use ir::rewrite::{apply_patterns_greedily, GreedyConfig, RewritePattern};
use ir::{Context, Diagnostic, Ir, OpId};

use crate::{Anchor, OptionDef, OptionKind, Pass, PassOptions, PassOutcome, StatisticDef};

pub const OPTIONS: &[OptionDef] = &[
    OptionDef {
        name: "max-iterations",
        kind: OptionKind::UInt,
        default: "10",
        help: "sweeps of the greedy driver before it reports non-convergence",
    },
    OptionDef {
        name: "test-convergence",
        kind: OptionKind::Bool,
        default: "false",
        help: "fail when a second run still changes the IR",
    },
];

pub struct Canonicalize {
    max_iterations: u32,
    test_convergence: bool,
}

pub fn create(opts: &PassOptions) -> Box<dyn Pass> {
    Box::new(Canonicalize {
        max_iterations: u32::try_from(opts.uint("max-iterations")).unwrap_or(u32::MAX),
        test_convergence: opts.bool("test-convergence"),
    })
}

impl Pass for Canonicalize {
    fn name(&self) -> &'static str {
        "canonicalize"
    }
    fn description(&self) -> &'static str {
        "Fold ops and apply canonicalization patterns greedily"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Any
    }
    fn options(&self) -> &'static [OptionDef] {
        OPTIONS
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        &[]
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let mut patterns: Vec<Box<dyn RewritePattern>> = Vec::new();
        for def in ctx.registry().ops() {
            if let Some(add) = def.canonicalize {
                add(&mut patterns);
            }
        }
        let config = GreedyConfig {
            max_iterations: self.max_iterations,
            ..GreedyConfig::default()
        };
        let changed = apply_patterns_greedily(ctx, ir, op, &patterns, config)?;
        if self.test_convergence && apply_patterns_greedily(ctx, ir, op, &patterns, config)? {
            return Err(Diagnostic::error(
                ir::DiagLoc::Loc(ir.loc(op)),
                "canonicalizer failed to converge: a second run changed the IR",
            ));
        }
        Ok(PassOutcome {
            changed,
            stats: Vec::new(),
        })
    }
}
