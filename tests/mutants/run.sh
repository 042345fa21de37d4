#!/usr/bin/env bash
# Mutation check of the conflict suites (run by `./concord.sh mutants`, inside pg_virtualenv).
#
# Each tests/mutants/NN-name.patch is a small, plausible lost-update or false-conflict bug in
# core/. For each: the tree is copied to build-mutants/src (only files that differ are copied,
# so ninja recompiles only the patched file; ccache serves the rest), the patch is applied, the
# suites below are built and run on both backends, and the suites that fail are the ones that
# catch the mutant. Suites that fail on the unpatched tree are left out of the verdict (listed).
#
#   ./concord.sh mutants                 every mutant once; last line: mutants: caught=N of=M
#   ./concord.sh mutants --runs 10       also runs the randomized test 10 times per mutant, at
#                                        CI's budget and a random seed each, and prints its
#                                        catch rate (runs caught of runs)
#   ./concord.sh mutants --only 02       only the mutants whose file name starts with 02
#   ./concord.sh mutants --quick         CI's way: no baseline run (the test command has run the
#                                        suites just before), and each mutant stops at the first
#                                        suite that catches it, the quick suites first
# CONCORD_RC_BUDGET (default 60 here) sets the randomized test's sequences per backend; a
# failing sequence is not shrunk (RC_PARAMS=noshrink=1), as only "caught or not" counts here.
# Exits non-zero if a patch no longer applies.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

runs=0
only=""
quick=0
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) runs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    *) echo "usage: $0 [--runs R] [--only NN] [--quick]" >&2; exit 2 ;;
    esac
done

# Quickest first: --quick stops at the first suite that catches a mutant.
suites=(tst_outsideprogram tst_conflictresolution tst_exactvalues tst_liveupdates
        tst_versionstrategies tst_recordidentity tst_versionedtablemodel tst_modelstatemachine)
random_suite=tst_modelstatemachine
work=$root/build-mutants
src=$work/src
bld=$work/build
logs=$work/logs
mkdir -p "$src" "$logs"
export CONCORD_RC_BUDGET=${CONCORD_RC_BUDGET:-60}
export RC_PARAMS=${RC_PARAMS:-noshrink=1}
export QT_QPA_PLATFORM=offscreen

# The source tree as it is in this worktree (committed or not), copied where it differs.
sync_tree() {
    git ls-files -co --exclude-standard -z | while IFS= read -r -d '' f; do
        [ -f "$f" ] || continue
        if ! cmp -s "$f" "$src/$f"; then
            mkdir -p "$src/$(dirname "$f")"
            cp "$f" "$src/$f"
        fi
    done
}

build() {
    cmake --build "$bld" -j2 --target "${suites[@]}" >"$logs/build.log" 2>&1 \
        || { echo "build failed, see $logs/build.log" >&2; tail -20 "$logs/build.log" >&2; return 1; }
}

# Runs one suite on both backends; 0 if it passed.
run_suite() { # suite logfile
    timeout 900 "$bld/tests/core/$1" >"$2" 2>&1
}

sync_tree
if [ ! -f "$bld/build.ninja" ]; then
    CMAKE_CXX_COMPILER_LAUNCHER=ccache cmake -S "$src" -B "$bld" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCONCORD_BUILD_TESTS=ON -DCONCORD_BUILD_APP=OFF >"$logs/configure.log" 2>&1
fi

patches=()
for p in tests/mutants/*.patch; do
    name=$(basename "$p" .patch)
    [ -z "$only" ] || [[ "$name" == "$only"* ]] || continue
    patches+=("$p")
done

# Baseline: the suites on the unpatched tree.
echo "mutants: building the unpatched tree in $bld"
build
broken=()
if [ $quick -eq 0 ]; then
    for s in "${suites[@]}"; do
        run_suite "$s" "$logs/baseline-$s.log" || broken+=("$s")
    done
fi
[ ${#broken[@]} -eq 0 ] || echo "mutants: failing without any mutant (left out of the verdict): ${broken[*]}"

caught=0
total=0
stale=0
for p in "${patches[@]}"; do
    name=$(basename "$p" .patch)
    total=$((total + 1))
    # patch(1), not git apply: the scratch copy lies inside this worktree's repository.
    if ! (cd "$src" && patch -p1 --dry-run -s -f <"$root/$p" >/dev/null 2>&1); then
        echo "mutant $name: PATCH NO LONGER APPLIES"
        stale=$((stale + 1))
        continue
    fi
    (cd "$src" && patch -p1 -s -f <"$root/$p")
    patched=$(grep -E '^\+\+\+ b/' "$root/$p" | sed 's|^+++ b/||')
    ok=1
    build || ok=0
    catchers=()
    if [ $ok -eq 1 ]; then
        for s in "${suites[@]}"; do
            [[ " ${broken[*]} " == *" $s "* ]] && continue
            run_suite "$s" "$logs/$name-$s.log" || catchers+=("$s")
            [ $quick -eq 1 ] && [ ${#catchers[@]} -gt 0 ] && break
        done
        if [ "$runs" -gt 0 ] && [[ " ${broken[*]} " != *" $random_suite "* ]]; then
            # The catch rate is measured at CI's budget (the suite's own default, unset here)
            # with a random seed per run; a run the watchdog or a crash ended is not a catch.
            hits=0
            hung=0
            for i in $(seq 1 "$runs"); do
                log=$logs/$name-rate-$i.log
                if ! env -u CONCORD_RC_BUDGET QTEST_FUNCTION_TIMEOUT=3600000 \
                        "$bld/tests/core/$random_suite" >"$log" 2>&1; then
                    if grep -q "FAIL!" "$log" && ! grep -q "timed out\|Received signal" "$log"; then
                        hits=$((hits + 1))
                    else
                        hung=$((hung + 1))
                    fi
                fi
            done
            echo "mutant $name: randomized test caught it in $hits of $runs runs (CI's budget; $hung ended otherwise)"
        fi
    fi
    # Back to the unpatched files (copied anew: ninja sees them change, ccache has them).
    for f in $patched; do cp "$root/$f" "$src/$f"; done
    if [ $ok -eq 0 ]; then
        echo "mutant $name: does not build"
        stale=$((stale + 1))
    elif [ ${#catchers[@]} -gt 0 ]; then
        caught=$((caught + 1))
        echo "mutant $name: caught by ${catchers[*]}"
    else
        echo "mutant $name: NOT CAUGHT"
    fi
done
echo "mutants: caught=$caught of=$total"
# A patch that no longer applies or builds must be redone; a mutant no suite catches is a hole
# in the suites. Either fails the run.
[ "$stale" -eq 0 ] && [ "$caught" -eq "$total" ]
