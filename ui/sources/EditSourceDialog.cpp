// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sources/EditSourceDialog.h"

#include "ui/sources/GroupField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace earshot {

namespace {
constexpr int kMaxIntervalMinutes = 7 * 24 * 60;  // as earshot-cli sources edit allows
}

EditSourceDialog::EditSourceDialog(const SourceRecord &source, SourceManager &sources,
                                   QWidget *parent)
    : QDialog(parent), m_source(source)
{
    setWindowTitle(tr("Edit Source"));
    setObjectName(QStringLiteral("editSourceDialog"));
    setMinimumWidth(480);  // room for a usual feed address on one line
    auto *address = new QLabel(source.address, this);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    address->setWordWrap(true);
    m_title = new QLineEdit(source.title, this);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setPlaceholderText(tr("The feed's own title"));
    m_group = makeGroupField(sources, this);
    m_group->setCurrentText(source.group);

    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), address);
    form->addRow(tr("&Name:"), m_title);
    form->addRow(tr("&Group:"), m_group);
    if (source.kind == source_kind::Import) {
        auto *note = new QLabel(tr("Known from imported items only, so it is not fetched. "
                                   "To follow it, add its address with Add Source."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
    } else {
        m_interval = new QSpinBox(this);
        m_interval->setObjectName(QStringLiteral("sourceInterval"));
        m_interval->setRange(1, kMaxIntervalMinutes);
        m_interval->setSuffix(tr(" min"));
        m_interval->setValue(std::clamp(source.intervalSeconds / 60, 1, kMaxIntervalMinutes));
        m_enabled = new QCheckBox(tr("&Fetch new items from this source"), this);
        m_enabled->setObjectName(QStringLiteral("sourceEnabled"));
        m_enabled->setChecked(source.enabled);
        m_enabled->setToolTip(tr("Off keeps the source and its items but stops fetching it"));
        form->addRow(tr("&Every:"), m_interval);
        form->addRow(m_enabled);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SourceEdit EditSourceDialog::edit() const
{
    SourceEdit out;
    if (m_title->text().trimmed() != m_source.title)
        out.title = m_title->text().trimmed();
    if (m_group->currentText().trimmed() != m_source.group)
        out.group = m_group->currentText().trimmed();
    if (m_interval && m_interval->value() * 60 != m_source.intervalSeconds)
        out.intervalSeconds = m_interval->value() * 60;
    if (m_enabled && m_enabled->isChecked() != m_source.enabled)
        out.enabled = m_enabled->isChecked();
    return out;
}

}  // namespace earshot
