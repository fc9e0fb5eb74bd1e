#!/usr/bin/env bash
# Memory of the console, A/B in one run: RSS after start, then under 50 concurrent API clients (a mix of valid and
# invalid calls, as bench/hardening.sh sends) for 60 s, sampled every 5 s, for:
#   base     the console of another commit as it shipped (default: main)
#   console  this commit's `bin/console` (needs target/console: bin/mvn -Paot-cache package -DskipTests)
# Prints per variant: RSS after start, after the warm-up (the first 20 s of load), at the end and the largest sample,
# as medians and spread over the rounds; "growth" is end minus warm-up (flat: about 0).
# Usage: bench/memory.sh [--base REF] [rounds] [seconds]   (default: main, 2 rounds, 60 s)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/ab.sh
PORT="${PORT:-18082}"
base_ref=main
if [ "${1:-}" = --base ]; then base_ref=$2; shift 2; fi
rounds=${1:-2} seconds=${2:-60}
bench_base "$base_ref"
[ -f target/console/console.jar ] || { echo "no target/console: bin/mvn -Paot-cache package -DskipTests" >&2; exit 1; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1048576)}' /proc/meminfo) GB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "base $BASE_SHA: $BASE_CMD"

load() {
  python3 bench/api_load.py "$PORT" "$seconds"
}

declare -A start warm end peak
for round in $(seq 1 "$rounds"); do
  for v in base console; do
    if [ $v = base ]; then cmd=$BASE_CMD; else cmd="$PWD/bin/console"; fi
    bench_start "$PORT" "$cmd"
    sleep 3
    r0=$(bench_rss "$CONSOLE_PID")
    start[$v]+="$r0 "
    load >"$CONSOLE_DIR/load.txt" &
    loader=$!
    samples=()
    for _ in $(seq 5 5 "$seconds"); do sleep 5; samples+=("$(bench_rss "$CONSOLE_PID")"); done
    wait $loader
    warm[$v]+="${samples[3]} " end[$v]+="${samples[-1]} "
    peak[$v]+="$(printf '%s\n' "${samples[@]}" | sort -n | tail -1) "
    echo "round $round $v: RSS $r0 MB after start; under load every 5 s: ${samples[*]} MB; $(cat "$CONSOLE_DIR/load.txt")"
    bench_stop
  done
done
for v in base console; do
  # shellcheck disable=SC2086
  {
    echo "$v RSS (MB): after start $(bench_stats ${start[$v]})"
    echo "        after 20 s of load $(bench_stats ${warm[$v]}); at the end $(bench_stats ${end[$v]}); largest $(bench_stats ${peak[$v]})"
  }
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
