// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/answers/AnswersWindow.h"

#include "core/services/AsyncWorkspace.h"
#include "ui/answers/AnswerEditor.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace earshot {

namespace {

enum Column { TitleColumn, TagColumn, StatusColumn, VersionColumn, UsageColumn, ExpiresColumn };

QString statusText(const QString &status)
{
    if (status == QLatin1String("approved"))
        return AnswersWindow::tr("approved");
    if (status == QLatin1String("retired"))
        return AnswersWindow::tr("retired");
    return AnswersWindow::tr("draft");
}

}  // namespace

AnswersWindow::AnswersWindow(AsyncWorkspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("answersWindow"));
    setWindowTitle(tr("Official Answers"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("answersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Title"), tr("Problem"), tr("Status"), tr("Version"), tr("Used"), tr("Expires")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_answers.size()) &&
            m_answers[std::size_t(row)].id != m_currentId) {
            m_currentId = m_answers[std::size_t(row)].id;
            showCurrent();
        }
    });

    m_editor = new AnswerEditor(this);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("answerHistory"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveAnswerButton"));
    auto *importButton = new QPushButton(tr("&Import CSV\u2026"), this);
    auto *exportButton = new QPushButton(tr("&Export CSV\u2026"), this);
    connect(newButton, &QPushButton::clicked, this, &AnswersWindow::newAnswer);
    connect(saveButton, &QPushButton::clicked, this, &AnswersWindow::save);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Answers"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Answers"), QStringLiteral("answers.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(newButton);
    fileButtons->addStretch(1);
    fileButtons->addWidget(importButton);
    fileButtons->addWidget(exportButton);
    leftLayout->addLayout(fileButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 3);
    rightLayout->addWidget(new QLabel(tr("Version history"), right));
    rightLayout->addWidget(m_history, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(saveButton);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1100, 680);
    reload();
}

void AnswersWindow::reload()
{
    m_workspace.answers(this, [this](Result<std::vector<OfficialAnswer>> result) {
        if (!result) {
            showMessage(result.error().message, true);
            return;
        }
        m_answers = std::move(*result);
        showAnswers();
        Q_EMIT reloaded();
    });
}

void AnswersWindow::showAnswers()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_answers.size()));
    int currentRow = -1;
    for (int row = 0; row < int(m_answers.size()); ++row) {
        const OfficialAnswer &a = m_answers[std::size_t(row)];
        const auto set = [&](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        set(TitleColumn, a.title.isEmpty() ? a.text.left(50) : a.title);
        set(TagColumn, a.problemTag);
        set(StatusColumn, statusText(a.status));
        set(VersionColumn, QString::number(a.version));
        set(UsageColumn, QString::number(a.usageCount));
        set(ExpiresColumn,
            a.expires ? QLocale().toString(*a.expires, QLocale::ShortFormat) : QString());
        if (a.expires && *a.expires < QDate::currentDate())
            m_table->item(row, ExpiresColumn)->setForeground(QColor(0xc0, 0x30, 0x30));
        if (a.id == m_currentId)
            currentRow = row;
    }
    if (currentRow < 0 && !m_answers.empty()) {
        currentRow = 0;
        m_currentId = m_answers.front().id;
    }
    if (currentRow >= 0)
        m_table->setCurrentCell(currentRow, TitleColumn);
    showCurrent();
}

void AnswersWindow::selectAnswer(qint64 id)
{
    for (int row = 0; row < int(m_answers.size()); ++row) {
        if (m_answers[std::size_t(row)].id == id)
            m_table->setCurrentCell(row, TitleColumn);
    }
}

void AnswersWindow::showCurrent()
{
    m_history->clear();
    const auto found =
        std::find_if(m_answers.begin(), m_answers.end(),
                     [this](const OfficialAnswer &a) { return a.id == m_currentId; });
    if (found == m_answers.end())
        return;
    m_editor->setAnswer(*found);
    m_workspace.answerHistory(
        m_currentId, this, [this, id = m_currentId](Result<std::vector<AnswerRevision>> result) {
            if (!result || id != m_currentId)
                return;
            m_history->clear();
            for (const AnswerRevision &r : *result) {
                m_history->addItem(
                    tr("Version %1, %2 by %3: %4")
                        .arg(r.version)
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.atMs),
                                                QLocale::ShortFormat))
                        .arg(r.who.isEmpty() ? tr("you") : r.who,
                             r.change == QLatin1String("status") ? statusText(r.snapshot.status)
                                                                 : tr("saved")));
            }
        });
}

void AnswersWindow::newAnswer()
{
    m_currentId = 0;
    m_table->clearSelection();
    m_history->clear();
    OfficialAnswer blank;
    m_editor->setAnswer(blank);
    m_editor->titleField()->setFocus();
}

void AnswersWindow::save()
{
    m_workspace.saveAnswer(m_editor->answer(), this, [this](Result<OfficialAnswer> result) {
        if (!result) {
            showMessage(result.error().message, true);
            return;
        }
        m_currentId = result->id;
        showMessage(tr("Saved version %1.").arg(result->version));
        Q_EMIT saved(result->id);
        reload();
    });
}

void AnswersWindow::importFrom(const QString &path)
{
    m_workspace.importAnswers(path, this, [this](Result<AnswerImportReport> result) {
        if (!result) {
            showMessage(result.error().message, true);
            return;
        }
        QString text = tr("Imported: %1 new, %2 updated, %3 unchanged.")
                           .arg(result->created)
                           .arg(result->updated)
                           .arg(result->unchanged);
        if (!result->issues.empty()) {
            text += QLatin1Char(' ') + tr("%n row(s) skipped, first at line %1: %2", nullptr,
                                          int(result->issues.size()))
                                           .arg(result->issues.front().line)
                                           .arg(result->issues.front().message);
        }
        showMessage(text, !result->issues.empty());
        reload();
    });
}

void AnswersWindow::exportTo(const QString &path)
{
    m_workspace.exportAnswers(path, this, [this, path](Status status) {
        showMessage(status ? tr("Exported to %1.").arg(path) : status.error().message, !status);
    });
}

void AnswersWindow::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c03030") : QString());
    Q_EMIT message(text);
}

}  // namespace earshot
