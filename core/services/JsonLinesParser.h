// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ItemJson.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

class QIODevice;

namespace earshot {

// Reads and parses JSON Lines mentions on a thread of its own while the caller stores
// the previous ones. Parsing JSON took about a third of an import's time; on a second
// core it overlaps with the single writer instead of adding to it. The device is only
// read from the parsing thread until the parser is destroyed.
class JsonLinesParser {
public:
    struct Line {
        qint64 number = 0;                            // 1-based line number in the input
        std::variant<ImportedItem, QString> content;  // the mention, or why the line is skipped
    };
    struct Batch {
        std::vector<Line> lines;
        qint64 bytesRead = 0;  // input position after the batch's last line
    };

    JsonLinesParser(QIODevice &input, qint64 maxLineBytes);
    ~JsonLinesParser();  // stops parsing and waits for the thread
    JsonLinesParser(const JsonLinesParser &) = delete;
    JsonLinesParser &operator=(const JsonLinesParser &) = delete;

    // The next batch in input order; waits for it. Empty at the end of the input.
    std::optional<Batch> next();

private:
    void run();
    bool push(Batch batch);  // false once the consumer has stopped

    static constexpr std::size_t kBatchLines = 256;
    static constexpr std::size_t kQueuedBatches = 8;  // bounds memory whatever the file size

    QIODevice &m_input;
    const qint64 m_maxLineBytes;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_finished = false;  // the parser has pushed its last batch
    bool m_stopped = false;   // the consumer wants no more
    std::thread m_thread;
};

}  // namespace earshot
