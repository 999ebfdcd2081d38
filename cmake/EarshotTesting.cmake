# SPDX-License-Identifier: GPL-3.0-or-later
# earshot_add_test(<name> SOURCES <files...> LIBS <targets...> [GUI] [LABELS <labels...>])
# Every test runs offscreen and finds the shared corpora through EARSHOT_CORPUS_DIR.
set(EARSHOT_CORPUS_DIR "${PROJECT_SOURCE_DIR}/../shared/corpora" CACHE PATH "Third-party test corpora")

function(earshot_add_test name)
  cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE earshot_options earshot_test_support Qt6::Test ${T_LIBS})
  earshot_test_pch_compatible(${name})
  # Waits without a time limit (QTRY_* redefined); the TIMEOUT below ends a real hang. The
  # tests' precompiled header starts with it (cmake/pch/TestPch.h); without one it is
  # included on its own.
  if(EARSHOT_USE_PCH)
    # Tests of the Widgets front end need QtTest's GUI flavour (see cmake/EarshotPch.cmake).
    if(T_GUI OR "earshot_ui" IN_LIST T_LIBS)
      target_precompile_headers(${name} REUSE_FROM earshot_pch_test_gui)
    else()
      target_precompile_headers(${name} REUSE_FROM earshot_pch_test)
    endif()
    # A test's moc output is included by its source, which leaves AUTOMOC's
    # mocs_compilation.cpp empty: loading the PCH there would cost more than the file.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen/mocs_compilation.cpp
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  else()
    target_compile_options(${name} PRIVATE -include ${PROJECT_SOURCE_DIR}/tests/support/UnboundedWaits.h)
  endif()
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 600)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;EARSHOT_CORPUS_DIR=${EARSHOT_CORPUS_DIR};LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()

# QtTest defines QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR as each target's own folders,
# so they differ from test to test, and a precompiled header is only used with the
# definitions it was built with. They serve QFINDTESTDATA alone, which the tests do not use
# (they find their data through EARSHOT_CORPUS_DIR), so every test and the tests' PCH owners
# go without them.
function(earshot_test_pch_compatible target)
  target_compile_options(${target} PRIVATE -UQT_TESTCASE_BUILDDIR -UQT_TESTCASE_SOURCEDIR)
endfunction()
