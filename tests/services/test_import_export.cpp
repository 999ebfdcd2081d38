// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ExportService.h"
#include "core/services/ImportService.h"
#include "core/services/ItemJson.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

Result<ImportReport> importText(Database &db, const QByteArray &text,
                                const ImportService::Progress &progress = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return ImportService(db).importJsonLines(buffer, progress);
}

QByteArray exportText(Database &db, ExportService::Format format, const InboxFilter &filter = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = ExportService(db).exportItems(filter, format, buffer);
    if (!written)
        qFatal("export failed: %s", qPrintable(written.error().toString()));
    return buffer.data();
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Every stored item keyed by (platform, source, external id).
std::map<QString, StoredItem> allItems(Database &db)
{
    std::map<QString, StoredItem> out;
    ItemRepository(db).forEach(InboxFilter{}, [&](const StoredItem &stored) {
        const Item &i = stored.item;
        out.emplace(i.platform + u'\n' + i.source + u'\n' + i.externalId, stored);
    });
    return out;
}

// A small RFC 4180 reader for checking what the export wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// A varied set of items in the import format: both languages, offsets, numeric ids,
// state, tags, threads, HTML, unknown fields and awkward characters.
QByteArray richInput()
{
    QByteArray out;
    for (int i = 0; i < 40; ++i) {
        QJsonObject o;
        o.insert(u"platform"_s, i % 3 == 0 ? u"vk"_s : (i % 3 == 1 ? u"Telegram"_s : u"feed"_s));
        o.insert(u"source"_s, u"src-%1"_s.arg(i % 4));
        if (i % 4 == 0)
            o.insert(u"source_title"_s, u"Источник «%1»"_s.arg(i % 4));
        if (i % 5 == 0)
            o.insert(u"id"_s, 1000 + i);  // numbers are accepted as ids
        else
            o.insert(u"id"_s, u"post-%1"_s.arg(i));
        o.insert(u"url"_s, u"https://example.org/p/%1?a=1&b=\"2\""_s.arg(i));
        switch (i % 4) {
        case 0:
            o.insert(u"author"_s, u"Иван Петров"_s);
            o.insert(u"author_id"_s, u"id%1"_s.arg(i));
            break;
        case 1: o.insert(u"author"_s, u"Anna"_s); break;
        case 2: o.insert(u"author_id"_s, u"@handle%1"_s.arg(i)); break;  // handle only
        default: break;                                                  // no author at all
        }
        if (i % 6 == 0) {
            o.insert(u"author_url"_s, u"https://example.org/u/%1"_s.arg(i));
            o.insert(u"author_followers"_s, i * 100);
        }
        o.insert(u"title"_s, i % 2 ? QString() : u"Заголовок, \"в кавычках\" %1"_s.arg(i));
        o.insert(u"text"_s, u"Тариф %1: связь\nпропала,\tснова; =SUM(A1) ё ∑ 😀"_s.arg(i));
        if (i % 7 == 0)
            o.insert(u"html"_s, u"<p>Тариф <b>%1</b></p>"_s.arg(i));
        o.insert(u"published"_s, i % 2 ? u"2026-11-%1T14:03:00+03:00"_s.arg(10 + i % 18)
                                       : u"2026-11-%1T10:00:00.250Z"_s.arg(10 + i % 18));
        if (i % 8 == 1) {
            o.insert(u"thread"_s, u"post-1"_s);
            o.insert(u"parent"_s, u"post-1"_s);
        }
        if (i % 3 == 2)
            o.insert(u"lang"_s, u"ru"_s);
        if (i % 4 == 1)
            o.insert(u"tags"_s, QJsonArray{u"problem/billing"_s, u"VIP"_s});
        if (i % 5 == 2) {
            o.insert(u"state"_s, QJsonObject{{u"read"_s, true},
                                             {u"saved"_s, i % 2 == 0},
                                             {u"status"_s, u"waiting"_s},
                                             {u"note"_s, u"перезвонить, \"срочно\""_s}});
        }
        if (i % 9 == 0) {
            o.insert(u"mood"_s, u"angry"_s);
            o.insert(u"metrics"_s, QJsonObject{{u"likes"_s, i}, {u"shares"_s, QJsonArray{1, 2}}});
        }
        out += line(o);
    }
    return out;
}

}  // namespace

class TestImportExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void malformedLinesAreReportedAndSkipped();
    void overlongLineIsSkipped();
    void duplicateLinesMerge();
    void reimportKeepsUserState();
    void storageFailureStoresNothing();
    void cancelStoresNothing();
    void bulkLoadRebuildsIndexes();
    void cancelledBulkLoadKeepsIndexes();
    void clearBulkLoadDefersIndexesAtOnce();
    void bulkLoadSettingsLastOnlyForTheLoad();
    void unknownFieldsSurvive();
    void jsonRoundTrip();
    void csvField_data();
    void csvField();
    void csvExport();
    void exportHonoursFilter();
};

void TestImportExport::malformedLinesAreReportedAndSkipped()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    const QByteArray good =
        R"({"platform":"vk","source":"vk.com/a","id":"%1","text":"Текст","published":"2026-11-20T14:03:00+03:00"})";
    const auto goodLine = [&](int id) {
        return QByteArray(good).replace("%1", QByteArray::number(id));
    };
    QByteArray input;
    input += "\xEF\xBB\xBF" + goodLine(1) + "\n";      // 1 (BOM)
    input += "{\"platform\": \"vk\", \"source\": \n";  // 2
    input += goodLine(2) + "\r\n";                     // 3 (CRLF)
    input += "[1, 2, 3]\n";                            // 4
    input += "\n";                                     // 5 blank
    input += R"({"source":"vk.com/a","id":"x","text":"t","published":"2026-11-20T14:03:00Z"})"
             "\n";  // 6
    input += R"({"platform":"vk","source":"vk.com/a","id":"y","text":"t","published":"yesterday"})"
             "\n";  // 7
    input +=
        R"({"platform":"vk","source":"vk.com/a","id":"z","text":"t","published":"2026-11-20T14:03:00"})"
        "\n";  // 8
    input +=
        R"({"platform":"vk","source":"vk.com/a","id":"w","title":"","text":"","published":"2026-11-20T14:03:00Z"})"
        "\n";  // 9
    input +=
        R"({"platform":"vk","source":"vk.com/a","id":"v","text":5,"published":"2026-11-20T14:03:00Z"})"
        "\n";  // 10
    input +=
        R"({"platform":"vk","source":"vk.com/a","id":"u","text":"t","tags":"x","published":"2026-11-20T14:03:00Z"})"
        "\n";                            // 11
    input += "\xFF\xFE garbage \x01\n";  // 12
    input += "   \t  \n";                // 13 blank
    input += goodLine(3);                // 14, no newline

    const auto report = importText(*db, input);
    QVERIFY(report.ok());
    QCOMPARE(report->inserted, 3);
    QCOMPARE(report->skipped, 9);
    QList<qint64> lines;
    for (const ImportIssue &issue : report->issues) {
        lines.append(issue.line);
        QVERIFY(!issue.message.isEmpty());
    }
    QCOMPARE(lines, (QList<qint64>{2, 4, 6, 7, 8, 9, 10, 11, 12}));
    QVERIFY2(report->issues[0].message.contains(u"JSON"_s), qPrintable(report->issues[0].message));
    QVERIFY2(report->issues[2].message.contains(u"platform"_s),
             qPrintable(report->issues[2].message));
    QVERIFY2(report->issues[3].message.contains(u"published"_s),
             qPrintable(report->issues[3].message));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM items"), 3);
}

void TestImportExport::overlongLineIsSkipped()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    const QByteArray good =
        R"({"platform":"vk","source":"vk.com/a","id":"%1","text":"Текст","published":"2026-11-20T14:03:00Z"})";
    QByteArray input = QByteArray(good).replace("%1", "1") + "\n";
    input += R"({"platform":"vk","source":"vk.com/a","id":"big","text":")";
    input += QByteArray(ImportService::kMaxLineBytes + 100, 'x');
    input += R"(","published":"2026-11-20T14:03:00Z"})"
             "\n";
    input += QByteArray(good).replace("%1", "2") + "\n";
    // A line just under the limit is fine.
    QByteArray near = R"({"platform":"vk","source":"vk.com/a","id":"near","text":")";
    near += QByteArray(ImportService::kMaxLineBytes - near.size() - 100, 'y');
    near += R"(","published":"2026-11-20T14:03:00Z"})"
            "\n";
    input += near;
    const auto report = importText(*db, input);
    QVERIFY(report.ok());
    QCOMPARE(report->inserted, 3);
    QCOMPARE(report->skipped, 1);
    QCOMPARE(report->issues.front().line, 2);
    QVERIFY(report->issues.front().message.contains(u"longer"_s));
}

void TestImportExport::duplicateLinesMerge()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    const QByteArray a =
        R"({"platform":"vk","source":"vk.com/a","id":"1","text":"first","published":"2026-11-20T14:03:00Z"})"
        "\n";
    const QByteArray b =
        R"({"platform":"vk","source":"vk.com/a","id":"1","text":"edited","published":"2026-11-20T14:03:00Z"})"
        "\n";
    const QByteArray other =
        R"({"platform":"vk","source":"vk.com/b","id":"1","text":"first","published":"2026-11-20T14:03:00Z"})"
        "\n";
    const auto report = importText(*db, a + a + b + other);
    QVERIFY(report.ok());
    QCOMPARE(report->inserted, 2);
    QCOMPARE(report->unchanged, 1);
    QCOMPARE(report->updated, 1);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM items"), 2);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'edited'"), 1);

    // Importing what is stored again changes nothing.
    const auto again = importText(*db, b + other);
    QVERIFY(again.ok());
    QCOMPARE(again->inserted, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 2);
}

void TestImportExport::reimportKeepsUserState()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    QVERIFY(importText(*db, richInput()).ok());
    const auto before = allItems(*db);
    {
        Transaction transaction(*db);
        ItemRepository items(*db);
        for (const auto &[key, stored] : before) {
            items.setRead({stored.id}, true);
            items.setStatus({stored.id}, ItemStatus::Closed);
            items.setNote(stored.id, u"note "_s + key);
            items.addTag({stored.id}, u"mine"_s);
        }
        transaction.commit();
    }
    // The same file, every text changed and every state object saying the opposite.
    QByteArray changed;
    for (const QByteArray &l : richInput().split('\n')) {
        if (l.isEmpty())
            continue;
        QJsonObject o = QJsonDocument::fromJson(l).object();
        o.insert(u"text"_s, QString(o.value(u"text"_s).toString() + u" (изменено)"_s));
        o.insert(u"state"_s,
                 QJsonObject{{u"read"_s, false}, {u"status"_s, u"new"_s}, {u"note"_s, u"x"_s}});
        changed += line(o);
    }
    const auto report = importText(*db, changed);
    QVERIFY(report.ok());
    QCOMPARE(report->updated, static_cast<qint64>(before.size()));
    QCOMPARE(report->inserted, 0);
    for (const auto &[key, stored] : allItems(*db)) {
        QVERIFY(stored.item.text.endsWith(u"(изменено)"_s));
        QCOMPARE(stored.state.read, true);
        QCOMPARE(stored.state.status, ItemStatus::Closed);
        QCOMPARE(stored.state.note, u"note "_s + key);
        QVERIFY(stored.state.tags.contains(u"mine"_s));
    }
}

void TestImportExport::storageFailureStoresNothing()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    // The 3000th item makes SQLite fail, well after several progress callbacks.
    db->exec(
        "CREATE TRIGGER fail_import BEFORE INSERT ON items WHEN new.external_id = 'boom' "
        "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END;");
    QByteArray input;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray id = i == 3000 ? QByteArray("boom") : QByteArray::number(i);
        input += R"({"platform":"vk","source":"vk.com/s)" + QByteArray::number(i % 7) +
                 R"(","id":")" + id + R"(","text":"Текст )" + QByteArray::number(i) +
                 R"(","tags":["t)" + QByteArray::number(i % 5) +
                 R"("],"published":"2026-11-20T14:03:00Z"})"
                 "\n";
    }
    int progressCalls = 0;
    const auto report = importText(*db, input, [&](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    QVERIFY(!report.ok());
    QVERIFY(progressCalls >= 1);
    QVERIFY2(report.error().message.contains(u"Nothing"_s), qPrintable(report.error().message));
    for (const char *table : {"SELECT count(*) FROM items", "SELECT count(*) FROM sources",
                              "SELECT count(*) FROM authors", "SELECT count(*) FROM tags",
                              "SELECT count(*) FROM item_tags"}) {
        QCOMPARE(scalar(*db, table), 0);
    }
    QCOMPARE(scalar(*db, "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'текст'"), 0);

    // The connection is usable afterwards and a later import works.
    db->exec("DROP TRIGGER fail_import");
    const auto retry = importText(*db, input);
    QVERIFY(retry.ok());
    QCOMPARE(retry->inserted, 5000);
}

void TestImportExport::cancelStoresNothing()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    QByteArray input;
    for (int i = 0; i < 5000; ++i) {
        input += R"({"platform":"vk","source":"vk.com/a","id":")" + QByteArray::number(i) +
                 R"(","text":"t","published":"2026-11-20T14:03:00Z"})"
                 "\n";
    }
    const auto report = importText(*db, input, [](qint64, qint64 stored) { return stored < 3000; });
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM items"), 0);
}

namespace {

// Enough new items for the import to build the items' indexes once at the end.
QByteArray bulkInput(int count)
{
    QByteArray input;
    for (int i = 0; i < count; ++i) {
        input += R"({"platform":")" + QByteArray(i % 3 ? "vk" : "telegram") +
                 R"(","source":"vk.com/a","id":")" + QByteArray::number(i) +
                 R"(","url":"https://vk.com/wall-1_)" + QByteArray::number(i) +
                 R"(","author":"user)" + QByteArray::number(i % 97) + R"(","text":"тарифы номер )" +
                 QByteArray::number(i) + R"(","published":"2026-11-20T14:03:00Z")" +
                 // One in a thousand saved: it enters an index the load keeps in place.
                 QByteArray(i % 1000 == 0 ? R"(,"state":{"saved":true})" : "") + "}\n";
    }
    return input;
}

// Saved items found through the saved items' own index.
qint64 savedThroughItsIndex(Database &db)
{
    return scalar(db, "SELECT count(*) FROM items INDEXED BY items_saved WHERE is_saved = 1");
}

// Name and SQL of every index of the items table.
QStringList itemIndexes(Database &db)
{
    QStringList out;
    Statement query = db.prepare(
        "SELECT name || ': ' || ifnull(sql, '') FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = 'items' ORDER BY name");
    while (query.step())
        out << query.text(0);
    return out;
}

}  // namespace

void TestImportExport::bulkLoadRebuildsIndexes()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    const QStringList before = itemIndexes(*db);
    QVERIFY(before.size() > 5);
    const auto report = importText(*db, bulkInput(30000));
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->inserted, 30000);
    QCOMPARE(itemIndexes(*db), before);
    QCOMPARE(savedThroughItsIndex(*db), 30);
    QCOMPARE(scalar(*db,
                    "SELECT count(*) FROM items INDEXED BY items_by_platform "
                    "WHERE platform = 'telegram'"),
             10000);
    Statement check = db->prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), u"ok"_s);
    db->exec("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)");
    InboxFilter filter;
    filter.text = u"тариф 29999"_s;
    QCOMPARE(ItemRepository(*db).count(filter), 1);
    // A second import of the same lines is no bulk load and changes nothing.
    const auto again = importText(*db, bulkInput(30000));
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, 30000);
    QCOMPARE(itemIndexes(*db), before);
}

void TestImportExport::cancelledBulkLoadKeepsIndexes()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    const QStringList before = itemIndexes(*db);
    // Cancelled after the indexes were dropped for the load.
    const auto report =
        importText(*db, bulkInput(30000), [](qint64, qint64 stored) { return stored < 26000; });
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM items"), 0);
    QCOMPARE(itemIndexes(*db), before);
}

// A file whose first lines show it will bring at least twice the bulk threshold of new
// items drops the indexes with its first batch, not after 20,000 items indexed one by one.
void TestImportExport::clearBulkLoadDefersIndexesAtOnce()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    const QStringList before = itemIndexes(*db);
    QList<qint64> indexesSeen;  // the items' indexes at each progress report
    const auto report = importText(*db, bulkInput(45000), [&](qint64, qint64) {
        indexesSeen << scalar(*db,
                              "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name = 'items' AND sql IS NOT NULL");
        return true;
    });
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->inserted, 45000);
    QVERIFY(indexesSeen.size() > 2);
    // Dropped before the first report (2,000 lines), but for the sparse ones kept.
    QCOMPARE(indexesSeen.first(), qint64(ItemRepository::sparseIndexes().size()));
    QCOMPARE(savedThroughItsIndex(*db), 45);
    QCOMPARE(indexesSeen.last(), qint64(before.size() - 1));  // rebuilt for the last report
    QCOMPARE(itemIndexes(*db), before);
    // Not so for the same file again: nothing in it is new.
    indexesSeen.clear();
    const auto again = importText(*db, bulkInput(45000), [&](qint64, qint64) {
        indexesSeen << scalar(*db,
                              "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name = 'items' AND sql IS NOT NULL");
        return true;
    });
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, 45000);
    QCOMPARE(indexesSeen.first(), qint64(before.size() - 1));
}

namespace {

// A setting of the full-text index as stored in the database; -1 when it has none.
qint64 searchIndexSetting(Database &db, const std::string &name)
{
    return scalar(
        db,
        ("SELECT ifnull((SELECT v FROM items_fts_config WHERE k = '" + name + "'), -1)").c_str());
}

qint64 pragma(Database &db, const std::string &name)
{
    return scalar(db, ("PRAGMA " + name).c_str());
}

}  // namespace

// A bulk load writes the search index in large segments without merging them on the way,
// skips the key checks, sorts in small runs, and leaves the connection and the index's
// settings as they were: after the load, and after a cancelled one.
void TestImportExport::bulkLoadSettingsLastOnlyForTheLoad()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    db->exec("INSERT INTO items_fts(items_fts, rank) VALUES ('hashsize', 2097152)");
    const qint64 cacheBefore = pragma(*db, "cache_size");
    QCOMPARE(pragma(*db, "foreign_keys"), 1);
    QCOMPARE(pragma(*db, "page_size"), 16384);  // a new file's pages
    qint64 hashDuring = -1;
    qint64 mergeDuring = -1;
    qint64 keysDuring = -1;
    const auto report = importText(*db, bulkInput(45000), [&](qint64, qint64 stored) {
        if (stored == 45000)
            return true;  // the report after the commit
        hashDuring = searchIndexSetting(*db, "hashsize");
        mergeDuring = searchIndexSetting(*db, "automerge");
        keysDuring = pragma(*db, "foreign_keys");
        return true;
    });
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->inserted, 45000);
    // As seen at the last report before the end of the load.
    QCOMPARE(hashDuring, 32 * 1024 * 1024);
    QCOMPARE(mergeDuring, 0);
    QCOMPARE(keysDuring, 0);
    QCOMPARE(searchIndexSetting(*db, "hashsize"), 2097152);
    QCOMPARE(searchIndexSetting(*db, "automerge"), 4);
    QCOMPARE(pragma(*db, "foreign_keys"), 1);
    QCOMPARE(pragma(*db, "cache_size"), cacheBefore);
    QCOMPARE(pragma(*db, "threads"), 0);
    db->exec("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)");
    InboxFilter filter;
    filter.text = u"тариф 44999"_s;
    QCOMPARE(ItemRepository(*db).count(filter), 1);

    TempDir other;
    auto cancelledDb = openWorkspace(other.filePath(u"w.db"_s));
    const auto cancelled = importText(*cancelledDb, bulkInput(45000),
                                      [](qint64, qint64 stored) { return stored < 26000; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(searchIndexSetting(*cancelledDb, "hashsize"), -1);
    QCOMPARE(searchIndexSetting(*cancelledDb, "automerge"), -1);
    QCOMPARE(pragma(*cancelledDb, "foreign_keys"), 1);
    QCOMPARE(pragma(*cancelledDb, "cache_size"), cacheBefore);
}

void TestImportExport::unknownFieldsSurvive()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    const QJsonObject input{
        {u"platform"_s, u"vk"_s},
        {u"source"_s, u"vk.com/a"_s},
        {u"id"_s, u"1"_s},
        {u"text"_s, u"Текст"_s},
        {u"published"_s, u"2026-11-20T14:03:00+03:00"_s},
        {u"mood"_s, u"angry"_s},
        {u"score"_s, 0.75},
        {u"flags"_s, QJsonArray{true, false, QJsonValue()}},
        {u"nested"_s, QJsonObject{{u"a"_s, QJsonObject{{u"b"_s, u"ё"_s}}}}},
    };
    QVERIFY(importText(*db, line(input)).ok());
    const QByteArray exported = exportText(*db, ExportService::Format::JsonLines);
    const QJsonObject back = QJsonDocument::fromJson(exported.trimmed()).object();
    for (const QString &key : {u"mood"_s, u"score"_s, u"flags"_s, u"nested"_s})
        QCOMPARE(back.value(key), input.value(key));
    // Earshot's own fields are written in its canonical form.
    QCOMPARE(back.value(u"published"_s).toString(), u"2026-11-20T11:03:00Z"_s);
    QCOMPARE(back.value(u"state"_s).toObject().value(u"status"_s).toString(), u"new"_s);
}

void TestImportExport::jsonRoundTrip()
{
    TempDir dir;
    auto first = openWorkspace(dir.filePath(u"first.db"_s));
    const auto imported = importText(*first, richInput());
    QVERIFY(imported.ok());
    QCOMPARE(imported->skipped, 0);
    const QByteArray exported = exportText(*first, ExportService::Format::JsonLines);
    QCOMPARE(exported.count('\n'), 40);

    auto second = openWorkspace(dir.filePath(u"second.db"_s));
    const auto reimported = importText(*second, exported);
    QVERIFY(reimported.ok());
    QCOMPARE(reimported->skipped, 0);
    QCOMPARE(reimported->inserted, 40);

    const auto a = allItems(*first);
    const auto b = allItems(*second);
    QCOMPARE(b.size(), a.size());
    for (const auto &[key, x] : a) {
        const auto found = b.find(key);
        QVERIFY2(found != b.end(), qPrintable(key));
        const StoredItem &y = found->second;
        const Item &i = x.item;
        const Item &j = y.item;
        QCOMPARE(j.platform, i.platform);
        QCOMPARE(j.source, i.source);
        QCOMPARE(j.sourceTitle, i.sourceTitle);
        QCOMPARE(j.externalId, i.externalId);
        QCOMPARE(j.threadId, i.threadId);
        QCOMPARE(j.parentId, i.parentId);
        QCOMPARE(j.author.handle, i.author.handle);
        QCOMPARE(j.author.name, i.author.name);
        QCOMPARE(j.author.url, i.author.url);
        QCOMPARE(j.author.followers, i.author.followers);
        QCOMPARE(j.url, i.url);
        QCOMPARE(j.title, i.title);
        QCOMPARE(j.text, i.text);
        QCOMPARE(j.html, i.html);
        QCOMPARE(j.publishedMs, i.publishedMs);
        QCOMPARE(j.lang, i.lang);
        QCOMPARE(j.extra, i.extra);
        QCOMPARE(y.state.read, x.state.read);
        QCOMPARE(y.state.saved, x.state.saved);
        QCOMPARE(y.state.status, x.state.status);
        QCOMPARE(y.state.note, x.state.note);
        QStringList tx = x.state.tags;
        QStringList ty = y.state.tags;
        tx.sort();
        ty.sort();
        QCOMPARE(ty, tx);
    }
    // And exporting the copy gives the same file.
    QCOMPARE(exportText(*second, ExportService::Format::JsonLines), exported);
}

void TestImportExport::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << u"Тариф"_s << u"Тариф"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("semicolon stays") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\")"_s
                               << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("formula +") << u"+1+1"_s << u"'+1+1"_s;
    QTest::newRow("formula -") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
    QTest::newRow("formula @") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
    QTest::newRow("formula tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("formula cr") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("formula later is text") << u"a=1"_s << u"a=1"_s;
    QTest::newRow("formula with comma") << u"=1,2"_s << u"\"'=1,2\""_s;
}

void TestImportExport::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(ExportService::csvField(value), field);
}

void TestImportExport::csvExport()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    QVERIFY(importText(*db, richInput()).ok());
    const QString csv = QString::fromUtf8(exportText(*db, ExportService::Format::Csv));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 41);
    const QStringList header = rows.front();
    QCOMPARE(header.size(), 16);
    QCOMPARE(header.at(0), u"platform"_s);
    const auto column = [&](const char16_t *name) {
        return header.indexOf(QString::fromUtf16(name));
    };
    const auto items = allItems(*db);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QCOMPARE(row.size(), header.size());
        const QString key = row.at(column(u"platform")) + u'\n' + row.at(column(u"source")) +
                            u'\n' + row.at(column(u"id"));
        const auto found = items.find(key);
        QVERIFY2(found != items.end(), qPrintable(key));
        const StoredItem &stored = found->second;
        // Multi-line text with commas, tabs and quotes comes back whole.
        QCOMPARE(row.at(column(u"text")), stored.item.text);
        QCOMPARE(row.at(column(u"title")), stored.item.title);
        QCOMPARE(row.at(column(u"url")), stored.item.url);
        QCOMPARE(row.at(column(u"note")), stored.state.note);
        QCOMPARE(row.at(column(u"read")), stored.state.read ? u"1"_s : u"0"_s);
        QCOMPARE(row.at(column(u"published")), toRfc3339(stored.item.publishedMs));
    }
    // A text starting like a formula is neutralised.
    const QByteArray hostile =
        R"j({"platform":"vk","source":"vk.com/z","id":"f","author":"=cmd()","text":"=1+1","published":"2026-11-20T14:03:00Z"})j";
    QVERIFY(importText(*db, hostile + "\n").ok());
    InboxFilter filter;
    filter.sourceId = ItemRepository(*db).sources().findId(u"vk"_s, u"vk.com/z"_s);
    const QList<QStringList> one =
        parseCsv(QString::fromUtf8(exportText(*db, ExportService::Format::Csv, filter)));
    QCOMPARE(one.size(), 2);
    QCOMPARE(one[1].at(column(u"text")), u"'=1+1"_s);
    QCOMPARE(one[1].at(column(u"author")), u"'=cmd()"_s);
}

void TestImportExport::exportHonoursFilter()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    QVERIFY(importText(*db, richInput()).ok());
    InboxFilter filter;
    filter.platform = u"vk"_s;
    const QByteArray vk = exportText(*db, ExportService::Format::JsonLines, filter);
    QCOMPARE(vk.count('\n'), 14);
    for (const QByteArray &l : vk.split('\n')) {
        if (!l.isEmpty())
            QCOMPARE(QJsonDocument::fromJson(l).object().value(u"platform"_s).toString(), u"vk"_s);
    }
    filter = InboxFilter{};
    filter.text = u"тарифы"_s;
    QCOMPARE(exportText(*db, ExportService::Format::JsonLines, filter).count('\n'), 40);
    filter.view = InboxFilter::View::Unread;
    QCOMPARE(exportText(*db, ExportService::Format::JsonLines, filter).count('\n'), 32);
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "test_import_export.moc"
