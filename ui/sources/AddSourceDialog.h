// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/FeedDiscovery.h"
#include "core/sync/SourceManager.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace earshot {

// "Add source": the user types a page or feed address, the feeds behind it are found
// (through SourceManager, off the GUI thread) and listed with their newest entries, the
// user picks one, a name and a group, and the source is added. sourceAdded() tells the
// window, which syncs it. Errors are said in the dialog in plain words.
class AddSourceDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddSourceDialog(SourceManager &sources, QWidget *parent = nullptr);

    // Fills the address field and starts looking, as if the user had typed it.
    void findFeeds(const QString &address);

    // For tests and screenshots.
    QLineEdit *addressField() const { return m_address; }
    QListWidget *feedList() const { return m_feeds; }
    QTreeWidget *previewList() const { return m_preview; }
    QComboBox *groupField() const { return m_group; }
    QLineEdit *titleField() const { return m_title; }
    QPushButton *addButton() const { return m_add; }
    QString message() const;
    bool isSearching() const { return m_searching; }

Q_SIGNALS:
    void sourceAdded(const earshot::AddedSource &source);
    // Discovery answered (feeds listed or an error shown).
    void searchFinished();

private:
    void onDiscovered(const DiscoveryResult &result);
    void showFeed(int row);
    void add();
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);

    SourceManager &m_sources;
    std::vector<FeedCandidate> m_found;
    bool m_searching = false;

    QLineEdit *m_address = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_feeds = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_group = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
};

}  // namespace earshot
