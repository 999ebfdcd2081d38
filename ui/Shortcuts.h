// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <vector>

namespace earshot {

// The keyboard map of the main window, in one table so the window's actions and the
// help dialog can never disagree.
enum class Command {
    NextItem,
    PreviousItem,
    OpenItem,
    OpenOriginal,
    ToggleSaved,
    ToggleRead,
    FocusSearch,
    ClearSearch,
    ToggleColumns,
    // Triage (TriageController): on every selected item.
    StatusNew,
    StatusInProgress,
    StatusWaiting,
    StatusAnswered,
    StatusClosed,
    Archive,
    AddTag,
    Assign,
    EditNote,
    Reply,
    UndoTriage,
    SaveSearch,
    ImportFile,
    // Sources (SyncController, SourceActions).
    SyncNow,
    AddSource,
    // Sites watched by hand (WatchActions).
    WatchList,
    QuickCapture,
    ShowShortcuts,
    Quit,
};

struct ShortcutEntry {
    Command command;
    QList<QKeySequence> keys;       // bound to the window's action for the command
    QString description;            // translated
    QList<QKeySequence> otherKeys;  // handled by the focused widget itself; listed in help
};

std::vector<ShortcutEntry> shortcutTable();
const ShortcutEntry &shortcutFor(Command command, const std::vector<ShortcutEntry> &table);

}  // namespace earshot
