// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ImportService.h"
#include "core/services/InboxService.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageError.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

enum class Damage {
    NewerSchema,
    TextFile,
    RandomBytes,
    FakeHeader,
    DamagedSchemaPage,
    ForeignDatabase,
    ReadOnlyFile,
    Locked,
};

// Data every schema version since 1 can hold: written with the columns of step 1, which
// later steps may extend but never drop.
void putVersion1Data(Database &db)
{
    db.exec(
        "INSERT INTO sources(id, platform, address, title, created_ms) "
        "VALUES (1, 'vk', 'vk.com/brand', 'Бренд', 1);"
        "INSERT INTO authors(id, platform, handle, name, url, followers) "
        "VALUES (1, 'vk', 'id1', 'Иван', 'https://vk.com/id1', 12);"
        "INSERT INTO items(id, source_id, platform, external_id, thread_id, parent_id, author_id, "
        "url, title, text, html, published_ms, fetched_ms, lang, extra, is_read, is_saved, "
        "status, note) VALUES (1, 1, 'vk', '100', '', '', 1, 'https://vk.com/wall-1_100', "
        "'Тарифы', 'Подключение тарифа не работает', '<p>Подключение</p>', 1700000000000, "
        "1700000001000, 'ru', '{\"likes\":3}', 1, 1, 3, 'перезвонить');"
        "INSERT INTO tags(id, name) VALUES (1, 'billing');"
        "INSERT INTO item_tags(item_id, tag_id) VALUES (1, 1);");
    // From step 3 on, Earshot indexes new rows itself instead of through a trigger; do
    // what it would have done so the row is searchable like one it wrote.
    Statement trigger = db.prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'items_fts_insert'");
    if (trigger.step() && trigger.int64(0) == 0)
        db.exec("INSERT INTO items_fts(rowid, title, text) SELECT id, title, text FROM items");
}

void checkVersion1Data(Database &db)
{
    ItemRepository items(db);
    const auto found = items.find(1);
    QVERIFY(found);
    QCOMPARE(found->item.platform, u"vk"_s);
    QCOMPARE(found->item.source, u"vk.com/brand"_s);
    QCOMPARE(found->item.sourceTitle, u"Бренд"_s);
    QCOMPARE(found->item.externalId, u"100"_s);
    QCOMPARE(found->item.author.handle, u"id1"_s);
    QCOMPARE(found->item.author.name, u"Иван"_s);
    QCOMPARE(found->item.author.followers, 12);
    QCOMPARE(found->item.title, u"Тарифы"_s);
    QCOMPARE(found->item.text, u"Подключение тарифа не работает"_s);
    QCOMPARE(found->item.html, u"<p>Подключение</p>"_s);
    QCOMPARE(found->item.publishedMs, 1700000000000);
    QCOMPARE(found->item.lang, u"ru"_s);
    QCOMPARE(found->item.extra.value(u"likes"_s).toInt(), 3);
    QCOMPARE(found->state.read, true);
    QCOMPARE(found->state.saved, true);
    QCOMPARE(found->state.status, ItemStatus::Answered);
    QCOMPARE(found->state.note, u"перезвонить"_s);
    QCOMPARE(found->state.tags, QStringList{u"billing"_s});
    InboxFilter filter;
    filter.text = u"тарифом"_s;
    QCOMPARE(items.count(filter), 1);
}

QStringList folderListing(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// A read-only view of `source` at `target`, undone on destruction. Needs the right to
// mount (root or CAP_SYS_ADMIN).
class ReadOnlyBind {
public:
    ReadOnlyBind(const QString &source, const QString &target) : m_target(target.toUtf8())
    {
        const QByteArray from = source.toUtf8();
        m_ok = ::mount(from.constData(), m_target.constData(), nullptr, MS_BIND, nullptr) == 0;
        if (m_ok && ::mount(nullptr, m_target.constData(), nullptr,
                            MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
            ::umount2(m_target.constData(), MNT_DETACH);
            m_ok = false;
        }
    }
    ~ReadOnlyBind()
    {
        if (m_ok)
            ::umount2(m_target.constData(), MNT_DETACH);
    }
    bool ok() const { return m_ok; }

private:
    QByteArray m_target;
    bool m_ok = false;
};

}  // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void latestIsIdempotent();
    void backupIsAConsistentCopy();
    void openFailures_data();
    void openFailures();
    void truncatedFileReportsCorrupt();
    void busyWriterReportsLocked();
};

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Migrations::latestVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, version);
    TempDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        auto db = Database::open(path);
        Migrations::migrate(*db, version);
        QCOMPARE(db->userVersion(), version);
        if (version >= 1)
            putVersion1Data(*db);
    }
    auto opened = Workspace::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
    Database &db = **opened;
    QCOMPARE(db.userVersion(), Migrations::latestVersion());

    const QString backup = path + u".v%1.bak"_s.arg(version);
    if (version == 0) {
        QVERIFY(!QFileInfo::exists(backup));  // nothing to lose in an empty file
        QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 0);
        return;
    }
    checkVersion1Data(db);
    if (QTest::currentTestFailed())
        return;

    // The backup is the database as it was, still at the old version.
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    auto old = Database::open(backup, Database::Mode::ReadOnly);
    QCOMPARE(old->userVersion(), version);
    QCOMPARE(scalar(*old, "SELECT count(*) FROM items"), 1);
    QCOMPARE(scalar(*old, "SELECT is_read + is_saved + status FROM items WHERE id = 1"), 5);

    // New rows work through the current repositories after the upgrade.
    Transaction transaction(db);
    const auto stored = ItemRepository(db).upsert(makeItem(u"new"_s, u"Новые тарифы"_s, 1));
    transaction.commit();
    QCOMPARE(stored.outcome, ItemRepository::Outcome::Inserted);
    InboxFilter filter;
    filter.text = u"тариф"_s;
    QCOMPARE(ItemRepository(db).count(filter), 2);
}

void TestMigrations::latestIsIdempotent()
{
    TempDir dir;
    const QString path = dir.filePath(u"w.db"_s);
    openWorkspace(path).reset();
    auto db = Database::open(path);
    QCOMPARE(Migrations::migrate(*db), QString());
    QCOMPARE(db->userVersion(), Migrations::latestVersion());
    QCOMPARE(folderListing(dir.path()).filter(u".bak"_s), QStringList());
}

void TestMigrations::backupIsAConsistentCopy()
{
    TempDir dir;
    auto db = openWorkspace(dir.filePath(u"w.db"_s));
    {
        Transaction transaction(*db);
        ItemRepository items(*db);
        for (int i = 0; i < 500; ++i)
            items.upsert(makeItem(QString::number(i), u"Текст номер %1"_s.arg(i), i));
        transaction.commit();
    }
    const QString copy = dir.filePath(u"copy.db"_s);
    db->backupTo(copy);
    auto restored = Database::open(copy, Database::Mode::ReadOnly);
    QCOMPARE(restored->userVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(*restored, "SELECT count(*) FROM items"), 500);
    InboxFilter filter;
    filter.text = u"номера"_s;
    QCOMPARE(ItemRepository(*restored).count(filter), 500);

    // A backup that cannot be written is an error, not a silent half copy.
    bool threw = false;
    try {
        db->backupTo(dir.filePath(u"missing-folder/copy.db"_s));
    } catch (const StorageError &e) {
        threw = true;
        QVERIFY(!e.error().message.isEmpty());
    }
    QVERIFY(threw);
}

void TestMigrations::openFailures_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<ErrorKind>("kind");

    QTest::newRow("newer schema") << Damage::NewerSchema << ErrorKind::StorageNewerSchema;
    QTest::newRow("text file") << Damage::TextFile << ErrorKind::StorageCorrupt;
    QTest::newRow("random bytes") << Damage::RandomBytes << ErrorKind::StorageCorrupt;
    QTest::newRow("sqlite header, garbage after")
        << Damage::FakeHeader << ErrorKind::StorageCorrupt;
    QTest::newRow("damaged schema page") << Damage::DamagedSchemaPage << ErrorKind::StorageCorrupt;
    QTest::newRow("another program's database")
        << Damage::ForeignDatabase << ErrorKind::StorageCorrupt;
    QTest::newRow("read-only file") << Damage::ReadOnlyFile << ErrorKind::StorageReadOnly;
    QTest::newRow("locked by another connection") << Damage::Locked << ErrorKind::StorageLocked;
}

void TestMigrations::openFailures()
{
    QFETCH(Damage, damage);
    QFETCH(ErrorKind, kind);
    TempDir dir;
    QString path = dir.filePath(u"earshot.db"_s);
    std::unique_ptr<Database> holder;
    std::unique_ptr<ReadOnlyBind> bind;

    const auto makeWorkspace = [&] {
        auto db = openWorkspace(path);
        putVersion1Data(*db);
    };
    switch (damage) {
    case Damage::NewerSchema: {
        makeWorkspace();
        Database::open(path)->setUserVersion(Migrations::latestVersion() + 1);
        break;
    }
    case Damage::TextFile:
        QVERIFY(writeFile(path, QByteArray("This is not a database, just notes.\n").repeated(200)));
        break;
    case Damage::RandomBytes: {
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator random(7);
        for (char &c : bytes)
            c = static_cast<char>(random.bounded(256));
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case Damage::FakeHeader: {
        QByteArray bytes("SQLite format 3", 16);
        bytes += QByteArray(4096 * 4, '\xA5');
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case Damage::DamagedSchemaPage: {
        makeWorkspace();
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 4096);
        for (int i = 100; i < 4096; ++i)  // the schema table's b-tree page, header kept
            bytes[i] = static_cast<char>(0xFF - (i % 7));
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case Damage::ForeignDatabase: {
        auto other = Database::open(path);
        other->exec(
            "PRAGMA journal_mode=DELETE;"
            "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT);"
            "INSERT INTO moz_places(url) VALUES ('https://example.org');");
        break;
    }
    case Damage::ReadOnlyFile: {
        makeWorkspace();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QFile probe(path);
        if (probe.open(QIODevice::ReadWrite)) {
            // Root ignores file permissions: show the folder through a read-only bind mount.
            probe.close();
            const QString view = dir.filePath(u"read-only-view"_s);
            QVERIFY(QDir().mkpath(view));
            bind = std::make_unique<ReadOnlyBind>(dir.path(), view);
            if (!bind->ok()) {
                QSKIP(
                    "running with privileges that ignore file permissions and without the "
                    "right to mount a read-only view: a read-only file cannot be made here");
            }
            path = view + u"/earshot.db"_s;
        }
        break;
    }
    case Damage::Locked: {
        makeWorkspace();
        holder = Database::open(path);
        holder->exec("PRAGMA journal_mode=DELETE");
        holder->exec("BEGIN EXCLUSIVE");
        break;
    }
    }
    const QByteArray before = fileBytes(path);
    const QStringList listing = folderListing(QFileInfo(path).absolutePath());

    auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, kind);
    // The message names the file so the person knows which one to deal with.
    QVERIFY2(opened.error().message.contains(QFileInfo(path).fileName()),
             qPrintable(opened.error().message));
    if (damage == Damage::Locked)
        QVERIFY2(opened.error().message.contains(u"in use"_s), qPrintable(opened.error().message));

    // No damage: the file is byte for byte what it was and no side files were left.
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(folderListing(QFileInfo(path).absolutePath()), listing);
    if (damage == Damage::ForeignDatabase) {
        auto other = Database::open(path, Database::Mode::ReadOnly);
        QCOMPARE(scalar(*other, "SELECT count(*) FROM sqlite_schema"), 1);
        QCOMPARE(scalar(*other, "SELECT count(*) FROM moz_places"), 1);
    }
}

void TestMigrations::truncatedFileReportsCorrupt()
{
    // Page 1 survives, so the file opens; the first read of a lost page must then be a
    // typed error, not a crash or an empty inbox.
    TempDir dir;
    const QString path = dir.filePath(u"cut.db"_s);
    {
        auto db = openWorkspace(path);
        Transaction transaction(*db);
        ItemRepository items(*db);
        for (int i = 0; i < 2000; ++i)
            items.upsert(makeItem(QString::number(i), u"Текст %1 "_s.arg(i).repeated(20), i));
        transaction.commit();
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 200 * 1024);
    bytes.truncate(bytes.size() / 3);
    QVERIFY(writeFile(path, bytes));

    auto opened = Workspace::open(path);
    if (!opened) {
        QCOMPARE(opened.error().kind, ErrorKind::StorageCorrupt);
        return;
    }
    InboxService inbox(**opened);
    InboxFilter filter;
    filter.text = u"текст"_s;
    const auto page = inbox.page(filter, std::nullopt, 5000);
    const auto count = inbox.count(InboxFilter{});
    QVERIFY(!page.ok() || !count.ok());
    QCOMPARE(page.ok() ? count.error().kind : page.error().kind, ErrorKind::StorageCorrupt);
}

void TestMigrations::busyWriterReportsLocked()
{
    TempDir dir;
    const QString path = dir.filePath(u"busy.db"_s);
    openWorkspace(path).reset();
    auto writer = Database::open(path);
    writer->exec("BEGIN IMMEDIATE");
    writer->exec("INSERT INTO tags(name) VALUES ('pending')");

    auto other = openWorkspace(path);  // WAL: opening and reading still work
    other->setBusyTimeout(50);
    QCOMPARE(InboxService(*other).count(InboxFilter{}).value(), 0);

    QBuffer input;
    input.setData(
        R"({"platform":"vk","source":"vk.com/a","id":"1","text":"т","published":"2026-01-01T00:00:00Z"})"
        "\n");
    QVERIFY(input.open(QIODevice::ReadOnly));
    const auto report = ImportService(*other).importJsonLines(input);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::StorageLocked);
    QVERIFY2(report.error().message.contains(u"in use"_s), qPrintable(report.error().message));

    writer->exec("ROLLBACK");
    input.seek(0);
    const auto retried = ImportService(*other).importJsonLines(input);
    QVERIFY(retried.ok());
    QCOMPARE(retried->inserted, 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
