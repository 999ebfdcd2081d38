// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"
#include "core/model/Result.h"

class QIODevice;

namespace earshot {

class Database;

// Writes items as JSON Lines (the import format, so export then import gives the same
// items back) or CSV (for spreadsheets). Streams: memory does not grow with the cache.
class ExportService {
public:
    enum class Format { JsonLines, Csv };

    explicit ExportService(Database &db) : m_db(db) {}

    // Returns the number of items written.
    Result<qint64> exportItems(const InboxFilter &filter, Format format, QIODevice &output);

    // One CSV field, quoted per RFC 4180. Text that a spreadsheet would run as a formula
    // (starting with = + - @, tab or carriage return) gets a leading apostrophe.
    static QString csvField(const QString &value);

private:
    Database &m_db;
};

}  // namespace earshot
