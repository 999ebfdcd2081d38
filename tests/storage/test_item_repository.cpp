// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/WordTokenizer.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/PreparedText.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/StatsRepository.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBase = 1'763'640'000'000;  // 2025-11-20

QList<qint64> idsOf(const std::vector<InboxRow> &rows)
{
    QList<qint64> ids;
    for (const InboxRow &row : rows)
        ids.append(row.id);
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// A fingerprint of the full-text index's stored segments.
QByteArray ftsFingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement query = db.prepare("SELECT id, block FROM items_fts_data ORDER BY id");
    while (query.step()) {
        hash.addData(QByteArray::number(query.int64(0)));
        hash.addData(query.utf8(1));
    }
    return hash.result();
}

}  // namespace

class TestItemRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void insertReportsInserted();
    void initialStateAppliesToNewItems();
    void unchangedRefetch();
    void changedContentKeepsUserState_data();
    void changedContentKeepsUserState();
    void duplicatesMerge();
    void sameIdInOtherSourceIsAnotherItem();
    void sparseRefetchKeepsAuthorDetails();
    void sourceTitleAndKindOnlyGrow();
    void newSourceKeepsPendingIndexTerms();

    void morphology_data();
    void morphology();
    void preparedTermsIndexLikeTheTokenizer();
    void preparedTermsOnlyForTheirOwnText();
    void relevanceOrder();
    void dateOrderWithText();
    void prefixAsYouType_data();
    void prefixAsYouType();
    void keysetPaging_data();
    void keysetPaging();
    void relevancePaging();
    void filters_data();
    void filters();
    void threadAndReplies();
    void stats();

private:
    ItemRepository::Stored store(const Item &item, const ItemState *state = nullptr);

    TempDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void TestItemRepository::init()
{
    m_dir = new TempDir;
    QVERIFY(m_dir->isValid());
    m_db = openWorkspace(m_dir->filePath(u"items.db"_s));
}

void TestItemRepository::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

ItemRepository::Stored TestItemRepository::store(const Item &item, const ItemState *state)
{
    Transaction transaction(*m_db);
    const auto stored = ItemRepository(*m_db).upsert(item, state);
    transaction.commit();
    return stored;
}

void TestItemRepository::insertReportsInserted()
{
    // The very first item of a fresh database: a new source and a new author are created
    // in the same call, and all three rows may get id 1.
    Item firstItem = makeItem(u"1"_s, u"первый"_s, kBase);
    firstItem.tags = {u"a"_s, u"b"_s};  // tag ids 1 and 2, inserted after item 1
    const auto first = store(firstItem);
    QCOMPARE(first.outcome, ItemRepository::Outcome::Inserted);
    QVERIFY(first.id > 0);

    // The last row the connection inserted (tag "b", id 2) has the id the next item gets:
    // still an insert, and the initial state applies.
    ItemState state;
    state.tags = {u"initial"_s};
    state.note = u"заметка"_s;
    Item other = makeItem(u"2"_s, u"второй"_s, kBase + 1, u"https://example.org/other"_s);
    other.author.handle = u"@bob"_s;
    const auto second = store(other, &state);
    QCOMPARE(second.outcome, ItemRepository::Outcome::Inserted);
    QVERIFY(second.id != first.id);
    const auto found = ItemRepository(*m_db).find(second.id);
    QVERIFY(found);
    QCOMPARE(found->state.tags, QStringList{u"initial"_s});
    QCOMPARE(found->state.note, state.note);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM items"), 2);
}

void TestItemRepository::initialStateAppliesToNewItems()
{
    ItemState state;
    state.read = true;
    state.saved = true;
    state.status = ItemStatus::Waiting;
    state.note = u"ответить до пятницы"_s;
    state.tags = {u"billing"_s};
    const auto stored = store(makeItem(u"1"_s, u"текст"_s, kBase), &state);
    QCOMPARE(stored.outcome, ItemRepository::Outcome::Inserted);
    const auto found = ItemRepository(*m_db).find(stored.id);
    QVERIFY(found);
    QCOMPARE(found->state.read, true);
    QCOMPARE(found->state.saved, true);
    QCOMPARE(found->state.status, ItemStatus::Waiting);
    QCOMPARE(found->state.note, state.note);
    QCOMPARE(found->state.tags, QStringList{u"billing"_s});

    // On an item that already exists, an initial state is ignored.
    ItemState other;
    other.note = u"другое"_s;
    other.tags = {u"other"_s};
    Item changed = makeItem(u"1"_s, u"новый текст"_s, kBase);
    QCOMPARE(store(changed, &other).outcome, ItemRepository::Outcome::Updated);
    const auto again = ItemRepository(*m_db).find(stored.id);
    QCOMPARE(again->state.note, state.note);
    QCOMPARE(again->state.tags, QStringList{u"billing"_s});
}

void TestItemRepository::unchangedRefetch()
{
    const Item item = makeItem(u"1"_s, u"Тариф не работает"_s, kBase);
    const auto first = store(item);
    const QByteArray before = ftsFingerprint(*m_db);
    m_db->exec(
        "CREATE TEMP TABLE writes(n INTEGER);"
        "CREATE TEMP TRIGGER count_writes AFTER UPDATE ON main.items BEGIN "
        "INSERT INTO writes VALUES (1); END;");

    Item again = item;
    again.fetchedMs += 60'000;  // a later fetch of the same content
    const auto second = store(again);
    QCOMPARE(second.outcome, ItemRepository::Outcome::Unchanged);
    QCOMPARE(second.id, first.id);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM temp.writes"), 0);
    QCOMPARE(ftsFingerprint(*m_db), before);

    Item changed = item;
    changed.text = u"Тариф снова работает"_s;
    QCOMPARE(store(changed).outcome, ItemRepository::Outcome::Updated);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM temp.writes"), 1);
    QVERIFY(ftsFingerprint(*m_db) != before);
}

void TestItemRepository::changedContentKeepsUserState_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("text") << u"text"_s;
    QTest::newRow("title") << u"title"_s;
    QTest::newRow("html") << u"html"_s;
    QTest::newRow("url") << u"url"_s;
    QTest::newRow("published") << u"published"_s;
    QTest::newRow("extra") << u"extra"_s;
    QTest::newRow("lang") << u"lang"_s;
    QTest::newRow("author") << u"author"_s;
    QTest::newRow("parent") << u"parent"_s;
}

void TestItemRepository::changedContentKeepsUserState()
{
    QFETCH(QString, field);
    Item item = makeItem(u"42"_s, u"Связь пропала"_s, kBase);
    item.title = u"Жалоба"_s;
    const auto first = store(item);
    QCOMPARE(first.outcome, ItemRepository::Outcome::Inserted);
    {
        Transaction transaction(*m_db);
        ItemRepository items(*m_db);
        items.setRead({first.id}, true);
        items.setSaved({first.id}, true);
        items.setStatus({first.id}, ItemStatus::Answered);
        items.setNote(first.id, u"позвонили клиенту"_s);
        items.addTag({first.id}, u"network"_s);
        transaction.commit();
    }

    Item changed = item;
    if (field == u"text")
        changed.text = u"Связь восстановилась"_s;
    else if (field == u"title")
        changed.title = u"Благодарность"_s;
    else if (field == u"html")
        changed.html = u"<p>Связь пропала</p>"_s;
    else if (field == u"url")
        changed.url = u"https://example.org/moved"_s;
    else if (field == u"published")
        changed.publishedMs += 5000;
    else if (field == u"extra")
        changed.extra.insert(u"likes"_s, 3);
    else if (field == u"lang")
        changed.lang = u"ru"_s;
    else if (field == u"author")
        changed.author.handle = u"@other"_s;
    else if (field == u"parent")
        changed.parentId = u"41"_s;
    changed.tags = {u"imported"_s};
    const auto second = store(changed);
    QCOMPARE(second.outcome, ItemRepository::Outcome::Updated);
    QCOMPARE(second.id, first.id);

    const auto found = ItemRepository(*m_db).find(first.id);
    QVERIFY(found);
    QCOMPARE(found->state.read, true);
    QCOMPARE(found->state.saved, true);
    QCOMPARE(found->state.status, ItemStatus::Answered);
    QCOMPARE(found->state.note, u"позвонили клиенту"_s);
    // Tags arriving with the item are added; the user's tag stays.
    QStringList tags = found->state.tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{u"imported"_s, u"network"_s}));
    QCOMPARE(found->item.text, changed.text);
    QCOMPARE(found->item.title, changed.title);
    QCOMPARE(found->item.html, changed.html);
    QCOMPARE(found->item.url, changed.url);
    QCOMPARE(found->item.publishedMs, changed.publishedMs);
    QCOMPARE(found->item.extra, changed.extra);
    QCOMPARE(found->item.parentId, changed.parentId);
    QCOMPARE(found->item.author.handle, changed.author.handle);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM items"), 1);

    // The index follows the content.
    if (field == u"text") {
        InboxFilter filter;
        filter.text = u"восстановилась"_s;
        QCOMPARE(idsOf(ItemRepository(*m_db).page(filter, std::nullopt, 10)),
                 QList<qint64>{first.id});
        filter.text = u"пропала"_s;
        QVERIFY(ItemRepository(*m_db).page(filter, std::nullopt, 10).empty());
    }
}

void TestItemRepository::duplicatesMerge()
{
    Transaction transaction(*m_db);
    ItemRepository items(*m_db);
    const auto a = items.upsert(makeItem(u"dup"_s, u"one"_s, kBase));
    const auto b = items.upsert(makeItem(u"dup"_s, u"one"_s, kBase));
    Item tagged = makeItem(u"dup"_s, u"one, edited"_s, kBase);
    tagged.tags = {u"x"_s};
    const auto c = items.upsert(tagged);
    transaction.commit();
    QCOMPARE(a.outcome, ItemRepository::Outcome::Inserted);
    QCOMPARE(b.outcome, ItemRepository::Outcome::Unchanged);
    QCOMPARE(c.outcome, ItemRepository::Outcome::Updated);
    QCOMPARE(b.id, a.id);
    QCOMPARE(c.id, a.id);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM items"), 1);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'edited'"), 1);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'one'"), 1);
}

void TestItemRepository::sameIdInOtherSourceIsAnotherItem()
{
    const auto a = store(makeItem(u"7"_s, u"текст"_s, kBase, u"https://a.example/feed"_s));
    const auto b = store(makeItem(u"7"_s, u"текст"_s, kBase, u"https://b.example/feed"_s));
    QCOMPARE(a.outcome, ItemRepository::Outcome::Inserted);
    QCOMPARE(b.outcome, ItemRepository::Outcome::Inserted);
    QVERIFY(a.id != b.id);
}

void TestItemRepository::sparseRefetchKeepsAuthorDetails()
{
    Item item = makeItem(u"1"_s, u"текст"_s, kBase);
    item.author.url = u"https://example.org/@ann"_s;
    item.author.followers = 1200;
    const auto stored = store(item);
    Item sparse = item;
    sparse.author.name.clear();
    sparse.author.url.clear();
    sparse.author.followers = -1;
    store(sparse);
    const auto found = ItemRepository(*m_db).find(stored.id);
    QCOMPARE(found->item.author.name, u"Ann"_s);
    QCOMPARE(found->item.author.url, item.author.url);
    QCOMPARE(found->item.author.followers, 1200);
}

// A source's title fills in once and is never replaced; an imported source is promoted
// when it is followed, and a followed one never goes back to "import".
void TestItemRepository::sourceTitleAndKindOnlyGrow()
{
    SourceRepository sources(*m_db);
    const QString feed = u"feed"_s;
    const QString address = u"https://example.org/saved"_s;
    const qint64 id = sources.ensure(feed, address, {}, source_kind::Import);
    QVERIFY(id > 0);
    const auto titleAndKind = [&] {
        const std::optional<SourceRecord> record = sources.find(id);
        return record ? record->title + u'|' + record->kind : QString();
    };
    QCOMPARE(titleAndKind(), u"|import"_s);
    QCOMPARE(sources.ensure(feed, address, u"Saved"_s, source_kind::Import), id);
    QCOMPARE(titleAndKind(), u"Saved|import"_s);
    QCOMPARE(SourceRepository(*m_db).ensure(feed, address, u"Other"_s, source_kind::Import), id);
    QCOMPARE(titleAndKind(), u"Saved|import"_s);
    QCOMPARE(SourceRepository(*m_db).ensure(feed, address, {}, source_kind::Feed), id);
    QCOMPARE(titleAndKind(), u"Saved|feed"_s);
    QCOMPARE(SourceRepository(*m_db).ensure(feed, address, {}, source_kind::Import), id);
    QCOMPARE(titleAndKind(), u"Saved|feed"_s);
    QVERIFY(sources.ensure(feed, u"https://example.org/other"_s, {}, source_kind::Import) != id);
}

// Storing an item of a source not seen before must not write out the full-text index's
// pending terms (a statement savepoint would): an import of items spread over many
// sources would otherwise make one small index segment per source.
void TestItemRepository::newSourceKeepsPendingIndexTerms()
{
    Transaction transaction(*m_db);
    ItemRepository items(*m_db);
    items.upsert(makeItem(u"1"_s, u"первый текст"_s, kBase, u"https://example.org/a"_s));
    const QByteArray before = ftsFingerprint(*m_db);
    items.upsert(makeItem(u"2"_s, u"второй текст"_s, kBase, u"https://example.org/b"_s));
    SourceRepository(*m_db).ensure(u"feed"_s, u"https://example.org/c"_s, u"C"_s,
                                   source_kind::Feed);
    QCOMPARE(ftsFingerprint(*m_db), before);
    transaction.commit();
    InboxFilter filter;
    filter.text = u"текст"_s;
    QCOMPARE(items.count(filter), 2);
}

void TestItemRepository::morphology_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");

    QTest::newRow("ru plural finds singular") << u"Новые тарифы дороже"_s << u"тариф"_s << true;
    QTest::newRow("ru instrumental") << u"Доволен тарифом"_s << u"тарифы"_s << true;
    QTest::newRow("ru capitalised query") << u"проблема с тарифами"_s << u"ТАРИФ"_s << true;
    QTest::newRow("ru yo in text") << u"Всё плохо с её счётом"_s << u"счет"_s << true;
    QTest::newRow("ru yo in query") << u"Елка во дворе"_s << u"ёлки"_s << true;
    QTest::newRow("ru stress accent") << u"Тари\u0301ф поменяли"_s << u"тарифы"_s << true;
    QTest::newRow("ru decomposed short i") << u"Мои\u0306 счет"_s << u"мой"_s << true;
    QTest::newRow("ru other word") << u"Тарелка разбилась"_s << u"тариф"_s << false;
    QTest::newRow("en plural") << u"Lost connections again"_s << u"connection"_s << true;
    QTest::newRow("en verb form") << u"It keeps disconnecting"_s << u"disconnected"_s << true;
    QTest::newRow("en case") << u"REFUND please"_s << u"refunds"_s << true;
    QTest::newRow("en other word") << u"collection of bugs"_s << u"connection"_s << false;
    QTest::newRow("mixed text") << u"VPN-сервер не отвечает"_s << u"серверы vpn"_s << true;
    QTest::newRow("title is searched") << QString() << u"заголовок"_s << true;
}

void TestItemRepository::morphology()
{
    QFETCH(QString, stored);
    QFETCH(QString, query);
    QFETCH(bool, found);
    Item item = makeItem(u"1"_s, stored, kBase);
    if (stored.isEmpty()) {
        item.title = u"Заголовок"_s;
        item.text = u"текст"_s;
    }
    store(makeItem(u"noise"_s, u"Совсем другой текст about nothing"_s, kBase - 10));
    const auto id = store(item).id;
    InboxFilter filter;
    filter.text = query;
    const QList<qint64> expected = found ? QList<qint64>{id} : QList<qint64>{};
    for (const auto order : {InboxFilter::Order::Newest, InboxFilter::Order::Relevance}) {
        filter.order = order;
        QCOMPARE(idsOf(ItemRepository(*m_db).page(filter, std::nullopt, 10)), expected);
        QCOMPARE(ItemRepository(*m_db).count(filter), expected.size());
    }
}

// An import prepares titles and texts on its parse thread (PreparedText); the index must
// come out byte for byte as if the writer had tokenized them itself.
void TestItemRepository::preparedTermsIndexLikeTheTokenizer()
{
    const QList<std::pair<QString, QString>> texts = {
        {u"Тарифы"_s, u"Новые тарифы дороже, доволен тарифом"_s},
        {QString(), u"Всё плохо с её счётом. Ёлки!"_s},
        {u"Stress"_s, u"Тари\u0301ф поменяли, мои\u0306 счет"_s},
        {u"Lost connections again"_s, u"It keeps disconnecting; REFUND please"_s},
        {u"VPN-сервер"_s,
         u"не отвечает 2024-11-20 ☎ 🙂 naïve café ΑΒΓ 東京"_s},
        {QString(), QString()},
        {u"long"_s, QString(200, u'ж') + u" "_s + QString(80, u'x')},
    };
    TempDir otherDir;
    QVERIFY(otherDir.isValid());
    const auto plainDb = openWorkspace(otherDir.filePath(u"plain.db"_s));
    WordTokenizer words;
    {
        Transaction preparedTx(*m_db);
        Transaction plainTx(*plainDb);
        ItemRepository prepared(*m_db);
        ItemRepository plain(*plainDb);
        for (int i = 0; i < texts.size(); ++i) {
            Item item = makeItem(QString::number(i), texts[i].second, kBase + i);
            item.title = texts[i].first;
            const PreparedText text(item.title, item.text, words);
            QCOMPARE(prepared.upsert(item, nullptr, &text).outcome,
                     ItemRepository::Outcome::Inserted);
            QCOMPARE(plain.upsert(item).outcome, ItemRepository::Outcome::Inserted);
        }
        preparedTx.commit();
        plainTx.commit();
    }
    // Every title and text was taken prepared, none on the other connection.
    QCOMPARE(m_db->indexTerms().taken(), static_cast<std::uint64_t>(2 * texts.size()));
    QCOMPARE(plainDb->indexTerms().taken(), std::uint64_t{0});
    QCOMPARE(m_db->indexTerms().prepared(), nullptr);  // the offer ended with the insert
    QCOMPARE(ftsFingerprint(*m_db), ftsFingerprint(*plainDb));
    QVERIFY(scalar(*m_db, "SELECT count(*) FROM items_fts_data") > 1);
    for (int i = 0; i < texts.size(); ++i) {
        const auto found = ItemRepository(*m_db).find(i + 1);
        QVERIFY(found);
        QCOMPARE(found->item.title, texts[i].first);
        QCOMPARE(found->item.text, texts[i].second);
    }
    InboxFilter filter;
    filter.text = u"тариф"_s;
    QCOMPARE(sorted(idsOf(ItemRepository(*m_db).page(filter, std::nullopt, 10))),
             (QList<qint64>{1, 3}));
    filter.text = u"счет"_s;
    QCOMPARE(sorted(idsOf(ItemRepository(*m_db).page(filter, std::nullopt, 10))),
             (QList<qint64>{2, 3}));
}

// The tokenizer replays prepared terms only for the exact text they were made from.
void TestItemRepository::preparedTermsOnlyForTheirOwnText()
{
    WordTokenizer words;
    const PreparedText text(u"Заголовок"_s, u"Тарифы выросли"_s, words);
    IndexTermSupply supply;
    QCOMPARE(supply.take("Тарифы выросли"), nullptr);  // nothing offered
    {
        const IndexTermSupply::Offer offer(supply, &text);
        QCOMPARE(supply.take("Тарифы выросли"), &text.text());
        QCOMPARE(supply.take("Заголовок"), &text.title());
        QCOMPARE(supply.take("Тарифы выросли!"), nullptr);
        QCOMPARE(supply.take("Тарифы вырос"), nullptr);
        QCOMPARE(supply.take("тарифы выросли"), nullptr);
        QCOMPARE(supply.take(""), nullptr);
    }
    QCOMPARE(supply.take("Тарифы выросли"), nullptr);
    QCOMPARE(supply.taken(), std::uint64_t{2});
    // The terms are the tokenizer's, with byte offsets into the UTF-8 text.
    QCOMPARE(text.text().terms.size(), std::size_t{2});
    QCOMPARE(text.term(text.text().terms[0]), std::string_view("тариф"));
    QCOMPARE(text.text().terms[0].start, 0);
    QCOMPARE(text.text().terms[0].end, 12);  // six Cyrillic letters, two bytes each
    QCOMPARE(text.text().terms[1].start, 13);
}

void TestItemRepository::relevanceOrder()
{
    // In the title (weighted higher) > several times in a short text > once in a long text.
    const QString filler = u" слово"_s.repeated(60);
    Item inTitle = makeItem(u"title"_s, u"обычный текст без нужного"_s, kBase);
    inTitle.title = u"Роуминг"_s;
    Item twice = makeItem(u"twice"_s, u"роуминг и снова роуминг"_s, kBase + 1);
    Item once = makeItem(u"once"_s, u"где-то тут роуминг"_s + filler, kBase + 2);
    Item none = makeItem(u"none"_s, u"ничего общего"_s, kBase + 3);
    const qint64 idTitle = store(inTitle).id;
    const qint64 idTwice = store(twice).id;
    const qint64 idOnce = store(once).id;
    store(none);

    InboxFilter filter;
    filter.text = u"роуминга"_s;
    filter.order = InboxFilter::Order::Relevance;
    QCOMPARE(idsOf(ItemRepository(*m_db).page(filter, std::nullopt, 10)),
             (QList<qint64>{idTitle, idTwice, idOnce}));
    filter.order = InboxFilter::Order::Newest;
    QCOMPARE(idsOf(ItemRepository(*m_db).page(filter, std::nullopt, 10)),
             (QList<qint64>{idOnce, idTwice, idTitle}));
}

void TestItemRepository::dateOrderWithText()
{
    QList<qint64> expected;
    for (int i = 0; i < 30; ++i) {
        // Published out of insertion order; only even ones mention the word.
        const qint64 published = kBase + ((i * 7) % 30) * 60'000;
        const QString text = i % 2 == 0 ? u"Доставка задерживается"_s : u"Всё отлично"_s;
        const qint64 id = store(makeItem(QString::number(i), text, published)).id;
        if (i % 2 == 0)
            expected.append(id);
    }
    const auto byTime = [this](qint64 a, qint64 b) {
        return ItemRepository(*m_db).find(a)->item.publishedMs >
               ItemRepository(*m_db).find(b)->item.publishedMs;
    };
    std::sort(expected.begin(), expected.end(), byTime);
    InboxFilter filter;
    filter.text = u"доставки"_s;
    QCOMPARE(idsOf(ItemRepository(*m_db).page(filter, std::nullopt, 100)), expected);
}

void TestItemRepository::prefixAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");

    // Every step of typing finds something sensible, never a syntax error.
    QTest::newRow("т") << u"т"_s << QStringList{u"tariff"_s, u"tariffs"_s, u"plate"_s};
    QTest::newRow("тар") << u"тар"_s << QStringList{u"tariff"_s, u"tariffs"_s, u"plate"_s};
    QTest::newRow("тари") << u"тари"_s << QStringList{u"tariff"_s, u"tariffs"_s};
    QTest::newRow("тариф") << u"тариф"_s << QStringList{u"tariff"_s, u"tariffs"_s};
    QTest::newRow("тарифа") << u"тарифа"_s << QStringList{u"tariff"_s, u"tariffs"_s};
    QTest::newRow("тарифами") << u"тарифами"_s << QStringList{u"tariff"_s, u"tariffs"_s};
    QTest::newRow("two words") << u"тариф подк"_s << QStringList{u"tariffs"_s};
    QTest::newRow("capital") << u"ТАРИ"_s << QStringList{u"tariff"_s, u"tariffs"_s};
    QTest::newRow("yo") << u"ёл"_s << QStringList{u"tree"_s};
    QTest::newRow("en con") << u"conn"_s << QStringList{u"connection"_s};
    QTest::newRow("en connect") << u"connect"_s << QStringList{u"connection"_s};
    QTest::newRow("en connection") << u"connections"_s << QStringList{u"connection"_s};
    QTest::newRow("dash alone") << u"-"_s << QStringList{};
    QTest::newRow("open quote") << u"\"тар"_s << QStringList{};
}

void TestItemRepository::prefixAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QHash<QString, qint64> ids;
    ids.insert(u"tariff"_s, store(makeItem(u"tariff"_s, u"Тариф"_s, kBase)).id);
    ids.insert(u"tariffs"_s,
               store(makeItem(u"tariffs"_s, u"Тарифами и подключением"_s, kBase + 1)).id);
    ids.insert(u"plate"_s, store(makeItem(u"plate"_s, u"Тарелка"_s, kBase + 2)).id);
    ids.insert(u"tree"_s, store(makeItem(u"tree"_s, u"Ёлка"_s, kBase + 3)).id);
    ids.insert(u"connection"_s,
               store(makeItem(u"connection"_s, u"Connection lost"_s, kBase + 4)).id);
    QList<qint64> expectedIds;
    for (const QString &key : expected)
        expectedIds.append(ids.value(key));

    InboxFilter filter;
    filter.text = typed;
    filter.prefixLastWord = true;
    QCOMPARE(sorted(idsOf(ItemRepository(*m_db).page(filter, std::nullopt, 50))),
             sorted(expectedIds));
}

void TestItemRepository::keysetPaging_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("view");

    QTest::newRow("all, page 1") << 1 << QString() << int(InboxFilter::View::All);
    QTest::newRow("all, page 7") << 7 << QString() << int(InboxFilter::View::All);
    QTest::newRow("all, page 50") << 50 << QString() << int(InboxFilter::View::All);
    QTest::newRow("all, one page") << 1000 << QString() << int(InboxFilter::View::All);
    QTest::newRow("unread, page 13") << 13 << QString() << int(InboxFilter::View::Unread);
    QTest::newRow("saved, page 3") << 3 << QString() << int(InboxFilter::View::Saved);
    QTest::newRow("text, page 11") << 11 << u"тариф"_s << int(InboxFilter::View::All);
    QTest::newRow("text unread, page 5") << 5 << u"тариф"_s << int(InboxFilter::View::Unread);
}

void TestItemRepository::keysetPaging()
{
    QFETCH(int, pageSize);
    QFETCH(QString, text);
    QFETCH(int, view);
    // 300 items over only 20 distinct timestamps, stored in scrambled order, so most
    // page boundaries fall inside a run of equal times.
    {
        Transaction transaction(*m_db);
        ItemRepository items(*m_db);
        for (int i = 0; i < 300; ++i) {
            const int n = (i * 113) % 300;
            const QString body = n % 3 == 0 ? u"Тарифы выросли"_s : u"Всё хорошо"_s;
            const auto stored =
                items.upsert(makeItem(QString::number(n), body, kBase + (n % 20) * 1000));
            if (n % 4 == 0)
                items.setRead({stored.id}, true);
            if (n % 5 == 0)
                items.setSaved({stored.id}, true);
        }
        transaction.commit();
    }
    InboxFilter filter;
    filter.text = text;
    filter.view = static_cast<InboxFilter::View>(view);
    ItemRepository items(*m_db);
    const qint64 total = items.count(filter);
    QVERIFY(total > 0);

    std::vector<InboxRow> all;
    std::optional<PageCursor> cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const std::vector<InboxRow> page = items.page(filter, cursor, pageSize);
        QVERIFY(static_cast<int>(page.size()) <= pageSize);
        all.insert(all.end(), page.begin(), page.end());
        if (static_cast<int>(page.size()) < pageSize)
            break;
        cursor = PageCursor{page.back().publishedMs, page.back().id, 0};
    }
    QCOMPARE(static_cast<qint64>(all.size()), total);
    QSet<qint64> seen;
    for (std::size_t i = 0; i < all.size(); ++i) {
        QVERIFY2(!seen.contains(all[i].id), "a row was repeated across pages");
        seen.insert(all[i].id);
        if (i > 0) {
            const bool descending =
                all[i - 1].publishedMs > all[i].publishedMs ||
                (all[i - 1].publishedMs == all[i].publishedMs && all[i - 1].id > all[i].id);
            QVERIFY2(descending, "pages are not in (published, id) descending order");
        }
        if (filter.view == InboxFilter::View::Unread)
            QVERIFY(!all[i].read);
        if (filter.view == InboxFilter::View::Saved)
            QVERIFY(all[i].saved);
    }
}

void TestItemRepository::relevancePaging()
{
    {
        Transaction transaction(*m_db);
        ItemRepository items(*m_db);
        for (int i = 0; i < 120; ++i) {
            // Many equal scores: identical texts.
            const QString body = i % 2 ? u"тариф тариф"_s : u"тариф и роуминг"_s;
            items.upsert(makeItem(QString::number(i), body, kBase + (i % 3)));
        }
        transaction.commit();
    }
    InboxFilter filter;
    filter.text = u"тарифы"_s;
    filter.order = InboxFilter::Order::Relevance;
    ItemRepository items(*m_db);
    const std::vector<InboxRow> whole = items.page(filter, std::nullopt, 1000);
    QCOMPARE(whole.size(), std::size_t(120));
    std::vector<InboxRow> paged;
    for (int offset = 0; offset < 200; offset += 17) {
        const auto page = items.page(filter, PageCursor{0, 0, offset}, 17);
        paged.insert(paged.end(), page.begin(), page.end());
        if (page.size() < 17)
            break;
    }
    QCOMPARE(idsOf(paged), idsOf(whole));
}

void TestItemRepository::filters_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("source");  // index into the fixture's sources, -1 for any
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const int all = int(InboxFilter::View::All);
    const int unread = int(InboxFilter::View::Unread);
    const int saved = int(InboxFilter::View::Saved);
    QTest::newRow("everything") << QString() << -1 << QString() << all << QString()
                                << QStringList{u"m1"_s, u"m2"_s, u"v1"_s, u"v2"_s, u"f1"_s};
    QTest::newRow("platform") << u"vk"_s << -1 << QString() << all << QString()
                              << QStringList{u"v1"_s, u"v2"_s};
    QTest::newRow("source") << QString() << 0 << QString() << all << QString()
                            << QStringList{u"m1"_s};
    QTest::newRow("tag") << QString() << -1 << u"billing"_s << all << QString()
                         << QStringList{u"m2"_s, u"v1"_s};
    QTest::newRow("tag other case")
        << QString() << -1 << u"BILLING"_s << all << QString() << QStringList{u"m2"_s, u"v1"_s};
    QTest::newRow("unread") << QString() << -1 << QString() << unread << QString()
                            << QStringList{u"m2"_s, u"v2"_s, u"f1"_s};
    QTest::newRow("saved") << QString() << -1 << QString() << saved << QString()
                           << QStringList{u"v1"_s};
    QTest::newRow("text") << QString() << -1 << QString() << all << u"тарифы"_s
                          << QStringList{u"m1"_s, u"v1"_s, u"f1"_s};
    QTest::newRow("text and platform")
        << u"mastodon"_s << -1 << QString() << all << u"тарифы"_s << QStringList{u"m1"_s};
    QTest::newRow("text and tag") << QString() << -1 << u"billing"_s << all << u"тарифы"_s
                                  << QStringList{u"v1"_s};
    QTest::newRow("text unread") << QString() << -1 << QString() << unread << u"тарифы"_s
                                 << QStringList{u"f1"_s};
    QTest::newRow("all filters") << u"vk"_s << 2 << u"billing"_s << saved << u"тариф"_s
                                 << QStringList{u"v1"_s};
    QTest::newRow("no match") << u"reddit"_s << -1 << QString() << all << QString()
                              << QStringList{};
}

void TestItemRepository::filters()
{
    QFETCH(QString, platform);
    QFETCH(int, source);
    QFETCH(QString, tag);
    QFETCH(int, view);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    struct Row {
        const char16_t *id;
        const char16_t *platform;
        const char16_t *source;
        const char16_t *text;
        bool read;
        bool saved;
        const char16_t *tag;
    };
    const Row rows[] = {
        {u"m1", u"mastodon", u"https://mastodon.example/@brand", u"Тарифы выросли", true, false,
         nullptr},
        {u"m2", u"mastodon", u"https://mastodon.example/tags/brand", u"Спасибо поддержке", false,
         false, u"billing"},
        {u"v1", u"vk", u"vk.com/brand", u"Тариф сменили без спроса", true, true, u"Billing"},
        {u"v2", u"vk", u"vk.com/brand", u"Когда починят приложение?", false, false, u"app"},
        {u"f1", u"feed", u"https://news.example/rss", u"Обзор тарифов операторов", false, false,
         nullptr},
    };
    QHash<QString, qint64> ids;
    QStringList sources;
    {
        Transaction transaction(*m_db);
        ItemRepository items(*m_db);
        qint64 time = kBase;
        for (const Row &row : rows) {
            Item item =
                makeItem(QString::fromUtf16(row.id), QString::fromUtf16(row.text), time += 1000,
                         QString::fromUtf16(row.source), QString::fromUtf16(row.platform));
            ItemState state;
            state.read = row.read;
            state.saved = row.saved;
            if (row.tag)
                state.tags = {QString::fromUtf16(row.tag)};
            ids.insert(item.externalId, items.upsert(item, &state).id);
            if (!sources.contains(item.source))
                sources.append(item.source);
        }
        transaction.commit();
    }
    ItemRepository items(*m_db);
    InboxFilter filter;
    filter.platform = platform;
    if (source >= 0)
        filter.sourceId = items.sources().findId(
            source == 2 ? u"vk"_s : (source < 2 ? u"mastodon"_s : u"feed"_s), sources.at(source));
    if (!tag.isEmpty()) {
        filter.tagId = items.tags().findId(tag);
        QVERIFY(filter.tagId > 0);
    }
    filter.view = static_cast<InboxFilter::View>(view);
    filter.text = text;
    QList<qint64> expectedIds;
    for (const QString &id : expected)
        expectedIds.append(ids.value(id));

    for (const auto order : {InboxFilter::Order::Newest, InboxFilter::Order::Relevance}) {
        filter.order = order;
        QCOMPARE(sorted(idsOf(items.page(filter, std::nullopt, 100))), sorted(expectedIds));
        QCOMPARE(items.count(filter), expectedIds.size());
    }
}

void TestItemRepository::threadAndReplies()
{
    Item root = makeItem(u"r"_s, u"Корневой пост"_s, kBase);
    Item child = makeItem(u"c"_s, u"Ответ"_s, kBase + 1);
    child.parentId = u"r"_s;
    child.threadId = u"r"_s;
    Item grandchild = makeItem(u"g"_s, u"Ответ на ответ"_s, kBase + 2);
    grandchild.parentId = u"c"_s;
    grandchild.threadId = u"r"_s;
    Item sibling = makeItem(u"s"_s, u"Ещё ответ"_s, kBase + 3);
    sibling.parentId = u"r"_s;
    const qint64 rootId = store(root).id;
    const qint64 childId = store(child).id;
    const qint64 grandchildId = store(grandchild).id;
    const qint64 siblingId = store(sibling).id;

    ItemRepository items(*m_db);
    const auto chain = items.ancestors(grandchildId);
    QCOMPARE(chain.size(), std::size_t(2));
    QCOMPARE(chain[0].id, rootId);
    QCOMPARE(chain[1].id, childId);
    const auto replies = items.replies(rootId);
    QCOMPARE(replies.size(), std::size_t(2));
    QCOMPARE(replies[0].id, childId);
    QCOMPARE(replies[1].id, siblingId);

    // A cycle in hostile data ends the walk.
    Item a = makeItem(u"a"_s, u"a"_s, kBase);
    a.parentId = u"b"_s;
    Item b = makeItem(u"b"_s, u"b"_s, kBase);
    b.parentId = u"a"_s;
    const qint64 aId = store(a).id;
    store(b);
    QVERIFY(items.ancestors(aId).size() <= 2);
}

void TestItemRepository::stats()
{
    ItemState read;
    read.read = true;
    read.saved = true;
    read.tags = {u"vip"_s};
    store(makeItem(u"1"_s, u"a"_s, kBase, u"s1"_s, u"vk"_s), &read);
    store(makeItem(u"2"_s, u"b"_s, kBase, u"s1"_s, u"vk"_s));
    store(makeItem(u"3"_s, u"c"_s, kBase, u"s2"_s, u"mastodon"_s));
    const WorkspaceStats stats = StatsRepository(*m_db).collect();
    QCOMPARE(stats.total, 3);
    QCOMPARE(stats.unread, 2);
    QCOMPARE(stats.saved, 1);
    QCOMPARE(stats.platforms.size(), std::size_t(2));
    QCOMPARE(stats.platforms[0].platform, u"mastodon"_s);
    QCOMPARE(stats.platforms[1].total, 2);
    QCOMPARE(stats.platforms[1].unread, 1);
    QCOMPARE(stats.sources.size(), std::size_t(2));
    QCOMPARE(stats.tags.size(), std::size_t(1));
    QCOMPARE(stats.tags[0].itemCount, 1);
    QCOMPARE(stats.tags[0].unreadCount, 0);
}

QTEST_GUILESS_MAIN(TestItemRepository)
#include "test_item_repository.moc"
