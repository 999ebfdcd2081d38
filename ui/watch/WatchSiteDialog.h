// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/WatchRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace earshot {

class PlatformField;

// Edits one watched site: its address, a name, its platform and how often to look at it.
// OK only closes the dialog with a form that can be stored (accepted(), then site()).
class WatchSiteDialog : public QDialog {
    Q_OBJECT
public:
    explicit WatchSiteDialog(const WatchedSite &site, QWidget *parent = nullptr);

    // The site as edited (the id of the one given).
    WatchedSite site() const;
    // What is wrong with the form, or empty.
    QString problem() const;

    void accept() override;

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *titleField() const { return m_title; }
    PlatformField *platformField() const { return m_platform; }
    QSpinBox *intervalCount() const { return m_count; }
    QComboBox *intervalUnit() const { return m_unit; }
    QLabel *messageLabel() const { return m_message; }

private:
    WatchedSite m_site;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_title = nullptr;
    PlatformField *m_platform = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_message = nullptr;
};

// Whether `text` is an http(s) address with a host, as the services require.
bool isWebAddress(const QString &text);

}  // namespace earshot
