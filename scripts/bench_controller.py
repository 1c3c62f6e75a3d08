#!/usr/bin/env python3
"""Load benchmark of `velocitune serve`: starts a server on an ephemeral port with a fresh
database, runs N concurrent clients on loopback, each registering its own run and posting a chain
of reports (each on the previous version, as a trainer does), and prints reports per second,
latency percentiles and the server's peak resident memory as one JSON line.

usage: bench_controller.py [--binary .build/release/velocitune] [--clients 8] [--reports 400]
"""
import argparse, http.client, json, os, re, subprocess, sys, tempfile, threading, time


def client(port, run, reports, latencies, errors):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = json.dumps({"domains": ["shell", "code", "math", "prose"], "l_init": {"shell": 3.0, "code": 2.6, "math": 2.2, "prose": 3.4},
                       "l_target": {"shell": 2.0, "code": 2.0, "math": 1.5, "prose": 3.0}, "policy": "velocitune", "update_every": 100})
    conn.request("PUT", f"/v1/runs/{run}", body, {"Content-Type": "application/json"})
    conn.getresponse().read()
    base = 0
    for k in range(1, reports + 1):
        losses = {"shell": 3.0 - 0.001 * k, "code": 2.6 - 0.0008 * k, "math": 2.2 - 0.0012 * k, "prose": 3.4 - 0.0002 * k}
        payload = json.dumps({"step": 100 * k, "base_version": base, "losses": losses, "tokens": 100000 * k})
        started = time.perf_counter()
        conn.request("POST", f"/v1/runs/{run}/reports", payload, {"Content-Type": "application/json"})
        response = conn.getresponse()
        data = response.read()
        latencies.append(time.perf_counter() - started)
        if response.status != 201:
            errors.append(response.status)
            return
        base = json.loads(data)["version"]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--binary", default=".build/release/velocitune")
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--reports", type=int, default=400)
    a = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="vt-bench-") as directory:
        server = subprocess.Popen([a.binary, "serve", "--port", "0", "--db", os.path.join(directory, "bench.sqlite")],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        port = None
        while port is None:
            line = server.stdout.readline()
            match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            port = int(match.group(1)) if match else None
        latencies, errors = [], []
        threads = [threading.Thread(target=client, args=(port, f"run-{i}", a.reports, latencies, errors)) for i in range(a.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        status = open(f"/proc/{server.pid}/status").read()
        peak_kb = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))
        server.terminate()
        server.wait()
    latencies.sort()
    pick = lambda q: latencies[min(int(q * len(latencies)), len(latencies) - 1)] * 1000
    print(json.dumps({"clients": a.clients, "reports": len(latencies), "errors": len(errors), "seconds": round(elapsed, 2),
                      "reports_per_s": round(len(latencies) / elapsed, 1), "p50_ms": round(pick(0.50), 2),
                      "p99_ms": round(pick(0.99), 2), "server_peak_rss_mb": round(peak_kb / 1024, 1)}))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
