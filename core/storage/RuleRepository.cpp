// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RuleRepository.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

}  // namespace earshot
