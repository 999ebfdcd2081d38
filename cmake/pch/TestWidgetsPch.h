// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled header of the GUI test programs: the test set plus the Widgets set.
#pragma once

#include "TestPch.h"
#include "WidgetsPch.h"
