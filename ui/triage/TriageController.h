// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "ui/Shortcuts.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QAbstractItemView;
class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace earshot {

class AnswersWindow;
class AsyncWorkspace;
class InboxActions;
class InboxFocus;
class ReplyComposer;
class SpellChecker;
class TagPicker;

// Keyboard-first triage of the inbox: status 1-5, archive (close and move on), tag,
// assign, note, reply and undo, on every selected item (or the current one). Owns the
// window actions of those commands, so the main window only adds them and a menu; the
// work goes through AsyncWorkspace (TriageService on the writer thread).
class TriageController : public QObject {
    Q_OBJECT
public:
    TriageController(AsyncWorkspace &workspace, InboxFocus &focus, QWidget &window,
                     const std::vector<ShortcutEntry> &shortcuts);
    ~TriageController() override;

    QAction *action(Command command) const;
    // Adds the "Triage" menu to `bar`.
    void addMenu(QMenuBar &bar);

    // Ids of the selected items, or of the current item when nothing is selected.
    std::vector<qint64> targetIds() const;

    void setStatus(ItemStatus status);
    void archive();
    void addTag(const QString &tag);
    void assign(const QString &assignee);
    void setNote(const QString &note);
    void undo();
    // Asking the user first (the dialogs stay open without blocking the event loop).
    void pickTag();
    void askAssignee();
    void askNote();
    void openComposer();
    // The composer for the current item, starting from text typed elsewhere (the reading
    // pane's quick reply); empty text keeps what the composer shows.
    void openComposerWith(const QString &text);
    // The window of official answers (one at a time).
    void openAnswers();

    TagPicker *tagPicker() const;
    ReplyComposer *composer() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void openUrlRequested(const QUrl &url);

private:
    // `done` words the status message for the number of items changed.
    void apply(const QString &action, const QString &value,
               const std::function<QString(int)> &done);
    std::shared_ptr<const SpellChecker> spellChecker();

    AsyncWorkspace &m_workspace;
    InboxFocus &m_focus;
    QWidget &m_window;
    std::map<Command, QAction *> m_commandActions;
    QPointer<TagPicker> m_tagPicker;
    QPointer<ReplyComposer> m_composer;
    QPointer<AnswersWindow> m_answers;
    std::shared_ptr<const SpellChecker> m_spellChecker;  // loaded on the first reply
};

}  // namespace earshot
