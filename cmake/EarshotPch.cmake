# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers. Nearly every source file includes the same Qt and standard headers,
# and parsing them again in each of the ~270 translation units was a large share of a clean
# build. Each header set in cmake/pch/ is compiled once by a small owner target here, and
# the libraries and test programs reuse that result (REUSE_FROM) instead of building their
# own copy.
#
# A compiler accepts a precompiled header only from a compilation with the same options
# and the same -D definitions (a user may add definitions the headers never look at, but
# none the headers test). Hence one owner per kind of user, built with that user's flags:
#   earshot_pch_core        static libraries (core, earshot_cli, test and bench support)
#   earshot_pch_test        test programs (QtTest, QtNetwork)
#   earshot_pch_test_gui    test programs of the Widgets front end (QtTest picks its
#                           QApplication main and GUI helpers from QT_WIDGETS_LIB)
# earshot_ui has a set of its own, used by it alone. The executables (earshot, earshot-cli,
# benchmarks, the fuzzer) have one or two sources each and go without. A mismatch does not
# go unnoticed: CMake passes -Winvalid-pch and warnings are errors.
#
# Configure with -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON to build without them (for example to
# check that every file includes what it uses).
set(EARSHOT_PCH_DIR ${PROJECT_SOURCE_DIR}/cmake/pch)

if(CMAKE_DISABLE_PRECOMPILE_HEADERS)
  set(EARSHOT_USE_PCH OFF)
else()
  set(EARSHOT_USE_PCH ON)
endif()

# Owner targets compile one trivial source next to their header; executables need a main.
set(earshot_pch_source ${PROJECT_BINARY_DIR}/pch/pch_owner.cpp)
file(CONFIGURE OUTPUT ${earshot_pch_source} CONTENT "int main() { return 0; }\n")

if(EARSHOT_USE_PCH)
  add_library(earshot_pch_core STATIC ${earshot_pch_source})
  target_link_libraries(earshot_pch_core PRIVATE earshot_options Qt6::Core)
  target_precompile_headers(earshot_pch_core PRIVATE ${EARSHOT_PCH_DIR}/CorePch.h)
  set_target_properties(earshot_pch_core PROPERTIES AUTOMOC OFF AUTORCC OFF)
endif()

# earshot_use_core_pch(<targets...>): static libraries reuse the core precompiled header.
function(earshot_use_core_pch)
  if(EARSHOT_USE_PCH)
    foreach(target IN LISTS ARGN)
      target_precompile_headers(${target} REUSE_FROM earshot_pch_core)
    endforeach()
  endif()
endfunction()

# Test programs: the owners are linked like a test (see earshot_add_test).
if(EARSHOT_USE_PCH AND EARSHOT_BUILD_TESTS)
  add_executable(earshot_pch_test ${earshot_pch_source})
  target_link_libraries(earshot_pch_test PRIVATE earshot_options earshot_test_support Qt6::Test)
  target_precompile_headers(earshot_pch_test PRIVATE ${EARSHOT_PCH_DIR}/TestPch.h)
  if(EARSHOT_BUILD_GUI)
    add_executable(earshot_pch_test_gui ${earshot_pch_source})
    target_link_libraries(earshot_pch_test_gui PRIVATE earshot_options earshot_test_support Qt6::Test
                                                       Qt6::Widgets)
    target_precompile_headers(earshot_pch_test_gui PRIVATE ${EARSHOT_PCH_DIR}/TestWidgetsPch.h)
  endif()
  foreach(owner earshot_pch_test earshot_pch_test_gui)
    if(TARGET ${owner})
      set_target_properties(${owner} PROPERTIES AUTOMOC OFF AUTORCC OFF)
      earshot_test_pch_compatible(${owner})
    endif()
  endforeach()
endif()
