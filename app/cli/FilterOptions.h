// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandParser.h"
#include "core/model/InboxFilter.h"

#include <optional>

namespace earshot::cli {

// The filter options `search` and `export` share: --query, --platform, --tag, --unread,
// --saved. Resolving tag names needs the database, so it happens in toFilter().
class FilterOptions {
public:
    explicit FilterOptions(bool withQueryOption);
    void addTo(CommandParser &parser);
    // Builds the filter; prints a message and returns nullopt when a name is unknown.
    std::optional<InboxFilter> toFilter(const CommandParser &parser, Context &context,
                                        const QString &text) const;

    const QCommandLineOption &query() const { return m_query; }

private:
    bool m_withQuery;
    QCommandLineOption m_query;
    QCommandLineOption m_platform;
    QCommandLineOption m_tag;
    QCommandLineOption m_unread;
    QCommandLineOption m_saved;
};

}  // namespace earshot::cli
