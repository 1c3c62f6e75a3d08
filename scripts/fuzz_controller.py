#!/usr/bin/env python3
"""Fuzzes `velocitune serve` with random request bodies: N bodies for each endpoint that takes
one (PUT /v1/runs/{id}, POST /v1/runs/{id}/reports, PUT /v1/runs/{id}/state), made by mutating
valid bodies (fields removed, added, retyped, set to edge values: huge, negative, fractional,
NaN and Infinity tokens, long or odd strings) and by damaging their text (truncated, bytes
inserted, JSON5 syntax, repeated keys, deep nesting). Every answer must be below 500, the
server must stay up, and every refused request (4xx) must leave the database unchanged:
SQLite's `PRAGMA data_version`, read on one connection before and after each request, changes
exactly when the server committed something in between. Prints one JSON line; exits 1 on any
failure.

usage: fuzz_controller.py [--binary .build/debug/velocitune] [--bodies 10000] [--seed 14]
"""
import argparse, copy, http.client, json, os, random, sqlite3, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_controller import start_server  # noqa: E402

DOMAINS = ["shell", "code", "math"]
REGISTRATION = {"domains": DOMAINS, "l_init": {"shell": 3.0, "code": 2.5, "math": 2.0}, "l_target": {"shell": 2.0, "code": 2.0, "math": 1.5},
                "policy": "velocitune", "update_every": 100, "apply_delay": 10, "floor": 0.05}
EDGE_NUMBERS = [0, -1, 1, 1.5, -0.0, 2**53 - 1, 2**53, 2**63 - 1, 2**63, -2**63 - 1, 2**64, 1e308, -1e308, 5e-324, 1e-300, 0.1,
                float("nan"), float("inf"), float("-inf")]
EDGE_STRINGS = ["", ".", "..", "a" * 300, "é", "e\u0301", "\u0000", "\ud7ff", "💥", "../x", "%2F", "static", "replay", "velocitune", "shell"]
TEXT_DAMAGE = ["/* c */", "//", ",", "}", "]", "{", "[", "'", "\\", "\"", "0x10", "+1", ".5", "NaN", "nan", "Infinity", "-Infinity",
               "1e400", "-", "\u00ff", "\x00", "\ud800", "true", "null"]


class Fuzzer:
    def __init__(self, port, database, rng):
        self.port, self.rng = port, rng
        self.connection = None
        self.watch = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        self.statuses, self.failures, self.requests = {}, [], 0

    def data_version(self):
        return self.watch.execute("PRAGMA data_version").fetchone()[0]

    def send(self, method, path, body, content_type="application/json"):
        """Sends one request; returns (status, body bytes), or (None, error) when the server
        did not answer."""
        for attempt in (0, 1):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                headers = {"Content-Type": content_type} if body is not None else {}
                if isinstance(body, str):
                    body = body.encode("utf-8", "surrogatepass")
                self.connection.request(method, path, body, headers)
                response = self.connection.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.connection.close()
                    self.connection = None
                return response.status, data
            except (http.client.HTTPException, OSError) as error:
                self.connection.close()
                self.connection = None
                if attempt:
                    return None, str(error)
        return None, "unreachable"

    def check(self, method, path, body, content_type="application/json"):
        before = self.data_version()
        status, data = self.send(method, path, body, content_type)
        self.requests += 1
        self.statuses[str(status)] = self.statuses.get(str(status), 0) + 1
        shown = body if isinstance(body, str) else body.decode("utf-8", "replace") if body else ""
        if status is None or status >= 500:
            self.failures.append({"request": f"{method} {path}", "body": shown[:500], "status": status, "answer": str(data)[:500]})
        elif status >= 400 and self.data_version() != before:
            self.failures.append({"request": f"{method} {path}", "body": shown[:500], "status": status, "answer": "the database changed"})
        return status, data

    # -- random values ---------------------------------------------------------------------

    def value(self, depth=0):
        kind = self.rng.randrange(8 if depth < 3 else 5)
        if kind == 0: return None
        if kind == 1: return self.rng.choice([True, False])
        if kind == 2: return self.rng.choice(EDGE_NUMBERS)
        if kind == 3: return self.rng.uniform(-10, 10)
        if kind == 4: return self.rng.choice(EDGE_STRINGS)
        if kind == 5: return [self.value(depth + 1) for _ in range(self.rng.randrange(4))]
        if kind == 6: return {self.rng.choice(EDGE_STRINGS + DOMAINS): self.value(depth + 1) for _ in range(self.rng.randrange(4))}
        return self.rng.randrange(-5, 1000)

    def mutate(self, document):
        """One random change at a random place of `document` (a dict or list)."""
        containers = []

        def walk(node):
            if isinstance(node, (dict, list)):
                containers.append(node)
                for child in (node.values() if isinstance(node, dict) else node):
                    walk(child)
        walk(document)
        node = self.rng.choice(containers)
        keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
        action = self.rng.randrange(4)
        if action == 0 and keys:
            del node[self.rng.choice(keys)]
        elif action == 1 and keys:
            node[self.rng.choice(keys)] = self.value()
        elif action == 2 and isinstance(node, dict):
            node[self.rng.choice(EDGE_STRINGS + DOMAINS + ["step", "version", "weights", "extra"])] = self.value()
        elif isinstance(node, list):
            node.append(self.value())
        elif keys:
            key = self.rng.choice(keys)
            node[key] = self.rng.choice(EDGE_NUMBERS)
        return document

    def text(self, document):
        """`document` as JSON text, sometimes damaged."""
        text = json.dumps(document, allow_nan=True)
        damage = self.rng.randrange(16)
        if damage == 0 and text:
            return text[:self.rng.randrange(len(text))]
        if damage == 1:
            at = self.rng.randrange(len(text) + 1)
            return text[:at] + self.rng.choice(TEXT_DAMAGE) + text[at:]
        if damage == 2 and text.startswith("{") and len(text) > 2:
            key = self.rng.choice(list(document)) if isinstance(document, dict) and document else "step"
            return "{" + json.dumps(key) + ": " + json.dumps(self.value(), allow_nan=True) + ", " + text[1:]
        if damage == 3:
            depth = self.rng.randrange(10, 80)
            return "[" * depth + "]" * depth if self.rng.random() < 0.5 else '{"a":' * depth + "1" + "}" * depth
        if damage == 4:
            return bytes(self.rng.randrange(256) for _ in range(self.rng.randrange(1, 64)))
        return text

    # -- bodies -----------------------------------------------------------------------------

    def body(self, valid):
        document = copy.deepcopy(valid)
        for _ in range(self.rng.randrange(1, 3)):
            if isinstance(document, (dict, list)):
                document = self.mutate(document)
        if self.rng.random() < 0.03:
            document = self.value()
        return self.text(document)

    def run(self, bodies):
        status, _ = self.check("PUT", "/v1/runs/base", json.dumps(REGISTRATION))
        assert status == 201, status
        base = 0
        for k in range(1, 4):
            status, data = self.check("POST", "/v1/runs/base/reports",
                                      json.dumps({"step": 100 * k, "base_version": base, "losses": {"shell": 2.9 - 0.1 * k, "code": 2.4, "math": 1.9}}))
            assert status == 201, status
            base = json.loads(data)["version"]
        status, data = self.check("GET", "/v1/runs/base/state", None)
        snapshot = json.loads(data)
        report = {"step": 500, "base_version": base, "losses": {"shell": 2.5, "code": 2.3, "math": 1.8}, "tokens": 5000}
        for i in range(bodies):
            run = self.rng.choice(["base", "base", f"fresh-{i % 50}", "x" * 128, "a.b_c-d"])
            self.check("PUT", f"/v1/runs/{run}", self.body(REGISTRATION), self.content_type())
            self.check("POST", f"/v1/runs/{run}/reports", self.body(report), self.content_type())
            self.check("PUT", f"/v1/runs/{self.rng.choice(['base', f'restored-{i % 50}'])}/state", self.body(snapshot), self.content_type())
            if i % 50 == 0:
                self.check("GET", f"/v1/runs/base/weights?version={self.rng.choice(['0', '-1', '1.5', '9007199254740992', 'x', '', '99'])}", None)

    def content_type(self):
        return "application/json" if self.rng.random() < 0.97 else self.rng.choice(["text/plain", "application/json; charset=latin-1", ""])


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--binary", default=".build/debug/velocitune")
    p.add_argument("--bodies", type=int, default=10000, help="random bodies per endpoint")
    p.add_argument("--seed", type=int, default=14)
    a = p.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="vt-fuzz-") as directory:
        database = os.path.join(directory, "fuzz.sqlite")
        server, port = start_server(a.binary, database)
        try:
            fuzzer = Fuzzer(port, database, random.Random(a.seed))
            fuzzer.run(a.bodies)
            alive = server.poll() is None
        finally:
            server.terminate()
            server.wait()
    result = {"bodies_per_endpoint": a.bodies, "requests": fuzzer.requests, "seconds": round(time.perf_counter() - started, 1),
              "statuses": dict(sorted(fuzzer.statuses.items())), "server_alive": alive, "failures": len(fuzzer.failures),
              "first_failures": fuzzer.failures[:5]}
    print(json.dumps(result))
    sys.exit(0 if alive and not fuzzer.failures else 1)


if __name__ == "__main__":
    main()
