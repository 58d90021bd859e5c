#pragma once

#include "cli/commonoptions.h"

#include <QCommandLineParser>
#include <QString>
#include <memory>

namespace zhili {
class PgConnection;
}

namespace zhili::cli {

/// The row --url URL of an option table: the city server (a libpq connection string or postgresql:// URI),
/// required, or else instead of the one the cache remembers.
OptionSpec urlOption(bool required = true);
/// Connects to the server named by --url (or `fallbackUrl`), as `user` when given. The password comes from
/// the file named by $ZHILI_PASSWORD_FILE, else the standard libpq ways (URL, PGPASSWORD, ~/.pgpass).
/// When it came from the file it is kept in `*passwordUsed` (for ServerIdentity::remember).
std::unique_ptr<PgConnection> connectServer(const QCommandLineParser &parser,
                                            const QString &fallbackUrl = QString(),
                                            const QString &user = QString(), QString *passwordUsed = nullptr);
/// A new user's password: --password-file F, else a prompt without echo on a terminal; throws otherwise.
QString newPassword(const QCommandLineParser &parser, const QString &userName);

} // namespace zhili::cli
