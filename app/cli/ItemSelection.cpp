// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ItemSelection.h"

#include "core/services/TriageService.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
}  // namespace

ItemSelection::ItemSelection()
    : m_query(QStringLiteral("query"), tr("Act on every item matching this query."),
              QStringLiteral("Q"))
{
}

void ItemSelection::addTo(CommandParser &parser)
{
    parser.addOption(m_query);
}

std::optional<std::vector<qint64>> ItemSelection::resolve(const CommandParser &parser,
                                                          const QStringList &ids,
                                                          Context &context) const
{
    const bool byQuery = parser.isSet(m_query);
    if (byQuery == !ids.isEmpty()) {
        context.err() << "earshot-cli: " << tr("give item ids or --query Q (one of them)")
                      << Qt::endl;
        return std::nullopt;
    }
    if (!byQuery) {
        std::vector<qint64> out;
        for (const QString &arg : ids) {
            bool ok = false;
            const qint64 id = arg.toLongLong(&ok);
            if (!ok || id <= 0) {
                context.err() << "earshot-cli: " << tr("\"%1\" is not an item id").arg(arg)
                              << Qt::endl;
                return std::nullopt;
            }
            out.push_back(id);
        }
        return out;
    }
    Database *db = context.database();
    if (!db)
        return std::nullopt;
    Result<std::vector<qint64>> selected = TriageService(*db).select(parser.value(m_query));
    if (!selected) {
        context.fail(selected.error().message);
        return std::nullopt;
    }
    return std::move(selected).value();
}

QString cliActor()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

}  // namespace earshot::cli
