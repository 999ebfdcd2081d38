// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Answer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace earshot {

// The form of one official answer: its fields, the default text and one variant per
// platform (format, length limit, text). Only edits a value; saving is the window's job.
class AnswerEditor : public QWidget {
    Q_OBJECT
public:
    explicit AnswerEditor(QWidget *parent = nullptr);

    void setAnswer(const OfficialAnswer &answer);
    // The answer as edited (id, version and usage kept from setAnswer).
    OfficialAnswer answer() const;

    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *textField() const { return m_text; }
    QComboBox *statusCombo() const { return m_status; }
    QTableWidget *variantsTable() const { return m_variants; }
    void addVariant(const AnswerVariant &variant);

Q_SIGNALS:
    void edited();

private:
    OfficialAnswer m_base;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_tag = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_expiresOn = nullptr;
    QDateEdit *m_expires = nullptr;
    QLineEdit *m_keywords = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTableWidget *m_variants = nullptr;
};

}  // namespace earshot
