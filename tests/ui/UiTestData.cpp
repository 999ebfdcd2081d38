// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestData.h"

#include <QCoreApplication>

#include "core/services/ImportService.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace earshot::test {

bool writeGeneratedItems(const QString &path, int count, int firstNumber)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    static const char *const platforms[] = {"vk", "telegram", "mastodon", "feed"};
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const int n = firstNumber + i;
        const QString platform = QString::fromLatin1(platforms[((n % 4) + 4) % 4]);
        QJsonObject o;
        o.insert(QStringLiteral("platform"), platform);
        o.insert(QStringLiteral("source"),
                 QStringLiteral("https://example.org/%1/%2").arg(platform).arg(n % 10));
        o.insert(QStringLiteral("source_title"), QStringLiteral("Source %1").arg(n % 10));
        o.insert(QStringLiteral("id"), QStringLiteral("gen-%1").arg(n));
        o.insert(QStringLiteral("url"), QStringLiteral("https://example.org/item/%1").arg(n));
        o.insert(QStringLiteral("author"), QStringLiteral("Author %1").arg(n % 97));
        o.insert(QStringLiteral("title"), QStringLiteral("Item %1").arg(n));
        o.insert(QStringLiteral("text"),
                 QStringLiteral("Generated mention number %1 about delivery and support.").arg(n));
        o.insert(QStringLiteral("published"), start.addSecs(-60LL * n).toString(Qt::ISODate));
        if (n % 5 == 0)
            o.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("five")});
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    return file.flush();
}

bool writeLines(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const QString &line : lines) {
        file.write(line.toUtf8());
        file.write("\n");
    }
    return file.flush();
}

bool createWorkspace(const QString &dbPath)
{
    auto db = Workspace::open(dbPath);
    if (!db) {
        qWarning() << db.error().toString();
        return false;
    }
    return true;
}

qint64 importNow(const QString &dbPath, const QString &jsonlPath)
{
    auto db = Workspace::open(dbPath);
    if (!db) {
        qWarning() << db.error().toString();
        return -1;
    }
    auto report = ImportService(**db).importFile(jsonlPath);
    if (!report) {
        qWarning() << report.error().toString();
        return -1;
    }
    return report->stored();
}

void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::AllEvents);
}

}  // namespace earshot::test
