// SPDX-License-Identifier: GPL-3.0-or-later
// Monitoring profiles: spellings in Russian and English matched in any word form,
// exclusions, matching at ingest and over the whole cache, and profile:NAME queries.
#include "core/services/ImportService.h"
#include "core/services/ProfileService.h"
#include "core/services/TriageService.h"
#include "core/storage/ItemRepository.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QTest>

using namespace earshot;

namespace {

QByteArray line(const QString &id, const QString &text)
{
    return QStringLiteral(
               R"({"platform":"vk","source":"vk.com/x","id":"%1","text":"%2","published":"2026-11-20T10:00:00Z"})"
               "\n")
        .arg(id, text)
        .toUtf8();
}

}  // namespace

class TestProfiles : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;

    void import(const QByteArray &jsonl)
    {
        QBuffer buffer;
        buffer.setData(jsonl);
        buffer.open(QIODevice::ReadOnly);
        if (!ImportService(*m_db).importJsonLines(buffer).ok())
            qFatal("import failed");
    }

    QString matching(const QString &query)
    {
        QStringList names;
        const std::vector<qint64> ids = *TriageService(*m_db).select(query);
        for (const qint64 id : ids)
            names.append(ItemRepository(*m_db).find(id)->item.externalId);
        names.sort();
        return names.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("p%1.db").arg(++n)));
    }

    void wordFormsInBothLanguagesAndExclusions()
    {
        import(line(QStringLiteral("ru1"), QStringLiteral("Пользуюсь Ростелекомом третий год")) +
               line(QStringLiteral("ru2"), QStringLiteral("У РОСТЕЛЕКОМА опять авария")) +
               line(QStringLiteral("en1"), QStringLiteral("Rostelecom's outages again")) +
               line(QStringLiteral("en2"), QStringLiteral("Two Rostelecoms in town?")) +
               line(QStringLiteral("job"), QStringLiteral("Ростелеком: вакансии инженера")) +
               line(QStringLiteral("other"), QStringLiteral("Про другое")));
        ProfileService profiles(*m_db);
        const Result<qint64> matched =
            profiles.save({0,
                           QStringLiteral("rtk"),
                           {QStringLiteral("Ростелеком"), QStringLiteral("Rostelecom")},
                           {QStringLiteral("-вакансия")},
                           true,
                           0});
        QVERIFY(matched.ok());
        QCOMPARE(*matched, 4);
        QCOMPARE(matching(QStringLiteral("profile:rtk")), QStringLiteral("en1 en2 ru1 ru2"));
        QCOMPARE(matching(QStringLiteral("profile:RTK -авария")), QStringLiteral("en1 en2 ru1"));
        const auto list = *profiles.list();
        QCOMPARE(list.size(), 1u);
        QCOMPARE(list[0].itemCount, 4);
        QCOMPARE(list[0].exclusions, QStringList{QStringLiteral("-вакансия")});
    }

    void newItemsAreMatchedAtIngest()
    {
        ProfileService profiles(*m_db);
        QVERIFY(profiles
                    .save({0,
                           QStringLiteral("brand"),
                           {QStringLiteral("Эршот"), QStringLiteral("Earshot")},
                           {},
                           true,
                           0})
                    .ok());
        QCOMPARE(matching(QStringLiteral("profile:brand")), QString());
        import(line(QStringLiteral("a"), QStringLiteral("Нравится Эршоту")) +
               line(QStringLiteral("b"), QStringLiteral("nothing here")) +
               line(QStringLiteral("c"), QStringLiteral("Earshot is neat")));
        QCOMPARE(matching(QStringLiteral("profile:brand")), QStringLiteral("a c"));
    }

    void replacingTermsRematchesAndRemovalForgets()
    {
        import(line(QStringLiteral("a"), QStringLiteral("кошки")) +
               line(QStringLiteral("b"), QStringLiteral("собаки")));
        ProfileService profiles(*m_db);
        QVERIFY(profiles.save({0, QStringLiteral("pets"), {QStringLiteral("кошка")}, {}, true, 0})
                    .ok());
        QCOMPARE(matching(QStringLiteral("profile:pets")), QStringLiteral("a"));
        QVERIFY(profiles.save({0, QStringLiteral("pets"), {QStringLiteral("собака")}, {}, true, 0})
                    .ok());
        QCOMPARE(matching(QStringLiteral("profile:pets")), QStringLiteral("b"));
        QCOMPARE(*profiles.rematchAll(), 1);
        QVERIFY(profiles.remove(QStringLiteral("pets")).ok());
        QCOMPARE(matching(QStringLiteral("profile:pets")), QString());
        QVERIFY(
            !profiles.save({0, QStringLiteral("empty"), {QStringLiteral("!!")}, {}, true, 0}).ok());
        QVERIFY(!profiles.save({0, QStringLiteral(" "), {QStringLiteral("x")}, {}, true, 0}).ok());
    }

    void shortStemsStayExact()
    {
        import(line(QStringLiteral("cats"), QStringLiteral("Коты спят")) +
               line(QStringLiteral("food"), QStringLiteral("Котлета остыла")));
        QVERIFY(ProfileService(*m_db)
                    .save({0, QStringLiteral("cats"), {QStringLiteral("кот")}, {}, true, 0})
                    .ok());
        QCOMPARE(matching(QStringLiteral("profile:cats")), QStringLiteral("cats"));
    }

    void cleanup() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "test_profiles.moc"
