#!/usr/bin/env bash
# Where a first page load goes in Debian's Chromium: this commit's bin/console started in a new folder, then
# dev.iqconsole.deploy.ui.PageLoadBreakdown loads a static file of the same server (the floor), the About page, the
# catalog and the deploy page, each in a new browser context, and prints medians of the navigation and resource timing
# of every request, first paint and Chromium's main-thread metrics (script, compile, layout, style).
# Usage: bench/page-breakdown.sh [--no-build] [samples]   (default: builds with -Paot-cache first, 8 samples)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/ab.sh
[[ -x /usr/bin/chromium ]] || { echo "needs Debian's chromium: apt-get install -y chromium" >&2; exit 1; }
if [ "${1:-}" = --no-build ]; then
  shift
  bin/mvn -B -ntp -q test-compile -Dspotless.check.skip=true
else
  bin/mvn -B -ntp package -Paot-cache -DskipTests >/tmp/iqc-bench-pages-build.log 2>&1 \
    || { tail -30 /tmp/iqc-bench-pages-build.log; exit 1; }
fi
bin/mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
bench_start 18085 "$PWD/bin/console"
trap 'bench_stop' EXIT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.iqconsole.deploy.ui.PageLoadBreakdown "${1:-8}" "http://127.0.0.1:18085"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
