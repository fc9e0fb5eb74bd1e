# Sourced by bin/mvn, .ci/run and bench/ scripts: makes JAVA_HOME point at a JDK 21 or newer.
# Why: this project needs JDK 21+ (Vaadin 25), while the machine's default java may be older (17 here).
# Keeps a JAVA_HOME that is already 21+; otherwise picks the newest JDK 21+ under /usr/lib/jvm.

iqc_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

iqc_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(iqc_java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
  fi
  best=""; best_major=0
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(iqc_java_major "$candidate")
    if [ "${major:-0}" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ "$best_major" -ge 21 ]; then
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
    return 0
  fi
  echo "ERROR: this project needs a JDK 21 or newer, and none was found." >&2
  echo "  JAVA_HOME=${JAVA_HOME:-<unset>}; searched /usr/lib/jvm/*." >&2
  echo "  Install one (e.g. Temurin 25) and run: export JAVA_HOME=/path/to/jdk-21-or-newer" >&2
  return 1
}

# Extra JVM options for the consoles and JMH forks that bench/ scripts start (none by default: the console's own options
# are in bin/jvm.sh, which bin/console applies). Set IQC_JVM_OPTIONS to compare options.
IQC_JVM_OPTIONS="${IQC_JVM_OPTIONS-}"
