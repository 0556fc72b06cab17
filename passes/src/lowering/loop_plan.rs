//! The loop structure a schedule gives a compute: its loops in order with their kinds,
//! how each original index is computed from the loops (`split` and `fuse` history), the
//! guards that loop extents not divided by a split factor need, and where the buffers of
//! `cache_write`/`cache_read` go. Also the bounds analysis (`cache_read`, `compute_at`):
//! the box of a tensor that the loops inside a given loop read.

use dialects::te::{LoopInfo, LoopNest, Schedule, Step};

use super::te_expr::{Expr, ExprId, Exprs};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoopKind {
    Serial,
    Parallel,
    Vector,
    Unroll,
}

#[derive(Clone, Debug)]
pub struct PlanLoop {
    pub name: String,
    pub extent: i64,
    pub reduction: bool,
    pub kind: LoopKind,
}

/// How a name that is no longer a loop is computed from newer names.
#[derive(Clone, Debug)]
pub enum Def {
    /// `outer * factor + inner`.
    Split {
        outer: String,
        inner: String,
        factor: i64,
    },
    /// `fused / inner_extent` (the outer loop of a fuse).
    FuseOuter { fused: String, inner_extent: i64 },
    /// `fused % inner_extent`.
    FuseInner { fused: String, inner_extent: i64 },
}

#[derive(Clone, Debug)]
pub struct CacheRead {
    /// The tensor's position among the distinct tensors the body reads.
    pub input: usize,
    /// Position of the loop in [`Plan::loops`].
    pub at: usize,
    pub layout: Vec<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub loops: Vec<PlanLoop>,
    pub defs: Vec<(String, Def)>,
    /// `name < extent` must hold for an iteration to exist (splits that do not divide).
    pub guards: Vec<(String, i64)>,
    pub cache_write: Option<usize>,
    pub cache_reads: Vec<CacheRead>,
    /// Extent of every name ever given (loops and the names they replaced).
    pub extents: Vec<(String, i64)>,
}

impl Plan {
    /// Applies `schedule` to `loops` (the schedule was verified on the same loops, or
    /// on loops of other extents for `compute_at`: splits stay valid through guards).
    pub fn new(loops: Vec<LoopInfo>, schedule: &Schedule) -> Result<Plan, String> {
        let mut plan = Plan {
            extents: loops.iter().map(|l| (l.name.clone(), l.extent)).collect(),
            ..Plan::default()
        };
        let mut nest = LoopNest::new(loops);
        let mut kinds: Vec<(String, LoopKind)> = Vec::new();
        let mut cache_write = None;
        let mut cache_reads = Vec::new();
        for step in &schedule.steps {
            let extent_of = |nest: &LoopNest, n: &str| {
                nest.loops
                    .iter()
                    .find(|l| l.name == n)
                    .map_or(0, |l| l.extent)
            };
            let mut splits = Vec::new();
            match step {
                Step::Split {
                    axis,
                    factor,
                    outer,
                    inner,
                } => splits.push((axis.clone(), *factor, outer.clone(), inner.clone())),
                Step::Tile {
                    axes,
                    factors,
                    outer,
                    inner,
                } => {
                    for k in 0..2 {
                        splits.push((
                            axes[k].clone(),
                            factors[k],
                            outer[k].clone(),
                            inner[k].clone(),
                        ));
                    }
                }
                Step::Fuse { axes, fused } => {
                    let inner_extent = extent_of(&nest, &axes[1]);
                    plan.defs.push((
                        axes[0].clone(),
                        Def::FuseOuter {
                            fused: fused.clone(),
                            inner_extent,
                        },
                    ));
                    plan.defs.push((
                        axes[1].clone(),
                        Def::FuseInner {
                            fused: fused.clone(),
                            inner_extent,
                        },
                    ));
                }
                Step::Vectorize(l) => kinds.push((l.clone(), LoopKind::Vector)),
                Step::Parallel(l) => kinds.push((l.clone(), LoopKind::Parallel)),
                Step::Unroll(l) => kinds.push((l.clone(), LoopKind::Unroll)),
                Step::CacheWrite { at } => cache_write = Some(at.clone()),
                Step::CacheRead { input, at, layout } => {
                    cache_reads.push((*input, at.clone(), layout.clone()))
                }
                Step::ComputeAt { .. } | Step::ComputeInline | Step::Reorder(_) => {}
            }
            for (axis, factor, outer, inner) in &splits {
                let extent = extent_of(&nest, axis);
                let factor = (*factor).max(1);
                let outer_extent = (extent - 1).max(0) / factor + 1;
                if outer_extent * factor.min(extent) > extent {
                    plan.guards.push((axis.clone(), extent));
                }
                plan.defs.push((
                    axis.clone(),
                    Def::Split {
                        outer: outer.clone(),
                        inner: inner.clone(),
                        factor,
                    },
                ));
            }
            nest.apply(step)?;
            for l in &nest.loops {
                if !plan.extents.iter().any(|(n, _)| *n == l.name) {
                    plan.extents.push((l.name.clone(), l.extent));
                }
            }
        }
        dialects::te::schedule::check_final_nest(&nest, &schedule.steps)
            .map_err(|(i, e)| format!("schedule step {} '{}': {e}", i + 1, schedule.steps[i]))?;
        plan.loops = nest
            .loops
            .into_iter()
            .map(|l| PlanLoop {
                kind: kinds
                    .iter()
                    .find(|(n, _)| *n == l.name)
                    .map_or(LoopKind::Serial, |&(_, k)| k),
                name: l.name,
                extent: l.extent,
                reduction: l.reduction,
            })
            .collect();
        let position = |n: &str| plan.loops.iter().position(|l| l.name == n);
        plan.cache_write = cache_write.and_then(|n| position(&n));
        plan.cache_reads = cache_reads
            .into_iter()
            .filter_map(|(input, at, layout)| {
                Some(CacheRead {
                    input,
                    at: position(&at)?,
                    layout,
                })
            })
            .collect();
        Ok(plan)
    }

    pub fn def(&self, name: &str) -> Option<&Def> {
        self.defs
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, d)| d)
    }

    pub fn extent(&self, name: &str) -> i64 {
        self.extents
            .iter()
            .find(|(n, _)| n == name)
            .map_or(1, |&(_, e)| e)
    }

    pub fn position(&self, name: &str) -> Option<usize> {
        self.loops.iter().position(|l| l.name == name)
    }

    /// The loops `name` is computed from.
    pub fn leaves_of(&self, name: &str) -> Vec<usize> {
        if let Some(p) = self.position(name) {
            return vec![p];
        }
        match self.def(name) {
            Some(Def::Split { outer, inner, .. }) => {
                let mut v = self.leaves_of(outer);
                v.extend(self.leaves_of(inner));
                v
            }
            Some(Def::FuseOuter { fused, .. } | Def::FuseInner { fused, .. }) => {
                self.leaves_of(fused)
            }
            None => Vec::new(),
        }
    }

    /// Does `name` grow with loop `leaf` (no `%` on the way)? Then its largest value
    /// over the lanes of a vector loop is at the last lane.
    pub fn monotone_in(&self, name: &str, leaf: &str) -> bool {
        if name == leaf || self.position(name).is_some() {
            return true;
        }
        match self.def(name) {
            Some(Def::Split { outer, inner, .. }) => {
                self.monotone_in(outer, leaf) && self.monotone_in(inner, leaf)
            }
            Some(Def::FuseOuter { fused, .. }) => self.monotone_in(fused, leaf),
            Some(Def::FuseInner { fused, .. }) => self.leaves_of(fused).is_empty(),
            None => true,
        }
    }
}

// ----- bounds -----

/// What an affine index is made of: a loop (or a fused-away name, opaque), or a value
/// from outside the compute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Atom {
    Name(String),
    Outside(ir::ValueId),
}

/// `c0 + sum(coefficient * atom)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Affine {
    pub c0: i64,
    pub terms: Vec<(Atom, i64)>,
}

impl Affine {
    fn add(mut self, other: Affine, sign: i64) -> Affine {
        self.c0 += sign * other.c0;
        for (a, c) in other.terms {
            match self.terms.iter_mut().find(|(b, _)| *b == a) {
                Some((_, d)) => *d += sign * c,
                None => self.terms.push((a, sign * c)),
            }
        }
        self.terms.retain(|&(_, c)| c != 0);
        self
    }
    fn scale(mut self, k: i64) -> Affine {
        self.c0 *= k;
        for (_, c) in &mut self.terms {
            *c *= k;
        }
        self.terms.retain(|&(_, c)| c != 0);
        self
    }
}

/// The index expression `id` as an affine form of loop names, if it is one. Split
/// names expand into their loops; fused-away names stay atoms.
pub fn affine(plan: &Plan, exprs: &Exprs, ctx: &ir::Context, id: ExprId) -> Option<Affine> {
    let atom = |a: Atom| Affine {
        c0: 0,
        terms: vec![(a, 1)],
    };
    match exprs.get(id) {
        Expr::Var(n) => Some(name_affine(plan, n)),
        Expr::Outside(v) => Some(atom(Atom::Outside(*v))),
        Expr::Const(a, _) => match ctx.attr_kind(*a) {
            ir::AttrKind::Integer { value, .. } => Some(Affine {
                c0: i64::try_from(*value).ok()?,
                terms: vec![],
            }),
            _ => None,
        },
        Expr::Op { name, operands, .. } => {
            let x = affine(plan, exprs, ctx, operands[0])?;
            let y = affine(plan, exprs, ctx, *operands.get(1)?)?;
            match name.as_str() {
                "arith.addi" => Some(x.add(y, 1)),
                "arith.subi" => Some(x.add(y, -1)),
                "arith.muli" if y.terms.is_empty() => Some(x.scale(y.c0)),
                "arith.muli" if x.terms.is_empty() => Some(y.scale(x.c0)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn name_affine(plan: &Plan, n: &str) -> Affine {
    match plan.def(n) {
        Some(Def::Split {
            outer,
            inner,
            factor,
        }) if plan.position(n).is_none() => name_affine(plan, outer)
            .scale(*factor)
            .add(name_affine(plan, inner), 1),
        _ => Affine {
            c0: 0,
            terms: vec![(Atom::Name(n.to_string()), 1)],
        },
    }
}

impl Affine {
    /// The least and greatest values as the plan's loops run through their ranges;
    /// `None` when an atom is not a loop (a value from outside, a fused-away name).
    pub fn range(&self, plan: &Plan) -> Option<(i64, i64)> {
        let (mut lo, mut hi) = (self.c0, self.c0);
        for (atom, c) in &self.terms {
            let Atom::Name(n) = atom else { return None };
            let span = c * (plan.loops[plan.position(n)?].extent - 1);
            if span < 0 {
                lo += span;
            } else {
                hi += span;
            }
        }
        Some((lo, hi))
    }
}

/// One dimension of the box a set of reads covers inside a loop: `lo` is an affine form
/// of the atoms outside the loop; `extent` is static. `None`: the whole dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoxDim {
    pub lo: Affine,
    pub extent: i64,
}

impl BoxDim {
    /// The box stays inside `0..dim` wherever the loops outside it are, so copies of it
    /// need no bounds check.
    pub fn within(&self, plan: &Plan, dim: i64) -> bool {
        self.lo
            .range(plan)
            .is_some_and(|(l, h)| l >= 0 && h + self.extent <= dim)
    }
}

/// The box of dimension `dim` that the reads' index expressions `indices` cover when
/// the loops at positions `> at` run through their ranges (or `None` when an index is
/// not affine or the reads' outer parts differ).
pub fn box_dim(
    plan: &Plan,
    exprs: &Exprs,
    ctx: &ir::Context,
    indices: &[ExprId],
    at: Option<usize>,
) -> Option<BoxDim> {
    let inner = |a: &Atom| match a {
        Atom::Name(n) => plan
            .leaves_of(n)
            .iter()
            .any(|&p| at.is_none_or(|at| p > at)),
        Atom::Outside(_) => false,
    };
    let mut out: Option<(Affine, i64, i64)> = None;
    for &i in indices {
        let a = affine(plan, exprs, ctx, i)?;
        let (mut outer, mut lo, mut hi) = (
            Affine {
                c0: 0,
                terms: vec![],
            },
            a.c0,
            a.c0,
        );
        for (atom, c) in a.terms {
            if inner(&atom) {
                let Atom::Name(n) = &atom else { return None };
                let span = c * (plan.extent(n) - 1);
                if span < 0 {
                    lo += span;
                } else {
                    hi += span;
                }
            } else {
                outer.terms.push((atom, c));
            }
        }
        out = match out {
            None => Some((outer, lo, hi)),
            Some((o, l, h)) if o == outer => Some((o, l.min(lo), h.max(hi))),
            Some(_) => return None,
        };
    }
    let (mut lo, l, h) = out?;
    lo.c0 = l;
    Some(BoxDim {
        lo,
        extent: h - l + 1,
    })
}

/// The reads of `tensor` in `exprs` reachable from `root` (their index lists).
pub fn reads_of(exprs: &Exprs, root: ExprId, tensor: ir::ValueId) -> Vec<Vec<ExprId>> {
    reachable_reads(exprs, root)
        .into_iter()
        .filter(|(t, _)| *t == tensor)
        .map(|(_, indices)| indices)
        .collect()
}

/// Every read reachable from `root`: the tensor and the index list. Nodes that
/// inlining or substitution left behind are not reachable and not listed.
pub fn reachable_reads(exprs: &Exprs, root: ExprId) -> Vec<(ir::ValueId, Vec<ExprId>)> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    let mut seen = vec![false; exprs.nodes.len()];
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut seen[id], true) {
            continue;
        }
        match exprs.get(id) {
            Expr::Read {
                tensor, indices, ..
            } => {
                out.push((*tensor, indices.clone()));
                stack.extend(indices);
            }
            Expr::Op { operands, .. } => stack.extend(operands),
            Expr::Reduce { body, .. } => stack.push(*body),
            _ => {}
        }
    }
    out
}
