// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace earshot {

class IndexTermSupply;

// Registers the FTS5 tokenizer "earshot" on a connection: case folding, ё→е and
// Russian/English stemming through WordTokenizer, so the index and every query agree.
// Prefix queries (`тари*`) are folded but not stemmed. Throws StorageError when the
// SQLite build lacks FTS5. Documents whose text `supply` offers prepared (PreparedText)
// take its terms instead of being tokenized again; `supply` must outlive the connection.
void registerFtsTokenizer(sqlite3 *db, IndexTermSupply *supply);

}  // namespace earshot
