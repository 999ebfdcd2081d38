// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Query.h"

#include "core/model/Item.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <optional>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Query", text);
}

// A hand-written recursive-descent parser rather than Boost.Spirit: the grammar is a
// dozen lines, errors must carry the exact character position and a sentence a person
// understands, and the model library stays free of heavy template dependencies.
//
//   or    := and ("OR" and)*
//   and   := unary+
//   unary := "-" unary | primary
//   primary := "(" or ")" | PHRASE | FIELD ":" VALUE | WORD

struct Token {
    enum class Kind { End, LParen, RParen, Or, Minus, Word, Phrase, Field };
    Kind kind = Kind::End;
    QString text;   // Word/Phrase: the text; Field: the value
    QString field;  // Field: the lower-case name
    qsizetype position = 0;
};

struct ParseFailure {
    QueryError error;
};

[[noreturn]] void fail(qsizetype position, const QString &message)
{
    throw ParseFailure{{position, message}};
}

bool isKnownField(const QString &name)
{
    const auto &fields = queryFields();
    return std::find(fields.begin(), fields.end(), name) != fields.end();
}

bool endsWord(QChar c)
{
    return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('"');
}

class Lexer {
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    std::vector<Token> tokens()
    {
        std::vector<Token> out;
        for (;;) {
            Token token = next();
            out.push_back(token);
            if (token.kind == Token::Kind::End)
                return out;
        }
    }

private:
    QString quoted(qsizetype &i)
    {
        const qsizetype open = i;
        const qsizetype close = m_text.indexOf(QLatin1Char('"'), open + 1);
        if (close < 0)
            fail(open, tr("the quote is not closed"));
        i = close + 1;
        return m_text.mid(open + 1, close - open - 1);
    }

    Token next()
    {
        const qsizetype n = m_text.size();
        while (m_pos < n && m_text.at(m_pos).isSpace())
            ++m_pos;
        Token token;
        token.position = m_pos;
        if (m_pos >= n)
            return token;
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('(')) {
            ++m_pos;
            token.kind = Token::Kind::LParen;
            return token;
        }
        if (c == QLatin1Char(')')) {
            ++m_pos;
            token.kind = Token::Kind::RParen;
            return token;
        }
        // "-" right before a term, a phrase or a group excludes it; a lone "-" is text.
        if (c == QLatin1Char('-') && m_pos + 1 < n && !m_text.at(m_pos + 1).isSpace() &&
            m_text.at(m_pos + 1) != QLatin1Char(')')) {
            ++m_pos;
            token.kind = Token::Kind::Minus;
            return token;
        }
        if (c == QLatin1Char('"')) {
            token.kind = Token::Kind::Phrase;
            token.text = quoted(m_pos);
            return token;
        }
        const qsizetype start = m_pos;
        while (m_pos < n && !endsWord(m_text.at(m_pos)) && m_text.at(m_pos) != QLatin1Char(':'))
            ++m_pos;
        if (m_pos < n && m_text.at(m_pos) == QLatin1Char(':') && m_pos > start) {
            const QString name = m_text.mid(start, m_pos - start).toLower();
            // Field names are Latin: "после:" or "Внимание:" in Russian text is text.
            const bool nameIsLetters = std::all_of(name.begin(), name.end(), [](QChar ch) {
                return ch.unicode() < 128 && ch.isLetter();
            });
            const qsizetype valueStart = m_pos + 1;
            const bool hasValue = valueStart < n && !m_text.at(valueStart).isSpace() &&
                                  m_text.at(valueStart) != QLatin1Char(')');
            if (isKnownField(name)) {
                token.kind = Token::Kind::Field;
                token.field = name;
                m_pos = valueStart;
                if (!hasValue)
                    fail(start, tr("%1: needs a value").arg(name));
                if (m_text.at(m_pos) == QLatin1Char('"')) {
                    token.text = quoted(m_pos).trimmed();
                } else {
                    const qsizetype vs = m_pos;
                    while (m_pos < n && !endsWord(m_text.at(m_pos)))
                        ++m_pos;
                    token.text = m_text.mid(vs, m_pos - vs);
                }
                if (token.text.isEmpty())
                    fail(start, tr("%1: needs a value").arg(name));
                return token;
            }
            // "word:" followed by a value is a typo for a field; a URL ("https://") or a
            // trailing colon ("Note: ...") is ordinary text.
            if (nameIsLetters && hasValue && m_text.at(valueStart) != QLatin1Char('/'))
                fail(start, tr("unknown field \"%1\"; known fields: %2")
                                .arg(name, QStringList(queryFields().begin(), queryFields().end())
                                               .join(QStringLiteral(", "))));
        }
        while (m_pos < n && !endsWord(m_text.at(m_pos)))
            ++m_pos;
        token.text = m_text.mid(start, m_pos - start);
        token.kind = token.text == QLatin1String("OR") ? Token::Kind::Or : Token::Kind::Word;
        return token;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

bool hasWordCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

qint64 parseTime(const Token &token, qint64 nowMs)
{
    const QString &v = token.text;
    if (v.size() >= 2) {
        const QChar unit = v.back().toLower();
        bool ok = false;
        const qint64 amount = v.left(v.size() - 1).toLongLong(&ok);
        if (ok && amount >= 0 && amount < 100000) {
            constexpr qint64 kHour = 3600 * 1000;
            if (unit == QLatin1Char('h'))
                return nowMs - amount * kHour;
            if (unit == QLatin1Char('d'))
                return nowMs - amount * 24 * kHour;
            if (unit == QLatin1Char('w'))
                return nowMs - amount * 7 * 24 * kHour;
        }
    }
    const QDate date = QDate::fromString(v, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        fail(token.position, tr("%1: expects a date like 2026-11-20 or a time back like 7d or "
                                "24h, not \"%2\"")
                                 .arg(token.field, v));
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

QueryNode fieldNode(const Token &token, qint64 nowMs)
{
    QueryNode node;
    node.kind = QueryNode::Kind::Field;
    node.field = token.field;
    node.value = token.text;
    node.position = token.position;
    const QString lower = token.text.toLower();
    if (token.field == QLatin1String("status")) {
        ItemStatus status = ItemStatus::New;
        QString id = lower;
        id.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (!parseStatusId(id, &status))
            fail(token.position, tr("unknown status \"%1\"; use new, in-progress, waiting, "
                                    "answered or closed")
                                     .arg(token.text));
        node.number = static_cast<qint64>(status);
    } else if (token.field == QLatin1String("is")) {
        static const QStringList kStates = {QStringLiteral("unread"), QStringLiteral("read"),
                                            QStringLiteral("saved"), QStringLiteral("answered"),
                                            QStringLiteral("spam")};
        if (!kStates.contains(lower))
            fail(token.position, tr("is: expects unread, read, saved, answered or spam, not "
                                    "\"%1\"")
                                     .arg(token.text));
        node.value = lower;
    } else if (token.field == QLatin1String("has")) {
        if (lower != QLatin1String("link"))
            fail(token.position, tr("has: expects link, not \"%1\"").arg(token.text));
        node.value = lower;
    } else if (token.field == QLatin1String("after") || token.field == QLatin1String("before")) {
        node.number = parseTime(token, nowMs);
    } else if (token.field == QLatin1String("platform") || token.field == QLatin1String("lang")) {
        node.value = lower.trimmed();
    }
    return node;
}

class Parser {
public:
    Parser(std::vector<Token> tokens, qint64 nowMs) : m_tokens(std::move(tokens)), m_now(nowMs) {}

    std::optional<QueryNode> parseAll()
    {
        std::optional<QueryNode> root = parseOr();
        if (peek().kind == Token::Kind::RParen)
            fail(peek().position, tr("this closing parenthesis has no opening one"));
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_index]; }
    const Token &take() { return m_tokens[m_index++]; }

    static std::optional<QueryNode> combine(QueryNode::Kind kind, std::vector<QueryNode> parts,
                                            qsizetype position)
    {
        if (parts.empty())
            return std::nullopt;
        if (parts.size() == 1)
            return std::move(parts.front());
        QueryNode node;
        node.kind = kind;
        node.children = std::move(parts);
        node.position = position;
        return node;
    }

    std::optional<QueryNode> parseOr()
    {
        const qsizetype start = peek().position;
        if (peek().kind == Token::Kind::Or)
            fail(peek().position, tr("OR needs something to search for before it"));
        std::vector<QueryNode> parts;
        if (std::optional<QueryNode> first = parseAnd())
            parts.push_back(std::move(*first));
        while (peek().kind == Token::Kind::Or) {
            const Token &orToken = take();
            const Token::Kind next = peek().kind;
            if (next == Token::Kind::End || next == Token::Kind::RParen || next == Token::Kind::Or)
                fail(orToken.position, tr("OR needs something to search for after it"));
            if (std::optional<QueryNode> part = parseAnd())
                parts.push_back(std::move(*part));
        }
        return combine(QueryNode::Kind::Or, std::move(parts), start);
    }

    std::optional<QueryNode> parseAnd()
    {
        const qsizetype start = peek().position;
        std::vector<QueryNode> parts;
        for (;;) {
            const Token::Kind kind = peek().kind;
            if (kind == Token::Kind::End || kind == Token::Kind::RParen || kind == Token::Kind::Or)
                break;
            if (std::optional<QueryNode> part = parseUnary())
                parts.push_back(std::move(*part));
        }
        return combine(QueryNode::Kind::And, std::move(parts), start);
    }

    std::optional<QueryNode> parseUnary()
    {
        if (peek().kind != Token::Kind::Minus)
            return parsePrimary();
        const Token &minus = take();
        const Token::Kind next = peek().kind;
        if (next == Token::Kind::End || next == Token::Kind::RParen || next == Token::Kind::Or)
            fail(minus.position, tr("- needs something to exclude right after it"));
        std::optional<QueryNode> child = parseUnary();
        if (!child)
            return std::nullopt;
        QueryNode node;
        node.kind = QueryNode::Kind::Not;
        node.position = minus.position;
        node.children.push_back(std::move(*child));
        return node;
    }

    std::optional<QueryNode> parsePrimary()
    {
        const Token &token = take();
        switch (token.kind) {
        case Token::Kind::LParen: {
            if (peek().kind == Token::Kind::RParen)
                fail(token.position, tr("the parentheses are empty"));
            std::optional<QueryNode> inner = parseOr();
            if (peek().kind != Token::Kind::RParen)
                fail(token.position, tr("this parenthesis is not closed"));
            take();
            return inner;
        }
        case Token::Kind::Field: return fieldNode(token, m_now);
        case Token::Kind::Word:
        case Token::Kind::Phrase: {
            if (!hasWordCharacter(token.text))
                return std::nullopt;  // punctuation only: the index has nothing to find
            QueryNode node;
            node.kind = QueryNode::Kind::Text;
            node.value = token.text.trimmed();
            node.phrase = token.kind == Token::Kind::Phrase;
            node.position = token.position;
            return node;
        }
        default: fail(token.position, tr("unexpected \"%1\"").arg(token.text));
        }
    }

    std::vector<Token> m_tokens;
    std::size_t m_index = 0;
    qint64 m_now;
};

}  // namespace

QString QueryError::toString() const
{
    return tr("position %1: %2").arg(position + 1).arg(message);
}

const std::vector<QString> &queryFields()
{
    static const std::vector<QString> kFields = {
        QStringLiteral("platform"), QStringLiteral("source"), QStringLiteral("author"),
        QStringLiteral("tag"),      QStringLiteral("status"), QStringLiteral("profile"),
        QStringLiteral("lang"),     QStringLiteral("is"),     QStringLiteral("after"),
        QStringLiteral("before"),   QStringLiteral("has"),    QStringLiteral("assignee"),
    };
    return kFields;
}

ParsedQuery parseQuery(const QString &input, qint64 nowMs)
{
    ParsedQuery result;
    // A NUL would end FTS5's C-string query inside a quoted term; it separates words.
    QString text = input;
    text.replace(QChar(u'\0'), QLatin1Char(' '));
    try {
        Parser parser(Lexer(text).tokens(), nowMs);
        if (std::optional<QueryNode> root = parser.parseAll())
            result.root.push_back(std::move(*root));
    } catch (const ParseFailure &failure) {
        result.ok = false;
        result.error = failure.error;
    }
    return result;
}

}  // namespace earshot
