#!/usr/bin/env bash
# Prints: clean build time, jar size, time from `java -jar` to the first HTTP 200, RSS after start.
# Usage: bench/startup.sh            (clean build, then measure)
#        bench/startup.sh --no-build (measure the existing target/*.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/select-jdk.sh && iqc_select_jdk
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT="${PORT:-18080}"

if [[ "${1:-}" != "--no-build" ]]; then
  start=$(date +%s.%N)
  ./mvnw -B -ntp clean package -DskipTests >/tmp/iqc-bench-build.log 2>&1 || { tail -30 /tmp/iqc-bench-build.log; exit 1; }
  end=$(date +%s.%N)
  printf 'clean build (package, no tests): %.1f s\n' "$(echo "$end - $start" | bc)"
fi
jar=$(ls target/*.jar | grep -v original | head -1)
printf 'jar: %s, %.1f MB\n' "$jar" "$(echo "$(stat -c %s "$jar") / 1000000" | bc -l)"

workdir=$(mktemp -d)   # an empty folder: H2 file there, catalog from the copy packaged in the jar
start=$(date +%s.%N)
(cd "$workdir" && exec "$JAVA" $IQC_JVM_OPTIONS -jar "$OLDPWD/$jar" --server.port="$PORT" >"$workdir/out.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$workdir"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do
  kill -0 $pid 2>/dev/null || { cat "$workdir/out.log"; exit 1; }
  sleep 0.1
done
end=$(date +%s.%N)
printf 'java -jar to first HTTP 200 on /: %.1f s\n' "$(echo "$end - $start" | bc)"
sleep 2
java_pid=$(pgrep -P $pid java || echo $pid)
printf 'RSS after start: %d MB\n' "$(( $(awk '/VmRSS/ {print $2}' /proc/$java_pid/status) / 1024 ))"
grep -E 'Catalog imported|Built [0-9]+ curves|Started Application' "$workdir/out.log" | sed 's/^.*: //'
