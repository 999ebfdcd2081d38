// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Csv.h"

#include <QCoreApplication>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Csv", text);
}

bool startsFormula(const QString &value, qsizetype at)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    return value.size() > at && kFormulaStarts.contains(value.at(at));
}

// True when `value` begins with apostrophes followed by a formula character.
bool escapedFormula(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    return startsFormula(value, i);
}

}  // namespace

CsvReader::CsvReader(const QString &text) : m_text(text)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
}

std::optional<CsvReader::Record> CsvReader::next()
{
    // Skip blank lines between records.
    while (m_pos < m_text.size() &&
           (m_text.at(m_pos) == QLatin1Char('\n') || m_text.at(m_pos) == QLatin1Char('\r'))) {
        if (m_text.at(m_pos) == QLatin1Char('\n'))
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_text.size())
        return std::nullopt;

    Record record;
    record.line = m_line;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a separator may follow)
    for (;;) {
        if (m_pos >= m_text.size()) {
            if (quoted)
                record.error = tr("a quoted field is not closed before the end of the file");
            record.fields.append(field);
            return record;
        }
        const QChar c = m_text.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                    field.append(c);
                    ++m_pos;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && m_pos < m_text.size() &&
                m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            record.fields.append(field);
            return record;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted || c == QLatin1Char('"')) {
            // Text after a closing quote, or a quote inside an unquoted field: skip the
            // rest of the record so the next one starts cleanly.
            record.error =
                wasQuoted
                    ? tr("text after the closing quote of field %1").arg(record.fields.size() + 1)
                    : tr("a quote inside the unquoted field %1").arg(record.fields.size() + 1);
            while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('\n'))
                ++m_pos;
            if (m_pos < m_text.size()) {
                ++m_pos;
                ++m_line;
            }
            record.fields.append(field);
            return record;
        } else {
            field.append(c);
        }
    }
}

QString csvCell(const QString &value)
{
    QString field = value;
    if (escapedFormula(field))
        field.prepend(QLatin1Char('\''));
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString unescapeCell(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && escapedFormula(cell))
        return cell.mid(1);
    return cell;
}

QString csvRow(const QStringList &values)
{
    QString row;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            row.append(QLatin1Char(','));
        row.append(csvCell(values.at(i)));
    }
    row.append(QStringLiteral("\r\n"));
    return row;
}

}  // namespace earshot
