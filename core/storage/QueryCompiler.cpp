// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/QueryCompiler.h"

#include <QStringList>

namespace earshot {

namespace {

// Escapes LIKE wildcards so a tag or language name is matched literally (ESCAPE '\').
QString likeLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

class Compiler {
public:
    Compiler(CompiledQuery &out, const CompileOptions &options, const QueryNode &root)
        : m_out(out), m_options(options), m_root(&root)
    {
    }

    std::string node(const QueryNode &n)
    {
        switch (n.kind) {
        case QueryNode::Kind::And:
        case QueryNode::Kind::Or: {
            std::string sql = "(";
            const bool conjunction = n.kind == QueryNode::Kind::And;
            const bool separate = conjunction && &n == m_root && m_options.separateWords;
            const char *joiner = conjunction ? " AND " : " OR ";
            bool first = true;
            bool wordsDone = false;
            for (const QueryNode &child : n.children) {
                if (conjunction && child.kind == QueryNode::Kind::Text) {
                    // All words of a conjunction go to the index as one expression: FTS5
                    // intersects their lists itself, where one subquery per word would
                    // collect every match of each word before SQLite intersects them.
                    if (wordsDone)
                        continue;
                    wordsDone = true;
                    QStringList words;
                    for (const QueryNode &word : n.children) {
                        if (word.kind == QueryNode::Kind::Text)
                            words.append(ftsQuoted(word.value));
                    }
                    if (separate) {
                        m_out.driveMatch = words.join(QStringLiteral(" AND "));
                        continue;
                    }
                    sql += first ? "" : joiner;
                    sql += ftsSubquery(words.join(QStringLiteral(" AND ")));
                    first = false;
                    continue;
                }
                sql += first ? "" : joiner;
                sql += node(child);
                first = false;
            }
            return first ? "1" : sql + ")";  // nothing left when the caller took every word
        }
        case QueryNode::Kind::Not: return "(NOT " + node(n.children.front()) + ")";
        case QueryNode::Kind::Text:
            if (&n == m_root && m_options.separateWords) {
                m_out.driveMatch = ftsQuoted(n.value);
                return "1";
            }
            return ftsSubquery(ftsQuoted(n.value));
        case QueryNode::Kind::Field: return field(n);
        }
        return "1";
    }

private:
    // Built in place: moving a temporary variant holding a QString trips GCC 12's
    // -Wmaybe-uninitialized in sanitizer builds (a false positive).
    void bind(qint64 value) { m_out.params.emplace_back(std::in_place_type<qint64>, value); }
    void bind(const QString &value)
    {
        m_out.params.emplace_back(std::in_place_type<QString>, value);
    }

    std::string ftsSubquery(const QString &match)
    {
        bind(match);
        if (m_options.maxRowid <= 0)
            return "(i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?))";
        bind(m_options.minRowid);
        bind(m_options.maxRowid);
        return "(i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ? AND rowid BETWEEN "
               "? AND ?))";
    }

    std::string field(const QueryNode &n)
    {
        const QString &f = n.field;
        const QString &v = n.value;
        if (f == QLatin1String("platform")) {
            bind(v);
            return "(i.platform = ?)";
        }
        if (f == QLatin1String("source")) {
            // The address or the title, or a part of the address ("source:vk.com/brand").
            bind(v);
            bind(v);
            bind(QString(QLatin1Char('%') + likeLiteral(v) + QLatin1Char('%')));
            return "(i.source_id IN (SELECT id FROM sources WHERE address = ? OR "
                   "title = ? COLLATE NOCASE OR address LIKE ? ESCAPE '\\'))";
        }
        if (f == QLatin1String("author")) {
            QString handle = v;
            if (handle.startsWith(QLatin1Char('@')))
                handle.remove(0, 1);
            bind(handle);
            bind(v);
            return "(i.author_id IN (SELECT id FROM authors WHERE ltrim(handle, '@') = ? "
                   "COLLATE NOCASE OR name = ? COLLATE NOCASE))";
        }
        if (f == QLatin1String("tag")) {
            bind(v);
            bind(QString(likeLiteral(v) + QStringLiteral("/%")));
            return "(i.id IN (SELECT it.item_id FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                   "WHERE t.name = ? OR t.name LIKE ? ESCAPE '\\'))";
        }
        if (f == QLatin1String("status")) {
            bind(n.number);
            return "(i.status = ?)";
        }
        if (f == QLatin1String("profile")) {
            bind(v);
            return "(i.id IN (SELECT ip.item_id FROM item_profiles ip JOIN profiles p ON "
                   "p.id = ip.profile_id WHERE p.name = ?))";
        }
        if (f == QLatin1String("lang")) {
            bind(v);
            bind(QString(likeLiteral(v) + QStringLiteral("-%")));
            return "(i.lang = ? COLLATE NOCASE OR i.lang LIKE ? ESCAPE '\\')";
        }
        if (f == QLatin1String("assignee")) {
            bind(v);
            return "(i.assignee = ? COLLATE NOCASE)";
        }
        if (f == QLatin1String("is")) {
            if (v == QLatin1String("unread"))
                return "(i.is_read = 0)";
            if (v == QLatin1String("read"))
                return "(i.is_read = 1)";
            if (v == QLatin1String("saved"))
                return "(i.is_saved = 1)";
            if (v == QLatin1String("spam"))
                return "(i.is_spam = 1)";
            return "(i.status = 3)";  // answered
        }
        if (f == QLatin1String("after")) {
            bind(n.number);
            return "(i.published_ms >= ?)";
        }
        if (f == QLatin1String("before")) {
            bind(n.number);
            return "(i.published_ms < ?)";
        }
        if (f == QLatin1String("has"))  // link: a link in the text, not the item's own URL
            return "(instr(i.text, 'http://') > 0 OR instr(i.text, 'https://') > 0 OR "
                   "instr(i.html, '<a ') > 0)";
        return "0";  // the parser only produces known fields
    }

    CompiledQuery &m_out;
    const CompileOptions &m_options;
    const QueryNode *m_root;
};

// An FTS5 expression every row matching `n` also matches (a necessary condition), or
// empty when there is none: fields and exclusions say nothing about the words.
QString necessaryMatch(const QueryNode &n)
{
    switch (n.kind) {
    case QueryNode::Kind::Text: return ftsQuoted(n.value);
    case QueryNode::Kind::And: {
        QStringList parts;
        for (const QueryNode &child : n.children) {
            const QString part = necessaryMatch(child);
            if (!part.isEmpty())
                parts.append(part);
        }
        if (parts.size() < 2)
            return parts.value(0);
        return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }
    case QueryNode::Kind::Or: {
        QStringList parts;
        for (const QueryNode &child : n.children) {
            const QString part = necessaryMatch(child);
            if (part.isEmpty())
                return {};  // that alternative can match without any word
            parts.append(part);
        }
        return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    case QueryNode::Kind::Not:
    case QueryNode::Kind::Field: return {};
    }
    return {};
}

}  // namespace

QString ftsQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

CompiledQuery compileQuery(const ParsedQuery &query, const CompileOptions &options)
{
    CompiledQuery out;
    if (!query.ok) {
        out.where = "0";
        return out;
    }
    if (query.root.empty()) {
        out.where = "1";
        return out;
    }
    Compiler compiler(out, options, query.root.front());
    out.where = compiler.node(query.root.front());
    out.rankMatch = necessaryMatch(query.root.front());
    return out;
}

}  // namespace earshot
