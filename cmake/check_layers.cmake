# Checks that the source tree keeps its layers (cmake -DROOT=<source dir> -P):
#   app → ui → io → core, and core/gpu → core; core has no Qt;
#   a feature folder of ui/ never includes another feature folder (shared
#   pieces live in ui/common/), and only ui/shell/, which puts the features
#   together, includes them from outside;
#   no source file lies directly in core/ or ui/ (each belongs to a folder).
# Prints every breach as FILE: INCLUDE and fails if there is one.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -P check_layers.cmake")
endif()

set(ui_features explorer playground compare studies lessons)
set(breaches "")

macro(breach file what)
  file(RELATIVE_PATH rel ${ROOT} ${file})
  list(APPEND breaches "${rel}: ${what}")
endmacro()

file(GLOB loose ${ROOT}/core/*.h ${ROOT}/core/*.cpp ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp)
foreach(file IN LISTS loose)
  breach(${file} "lies directly in its layer's folder; move it into the folder of its part")
endforeach()

file(GLOB_RECURSE sources ${ROOT}/app/*.h ${ROOT}/app/*.cpp ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp
     ${ROOT}/io/*.h ${ROOT}/io/*.cpp ${ROOT}/core/*.h ${ROOT}/core/*.cpp)
foreach(file IN LISTS sources)
  file(RELATIVE_PATH rel ${ROOT} ${file})
  string(REGEX MATCH "^[a-z]+" layer "${rel}")
  set(feature "")
  if(rel MATCHES "^ui/([a-z_]+)/")
    set(feature ${CMAKE_MATCH_1})
  endif()
  file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" inc "${line}")
    if(layer STREQUAL "core")
      if(inc MATCHES "^Q" OR inc MATCHES "^(io|ui|app)/")
        breach(${file} "${inc} (core stays Qt-free and below io, ui and app)")
      elseif(inc MATCHES "^core/gpu/" AND NOT rel MATCHES "^core/gpu/")
        breach(${file} "${inc} (the core does not depend on its GPU path)")
      endif()
    elseif(layer STREQUAL "io")
      if(inc MATCHES "^(ui|app)/")
        breach(${file} "${inc} (io lies below ui and app)")
      endif()
    elseif(layer STREQUAL "ui")
      if(inc MATCHES "^app/")
        breach(${file} "${inc} (ui lies below app)")
      elseif(inc MATCHES "^ui/([a-z_]+)/" AND NOT feature STREQUAL "shell")
        set(target ${CMAKE_MATCH_1})
        if(target IN_LIST ui_features AND NOT target STREQUAL feature)
          breach(${file} "${inc} (one feature never includes another: move the shared piece to ui/common/)")
        elseif(target STREQUAL "shell")
          breach(${file} "${inc} (only the shell puts the features together)")
        endif()
      endif()
    endif()
  endforeach()
endforeach()

if(breaches)
  list(JOIN breaches "\n  " text)
  message(FATAL_ERROR "The layers are broken:\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "layers hold: ${count} source files checked")
