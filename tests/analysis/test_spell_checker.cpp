// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/SpellChecker.h"

#include <QTest>

using namespace earshot;
using namespace Qt::StringLiterals;

class TestSpellChecker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsMisspelledWordsOfBothLanguages();
    void correctTextHasNoMarks();
    void skipsWhatIsNotAWord();
    void suggestsTheRightWord();
    void missingDictionaryJudgesNothing();

private:
    std::unique_ptr<SpellChecker> m_checker;
};

void TestSpellChecker::initTestCase()
{
    m_checker = std::make_unique<SpellChecker>();
    QVERIFY2(m_checker->hasRussian() && m_checker->hasEnglish(),
             "install hunspell-ru and hunspell-en-us");
}

void TestSpellChecker::findsMisspelledWordsOfBothLanguages()
{
    const QString text = u"Здраствуйте! Your connektion will be restored today."_s;
    const auto ranges = m_checker->misspelled(text);
    QCOMPARE(ranges.size(), 2u);
    QCOMPARE(text.mid(ranges[0].start, ranges[0].length), u"Здраствуйте"_s);
    QCOMPARE(text.mid(ranges[1].start, ranges[1].length), u"connektion"_s);
}

void TestSpellChecker::correctTextHasNoMarks()
{
    QVERIFY(m_checker
                ->misspelled(u"Здравствуйте! Мы уже починили подключение, "
                             u"your connection will be restored."_s)
                .empty());
    QVERIFY(m_checker->isCorrect(u"ещё"_s));
    QVERIFY(m_checker->isCorrect(u"тарифами"_s));
    QVERIFY(!m_checker->isCorrect(u"тарифамми"_s));
}

void TestSpellChecker::skipsWhatIsNotAWord()
{
    // Links, handles, hashtags, variables, abbreviations and words with digits are left.
    const QString text =
        u"@ivnovv see https://exmple.org/qwrt #srvce {{nmae}} МТСС API 4Gxx adress"_s;
    const auto ranges = m_checker->misspelled(text);
    QCOMPARE(ranges.size(), 1u);
    QCOMPARE(text.mid(ranges[0].start, ranges[0].length), u"adress"_s);
}

void TestSpellChecker::suggestsTheRightWord()
{
    QVERIFY(m_checker->suggestions(u"Здраствуйте"_s).contains(u"Здравствуйте"_s));
    QVERIFY(m_checker->suggestions(u"connektion"_s).contains(u"connection"_s));
    QVERIFY(m_checker->suggestions(u"123"_s).isEmpty());
}

void TestSpellChecker::missingDictionaryJudgesNothing()
{
    const SpellChecker none(u"/nonexistent-folder"_s);
    QVERIFY(!none.hasRussian());
    QVERIFY(none.misspelled(u"Здраствуйте connektion"_s).empty());
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "test_spell_checker.moc"
