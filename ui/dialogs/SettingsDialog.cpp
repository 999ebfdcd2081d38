// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SettingsDialog.h"

#include "ui/UiSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace earshot {

SettingsDialog::SettingsDialog(UiSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so a user can find theirs in any UI language.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("\u0420\u0443\u0441\u0441\u043a\u0438\u0439"),
                        QStringLiteral("ru"));
    const int current = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(current >= 0 ? current : 0);

    m_delay = new QSpinBox(this);
    m_delay->setObjectName(QStringLiteral("markReadDelay"));
    m_delay->setRange(-1, 60000);
    m_delay->setSingleStep(250);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setSpecialValueText(tr("Never"));
    m_delay->setValue(m_settings.markReadDelayMs());

    auto *restartNote = new QLabel(tr("A new language applies when Earshot starts again."), this);
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("Mark as read after:"), m_delay);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        Q_EMIT languageChanged(language);
    }
    if (m_delay->value() != m_settings.markReadDelayMs()) {
        m_settings.setMarkReadDelayMs(m_delay->value());
        Q_EMIT markReadDelayChanged(m_delay->value());
    }
    QDialog::accept();
}

}  // namespace earshot
