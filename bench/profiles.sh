#!/usr/bin/env bash
# What building the curves costs at start (fresh JVMs), then benchmarks of profiles:fetch: in-process over the
# bundled catalog and a synthetic one of 20,000 curves x 20 points, the plain path beside the engine in one run (goals:
# one model p99 < 1 ms; all models well under 10 ms, leaving room for HTTP and JSON), and the HTTP round trip through the API on loopback (goal p99 < 10 ms). JMH sample mode; prints p50 and p99 per benchmark. Raw JSON: bench/out/profiles.json.
# Usage: bench/profiles.sh [JMH regexp, default: all of them] [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
iqc_select_jdk

# Compiles main and test code (JMH's processor generates the harness); the Vaadin step writes the production-mode
# marker the HTTP benchmark's app needs. No tests are run.
bin/mvn -B -ntp -q test-compile
bin/mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CLASSPATH="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

mkdir -p bench/out
# What the curves cost at start (CurveStartCost): five fresh JVMs as at `java -jar`, medians and ranges.
echo "curves at start, 5 fresh JVMs, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in 1 2 3 4 5; do
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $IQC_JVM_OPTIONS -cp "$CLASSPATH" dev.iqconsole.profile.CurveStartCost 2>/dev/null | grep '^catalog_bean_ms'
done > bench/out/start-cost.tsv
python3 - bench/out/start-cost.tsv <<'PY'
import statistics, sys
runs = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
for i in range(0, len(runs[0]), 2):
    values = [float(r[i + 1]) for r in runs]
    print(f"  {runs[0][i]:24} median {statistics.median(values):9.1f}  range {min(values):.1f}-{max(values):.1f}")
PY

PATTERN="${1:-ProfilesFetchBenchmark|ApiRoundTripBenchmark}"
shift || true
# The forked JVMs get the console's own JVM options (IQC_JVM_OPTIONS).
JVM_OPTIONS=()
[ -n "$IQC_JVM_OPTIONS" ] && JVM_OPTIONS=(-jvmArgsAppend "$IQC_JVM_OPTIONS")
"$JAVA_HOME/bin/java" -cp "$CLASSPATH" org.openjdk.jmh.Main "$PATTERN" "${JVM_OPTIONS[@]}" \
  -rf json -rff bench/out/profiles.json "$@" > bench/out/profiles.log 2>&1 \
  || { tail -40 bench/out/profiles.log; exit 1; }

python3 - bench/out/profiles.json <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
print(f"{'benchmark':70} {'p50':>12} {'p99':>12} {'samples':>9}")
for r in rows:
    m = r["primaryMetric"]
    name = ".".join(r["benchmark"].split(".")[-2:]) + "".join(f" [{v}]" for v in r.get("params", {}).values())
    unit = m["scoreUnit"].split("/")[0]
    p = m["scorePercentiles"]
    samples = sum(c for fork in m.get("rawDataHistogram", []) for it in fork for _, c in it)
    print(f"{name:70} {p['50.0']:>9.1f} {unit} {p['99.0']:>9.1f} {unit} {samples:>9}")
PY
