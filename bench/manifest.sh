#!/usr/bin/env bash
# Manifest generation time per plan (JMH, sample mode: percentiles after warm-up). Goal: p99 < 1 ms.
# Usage: bench/manifest.sh [extra JMH args, e.g. -wi 2 -i 2]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
iqc_select_jdk

# Compile main and test classes; no Vaadin frontend step. JMH's annotation processor generates the benchmark code,
# and JDK 23+ runs processors found on the class path only when asked (-proc:full), hence maven.compiler.proc and
# a fresh target/test-classes (an up-to-date compile would skip the processor).
rm -rf target/test-classes
bin/mvn -B -ntp -q test-compile -Dvaadin.frontend.phase=none -Dspotless.check.skip=true -Dmaven.compiler.proc=full
bin/mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

echo "== ManifestBenchmark on $(nproc) cores (load average now: $(cut -d" " -f1-3 /proc/loadavg); other work on the machine inflates the tail), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
rm -f target/manifest-bench.txt
# other helpers may run JMH on this machine at the same time: do not wait on their /tmp/jmh.lock
"$JAVA_HOME/bin/java" -Djmh.ignoreLock=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main 'dev.iqconsole.manifest.ManifestBenchmark' -rf text -rff target/manifest-bench.txt "$@" \
  > target/manifest-bench.log 2>&1 || { tail -30 target/manifest-bench.log; exit 1; }
echo "== Summary (us/op; p0.99 is the goal line, < 1000 us); full JMH output in target/manifest-bench.log"
grep -E 'ManifestBenchmark\.[A-Za-z]+(:p0\.(50|99))? ' target/manifest-bench.txt
