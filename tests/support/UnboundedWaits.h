// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Included into every test before its own code (see cmake/EarshotTesting.cmake).
//
// QtTest's QTRY_* macros give up after 5 seconds, and fail even when the condition comes
// true late ("increase the timeout"): a time limit in disguise, which turns a loaded
// machine into a failing test. Here they wait as long as it takes; a real hang is ended
// and reported by the test runner's per-test timeout instead.

#include <QTest>

namespace earshot::test {
// A day, in milliseconds: never reached within the runner's timeout, and twice it (the
// macros' late-success check) still fits an int.
inline constexpr int kUnboundedWaitMs = 24 * 3600 * 1000;
}  // namespace earshot::test

#undef QTRY_VERIFY
#undef QTRY_VERIFY2
#undef QTRY_COMPARE
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, ::earshot::test::kUnboundedWaitMs)
#define QTRY_VERIFY2(expr, message) \
    QTRY_VERIFY2_WITH_TIMEOUT(expr, message, ::earshot::test::kUnboundedWaitMs)
#define QTRY_COMPARE(expr, expected) \
    QTRY_COMPARE_WITH_TIMEOUT(expr, expected, ::earshot::test::kUnboundedWaitMs)
