#!/usr/bin/env bash
# Console in-process server-side apply vs `kubectl apply --server-side` of the same YAML, against the same
# fabric8 mock API server (test dispatcher with SSA + discovery), plus a 100-deployment burst.
# Usage: bench/deploy.sh [runs]     (needs kubectl on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh && iqc_select_jdk
command -v kubectl >/dev/null || { echo "kubectl is not on PATH" >&2; exit 1; }
bin/mvn -B -ntp -q test-compile -Dvaadin.frontend.phase=none -Dspotless.check.skip=true
bin/mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-*-jdk-amd64 | sort -V | tail -1)}"
"$JAVA_HOME/bin/java" -Djava.util.logging.config.file=src/test/resources/logging.properties \
  -Dlogback.configurationFile=src/test/resources/logback-test.xml \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.iqconsole.deploy.DeployApplyBenchmark "${1:-15}" 2>&1 | grep -v -E "WARN|^\s*$" || true
