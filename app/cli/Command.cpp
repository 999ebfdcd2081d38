// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Command.h"

#include "core/services/Workspace.h"
#include "core/storage/Database.h"

namespace earshot::cli {

Context::Context(QString databasePath, QTextStream &out, QTextStream &err)
    : m_databasePath(std::move(databasePath)), m_out(out), m_err(err)
{
}

Context::~Context() = default;

Database *Context::database()
{
    if (!m_db) {
        Result<std::unique_ptr<Database>> opened = Workspace::open(m_databasePath);
        if (!opened) {
            fail(opened.error().message);
            return nullptr;
        }
        m_db = std::move(opened).value();
    }
    return m_db.get();
}

int Context::fail(const QString &message)
{
    m_err << "earshot-cli: " << message << Qt::endl;
    return Failure;
}

}  // namespace earshot::cli
