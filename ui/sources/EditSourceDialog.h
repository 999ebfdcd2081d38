// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SourceRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace earshot {

class SourceManager;

// Edits what a person may change about a source: its name, group, how often it is
// fetched and whether it is fetched at all. A source known only from imported items is
// never fetched, so it offers the name and group alone.
class EditSourceDialog : public QDialog {
    Q_OBJECT
public:
    EditSourceDialog(const SourceRecord &source, SourceManager &sources, QWidget *parent = nullptr);

    // The fields that differ from the source as it was.
    SourceEdit edit() const;

private:
    SourceRecord m_source;
    QLineEdit *m_title = nullptr;
    QComboBox *m_group = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_enabled = nullptr;
};

}  // namespace earshot
