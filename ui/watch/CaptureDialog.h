// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/CaptureService.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace earshot {

class AsyncWatch;
class PlatformField;

// Quick capture: a mention copied by hand from a page Earshot does not fetch (link, text,
// platform, author, and optionally a title and when it was written). OK checks the form,
// stores it through CaptureService (profiles and rules apply as to any new item) and
// closes once it is stored; a problem is shown in the dialog, which stays open.
class CaptureDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaptureDialog(AsyncWatch &watch, QWidget *parent = nullptr);

    void setUrl(const QString &url);
    void setPlatform(const QString &platformId);

    CaptureRequest request() const;
    // What is wrong with the form, or empty when it can be stored.
    QString problem() const;

    void accept() override;

    QLineEdit *urlField() const { return m_url; }
    QPlainTextEdit *textField() const { return m_text; }
    PlatformField *platformField() const { return m_platform; }
    QLineEdit *authorField() const { return m_author; }
    QLineEdit *titleField() const { return m_title; }
    QCheckBox *timeKnown() const { return m_timeKnown; }
    QDateTimeEdit *timeField() const { return m_time; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // The mention is stored as `itemId`; `created` is false when that link already was.
    void stored(qint64 itemId, bool created);

private:
    // The first problem of the form and, in `field`, where it is.
    QString check(QWidget **field) const;
    void showProblem(const QString &text, QWidget *field);

    AsyncWatch &m_watch;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_text = nullptr;
    PlatformField *m_platform = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_timeKnown = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_storing = false;
};

}  // namespace earshot
