#!/usr/bin/env bash
# canonicalize + cse, opt-tool vs mlir-opt 22, on the same arith/scf module (every op
# registered in both tools): `opt-tool --pass=canonicalize,cse` at --threads=1 and 2
# against `mlir-opt --canonicalize --cse` with --mlir-disable-threading and with its
# default thread pool (2 threads on this machine), then the same nested on functions. Prints median wall time and peak RSS per
# configuration, the op counts before and after, and the ratios; checks that mlir-opt
# accepts opt-tool's output and that opt-tool's outputs agree across thread counts.
#
#   bench/canonicalize_cse.sh                  # FUNCS=440 (about 100k ops), REPS=5
#   FUNCS=2000 REPS=3 bench/canonicalize_cse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
FUNCS=${FUNCS:-440}
REPS=${REPS:-5}
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
out=${OUT_DIR:-bench/out}
mkdir -p "$out"
cargo build --release --quiet --bin opt-tool
tool=target/release/opt-tool
input="$out/arith-scf-$FUNCS.mlir"
python3 bench/gen_arith_scf.py --funcs "$FUNCS" >"$input"

count_ops() { grep -cE '^ *(%[^=]+ = )?"[A-Za-z_][A-Za-z0-9_$.]*"\(' "$1" || true; }
"$MLIR_OPT" --mlir-print-op-generic "$input" -o "$out/input.generic.mlir"
ops_in=$(count_ops "$out/input.generic.mlir")

# run NAME CMD...: REPS timed runs (after one warm-up); prints "NAME median_s peak_MiB".
run() {
  local name=$1
  shift
  "$@" >/dev/null
  local times=() peak=0
  for _ in $(seq "$REPS"); do
    python3 bench/measure.py -o "$out/measure" -- "$@" >/dev/null
    read -r wall rss <"$out/measure"
    times+=("$wall")
    ((rss > peak)) && peak=$rss
  done
  python3 - "$name" "$peak" "${times[@]}" <<'PY'
import statistics, sys
name, peak, times = sys.argv[1], int(sys.argv[2]), [float(t) for t in sys.argv[3:]]
print(f"{name} {statistics.median(times):.3f} {peak / 1024:.1f}")
PY
}

# Module-level passes (`--canonicalize --cse`) run on the whole module at once; nested
# on functions (`func.func(canonicalize,cse)`), both tools may spread functions over
# threads.
nested='builtin.module(func.func(canonicalize,cse))'
results=$(
  run "opt-tool(1)" "$tool" "$input" --pass=canonicalize,cse --threads=1 --emit=generic -o "$out/ours-1.mlir"
  run "opt-tool(2)" "$tool" "$input" --pass=canonicalize,cse --threads=2 --emit=generic -o "$out/ours-2.mlir"
  run "mlir-opt(1)" "$MLIR_OPT" "$input" --canonicalize --cse --mlir-disable-threading --mlir-print-op-generic -o "$out/theirs-1.mlir"
  run "mlir-opt(2)" "$MLIR_OPT" "$input" --canonicalize --cse --mlir-print-op-generic -o "$out/theirs-n.mlir"
  run "nest-opt-tool(1)" "$tool" "$input" --pass-pipeline="$nested" --threads=1 --emit=generic -o "$out/ours-nest-1.mlir"
  run "nest-opt-tool(2)" "$tool" "$input" --pass-pipeline="$nested" --threads=2 --emit=generic -o "$out/ours-nest-2.mlir"
  run "nest-mlir-opt(1)" "$MLIR_OPT" "$input" --pass-pipeline="$nested" --mlir-disable-threading --mlir-print-op-generic -o "$out/theirs-nest-1.mlir"
  run "nest-mlir-opt(2)" "$MLIR_OPT" "$input" --pass-pipeline="$nested" --mlir-print-op-generic -o "$out/theirs-nest-n.mlir"
)

cmp -s "$out/ours-1.mlir" "$out/ours-2.mlir" || { echo "opt-tool outputs differ between --threads=1 and 2" >&2; exit 1; }
cmp -s "$out/ours-nest-1.mlir" "$out/ours-nest-2.mlir" || { echo "nested: opt-tool outputs differ between --threads=1 and 2" >&2; exit 1; }
cmp -s "$out/ours-1.mlir" "$out/theirs-1.mlir" && echo "opt-tool's output is byte-identical to mlir-opt's"
cmp -s "$out/ours-nest-1.mlir" "$out/theirs-nest-1.mlir" && echo "nested: opt-tool's output is byte-identical to mlir-opt's"
"$MLIR_OPT" "$out/ours-1.mlir" -o /dev/null || { echo "mlir-opt rejects opt-tool's output" >&2; exit 1; }
ops_ours=$(count_ops "$out/ours-1.mlir")
ops_theirs=$(count_ops "$out/theirs-1.mlir")

echo "module: $FUNCS functions, $ops_in ops ($input); median of $REPS runs"
echo "ops after canonicalize,cse: opt-tool $ops_ours, mlir-opt $ops_theirs"
printf '%-17s %9s %13s\n' config "median s" "peak RSS MiB"
while read -r name t m; do printf '%-17s %9s %13s\n' "$name" "$t" "$m"; done <<<"$results"
python3 - <<PY
r = {l.split()[0]: (float(l.split()[1]), float(l.split()[2])) for l in """$results""".splitlines()}
for prefix, label in (("", "module-level"), ("nest-", "func.func-nested")):
    o1, o2 = r[prefix + "opt-tool(1)"], r[prefix + "opt-tool(2)"]
    m1, m2 = r[prefix + "mlir-opt(1)"], r[prefix + "mlir-opt(2)"]
    print(f"{label}: ours/mlir-opt 1 thread time {o1[0]/m1[0]:.2f}x RSS {o1[1]/m1[1]:.2f}x; "
          f"2 threads time {o2[0]/m2[0]:.2f}x RSS {o2[1]/m2[1]:.2f}x; "
          f"speedup 1->2 threads: opt-tool {o1[0]/o2[0]:.2f}x, mlir-opt {m1[0]/m2[0]:.2f}x")
PY
