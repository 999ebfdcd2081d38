// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace earshot {

// What went wrong, in a form code can branch on; `Error::message` says it to a person.
enum class ErrorKind {
    InvalidInput,        // the user or a file gave something Earshot cannot use
    Io,                  // a local file could not be read or written
    StorageLocked,       // another program holds the database
    StorageReadOnly,     // the database file or folder is not writable
    StorageNewerSchema,  // the database was written by a newer Earshot
    StorageCorrupt,      // the file is not a database or is damaged
    Storage,             // any other database failure
    Network,
    Timeout,
    Unauthorized,
    Forbidden,
    NotFound,
    RateLimited,
    ServerError,
    BadPayload,
    TooLarge,
    Cancelled,
};

// A short, translatable name of an error kind ("database is locked").
QString describe(ErrorKind kind);

struct Error {
    ErrorKind kind = ErrorKind::InvalidInput;
    QString message;  // complete sentence(s): what failed, why, and what to do

    // "<kind>: <message>", for logs and the command line.
    QString toString() const;
};

}  // namespace earshot
