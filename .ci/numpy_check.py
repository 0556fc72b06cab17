#!/usr/bin/env python3
"""The interpreter against an outside implementation: numpy.

    .ci/numpy_check.py OPT_TOOL

For a few graph programs (matmul, conv2d with strides, padding, dilation and groups,
broadcasting add/mul, bias_add, relu) and a scheduled te matmul, with shapes that
divide nothing: numpy makes the inputs (.npy) and computes the expected result;
`opt-tool FILE --pass=lower-graph,lower-te --run=@main --input=... --check=interp
--output=y.npy` runs the JIT, checks it against the reference interpreter (which runs
the graph/te input itself) and saves the JIT's result; that result must match numpy's.
Since --check=interp already ties the interpreter to the JIT, this ties both to numpy.

Prints one line per case and `N passed, M failed`; exits non-zero on a failure.
"""
import os
import subprocess
import sys
import tempfile

import numpy as np

RTOL, ATOL = 1e-4, 1e-5


def conv2d(x, w, strides, padding, dilation, groups):
    """NCHW x OIHW, as graph.conv2d: out[n, f, y, x] = sum over the group's channels."""
    n, c, h, wd = x.shape
    f, cg, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding[0], padding[0]), (padding[1], padding[1])))
    oh = (h + 2 * padding[0] - dilation[0] * (kh - 1) - 1) // strides[0] + 1
    ow = (wd + 2 * padding[1] - dilation[1] * (kw - 1) - 1) // strides[1] + 1
    out = np.zeros((n, f, oh, ow), dtype=np.float64)
    per_group = f // groups
    for o in range(f):
        g = o // per_group
        for ry in range(kh):
            for rx in range(kw):
                ys = ry * dilation[0]
                xs = rx * dilation[1]
                window = xp[:, g * cg:(g + 1) * cg,
                            ys:ys + strides[0] * (oh - 1) + 1:strides[0],
                            xs:xs + strides[1] * (ow - 1) + 1:strides[1]]
                out[:, o] += np.einsum('nchw,c->nhw', window.astype(np.float64),
                                       w[o, :, ry, rx].astype(np.float64))
    return out


def ty(a):
    return f'tensor<{"x".join(map(str, a.shape))}xf32>'


def cases(rng):
    r = lambda *s: rng.uniform(-1, 1, s).astype(np.float32)

    a, b = r(13, 17), r(17, 31)
    yield 'matmul 13x17x31', [a, b], a.astype(np.float64) @ b, f"""
func.func @main(%a: {ty(a)}, %b: {ty(b)}) -> tensor<13x31xf32> {{
  %c = graph.matmul %a, %b : ({ty(a)}, {ty(b)}) -> tensor<13x31xf32>
  return %c : tensor<13x31xf32>
}}"""

    x, w, bias = r(1, 4, 11, 9), r(6, 2, 3, 2), r(6)
    params = dict(strides=(2, 1), padding=(1, 2), dilation=(2, 1), groups=2)
    expected = conv2d(x, w, **params) + bias.reshape(1, 6, 1, 1)
    expected = np.maximum(expected, 0)
    out = f'tensor<{"x".join(map(str, expected.shape))}xf32>'
    yield 'conv2d strides/padding/dilation/groups + bias + relu', [x, w, bias], expected, f"""
func.func @main(%x: {ty(x)}, %w: {ty(w)}, %b: {ty(bias)}) -> {out} {{
  %y = graph.conv2d %x, %w {{strides = array<i64: 2, 1>, padding = array<i64: 1, 2>, dilation = array<i64: 2, 1>, groups = 2 : i64}} : ({ty(x)}, {ty(w)}) -> {out}
  %z = graph.bias_add %y, %b : ({out}, {ty(bias)}) -> {out}
  %r = graph.relu %z : ({out}) -> {out}
  return %r : {out}
}}"""

    p, q = r(2, 1, 5), r(3, 1)
    s = r(2, 3, 5)
    expected = (p.astype(np.float64) + q) * s
    yield 'broadcasting add and mul', [p, q, s], expected, f"""
func.func @main(%p: {ty(p)}, %q: {ty(q)}, %s: {ty(s)}) -> tensor<2x3x5xf32> {{
  %a = graph.add %p, %q : ({ty(p)}, {ty(q)}) -> tensor<2x3x5xf32>
  %m = graph.mul %a, %s : (tensor<2x3x5xf32>, {ty(s)}) -> tensor<2x3x5xf32>
  return %m : tensor<2x3x5xf32>
}}"""

    a, b = r(67, 45), r(45, 131)
    yield 'te matmul with a tiled, vectorized, parallel schedule', [a, b], a.astype(np.float64) @ b, f"""
func.func @main(%A: {ty(a)}, %B: {ty(b)}) -> tensor<67x131xf32> {{
  %C = te.compute [i = %i, j = %j] : tensor<67x131xf32> schedule #te.schedule<[tile(j, i, 16, 4) -> (jo, io, ji, ii), reorder(jo, io, k, ii, ji), unroll(ii), vectorize(ji), cache_write(io), cache_read(1, jo), parallel(jo)]> {{
    %s = te.sum [k = %k in 45] : f32 {{
      %x = te.read %A[%i, %k] : {ty(a)}
      %y = te.read %B[%k, %j] : {ty(b)}
      %p = arith.mulf %x, %y : f32
      te.yield %p : f32
    }}
    te.yield %s : f32
  }}
  return %C : tensor<67x131xf32>
}}"""


def main():
    tool = sys.argv[1]
    rng = np.random.default_rng(7)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, inputs, expected, program) in enumerate(cases(rng)):
            paths = []
            for i, a in enumerate(inputs):
                paths.append(os.path.join(tmp, f'{k}-in{i}.npy'))
                np.save(paths[-1], a)
            src = os.path.join(tmp, f'{k}.mlir')
            out = os.path.join(tmp, f'{k}-out.npy')
            with open(src, 'w') as f:
                f.write(program)
            cmd = [tool, src, '--pass=lower-graph,lower-te', '--run=@main',
                   '--input=' + ','.join(paths), '--check=interp', '--output=' + out]
            p = subprocess.run(cmd, capture_output=True, text=True)
            if p.returncode != 0:
                print(f'FAIL {name}: {" ".join(cmd)}\n{p.stdout}{p.stderr}')
                failed += 1
                continue
            got = np.load(out)
            if got.shape != expected.shape or not np.allclose(got, expected, rtol=RTOL, atol=ATOL):
                diff = np.max(np.abs(got - expected)) if got.shape == expected.shape else 'shape'
                print(f'FAIL {name}: opt-tool and numpy differ (largest difference {diff}; '
                      f'shapes {got.shape} and {expected.shape})')
                failed += 1
                continue
            print(f'ok {name}: {got.shape} matches numpy; {p.stdout.strip().splitlines()[-1]}')
            passed += 1
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
