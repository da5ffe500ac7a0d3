#!/bin/sh
# check_portable_code.sh BINARY: fails when a function of BINARY outside the
# CPU paths' own copies of the kernels (symbols ending in .avx2, .avx512 or .fma,
# cmake/CpuPaths.cmake) uses an AVX or AVX-512 instruction (VEX or EVEX
# encoded: their mnemonics start with v, their registers are ymm, zmm or k).
# Such a function would stop the portable program with an illegal
# instruction on a CPU without AVX.
set -eu
binary=$1
objdump -d --no-show-raw-insn "$binary" | awk '
  /^[0-9a-f]+ <.*>:$/ { name = $2; next }
  /^ *[0-9a-f]+:\t/ {
    split($0, parts, "\t"); insn = parts[2]
    if (name ~ /\.(avx2|avx512|fma)(\.|>|$)/) { dispatched++; next }
    if (insn ~ /^v[a-z]/ && insn !~ /^ver[rw]/ || insn ~ /%[yz]mm|%k[0-7]/) {
      if (!(name in bad)) { bad[name] = insn; count++ }
    }
  }
  END {
    for (n in bad) print "AVX outside the CPU paths: " n "  " bad[n]
    if (dispatched == 0) { print "no .avx2/.avx512 code found: is this the portable build?"; exit 1 }
    print dispatched " instructions in the paths own kernels; " count+0 " functions with AVX elsewhere"
    exit count > 0
  }'
