// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/StorageError.h"

#include <type_traits>

namespace earshot {

// Runs a storage call and turns a StorageError into the Result's error: the one place
// where services convert the storage layer's exceptions into values.
template <typename F>
auto guarded(F &&call) -> Result<decltype(call())>
{
    try {
        if constexpr (std::is_void_v<decltype(call())>) {
            call();
            return {};
        } else {
            return call();
        }
    } catch (const StorageError &e) {
        return e.error();
    }
}

}  // namespace earshot
