// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AccountRepository.h"

#include <QDateTime>
#include <QString>

namespace earshot {

// How the accounts dialog words an account's health. `now` is passed in so the list and
// its details agree on it.
namespace AccountHealthText {
// One line for the list: disabled, failing with the last error, synced when, or not yet.
QString summary(const AccountRecord &account, const QDateTime &now);
// Several lines for the selected account: last success and attempt, failures in a row
// with the last error, a wait the platform asked for, and a warning about plain http.
QString details(const AccountRecord &account, const QDateTime &now);
}  // namespace AccountHealthText

}  // namespace earshot
