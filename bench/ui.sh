#!/usr/bin/env bash
# Page loads in Debian's Chromium, A/B in one run: the console of another commit as it shipped (default: main) and this
# commit's bin/console run side by side, and every sample loads each in turn: the About page (Vaadin's own start-up,
# the floor of any first load), the catalog and the deploy page with its chart drawn, each in a new browser context
# (the browser's cache empty, the servers warm); then repeat visits (cache warm) and the server round trip when the
# NTPOT target changes. Prints p50, p95 and max per figure.
# Usage: bench/ui.sh [--base REF] [--no-build] [samples]   (default: main, builds this commit with -Paot-cache, 10)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/ab.sh
[[ -x /usr/bin/chromium ]] || { echo "needs Debian's chromium: apt-get install -y chromium" >&2; exit 1; }
base_ref=main build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base_ref=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    *) break ;;
  esac
done

if [ "$build" = yes ]; then
  bin/mvn -B -ntp package -Paot-cache -DskipTests >/tmp/iqc-bench-ui-build.log 2>&1 \
    || { tail -30 /tmp/iqc-bench-ui-build.log; exit 1; }
else
  bin/mvn -B -ntp -q test-compile -Dspotless.check.skip=true
fi
bin/mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
bench_base "$base_ref"

bench_start 18083 "$BASE_CMD"
base_pid=$CONSOLE_PID base_dir=$CONSOLE_DIR
bench_start 18084 "$PWD/bin/console"
trap 'kill $base_pid $CONSOLE_PID 2>/dev/null; wait 2>/dev/null; rm -rf "$base_dir" "$CONSOLE_DIR"' EXIT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); base $BASE_SHA: $BASE_CMD"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.iqconsole.deploy.ui.UiBenchmark "${1:-10}" "base=http://127.0.0.1:18083" "console=http://127.0.0.1:18084"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
