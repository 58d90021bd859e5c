#include "cli/serverconnection.h"

#include "cli/clicommand.h"
#include "sync/passwordfile.h"
#include "sync/pgconnection.h"
#include "util/error.h"

#include <QCoreApplication>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace zhili::cli {

namespace {

// Reads one line from the terminal with echo off (restored even when reading fails).
QString promptHidden(const QString &prompt)
{
    err() << prompt;
    err().flush();
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err() << '\n';
    return got ? QString::fromUtf8(buffer).section(QLatin1Char('\n'), 0, 0) : QString();
}

} // namespace

void addUrlOption(QCommandLineParser &parser, bool required)
{
    parser.addOption({QStringLiteral("url"),
                      required
                          ? QStringLiteral("The city server: postgresql://USER@HOST:PORT/DB (password from "
                                           "$ZHILI_PASSWORD_FILE, PGPASSWORD or ~/.pgpass).")
                          : QStringLiteral("The city server, instead of the one the cache remembers."),
                      QStringLiteral("URL")});
}

std::unique_ptr<PgConnection> connectServer(const QCommandLineParser &parser, const QString &fallbackUrl,
                                            const QString &user)
{
    QString url = parser.value(QStringLiteral("url"));
    if (url.isEmpty())
        url = fallbackUrl;
    if (url.isEmpty())
        url = requiredOption(parser, QStringLiteral("url"));
    return std::make_unique<PgConnection>(url, PasswordFile::fromEnvironment(), user);
}

QString newPassword(const QCommandLineParser &parser, const QString &userName)
{
    if (parser.isSet(QStringLiteral("password-file")))
        return PasswordFile::read(parser.value(QStringLiteral("password-file")),
                                  QStringLiteral("--password-file"));
    if (!isatty(STDIN_FILENO))
        throw UsageError(
            QStringLiteral("give the new password with --password-file F (stdin is not a terminal)"));
    const QString first =
        promptHidden(QCoreApplication::translate("ServerConnection", "Password for %1: ").arg(userName));
    const QString again = promptHidden(QCoreApplication::translate("ServerConnection", "Again: "));
    if (first != again)
        throw Error(
            QCoreApplication::translate("ServerConnection", "the two passwords differ; nothing was changed"));
    return first;
}

} // namespace zhili::cli
