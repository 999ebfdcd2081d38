# SPDX-License-Identifier: GPL-3.0-or-later
# Strict compilation for every Earshot target: warnings are errors, and Qt's implicit
# string/URL conversions are off so every encoding decision is spelled out.
add_library(earshot_options INTERFACE)
target_compile_options(earshot_options INTERFACE -Wall -Wextra -Wpedantic -Werror -Wno-error=deprecated-declarations)
# GCC 12 reports false -Wrestrict positives inside libstdc++'s std::string at -O3
# (GCC bug 105329), and false -Wstringop-overflow and -Warray-bounds ones in the same code
# (std::string assigned or appended a literal, through _M_replace; seen at -O2 with the
# precompiled headers). Whether they appear depends on inlining
# decisions that shift with unrelated changes, such as the precompiled headers; keep the
# warnings visible but do not fail the build on them.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(earshot_options INTERFACE -Wno-error=restrict -Wno-error=stringop-overflow
                                                   -Wno-error=array-bounds)
endif()
target_compile_definitions(earshot_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
  QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_include_directories(earshot_options INTERFACE ${PROJECT_SOURCE_DIR})
