// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Answer.h"

#include <QString>

#include <optional>
#include <vector>

namespace earshot {

class Database;

// Stored official answers with their platform variants, the history of every change
// (a full snapshot per version, with who and when) and where each answer was used.
// Lives on one connection/thread; throws StorageError; writes expect the caller to hold
// a Transaction so an answer and its history commit together.
class AnswerRepository {
public:
    explicit AnswerRepository(Database &db) : m_db(db) {}

    std::vector<OfficialAnswer> list();  // by problem tag, then title
    std::optional<OfficialAnswer> find(qint64 id);

    // Inserts (id 0) or replaces the answer, bumps its version and records the snapshot
    // in the history. Returns the stored answer (id and version set). Throws StorageError
    // (InvalidInput) when `answer.id` names no stored answer.
    OfficialAnswer save(const OfficialAnswer &answer, const QString &who, qint64 atMs);
    // Changes the status only, as a new version; false when the id is unknown.
    bool setStatus(qint64 id, const QString &status, const QString &who, qint64 atMs);
    bool remove(qint64 id);

    std::vector<AnswerRevision> history(qint64 id);  // oldest first

    // Counts one use of the answer on an item; false when the answer is unknown.
    bool recordUsage(qint64 answerId, qint64 itemId, qint64 atMs);

private:
    void writeVariants(const OfficialAnswer &answer);
    void writeRevision(const OfficialAnswer &answer, const QString &who, const QString &change,
                       qint64 atMs);

    Database &m_db;
};

}  // namespace earshot
