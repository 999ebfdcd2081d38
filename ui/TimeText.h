// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace earshot {

// How the UI writes a point in time: relative while recent ("5 min ago"), then the
// date in the user's locale. `now` is passed in so tests and delegates agree on it.
namespace TimeText {
QString relative(const QDateTime &when, const QDateTime &now);
QString absolute(const QDateTime &when);  // full local date and time, for tooltips
}  // namespace TimeText

}  // namespace earshot
