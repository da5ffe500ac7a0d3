# cmake -DNM= -DOBJCOPY= -DINPUT= -DOUTPUT= -DSUFFIX= -P CpuPathIsolate.cmake
# Renames every symbol INPUT defines to <symbol>.SUFFIX, except the path's
# table (relulab_cpu_kernels_* or relulab_cpu_arrays_*), and writes OUTPUT.
# See CpuPaths.cmake.
# Local symbols too: a COMDAT group is known by its signature symbol, which
# can be local (GCC's C5 group of a constructor's C1 and C2), and the linker
# keeps one group per signature name across the whole program.
execute_process(COMMAND ${NM} --defined-only --format=posix ${INPUT}
  OUTPUT_VARIABLE listing RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "nm ${INPUT} failed")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(symbols "")
set(kept 0)
foreach(line IN LISTS lines)
  string(REGEX MATCH "^[^ ]+" symbol "${line}")
  if(symbol STREQUAL "")
    continue()
  endif()
  if(symbol MATCHES "^relulab_cpu_(kernels|arrays)_")
    math(EXPR kept "${kept} + 1")
    continue()
  endif()
  if(symbol MATCHES "^\\.")  # assembler labels (.LC0): local to each object anyway
    continue()
  endif()
  list(APPEND symbols "${symbol}")
endforeach()
list(REMOVE_DUPLICATES symbols)
set(renames "")
foreach(symbol IN LISTS symbols)
  string(APPEND renames "${symbol} ${symbol}.${SUFFIX}\n")
endforeach()
if(NOT kept EQUAL 1)
  message(FATAL_ERROR "${INPUT}: expected one relulab_cpu_kernels_* or _arrays_* table, found ${kept}")
endif()
file(WRITE ${OUTPUT}.renames "${renames}")
execute_process(COMMAND ${OBJCOPY} --redefine-syms=${OUTPUT}.renames ${INPUT} ${OUTPUT}
  RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "objcopy ${INPUT} failed")
endif()
