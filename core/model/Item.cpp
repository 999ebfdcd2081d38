// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Item.h"

#include <array>

namespace earshot {

namespace {
const std::array<QString, 5> kStatusIds = {
    QStringLiteral("new"),      QStringLiteral("in-progress"), QStringLiteral("waiting"),
    QStringLiteral("answered"), QStringLiteral("closed"),
};
}

QString statusId(ItemStatus status)
{
    const auto index = static_cast<std::size_t>(status);
    return index < kStatusIds.size() ? kStatusIds[index] : kStatusIds[0];
}

bool parseStatusId(const QString &id, ItemStatus *status)
{
    for (std::size_t i = 0; i < kStatusIds.size(); ++i) {
        if (kStatusIds[i].compare(id, Qt::CaseInsensitive) == 0) {
            *status = static_cast<ItemStatus>(i);
            return true;
        }
    }
    return false;
}

}  // namespace earshot
