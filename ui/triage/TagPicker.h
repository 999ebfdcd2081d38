// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/TagRepository.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QTreeWidget;

namespace earshot {

// Chooses a tag by typing: the known tags as a tree (problem > billing) with their
// colours, filtered as the user types; Enter takes the highlighted tag, or the typed name
// as a new tag when nothing matches.
class TagPicker : public QDialog {
    Q_OBJECT
public:
    explicit TagPicker(QWidget *parent = nullptr);

    void setTags(const std::vector<TagRecord> &tags);
    QLineEdit *field() const { return m_field; }
    QTreeWidget *tree() const { return m_tree; }
    // The tag the dialog would give now.
    QString chosenTag() const;

Q_SIGNALS:
    void tagChosen(const QString &tag);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);

    QLineEdit *m_field = nullptr;
    QTreeWidget *m_tree = nullptr;
};

}  // namespace earshot
