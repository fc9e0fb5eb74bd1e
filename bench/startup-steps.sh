#!/usr/bin/env bash
# Where the start goes, in Spring's own startup steps: starts this commit's console once, as bin/console does (extracted
# application, its AOT cache, bin/jvm.sh's options) in a new empty folder, with a BufferingApplicationStartup
# (dev.iqconsole.StartupSteps, a test class), and prints the steps that took longest by their own time, the slowest bean
# creations and the time per step name. The whole timeline, indented by depth: bench/out/startup-steps.txt.
# Usage: bench/startup-steps.sh [--no-build]   (default: builds with -Paot-cache first)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/ab.sh
source bin/jvm.sh
if [ "${1:-}" != --no-build ]; then
  bin/mvn -B -ntp package -Paot-cache -DskipTests >/tmp/iqc-bench-steps-build.log 2>&1 \
    || { tail -30 /tmp/iqc-bench-steps-build.log; exit 1; }
fi
[ -f target/console/console.jar ] || { echo "no target/console: run without --no-build" >&2; exit 1; }
[ -f target/test-classes/dev/iqconsole/StartupSteps.class ] || bin/mvn -B -ntp -q test-compile
CONSOLE_JAVA_HOME=$JAVA_HOME
console_jvm_options
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a jar, not a folder: the AOT cache accepts classpath entries appended after the ones it was made with, as jars
(cd target/test-classes && "$JAVA_HOME/bin/jar" cf "$work/steps.jar" dev/iqconsole/StartupSteps*.class)
cache=()
[ -f target/console/console.aot ] && cache=("-XX:AOTCache=$PWD/target/console/console.aot")
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$work" && "$JAVA" "${CONSOLE_JVM_OPTIONS[@]}" "${cache[@]}" -cp "$OLDPWD/target/console/console.jar:$work/steps.jar" \
  dev.iqconsole.StartupSteps --server.port=0 >"$work/out.log" 2>&1) || { tail -40 "$work/out.log"; exit 1; }
grep -E 'Started |^ *[0-9]+ |^==' "$work/out.log" | sed 's/.*\(Started .*\)/\1/'
mkdir -p bench/out && cp "$work/startup-steps.txt" bench/out/startup-steps.txt
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); timeline: bench/out/startup-steps.txt"
