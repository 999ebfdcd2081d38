// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AnswerRepository.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot {

namespace {

QByteArray keywordsToJson(const QStringList &keywords)
{
    return QJsonDocument(QJsonArray::fromStringList(keywords)).toJson(QJsonDocument::Compact);
}

QStringList keywordsFromJson(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out.append(v.toString());
    return out;
}

QByteArray variablesToJson(const QMap<QString, QString> &variables)
{
    QJsonObject o;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QMap<QString, QString> variablesFromJson(const QByteArray &json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString dateToText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

std::optional<QDate> dateFromText(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// A whole answer as one JSON document: what the history keeps of every version.
QByteArray snapshotToJson(const OfficialAnswer &a)
{
    QJsonObject o;
    o.insert(QLatin1String("problem_tag"), a.problemTag);
    o.insert(QLatin1String("title"), a.title);
    o.insert(QLatin1String("text"), a.text);
    o.insert(QLatin1String("language"), a.language);
    o.insert(QLatin1String("status"), a.status);
    o.insert(QLatin1String("expires"), dateToText(a.expires));
    o.insert(QLatin1String("keywords"), QJsonArray::fromStringList(a.keywords));
    QJsonObject vars;
    for (auto it = a.customVariables.cbegin(); it != a.customVariables.cend(); ++it)
        vars.insert(it.key(), it.value());
    o.insert(QLatin1String("variables"), vars);
    QJsonArray variants;
    for (const AnswerVariant &v : a.variants) {
        QJsonObject vo;
        vo.insert(QLatin1String("platform"), v.platform);
        vo.insert(QLatin1String("format"), v.format);
        vo.insert(QLatin1String("text"), v.text);
        vo.insert(QLatin1String("max_length"), v.maxLength);
        variants.append(vo);
    }
    o.insert(QLatin1String("variants"), variants);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

OfficialAnswer snapshotFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    OfficialAnswer a;
    a.problemTag = o.value(QLatin1String("problem_tag")).toString();
    a.title = o.value(QLatin1String("title")).toString();
    a.text = o.value(QLatin1String("text")).toString();
    a.language = o.value(QLatin1String("language")).toString();
    a.status = o.value(QLatin1String("status")).toString();
    a.expires = dateFromText(o.value(QLatin1String("expires")).toString());
    for (const QJsonValue &v : o.value(QLatin1String("keywords")).toArray())
        a.keywords.append(v.toString());
    const QJsonObject vars = o.value(QLatin1String("variables")).toObject();
    for (auto it = vars.begin(); it != vars.end(); ++it)
        a.customVariables.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : o.value(QLatin1String("variants")).toArray()) {
        const QJsonObject vo = v.toObject();
        a.variants.push_back({vo.value(QLatin1String("platform")).toString(),
                              vo.value(QLatin1String("format")).toString(),
                              vo.value(QLatin1String("text")).toString(),
                              vo.value(QLatin1String("max_length")).toInt()});
    }
    return a;
}

constexpr const char *kSelectAnswer =
    "SELECT id, problem_tag, title, text, language, status, version, expires, usage_count, "
    "keywords, variables FROM answers ";

OfficialAnswer readAnswer(Statement &q)
{
    OfficialAnswer a;
    a.id = q.int64(0);
    a.problemTag = q.text(1);
    a.title = q.text(2);
    a.text = q.text(3);
    a.language = q.text(4);
    a.status = q.text(5);
    a.version = q.int32(6);
    a.expires = dateFromText(q.text(7));
    a.usageCount = q.int32(8);
    a.keywords = keywordsFromJson(q.utf8(9));
    a.customVariables = variablesFromJson(q.utf8(10));
    return a;
}

}  // namespace

std::vector<OfficialAnswer> AnswerRepository::list()
{
    std::vector<OfficialAnswer> out;
    {
        Statement &q = m_db.cached(std::string(kSelectAnswer) + "ORDER BY problem_tag, title, id");
        while (q.step())
            out.push_back(readAnswer(q));
        q.reset();
    }
    // Variants of all answers in one pass, merged by id (both lists are small).
    Statement &v = m_db.cached(
        "SELECT answer_id, platform, format, text, max_length FROM answer_variants "
        "ORDER BY answer_id, platform");
    while (v.step()) {
        const qint64 id = v.int64(0);
        for (OfficialAnswer &a : out) {
            if (a.id == id) {
                a.variants.push_back({v.text(1), v.text(2), v.text(3), v.int32(4)});
                break;
            }
        }
    }
    v.reset();
    return out;
}

std::optional<OfficialAnswer> AnswerRepository::find(qint64 id)
{
    std::optional<OfficialAnswer> out;
    {
        Statement &q = m_db.cached(std::string(kSelectAnswer) + "WHERE id = ?1");
        q.bind(1, id);
        if (q.step())
            out = readAnswer(q);
        q.reset();
    }
    if (!out)
        return out;
    Statement &v = m_db.cached(
        "SELECT platform, format, text, max_length FROM answer_variants WHERE answer_id = ?1 "
        "ORDER BY platform");
    v.bind(1, id);
    while (v.step())
        out->variants.push_back({v.text(0), v.text(1), v.text(2), v.int32(3)});
    v.reset();
    return out;
}

OfficialAnswer AnswerRepository::save(const OfficialAnswer &answer, const QString &who, qint64 atMs)
{
    OfficialAnswer stored = answer;
    if (answer.id == 0) {
        m_db.cached(
                "INSERT INTO answers(problem_tag, title, text, language, status, version, "
                "expires, usage_count, keywords, variables, created_ms, updated_ms) "
                "VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, 0, ?7, ?8, ?9, ?9)")
            .bind(1, answer.problemTag)
            .bind(2, answer.title)
            .bind(3, answer.text)
            .bind(4, answer.language)
            .bind(5, answer.status)
            .bind(6, dateToText(answer.expires))
            .bind(7, keywordsToJson(answer.keywords))
            .bind(8, variablesToJson(answer.customVariables))
            .bind(9, atMs)
            .run();
        stored.id = m_db.lastInsertId();
        stored.version = 1;
        stored.usageCount = 0;
    } else {
        const std::optional<OfficialAnswer> old = find(answer.id);
        if (!old) {
            throw StorageError(
                {ErrorKind::InvalidInput,
                 QCoreApplication::translate("AnswerRepository", "There is no answer %1.")
                     .arg(answer.id)});
        }
        stored.version = old->version + 1;
        stored.usageCount = old->usageCount;  // counted by use, never by an edit
        m_db.cached(
                "UPDATE answers SET problem_tag = ?2, title = ?3, text = ?4, language = ?5, "
                "status = ?6, version = ?7, expires = ?8, keywords = ?9, variables = ?10, "
                "updated_ms = ?11 WHERE id = ?1")
            .bind(1, answer.id)
            .bind(2, answer.problemTag)
            .bind(3, answer.title)
            .bind(4, answer.text)
            .bind(5, answer.language)
            .bind(6, answer.status)
            .bind(7, stored.version)
            .bind(8, dateToText(answer.expires))
            .bind(9, keywordsToJson(answer.keywords))
            .bind(10, variablesToJson(answer.customVariables))
            .bind(11, atMs)
            .run();
    }
    writeVariants(stored);
    writeRevision(stored, who, QStringLiteral("saved"), atMs);
    return stored;
}

bool AnswerRepository::setStatus(qint64 id, const QString &status, const QString &who, qint64 atMs)
{
    std::optional<OfficialAnswer> answer = find(id);
    if (!answer)
        return false;
    answer->status = status;
    ++answer->version;
    m_db.cached("UPDATE answers SET status = ?2, version = ?3, updated_ms = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, status)
        .bind(3, answer->version)
        .bind(4, atMs)
        .run();
    writeRevision(*answer, who, QStringLiteral("status"), atMs);
    return true;
}

bool AnswerRepository::remove(qint64 id)
{
    m_db.cached("DELETE FROM answers WHERE id = ?1").bind(1, id).run();
    return m_db.changes() > 0;
}

std::vector<AnswerRevision> AnswerRepository::history(qint64 id)
{
    Statement &q = m_db.cached(
        "SELECT version, at_ms, who, change, snapshot FROM answer_versions WHERE answer_id = ?1 "
        "ORDER BY version, id");
    q.bind(1, id);
    std::vector<AnswerRevision> out;
    while (q.step()) {
        AnswerRevision r;
        r.answerId = id;
        r.version = q.int32(0);
        r.atMs = q.int64(1);
        r.who = q.text(2);
        r.change = q.text(3);
        r.snapshot = snapshotFromJson(q.utf8(4));
        r.snapshot.id = id;
        r.snapshot.version = r.version;
        out.push_back(std::move(r));
    }
    q.reset();
    return out;
}

bool AnswerRepository::recordUsage(qint64 answerId, qint64 itemId, qint64 atMs)
{
    m_db.cached("UPDATE answers SET usage_count = usage_count + 1 WHERE id = ?1")
        .bind(1, answerId)
        .run();
    if (m_db.changes() == 0)
        return false;
    Statement &insert = m_db.cached(
        "INSERT INTO answer_usage(answer_id, item_id, at_ms) VALUES "
        "(?1, (SELECT id FROM items WHERE id = ?2), ?3)");
    insert.bind(1, answerId).bind(2, itemId).bind(3, atMs).run();
    return true;
}

void AnswerRepository::writeVariants(const OfficialAnswer &answer)
{
    m_db.cached("DELETE FROM answer_variants WHERE answer_id = ?1").bind(1, answer.id).run();
    Statement &insert = m_db.cached(
        "INSERT OR REPLACE INTO answer_variants(answer_id, platform, format, text, max_length) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const AnswerVariant &v : answer.variants) {
        insert.bind(1, answer.id)
            .bind(2, v.platform)
            .bind(3, v.format.isEmpty() ? QStringLiteral("plain") : v.format)
            .bind(4, v.text)
            .bind(5, v.maxLength)
            .run();
    }
}

void AnswerRepository::writeRevision(const OfficialAnswer &answer, const QString &who,
                                     const QString &change, qint64 atMs)
{
    m_db.cached(
            "INSERT INTO answer_versions(answer_id, version, at_ms, who, change, snapshot) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, answer.id)
        .bind(2, answer.version)
        .bind(3, atMs)
        .bind(4, who)
        .bind(5, change)
        .bind(6, snapshotToJson(answer))
        .run();
}

}  // namespace earshot
