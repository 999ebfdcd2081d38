// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Answer.h"

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QTableWidget;

namespace earshot {

class AnswerEditor;
class AsyncWorkspace;

// The matrix of official answers: every answer with its status, version, expiry and how
// often it was used; the selected one in an editor with its platform variants and its
// version history; new, save, and CSV import and export for the spreadsheet the team
// keeps. Works through AsyncWorkspace (AnswerService).
class AnswersWindow : public QDialog {
    Q_OBJECT
public:
    explicit AnswersWindow(AsyncWorkspace &workspace, QWidget *parent = nullptr);

    void reload();
    void selectAnswer(qint64 id);
    void newAnswer();
    void save();
    void importFrom(const QString &path);
    void exportTo(const QString &path);

    QTableWidget *table() const { return m_table; }
    AnswerEditor *editor() const { return m_editor; }
    QListWidget *history() const { return m_history; }
    const std::vector<OfficialAnswer> &answers() const { return m_answers; }

Q_SIGNALS:
    void reloaded();
    void saved(qint64 id);
    void message(const QString &text);

private:
    void showAnswers();
    void showCurrent();
    void showMessage(const QString &text, bool error = false);

    AsyncWorkspace &m_workspace;
    std::vector<OfficialAnswer> m_answers;
    qint64 m_currentId = 0;
    QTableWidget *m_table = nullptr;
    AnswerEditor *m_editor = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace earshot
