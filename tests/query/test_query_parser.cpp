// SPDX-License-Identifier: GPL-3.0-or-later
// The query language parser: the tree for good queries, the position and message for bad
// ones, relative and absolute dates against an injected "now".
#include "core/model/Query.h"

#include <QDateTime>
#include <QTest>

using namespace earshot;

namespace {

// A compact text form of a tree: AND(a, OR("b c", -d), tag:x).
QString show(const QueryNode &n)
{
    QStringList parts;
    for (const QueryNode &child : n.children)
        parts.append(show(child));
    switch (n.kind) {
    case QueryNode::Kind::And:
        return QStringLiteral("AND(%1)").arg(parts.join(QStringLiteral(", ")));
    case QueryNode::Kind::Or: return QStringLiteral("OR(%1)").arg(parts.join(QStringLiteral(", ")));
    case QueryNode::Kind::Not: return QLatin1Char('-') + parts.value(0);
    case QueryNode::Kind::Text:
        return n.phrase ? QString(QLatin1Char('"') + n.value + QLatin1Char('"')) : n.value;
    case QueryNode::Kind::Field: return n.field + QLatin1Char(':') + n.value;
    }
    return {};
}

QString show(const ParsedQuery &q)
{
    if (!q.ok)
        return QStringLiteral("error");
    return q.root.empty() ? QStringLiteral("<all>") : show(q.root.front());
}

const qint64 kNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

}  // namespace

class TestQueryParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void trees_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        QTest::newRow("empty") << ""
                               << "<all>";
        QTest::newRow("spaces") << "   "
                                << "<all>";
        QTest::newRow("word") << "тариф"
                              << "тариф";
        QTest::newRow("words are AND") << "тариф деньги"
                                       << "AND(тариф, деньги)";
        QTest::newRow("phrase") << "\"списали деньги\" тариф"
                                << "AND(\"списали деньги\", тариф)";
        QTest::newRow("negation") << "тариф -вакансия"
                                  << "AND(тариф, -вакансия)";
        QTest::newRow("negated phrase") << "-\"a b\""
                                        << "-\"a b\"";
        QTest::newRow("OR binds looser than AND") << "a b OR c"
                                                  << "OR(AND(a, b), c)";
        QTest::newRow("lower-case or is a word") << "a or b"
                                                 << "AND(a, or, b)";
        QTest::newRow("parentheses") << "(a OR b) c"
                                     << "AND(OR(a, b), c)";
        QTest::newRow("nested") << "-(a OR (b c))"
                                << "-OR(a, AND(b, c))";
        QTest::newRow("fields") << "platform:VK tag:problem status:waiting"
                                << "AND(platform:vk, tag:problem, status:waiting)";
        QTest::newRow("quoted value") << "author:\"Anna K\""
                                      << "author:Anna K";
        QTest::newRow("field in parens") << "(is:unread OR is:saved)"
                                         << "OR(is:unread, is:saved)";
        QTest::newRow("negated field") << "-tag:spam"
                                       << "-tag:spam";
        QTest::newRow("punctuation dropped") << "a , b"
                                             << "AND(a, b)";
        QTest::newRow("url is text") << "https://example.org"
                                     << "https://example.org";
        QTest::newRow("trailing colon is text") << "Note: x"
                                                << "AND(Note:, x)";
        QTest::newRow("time is text") << "10:30"
                                      << "10:30";
        QTest::newRow("hyphenated word") << "e-mail"
                                         << "e-mail";
        QTest::newRow("field name case") << "TAG:x"
                                         << "tag:x";
    }

    void trees()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        QCOMPARE(show(parseQuery(query, kNow)), tree);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unclosed quote") << "a \"b c" << 2 << "quote";
        QTest::newRow("unclosed paren") << "a (b OR c" << 2 << "not closed";
        QTest::newRow("stray paren") << "a b) c" << 3 << "no opening";
        QTest::newRow("empty parens") << "a () b" << 2 << "empty";
        QTest::newRow("leading OR") << "OR a" << 0 << "before";
        QTest::newRow("trailing OR") << "a OR" << 2 << "after";
        QTest::newRow("double OR") << "a OR OR b" << 2 << "after";
        QTest::newRow("dangling minus") << "a -(" << 3 << "not closed";
        QTest::newRow("unknown field") << "a colour:red" << 2 << "unknown field";
        QTest::newRow("field without value") << "tag: x" << 0 << "needs a value";
        QTest::newRow("bad status") << "status:done" << 0 << "unknown status";
        QTest::newRow("bad is") << "x is:late" << 2 << "is:";
        QTest::newRow("bad has") << "has:image" << 0 << "link";
        QTest::newRow("bad date") << "after:2026-13-01" << 0 << "date";
        QTest::newRow("bad relative") << "before:7y" << 0 << "date";
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(int, position);
        QFETCH(QString, fragment);
        const ParsedQuery parsed = parseQuery(query, kNow);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error.position, position);
        QVERIFY2(parsed.error.message.contains(fragment), qPrintable(parsed.error.message));
        QVERIFY(
            parsed.error.toString().startsWith(QStringLiteral("position %1:").arg(position + 1)));
    }

    void dates()
    {
        constexpr qint64 kDay = 24 * 3600 * 1000LL;
        QCOMPARE(parseQuery(QStringLiteral("after:7d"), kNow).root.front().number, kNow - 7 * kDay);
        QCOMPARE(parseQuery(QStringLiteral("after:24h"), kNow).root.front().number, kNow - kDay);
        QCOMPARE(parseQuery(QStringLiteral("before:2w"), kNow).root.front().number,
                 kNow - 14 * kDay);
        QCOMPARE(parseQuery(QStringLiteral("before:2026-11-20"), kNow).root.front().number,
                 QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void statusValues()
    {
        QCOMPARE(parseQuery(QStringLiteral("status:in-progress"), kNow).root.front().number, 1);
        QCOMPARE(parseQuery(QStringLiteral("status:IN_PROGRESS"), kNow).root.front().number, 1);
        QCOMPARE(parseQuery(QStringLiteral("status:closed"), kNow).root.front().number, 4);
    }

    void hostileInputNeverThrows()
    {
        const QStringList inputs = {QStringLiteral("((((((("), QStringLiteral("\"\"\""),
                                    QStringLiteral("- - -"),   QStringLiteral("a\0b"),
                                    QStringLiteral("OR OR"),   QStringLiteral(")("),
                                    QStringLiteral("tag:\"\"")};
        for (const QString &input : inputs)
            parseQuery(input, kNow);  // must return, ok or not
        QVERIFY(!parseQuery(QStringLiteral("tag:\"\""), kNow).ok);
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "test_query_parser.moc"
