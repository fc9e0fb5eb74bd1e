#!/usr/bin/env bash
# Start time and memory of the console, A/B in one run: time from the command to the first HTTP 200 on /, to the first
# answer of profiles:fetch (everything created, the curves built), and RSS two seconds later, for three ways to start
# it, in interleaved rounds:
#   base     the console of another commit as it shipped (default: main)
#   jar      this commit's jar with plain `java -jar` (the JVM's own options, no cache)
#   console  this commit's `bin/console` (bounded heap, serial collector, AOT cache from target/console)
# Prints each figure's median and spread, and the console/jar and console/base ratios within each round.
# Usage: bench/startup.sh [--base REF] [--no-build] [rounds]   (default: main, builds this commit with -Paot-cache, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/ab.sh
PORT="${PORT:-18080}"
base_ref=main build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base_ref=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    *) break ;;
  esac
done
rounds=${1:-5}

if [ "$build" = yes ]; then
  start=$(date +%s)
  bin/mvn -B -ntp clean package -Paot-cache -DskipTests >/tmp/iqc-bench-build.log 2>&1 \
    || { tail -30 /tmp/iqc-bench-build.log; exit 1; }
  echo "clean build with the AOT cache (package -Paot-cache, no tests): $(($(date +%s) - start)) s"
fi
bench_base "$base_ref"
jar=$(ls target/inference-quickstart-console-*.jar | grep -v original | head -1)
printf 'jar %.1f MB; AOT cache %s MB\n' "$(echo "$(stat -c %s "$jar") / 1000000" | bc -l)" \
  "$(($(stat -c %s target/console/console.aot 2>/dev/null || echo 0) / 1000000))"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); base $BASE_SHA: $BASE_CMD"

declare -A ms ready rss last
vs_jar="" vs_base=""
variants=(base jar console)
for round in $(seq 1 "$rounds"); do
  line="round $round:"
  for v in "${variants[@]}"; do
    case $v in
      base) cmd=$BASE_CMD ;;
      jar) cmd="$JAVA -jar $PWD/$jar" ;;
      console) cmd="$PWD/bin/console" ;;
    esac
    bench_start "$PORT" "$cmd"
    bench_ready "$PORT"
    sleep 2
    r=$(bench_rss "$CONSOLE_PID")
    ms[$v]+="$FIRST_200_MS " ready[$v]+="$READY_MS " rss[$v]+="$r "
    line+=" $v ${FIRST_200_MS} ms, API ${READY_MS} ms, ${r} MB;"
    last[$v]=$FIRST_200_MS
    bench_stop
  done
  # the ratio within a round: the machine's drift between rounds hits both sides of it alike
  vs_jar+="$(echo "${last[console]} / ${last[jar]}" | bc -l) " vs_base+="$(echo "${last[console]} / ${last[base]}" | bc -l) "
  echo "$line"
done
for v in "${variants[@]}"; do
  # shellcheck disable=SC2086
  printf '%-8s first HTTP 200: %s ms; profiles:fetch answered: %s ms; RSS after start: %s MB\n' "$v" \
    "$(bench_stats ${ms[$v]})" "$(bench_stats ${ready[$v]})" "$(bench_stats ${rss[$v]})"
done
# shellcheck disable=SC2086
echo "first HTTP 200, console/jar per round: $(bench_stats $vs_jar); console/base per round: $(bench_stats $vs_base)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
