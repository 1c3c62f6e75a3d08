#!/usr/bin/env python3
"""Checks the module graph: every target imports exactly the project targets it declares as
dependencies in Package.swift (no missing, no unused), and the README's "Layout" table lists
every source target with those dependencies. Prints the graph; exits 1 on any mismatch."""
import json, pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
package = json.loads(subprocess.run(["swift", "package", "dump-package"], cwd=root, check=True,
                                    capture_output=True, text=True).stdout)
targets = {t["name"]: t for t in package["targets"]}
project = set(targets)
problems = []
graph = {}
for name, target in targets.items():
    if target["type"] not in ("regular", "executable", "test"):
        continue
    path = root / (target.get("path") or (f"Tests/{name}" if target["type"] == "test" else f"Sources/{name}"))
    declared = set()
    for dependency in target["dependencies"]:
        kind, value = next(iter(dependency.items()))
        if kind in ("byName", "target") and value[0] in project:
            declared.add(value[0])
    imported = set()
    for source in path.rglob("*.swift"):
        for line in source.read_text().splitlines():
            match = re.match(r"\s*(?:@testable\s+)?import\s+(\w+)", line)
            if match and match.group(1) in project:
                imported.add(match.group(1))
    for missing in sorted(imported - declared):
        problems.append(f"{name} imports {missing} without declaring it")
    # A test target may depend on the executable without importing it: that builds the binary it runs.
    executables = {n for n, t in targets.items() if t["type"] == "executable"} if target["type"] == "test" else set()
    for unused in sorted(declared - imported - executables):
        problems.append(f"{name} declares {unused} but never imports it")
    if target["type"] == "executable" or target["type"] == "regular" and not str(path).startswith(str(root / "Tests")):
        graph[name] = sorted(declared)

readme = (root / "README.md").read_text()
layout = readme[readme.index("## Layout"):]
rows = dict(re.findall(r"^\| `(\w+)` \| [^|]*\| ([^|]*) \|$", layout, re.M))
for name, dependencies in graph.items():
    if name not in rows:
        problems.append(f"README's Layout table has no row for {name}")
        continue
    listed = sorted(re.findall(r"`(\w+)`", rows[name]))
    if listed != dependencies:
        problems.append(f"README lists {name} -> {listed}, Package.swift says {dependencies}")
for name in rows:
    if name not in graph:
        problems.append(f"README's Layout table lists {name}, which is not a source target")

for name in sorted(graph):
    print(f"{name:17} -> {', '.join(graph[name]) or '-'}")
if problems:
    print("\n".join(["", "module graph problems:"] + problems))
    sys.exit(1)
print("module graph: imports, Package.swift and README agree")
