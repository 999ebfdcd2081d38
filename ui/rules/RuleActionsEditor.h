// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/RuleRepository.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QPushButton;
class QVBoxLayout;

namespace earshot {

// The actions of one rule, one row each: what to do (a list of actions) and with which
// value (a fixed choice for status and spam, free text otherwise), a button to drop the
// row, and one to add a row.
class RuleActionsEditor : public QWidget {
    Q_OBJECT
public:
    explicit RuleActionsEditor(QWidget *parent = nullptr);

    void setActions(const std::vector<RuleAction> &actions);
    std::vector<RuleAction> actions() const;

    // Adds a row (a tag action until changed) and puts the keyboard on it.
    void addRow(const RuleAction &action = {});
    int rowCount() const { return int(m_rows.size()); }
    QComboBox *actionCombo(int row) const { return m_rows.at(std::size_t(row)).action; }
    QComboBox *valueCombo(int row) const { return m_rows.at(std::size_t(row)).value; }

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget *widget = nullptr;
        QComboBox *action = nullptr;
        QComboBox *value = nullptr;
        QWidget *remove = nullptr;
    };
    void removeRow(QWidget *row);
    // Offers the values `action` takes, keeping `value` when it is one of them.
    static void fillValues(QComboBox &combo, const QString &action, const QString &value);

    std::vector<Row> m_rows;
    QVBoxLayout *m_list = nullptr;
    QPushButton *m_add = nullptr;
};

}  // namespace earshot
