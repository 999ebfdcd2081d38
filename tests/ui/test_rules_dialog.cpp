// SPDX-License-Identifier: GPL-3.0-or-later
// The rules dialog: the stored rules in order, changes stored at once, a dry run that
// counts exactly what applying changes, and applying only after the user agreed.
#include "core/model/Query.h"
#include "core/services/AsyncWorkspace.h"
#include "core/services/RuleEngine.h"
#include "core/storage/Database.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/models/InboxModel.h"
#include "ui/rules/RuleActionsEditor.h"
#include "ui/rules/RuleEditor.h"
#include "ui/rules/RulesAction.h"
#include "ui/rules/RulesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

// Answers the confirmations as scripted and keeps the questions asked.
class ScriptedPrompter : public Prompter {
public:
    bool offerSampleWorkspace(QWidget *) override { return false; }
    QString chooseImportFile(QWidget *) override { return {}; }
    bool confirm(QWidget *, const QString &question, const QString &) override
    {
        questions << question;
        return answer;
    }

    QStringList questions;
    bool answer = true;
};

Rule makeRule(const QString &name, const QString &query, const QString &action,
              const QString &value, bool stop = false)
{
    Rule rule;
    rule.name = name;
    rule.query = query;
    rule.actions = {{action, value}};
    rule.stop = stop;
    return rule;
}

}  // namespace

class TestRulesDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsRulesInStoredOrder();
    void reorderIsStored();
    void disabledRuleIsStoredAndNotApplied();
    void dryRunCountsWhatApplyChanges();
    void applyNeedsConfirmation();
    void badConditionShowsWhereItBreaks();
    void editsAndRemovesRules();
    void menuOpensDialogAndInboxRefreshes();

private:
    void openDialog();
    std::vector<Rule> storedRules();
    QStringList shownNames() const;
    // One number from the database, for checking what a run really changed.
    qint64 count(const char *sql);
    void selectRow(int row);

    std::unique_ptr<test::TempDir> m_dir;
    QString m_db;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    ScriptedPrompter m_prompter;
    QPointer<RulesDialog> m_dialog;
};

void TestRulesDialog::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_db = m_dir->filePath(u"ws.db"_s);
    QVERIFY(test::createWorkspace(m_db));
    // 40 items, platforms in turn: vk, telegram, mastodon, feed; all mention delivery.
    const QString data = m_dir->filePath(u"items.jsonl"_s);
    QVERIFY(test::writeGeneratedItems(data, 40));
    QCOMPARE(test::importNow(m_db, data), qint64(40));
    {
        std::unique_ptr<Database> db = Database::open(m_db);
        RuleEngine engine(*db);
        QVERIFY(
            engine.addRule(makeRule(u"VK billing"_s, u"platform:vk"_s, u"tag"_s, u"billing"_s)));
        QVERIFY(engine.addRule(
            makeRule(u"Close Mastodon"_s, u"platform:mastodon"_s, u"status"_s, u"closed"_s, true)));
        QVERIFY(engine.addRule(makeRule(u"Delivery"_s, u"delivery"_s, u"tag"_s, u"delivery"_s)));
        // Every telegram item is new already: it matches 10 items and changes none.
        QVERIFY(engine.addRule(
            makeRule(u"Telegram stays new"_s, u"platform:telegram"_s, u"status"_s, u"new"_s)));
    }
    m_prompter = ScriptedPrompter{};
    m_workspace = std::make_unique<AsyncWorkspace>(m_db);
}

void TestRulesDialog::cleanup()
{
    delete m_dialog;
    m_workspace.reset();
    m_dir.reset();
}

void TestRulesDialog::openDialog()
{
    m_dialog = new RulesDialog(*m_workspace, m_prompter);
    m_dialog->show();
    QTRY_COMPARE(m_dialog->table()->rowCount(), int(storedRules().size()));
}

std::vector<Rule> TestRulesDialog::storedRules()
{
    std::unique_ptr<Database> db = Database::open(m_db);
    Result<std::vector<Rule>> rules = RuleEngine(*db).rules();
    return rules ? *rules : std::vector<Rule>{};
}

QStringList TestRulesDialog::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_dialog->table()->rowCount(); ++row)
        names << m_dialog->table()->item(row, RulesDialog::NameColumn)->text();
    return names;
}

qint64 TestRulesDialog::count(const char *sql)
{
    std::unique_ptr<Database> db = Database::open(m_db);
    Statement q = db->prepare(sql);
    return q.step() ? q.int64(0) : -1;
}

void TestRulesDialog::selectRow(int row)
{
    m_dialog->table()->setFocus();
    m_dialog->table()->setCurrentCell(row, RulesDialog::NameColumn);
}

void TestRulesDialog::listsRulesInStoredOrder()
{
    openDialog();
    QCOMPARE(shownNames(), QStringList({u"VK billing"_s, u"Close Mastodon"_s, u"Delivery"_s,
                                        u"Telegram stays new"_s}));
    QTableWidget *table = m_dialog->table();
    QCOMPARE(table->item(0, RulesDialog::ConditionColumn)->text(), u"platform:vk"_s);
    QVERIFY2(table->item(0, RulesDialog::ActionsColumn)->text().contains(u"billing"_s),
             qPrintable(table->item(0, RulesDialog::ActionsColumn)->text()));
    QVERIFY(table->item(1, RulesDialog::StopColumn)->text().contains(u"stop"_s));
    QVERIFY(table->item(0, RulesDialog::StopColumn)->text().isEmpty());
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->item(row, RulesDialog::EnabledColumn)->checkState(), Qt::Checked);
}

void TestRulesDialog::reorderIsStored()
{
    openDialog();
    selectRow(3);
    QTest::keyClick(m_dialog->table(), Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(shownNames(), QStringList({u"VK billing"_s, u"Close Mastodon"_s,
                                            u"Telegram stays new"_s, u"Delivery"_s}));
    QCOMPARE(m_dialog->table()->currentRow(), 2);  // the moved rule stays selected
    selectRow(0);
    m_dialog->findChild<QPushButton *>(u"moveRuleDownButton"_s)->click();
    QTRY_COMPARE(shownNames(), QStringList({u"Close Mastodon"_s, u"VK billing"_s,
                                            u"Telegram stays new"_s, u"Delivery"_s}));

    QStringList stored;
    for (const Rule &rule : storedRules())
        stored << rule.name;
    QCOMPARE(stored, shownNames());

    delete m_dialog;  // a new dialog reads the stored order
    openDialog();
    QCOMPARE(shownNames(), stored);
}

void TestRulesDialog::disabledRuleIsStoredAndNotApplied()
{
    openDialog();
    selectRow(0);
    QTest::keyClick(m_dialog->table(), Qt::Key_Space);
    QTRY_COMPARE(m_dialog->table()->item(0, RulesDialog::EnabledColumn)->checkState(),
                 Qt::Unchecked);
    QVERIFY(!storedRules().front().enabled);
    QVERIFY(storedRules().at(1).enabled);

    QSignalSpy applied(m_dialog.data(), &RulesDialog::applied);
    m_dialog->applyToAll();
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(count("SELECT count(*) FROM activity WHERE actor = 'rule:VK billing'"), 0);
    QCOMPARE(count("SELECT count(*) FROM activity WHERE actor = 'rule:Close Mastodon'"), 10);
    QCOMPARE(m_dialog->table()->item(0, RulesDialog::CountColumn)->text(), u"off"_s);

    // Switched on again by its check box, it runs on the next apply.
    m_dialog->table()->item(0, RulesDialog::EnabledColumn)->setCheckState(Qt::Checked);
    QTRY_VERIFY(storedRules().front().enabled);
    m_dialog->applyToAll();
    QTRY_COMPARE(applied.size(), 2);
    QCOMPARE(applied.at(1).at(0).toLongLong(), 10);  // only the VK items change now
    QCOMPARE(count("SELECT count(*) FROM activity WHERE actor = 'rule:VK billing'"), 10);
}

void TestRulesDialog::dryRunCountsWhatApplyChanges()
{
    openDialog();
    QSignalSpy counted(m_dialog.data(), &RulesDialog::dryRunShown);
    m_dialog->findChild<QPushButton *>(u"dryRunButton"_s)->click();
    QTRY_COMPARE(counted.size(), 1);
    // The Mastodon rule stops the delivery rule for its 10 items, and nothing is
    // counted twice: the 10 VK items are tagged twice but change once.
    QCOMPARE(counted.at(0).at(0).toLongLong(), 40);
    QTableWidget *table = m_dialog->table();
    const auto shownCount = [table](int row) {
        return table->item(row, RulesDialog::CountColumn)->text();
    };
    QVERIFY(shownCount(0).startsWith(u"10 item"_s));
    QVERIFY(shownCount(1).startsWith(u"10 item"_s));
    QVERIFY(shownCount(2).startsWith(u"30 item"_s));
    QVERIFY(shownCount(3).startsWith(u"0 item"_s));  // matches, changes nothing
    QVERIFY2(m_dialog->summaryLabel()->text().contains(u"40"_s),
             qPrintable(m_dialog->summaryLabel()->text()));
    // A dry run changes nothing.
    QCOMPARE(count("SELECT count(*) FROM activity"), 0);
    QCOMPARE(count("SELECT count(*) FROM items WHERE status = 4"), 0);

    QSignalSpy applied(m_dialog.data(), &RulesDialog::applied);
    QSignalSpy itemsChanged(m_workspace.get(), &AsyncWorkspace::itemsChanged);
    QSignalSpy contentChanged(m_workspace.get(), &AsyncWorkspace::contentChanged);
    m_dialog->findChild<QPushButton *>(u"applyRulesButton"_s)->click();
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toLongLong(), counted.at(0).at(0).toLongLong());
    QCOMPARE(count("SELECT count(DISTINCT item_id) FROM activity"), 40);
    QCOMPARE(count("SELECT count(DISTINCT item_id) FROM activity WHERE actor = 'rule:Delivery'"),
             30);
    QCOMPARE(count("SELECT count(*) FROM items WHERE status = 4"), 10);
    QCOMPARE(count("SELECT count(*) FROM activity WHERE actor = 'rule:Telegram stays new'"), 0);
    QVERIFY(shownCount(2).startsWith(u"30 item"_s));
    QCOMPARE(itemsChanged.size(), 1);
    QCOMPARE(itemsChanged.at(0).at(0).value<QList<qint64>>().size(), 40);
    QCOMPARE(contentChanged.size(), 1);

    // Run again, nothing is left to change.
    m_dialog->dryRun();
    QTRY_COMPARE(counted.size(), 3);  // applying counted once more before asking
    QCOMPARE(counted.at(2).at(0).toLongLong(), 0);
}

void TestRulesDialog::applyNeedsConfirmation()
{
    openDialog();
    m_prompter.answer = false;
    QSignalSpy counted(m_dialog.data(), &RulesDialog::dryRunShown);
    QSignalSpy applied(m_dialog.data(), &RulesDialog::applied);
    m_dialog->applyToAll();
    QTRY_COMPARE(m_prompter.questions.size(), 1);
    QVERIFY2(m_prompter.questions.front().contains(u"40 item"_s),
             qPrintable(m_prompter.questions.front()));
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(counted.size(), 1);
    // The writer runs jobs in order: once a later dry run is back, a refused apply
    // would have been done by then.
    m_dialog->dryRun();
    QTRY_COMPARE(counted.size(), 2);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(count("SELECT count(*) FROM activity"), 0);

    m_prompter.answer = true;
    m_dialog->applyToAll();
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(m_prompter.questions.size(), 2);
    QCOMPARE(count("SELECT count(DISTINCT item_id) FROM activity"), 40);
}

void TestRulesDialog::badConditionShowsWhereItBreaks()
{
    openDialog();
    m_dialog->findChild<QPushButton *>(u"addRuleButton"_s)->click();
    RuleEditor *editor = m_dialog->editor();
    QVERIFY(editor);
    QPushButton *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    editor->nameField()->setText(u"Refunds"_s);
    QTest::keyClicks(editor->conditionField(), u"refund status:soon"_s);
    QVERIFY(editor->conditionError()->isVisibleTo(editor));
    const QString shown = editor->conditionError()->text();
    // 1-based, at the field with the unknown value.
    QVERIFY2(shown.contains(u"position 8"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u">s</span>tatus:soon"_s), qPrintable(shown));  // marked there
    QVERIFY2(shown.contains(parseQuery(u"refund status:soon"_s, 0).error.message.toHtmlEscaped()),
             qPrintable(shown));
    QVERIFY(!ok->isEnabled());
    editor->accept();  // refused: the dialog stays and nothing is stored
    QVERIFY(editor->isVisible());

    editor->conditionField()->setText(u"refund status:new"_s);
    QVERIFY(!editor->conditionError()->isVisibleTo(editor));
    QVERIFY(editor->conditionError()->text().isEmpty());
    editor->actionsEditor()->valueCombo(0)->setEditText(u"refunds"_s);
    QVERIFY2(ok->isEnabled(), qPrintable(editor->problem()));
    QTest::keyClick(ok, Qt::Key_Space);
    QTRY_COMPARE(m_dialog->table()->rowCount(), 5);
    QCOMPARE(m_dialog->table()->currentRow(), 4);  // the new rule is selected
    const Rule added = storedRules().back();
    QCOMPARE(added.name, u"Refunds"_s);
    QCOMPARE(added.query, u"refund status:new"_s);
    QCOMPARE(added.actions.size(), 1u);
    QCOMPARE(added.actions.front().action, u"tag"_s);
    QCOMPARE(added.actions.front().value, u"refunds"_s);
}

void TestRulesDialog::editsAndRemovesRules()
{
    openDialog();
    const int position = storedRules().at(1).position;
    selectRow(1);
    QTest::keyClick(m_dialog->table(), Qt::Key_Return);
    RuleEditor *editor = m_dialog->editor();
    QVERIFY(editor);
    QCOMPARE(editor->nameField()->text(), u"Close Mastodon"_s);
    QVERIFY(editor->stopBox()->isChecked());
    editor->nameField()->setText(u"Mastodon waits"_s);
    editor->stopBox()->setChecked(false);
    RuleActionsEditor *actions = editor->actionsEditor();
    QCOMPARE(actions->valueCombo(0)->currentData().toString(), u"closed"_s);
    actions->valueCombo(0)->setCurrentIndex(actions->valueCombo(0)->findData(u"waiting"_s));
    actions->addRow();
    actions->actionCombo(1)->setCurrentIndex(actions->actionCombo(1)->findData(u"priority"_s));
    actions->valueCombo(1)->setEditText(u"3"_s);
    editor->accept();
    QTRY_COMPARE(m_dialog->table()->item(1, RulesDialog::NameColumn)->text(), u"Mastodon waits"_s);
    const Rule edited = storedRules().at(1);
    QCOMPARE(edited.name, u"Mastodon waits"_s);
    QVERIFY(!edited.stop);
    QCOMPARE(edited.position, position);
    QCOMPARE(edited.actions.size(), 2u);
    QCOMPARE(edited.actions.at(0).value, u"waiting"_s);
    QCOMPARE(edited.actions.at(1).action, u"priority"_s);
    QCOMPARE(edited.actions.at(1).value, u"3"_s);
    QVERIFY(m_dialog->table()->item(1, RulesDialog::StopColumn)->text().isEmpty());

    m_prompter.answer = false;
    selectRow(1);
    QTest::keyClick(m_dialog->table(), Qt::Key_Delete);
    QCOMPARE(m_prompter.questions.size(), 1);
    m_prompter.answer = true;
    QTest::keyClick(m_dialog->table(), Qt::Key_Delete);
    QTRY_COMPARE(m_dialog->table()->rowCount(), 3);
    QCOMPARE(storedRules().size(), 3u);
    QCOMPARE(shownNames(), QStringList({u"VK billing"_s, u"Delivery"_s, u"Telegram stays new"_s}));
}

void TestRulesDialog::menuOpensDialogAndInboxRefreshes()
{
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"inbox/markReadDelayMs"_s, -1);
    MainWindow window(*m_workspace, settings, m_prompter, nullptr);
    window.show();
    QTRY_COMPARE(window.inboxModel()->rowCount(), 40);
    auto *entry = window.findChild<RulesAction *>(u"showRulesAction"_s);
    QVERIFY(entry);
    bool inTriageMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text().remove(u'&') == u"Triage"_s)
            inTriageMenu = menu->menu()->actions().contains(entry);
    }
    QVERIFY(inTriageMenu);
    entry->trigger();
    m_dialog = entry->dialog();
    QVERIFY(m_dialog);
    entry->trigger();  // brings the same dialog forward
    QCOMPARE(entry->dialog(), m_dialog.data());
    QTRY_COMPARE(m_dialog->table()->rowCount(), 4);

    InboxModel *inbox = window.inboxModel();
    const auto closedRows = [inbox] {
        int closed = 0;
        for (int row = 0; row < inbox->rowCount(); ++row)
            closed +=
                inbox->index(row).data(InboxModel::StatusRole).toInt() == int(ItemStatus::Closed);
        return closed;
    };
    QCOMPARE(closedRows(), 0);
    m_dialog->applyToAll();
    QTRY_COMPARE(closedRows(), 10);
    delete m_dialog;
}

QTEST_MAIN(TestRulesDialog)
#include "test_rules_dialog.moc"
