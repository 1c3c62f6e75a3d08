#!/usr/bin/env bash
# Checks that the library products can be used as a versioned dependency: tags a scratch clone
# of this repository's HEAD, creates a package that depends on it with `from:`, and builds and
# runs the Swift code of the README's "Library use" section in it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

git clone -q "$repo" "$scratch/velocitune"
git -C "$scratch/velocitune" -c user.name=check -c user.email=check@localhost tag -a 0.1.0 -m "library-use check" HEAD

mkdir -p "$scratch/consumer/Sources/consumer"
cat > "$scratch/consumer/Package.swift" <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "consumer",
    dependencies: [.package(url: "file://$scratch/velocitune", from: "0.1.0")],
    targets: [
        .executableTarget(name: "consumer", dependencies: [
            .product(name: "ScalingLaws", package: "velocitune"),
            .product(name: "Mixing", package: "velocitune"),
        ]),
    ]
)
MANIFEST
{
  echo "import Foundation"
  # The first swift code block after the "## Library use" heading.
  awk '/^## Library use/ { section = 1 } section && /^```swift/ { inside = 1; next } inside && /^```/ { exit } inside { print }' "$repo/README.md"
} > "$scratch/consumer/Sources/consumer/main.swift"

cd "$scratch/consumer"
env -u VELOCITUNE_OPTIMIZE swift build -q 2>&1 | grep -v "unhandled; explicitly declare them as resources" || true
output=$(env -u VELOCITUNE_OPTIMIZE swift run -q consumer)
echo "$output"
grep -q "target at 2G tokens" <<<"$output" && grep -q "weights" <<<"$output"
echo "library use: ok (a package depending on velocitune from: 0.1.0 builds and runs the README example)"
