#!/usr/bin/env bash
# What a login costs per request: the same API call (GET /v1/models:fetch) on a console without login, and on one
# with an account sent with HTTP basic (the API is stateless: the bcrypt hash, cost 10, is checked on every request).
# Prints p50 and p95 of 300 sequential requests each, after 30 not counted.
# Usage: bench/login.sh   (needs target/*.jar: bin/mvn -B -ntp package -DskipTests, and Python 3.11's crypt module)
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/select-jdk.sh && iqc_select_jdk
JAVA="$JAVA_HOME/bin/java"
jar=$(ls target/*.jar | grep -v original | head -1)
# bcrypt of "bench-secret", cost 10 (2^10 rounds), from the system's crypt(3)
HASH="{bcrypt}$(python3 -W ignore -c "import crypt; print(crypt.crypt('bench-secret', crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024)))")"

start() { # port, extra args...
  local port=$1; shift
  local dir; dir=$(mktemp -d)
  (cd "$dir" && exec "$JAVA" $IQC_JVM_OPTIONS -jar "$OLDPWD/$jar" --server.port="$port" "$@" >"$dir/out.log" 2>&1) &
  echo $!
}
open_pid=$(start 18082)
login_pid=$(start 18083 --iqconsole.security.users[0].name=bench "--iqconsole.security.users[0].password=$HASH")
trap 'kill $open_pid $login_pid 2>/dev/null; wait 2>/dev/null' EXIT
for port in 18082 18083; do
  until curl -s -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.3; done
done
python3 - <<'PY'
import base64, http.client, statistics, time
def timed(port, headers, n=300):
    c = http.client.HTTPConnection("127.0.0.1", port)
    times, status = [], None
    for _ in range(n + 30):
        t = time.perf_counter()
        c.request("GET", "/v1/models:fetch", headers=headers)
        r = c.getresponse(); r.read(); status = r.status
        times.append((time.perf_counter() - t) * 1000)
    times = sorted(times[30:])
    return status, statistics.median(times), times[int(len(times) * 0.95)]
basic = {"Authorization": "Basic " + base64.b64encode(b"bench:bench-secret").decode()}
for name, port, headers in [("no login", 18082, {}), ("login, HTTP basic each time", 18083, basic)]:
    s, p50, p95 = timed(port, headers)
    print(f"{name:32s} status {s}  p50 {p50:6.2f} ms  p95 {p95:6.2f} ms")
PY
