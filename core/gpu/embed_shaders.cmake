# Writes OUTPUT, a header holding each shader in SOURCES ('|'-separated paths)
# as a raw string literal relulab::gpu::shaders::<file name with '.' as '_'>.
# Run at build time by relulab_gpu (so an edited shader rebuilds the library).
string(REPLACE "|" ";" files "${SOURCES}")
set(text "// Generated from core/gpu/shaders by embed_shaders.cmake. Do not edit.\n#pragma once\n\n#include <string_view>\n\nnamespace relulab::gpu::shaders {\n\n")
foreach(file IN LISTS files)
  get_filename_component(name "${file}" NAME)
  string(MAKE_C_IDENTIFIER "${name}" identifier)
  file(READ "${file}" content)
  string(APPEND text "inline constexpr std::string_view ${identifier} = R\"relulab_glsl(${content})relulab_glsl\";\n\n")
endforeach()
string(APPEND text "}  // namespace relulab::gpu::shaders\n")
# Only touch the file when it changes, so dependants rebuild only then.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUTPUT}" "${text}")
endif()
