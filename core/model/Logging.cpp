// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "earshot.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "earshot.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "earshot.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "earshot.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "earshot.ui", QtWarningMsg)
