// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/PlatformField.h"

#include "core/model/Platform.h"

#include <QLineEdit>

namespace earshot {

namespace {

// Where mentions are copied by hand from most: review sites and forums first.
const QStringList &knownPlatforms()
{
    static const QStringList ids = {
        QStringLiteral("reviews"),
        QStringLiteral("forum"),
        Platform::Vk,
        Platform::Telegram,
        Platform::Mastodon,
        Platform::Reddit,
        Platform::Discourse,
        QStringLiteral("twitter"),
        QStringLiteral("youtube"),
        QStringLiteral("livejournal"),
    };
    return ids;
}

}  // namespace

PlatformField::PlatformField(bool optional, QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    if (optional)
        addItem(QString(), QString());
    for (const QString &id : knownPlatforms())
        addItem(Platform::displayName(id), id);
    lineEdit()->setPlaceholderText(tr("platform, e.g. reviews"));
}

QString PlatformField::platformId() const
{
    const QString text = currentText().trimmed();
    // A known platform shows its name; anything else typed in is taken as an id.
    const int index = findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    return Platform::normalizeId(text);
}

void PlatformField::setPlatformId(const QString &id)
{
    const int index = findData(Platform::normalizeId(id));
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(Platform::normalizeId(id));
}

}  // namespace earshot
