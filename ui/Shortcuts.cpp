// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Shortcuts.h"

#include <QCoreApplication>

#include <algorithm>

namespace earshot {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Shortcuts", text);
}
QKeySequence key(const char *portable)
{
    return QKeySequence(QString::fromLatin1(portable), QKeySequence::PortableText);
}
}  // namespace

std::vector<ShortcutEntry> shortcutTable()
{
    return {
        {Command::NextItem,
         {key("J")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Next item")),
         {QKeySequence(Qt::Key_Down)}},
        {Command::PreviousItem,
         {key("K")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Previous item")),
         {QKeySequence(Qt::Key_Up)}},
        {Command::OpenItem,
         {},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Open the item in the reading pane")),
         {QKeySequence(Qt::Key_Return)}},
        {Command::OpenOriginal,
         {key("O")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Open the original in the web browser")),
         {}},
        {Command::ToggleSaved,
         {key("S")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Save or unsave the item")),
         {}},
        {Command::ToggleRead,
         {key("U")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Mark the item read or unread")),
         {}},
        {Command::FocusSearch,
         {key("/"), QKeySequence(QKeySequence::Find)},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Search")),
         {}},
        {Command::ClearSearch,
         {},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Clear the search and go back to the list")),
         {QKeySequence(Qt::Key_Escape)}},
        {Command::ToggleColumns,
         {key("Ctrl+Shift+C")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Show the inbox as one column per platform")),
         {}},
        {Command::StatusNew,
         {key("1")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Status: new")),
         {}},
        {Command::StatusInProgress,
         {key("2")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Status: in progress")),
         {}},
        {Command::StatusWaiting,
         {key("3")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Status: waiting")),
         {}},
        {Command::StatusAnswered,
         {key("4")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Status: answered")),
         {}},
        {Command::StatusClosed,
         {key("5")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Status: closed")),
         {}},
        {Command::Archive,
         {key("E")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Archive: close and go to the next item")),
         {}},
        {Command::AddTag, {key("T")}, translated(QT_TRANSLATE_NOOP("Shortcuts", "Add a tag")), {}},
        {Command::Assign,
         {key("A")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Assign to someone")),
         {}},
        {Command::EditNote,
         {key("N")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Write a note")),
         {}},
        {Command::Reply, {key("R")}, translated(QT_TRANSLATE_NOOP("Shortcuts", "Reply")), {}},
        {Command::UndoTriage,
         {QKeySequence(QKeySequence::Undo)},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Undo the last triage action")),
         {}},
        {Command::SaveSearch,
         {key("Ctrl+Shift+S")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Save the search")),
         {}},
        {Command::ImportFile,
         {key("Ctrl+I")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Import a JSON Lines file")),
         {}},
        {Command::SyncNow,
         {QKeySequence(Qt::Key_F5)},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Fetch new items from every source now")),
         {}},
        {Command::AddSource,
         {key("Ctrl+Shift+N")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Add a source")),
         {}},
        {Command::WatchList,
         {key("Ctrl+Shift+W")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Show the sites watched by hand")),
         {}},
        {Command::QuickCapture,
         {key("Ctrl+Shift+M")},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Capture a mention by hand")),
         {}},
        {Command::ShowShortcuts,
         {key("?"), QKeySequence(Qt::Key_F1)},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Show keyboard shortcuts")),
         {}},
        {Command::Quit,
         {QKeySequence(QKeySequence::Quit)},
         translated(QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
         {}},
    };
}

const ShortcutEntry &shortcutFor(Command command, const std::vector<ShortcutEntry> &table)
{
    const auto found = std::find_if(table.begin(), table.end(), [command](const ShortcutEntry &e) {
        return e.command == command;
    });
    Q_ASSERT(found != table.end());
    return *found;
}

}  // namespace earshot
