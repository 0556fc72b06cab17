#!/usr/bin/env python3
"""Matmul and conv2d through the whole compiler, against numpy and torch.

    bench/gemm_conv.py                 # all workloads, 1 and 2 threads
    REPS=20 bench/gemm_conv.py         # more timed calls per figure
    OPT_TOOL=path bench/gemm_conv.py   # use this binary instead of building one

Workloads: f32 matmul at 256, 512 and 1024, and the ResNet-18 conv2d layer
(1x64x56x56 input, 64 filters 3x3, padding 1). Each is written at the te level
(bench/out/*.mlir, regenerated every run) with three schedules:

  none   the naive loop nest;
  tiled  cache tiling with a vectorized inner loop;
  best   the classic CPU recipe: a register tile (rows unrolled, a 64-lane or
         32-lane vector of columns or filters accumulated in a local buffer that
         LLVM keeps in registers), the B panel (the filters) packed by cache_read,
         and a parallel outer loop (for conv2d, also a parallel padding compute).

Every figure is `opt-tool FILE --pass=lower-te --run=@main --input=random:seed=1
--repeat=REPS --threads=T`: the median time of REPS calls of the JIT-compiled
function, and GFLOP/s from the op count of the te program. The three schedules
of a workload run on the same inputs, and their checksums must agree (a wrong
schedule fails the run). Beside them, in the same run: numpy.matmul (OpenBLAS,
OPENBLAS_NUM_THREADS=T) and torch.nn.functional.conv2d (torch.set_num_threads(T)),
median of REPS calls, when the python running this script has them.

Also printed: compile time of the best 1024 matmul, `opt-tool --pass=lower-te
--emit=obj` (lower-te, LLVM -O3 for the host CPU, machine code), median of 5.
"""
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'bench', 'out')
REPS = int(os.environ.get('REPS', '10'))
THREADS = (1, 2)

MATMUL = """func.func @main(%A: tensor<NxNxf32>, %B: tensor<NxNxf32>) -> tensor<NxNxf32> {
  %C = te.compute [i = %i, j = %j] : tensor<NxNxf32> SCHEDULE{
    %s = te.sum [k = %k in N] : f32 {
      %a = te.read %A[%i, %k] : tensor<NxNxf32>
      %b = te.read %B[%k, %j] : tensor<NxNxf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %C : tensor<NxNxf32>
}
"""

# The padding is its own compute (as TVM's data_pad), so that the convolution's
# inner loops read without bounds checks.
CONV = """func.func @main(%X: tensor<1x64x56x56xf32>, %W: tensor<64x64x3x3xf32>) -> tensor<1x64x56x56xf32> {
  %P = te.compute [n = %n, c = %c, h = %h, w = %w] : tensor<1x64x58x58xf32> PADSCHEDULE{
    %c1 = arith.constant 1 : index
    %hh = arith.subi %h, %c1 : index
    %ww = arith.subi %w, %c1 : index
    %v = te.read %X[%n, %c, %hh, %ww] {padding = 0.0 : f32} : tensor<1x64x56x56xf32>
    te.yield %v : f32
  }
  %O = te.compute [n = %n, f = %f, y = %y, x = %x] : tensor<1x64x56x56xf32> SCHEDULE{
    %s = te.sum [c = %c in 64, ry = %ry in 3, rx = %rx in 3] : f32 {
      %yy = arith.addi %y, %ry : index
      %xx = arith.addi %x, %rx : index
      %a = te.read %P[%n, %c, %yy, %xx] : tensor<1x64x58x58xf32>
      %b = te.read %W[%f, %c, %ry, %rx] : tensor<64x64x3x3xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %O : tensor<1x64x56x56xf32>
}
"""

MATMUL_SCHEDULES = {
    'none': '',
    'tiled': 'tile(i, j, 32, 32) -> (io, jo, ii, ji), reorder(io, jo, ii, k, ji), vectorize(ji)',
    'best': 'tile(j, i, 64, 4) -> (jo, io, ji, ii), reorder(jo, io, k, ii, ji), unroll(ii), '
            'vectorize(ji), cache_write(io), cache_read(1, jo), parallel(jo)',
}

CONV_SCHEDULES = {
    'none': '',
    'tiled': 'split(x, 8) -> (xo, xi), reorder(n, f, y, xo, c, ry, rx, xi), vectorize(xi)',
    'best': 'split(f, 32) -> (fo, fi), split(x, 7) -> (xo, xi), '
            'reorder(n, fo, y, xo, c, ry, rx, xi, fi), unroll(xi), vectorize(fi), '
            'cache_write(xo), cache_read(1, fo, [1, 2, 3, 0]), parallel(fo)',
}


def program(template, schedule, n=None):
    text = template.replace('N', str(n)) if n else template
    # The conv2d's padding compute: parallel over channels in the best schedule.
    pad = 'fuse(n, c) -> (nc), parallel(nc)' if 'parallel' in schedule else ''
    text = text.replace('PADSCHEDULE', f'schedule #te.schedule<[{pad}]> ' if pad else '')
    return text.replace('SCHEDULE', f'schedule #te.schedule<[{schedule}]> ' if schedule else '')


def opt_tool():
    if os.environ.get('OPT_TOOL'):
        return os.environ['OPT_TOOL']
    print('building opt-tool (release)...', file=sys.stderr)
    subprocess.run(['cargo', 'build', '--release', '--bin', 'opt-tool'], cwd=ROOT, check=True,
                   stdin=subprocess.DEVNULL)
    return os.path.join(ROOT, 'target', 'release', 'opt-tool')


def run_ours(tool, path, threads):
    """(GFLOP/s, checksum of the result) of one opt-tool --run."""
    cmd = [tool, path, '--pass=lower-te', '--run=@main', '--input=random:seed=1',
           f'--repeat={REPS}', f'--threads={threads}']
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f'failed: {" ".join(cmd)}\n{p.stderr}')
    rate = re.search(r'median time over \d+ runs: [\d.]+ \w+, ([\d.]+) GFLOP/s', p.stdout + p.stderr)
    checksum = re.search(r'result #0: .* checksum (\S+)', p.stdout)
    if not rate or not checksum:
        sys.exit(f'no rate or checksum in the output of {" ".join(cmd)}:\n{p.stdout}{p.stderr}')
    return float(rate.group(1)), float(checksum.group(1))


def run_reference(kind, size, threads):
    """GFLOP/s of numpy.matmul or torch conv2d in a child python (thread count set
    before the library loads), or None when the library is missing."""
    if kind == 'matmul':
        code = f"""
import numpy as np, time
n = {size}
a = np.random.rand(n, n).astype(np.float32); b = np.random.rand(n, n).astype(np.float32)
f = lambda: a @ b
flop = 2 * n ** 3
"""
    else:
        code = f"""
import torch, time
torch.set_num_threads({threads})
x = torch.randn(1, 64, 56, 56); w = torch.randn(64, 64, 3, 3)
f = lambda: torch.nn.functional.conv2d(x, w, padding=1)
flop = 2 * 64 * 56 * 56 * 64 * 9
"""
    code += f"""
for _ in range(3): f()
ts = []
for _ in range({REPS}):
    t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
ts.sort()
print(flop / ts[len(ts) // 2] / 1e9)
"""
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
    p = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        return None
    return float(p.stdout.strip())


def compile_time(tool, path):
    obj = os.path.join(OUT, 'compile.o')
    times = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([tool, path, '--pass=lower-te', '--emit=obj', '-o', obj], check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    os.makedirs(OUT, exist_ok=True)
    tool = opt_tool()
    workloads = [(f'matmul {n}', 'matmul', n, MATMUL, MATMUL_SCHEDULES) for n in (256, 512, 1024)]
    workloads.append(('conv2d resnet18', 'conv2d', None, CONV, CONV_SCHEDULES))
    ref_name = {'matmul': 'numpy', 'conv2d': 'torch'}
    print(f'GFLOP/s, median of {REPS} calls ({os.cpu_count()} cores)')
    header = f'{"workload":<16} {"threads":>7} ' + ' '.join(f'{s:>8}' for s in ('none', 'tiled', 'best')) \
        + f' {"reference":>14} {"best/ref":>8}'
    print(header)
    print('-' * len(header))
    best_1024 = None
    for name, kind, n, template, schedules in workloads:
        paths = {}
        for sched, steps in schedules.items():
            path = os.path.join(OUT, f'{kind}{n or ""}-{sched}.mlir')
            with open(path, 'w') as f:
                f.write(program(template, steps, n))
            paths[sched] = path
        if kind == 'matmul' and n == 1024:
            best_1024 = paths['best']
        for threads in THREADS:
            rates, sums = {}, {}
            for sched, path in paths.items():
                rates[sched], sums[sched] = run_ours(tool, path, threads)
            base = sums['none']
            for sched, s in sums.items():
                if abs(s - base) > 1e-3 * max(1.0, abs(base)):
                    sys.exit(f'{name}: schedule {sched} gives checksum {s}, the naive loops {base}')
            ref = run_reference(kind, n, threads)
            ref_text = f'{ref_name[kind]} {ref:7.1f}' if ref else f'{ref_name[kind]}: n/a'
            ratio = f'{rates["best"] / ref:8.2f}' if ref else f'{"":>8}'
            print(f'{name:<16} {threads:>7} ' + ' '.join(f'{rates[s]:8.1f}' for s in ('none', 'tiled', 'best'))
                  + f' {ref_text:>14} {ratio}', flush=True)
    if best_1024:
        print(f'\ncompile time, best 1024 matmul (lower-te + LLVM -O3 + object code): '
              f'{compile_time(tool, best_1024) * 1e3:.0f} ms (median of 5 opt-tool runs)')


if __name__ == '__main__':
    main()
