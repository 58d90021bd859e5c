#include "cli/serverconnection.h"

#include "cli/clicommand.h"
#include "cli/passwordinput.h"
#include "sync/passwordfile.h"
#include "sync/pgconnection.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili::cli {

OptionSpec urlOption(bool required)
{
    const OptionSpec url{
        "url", "URL",
        required ? QT_TRANSLATE_NOOP("ServerConnection",
                                     "The city server: postgresql://USER@HOST:PORT/DB (password from "
                                     "$ZHILI_PASSWORD_FILE, PGPASSWORD or ~/.pgpass).")
                 : QT_TRANSLATE_NOOP("ServerConnection",
                                     "The city server, instead of the one the cache remembers.")};
    return url.inContext("ServerConnection");
}

std::unique_ptr<PgConnection> connectServer(const QCommandLineParser &parser, const QString &fallbackUrl,
                                            const QString &user, QString *passwordUsed)
{
    QString url = parser.value(QStringLiteral("url"));
    if (url.isEmpty())
        url = fallbackUrl;
    if (url.isEmpty())
        url = requiredOption(parser, QStringLiteral("url"));
    const QString password = PasswordFile::fromEnvironment();
    if (passwordUsed)
        *passwordUsed = password;
    return std::make_unique<PgConnection>(url, password, user);
}

QString newPassword(const QCommandLineParser &parser, const QString &userName)
{
    if (parser.isSet(QStringLiteral("password-file")))
        return PasswordInput::fromFile(parser.value(QStringLiteral("password-file")),
                                       QStringLiteral("--password-file"));
    const std::optional<QString> first = PasswordInput::prompt(
        QCoreApplication::translate("ServerConnection", "Password for %1: ").arg(userName));
    if (!first)
        throw UsageError(QCoreApplication::translate(
            "ServerConnection", "give the new password with --password-file F (stdin is not a terminal)"));
    if (PasswordInput::prompt(QCoreApplication::translate("ServerConnection", "Again: ")) != first)
        throw Error(
            QCoreApplication::translate("ServerConnection", "the two passwords differ; nothing was changed"));
    return *first;
}

} // namespace zhili::cli
