#!/usr/bin/env bash
# Scaling of the pass manager's parallel nests: times `opt-tool --pass=dce` on a module of
# FUNCS functions (default 400) of about OPS ops each (default 300) with --threads=1 and
# --threads=2 (and THREADS_MAX, default: the CPU count, when above 2), checks that the
# outputs are byte-identical, and prints the times and the speedup.
#
#   bench/passes_scaling.sh                 # FUNCS=1000 OPS=500 REPS=5 for a bigger run
set -euo pipefail
cd "$(dirname "$0")/.."
FUNCS=${FUNCS:-400}
OPS=${OPS:-300}
REPS=${REPS:-3}
PASS=${PASS:-dce}
THREADS_MAX=${THREADS_MAX:-$(nproc)}
out=${OUT_DIR:-bench/out}
mkdir -p "$out"
cargo build --release --quiet --bin opt-tool
tool=target/release/opt-tool
input="$out/funcs-$FUNCS-$OPS.mlir"

# Each function: blocks of 50 unregistered ops chained by cf.br, then a return; one block in
# four is unreachable (dce erases it).
python3 - "$FUNCS" "$OPS" >"$input" <<'PY'
import sys
funcs, ops = int(sys.argv[1]), int(sys.argv[2])
per_block = 50
blocks = max(2, ops // (per_block + 1))
out = ["module {"]
for f in range(funcs):
    out.append(f"  func.func @f{f}(%arg0: i32) -> i32 {{")
    cur = "%arg0"
    for b in range(blocks):
        if b > 0:
            out.append(f"  ^bb{b}(%a{b}: i32):")
            cur = f"%a{b}"
        for k in range(per_block):
            out.append(f'    %v{b}_{k} = "bench.op"({cur}) {{k = {k} : i64, f = {f} : i64}} : (i32) -> i32')
            cur = f"%v{b}_{k}"
        nxt = b + 1
        while nxt < blocks and nxt % 4 == 3:
            nxt += 1
        if nxt < blocks:
            out.append(f"    cf.br ^bb{nxt}({cur} : i32)")
        else:
            out.append(f"    return {cur} : i32")
    out.append("  }")
out.append("}")
print("\n".join(out))
PY
nops=$(grep -c '=' "$input" || true)
echo "module: $FUNCS functions, ~$nops ops ($input), pass: $PASS, best of $REPS"

best() { # threads -> best wall seconds
    local t=$1 best=""
    for _ in $(seq "$REPS"); do
        local s e
        s=$(date +%s.%N)
        "$tool" "$input" --allow-unregistered-dialect --pass="$PASS" --threads="$t" -o "$out/scaling-$t.mlir"
        e=$(date +%s.%N)
        best=$(python3 -c "a='$best'; d=$e-$s; print(d if not a else min(float(a), d))")
    done
    echo "$best"
}

t1=$(best 1)
printf '  --threads=1: %.3f s\n' "$t1"
for t in 2 $( [ "$THREADS_MAX" -gt 2 ] && echo "$THREADS_MAX" ); do
    tn=$(best "$t")
    cmp -s "$out/scaling-1.mlir" "$out/scaling-$t.mlir" || { echo "outputs differ for --threads=$t" >&2; exit 1; }
    printf '  --threads=%d: %.3f s  speedup %.2fx (output identical)\n' "$t" "$tn" "$(python3 -c "print($t1/$tn)")"
done
