// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AnswerService.h"
#include "core/services/AsyncWorkspace.h"
#include "core/storage/Database.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/answers/AnswerEditor.h"
#include "ui/answers/AnswersWindow.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace earshot;
using namespace Qt::StringLiterals;

class TestAnswersWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsEditsAndKeepsHistory();
    void exportsAndImportsCsv();

private:
    std::unique_ptr<test::TempDir> m_dir;
    QString m_db;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    QPointer<AnswersWindow> m_window;
};

void TestAnswersWindow::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_db = m_dir->filePath(u"ws.db"_s);
    QVERIFY(test::createWorkspace(m_db));
    m_workspace = std::make_unique<AsyncWorkspace>(m_db);
    m_window = new AnswersWindow(*m_workspace);
    m_window->show();
}

void TestAnswersWindow::cleanup()
{
    delete m_window;
    m_workspace.reset();
    m_dir.reset();
}

void TestAnswersWindow::createsEditsAndKeepsHistory()
{
    QSignalSpy saved(m_window.data(), &AnswersWindow::saved);
    QSignalSpy reloaded(m_window.data(), &AnswersWindow::reloaded);
    m_window->newAnswer();
    AnswerEditor *editor = m_window->editor();
    editor->titleField()->setText(u"Outage"_s);
    editor->textField()->setPlainText(u"Hello {author}, we are on it."_s);
    editor->statusCombo()->setCurrentIndex(editor->statusCombo()->findData(u"approved"_s));
    editor->addVariant({u"mastodon"_s, u"plain"_s, u"@{author} we are on it."_s, 500});
    m_window->save();
    QTRY_COMPARE(saved.size(), 1);
    QTRY_COMPARE(m_window->answers().size(), 1u);
    QCOMPARE(m_window->table()->item(0, 0)->text(), u"Outage"_s);
    QCOMPARE(m_window->table()->item(0, 3)->text(), u"1"_s);  // version

    editor->textField()->setPlainText(u"Hello {author}, it is fixed."_s);
    m_window->save();
    QTRY_COMPARE(saved.size(), 2);
    QTRY_COMPARE(m_window->table()->item(0, 3)->text(), u"2"_s);
    QTRY_COMPARE(m_window->history()->count(), 2);

    std::unique_ptr<Database> db = Database::open(m_db);
    const Result<OfficialAnswer> stored = AnswerService(*db).get(saved.at(1).at(0).toLongLong());
    QVERIFY(stored);
    QCOMPARE(stored->text, u"Hello {author}, it is fixed."_s);
    QCOMPARE(stored->status, u"approved"_s);
    QCOMPARE(stored->variants.size(), 1u);
    QCOMPARE(stored->variants.front().platform, u"mastodon"_s);
    QCOMPARE(stored->variants.front().maxLength, 500);
}

void TestAnswersWindow::exportsAndImportsCsv()
{
    std::unique_ptr<Database> db = Database::open(m_db);
    OfficialAnswer answer;
    answer.title = u"Billing"_s;
    answer.text = u"Refunds take three days."_s;
    QVERIFY(AnswerService(*db).save(answer, u"lead"_s));
    m_window->reload();
    QTRY_COMPARE(m_window->answers().size(), 1u);

    QSignalSpy messages(m_window.data(), &AnswersWindow::message);
    const QString csv = m_dir->filePath(u"answers.csv"_s);
    m_window->exportTo(csv);
    QTRY_COMPARE(messages.size(), 1);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(u"Refunds take three days."_s));

    m_window->importFrom(csv);  // the same rows again change nothing
    QTRY_COMPARE(messages.size(), 2);
    QVERIFY2(messages.at(1).at(0).toString().contains(u"0 new"_s),
             qPrintable(messages.at(1).at(0).toString()));
    QTRY_COMPARE(m_window->answers().size(), 1u);
}

QTEST_MAIN(TestAnswersWindow)
#include "test_answers_window.moc"
