#!/usr/bin/env bash
# Compare bccc with clang-19 on the bench corpus (bench/corpus and its
# libbpf twins in bench/corpus_libbpf): compile time, peak RSS,
# instruction slots and verified_insns, with ratios. Needs clang-19 and
# libbpf-dev (apt-get install clang-19 libbpf-dev) and root to load.
set -euo pipefail
cd "$(dirname "$0")/.."
go build -o bin/bccc ./cmd/bccc
exec go run ./bench/compare "$@"
