// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sources/GroupField.h"

#include "core/sync/SourceManager.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPointer>

namespace earshot {

QComboBox *makeGroupField(SourceManager &sources, QWidget *parent)
{
    auto *field = new QComboBox(parent);
    field->setObjectName(QStringLiteral("sourceGroup"));
    field->setEditable(true);
    field->setInsertPolicy(QComboBox::NoInsert);
    field->addItem(QString());
    // Under the context the string had when it lived in the Add Source dialog.
    field->setToolTip(QCoreApplication::translate(
        "earshot::AddSourceDialog", "Pick a group or type a new one; leave empty for none"));
    sources.groups(field, [field](Result<QStringList> groups) {
        if (!groups)
            return;  // the field still takes a typed group
        const QString typed = field->currentText();
        for (const QString &group : std::as_const(*groups)) {
            if (field->findText(group) < 0)
                field->addItem(group);
        }
        field->setCurrentText(typed);  // the answer never replaces what is shown or typed
    });
    return field;
}

}  // namespace earshot
