# bccc: make demo compiles an example and loads it; make test runs the tests.
GO ?= go
BIN := bin/bccc

.PHONY: all build demo test vet fmt bench fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/bccc

# Compile the BCC hello world to an ELF object and show it.
demo: build
	$(BIN) compile examples/hello.c -o hello.o
	$(BIN) objdump hello.o

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -run '^$$' -fuzz '^FuzzCompile$$' -fuzztime 15s -fuzzminimizetime 3s ./fuzz
	$(GO) test -count=1 -run '^$$' -fuzz '^FuzzParse$$' -fuzztime 10s -fuzzminimizetime 3s ./fuzz
	$(GO) test -count=1 -run '^$$' -fuzz '^FuzzObject$$' -fuzztime 10s -fuzzminimizetime 3s ./fuzz
	$(GO) test -count=1 -run '^$$' -fuzz '^FuzzLint$$' -fuzztime 10s -fuzzminimizetime 3s ./fuzz
	$(GO) test -count=1 -run '^$$' -fuzz '^FuzzProgramNames$$' -fuzztime 5s -fuzzminimizetime 3s ./parse

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
	./bench/compare.sh

# Long fuzzing runs (FUZZTIME=10m make fuzz).
FUZZTIME ?= 5m
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzCompile$$' -fuzztime $(FUZZTIME) ./fuzz
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./fuzz
	$(GO) test -run '^$$' -fuzz '^FuzzObject$$' -fuzztime $(FUZZTIME) ./fuzz
	$(GO) test -run '^$$' -fuzz '^FuzzLint$$' -fuzztime $(FUZZTIME) ./fuzz
	$(GO) test -run '^$$' -fuzz '^FuzzProgramNames$$' -fuzztime $(FUZZTIME) ./parse

clean:
	rm -rf bin hello.o

# Differential testing with generated programs (fuzz/gen) against gcc:
# N=5000 make difftest. Needs root (BPF_PROG_TEST_RUN) and gcc.
N ?= 2000
.PHONY: difftest
difftest:
	$(GO) test ./fuzz -run TestDifferential -count=1 -difftest.n=$(N) -timeout 60m
