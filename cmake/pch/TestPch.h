// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled header of the test programs (see cmake/EarshotPch.cmake). It starts with
// tests/support/UnboundedWaits.h, which every test must see before its own code; with the
// PCH that header arrives through it instead of a separate -include (a header included
// before the PCH would keep the compiler from using it).
#pragma once

#include "tests/support/UnboundedWaits.h"

#include "CorePch.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
