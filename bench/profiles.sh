#!/usr/bin/env bash
# Benchmarks of profiles:fetch (issue 3): in-process over the fixture catalog (goal p99 < 1 ms) and over a
# synthetic catalog of 100,000 profiles x 20 points (goal p99 < 20 ms), and the HTTP round trip through the API on
# loopback (goal p99 < 10 ms). JMH sample mode; prints p50 and p99 per benchmark. Raw JSON: bench/out/profiles.json.
# Usage: bench/profiles.sh [JMH regexp, default: all of them] [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
iqc_select_jdk

# Compiles main and test code (JMH's processor generates the harness); the Vaadin step writes the production-mode
# marker the HTTP benchmark's app needs. No tests are run.
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CLASSPATH="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

mkdir -p bench/out
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
    name = ".".join(r["benchmark"].split(".")[-2:])
    unit = m["scoreUnit"].split("/")[0]
    p = m["scorePercentiles"]
    samples = sum(c for fork in m.get("rawDataHistogram", []) for it in fork for _, c in it)
    print(f"{name:70} {p['50.0']:>9.1f} {unit} {p['99.0']:>9.1f} {unit} {samples:>9}")
PY
