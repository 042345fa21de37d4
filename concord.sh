#!/usr/bin/env bash
# The README's two commands:  ./concord.sh run   (build, then start the editor on the demo database)
#                             ./concord.sh test  (build, then run every test, PostgreSQL included)
# and CI's third:             ./concord.sh test-sanitized  (clang, ASan + UBSan, bounded fuzz runs)
# and the mutation check:     ./concord.sh mutants [--runs R]  (tests/mutants/run.sh)
set -euo pipefail
shopt -s inherit_errexit 2>/dev/null || true
cd "$(dirname "$0")"

packages=(g++ cmake ninja-build qt6-base-dev qt6-base-private-dev libqt6sql6-sqlite libqt6sql6-psql
          qt6-tools-dev qt6-l10n-tools qt6-translations-l10n postgresql postgresql-common xvfb xauth
          librapidcheck-dev locales iproute2 e2fsprogs clang libclang-rt-14-dev ccache)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing missing Debian packages: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    # The bad-input tests run a PostgreSQL server and libpq answering in German (their messages
    # need the OS locale). Generated once; a quick check afterwards.
    if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf-\?8'; then
        echo "Generating the de_DE.UTF-8 locale"
        $sudo sed -i 's/^# *de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen
        $sudo locale-gen >/dev/null
    fi
}

# ccache keeps objects across builds and clones (paths taken relative to this folder), so a
# rebuild after a small change, or CI's second clone, compiles only what changed.
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=1
export CMAKE_CXX_COMPILER_LAUNCHER=ccache

build() {
    cmake --preset default >/dev/null
    cmake --build --preset default
}

build_sanitized() {
    cmake --preset sanitize >/dev/null
    cmake --build --preset sanitize
}

free_port() {
    local port
    for port in $(seq 54329 54400); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    echo 54329
}

case "${1:-}" in
run)
    install_missing
    build
    shift
    exec ./build/app/concord "$@"
    ;;
test)
    install_missing
    build
    # A throwaway PostgreSQL cluster around ctest; -t tries port 5432 unless PGPORT says otherwise.
    PGPORT=$(free_port) pg_virtualenv -t "$0" run-ctest
    ;;
test-sanitized)
    install_missing
    build_sanitized
    PGPORT=$(free_port) pg_virtualenv -t "$0" run-ctest-sanitized
    ;;
mutants)
    # Each tests/mutants/*.patch in a scratch build (build-mutants/), the conflict suites run on
    # it; last line: mutants: caught=N of=M. --runs R measures the randomized test's catch rate.
    install_missing
    shift
    PGPORT=$(free_port) pg_virtualenv -t tests/mutants/run.sh "$@"
    ;;
run-ctest-sanitized)
    # (inside pg_virtualenv) Every suite but the benchmarks, under ASan and UBSan, and each fuzz
    # target for CONCORD_FUZZ_SECONDS (the preset's environment sets the sanitizers' options).
    ctest --preset sanitize
    ;;
run-ctest)
    # (inside pg_virtualenv) The benchmarks first, showing their figures (bench:, bulk:, latency: and idle: lines), then every test suite.
    ctest --preset default -L bench --verbose | grep -E '^[0-9]+: (bench|bulk|latency|idle)' | sed 's/^[0-9]*: //'
    # -j3 on two cores: many suites spend their time waiting for a server, a timer or a child.
    ctest --preset default -j3 -LE bench
    ;;
*)
    echo "usage: $0 run [editor arguments] | test | test-sanitized | mutants [--runs R]" >&2
    exit 2
    ;;
esac
