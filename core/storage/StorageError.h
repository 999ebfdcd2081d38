// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"

#include <exception>

namespace earshot {

// Thrown by the storage layer for any SQLite failure. Services catch it at their
// boundary and hand an Error to the caller; it never crosses into the UI.
class StorageError : public std::exception {
public:
    explicit StorageError(Error error) : m_error(std::move(error)) {}
    const Error &error() const { return m_error; }
    const char *what() const noexcept override { return "earshot storage error"; }

private:
    Error m_error;
};

}  // namespace earshot
