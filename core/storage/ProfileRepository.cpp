// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProfileRepository.h"

#include "core/analysis/WordTokenizer.h"
#include "core/storage/Database.h"
#include "core/storage/ItemSet.h"
#include "core/storage/QueryCompiler.h"

namespace earshot {

namespace {

// A term as FTS5 text. The index stems words, so "тарифы" already finds "тарифом". A
// brand name can look inflected itself, though: Snowball cuts "Ростелеком" to "ростелек"
// (as if "-ом" were an ending) but "Ростелекома" to "ростелеком". A one-word term with a
// long stem therefore also matches every indexed form starting with that stem; short
// stems stay exact so "кот" does not find "котлета".
QStringList ftsTerms(const QStringList &terms, bool withStemPrefix)
{
    constexpr qsizetype kMinPrefixStem = 5;
    WordTokenizer tokenizer;
    QStringList out;
    for (QString term : terms) {
        term = term.trimmed();
        if (term.startsWith(QLatin1Char('-')))
            term.remove(0, 1);
        const QStringList stems = tokenizer.terms(term);
        if (stems.isEmpty())
            continue;  // no letters or digits: nothing the index could match
        if (withStemPrefix && stems.size() == 1 && stems.front().size() >= kMinPrefixStem)
            out.append(
                QStringLiteral("(%1 OR %2*)").arg(ftsQuoted(term), ftsQuoted(stems.front())));
        else
            out.append(ftsQuoted(term));
    }
    return out;
}

QStringList splitList(const QString &stored)
{
    return stored.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

QString ProfileRepository::ftsExpression(const Profile &profile)
{
    const QStringList terms = ftsTerms(profile.terms, true);
    if (terms.isEmpty())
        return {};
    QString expr = QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    const QStringList exclusions = ftsTerms(profile.exclusions, true);
    if (!exclusions.isEmpty())
        expr +=
            QStringLiteral(" NOT (") + exclusions.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return expr;
}

std::vector<Profile> ProfileRepository::list()
{
    Statement &q = m_db.cached(
        "SELECT p.id, p.name, p.terms, p.exclusions, p.enabled, "
        "(SELECT count(*) FROM item_profiles ip WHERE ip.profile_id = p.id) "
        "FROM profiles p ORDER BY p.name COLLATE NOCASE");
    std::vector<Profile> out;
    while (q.step()) {
        out.push_back({q.int64(0), q.text(1), splitList(q.text(2)), splitList(q.text(3)),
                       q.int64(4) != 0, q.int64(5)});
    }
    q.reset();
    return out;
}

qint64 ProfileRepository::save(const Profile &profile)
{
    // Newlines separate the stored terms: a term may contain commas or spaces.
    const auto join = [](const QStringList &list) {
        QStringList clean;
        for (const QString &s : list) {
            QString t = s.trimmed();
            t.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (!t.isEmpty())
                clean.append(t);
        }
        return clean.join(QLatin1Char('\n'));
    };
    m_db.cached(
            "INSERT INTO profiles(name, terms, exclusions, enabled) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT(name) DO UPDATE SET terms = excluded.terms, "
            "exclusions = excluded.exclusions, enabled = excluded.enabled")
        .bind(1, profile.name.trimmed())
        .bind(2, join(profile.terms))
        .bind(3, join(profile.exclusions))
        .bind(4, profile.enabled)
        .run();
    Statement &find = m_db.cached("SELECT id FROM profiles WHERE name = ?1");
    find.bind(1, profile.name.trimmed());
    const qint64 id = find.step() ? find.int64(0) : 0;
    find.reset();
    return id;
}

bool ProfileRepository::remove(const QString &name)
{
    m_db.cached("DELETE FROM profiles WHERE name = ?1").bind(1, name).run();
    return m_db.changes() > 0;
}

qint64 ProfileRepository::match(const Profile &profile, const ItemSet *within)
{
    if (!within)
        m_db.cached("DELETE FROM item_profiles WHERE profile_id = ?1").bind(1, profile.id).run();
    const QString expr = ftsExpression(profile);
    if (expr.isEmpty() || !profile.enabled || profile.id <= 0)
        return 0;
    std::string sql =
        "INSERT OR IGNORE INTO item_profiles(item_id, profile_id) "
        "SELECT rowid, ?1 FROM items_fts WHERE items_fts MATCH ?2";
    const auto [first, last] = within ? within->range() : std::pair<qint64, qint64>{0, 0};
    if (within) {
        if (last == 0)
            return 0;
        // The rowid range lets FTS5 read only the part of each term's list for the new
        // items. "+rowid" keeps the set from becoming an FTS5 rowid constraint: with it the
        // planner ran the whole MATCH once per new item (34 items/s at 20 profiles).
        sql +=
            " AND rowid BETWEEN ?3 AND ?4 AND +rowid IN (SELECT id FROM " + within->table() + ")";
    }
    Statement &insert = m_db.cached(sql);
    insert.bind(1, profile.id).bind(2, expr);
    if (within)
        insert.bind(3, first).bind(4, last);
    insert.run();
    return m_db.changes();
}

}  // namespace earshot
