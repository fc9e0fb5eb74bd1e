#!/usr/bin/env bash
# profiles:fetch with a workloadSpec over HTTP on loopback (goal p99 < 10 ms), the bundled catalog, one model, in one
# JMH run: a use case built at start, asked lengths from the cache, asked lengths built on demand on every call.
# Prints p50 and p99 per case. Usage: bench/workloads.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/profiles.sh WorkloadFetchBenchmark "$@"
