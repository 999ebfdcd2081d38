// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace earshot {

// Picks a platform id: the known platforms by name, or any id typed in, since pages
// watched by hand are often on platforms no connector knows.
class PlatformField : public QComboBox {
    Q_OBJECT
public:
    // `optional` adds an empty first choice ("none").
    explicit PlatformField(bool optional, QWidget *parent = nullptr);

    // The chosen id, lowercase; empty when none is chosen.
    QString platformId() const;
    void setPlatformId(const QString &id);
};

}  // namespace earshot
