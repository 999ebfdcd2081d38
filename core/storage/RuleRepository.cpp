// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RuleRepository.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace earshot {

namespace {

QByteArray actionsToJson(const std::vector<RuleAction> &actions)
{
    QJsonArray array;
    for (const RuleAction &a : actions) {
        QJsonObject o;
        o.insert(QLatin1String("action"), a.action);
        o.insert(QLatin1String("value"), a.value);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::vector<RuleAction> actionsFromJson(const QByteArray &json)
{
    std::vector<RuleAction> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QLatin1String("action")).toString(),
                       o.value(QLatin1String("value")).toString()});
    }
    return out;
}

}  // namespace

std::vector<Rule> RuleRepository::list()
{
    Statement &q = m_db.cached(
        "SELECT id, position, name, enabled, query, regex, actions, stop FROM rules "
        "ORDER BY position, id");
    std::vector<Rule> out;
    while (q.step()) {
        Rule rule;
        rule.id = q.int64(0);
        rule.position = q.int32(1);
        rule.name = q.text(2);
        rule.enabled = q.int64(3) != 0;
        rule.query = q.text(4);
        rule.regex = q.text(5);
        rule.actions = actionsFromJson(q.utf8(6));
        rule.stop = q.int64(7) != 0;
        out.push_back(std::move(rule));
    }
    q.reset();
    return out;
}

qint64 RuleRepository::add(const Rule &rule)
{
    m_db.cached(
            "INSERT INTO rules(position, name, enabled, query, regex, actions, stop) "
            "VALUES ((SELECT ifnull(max(position), 0) + 1 FROM rules), ?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, rule.name)
        .bind(2, rule.enabled)
        .bind(3, rule.query)
        .bind(4, rule.regex)
        .bind(5, actionsToJson(rule.actions))
        .bind(6, rule.stop)
        .run();
    return m_db.lastInsertId();
}

bool RuleRepository::setEnabled(qint64 id, bool enabled)
{
    m_db.cached("UPDATE rules SET enabled = ?2 WHERE id = ?1").bind(1, id).bind(2, enabled).run();
    return m_db.changes() > 0;
}

bool RuleRepository::remove(qint64 id)
{
    m_db.cached("DELETE FROM rules WHERE id = ?1").bind(1, id).run();
    return m_db.changes() > 0;
}

bool RuleRepository::update(const Rule &rule)
{
    m_db.cached(
            "UPDATE rules SET name = ?2, enabled = ?3, query = ?4, regex = ?5, actions = ?6, "
            "stop = ?7 WHERE id = ?1")
        .bind(1, rule.id)
        .bind(2, rule.name)
        .bind(3, rule.enabled)
        .bind(4, rule.query)
        .bind(5, rule.regex)
        .bind(6, actionsToJson(rule.actions))
        .bind(7, rule.stop)
        .run();
    return m_db.changes() > 0;
}

bool RuleRepository::move(qint64 id, int offset)
{
    std::vector<qint64> order;
    Statement &q = m_db.cached("SELECT id FROM rules ORDER BY position, id");
    while (q.step())
        order.push_back(q.int64(0));
    q.reset();
    const auto found = std::find(order.begin(), order.end(), id);
    if (found == order.end())
        return false;
    const qsizetype from = found - order.begin();
    const qsizetype to = std::clamp<qsizetype>(from + offset, 0, qsizetype(order.size()) - 1);
    if (to == from)
        return false;
    order.erase(found);
    order.insert(order.begin() + to, id);
    // Positions become 1..n: rules added by hand may share a position, and only distinct
    // positions make "one place earlier" mean something.
    Statement &renumber =
        m_db.cached("UPDATE rules SET position = ?2 WHERE id = ?1 AND position <> ?2");
    for (std::size_t i = 0; i < order.size(); ++i)
        renumber.bind(1, order[i]).bind(2, qint64(i) + 1).run();
    return true;
}

std::vector<qint64> RuleRepository::changedItems(qint64 batch, qint64 afterEntry)
{
    Statement &q = m_db.cached(
        "SELECT DISTINCT item_id FROM activity WHERE batch = ?1 AND id > ?2 ORDER BY item_id");
    q.bind(1, batch).bind(2, afterEntry);
    std::vector<qint64> out;
    while (q.step())
        out.push_back(q.int64(0));
    q.reset();
    return out;
}

qint64 RuleRepository::lastActivityEntry()
{
    Statement &q = m_db.cached("SELECT ifnull(max(id), 0) FROM activity");
    const qint64 last = q.step() ? q.int64(0) : 0;
    q.reset();
    return last;
}

}  // namespace earshot
