// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace earshot::cli {

// Turns SIGINT and SIGTERM into a Qt signal for commands that run until interrupted
// (`sync` without --once), so they can stop cleanly: finish or cancel the running pass,
// let the writer store what it has, print a summary. The handler only writes a byte to a
// pipe (async-signal-safe); the event loop reads it. One instance at a time; the default
// handlers come back when it is destroyed.
class StopSignals : public QObject {
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void received();

private:
    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace earshot::cli
