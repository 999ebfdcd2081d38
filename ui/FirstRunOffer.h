// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace earshot {

class AsyncWorkspace;
class Prompter;

// On the first start with an empty workspace, offers to load the bundled sample
// workspace and imports it when the user agrees. Asks at most once per run.
class FirstRunOffer : public QObject {
    Q_OBJECT
public:
    static inline const QString kSamplePath = QStringLiteral(":/sample/workspace.jsonl");

    FirstRunOffer(AsyncWorkspace &workspace, Prompter &prompter, QWidget *window,
                  QString samplePath = kSamplePath, QObject *parent = nullptr);

    // Looks at the workspace (asynchronously) and asks if it is empty.
    void check();

Q_SIGNALS:
    void sampleImportStarted();
    void declined();

private:
    AsyncWorkspace &m_workspace;
    Prompter &m_prompter;
    QPointer<QWidget> m_window;
    QString m_samplePath;
    bool m_asked = false;
};

}  // namespace earshot
