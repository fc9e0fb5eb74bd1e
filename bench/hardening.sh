#!/usr/bin/env bash
# Holds the console's memory flat under abuse? Starts the packaged jar as the console runs (IQC_JVM_OPTIONS, default
# heap), then prints heap used (after a full GC) and RSS: at rest, after 50 concurrent clients for 60 s on a mix of API
# calls (valid, invalid, wrong types), and after oversized bodies (3 x 200 MB at once, plus 20 chunked 50 MB bodies).
# Usage: bench/hardening.sh [seconds]   (needs target/*.jar: bin/mvn -B -ntp package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/select-jdk.sh && iqc_select_jdk
JAVA="$JAVA_HOME/bin/java"
PORT="${PORT:-18081}"
SECONDS_UNDER_LOAD="${1:-60}"
jar=$(ls target/*.jar | grep -v original | head -1)

workdir=$(mktemp -d)
(cd "$workdir" && exec "$JAVA" $IQC_JVM_OPTIONS -jar "$OLDPWD/$jar" --server.port="$PORT" >"$workdir/out.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$workdir"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/v1/models:fetch"; do
  kill -0 $pid 2>/dev/null || { cat "$workdir/out.log"; exit 1; }
  sleep 0.2
done
java_pid=$(pgrep -P $pid java || echo $pid)

memory() {
  "$JAVA_HOME/bin/jcmd" "$java_pid" GC.run >/dev/null
  heap=$("$JAVA_HOME/bin/jcmd" "$java_pid" GC.heap_info | sed -n 's/.*garbage-first heap.* used \([0-9]*\)K.*/\1/p')
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$java_pid/status")
  printf '%-44s heap used %4d MB, RSS %4d MB\n' "$1" $((heap / 1024)) $((rss / 1024))
}

memory "at rest:"
echo -n "50 clients x $SECONDS_UNDER_LOAD s: "
python3 bench/api_load.py "$PORT" "$SECONDS_UNDER_LOAD"
memory "after 50 concurrent clients:"
python3 - "$PORT" <<'PY'
import socket, sys, threading
port = int(sys.argv[1])
answers = []
def big(length, chunked):
    s = socket.create_connection(("127.0.0.1", port), timeout=120)
    head = "POST /v1/useCases:fetch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    head += "Transfer-Encoding: chunked\r\n\r\n" if chunked else f"Content-Length: {length}\r\n\r\n"
    s.sendall(head.encode())
    block = b" " * (1 << 20)
    try:
        for _ in range(length >> 20):
            s.sendall((b"100000\r\n" + block + b"\r\n") if chunked else block)
    except OSError:
        pass  # refused and closed before the whole body was sent
    try:
        answers.append(s.recv(200).split(b"\r\n")[0].decode())
    except OSError as e:
        answers.append(f"closed ({e.__class__.__name__})")
    s.close()
threads = [threading.Thread(target=big, args=(200 << 20, False)) for _ in range(3)]
threads += [threading.Thread(target=big, args=(50 << 20, True)) for _ in range(20)]
[t.start() for t in threads]; [t.join() for t in threads]
print("oversized bodies:", {a: answers.count(a) for a in set(answers)})
PY
memory "after oversized bodies:"
echo "ERROR lines in the console log: $(grep -c ' ERROR ' "$workdir/out.log" || true)"
grep ' ERROR ' "$workdir/out.log" | sed 's/^.*ERROR [0-9]* --- \[[^]]*\] \[[^]]*\] //' | sort | uniq -c | sort -rn | head -5 || true
echo "OutOfMemoryError in the console log: $(grep -c 'OutOfMemoryError' "$workdir/out.log" || true)"
