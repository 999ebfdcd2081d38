// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/SearchText.h"

#include <QStringList>

namespace earshot {

namespace {

struct Term {
    QString text;
    bool negated = false;
    bool phrase = false;
    bool isOr = false;
};

QString quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QList<Term> split(const QString &input)
{
    QList<Term> terms;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        while (i < n && input.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Term term;
        if (input.at(i) == QLatin1Char('-') && i + 1 < n && !input.at(i + 1).isSpace()) {
            term.negated = true;
            ++i;
        }
        if (input.at(i) == QLatin1Char('"')) {
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            term.text = input.mid(i + 1, end - i - 1).trimmed();
            term.phrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !input.at(i).isSpace())
                ++i;
            term.text = input.mid(start, i - start);
            term.isOr = !term.negated && term.text == QLatin1String("OR");
        }
        if (!term.text.isEmpty())
            terms.append(term);
    }
    return terms;
}

// True when the quoted text contains at least one character the tokenizer keeps.
bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

}  // namespace

QString toFtsExpression(const QString &input, bool prefixLastWord)
{
    // FTS5 reads its query as a C string: a NUL would end it inside a quoted term
    // ("unterminated string"). No word contains one, so it separates words like a space.
    QString text = input;
    text.replace(QChar(u'\0'), QLatin1Char(' '));
    const QList<Term> terms = split(text);
    const bool endsWithSpace = !text.isEmpty() && text.back().isSpace();
    QStringList positives;  // groups joined by AND; OR merges neighbours into one group
    QStringList negatives;
    bool pendingOr = false;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term &term = terms.at(i);
        if (term.isOr) {
            pendingOr = !positives.isEmpty();
            continue;
        }
        if (!hasWordCharacter(term.text))
            continue;
        QString expr = quote(term.text);
        const bool last = i == terms.size() - 1;
        if (last && prefixLastWord && !endsWithSpace && !term.phrase && !term.negated)
            expr = QStringLiteral("(%1 OR %1*)").arg(expr);
        if (term.negated) {
            negatives.append(expr);
        } else if (pendingOr) {
            positives.last() = QStringLiteral("(%1 OR %2)").arg(positives.last(), expr);
            pendingOr = false;
        } else {
            positives.append(expr);
        }
    }
    if (positives.isEmpty())
        return {};  // FTS5 cannot express "everything except"
    QString result = positives.join(QStringLiteral(" AND "));
    for (const QString &negative : negatives)
        result = QStringLiteral("(%1) NOT %2").arg(result, negative);
    return result;
}

}  // namespace earshot
