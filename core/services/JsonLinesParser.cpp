// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/JsonLinesParser.h"

#include "core/analysis/WordTokenizer.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>

namespace earshot {

namespace {

// The messages belong to the import, whose translations they share.
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportService", text);
}

// Skips the rest of an over-long line without holding it in memory.
void discardRestOfLine(QIODevice &input)
{
    char c = 0;
    while (input.getChar(&c) && c != '\n') {
    }
}

// Reads the next line (with its newline) into `line`, reusing its memory. Returns false,
// having skipped the rest of the line, when it is longer than `maxBytes`.
// QIODevice::readLine(maxSize) would allocate maxSize bytes for every line: with an 8 MB
// limit that made each line an mmap/munmap pair and import 30 times slower.
bool readLimitedLine(QIODevice &input, QByteArray &line, qint64 maxBytes)
{
    line.resize(0);
    char chunk[16 * 1024];
    for (;;) {
        const qint64 n = input.readLine(chunk, sizeof chunk);
        if (n <= 0)
            return true;
        line.append(chunk, static_cast<qsizetype>(n));
        const bool complete = chunk[n - 1] == '\n';
        if (line.size() > maxBytes) {
            if (!complete)
                discardRestOfLine(input);
            return false;
        }
        if (complete)
            return true;
    }
}

// The mention on one line, or why the line is skipped. Its title and text are prepared
// for the store here, on the parsing thread, so the writer has less to do.
std::variant<ImportedItem, QString> parseLine(const QByteArray &line, WordTokenizer &words)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return tr("not valid JSON at column %1: %2")
            .arg(parseError.offset + 1)
            .arg(parseError.errorString());
    }
    if (!doc.isObject())
        return tr("expected a JSON object");
    Result<ImportedItem> parsed = itemFromJson(doc.object());
    if (!parsed)
        return parsed.error().message;
    parsed->prepared = PreparedText(parsed->item.title, parsed->item.text, words);
    return std::move(*parsed);
}

}  // namespace

JsonLinesParser::JsonLinesParser(QIODevice &input, qint64 maxLineBytes)
    : m_input(input), m_maxLineBytes(maxLineBytes), m_thread([this] { run(); })
{
}

JsonLinesParser::~JsonLinesParser()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

std::optional<JsonLinesParser::Batch> JsonLinesParser::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty())
        return std::nullopt;
    Batch batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return batch;
}

bool JsonLinesParser::push(Batch batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kQueuedBatches || m_stopped; });
    if (m_stopped)
        return false;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void JsonLinesParser::run()
{
    Batch batch;
    qint64 number = 0;
    QByteArray line;
    WordTokenizer words;  // one per thread: Snowball keeps state
    bool open = true;
    while (open && !m_input.atEnd()) {
        ++number;
        if (!readLimitedLine(m_input, line, m_maxLineBytes)) {
            batch.lines.push_back(
                {number, tr("line is longer than %1 MB").arg(m_maxLineBytes >> 20)});
        } else {
            if (number == 1 && line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);  // a UTF-8 byte order mark some editors add
            if (!line.trimmed().isEmpty())
                batch.lines.push_back({number, parseLine(line, words)});
        }
        if (batch.lines.size() >= kBatchLines) {
            batch.bytesRead = m_input.pos();
            open = push(std::exchange(batch, Batch{}));
        }
    }
    if (open && !batch.lines.empty()) {
        batch.bytesRead = m_input.pos();
        push(std::move(batch));
    }
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

}  // namespace earshot
