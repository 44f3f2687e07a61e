# The front door to CMake. Sources are listed in CMakeLists.txt only.
#   make          build into build/bin/
#   make run      build, run the pipeline on corpus/pages, show a summary
#   make test     build and run every test (unit, golden, docs, JSONTestSuite)
#   make asan     the same tests under AddressSanitizer and UBSan (build-asan/)
#   make eval     accuracy against corpus/gold/; PAGES=DIR adds osce-split on pages of your own
#                 (a file a page of one item), run together two to five at a time
#   make bench    throughput and memory next to cat and jq
#   make fuzz     libFuzzer targets under ASan+UBSan, FUZZ_SECONDS each (clang, build-fuzz/);
#                 FUZZ_RUNS=N FUZZ_SEED=S instead: N inputs from seed S, the same on every machine
#   make docs     regenerate man/*.1 and completions/ from the binaries
#   make install  PREFIX=/usr/local DESTDIR=
PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
WERROR ?= OFF
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 600
FUZZ_RUNS ?=
FUZZ_SEED ?= 1

# Debian packages the build, the tests and the benchmarks need.
PACKAGES = cmake g++ make pkg-config git libboost-regex-dev libboost-date-time-dev \
           libcli11-dev libsimdjson-dev catch2 help2man groff-base jq parallel time \
           libbenchmark-dev
FUZZ_PACKAGES = clang libclang-rt-14-dev
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

CMAKE_FLAGS = -DOSCE_WERROR=$(WERROR) -DCMAKE_INSTALL_PREFIX=$(PREFIX)

.PHONY: all deps deps-fuzz build run test asan fuzz eval bench docs install clean

all: build

deps:
	@$(MAKE) --no-print-directory install-packages WANTED="$(PACKAGES)"

deps-fuzz: deps
	@$(MAKE) --no-print-directory install-packages WANTED="$(FUZZ_PACKAGES)"

.PHONY: install-packages
install-packages:
	@missing=$$(for p in $(WANTED); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	  | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake $(BUILD) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@tests/run_pipeline.sh $(BUILD)/bin corpus/pages $(BUILD)/corpus.jsonl

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: deps
	cmake -S . -B build-asan -DOSCE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug $(CMAKE_FLAGS)
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

fuzz: deps-fuzz build
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DOSCE_FUZZ=ON -DOSCE_SANITIZE=ON -DBUILD_TESTING=OFF \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build build-fuzz -j $(JOBS) --target fuzz_record fuzz_strip fuzz_split fuzz_tag fuzz_dates fuzz_check
	tests/fuzz/run.sh build-fuzz/bin $(FUZZ_SECONDS) $(if $(FUZZ_RUNS),$(FUZZ_RUNS) $(FUZZ_SEED))

eval: build
	@tests/eval/run.sh $(BUILD)/bin
	@if [ -n "$(PAGES)" ]; then echo "== osce-split on $(PAGES)"; $(BUILD)/bin/osce_split_eval --pages "$(PAGES)"; fi

bench: build
	@bench/run.sh $(BUILD)/bin

docs: build
	cmake --build $(BUILD) --target osce_docs

install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf build build-asan build-fuzz
