// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TriageRepository.h"

#include "core/model/Item.h"
#include "core/storage/Database.h"
#include "core/storage/ItemSet.h"

#include <QStringList>

namespace earshot {

namespace {

const QStringList kActions = {
    QStringLiteral("status"), QStringLiteral("tag"),    QStringLiteral("untag"),
    QStringLiteral("assign"), QStringLiteral("note"),   QStringLiteral("priority"),
    QStringLiteral("spam"),   QStringLiteral("notify"),
};

bool tagged(Database &db, qint64 itemId, qint64 tagId)
{
    Statement &q = db.cached("SELECT 1 FROM item_tags WHERE item_id = ?1 AND tag_id = ?2");
    q.bind(1, itemId).bind(2, tagId);
    const bool found = q.step();
    q.reset();
    return found;
}

}  // namespace

TriageRepository::TriageRepository(Database &db) : m_db(db), m_tags(db) {}

bool TriageRepository::isAction(const QString &action)
{
    return kActions.contains(action);
}

qint64 TriageRepository::newBatch()
{
    Statement &q = m_db.cached("SELECT ifnull(max(batch), 0) + 1 FROM activity");
    const qint64 batch = q.step() ? q.int64(0) : 1;
    q.reset();
    return batch;
}

std::optional<QString> TriageRepository::write(qint64 itemId, const QString &action,
                                               const QString &value, qint64 ruleId, qint64 atMs)
{
    if (action == QLatin1String("tag") || action == QLatin1String("untag")) {
        Statement &exists = m_db.cached("SELECT 1 FROM items WHERE id = ?1");
        exists.bind(1, itemId);
        const bool known = exists.step();
        exists.reset();
        if (!known)
            return std::nullopt;
        if (action == QLatin1String("tag")) {
            const qint64 tagId = m_tags.ensure(value);
            if (tagged(m_db, itemId, tagId))
                return std::nullopt;
            m_tags.addToItem(itemId, tagId);
            return QString();
        }
        const qint64 tagId = m_tags.findId(value);
        if (tagId == 0 || !tagged(m_db, itemId, tagId))
            return std::nullopt;
        m_tags.removeFromItem(itemId, tagId);
        return value;
    }
    if (action == QLatin1String("notify")) {
        m_db.cached(
                "INSERT INTO notifications(item_id, rule_id, at_ms, message) "
                "SELECT id, CASE WHEN ?2 > 0 THEN ?2 END, ?3, ?4 FROM items WHERE id = ?1")
            .bind(1, itemId)
            .bind(2, ruleId)
            .bind(3, atMs)
            .bind(4, value)
            .run();
        if (m_db.changes() == 0)
            return std::nullopt;
        return QString();
    }

    Statement &read =
        m_db.cached("SELECT status, assignee, note, priority, is_spam FROM items WHERE id = ?1");
    read.bind(1, itemId);
    if (!read.step()) {
        read.reset();
        return std::nullopt;
    }
    QString old;
    const char *sql = nullptr;
    if (action == QLatin1String("status")) {
        old = statusId(static_cast<ItemStatus>(read.int32(0)));
        sql = "UPDATE items SET status = ?2 WHERE id = ?1";
    } else if (action == QLatin1String("assign")) {
        old = read.text(1);
        sql = "UPDATE items SET assignee = ?2 WHERE id = ?1";
    } else if (action == QLatin1String("note")) {
        old = read.text(2);
        sql = "UPDATE items SET note = ?2 WHERE id = ?1";
    } else if (action == QLatin1String("priority")) {
        old = QString::number(read.int64(3));
        sql = "UPDATE items SET priority = ?2 WHERE id = ?1";
    } else if (action == QLatin1String("spam")) {
        old = read.int64(4) != 0 ? QStringLiteral("1") : QStringLiteral("0");
        sql = "UPDATE items SET is_spam = ?2 WHERE id = ?1";
    }
    read.reset();
    if (!sql || old == value)
        return std::nullopt;
    Statement &update = m_db.cached(sql);
    update.bind(1, itemId);
    if (action == QLatin1String("status")) {
        ItemStatus status = ItemStatus::New;
        parseStatusId(value, &status);
        update.bind(2, static_cast<int>(status));
    } else if (action == QLatin1String("priority") || action == QLatin1String("spam")) {
        update.bind(2, value.toLongLong());
    } else {
        update.bind(2, value);
    }
    update.run();
    return old;
}

void TriageRepository::log(const TriageContext &context, qint64 itemId, const QString &action,
                           const QString &oldValue, const QString &newValue)
{
    m_db.cached(
            "INSERT INTO activity(batch, item_id, at_ms, actor, action, old_value, new_value) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, context.batch)
        .bind(2, itemId)
        .bind(3, context.atMs)
        .bind(4, context.actor)
        .bind(5, action)
        .bind(6, oldValue)
        .bind(7, newValue)
        .run();
}

int TriageRepository::apply(const std::vector<qint64> &ids, const QString &action,
                            const QString &value, const TriageContext &context, qint64 ruleId)
{
    int changed = 0;
    for (const qint64 id : ids) {
        const std::optional<QString> old = write(id, action, value, ruleId, context.atMs);
        if (!old)
            continue;
        log(context, id, action, *old, value);
        ++changed;
    }
    return changed;
}

namespace {

// How an action that sets an item column reads the old value as the text the activity
// log keeps (the same text write() produces) and which column it sets.
struct ColumnAction {
    std::string oldValue;  // SQL over the columns of `items`
    const char *column = nullptr;
};

std::optional<ColumnAction> columnAction(const QString &action)
{
    if (action == QLatin1String("status")) {
        std::string old = "CASE status";
        for (int i = 0; i <= static_cast<int>(ItemStatus::Closed); ++i)
            old += " WHEN " + std::to_string(i) + " THEN '" +
                   statusId(static_cast<ItemStatus>(i)).toStdString() + "'";
        old += " ELSE '" + statusId(ItemStatus::New).toStdString() + "' END";
        return ColumnAction{old, "status"};
    }
    if (action == QLatin1String("assign"))
        return ColumnAction{"assignee", "assignee"};
    if (action == QLatin1String("note"))
        return ColumnAction{"note", "note"};
    if (action == QLatin1String("priority"))
        return ColumnAction{"CAST(priority AS TEXT)", "priority"};
    if (action == QLatin1String("spam"))
        return ColumnAction{"CASE WHEN is_spam <> 0 THEN '1' ELSE '0' END", "is_spam"};
    return std::nullopt;
}

}  // namespace

int TriageRepository::apply(const ItemSet &items, const QString &action, const QString &value,
                            const TriageContext &context, qint64 ruleId)
{
    // Every statement logs first (reading the old values) and then writes, each walking
    // the set in ascending id order, so the log holds what apply(ids) would have logged.
    // The items are reached through "id IN (set)": a join from the set let the planner,
    // which has no statistics for a temporary table, scan the whole items table first to
    // build a Bloom filter, a second per rule at a million items.
    const std::string inSet = "items i WHERE i.id IN (SELECT id FROM " + items.table() + ")";
    const auto logged = [&](const std::string &oldValue,
                            const std::string &condition) -> Statement & {
        Statement &log = m_db.cached(
            "INSERT INTO activity(batch, item_id, at_ms, actor, action, old_value, new_value) "
            "SELECT ?1, i.id, ?2, ?3, ?4, " +
            oldValue + ", ?5 FROM " + inSet + condition + " ORDER BY i.id");
        log.bind(1, context.batch)
            .bind(2, context.atMs)
            .bind(3, context.actor)
            .bind(4, action)
            .bind(5, value);
        return log;
    };

    // The writes then touch only the items just logged: the entries after `logEnd`.
    Statement &last = m_db.cached("SELECT ifnull(max(id), 0) FROM activity");
    const qint64 logEnd = last.step() ? last.int64(0) : 0;
    last.reset();
    const std::string justLogged = "(SELECT item_id FROM activity WHERE id > ?2)";

    if (action == QLatin1String("tag")) {
        const qint64 tagId = m_tags.ensure(value);
        logged("''",
               " AND NOT EXISTS (SELECT 1 FROM item_tags t WHERE t.item_id = i.id AND "
               "t.tag_id = ?6)")
            .bind(6, tagId)
            .run();
        const int changed = m_db.changes();
        if (changed > 0)
            m_db.cached(
                    "INSERT OR IGNORE INTO item_tags(item_id, tag_id) SELECT item_id, ?1 "
                    "FROM activity WHERE id > ?2")
                .bind(1, tagId)
                .bind(2, logEnd)
                .run();
        return changed;
    }
    if (action == QLatin1String("untag")) {
        const qint64 tagId = m_tags.findId(value);
        if (tagId == 0)
            return 0;
        logged("?5",
               " AND EXISTS (SELECT 1 FROM item_tags t WHERE t.item_id = i.id AND t.tag_id = ?6)")
            .bind(6, tagId)
            .run();
        const int changed = m_db.changes();
        if (changed > 0)
            m_db.cached("DELETE FROM item_tags WHERE tag_id = ?1 AND item_id IN " + justLogged)
                .bind(1, tagId)
                .bind(2, logEnd)
                .run();
        return changed;
    }
    if (action == QLatin1String("notify")) {
        m_db.cached(
                "INSERT INTO notifications(item_id, rule_id, at_ms, message) "
                "SELECT i.id, CASE WHEN ?1 > 0 THEN ?1 END, ?2, ?3 FROM " +
                inSet + " ORDER BY i.id")
            .bind(1, ruleId)
            .bind(2, context.atMs)
            .bind(3, value)
            .run();
        logged("''", "").run();
        return m_db.changes();
    }
    const std::optional<ColumnAction> column = columnAction(action);
    if (!column)
        return 0;
    logged(column->oldValue, " AND " + column->oldValue + " <> ?5").run();
    const int changed = m_db.changes();
    if (changed == 0)
        return 0;
    Statement &update = m_db.cached(std::string("UPDATE items SET ") + column->column +
                                    " = ?1 WHERE id IN " + justLogged);
    if (action == QLatin1String("status")) {
        ItemStatus status = ItemStatus::New;
        parseStatusId(value, &status);
        update.bind(1, static_cast<int>(status));
    } else if (action == QLatin1String("priority") || action == QLatin1String("spam")) {
        update.bind(1, value.toLongLong());
    } else {
        update.bind(1, value);
    }
    update.bind(2, logEnd).run();
    return changed;
}

std::optional<qint64> TriageRepository::lastBatch()
{
    Statement &q = m_db.cached("SELECT max(batch) FROM activity WHERE undone = 0");
    std::optional<qint64> batch;
    if (q.step() && !q.isNull(0))
        batch = q.int64(0);
    q.reset();
    return batch;
}

namespace {
const char *kActivityColumns =
    "SELECT id, batch, item_id, at_ms, actor, action, old_value, new_value, undone FROM activity ";

ActivityEntry readEntry(const Statement &q)
{
    return {q.int64(0), q.int64(1), q.int64(2), q.int64(3),     q.text(4),
            q.text(5),  q.text(6),  q.text(7),  q.int64(8) != 0};
}
}  // namespace

std::vector<ActivityEntry> TriageRepository::undo(qint64 batch)
{
    std::vector<ActivityEntry> entries;
    {
        Statement q = m_db.prepare(std::string(kActivityColumns) +
                                   "WHERE batch = ?1 AND undone = 0 ORDER BY id DESC");
        q.bind(1, batch);
        while (q.step())
            entries.push_back(readEntry(q));
    }
    for (const ActivityEntry &e : entries) {
        if (e.action == QLatin1String("tag")) {
            write(e.itemId, QStringLiteral("untag"), e.newValue, 0, 0);
        } else if (e.action == QLatin1String("untag")) {
            write(e.itemId, QStringLiteral("tag"), e.oldValue, 0, 0);
        } else if (e.action == QLatin1String("notify")) {
            // A notification already shown cannot be taken back; an unseen one is withdrawn.
            m_db.cached("DELETE FROM notifications WHERE item_id = ?1 AND at_ms = ?2 AND seen = 0")
                .bind(1, e.itemId)
                .bind(2, e.atMs)
                .run();
        } else {
            write(e.itemId, e.action, e.oldValue, 0, 0);
        }
    }
    m_db.cached("UPDATE activity SET undone = 1 WHERE batch = ?1").bind(1, batch).run();
    return entries;
}

std::vector<ActivityEntry> TriageRepository::activity(qint64 itemId)
{
    Statement &q = m_db.cached(std::string(kActivityColumns) + "WHERE item_id = ?1 ORDER BY id");
    q.bind(1, itemId);
    std::vector<ActivityEntry> out;
    while (q.step())
        out.push_back(readEntry(q));
    q.reset();
    return out;
}

std::optional<TriageRepository::Triage> TriageRepository::triage(qint64 itemId)
{
    Statement &q = m_db.cached("SELECT assignee, priority, is_spam FROM items WHERE id = ?1");
    q.bind(1, itemId);
    std::optional<Triage> out;
    if (q.step())
        out = Triage{q.text(0), q.int32(1), q.int64(2) != 0};
    q.reset();
    return out;
}

std::vector<std::pair<qint64, QString>> TriageRepository::notifications()
{
    Statement &q =
        m_db.cached("SELECT item_id, message FROM notifications WHERE seen = 0 ORDER BY at_ms, id");
    std::vector<std::pair<qint64, QString>> out;
    while (q.step())
        out.emplace_back(q.int64(0), q.text(1));
    q.reset();
    return out;
}

}  // namespace earshot
