#include "cli/servercommand.h"

#include "cli/commonoptions.h"
#include "cli/serverconnection.h"
#include "sync/pgconnection.h"
#include "sync/serverschema.h"
#include "sync/serverusers.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zhili::cli {

int ServerCommand::run(QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0);
    if (verb == QLatin1String("init")) {
        auto conn = connectServer(parser);
        const int before = ServerSchema::migrate(*conn);
        if (before == ServerSchema::kCurrentVersion)
            out() << QCoreApplication::translate("ServerCommand",
                                                 "the city server is up to date (schema %1)\n")
                         .arg(before);
        else
            out() << QCoreApplication::translate("ServerCommand",
                                                 "the city server now has schema %1 (was %2)\n")
                         .arg(ServerSchema::kCurrentVersion)
                         .arg(before);
        return Ok;
    }
    if (verb == QLatin1String("add-user")) {
        if (pos.size() != 2 || pos.value(1).trimmed().isEmpty())
            throw UsageError(QCoreApplication::translate(
                "ServerCommand", "give one NAME: zhili-cli server add-user NAME --role "
                                 "admin|planner|officer [--district D] --url URL"));
        const QString roleText = requiredOption(parser, QStringLiteral("role"));
        const std::optional<Role> role = roleFromString(roleText);
        if (!role)
            throw UsageError(QCoreApplication::translate("ServerCommand",
                                                         "unknown role \"%1\": use admin, planner or officer")
                                 .arg(roleText));
        User u;
        u.name = pos.value(1);
        u.role = *role;
        u.district = parser.value(QStringLiteral("district"));
        auto conn = connectServer(parser);
        ServerUsers(*conn).add(u, newPassword(parser, u.name));
        out() << QCoreApplication::translate("ServerCommand", "added %1 to the city server\n").arg(u.label());
        return Ok;
    }
    if (verb == QLatin1String("users")) {
        auto conn = connectServer(parser);
        const QList<User> users = ServerUsers(*conn).list();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const User &u : users)
                arr.append(QJsonObject{{QStringLiteral("name"), u.name},
                                       {QStringLiteral("role"), roleKey(u.role)},
                                       {QStringLiteral("district"), u.district}});
            printJson(arr);
            return Ok;
        }
        for (const User &u : users)
            out() << QStringLiteral("%1  %2  %3\n").arg(u.name, -12).arg(roleKey(u.role), -8).arg(u.district);
        return Ok;
    }
    throw UsageError(
        verb.isEmpty()
            ? QCoreApplication::translate("ServerCommand", "missing sub-command: init, add-user or users")
            : QCoreApplication::translate("ServerCommand",
                                          "unknown sub-command \"%1\": init, add-user or users")
                  .arg(verb));
}

// What setup() declares, in the order of --help; the help texts are in the ServerCommand context.
const OptionSpec kOptions[] = {
    urlOption(),
    {CommonOption::Role, QT_TRANSLATE_NOOP("ServerCommand", "admin | planner | officer (add-user).")},
    {CommonOption::District, QT_TRANSLATE_NOOP("ServerCommand", "The officer's district (add-user).")},
    {CommonOption::PasswordFile,
     QT_TRANSLATE_NOOP("ServerCommand",
                       "The new user's password on the first line (add-user; else a prompt).")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("ServerCommand", "Print JSON (users).")},
};

void ServerCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verb"),
                                 QCoreApplication::translate("ServerCommand", "init | add-user NAME | users"),
                                 QStringLiteral("init|add-user|users"));
    addOptions(parser, "ServerCommand", kOptions);
}

} // namespace zhili::cli
