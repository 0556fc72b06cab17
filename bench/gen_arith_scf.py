#!/usr/bin/env python3
"""Generate a large arith/scf module for the canonicalize + cse benchmark.

    gen_arith_scf.py [--funcs N] [--body K] [--seed S]  > module.mlir

Each function runs an `scf.for` with two iter_args whose body is K groups of ops
(seeded, deterministic): constant arithmetic to fold, identities (x*1, x+0, x-x),
repeated expressions for CSE, comparisons feeding `arith.select` and `scf.if` with
results (sometimes on a constant condition), an inner `scf.for` with a zero trip count
now and then, and dead values. Every op is registered in MLIR (no unregistered ops), so
`mlir-opt --canonicalize --cse` and `opt-tool --pass=canonicalize,cse` work on exactly
the same input. Python 3 standard library only.
"""

import argparse
import random
import sys


def gen_group(r, out, ind, acc, other, n):
    """Appends one group of ops using the values `acc`, `other`; returns the new acc."""
    p = f"%g{n}"
    k1, k2 = r.randint(1, 9), r.randint(1, 9)
    lines = [
        f"{p}_k1 = arith.constant {k1} : i32",
        f"{p}_k2 = arith.constant {k2} : i32",
        f"{p}_k = arith.addi {p}_k1, {p}_k2 : i32",          # folds to a constant
        f"{p}_one = arith.constant 1 : i32",
        f"{p}_zero = arith.constant 0 : i32",
        f"{p}_a = arith.addi {acc}, {other} : i32",
        f"{p}_b = arith.addi {acc}, {other} : i32",          # CSE with _a
        f"{p}_m = arith.muli {p}_a, {p}_one : i32",          # x*1
        f"{p}_z = arith.addi {p}_m, {p}_zero : i32",         # x+0
        f"{p}_s = arith.subi {p}_b, {p}_b : i32",            # x-x
        f"{p}_t = arith.addi {p}_z, {p}_s : i32",
        f"{p}_u = arith.muli {p}_t, {p}_k : i32",
        f"{p}_c = arith.cmpi slt, {p}_u, {other} : i32",
        f"{p}_sel = arith.select {p}_c, {p}_u, {p}_t : i32",
        f"{p}_dead = arith.xori {p}_sel, {p}_k : i32",       # unused
    ]
    if r.random() < 0.5:
        cond = f"{p}_c" if r.random() < 0.7 else f"{p}_true"
        if cond.endswith("_true"):
            lines.append(f"{p}_true = arith.constant true")
        lines += [
            f"{p}_if = scf.if {cond} -> (i32) {{",
            f"  {p}_i1 = arith.addi {p}_sel, {p}_k : i32",
            f"  scf.yield {p}_i1 : i32",
            "} else {",
            f"  {p}_i2 = arith.subi {p}_sel, {p}_k : i32",
            f"  scf.yield {p}_i2 : i32",
            "}",
        ]
        res = f"{p}_if"
    else:
        res = f"{p}_sel"
    if r.random() < 0.2:
        lines += [
            f"{p}_lb = arith.constant 4 : index",
            f"{p}_ub = arith.constant 4 : index",
            f"{p}_st = arith.constant 1 : index",
            f"{p}_loop = scf.for {p}_j = {p}_lb to {p}_ub step {p}_st iter_args({p}_x = {res}) -> (i32) {{",
            f"  {p}_y = arith.addi {p}_x, {p}_k : i32",
            f"  scf.yield {p}_y : i32",
            "}",
        ]
        res = f"{p}_loop"
    out.extend(ind + l for l in lines)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--funcs", type=int, default=440)
    ap.add_argument("--body", type=int, default=12, help="op groups per loop body")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    r = random.Random(a.seed)
    out = ["module {"]
    n = 0
    for f in range(a.funcs):
        out.append(f"  func.func @f{f}(%a: i32, %b: i32, %n: index) -> (i32, i32) {{")
        out.append("    %c0 = arith.constant 0 : index")
        out.append("    %c1 = arith.constant 1 : index")
        out.append("    %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %y = %b) -> (i32, i32) {")
        acc, other = "%x", "%y"
        for _ in range(a.body):
            acc, other = gen_group(r, out, "      ", acc, other, n), acc
            n += 1
        out.append(f"      scf.yield {acc}, {other} : i32, i32")
        out.append("    }")
        out.append("    return %r#0, %r#1 : i32, i32")
        out.append("  }")
    out.append("}")
    text = "\n".join(out) + "\n"
    sys.stdout.write(text)
    print(f"gen_arith_scf: {a.funcs} functions", file=sys.stderr)

if __name__ == "__main__":
    main()
