#!/bin/sh
# Runs the concurrency tests (CTest label "stress") ROUNDS times each, in a
# row, in the scheduler's stress mode (CSP_STRESS=1; see spec/internals.md).
# CTest runs them 3 times each (CSP_STRESS_ROUNDS); this is the long run.
#
#   tests/stress.sh [ROUNDS] [BUILD_DIR]     defaults: 100, ./build
#
# Each program's rounds use consecutive seeds; a failure names the program,
# the round and its CSP_STRESS_SEED (set CSP_STRESS_SEED_BASE to choose the
# first seed). Extra ctest options go in $CTEST_ARGS (e.g. "-j2").
set -e
rounds=${1:-100}
build=${2:-build}
cd "$build"
CSP_STRESS_ROUNDS=$rounds exec ctest -L stress --timeout 7200 --output-on-failure ${CTEST_ARGS:--j2}
