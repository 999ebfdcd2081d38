// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Prompter.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace earshot::test {

// Writes `count` generated mentions as JSON Lines to `path`: platforms and sources in
// rotation, one item a minute going back from 2026-01-01, ids "gen-<n>". Item n has
// title "Item <n>". Returns false when the file could not be written.
bool writeGeneratedItems(const QString &path, int count, int firstNumber = 0);

// Writes the given JSON objects (one compact JSON text per entry) as a JSON Lines file.
bool writeLines(const QString &path, const QStringList &lines);

// Creates and migrates a workspace at `dbPath`; fails the test on error.
bool createWorkspace(const QString &dbPath);

// Imports a JSON Lines file synchronously on the calling thread; returns stored items.
qint64 importNow(const QString &dbPath, const QString &jsonlPath);

// Runs the event loop until `done` holds. No time limit: a hang is a failure the test
// runner reports.
void waitFor(const std::function<bool()> &done);

// Answers the window's questions with "no": no sample workspace, no file to import.
class NoPrompter : public Prompter {
public:
    bool offerSampleWorkspace(QWidget *) override { return false; }
    QString chooseImportFile(QWidget *) override { return {}; }
};

}  // namespace earshot::test
