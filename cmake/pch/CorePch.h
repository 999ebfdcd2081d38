// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled header of the core libraries, earshot_cli and the support libraries (see
// cmake/EarshotPch.cmake). Standard and Qt Core headers nearly every source file includes:
// parsing them once instead of in every translation unit is most of what a PCH saves.
// Only stable third-party headers belong here, never project headers: a change to one
// would rebuild everything. Code must still include what it uses; a build with
// -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON checks that.
#pragma once

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>
