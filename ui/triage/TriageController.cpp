// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/triage/TriageController.h"

#include "core/analysis/SpellChecker.h"
#include "core/services/AsyncWorkspace.h"
#include "ui/InboxActions.h"
#include "ui/InboxFocus.h"
#include "ui/answers/AnswersWindow.h"
#include "ui/composer/ReplyComposer.h"
#include "ui/composer/ReplyEditor.h"
#include "ui/models/InboxModel.h"
#include "ui/triage/TagPicker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>
#include <functional>

namespace earshot {

TriageController::TriageController(AsyncWorkspace &workspace, InboxFocus &focus, QWidget &window,
                                   const std::vector<ShortcutEntry> &shortcuts)
    : QObject(&window), m_workspace(workspace), m_focus(focus), m_window(window)
{
    const std::map<Command, std::function<void()>> handlers = {
        {Command::StatusNew, [this] { setStatus(ItemStatus::New); }},
        {Command::StatusInProgress, [this] { setStatus(ItemStatus::InProgress); }},
        {Command::StatusWaiting, [this] { setStatus(ItemStatus::Waiting); }},
        {Command::StatusAnswered, [this] { setStatus(ItemStatus::Answered); }},
        {Command::StatusClosed, [this] { setStatus(ItemStatus::Closed); }},
        {Command::Archive, [this] { archive(); }},
        {Command::AddTag, [this] { pickTag(); }},
        {Command::Assign, [this] { askAssignee(); }},
        {Command::EditNote, [this] { askNote(); }},
        {Command::Reply, [this] { openComposer(); }},
        {Command::UndoTriage, [this] { undo(); }},
    };
    for (const ShortcutEntry &entry : shortcuts) {
        const auto handler = handlers.find(entry.command);
        if (handler == handlers.end())
            continue;
        auto *action = new QAction(entry.description, this);
        action->setShortcuts(entry.keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, handler->second);
        m_window.addAction(action);
        m_commandActions.emplace(entry.command, action);
    }
}

TriageController::~TriageController() = default;

TagPicker *TriageController::tagPicker() const
{
    return m_tagPicker;
}

ReplyComposer *TriageController::composer() const
{
    return m_composer;
}

QAction *TriageController::action(Command command) const
{
    const auto found = m_commandActions.find(command);
    return found == m_commandActions.end() ? nullptr : found->second;
}

void TriageController::addMenu(QMenuBar &bar)
{
    QMenu *menu = bar.addMenu(tr("&Triage"));
    QMenu *status = menu->addMenu(tr("&Status"));
    for (const Command c : {Command::StatusNew, Command::StatusInProgress, Command::StatusWaiting,
                            Command::StatusAnswered, Command::StatusClosed})
        status->addAction(action(c));
    for (const Command c : {Command::Archive, Command::AddTag, Command::Assign, Command::EditNote})
        menu->addAction(action(c));
    menu->addSeparator();
    menu->addAction(action(Command::Reply));
    QAction *answers = menu->addAction(tr("Official &Answers\u2026"));
    answers->setObjectName(QStringLiteral("showAnswersAction"));
    connect(answers, &QAction::triggered, this, &TriageController::openAnswers);
    menu->addSeparator();
    menu->addAction(action(Command::UndoTriage));
}

void TriageController::openAnswers()
{
    if (m_answers) {
        m_answers->raise();
        m_answers->activateWindow();
        return;
    }
    m_answers = new AnswersWindow(m_workspace, &m_window);
    m_answers->show();
}

std::vector<qint64> TriageController::targetIds() const
{
    std::vector<qint64> ids;
    if (const QItemSelectionModel *selection = m_focus.view().selectionModel()) {
        QModelIndexList rows = selection->selectedIndexes();
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex &index : rows)
            ids.push_back(index.data(InboxModel::IdRole).toLongLong());
    }
    if (ids.empty() && m_focus.actions().currentId() != 0)
        ids.push_back(m_focus.actions().currentId());
    return ids;
}

void TriageController::apply(const QString &action, const QString &value,
                             const std::function<QString(int)> &done)
{
    const std::vector<qint64> ids = targetIds();
    if (ids.empty())
        return;
    m_workspace.triage(ids, action, value);
    Q_EMIT statusMessage(done(static_cast<int>(ids.size())));
}

void TriageController::setStatus(ItemStatus status)
{
    static const char *const names[] = {QT_TR_NOOP("new"), QT_TR_NOOP("in progress"),
                                        QT_TR_NOOP("waiting"), QT_TR_NOOP("answered"),
                                        QT_TR_NOOP("closed")};
    const QString name = tr(names[static_cast<int>(status)]);
    apply(QStringLiteral("status"), statusId(status), [name](int n) {
        return tr("Status %1 on %n item(s). Ctrl+Z undoes it.", nullptr, n).arg(name);
    });
}

void TriageController::archive()
{
    const std::vector<qint64> ids = targetIds();
    if (ids.empty())
        return;
    m_workspace.triage(ids, QStringLiteral("status"), statusId(ItemStatus::Closed));
    Q_EMIT statusMessage(tr("Archived %n item(s). Ctrl+Z undoes it.", nullptr, int(ids.size())));
    m_focus.actions().moveBy(1);
}

void TriageController::addTag(const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return;
    apply(QStringLiteral("tag"), tag.trimmed(),
          [tag](int n) { return tr("Tag %1 on %n item(s).", nullptr, n).arg(tag.trimmed()); });
}

void TriageController::assign(const QString &assignee)
{
    const QString who = assignee.trimmed();
    apply(QStringLiteral("assign"), who, [who](int n) {
        return who.isEmpty() ? tr("Unassigned %n item(s).", nullptr, n)
                             : tr("Assigned %n item(s) to %1.", nullptr, n).arg(who);
    });
}

void TriageController::setNote(const QString &note)
{
    apply(QStringLiteral("note"), note.trimmed(),
          [](int n) { return tr("Note saved on %n item(s).", nullptr, n); });
}

void TriageController::undo()
{
    m_workspace.undoTriage(this, [this](Result<int> undone) {
        if (!undone)
            Q_EMIT statusMessage(tr("Could not undo: %1").arg(undone.error().message));
        else if (*undone == 0)
            Q_EMIT statusMessage(tr("Nothing to undo."));
        else
            Q_EMIT statusMessage(tr("Undone: %n change(s).", nullptr, *undone));
    });
}

void TriageController::pickTag()
{
    if (targetIds().empty())
        return;
    if (m_tagPicker)
        m_tagPicker->close();
    m_tagPicker = new TagPicker(&m_window);
    m_tagPicker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_tagPicker, &TagPicker::tagChosen, this, &TriageController::addTag);
    m_workspace.tags(m_tagPicker, [picker = m_tagPicker](Result<std::vector<TagRecord>> tags) {
        if (tags && picker)
            picker->setTags(*tags);
    });
    m_tagPicker->open();
    m_tagPicker->field()->setFocus();
}

void TriageController::askAssignee()
{
    if (targetIds().empty())
        return;
    auto *dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("assignDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Assign"));
    dialog->setLabelText(tr("Assign to (empty to unassign):"));
    connect(dialog, &QInputDialog::textValueSelected, this, &TriageController::assign);
    dialog->open();
}

void TriageController::askNote()
{
    const std::vector<qint64> ids = targetIds();
    if (ids.empty())
        return;
    auto *dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Note"));
    dialog->setLabelText(tr("Note on %n item(s):", nullptr, int(ids.size())));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, &TriageController::setNote);
    if (ids.size() == 1) {
        // Start from the note the item has, so editing does not mean retyping.
        m_workspace.details(ids.front(), dialog, [dialog](Result<ItemDetails> details) {
            if (details && dialog->textValue().isEmpty())
                dialog->setTextValue(details->item.state.note);
        });
    }
    dialog->open();
}

std::shared_ptr<const SpellChecker> TriageController::spellChecker()
{
    if (!m_spellChecker)
        m_spellChecker = std::make_shared<const SpellChecker>();
    return m_spellChecker;
}

void TriageController::openComposer()
{
    const qint64 id = m_focus.actions().currentId();
    if (id == 0)
        return;
    if (m_composer) {
        if (m_composer->itemId() == id) {
            m_composer->raise();
            m_composer->activateWindow();
            return;
        }
        m_composer->close();
    }
    m_composer = new ReplyComposer(m_workspace, spellChecker(), id, &m_window);
    connect(m_composer, &ReplyComposer::statusMessage, this, &TriageController::statusMessage);
    connect(m_composer, &ReplyComposer::openUrlRequested, this,
            &TriageController::openUrlRequested);
    m_composer->show();
}

void TriageController::openComposerWith(const QString &text)
{
    openComposer();
    if (m_composer && !text.trimmed().isEmpty())
        m_composer->editor()->setPlainText(text);
}

}  // namespace earshot
