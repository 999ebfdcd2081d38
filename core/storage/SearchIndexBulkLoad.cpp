// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SearchIndexBulkLoad.h"

#include "core/storage/Database.h"

namespace earshot {

namespace {

// FTS5's own defaults, which apply while its configuration table has no row for a setting.
constexpr qint64 kDefaultHashBytes = 1024 * 1024;
constexpr qint64 kDefaultAutoMerge = 4;

constexpr qint64 kBulkHashBytes = 32 * 1024 * 1024;

}  // namespace

void SearchIndexBulkLoad::begin()
{
    if (begun())
        return;
    m_previous = current();
    apply({kBulkHashBytes, 0});
}

void SearchIndexBulkLoad::finish()
{
    if (!begun())
        return;
    apply(*m_previous);
    m_previous.reset();
    m_db.exec("INSERT INTO items_fts(items_fts) VALUES ('optimize')");
}

SearchIndexBulkLoad::Settings SearchIndexBulkLoad::current()
{
    Settings settings{kDefaultHashBytes, kDefaultAutoMerge};
    Statement read = m_db.prepare(
        "SELECT k, v FROM items_fts_config "
        "WHERE k IN ('hashsize', 'automerge')");
    while (read.step()) {
        if (read.text(0) == QLatin1String("hashsize"))
            settings.hashBytes = read.int64(1);
        else
            settings.autoMerge = read.int64(1);
    }
    return settings;
}

void SearchIndexBulkLoad::apply(const Settings &settings)
{
    Statement &set = m_db.cached("INSERT INTO items_fts(items_fts, rank) VALUES (?1, ?2)");
    set.bind(1, "hashsize").bind(2, settings.hashBytes);
    set.run();
    set.bind(1, "automerge").bind(2, settings.autoMerge);
    set.run();
}

}  // namespace earshot
