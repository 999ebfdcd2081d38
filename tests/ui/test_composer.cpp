// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/SpellChecker.h"
#include "core/services/AnswerService.h"
#include "core/services/AsyncWorkspace.h"
#include "core/services/InboxService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/OutboxRepository.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/composer/ReplyComposer.h"
#include "ui/composer/ReplyEditor.h"
#include "ui/composer/SpellHighlighter.h"
#include "ui/widgets/QuickReplyBox.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

QString line(const QString &platform, const QString &id, const QString &text)
{
    const QJsonObject o{{u"platform"_s, platform},
                        {u"source"_s, QString(u"https://example.org/"_s + platform)},
                        {u"id"_s, id},
                        {u"url"_s, QString(u"https://example.org/"_s + platform + u"/"_s + id)},
                        {u"author"_s, u"Мария"_s},
                        {u"title"_s, QString()},
                        {u"text"_s, text},
                        {u"lang"_s, u"en"_s},
                        {u"published"_s, u"2026-03-01T10:00:00Z"_s}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

class TestComposer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void suggestionFillsVariables();
    void counterFollowsTheText();
    void marksMisspelledWordsAndReplacesThem();
    void sendPutsTheReplyInTheOutbox();
    void feedIsAnsweredManually();
    void quickReplyQueuesFromTheReadingPane();
    void quickReplySaysWhyItCannotSend();

private:
    qint64 itemOf(const QString &platform);
    ReplyComposer *openComposer(qint64 itemId);

    std::shared_ptr<const SpellChecker> m_checker;
    std::unique_ptr<test::TempDir> m_dir;
    QString m_db;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    QPointer<ReplyComposer> m_composer;
    qint64 m_answerId = 0;
};

void TestComposer::initTestCase()
{
    m_checker = std::make_shared<const SpellChecker>();
    QVERIFY(m_checker->hasRussian() && m_checker->hasEnglish());
}

void TestComposer::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_db = m_dir->filePath(u"ws.db"_s);
    QVERIFY(test::createWorkspace(m_db));
    const QString data = m_dir->filePath(u"items.jsonl"_s);
    QVERIFY(test::writeLines(
        data, {line(u"mastodon"_s, u"101"_s, u"No internet since morning, what happened?"_s),
               line(u"feed"_s, u"post-7"_s, u"Blog post about the internet outage"_s)}));
    QCOMPARE(test::importNow(m_db, data), qint64(2));

    std::unique_ptr<Database> db = Database::open(m_db);
    AccountRecord account;
    account.platform = u"mastodon"_s;
    account.baseUrl = u"https://mastodon.example"_s;
    account.user = u"brand"_s;
    account.secretKey = u"earshot/mastodon/brand"_s;
    account.createdMs = 1;
    QVERIFY(AccountRepository(*db).add(account) > 0);

    OfficialAnswer answer;
    answer.title = u"Outage"_s;
    answer.text = u"Hello {author}, the outage is being fixed: {link}"_s;
    answer.status = u"approved"_s;
    answer.language = u"en"_s;
    answer.keywords = {u"internet"_s};
    const Result<OfficialAnswer> saved = AnswerService(*db).save(answer, u"lead"_s);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    m_answerId = saved->id;

    m_workspace = std::make_unique<AsyncWorkspace>(m_db);
}

void TestComposer::cleanup()
{
    delete m_composer;
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestComposer::itemOf(const QString &platform)
{
    std::unique_ptr<Database> db = Database::open(m_db);
    InboxFilter filter;
    filter.platform = platform;
    const auto rows = InboxService(*db).page(filter, std::nullopt, 10);
    return rows && rows->size() == 1 ? rows->front().id : 0;
}

ReplyComposer *TestComposer::openComposer(qint64 itemId)
{
    m_composer = new ReplyComposer(*m_workspace, m_checker, itemId);
    m_composer->show();
    return m_composer;
}

void TestComposer::suggestionFillsVariables()
{
    const qint64 id = itemOf(u"mastodon"_s);
    QVERIFY(id > 0);
    ReplyComposer *composer = openComposer(id);
    QTRY_VERIFY(composer->isLoaded());
    QVERIFY(composer->target().canSend);
    QCOMPARE(composer->target().maxLength, 500);
    QVERIFY(composer->findChild<QTextBrowser *>(u"threadContext"_s)
                ->toPlainText()
                .contains(u"No internet since morning"_s));
    QCOMPARE(composer->suggestionCount(), 1);

    composer->chooseSuggestion(0);
    const QString text = composer->editor()->toPlainText();
    QCOMPARE(text, u"Hello Мария, the outage is being fixed: https://example.org/mastodon/101"_s);
    QCOMPARE(composer->counterText(), u"%1 / 500"_s.arg(text.size()));
}

void TestComposer::counterFollowsTheText()
{
    ReplyComposer *composer = openComposer(itemOf(u"mastodon"_s));
    QTRY_VERIFY(composer->isLoaded());
    composer->editor()->setPlainText(u"Thanks!"_s);
    QCOMPARE(composer->counterText(), u"7 / 500"_s);
    QVERIFY(composer->sendButton()->isEnabled());

    composer->editor()->setPlainText(QString(501, u'a'));
    QCOMPARE(composer->counterText(), u"501 / 500"_s);
    QVERIFY(composer->counterOverLimit());
    QVERIFY(!composer->sendButton()->isEnabled());

    // An emoji is one character for the platform, two UTF-16 units in a QString.
    composer->editor()->setPlainText(QString(499, u'a') + u"\U0001F600"_s);
    QCOMPARE(composer->counterText(), u"500 / 500"_s);
    QVERIFY(composer->sendButton()->isEnabled());
}

void TestComposer::marksMisspelledWordsAndReplacesThem()
{
    ReplyComposer *composer = openComposer(itemOf(u"mastodon"_s));
    QTRY_VERIFY(composer->isLoaded());
    ReplyEditor *editor = composer->editor();
    const QString text = u"Здраствуйте! Your connektion is back."_s;
    editor->setPlainText(text);
    const QTextBlock block = editor->document()->firstBlock();
    QTRY_VERIFY(SpellHighlighter::isMarked(block, 0));  // Здраствуйте
    QVERIFY(SpellHighlighter::isMarked(block, int(text.indexOf(u"connektion"_s))));  // English
    QVERIFY(!SpellHighlighter::isMarked(block, int(text.indexOf(u"Your"_s))));
    QVERIFY(!SpellHighlighter::isMarked(block, int(text.indexOf(u"back"_s))));

    QTextCursor cursor(editor->document());
    cursor.setPosition(int(text.indexOf(u"connektion"_s)) + 3);
    std::unique_ptr<QMenu> menu(editor->createSpellingMenu(cursor));
    QAction *fix = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"connection"_s)
            fix = action;
    }
    QVERIFY(fix);
    fix->trigger();
    QCOMPARE(editor->toPlainText(), u"Здраствуйте! Your connection is back."_s);
}

void TestComposer::sendPutsTheReplyInTheOutbox()
{
    const qint64 id = itemOf(u"mastodon"_s);
    ReplyComposer *composer = openComposer(id);
    QTRY_VERIFY(composer->isLoaded());
    composer->chooseSuggestion(0);
    composer->editor()->appendPlainText(u"Sorry for the trouble."_s);
    QSignalSpy queued(composer, &ReplyComposer::replyQueued);
    composer->send();
    QTRY_COMPARE(queued.size(), 1);

    std::unique_ptr<Database> db = Database::open(m_db);
    const std::vector<OutboxEntry> outbox = OutboxRepository(*db).list();
    QCOMPARE(outbox.size(), 1u);
    QCOMPARE(outbox.front().id, queued.at(0).at(0).toLongLong());
    QCOMPARE(outbox.front().itemId, id);
    QCOMPARE(outbox.front().inReplyTo, u"101"_s);
    QCOMPARE(outbox.front().state, OutboxState::Queued);
    QVERIFY(outbox.front().text.startsWith(u"Hello Мария"_s));
    QVERIFY(outbox.front().text.endsWith(u"Sorry for the trouble."_s));
    // The answer counts the use (recorded after the reply is queued).
    QTRY_COMPARE(AnswerService(*db).get(m_answerId)->usageCount, 1);
}

void TestComposer::feedIsAnsweredManually()
{
    const qint64 id = itemOf(u"feed"_s);
    ReplyComposer *composer = openComposer(id);
    QTRY_VERIFY(composer->isLoaded());
    QVERIFY(!composer->target().canSend);
    QCOMPARE(composer->target().maxLength, 0);
    composer->editor()->setPlainText(u"Thanks for writing about us."_s);
    QVERIFY(!composer->sendButton()->isEnabled());
    QVERIFY(composer->manualButton()->isEnabled());
    QVERIFY(composer->counterText().contains(u"28"_s));

    QSignalSpy opened(composer, &ReplyComposer::openUrlRequested);
    QSignalSpy answered(composer, &ReplyComposer::answeredManually);
    QSignalSpy changed(m_workspace.get(), &AsyncWorkspace::itemsChanged);
    composer->answerManually();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toUrl(), QUrl(u"https://example.org/feed/post-7"_s));
    QCOMPARE(QApplication::clipboard()->text(), u"Thanks for writing about us."_s);
    QTRY_COMPARE(answered.size(), 1);
    QVERIFY(!changed.isEmpty());

    std::unique_ptr<Database> db = Database::open(m_db);
    QCOMPARE(ItemRepository(*db).find(id)->state.status, ItemStatus::Answered);
    QVERIFY(OutboxRepository(*db).list().empty());  // nothing to send
}

// The reading pane's reply box: counts against the platform's limit, queues the reply in
// the outbox with the item's platform id, and hands its text to the full composer.
void TestComposer::quickReplyQueuesFromTheReadingPane()
{
    const qint64 id = itemOf(u"mastodon"_s);
    QuickReplyBox box(*m_workspace);
    box.show();
    box.setItem(id);
    QTRY_VERIFY(box.target().itemId == id);
    QVERIFY(box.target().canSend);
    QVERIFY(box.noteText().contains(u"brand@mastodon.example"_s));
    QVERIFY(!box.sendButton()->isEnabled());  // nothing typed yet

    box.editor()->setPlainText(QString(501, u'a'));
    QCOMPARE(box.counterText(), u"501 / 500"_s);
    QVERIFY(!box.sendButton()->isEnabled());

    QSignalSpy compose(&box, &QuickReplyBox::composeRequested);
    box.editor()->setPlainText(u"We are on it, sorry!"_s);
    QCOMPARE(box.counterText(), u"20 / 500"_s);
    QVERIFY(box.sendButton()->isEnabled());
    QTest::mouseClick(box.composeButton(), Qt::LeftButton);
    QCOMPARE(compose.size(), 1);
    QCOMPARE(compose.at(0).at(0).toLongLong(), id);
    QCOMPARE(compose.at(0).at(1).toString(), u"We are on it, sorry!"_s);

    QSignalSpy queued(&box, &QuickReplyBox::replyQueued);
    QSignalSpy announced(m_workspace.get(), &AsyncWorkspace::replyQueued);
    QTest::mouseClick(box.sendButton(), Qt::LeftButton);
    QTRY_COMPARE(queued.size(), 1);
    QCOMPARE(announced.size(), 1);  // the account services send it from there
    QVERIFY(box.editor()->toPlainText().isEmpty());

    std::unique_ptr<Database> db = Database::open(m_db);
    const std::vector<OutboxEntry> outbox = OutboxRepository(*db).list();
    QCOMPARE(outbox.size(), 1u);
    QCOMPARE(outbox.front().id, queued.at(0).at(0).toLongLong());
    QCOMPARE(outbox.front().inReplyTo, u"101"_s);
    QCOMPARE(outbox.front().text, u"We are on it, sorry!"_s);
    QCOMPARE(outbox.front().state, OutboxState::Queued);
}

void TestComposer::quickReplySaysWhyItCannotSend()
{
    QuickReplyBox box(*m_workspace);
    box.setItem(itemOf(u"feed"_s));
    QTRY_VERIFY(!box.noteText().isEmpty());
    QVERIFY(!box.target().canSend);
    QCOMPARE(box.noteText(), box.target().whyNotSendable);
    box.editor()->setPlainText(u"Thanks for writing about us."_s);
    QVERIFY(!box.sendButton()->isEnabled());
    QVERIFY(box.counterText().startsWith(u"28 character"_s));  // no limit to show
}

QTEST_MAIN(TestComposer)
#include "test_composer.moc"
