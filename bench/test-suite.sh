#!/usr/bin/env bash
# The README's test command under two settings of the test JVMs, rounds interleaved (A B A B ...), each from the same
# checkout and offline: wall and CPU (user+sys of Maven and everything it started) per run, whether it passed, and the
# medians. A setting is "FORKS|JVM OPTIONS", e.g.
#   bench/test-suite.sh 2 '2|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC' '3|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC'
# Run it on an otherwise quiet machine: the suite is CPU-bound on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:?rounds} a=${2:?setting A} b=${3:?setting B}
out=$(mktemp -d)
bin/mvn -B -ntp -DskipTests verify >"$out/prepare.log" 2>&1 || { tail -30 "$out/prepare.log"; exit 1; }

run() { # $1 label, $2 setting, $3 round
  local log="$out/$1-$3.log"
  /usr/bin/time -f "%e %U %S" -o "$out/$1-$3.time" \
    bin/mvn -B -ntp -o verify "-Dtest.forks=${2%%|*}" "-Dtest.jvm.options=${2#*|}" >"$log" 2>&1 || true
  read -r wall user sys <"$out/$1-$3.time"
  local result
  result=$(grep -E "Tests run: [0-9]+, Failures" "$log" | tail -1 | sed 's/^\[[A-Z]*\] //')
  printf '%s round %s: wall %6.1f s  cpu %6.1f s  %s\n' "$1" "$3" "$wall" "$(echo "$user + $sys" | bc)" "$result"
  echo "$wall" >>"$out/$1.walls"
}

for round in $(seq 1 "$rounds"); do
  run A "$a" "$round"
  run B "$b" "$round"
done
median() { sort -n "$1" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "A ($a): median wall $(median "$out/A.walls") s"
echo "B ($b): median wall $(median "$out/B.walls") s"
echo "logs: $out"
