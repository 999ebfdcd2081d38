// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/SourceRepository.h"
#include "core/sync/FeedDiscovery.h"
#include "core/sync/Opml.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace earshot {

class AsyncWorkspace;
class HttpClient;

// A feed source as it was added.
struct AddedSource {
    qint64 id = 0;
    QString address;
    bool existed = false;  // it was already a source (also under the address it moved to)
};

// Feed sources for the window: finding the feeds behind an address (with a preview of
// their newest entries), adding one, and OPML import and export. Network work runs on
// this object's thread without blocking; parsing on the thread pool; database work on
// the workspace's threads (writes through the single writer). Answers come back on this
// object's thread and are dropped when their `context` is gone.
class SourceManager : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Reply = std::function<void(Result<T>)>;

    SourceManager(AsyncWorkspace &workspace, HttpClient &http, QObject *parent = nullptr);
    ~SourceManager() override;

    // Starts finding the feeds behind `address` (a page or a feed, as typed by a person);
    // a new call drops the previous one. The answer comes as discovered(). An address
    // that is not http(s) is answered at once with an InvalidInput error.
    void discover(const QString &address);

    // Adds `feed` as a source of platform "feed" in `group` ("" for none). The title is
    // only used for a new source.
    void addFeed(const QUrl &feed, const QString &title, const QString &group, QObject *context,
                 Reply<AddedSource> reply);
    // A person's edit of a source (title, group, interval, enabled) and its removal with
    // the items stored from it; the answer is false when the source is gone already.
    void editSource(qint64 id, const SourceEdit &edit, QObject *context, Reply<bool> reply);
    void removeSource(qint64 id, QObject *context, Reply<bool> reply);
    // The groups sources are in now, sorted.
    void groups(QObject *context, Reply<QStringList> reply);

    // Reads an OPML file and adds its feeds, all on the writer thread.
    void importOpml(const QString &path, QObject *context, Reply<OpmlImportReport> reply);
    // Writes the feed sources to `path` (all or nothing); answers how many were written.
    void exportOpml(const QString &path, const QString &title, QObject *context, Reply<int> reply);

Q_SIGNALS:
    void discovered(const earshot::DiscoveryResult &result);

private:
    void changeSource(QObject *context, Reply<bool> reply,
                      std::function<bool(SourceRepository &)> change);

    AsyncWorkspace &m_workspace;
    FeedDiscovery m_discovery;
};

}  // namespace earshot

Q_DECLARE_METATYPE(earshot::AddedSource)
