#pragma once

#include <QCommandLineParser>
#include <QString>
#include <memory>

namespace zhili {
class PgConnection;
}

namespace zhili::cli {

/// Declares --url URL: the city server (a libpq connection string or postgresql:// URI).
void addUrlOption(QCommandLineParser &parser, bool required = true);
/// Connects to the server named by --url (or `fallbackUrl`), as `user` when given. The password comes from
/// the file named by $ZHILI_PASSWORD_FILE, else the standard libpq ways (URL, PGPASSWORD, ~/.pgpass).
std::unique_ptr<PgConnection> connectServer(const QCommandLineParser &parser,
                                            const QString &fallbackUrl = QString(),
                                            const QString &user = QString());
/// A new user's password: --password-file F, else a prompt without echo on a terminal; throws otherwise.
QString newPassword(const QCommandLineParser &parser, const QString &userName);

} // namespace zhili::cli
