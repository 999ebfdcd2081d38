# SPDX-License-Identifier: GPL-3.0-or-later
# earshot_add_test(<name> SOURCES <files...> LIBS <targets...> [GUI] [LABELS <labels...>])
# Every test runs offscreen and finds the shared corpora through EARSHOT_CORPUS_DIR.
set(EARSHOT_CORPUS_DIR "${PROJECT_SOURCE_DIR}/../shared/corpora" CACHE PATH "Third-party test corpora")

function(earshot_add_test name)
  cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE earshot_options earshot_test_support Qt6::Test ${T_LIBS})
  # Waits without a time limit (QTRY_* redefined); the TIMEOUT below ends a real hang.
  target_compile_options(${name} PRIVATE -include ${PROJECT_SOURCE_DIR}/tests/support/UnboundedWaits.h)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 600)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;EARSHOT_CORPUS_DIR=${EARSHOT_CORPUS_DIR};LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
