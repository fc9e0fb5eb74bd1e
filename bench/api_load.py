# 50 concurrent clients for a number of seconds on a mix of API calls (valid, invalid, wrong types, an oversized
# name, deep nesting); prints how many requests were answered and with which statuses.
# Usage: python3 bench/api_load.py PORT SECONDS   (used by bench/hardening.sh and bench/memory.sh)
import json, random, sys, threading, time, urllib.request, urllib.error
port, seconds = int(sys.argv[1]), float(sys.argv[2])
base = f"http://127.0.0.1:{port}"
bodies = ['{}', '{"model":"openai/gpt-oss-20b"}', '{"performanceRequirements":{"targetNtpotMilliseconds":"x"}}',
          '{"model":' + '"' + 'x' * 100000 + '"}', '[' * 3000, '{"workloadSpec":{"averageInputLength":1000}}']
counts, lock, stop = {}, threading.Lock(), time.time() + seconds
def client(seed):
    rng = random.Random(seed)
    while time.time() < stop:
        if rng.random() < 0.5:
            req = urllib.request.Request(base + "/v1/profiles:fetch", data=rng.choice(bodies).encode(),
                                         headers={"Content-Type": "application/json"})
        else:
            req = urllib.request.Request(base + rng.choice(["/v1/models:fetch", "/v1alpha1/models",
                                                            "/v1/modelServers:fetch?model=bogus", "/v1/nothing"]))
        try:
            status = urllib.request.urlopen(req, timeout=60).status
        except urllib.error.HTTPError as e:
            status = e.code
        except Exception:
            status = "error"
        with lock:
            counts[status] = counts.get(status, 0) + 1
threads = [threading.Thread(target=client, args=(i,)) for i in range(50)]
[t.start() for t in threads]; [t.join() for t in threads]
total = sum(counts.values())
print(f"{total} requests ({total / seconds:.0f}/s), statuses {dict(sorted(counts.items(), key=str))}")
