# Sourced by bin/console and bin/aot-cache: finds a Java 21+ runtime and sets the console's JVM options.

# The Java feature version of a Java home ("25"), read from its release file (no JVM start), else from the JVM.
console_java_major() {
  local home=$1 version
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  fi
  echo "${version:-0}"
}

# Sets CONSOLE_JAVA_HOME to a Java 21+ runtime (a JRE is enough): $JAVA_HOME, else the java on the PATH, else the
# newest under /usr/lib/jvm. Fails with a message naming what it tried.
console_find_java() {
  local candidate best="" best_major=0 major on_path=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
    && [ "$(console_java_major "$JAVA_HOME")" -ge 21 ]; then
    CONSOLE_JAVA_HOME=$JAVA_HOME
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    on_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  for candidate in $on_path /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] || continue
    major=$(console_java_major "$candidate")
    if [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ "$best_major" -ge 21 ]; then
    CONSOLE_JAVA_HOME=$best
    return 0
  fi
  echo "ERROR: the console needs Java 21 or newer, and none was found." >&2
  echo "  JAVA_HOME=${JAVA_HOME:-<unset>}; java on the PATH: ${on_path:-none}; searched /usr/lib/jvm/*." >&2
  echo "  Install one (e.g. Temurin 25) and run: export JAVA_HOME=/path/to/java-21-or-newer" >&2
  return 1
}

# The memory the console may use, in MB: the container's limit (cgroup v2 or v1) when it has one, else the machine's.
console_memory_mb() {
  local total limit
  total=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo 2>/dev/null)
  for limit in /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes; do
    [ -r "$limit" ] || continue
    limit=$(cat "$limit")
    case "$limit" in '' | max | *[!0-9]*) continue ;; esac
    limit=$((limit / 1048576))
    if [ -z "$total" ] || [ "$limit" -lt "$total" ]; then total=$limit; fi
  done
  echo "${total:-1024}"
}

# The console's JVM options. A console holds a small live heap (about 40 MB after start, under 50 MB after 50
# concurrent API clients: bench/README.md), so:
# - the heap is bounded: a quarter of the container's or machine's memory, at most 512 MB, starting at 32 MB;
# - the serial collector: on a heap this size its pauses are a few milliseconds, and it has none of G1's remembered
#   sets and concurrent threads (RSS after start 194 MB against G1's 266 MB with the same heap bounds and AOT cache,
#   one A/B pair of starts on 2 cores, 2026-12-03; G1 with CONSOLE_JAVA_OPTIONS=-XX:+UseG1GC);
# - no pre-touched heap and no transparent huge pages: both only add resident memory.
# CONSOLE_JAVA_OPTIONS come last, so that an option given there wins (e.g. CONSOLE_JAVA_OPTIONS=-Xmx1g).
console_jvm_options() {
  local heap
  heap=$(($(console_memory_mb) / 4))
  if [ "$heap" -gt 512 ]; then heap=512; fi
  if [ "$heap" -lt 32 ]; then heap=32; fi
  local collector=-XX:+UseSerialGC
  case " ${CONSOLE_JAVA_OPTIONS:-} " in *" -XX:+Use"*GC" "*) collector="" ;; esac # the JVM takes one collector only
  # shellcheck disable=SC2206 # CONSOLE_JAVA_OPTIONS is a list of options split as a shell splits words
  CONSOLE_JVM_OPTIONS=($collector "-Xms32m" "-Xmx${heap}m" ${CONSOLE_JAVA_OPTIONS:-})
}

# Which JDK build a cache belongs to: an AOT cache works only with the JVM build that made it.
console_java_identity() {
  echo "$CONSOLE_JAVA_HOME $(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$CONSOLE_JAVA_HOME/release" 2>/dev/null)"
}
