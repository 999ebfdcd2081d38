// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace earshot {

// Reads RFC 4180 CSV from UTF-8 text (a byte order mark is skipped): fields separated by
// commas, quoted with '"' when they hold commas, quotes or line breaks, '""' for a quote.
// Records may span lines; each one reports the physical line it starts on, so a problem
// can be shown where a spreadsheet user will look for it.
class CsvReader {
public:
    struct Record {
        qint64 line = 0;  // 1-based line the record starts on
        QStringList fields;
        QString error;  // non-empty when the record is malformed (then `fields` is partial)
    };

    explicit CsvReader(const QString &text);

    // The next record, or nullopt at the end of the text. A malformed record is returned
    // with its error and reading continues after it.
    std::optional<Record> next();

private:
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
};

// Writing: spreadsheets run a cell starting with = + - @ (or a tab or carriage return) as
// a formula, so such a value is written with a leading apostrophe, which unescapeCell()
// removes again; a value that itself starts with an apostrophe before such a character
// gets one more, so every value survives the round trip unchanged.
QString csvCell(const QString &value);
QString unescapeCell(const QString &cell);
QString csvRow(const QStringList &values);  // with CRLF, as RFC 4180 asks

}  // namespace earshot
