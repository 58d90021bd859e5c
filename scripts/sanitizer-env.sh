# Sourced by run-tests.sh and fuzz.sh: runtime options for ASan, LSan and UBSan builds.
# Leaks and UB are errors; suppressions for uninstrumented libraries live in tests/sanitizers/.
zhili_root=${zhili_root:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1:abort_on_error=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$zhili_root/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-suppressions=$zhili_root/tests/sanitizers/ubsan.supp:print_stacktrace=1:halt_on_error=1}
if command -v llvm-symbolizer >/dev/null 2>&1; then
  export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer)}
fi
