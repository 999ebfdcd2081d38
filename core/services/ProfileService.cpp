// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ProfileService.h"

#include "core/services/Guarded.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileService", text);
}

}  // namespace

Result<std::vector<Profile>> ProfileService::list()
{
    return guarded([&] { return ProfileRepository(m_db).list(); });
}

Result<qint64> ProfileService::save(const Profile &input)
{
    Profile profile = input;
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("A profile needs a name.")};
    if (ProfileRepository::ftsExpression(profile).isEmpty())
        return Error{ErrorKind::InvalidInput,
                     tr("The profile \"%1\" needs at least one term with letters or digits.")
                         .arg(profile.name)};
    return guarded([&] {
        Transaction transaction(m_db);
        ProfileRepository profiles(m_db);
        profile.id = profiles.save(profile);
        const qint64 matched = profiles.match(profile);
        transaction.commit();
        return matched;
    });
}

Status ProfileService::remove(const QString &name)
{
    return guarded([&] {
        Transaction transaction(m_db);
        ProfileRepository(m_db).remove(name.trimmed());
        transaction.commit();
    });
}

Result<qint64> ProfileService::rematchAll()
{
    return guarded([&] {
        Transaction transaction(m_db);
        ProfileRepository profiles(m_db);
        qint64 matched = 0;
        for (const Profile &profile : profiles.list())
            matched += profiles.match(profile);
        transaction.commit();
        return matched;
    });
}

}  // namespace earshot
