# The two commands: `make demo` runs the main job, `make test` runs the test suite.
# Both install what is missing first (scripts/setup.sh).

VELOCITUNE_VENV ?= $(HOME)/.cache/velocitune/venv
export VELOCITUNE_PYTHON ?= $(VELOCITUNE_VENV)/bin/python
# -O for the library products in debug builds too, so the test suite runs them at full speed.
export VELOCITUNE_OPTIMIZE ?= 1
SWIFT_BUILD_FLAGS ?=

.PHONY: demo demo-quick demo-smollm2 test setup setup-python build release clean

demo: setup release
	.build/release/velocitune demo

demo-quick: setup release
	.build/release/velocitune demo --quick

demo-smollm2: setup-python release
	.build/release/velocitune demo --model smollm2

test: setup-python
	swift build --build-tests $(SWIFT_BUILD_FLAGS)
	swift test --skip-build $(SWIFT_BUILD_FLAGS)

setup:
	@scripts/setup.sh

setup-python:
	@scripts/setup.sh --python

build: setup
	swift build $(SWIFT_BUILD_FLAGS)

release: setup
	swift build -c release $(SWIFT_BUILD_FLAGS)

clean:
	rm -rf .build demo-output
