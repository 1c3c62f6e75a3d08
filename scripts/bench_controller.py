#!/usr/bin/env python3
"""Benchmarks of `velocitune serve`. Each starts a server on an ephemeral port with a fresh
database and prints one JSON line.

  load (default): N concurrent clients on loopback, each registering its own run and posting a
    chain of reports (each on the previous version, as a trainer does): reports per second,
    latency percentiles, the server's peak resident memory.
  --versions N: one run grown to N versions by one client: database size, report latency
    (overall and over the last 10%), GET /versions and /export latency, and the server's resident
    memory sampled throughout (peak).
  --domains K: one run with K domains: registration, report and refused-report latency.

usage: bench_controller.py [--binary .build/release/velocitune] [--clients 8] [--reports 400]
       bench_controller.py --versions 5000
       bench_controller.py --domains 26000 --reports 3
"""
import argparse, http.client, json, os, re, subprocess, sys, tempfile, threading, time

DOMAINS = ["shell", "code", "math", "prose"]


def registration(domains):
    return {"domains": domains, "l_init": {d: 3.0 + 0.1 * (i % 7) for i, d in enumerate(domains)},
            "l_target": {d: 2.0 + 0.05 * (i % 5) for i, d in enumerate(domains)}, "policy": "velocitune", "update_every": 100}


def losses(domains, k):
    return {d: 3.0 + 0.1 * (i % 7) - 0.0001 * k * (1 + i % 3) for i, d in enumerate(domains)}


def call(conn, method, path, body=None):
    """One request; returns (status, parsed body or raw bytes, seconds)."""
    payload = None if body is None else (body if isinstance(body, (bytes, str)) else json.dumps(body))
    headers = {"Content-Type": "application/json"} if payload is not None else {}
    started = time.perf_counter()
    conn.request(method, path, payload, headers)
    response = conn.getresponse()
    data = response.read()
    elapsed = time.perf_counter() - started
    try:
        data = json.loads(data)
    except ValueError:
        pass
    return response.status, data, elapsed


def start_server(binary, database, extra=(), timeout=30.0):
    """Starts the server and returns (process, port); fails (exit 1) when it exits or prints no
    port within `timeout` seconds, instead of waiting forever."""
    server = subprocess.Popen([binary, "serve", "--port", "0", "--db", database, *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found = {}

    def read():
        for line in server.stdout:
            match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if match:
                found["port"] = int(match.group(1))
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    if "port" not in found:
        server.kill()
        _, stderr = server.communicate()
        sys.exit(f"bench_controller: the server did not start within {timeout:.0f} s (exit status {server.returncode}): {stderr.strip()[-500:]}")
    return server, found["port"]


def memory_kb(pid, field):
    status = open(f"/proc/{pid}/status").read()
    return int(re.search(field + r":\s+(\d+)", status).group(1))


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)] * 1000 if ordered else 0.0


def load_client(port, run, reports, latencies, errors):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    call(conn, "PUT", f"/v1/runs/{run}", registration(DOMAINS))
    base = 0
    for k in range(1, reports + 1):
        status, data, elapsed = call(conn, "POST", f"/v1/runs/{run}/reports",
                                     {"step": 100 * k, "base_version": base, "losses": losses(DOMAINS, k), "tokens": 100000 * k})
        latencies.append(elapsed)
        if status != 201:
            errors.append(status)
            return
        base = data["version"]


def load(a, server, port):
    latencies, errors = [], []
    threads = [threading.Thread(target=load_client, args=(port, f"run-{i}", a.reports, latencies, errors)) for i in range(a.clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return {"clients": a.clients, "reports": len(latencies), "errors": len(errors), "seconds": round(elapsed, 2),
            "reports_per_s": round(len(latencies) / elapsed, 1), "p50_ms": round(percentile(latencies, 0.50), 2),
            "p99_ms": round(percentile(latencies, 0.99), 2), "server_peak_rss_mb": round(memory_kb(server.pid, "VmHWM") / 1024, 1)}


def grow(a, server, port, database):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    domains = DOMAINS[:3]
    status, _, _ = call(conn, "PUT", "/v1/runs/long", registration(domains))
    assert status == 201, status
    latencies, rss, base = [], [], 0
    for k in range(1, a.versions + 1):
        status, data, elapsed = call(conn, "POST", "/v1/runs/long/reports", {"step": 100 * k, "base_version": base, "losses": losses(domains, k)})
        if status != 201:
            sys.exit(f"bench_controller: report {k} answered {status}: {data}")
        base = data["version"]
        latencies.append(elapsed)
        if k % 250 == 0:
            rss.append(memory_kb(server.pid, "VmRSS"))
    reads = {}
    for path in ("versions", "export", "state"):
        timings = []
        for _ in range(5):
            status, data, elapsed = call(conn, "GET", f"/v1/runs/long/{path}")
            assert status == 200, (path, status)
            timings.append(elapsed)
            rss.append(memory_kb(server.pid, "VmRSS"))
        reads[path] = timings
    tail = latencies[-max(1, len(latencies) // 10):]
    size = sum(os.path.getsize(database + suffix) for suffix in ("", "-wal", "-shm") if os.path.exists(database + suffix))
    return {"versions": a.versions, "db_mb": round(size / 2**20, 2), "report_p50_ms": round(percentile(latencies, 0.5), 2),
            "report_p99_ms": round(percentile(latencies, 0.99), 2), "last_10pct_report_p50_ms": round(percentile(tail, 0.5), 2),
            "versions_get_ms": round(percentile(reads["versions"], 0.5), 1), "export_get_ms": round(percentile(reads["export"], 0.5), 1),
            "state_get_ms": round(percentile(reads["state"], 0.5), 1), "server_rss_max_sampled_mb": round(max(rss) / 1024, 1),
            "server_peak_rss_mb": round(memory_kb(server.pid, "VmHWM") / 1024, 1)}


def wide(a, server, port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    domains = [f"domain-{i:05d}" for i in range(a.domains)]
    status, data, register_s = call(conn, "PUT", "/v1/runs/wide", registration(domains))
    assert status == 201, (status, str(data)[:300])
    reports, refused, base = [], [], 0
    for k in range(1, a.reports + 1):
        status, data, elapsed = call(conn, "POST", "/v1/runs/wide/reports", {"step": 100 * k, "base_version": base, "losses": losses(domains, k)})
        assert status == 201, (status, str(data)[:300])
        base = data["version"]
        reports.append(elapsed)
        partial = losses(domains, k + 1)
        partial.pop(domains[-1])
        status, _, elapsed = call(conn, "POST", "/v1/runs/wide/reports", {"step": 100 * k + 50, "base_version": base, "losses": partial})
        assert status == 422, status
        refused.append(elapsed)
    return {"domains": a.domains, "register_ms": round(register_s * 1000, 1), "report_p50_ms": round(percentile(reports, 0.5), 1),
            "refused_report_p50_ms": round(percentile(refused, 0.5), 1), "server_peak_rss_mb": round(memory_kb(server.pid, "VmHWM") / 1024, 1)}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--binary", default=".build/release/velocitune")
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--reports", type=int, default=400)
    p.add_argument("--versions", type=int, help="grow one run to this many versions")
    p.add_argument("--domains", type=int, help="one run with this many domains")
    p.add_argument("--start-timeout", type=float, default=30.0, help="seconds to wait for the server to start")
    a = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="vt-bench-") as directory:
        database = os.path.join(directory, "bench.sqlite")
        extra = ["--max-body", str(64 << 20)] if a.domains else []
        server, port = start_server(a.binary, database, extra, a.start_timeout)
        try:
            if a.versions:
                result = grow(a, server, port, database)
            elif a.domains:
                result = wide(a, server, port)
            else:
                result = load(a, server, port)
        finally:
            server.terminate()
            server.wait()
    print(json.dumps(result))
    sys.exit(1 if result.get("errors") else 0)


if __name__ == "__main__":
    main()
