#!/usr/bin/env python3
"""Generate a large MLIR module in *generic* form for parse/verify/print benchmarks.

The output is deterministic for a given (--ops, --seed, --dialect) and is accepted by
`mlir-opt --allow-unregistered-dialect --verify-each`.

What it exercises:
  * "builtin.module" wrapping several "func.func" ops (function_type/sym_name properties,
    entry block arguments matching the inputs, "func.return" matching the results);
  * unregistered ops ("bench.op", "bench.region", ...) with 0-3 operands, 0-3 results,
    result groups (`%5:2 = ...`, uses `%5#1`) and many attributes: integers, floats (also
    hex), strings with escapes, arrays, nested dictionaries, dense elements, `array<...>`,
    affine maps, type attributes, unit attributes, symbol references, and properties
    `<{...}>`;
  * nested regions (1-2 regions per op, several levels deep), blocks with block arguments,
    entry blocks with and without a label, the occasional empty region;
  * CFG regions with several blocks and successors (`"bench.br"(%x)[^bb1]`,
    `"bench.cond_br"(%c, %x)[^bb1, ^bb2]`), both inside functions and inside unregistered ops.

SSA dominance is respected by construction, even where MLIR would not check it (MLIR
treats regions of unregistered ops as graph regions and does not check dominance there):
a value is used only in the block defining it (after its definition), in blocks nested
inside, or -- for values of a region's entry block -- in the other blocks of that region
(the entry block dominates them all; every block is reachable by forward branches).
Function bodies never use values from outside the function. `--check` re-reads the
written text and verifies these rules independently of the generator.

Why the default dialect is "bench", not "test": the Debian mlir-opt 22 build registers
MLIR's *test* dialect, in which e.g. "test.br" and "test.call" are real ops with their own
verifiers. "bench" is not a registered dialect, so every "bench.*" op is unregistered.

Op count: every operation counts, including builtin.module, func.func and terminators.
The generated module has exactly --ops operations (minimum ~16).

Python 3 standard library only.
"""

import argparse
import random
import re
import sys

TYPES = ["i32", "f32", "index", "tensor<4x?xf32>", "memref<8x8xf32>", "vector<4xf32>"]
# weights: scalars more common than shaped types
TYPE_WEIGHTS = [5, 4, 2, 1, 1, 1]
SCALAR_TYPES = ["i32", "f32", "index"]

ATTR_KEYS = [
    "value", "count", "scale", "name", "label", "dims", "perm", "map", "kind", "ty",
    "sig", "callee", "target", "flags", "config", "shape", "strides", "offset", "mode",
    "unit_flag", "nontemporal", "seed", "alpha", "beta", "tile", "layout", "comment",
    "weights", "bias", "inplace",
]

STRINGS = [
    '"hello"', '"conv2d"', '"with \\"quotes\\""', '"tab\\there"', '"line\\nbreak"',
    '"back\\\\slash"', '"hex\\0Aescape"', '"\\09tab\\22q"', '""', '"a b c"',
    '"\u00b5s"', '"path/to/file.mlir"', '"{not a dict}"', '"%0 = fake"',
]

FLOATS = [
    "1.5", "-0.25", "0.0", "3.0e+02", "1.0e-03", "-2.75", "6.103515625e-05", "1.0",
    "0x7FC00000", "0xFF800000", "123.125",
]

AFFINE_MAPS = [
    "affine_map<(d0, d1) -> (d1, d0)>",
    "affine_map<(d0) -> (d0)>",
    "affine_map<(d0, d1)[s0] -> (d0 + s0, d1 * 2)>",
    "affine_map<(d0, d1, d2) -> (d0 floordiv 4, d1 mod 8, d2 ceildiv 2)>",
    "affine_map<() -> (0)>",
    "affine_map<(d0)[s0, s1] -> (d0 * s0 + s1 - 1)>",
]

DENSE = [
    "dense<[1, 2, 3]> : tensor<3xi32>",
    "dense<0.5> : tensor<4xf32>",
    "dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>",
    "dense<[true, false]> : tensor<2xi1>",
    "dense<7> : vector<4xi32>",
    "dense<[-1, 0, 1, 2]> : tensor<4xi64>",
]

ARRAYS_DENSE = [
    "array<i64: 1, 2>", "array<i32>", "array<i64: 0, 1, 2, 3>", "array<f32: 1.5, 2.0>",
    "array<i1: true, false>", "array<i64: -1>",
]

TYPE_ATTRS = [
    "i32", "f32", "index", "tensor<4x?xf32>", "memref<8x8xf32>", "vector<4xf32>",
    "(i32, f32) -> index", "() -> ()", "tuple<i32, f32>", "none", "complex<f32>",
]


class Gen:
    def __init__(self, n_ops, seed, dialect):
        self.r = random.Random(seed)
        self.total = n_ops
        self.d = dialect
        self.lines = []
        self.ops = 0
        self.debt = 0  # ops emitted beyond a block's budget (constants for terminators)
        self.func_names = []  # symbols defined so far (for @refs)

    # ---------------------------------------------------------------- helpers
    def emit(self, depth, text):
        self.lines.append("  " * depth + text)

    def ty(self):
        return self.r.choices(TYPES, TYPE_WEIGHTS)[0]

    def fresh(self, fn):
        n = fn["next"]
        fn["next"] += 1
        # Mostly numeric names as mlir-opt prints them; some named values.
        if self.r.random() < 0.1:
            return "%%v%d" % n
        return "%%%d" % n

    def fresh_arg(self, fn):
        n = fn["nextarg"]
        fn["nextarg"] += 1
        return "%%arg%d" % n

    def pick_values(self, vis, k):
        """k operands from the visible (name, type) list, biased towards recent values."""
        out = []
        if not vis:
            return out
        L = len(vis)
        for _ in range(k):
            back = int(self.r.expovariate(1 / 6.0))
            out.append(vis[L - 1 - min(back, L - 1)])
        return out

    def value_of_type(self, vis, t, depth, fn):
        """A visible value of type t; materialize a constant if none is near."""
        for back in range(min(len(vis), 64)):
            name, vt = vis[len(vis) - 1 - back]
            if vt == t and self.r.random() < 0.7:
                return name
        name = self.fresh(fn)
        self.emit(depth, '%s = "%s.const"() {value = %s} : () -> %s'
                  % (name, self.d, self.const_attr(t), t))
        self.ops += 1
        vis.append((name, t))
        return name

    def const_attr(self, t):
        if t == "i32":
            return "%d : i32" % self.r.randint(-100, 100)
        if t == "index":
            return "%d : index" % self.r.randint(0, 64)
        if t == "f32":
            return "%s : f32" % self.r.choice(FLOATS[:8])
        return self.r.choice(["dense<0.0> : tensor<4xf32>", "0 : i64", "unit"])

    # ------------------------------------------------------------- attributes
    def attr_value(self, lvl=0):
        r = self.r
        k = r.randrange(14 if lvl < 2 else 11)
        if k == 0:
            return "%d : i64" % r.choice([42, 0, -1, 7, 1024, 4294967295, -9000000000])
        if k == 1:
            return "%d : %s" % (r.randint(-128, 127), r.choice(["i32", "i8", "i16", "index"]))
        if k == 2:
            return "%s : %s" % (r.choice(FLOATS), r.choice(["f32", "f32", "f64"]) )
        if k == 3:
            return r.choice(STRINGS)
        if k == 4:
            return r.choice(DENSE)
        if k == 5:
            return r.choice(ARRAYS_DENSE)
        if k == 6:
            return r.choice(AFFINE_MAPS)
        if k == 7:
            return r.choice(TYPE_ATTRS)
        if k == 8:
            if self.func_names and r.random() < 0.8:
                return "@" + r.choice(self.func_names)
            return r.choice(["@extern_fn", "@outer::@inner", '@"quoted sym"'])
        if k == 9:
            return r.choice(["true", "false", "unit", "42", "-3"])
        if k == 10:
            return r.choice(["1 : i32", '"s"', "2.5 : f32"])
        if k in (11, 12):
            n = r.randint(0, 4)
            return "[" + ", ".join(self.attr_value(lvl + 1) for _ in range(n)) + "]"
        # k == 13: nested dictionary
        return self.attr_dict(lvl + 1, r.randint(0, 3))

    def attr_dict(self, lvl, n):
        keys = self.r.sample(ATTR_KEYS, n)
        parts = []
        for key in keys:
            if self.r.random() < 0.12:
                parts.append(key)  # unit attribute
            else:
                parts.append("%s = %s" % (key, self.attr_value(lvl)))
        return "{" + ", ".join(parts) + "}"

    def op_attrs(self):
        """' {...}' or '' -- many attributes per op (0-7, mean ~3)."""
        n = min(len(ATTR_KEYS), int(self.r.triangular(0, 8, 3)))
        if n == 0:
            return ""
        return " " + self.attr_dict(0, n)

    def op_props(self):
        if self.r.random() < 0.06:
            return " <{%s}>" % ", ".join(
                "%s = %s" % (k, self.attr_value(1)) for k in self.r.sample(ATTR_KEYS, self.r.randint(1, 2)))
        return ""

    # -------------------------------------------------------------- ops
    def results(self, fn, vis, nres, types):
        """Return (lhs text, list of (name, type)) and add them to vis."""
        if nres == 0:
            return "", []
        base = self.fresh(fn)
        if nres == 1:
            vals = [(base, types[0])]
            lhs = base + " = "
        else:
            vals = [("%s#%d" % (base, i), types[i]) for i in range(nres)]
            lhs = "%s:%d = " % (base, nres)
        return lhs, vals

    def simple_op(self, fn, vis, depth):
        r = self.r
        nops = r.choice([0, 1, 1, 2, 2, 2, 3])
        operands = self.pick_values(vis, nops)
        nres = r.choices([0, 1, 2, 3], [1, 7, 2, 1])[0]
        rtypes = [self.ty() for _ in range(nres)]
        name = r.choices(["op", "compute", "load", "call", "const"], [6, 3, 1, 1, 1])[0]
        attrs = self.op_attrs()
        if name == "call":
            callee = "@" + r.choice(self.func_names) if self.func_names else "@extern_fn"
            attrs = " {callee = %s%s}" % (callee, ", tail" if r.random() < 0.3 else "")
        lhs, vals = self.results(fn, vis, nres, rtypes)
        self.emit(depth, '%s"%s.%s"(%s)%s%s : (%s) -> %s' % (
            lhs, self.d, name, ", ".join(v for v, _ in operands), self.op_props(), attrs,
            ", ".join(t for _, t in operands), self.res_types(rtypes)))
        self.ops += 1
        vis.extend(vals)

    @staticmethod
    def res_types(ts):
        if len(ts) == 1 and not ts[0].startswith("("):
            return ts[0]
        return "(" + ", ".join(ts) + ")"

    def region_op(self, fn, vis, depth, budget):
        """An unregistered op with 1-2 regions using exactly `budget` ops in total."""
        r = self.r
        self.ops += 1
        inner = budget - 1
        nreg = 2 if (inner >= 4 and r.random() < 0.35) else 1
        if nreg == 2 and r.random() < 0.05:
            shares = [0, inner]  # an empty region
        elif nreg == 2:
            a = r.randint(1, inner - 1)
            shares = [a, inner - a]
        else:
            shares = [inner]
        operands = self.pick_values(vis, r.choice([0, 1, 2]))
        nres = r.choices([0, 1, 2], [2, 5, 2])[0]
        rtypes = [self.ty() for _ in range(nres)]
        lhs, vals = self.results(fn, vis, nres, rtypes)
        name = r.choice(["region", "loop", "scope", "parallel"]) if nreg == 1 else r.choice(["if", "while"])
        self.emit(depth, '%s"%s.%s"(%s)%s ({' % (
            lhs, self.d, name, ", ".join(v for v, _ in operands), self.op_props()))
        for i, share in enumerate(shares):
            if i > 0:
                self.emit(depth, "}, {")
            self.region_body(fn, vis, depth + 1, share, func_sig=None)
        self.emit(depth, "})%s : (%s) -> %s" % (
            self.op_attrs(), ", ".join(t for _, t in operands), self.res_types(rtypes)))
        # results become visible only after the op
        vis.extend(vals)

    def body_ops(self, fn, vis, depth, budget):
        """Non-terminator ops using exactly `budget` ops."""
        r = self.r
        while budget > 0:
            if self.debt:
                take = min(self.debt, budget)
                self.debt -= take
                budget -= take
                continue
            p_region = [0.10, 0.08, 0.06, 0.05, 0.04, 0.03, 0.0][min(depth // 2, 6)]
            if budget >= 3 and r.random() < p_region:
                cap = min(budget, r.choice([6, 12, 25, 60, 150]))
                sub = r.randint(3, max(3, cap))
                self.region_op(fn, vis, depth, sub)
                budget -= sub
            else:
                before = self.ops
                self.simple_op(fn, vis, depth)
                budget -= self.ops - before

    def region_body(self, fn, vis, depth, budget, func_sig):
        """A region using exactly `budget` ops (0 => empty region, non-function only).

        func_sig = (input types, result types) for a func.func body, else None.
        """
        r = self.r
        if budget == 0:
            return
        mark = len(vis)
        if func_sig is not None:
            nblocks = 1 if budget < 6 else r.choices([1, 2, 3, 4], [5, 2, 2, 1])[0]
        else:
            nblocks = 1 if budget < 4 else r.choices([1, 2, 3], [8, 2, 1])[0]
        # split budget: each block needs >= 1 op (its terminator)
        cuts = sorted(r.sample(range(1, budget), nblocks - 1)) if nblocks > 1 else []
        shares = [b - a for a, b in zip([0] + cuts, cuts + [budget])]
        # block argument types, decided up front so branches can pass matching operands
        arg_types = []
        for b in range(nblocks):
            if b == 0 and func_sig is not None:
                arg_types.append(list(func_sig[0]))
            else:
                arg_types.append([self.ty() for _ in range(r.choice([0, 0, 1, 1, 2, 3]))])
        entry_end = mark
        for b in range(nblocks):
            if b > 0:
                del vis[entry_end:]  # only entry-block values dominate other blocks
            args = [(self.fresh_arg(fn), t) for t in arg_types[b]]
            need_label = b > 0 or args or r.random() < 0.3
            if need_label:
                self.emit(depth - 1, "^bb%d(%s):" % (b, ", ".join("%s: %s" % a for a in args))
                          if args else "^bb%d:" % b)
            vis.extend(args)
            self.body_ops(fn, vis, depth, shares[b] - 1)
            self.terminator(fn, vis, depth, b, nblocks, arg_types, func_sig)
            if b == 0:
                entry_end = len(vis)
        del vis[mark:]

    def terminator(self, fn, vis, depth, b, nblocks, arg_types, func_sig):
        before = self.ops
        self._terminator(fn, vis, depth, b, nblocks, arg_types, func_sig)
        # the terminator counts against the block's budget; constants it had to
        # materialize are paid back by the following body ops
        self.debt += self.ops - before - 1

    def _terminator(self, fn, vis, depth, b, nblocks, arg_types, func_sig):
        r = self.r
        if b == nblocks - 1:
            if func_sig is not None:
                vals = [self.value_of_type(vis, t, depth, fn) for t in func_sig[1]]
                self.emit(depth, '"func.return"(%s) : (%s) -> ()' % (
                    ", ".join(vals), ", ".join(func_sig[1])))
            else:
                ys = self.pick_values(vis, r.choice([0, 1, 1, 2]))
                self.emit(depth, '"%s.yield"(%s) : (%s) -> ()' % (
                    self.d, ", ".join(v for v, _ in ys), ", ".join(t for _, t in ys)))
            self.ops += 1
            return
        # forward branch: always to b+1 (keeps every block reachable), maybe also further
        dests = [b + 1]
        if b + 2 < nblocks and r.random() < 0.5:
            dests.append(r.randint(b + 2, nblocks - 1))
        opnds, tys = [], []
        if len(dests) == 2:
            c = self.value_of_type(vis, "i32", depth, fn)
            opnds.append(c)
            tys.append("i32")
        for d in dests:
            for t in arg_types[d]:
                opnds.append(self.value_of_type(vis, t, depth, fn))
                tys.append(t)
        name = "br" if len(dests) == 1 else "cond_br"
        self.emit(depth, '"%s.%s"(%s)[%s] : (%s) -> ()' % (
            self.d, name, ", ".join(opnds), ", ".join("^bb%d" % d for d in dests), ", ".join(tys)))
        self.ops += 1

    def function(self, idx, budget, depth):
        r = self.r
        ins = [self.ty() for _ in range(r.choice([0, 1, 2, 2, 3, 4]))]
        outs = [self.ty() for _ in range(r.choice([0, 1, 1, 1, 2]))]
        name = "f%d" % idx
        fty = "(%s) -> %s" % (", ".join(ins), self.res_types(outs) if outs else "()")
        props = "function_type = %s, sym_name = \"%s\"" % (fty, name)
        if r.random() < 0.2:
            props += ', sym_visibility = "private"'
        self.emit(depth, '"func.func"() <{%s}> ({' % props)
        self.ops += 1
        fn = {"next": 0, "nextarg": 0}  # isolated from above: fresh scope, fresh names
        vis = []
        self.region_body(fn, vis, depth + 1, budget - 1, func_sig=(ins, outs))
        self.emit(depth, "}) : () -> ()")
        self.func_names.append(name)

    def module(self):
        r = self.r
        self.emit(0, '"builtin.module"() ({')
        self.ops += 1
        idx = 0
        # a few module-level unregistered ops
        for i in range(3):
            self.emit(1, '"%s.global"() {sym_name = "g%d", value = %s} : () -> ()%s'
                      % (self.d, i, r.choice(DENSE), "" if i else " loc(unknown)"))
            self.ops += 1
        margin = 40  # constants materialized after a function's last body op
        while True:
            remaining = self.total - self.ops - 1 - self.debt - margin
            if remaining < 12:
                break
            size = min(remaining, int(r.lognormvariate(6.3, 0.8)) + 12)
            if remaining - size < 12:
                size = remaining
            self.function(idx, size, 1)
            idx += 1
        if self.ops > self.total - 1:
            raise SystemExit("gen_module: internal error: overshot the op count")
        self.debt = 0
        # pad to the exact count with module-level ops
        while self.ops < self.total:
            self.emit(1, '"%s.marker"() {index = %d : i64} : () -> ()' % (self.d, self.ops))
            self.ops += 1
        self.emit(0, "}) : () -> ()")


# ---------------------------------------------------------------- checker
LINE_RE = re.compile(r'^\s*(?:(%[\w]+)(?::(\d+))? = )?"([\w.]+)"\((.*?)\)')
LABEL_RE = re.compile(r'^\s*\^bb\d+(?:\((.*)\))?:\s*$')
USE_RE = re.compile(r'%[\w]+(?:#\d+)?')
ISOLATED = ("func.func", "builtin.module")


def check(text):
    """Independent dominance / scoping check of the generated text (its own layout only).

    Model: a stack of open regions; a region is a list of blocks, a block the set of names
    defined so far. A use is fine if the name is in the current block of the innermost
    region or of an enclosing region (defined before the use, since definitions are added
    as lines are read), or in the entry block of one of these regions (the entry block
    dominates the region's other blocks). Lookup stops at an isolated-from-above op.
    Results of an op with regions become visible after its closing line.
    Returns (number of ops, list of errors).
    """
    errors = []
    regions = []   # {"blocks": [set, ...], "isolated": bool, "started": bool}
    pending = []   # result names of the open region ops
    n_ops = 0

    def visible(name):
        for reg in reversed(regions):
            if name in reg["blocks"][-1] or name in reg["blocks"][0]:
                return True
            if reg["isolated"]:
                return False
        return False

    for ln, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        m = LABEL_RE.match(line)
        if m:
            reg = regions[-1]
            blk = set()
            if reg["started"]:
                reg["blocks"].append(blk)
            else:
                reg["blocks"][0] = blk  # label of the entry block
            reg["started"] = True
            if m.group(1):
                for a in m.group(1).split(", "):
                    blk.add(a.split(":")[0])
            continue
        if s.startswith("}, {"):
            iso = regions.pop()["isolated"]
            regions.append({"blocks": [set()], "isolated": iso, "started": False})
            continue
        if s.startswith("})"):
            regions.pop()
            names = pending.pop()
            if regions:
                regions[-1]["blocks"][-1].update(names)
            continue
        m = LINE_RE.match(line)
        if not m:
            errors.append("%d: unrecognised line: %s" % (ln, s[:80]))
            continue
        n_ops += 1
        if regions:
            regions[-1]["started"] = True
        res, cnt, opname, operands = m.groups()
        for use in USE_RE.findall(operands):
            if not visible(use):
                errors.append("%d: use of %s: not defined in a dominating position" % (ln, use))
        names = []
        if res:
            names = ["%s#%d" % (res, i) for i in range(int(cnt))] if cnt else [res]
        if s.endswith("({"):
            pending.append(names)
            regions.append({"blocks": [set()], "isolated": opname in ISOLATED, "started": False})
        elif regions:
            for nm in names:
                if visible(nm):
                    errors.append("%d: redefinition of %s" % (ln, nm))
            regions[-1]["blocks"][-1].update(names)
        if s.endswith("({})") or s.endswith("({}) : () -> ()"):
            errors.append("%d: unexpected layout" % ln)
    if regions:
        errors.append("unbalanced regions at end of file")
    return n_ops, errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ops", type=int, default=100000, help="number of operations (default 100000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", default="-", help="output file (default stdout)")
    ap.add_argument("--dialect", default="bench",
                    help='prefix of the unregistered ops (default "bench"; note "test" is a '
                         "registered dialect in Debian's mlir-opt 22)")
    ap.add_argument("--check", action="store_true",
                    help="re-read the output and check dominance/scoping and the op count")
    a = ap.parse_args()
    if a.ops < 16:
        ap.error("--ops must be at least 16")
    g = Gen(a.ops, a.seed, a.dialect)
    g.module()
    text = "\n".join(g.lines) + "\n"
    if a.out == "-":
        sys.stdout.write(text)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
    if a.check:
        n, errs = check(text)
        for e in errs[:20]:
            print("check: " + e, file=sys.stderr)
        if n != a.ops:
            print("check: op count %d != requested %d" % (n, a.ops), file=sys.stderr)
            sys.exit(1)
        if errs:
            sys.exit(1)
        print("check: ok, %d ops, %d functions, %d bytes" % (n, len(g.func_names), len(text.encode())),
              file=sys.stderr)


if __name__ == "__main__":
    main()
