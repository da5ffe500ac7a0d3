# Writes relulab.1.gz: help2man reads `relulab --help` and `--version`, and
# this script adds what help2man does not see: a COMMANDS section with each
# command's own --help (and each study's), turned into man markup, and the
# environment variables the program reads. Run by cmake -P from
# cmake/Packaging.cmake:
#   cmake -DRELULAB=<binary> -DHELP2MAN=<help2man> -DGZIP=<gzip> -DOUT_DIR=<dir> -P man_page.cmake
# A command whose --help fails stops the build, so the page never silently
# leaves a command out.

foreach(var RELULAB HELP2MAN GZIP OUT_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "man_page.cmake needs -D${var}=…")
  endif()
endforeach()

# The page is in English, whatever the build machine's language.
set(ENV{RELULAB_LANG} en)
set(ENV{LC_ALL} C.UTF-8)

# help_text(OUT ARGS…): the output of `relulab ARGS… --help`.
function(help_text out)
  execute_process(COMMAND ${RELULAB} ${ARGN} --help
    OUTPUT_VARIABLE text ERROR_VARIABLE error RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "relulab ${ARGN} --help failed (${code}): ${error}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# list_entries(OUT TEXT HEADER): the names listed under the line that starts
# with HEADER (never Options: or Arguments:), one "  name  description" line
# each, up to the next line that is not indented.
function(list_entries out text header)
  string(REPLACE ";" "\\;" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(inside FALSE)
  set(names)
  foreach(line IN LISTS lines)
    if(line MATCHES "^${header}" AND NOT line MATCHES "^(Options|Arguments):")
      set(inside TRUE)
    elseif(inside AND line MATCHES "^  ([a-z][a-z0-9-]*)  ")
      list(APPEND names ${CMAKE_MATCH_1})
    elseif(inside)
      break()
    endif()
  endforeach()
  set(${out} ${names} PARENT_SCOPE)
endfunction()

# escaped(OUT TEXT): TEXT safe as man markup: backslashes and dashes escaped,
# no line read as a request.
function(escaped out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  if(text MATCHES "^[.']")
    set(text "\\&${text}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# to_man(OUT TEXT): a --help text as man markup. "  item  description" lines
# (options, arguments, studies) become tagged paragraphs, with their deeper
# indented continuation lines; "Heading:" lines become bold; the rest is
# running text, in paragraphs as the blank lines split it.
function(to_man out text)
  string(REPLACE ";" "\\;" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(man ".PP\n")
  set(in_item FALSE)
  foreach(line IN LISTS lines)
    if(line STREQUAL "")
      string(APPEND man ".PP\n")
      set(in_item FALSE)
    elseif(line MATCHES "^  ([^ ].*[^ ]|[^ ])  +([^ ].*)$")
      escaped(tag "${CMAKE_MATCH_1}")
      escaped(body "${CMAKE_MATCH_2}")
      string(APPEND man ".TP\n\\fB${tag}\\fR\n${body}\n")
      set(in_item TRUE)
    elseif(in_item AND line MATCHES "^    +([^ ].*)$")
      escaped(body "${CMAKE_MATCH_1}")
      string(APPEND man "${body}\n")
    elseif(line MATCHES "^([A-Z][A-Za-z ]*):$")
      string(APPEND man ".PP\n\\fB${CMAKE_MATCH_1}:\\fR\n")
      set(in_item FALSE)
    else()
      if(in_item)
        string(APPEND man ".PP\n")
        set(in_item FALSE)
      endif()
      string(STRIP "${line}" line)
      escaped(body "${line}")
      # A usage line stands on its own line.
      if(line MATCHES "^Usage:")
        string(APPEND man "${body}\n.br\n")
      else()
        string(APPEND man "${body}\n")
      endif()
    endif()
  endforeach()
  set(${out} "${man}" PARENT_SCOPE)
endfunction()

help_text(main_help)
list_entries(commands "${main_help}" "Commands")
if(NOT commands)
  message(FATAL_ERROR "relulab --help lists no commands")
endif()

set(include "[COMMANDS]\n")
foreach(command IN LISTS commands)
  help_text(command_help ${command})
  to_man(body "${command_help}")
  string(APPEND include ".SS \"relulab ${command}\"\n${body}")
  # A command with sub-commands of its own (study NAME) lists them; each has
  # its own --help.
  list_entries(subcommands "${command_help}" "[A-Z][a-z]+:$")
  foreach(sub IN LISTS subcommands)
    help_text(sub_help ${command} ${sub})
    to_man(body "${sub_help}")
    string(APPEND include ".SS \"relulab ${command} ${sub}\"\n${body}")
  endforeach()
endforeach()

string(APPEND include "
[ENVIRONMENT]
.TP
\\fBRELULAB_LANG\\fR
The language to speak: ar (Arabic) or en (English), as \\fB\\-\\-lang\\fR sets it
for one run. Unset, ReLU Lab follows the choice saved from View \\(-> Language,
then the system's language.
.TP
\\fBRELULAB_DISABLE_GPU\\fR
Set to 1, ReLU Lab does not use the GPU path: every command runs on the CPU.
.TP
\\fBRELULAB_CPU\\fR
The CPU path to run on: baseline (SSE2, any x86-64 PC), avx2 or avx512. Unset,
ReLU Lab takes the fastest this CPU runs; \\fB\\-\\-version\\fR names it. A path
the CPU cannot run is refused, with the valid ones listed.
")

file(WRITE ${OUT_DIR}/relulab.h2m "${include}")
execute_process(
  COMMAND ${HELP2MAN} --no-info --section=1 --locale=C.UTF-8 --include=${OUT_DIR}/relulab.h2m
          "--name=explore ReLU-family activations and watch neurons die"
          --output=${OUT_DIR}/relulab.1 ${RELULAB}
  RESULT_VARIABLE code ERROR_VARIABLE error)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "help2man failed (${code}): ${error}")
endif()
# --version ends with the CPU path of the machine that ran it: not the reader's.
file(READ ${OUT_DIR}/relulab.1 page)
string(REGEX REPLACE "\n\\.PP\nCPU path: [^\n]*" "" page "${page}")
file(WRITE ${OUT_DIR}/relulab.1 "${page}")
execute_process(COMMAND ${GZIP} -9nf ${OUT_DIR}/relulab.1 RESULT_VARIABLE code)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "gzip failed on ${OUT_DIR}/relulab.1")
endif()
