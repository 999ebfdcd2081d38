// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/FilterOptions.h"

#include "core/model/Platform.h"
#include "core/services/InboxService.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
}  // namespace

FilterOptions::FilterOptions(bool withQueryOption)
    : m_withQuery(withQueryOption),
      m_query(QStringLiteral("query"),
              tr("Only items matching this query (words, \"phrases\", -word, OR, "
                 "tag:, status:, is:, after:...)."),
              QStringLiteral("Q")),
      m_platform(QStringLiteral("platform"),
                 tr("Only items from this platform (vk, telegram, feed...)."),
                 QStringLiteral("ID")),
      m_tag(QStringLiteral("tag"), tr("Only items with this tag."), QStringLiteral("NAME")),
      m_unread(QStringLiteral("unread"), tr("Only unread items.")),
      m_saved(QStringLiteral("saved"), tr("Only saved items."))
{
}

void FilterOptions::addTo(CommandParser &parser)
{
    if (m_withQuery)
        parser.addOption(m_query);
    parser.addOption(m_platform);
    parser.addOption(m_tag);
    parser.addOption(m_unread);
    parser.addOption(m_saved);
}

std::optional<InboxFilter> FilterOptions::toFilter(const CommandParser &parser, Context &context,
                                                   const QString &text) const
{
    // Words and fields in the inbox query language; plain words search as before.
    InboxFilter filter;
    filter.query = text;
    if (m_withQuery && parser.isSet(m_query))
        filter.query = parser.value(m_query);
    filter.platform = Platform::normalizeId(parser.value(m_platform));
    if (parser.isSet(m_unread))
        filter.view = InboxFilter::View::Unread;
    if (parser.isSet(m_saved))
        filter.view = InboxFilter::View::Saved;
    if (parser.isSet(m_tag)) {
        Database *db = context.database();
        if (!db)
            return std::nullopt;
        const Result<qint64> tagId = InboxService(*db).tagId(parser.value(m_tag));
        if (!tagId) {
            context.fail(tagId.error().message);
            return std::nullopt;
        }
        if (*tagId == 0) {
            context.fail(tr("there is no tag called \"%1\"").arg(parser.value(m_tag)));
            return std::nullopt;
        }
        filter.tagId = *tagId;
    }
    return filter;
}

}  // namespace earshot::cli
