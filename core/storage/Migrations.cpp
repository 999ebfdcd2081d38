// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/model/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>

namespace earshot {

namespace {

// Never edit a step that has shipped: add a new one.
constexpr std::array kSteps = {
    // 1: sources, authors, items with user state, tags, full-text index.
    R"sql(
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'feed',
  address TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  group_name TEXT NOT NULL DEFAULT '',
  interval_s INTEGER NOT NULL DEFAULT 1800,
  enabled INTEGER NOT NULL DEFAULT 1,
  last_attempt_ms INTEGER,
  last_success_ms INTEGER,
  last_error TEXT NOT NULL DEFAULT '',
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  created_ms INTEGER NOT NULL,
  UNIQUE(platform, address));

CREATE TABLE authors(
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  followers INTEGER,
  UNIQUE(platform, handle));

CREATE TABLE items(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  external_id TEXT NOT NULL,
  thread_id TEXT NOT NULL DEFAULT '',
  parent_id TEXT NOT NULL DEFAULT '',
  author_id INTEGER REFERENCES authors(id),
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  html TEXT NOT NULL DEFAULT '',
  published_ms INTEGER NOT NULL,
  fetched_ms INTEGER NOT NULL,
  lang TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '',
  is_read INTEGER NOT NULL DEFAULT 0,
  is_saved INTEGER NOT NULL DEFAULT 0,
  status INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE(source_id, external_id));

CREATE INDEX items_by_time ON items(published_ms DESC, id DESC);
CREATE INDEX items_by_platform ON items(platform, published_ms DESC, id DESC);
CREATE INDEX items_by_source ON items(source_id, published_ms DESC, id DESC);
CREATE INDEX items_unread ON items(published_ms DESC, id DESC) WHERE is_read = 0;
CREATE INDEX items_saved ON items(published_ms DESC, id DESC) WHERE is_saved = 1;
CREATE INDEX items_by_external ON items(platform, external_id);
CREATE INDEX items_by_author ON items(author_id);

CREATE TABLE tags(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  color TEXT NOT NULL DEFAULT '');

CREATE TABLE item_tags(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY(item_id, tag_id)) WITHOUT ROWID;
CREATE INDEX item_tags_by_tag ON item_tags(tag_id, item_id);

CREATE VIRTUAL TABLE items_fts USING fts5(
  title, text, content='items', content_rowid='id', tokenize='earshot', detail='full');

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, text ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO items_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
)sql",
    // 2: feed sync state per source, cross-post dedup.
    // A cross-posted item keeps one row per source (so every source and its own id are
    // kept and a re-fetch of either source merges into its own row); every copy after the
    // first points at the first through duplicate_of, and the inbox shows only rows whose
    // duplicate_of is NULL, counting the copies as "seen in N sources".
    R"sql(
ALTER TABLE sources ADD COLUMN etag TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN last_modified TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN moved_to TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN next_due_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN retry_after_ms INTEGER NOT NULL DEFAULT 0;
CREATE INDEX sources_due ON sources(enabled, next_due_ms);
CREATE INDEX sources_failing ON sources(consecutive_failures) WHERE consecutive_failures > 0;

ALTER TABLE items ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN duplicate_of INTEGER REFERENCES items(id) ON DELETE SET NULL;
CREATE INDEX items_by_url ON items(url) WHERE url <> '';
CREATE INDEX items_by_hash ON items(content_hash) WHERE content_hash <> '';
CREATE INDEX items_duplicates ON items(duplicate_of) WHERE duplicate_of IS NOT NULL;
)sql",
    // 3: ItemRepository indexes new items itself. Inside a transaction, a statement that
    // writes FTS5 through a trigger runs under a statement savepoint, and FTS5 writes out
    // its pending terms at every savepoint: one tiny index segment per imported item made
    // bulk imports three to four times slower than inserting into the index directly.
    R"sql(
DROP TRIGGER items_fts_insert;
)sql",
    // 4: triage and answers: assignee, priority and spam flag per item; an activity log
    // per item (a batch groups the rows of one triage action so it can be undone as a
    // whole); rules applied in order; monitoring profiles and the items they match;
    // notifications raised by rules.
    R"sql(
ALTER TABLE items ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN is_spam INTEGER NOT NULL DEFAULT 0;
CREATE INDEX items_by_status ON items(status, published_ms DESC, id DESC);
CREATE INDEX items_by_assignee ON items(assignee) WHERE assignee <> '';

CREATE TABLE activity(
  id INTEGER PRIMARY KEY,
  batch INTEGER NOT NULL,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  at_ms INTEGER NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  old_value TEXT NOT NULL DEFAULT '',
  new_value TEXT NOT NULL DEFAULT '',
  undone INTEGER NOT NULL DEFAULT 0);
CREATE INDEX activity_by_item ON activity(item_id, id);
CREATE INDEX activity_by_batch ON activity(batch);

CREATE TABLE rules(
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  query TEXT NOT NULL DEFAULT '',
  regex TEXT NOT NULL DEFAULT '',
  actions TEXT NOT NULL DEFAULT '[]',
  stop INTEGER NOT NULL DEFAULT 0);
CREATE INDEX rules_by_position ON rules(position, id);

CREATE TABLE profiles(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  terms TEXT NOT NULL DEFAULT '',
  exclusions TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1);
CREATE TABLE item_profiles(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  PRIMARY KEY(item_id, profile_id)) WITHOUT ROWID;
CREATE INDEX item_profiles_by_profile ON item_profiles(profile_id, item_id);

CREATE TABLE notifications(
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  rule_id INTEGER REFERENCES rules(id) ON DELETE SET NULL,
  at_ms INTEGER NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  seen INTEGER NOT NULL DEFAULT 0);
CREATE INDEX notifications_unseen ON notifications(at_ms) WHERE seen = 0;
)sql",
    // 5: platform accounts: where to connect and as whom. The token itself lives in the system
    // keychain under `secret_key`; this table never holds a token. Health is kept like a
    // source's so the sidebar can say what is wrong with an account.
    R"sql(
CREATE TABLE accounts(
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  base_url TEXT NOT NULL,
  user_name TEXT NOT NULL DEFAULT '',
  secret_key TEXT NOT NULL DEFAULT '',
  display_name TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1,
  last_attempt_ms INTEGER,
  last_success_ms INTEGER,
  last_error TEXT NOT NULL DEFAULT '',
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  retry_after_ms INTEGER NOT NULL DEFAULT 0,
  created_ms INTEGER NOT NULL,
  UNIQUE(platform, base_url, user_name));
)sql",
    // 6: outbox. A reply is written here before anything is sent, with an idempotency key
    // fixed for its whole life, so a retry after a crash can never post it twice. States:
    // queued, sending (committed before the request goes out), sent, failed, collision
    // (someone answered the thread after the draft was written).
    R"sql(
CREATE TABLE outbox(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
  in_reply_to TEXT NOT NULL DEFAULT '',
  thread_id TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL DEFAULT 'queued',
  attempts INTEGER NOT NULL DEFAULT 0,
  external_id TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  error TEXT NOT NULL DEFAULT '',
  draft_ms INTEGER NOT NULL,
  created_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL,
  sent_ms INTEGER);
CREATE INDEX outbox_by_state ON outbox(state, id);
CREATE INDEX outbox_by_item ON outbox(item_id) WHERE item_id IS NOT NULL;
)sql",
    // Official answers: the current version of each answer with its platform variants,
    // a full snapshot of every saved version (who and when) and every use on an item.
    // Keywords and custom variables are JSON (a list and an object).
    R"sql(
CREATE TABLE answers(
  id INTEGER PRIMARY KEY,
  problem_tag TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft',
  version INTEGER NOT NULL DEFAULT 1,
  expires TEXT NOT NULL DEFAULT '',
  usage_count INTEGER NOT NULL DEFAULT 0,
  keywords TEXT NOT NULL DEFAULT '[]',
  variables TEXT NOT NULL DEFAULT '{}',
  created_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL);
CREATE INDEX answers_by_status ON answers(status, problem_tag);

CREATE TABLE answer_variants(
  answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  format TEXT NOT NULL DEFAULT 'plain',
  text TEXT NOT NULL,
  max_length INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(answer_id, platform)) WITHOUT ROWID;

CREATE TABLE answer_versions(
  id INTEGER PRIMARY KEY,
  answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  at_ms INTEGER NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  change TEXT NOT NULL,
  snapshot TEXT NOT NULL);
CREATE INDEX answer_versions_by_answer ON answer_versions(answer_id, version);

CREATE TABLE answer_usage(
  id INTEGER PRIMARY KEY,
  answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
  item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
  at_ms INTEGER NOT NULL);
CREATE INDEX answer_usage_by_answer ON answer_usage(answer_id, at_ms);
)sql",
    // Watch list: sites a person checks by hand every interval_s seconds.
    R"sql(
CREATE TABLE watched_sites(
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL DEFAULT '',
  platform TEXT NOT NULL DEFAULT '',
  interval_s INTEGER NOT NULL DEFAULT 86400,
  last_checked_ms INTEGER,
  created_ms INTEGER NOT NULL);
)sql",
    // Saved searches: named queries in the inbox query language, shown in the sidebar.
    R"sql(
CREATE TABLE saved_searches(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  query TEXT NOT NULL,
  created_ms INTEGER NOT NULL);
)sql",
    // Account timelines: where each account's sync of a timeline (home, mentions, latest)
    // stopped, so the next run asks only for newer items.
    R"sql(
CREATE TABLE account_timelines(
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  timeline TEXT NOT NULL,
  newer_cursor TEXT NOT NULL DEFAULT '',
  last_fetch_ms INTEGER,
  PRIMARY KEY(account_id, timeline)) WITHOUT ROWID;
)sql",
    // What each account follows beyond its platform's own timelines: hashtags,
    // subreddits, VK walls, forum categories, other accounts, search words.
    R"sql(
CREATE TABLE account_follows(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  argument TEXT NOT NULL,
  UNIQUE(account_id, kind, argument));
)sql",
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

}  // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(kSteps.size());
}

QString Migrations::migrate(Database &db, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion < 0 || targetVersion > latest)
        targetVersion = latest;
    const int current = db.userVersion();
    if (current > latest) {
        throw StorageError({ErrorKind::StorageNewerSchema,
                            tr("The database %1 was written by a newer version of Earshot "
                               "(schema %2; this version understands up to %3). Nothing was "
                               "changed: update Earshot or open another database.")
                                .arg(db.path())
                                .arg(current)
                                .arg(latest)});
    }
    if (current >= targetVersion)
        return {};
    if (current == 0) {
        // Version 0 with tables is some other program's SQLite file (a browser profile, a
        // notes app): creating Earshot's tables in it would damage it.
        Statement objects = db.prepare("SELECT count(*) FROM sqlite_schema");
        if (objects.step() && objects.int64(0) > 0) {
            throw StorageError({ErrorKind::StorageCorrupt,
                                tr("The file %1 is a database of another program, not an "
                                   "Earshot database. Nothing was changed; choose another file.")
                                    .arg(db.path())});
        }
    }

    QString backupPath;
    if (current > 0 && QFileInfo::exists(db.path())) {
        backupPath = db.path() + QStringLiteral(".v%1.bak").arg(current);
        db.backupTo(backupPath);
    }
    for (int version = current + 1; version <= targetVersion; ++version) {
        qCInfo(lcStorage) << "migrating database to schema" << version;
        Transaction transaction(db);
        db.exec(kSteps[static_cast<std::size_t>(version - 1)]);
        db.setUserVersion(version);
        transaction.commit();
    }
    db.exec("PRAGMA optimize");
    return backupPath;
}

}  // namespace earshot
