# The two commands: `make demo` runs the main job, `make test` runs the test suite.
# Both install what is missing first (scripts/setup.sh).

VELOCITUNE_VENV ?= $(HOME)/.cache/velocitune/venv
export VELOCITUNE_PYTHON ?= $(VELOCITUNE_VENV)/bin/python
# -O for the library products in debug builds too, so the test suite runs them at full speed.
export VELOCITUNE_OPTIMIZE ?= 1
SWIFT_BUILD_FLAGS ?=

.PHONY: demo demo-quick demo-smollm2 test setup setup-python setup-test build release clean

demo: setup release
	.build/release/velocitune demo

demo-quick: setup release
	.build/release/velocitune demo --quick

# SmolLM2-135M as the base model: scripts/setup.sh --python caches its GGUF.
demo-smollm2: setup-python release
	.build/release/velocitune demo --model smollm2

# The suite also runs the MPI trainer under mpirun: a second build with the MPI trait (the
# default build needs no MPI) in .build-mpi, found by the tests through VELOCITUNE_MPI_BIN.
test: setup-test
	swift build --build-tests $(SWIFT_BUILD_FLAGS)
	swift build --traits default,MPI --scratch-path .build-mpi --product velocitune $(SWIFT_BUILD_FLAGS)
	VELOCITUNE_MPI_BIN=$(CURDIR)/.build-mpi/debug/velocitune swift test --skip-build $(SWIFT_BUILD_FLAGS)

setup:
	@scripts/setup.sh

setup-python:
	@scripts/setup.sh --python

setup-test:
	@scripts/setup.sh --python --mpi

build: setup
	swift build $(SWIFT_BUILD_FLAGS)

release: setup
	swift build -c release $(SWIFT_BUILD_FLAGS)

clean:
	rm -rf .build .build-mpi demo-output
