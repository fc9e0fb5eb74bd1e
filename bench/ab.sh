# Sourced by bench/startup.sh, bench/memory.sh and bench/ui.sh: the console of another commit built beside this one,
# consoles started in fresh folders, medians and spread. Figures are A/B in one run, rounds interleaved.
source .mvn/select-jdk.sh && iqc_select_jdk
JAVA="$JAVA_HOME/bin/java"

# Builds the console of commit $1 (once per commit, under $TMPDIR) and sets BASE_DIR, BASE_SHA and BASE_CMD: the
# command that starts it as that commit shipped it (bin/console with its AOT cache if it has one, else java -jar with
# the options its .mvn/select-jdk.sh gave the console).
bench_base() {
  BASE_SHA=$(git rev-parse --short "$1")
  BASE_DIR="${TMPDIR:-/tmp}/iqc-bench-base-$BASE_SHA"
  if [ ! -d "$BASE_DIR" ]; then
    mkdir -p "$BASE_DIR.tmp" && git archive "$BASE_SHA" | tar -x -C "$BASE_DIR.tmp" && mv "$BASE_DIR.tmp" "$BASE_DIR"
  fi
  local profile=""
  [ -x "$BASE_DIR/bin/aot-cache" ] && profile="-Paot-cache"
  if ! ls "$BASE_DIR"/target/inference-quickstart-console-*.jar >/dev/null 2>&1; then
    echo "building $BASE_SHA in $BASE_DIR ($profile)..." >&2
    # bin/mvn picks a JDK 21+; commits before it selected one inside ./mvnw
    local mvn=./mvnw
    [ -x "$BASE_DIR/bin/mvn" ] && mvn=bin/mvn
    (cd "$BASE_DIR" && $mvn -B -ntp package $profile -DskipTests -Dspotless.check.skip=true >build.log 2>&1) \
      || { tail -30 "$BASE_DIR/build.log" >&2; return 1; }
  fi
  if [ -x "$BASE_DIR/bin/console" ]; then
    BASE_CMD="$BASE_DIR/bin/console"
  else
    local options
    options=$(unset IQC_JVM_OPTIONS; source "$BASE_DIR/.mvn/select-jdk.sh"; echo "${IQC_JVM_OPTIONS:-}")
    BASE_CMD="$JAVA $options -jar $(ls "$BASE_DIR"/target/inference-quickstart-console-*.jar | grep -v original | head -1)"
  fi
}

# Starts a console (the command in $2, split into words, plus --server.port=$1) in a new empty folder (its own H2 file,
# the catalog copy in the jar); waits for the first HTTP 200 on /. Sets CONSOLE_PID, CONSOLE_DIR, FIRST_200_MS and
# START_NS (when the command was given).
bench_start() {
  local port=$1 cmd=$2
  CONSOLE_DIR=$(mktemp -d)
  START_NS=$(date +%s%N)
  # shellcheck disable=SC2086 # the command is a list of words
  (cd "$CONSOLE_DIR" && exec $cmd --server.port="$port" >"$CONSOLE_DIR/out.log" 2>&1) &
  CONSOLE_PID=$!
  bench_answered "http://127.0.0.1:$port/" || return 1
  FIRST_200_MS=$BENCH_MS
}

# After bench_start: waits until the console answers profiles:fetch (the curves built, the API created) and sets
# READY_MS, from the same command. The first 200 on / can come before it: the console creates what a page needs first.
bench_ready() {
  bench_answered -H 'Content-Type: application/json' -d '{"model":"openai/gpt-oss-20b"}' \
    "http://127.0.0.1:$1/v1/profiles:fetch" || return 1
  READY_MS=$BENCH_MS
}

# Asks with curl (the arguments given) until the answer is a success, while the console lives; sets BENCH_MS, the
# milliseconds since its command. A console that stops prints its log's end and fails.
bench_answered() {
  until curl -fs -o /dev/null "$@"; do
    kill -0 "$CONSOLE_PID" 2>/dev/null || { tail -30 "$CONSOLE_DIR/out.log" >&2; return 1; }
    sleep 0.05
  done
  BENCH_MS=$((($(date +%s%N) - START_NS) / 1000000))
}

bench_stop() {
  kill "$CONSOLE_PID" 2>/dev/null || true
  wait "$CONSOLE_PID" 2>/dev/null || true
  rm -rf "$CONSOLE_DIR"
}

# Resident memory of a process in MB (bin/console execs java, so the pid is the JVM's).
bench_rss() {
  awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"
}

# "median M (min A, max B, n N)" of the numbers given.
bench_stats() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %g (min %g, max %g, n %d)", m, v[1], v[NR], NR }'
}

bench_median() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
