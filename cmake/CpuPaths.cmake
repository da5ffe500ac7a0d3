# The kernels' extra builds, one per CPU path (core/cpu/cpu.h), included from
# core/CMakeLists.txt once RELULAB_CPU_KERNEL_SOURCES is known.
#
# Each path compiles the same sources with its own -march into an object
# library. Those objects are then linked into one relocatable object
# (ld -r), and every symbol it defines is renamed with the path's suffix
# (objcopy --redefine-syms) except its table, relulab_cpu_kernels_<path>.
# The renaming is what keeps the paths apart: the inline functions and
# templates each build emits (ours, Eigen's, the standard library's) would
# otherwise be merged by the linker with the baseline's copies, and the
# portable program could end up calling an AVX-512 copy.
#
# -mno-fma: the paths' training engines must compute the same numbers as the
# baseline's, bit for bit (the fused float arrays below are the exception). Nothing is contracted into fused multiply-adds (-ffp-contract=off for
# all code, CMakeLists.txt), and Eigen uses FMA instructions of its own when
# the compiler offers them, so they are not offered. (Measured on an AVX2
# machine: FMA would add about 10 % to tfp-default's training rate.)

if(NOT RELULAB_CPU_PATHS)
  return()
endif()

# name | enum | flags. The AVX-512 path hides __AVX512F__ from Eigen, which
# would otherwise insist on FMA (Eigen bug 1638): its packets stay 256-bit
# there, while the engine's lanes (RELULAB_LANE_BYTES) use 512-bit registers.
#
# fma: the activation library's float array forms once more, for x86-64-v3
# with FMA (core/cpu/fused_arrays.cpp says why); the AVX2 and AVX-512 paths'
# tables take their float arrays from it, while their training engine keeps
# its unfused copy.
set(relulab_cpu_paths
  "avx2|Avx2|-march=x86-64-v3 -mno-fma"
  "avx512|Avx512|-march=x86-64-v4 -mno-fma -U__AVX512F__ -DRELULAB_LANE_BYTES=64"
  "fma|Avx2|-march=x86-64-v3")
list(TRANSFORM RELULAB_CPU_KERNEL_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/ OUTPUT_VARIABLE kernel_sources)
set(fma_sources ${CMAKE_CURRENT_SOURCE_DIR}/activations/activation.cpp
                ${CMAKE_CURRENT_SOURCE_DIR}/cpu/fused_arrays.cpp)
foreach(entry IN LISTS relulab_cpu_paths)
  string(REPLACE "|" ";" fields "${entry}")
  list(GET fields 0 name)
  list(GET fields 1 enum)
  list(GET fields 2 flags)
  separate_arguments(flags UNIX_COMMAND "${flags}")
  set(objects relulab_cpu_${name})
  if(name STREQUAL "fma")
    add_library(${objects} OBJECT ${fma_sources})
  else()
    add_library(${objects} OBJECT ${kernel_sources})
  endif()
  relulab_unity_build(${objects})
  target_compile_options(${objects} PRIVATE ${flags})
  target_compile_definitions(${objects} PRIVATE RELULAB_CPU_TARGET=${name} RELULAB_CPU_ENUM=${enum})
  target_link_libraries(${objects} PRIVATE relulab_core_usage relulab_options ${RELULAB_CORE_OPENMP})

  set(partial ${CMAKE_CURRENT_BINARY_DIR}/cpu_${name}_partial.o)
  set(isolated ${CMAKE_CURRENT_BINARY_DIR}/cpu_${name}.o)
  add_custom_command(
    OUTPUT ${isolated}
    COMMAND ${CMAKE_LINKER} -r -o ${partial} $<TARGET_OBJECTS:${objects}>
    COMMAND ${CMAKE_COMMAND} -DNM=${CMAKE_NM} -DOBJCOPY=${CMAKE_OBJCOPY} -DINPUT=${partial}
            -DOUTPUT=${isolated} -DSUFFIX=${name} -P ${PROJECT_SOURCE_DIR}/cmake/CpuPathIsolate.cmake
    DEPENDS $<TARGET_OBJECTS:${objects}> ${PROJECT_SOURCE_DIR}/cmake/CpuPathIsolate.cmake
    COMMENT "Keeping the ${name} kernels apart (ld -r, objcopy)"
    COMMAND_EXPAND_LISTS VERBATIM)
  set_source_files_properties(${isolated} PROPERTIES EXTERNAL_OBJECT TRUE GENERATED TRUE)
  target_sources(relulab_core PRIVATE ${isolated})
  string(TOUPPER ${name} upper)
  set_property(SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/cpu/cpu.cpp APPEND PROPERTY
    COMPILE_DEFINITIONS RELULAB_CPU_${upper}=1)
endforeach()
