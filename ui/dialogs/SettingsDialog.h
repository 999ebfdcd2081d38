// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace earshot {

class UiSettings;

// Language (applied at the next start) and when a selected item counts as read.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(UiSettings &settings, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void markReadDelayChanged(int ms);
    void languageChanged(const QString &language);

private:
    UiSettings &m_settings;
    QComboBox *m_language = nullptr;
    QSpinBox *m_delay = nullptr;
};

}  // namespace earshot
