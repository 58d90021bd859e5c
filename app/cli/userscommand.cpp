#include "cli/userscommand.h"

#include "cache/geopackagecache.h"
#include "edit/userdirectory.h"
#include "model/namerules.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

void UsersCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("add NAME | list"),
                                 QStringLiteral("add|list"));
    addCacheOption(parser);
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("planner | officer | admin (add)."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("district"), QStringLiteral("The officer's district (add)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("user"),
         QStringLiteral("Acting administrator (add; default: $ZHILI_USER or the login name). Not "
                        "needed while the cache has no administrator."),
         QStringLiteral("NAME")});
    addJsonOption(parser, QStringLiteral("Print JSON (list)."));
}

int UsersCommand::run(QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0);
    if (verb != QLatin1String("add") && verb != QLatin1String("list"))
        throw UsageError(verb.isEmpty()
                             ? QStringLiteral("missing sub-command: add or list")
                             : QStringLiteral("unknown sub-command \"%1\": add or list").arg(verb));
    auto cache = openCache(parser, verb == QLatin1String("list"));
    UserDirectory users(*cache);

    if (verb == QLatin1String("list")) {
        const QList<User> list = users.list();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const User &u : list)
                arr.append(QJsonObject{{QStringLiteral("name"), u.name},
                                       {QStringLiteral("role"), roleKey(u.role)},
                                       {QStringLiteral("district"), u.district.isEmpty()
                                                                        ? QJsonValue(QJsonValue::Null)
                                                                        : QJsonValue(u.district)},
                                       {QStringLiteral("created_at"), u.createdAt}});
            printJson(arr);
            return Ok;
        }
        if (list.isEmpty()) {
            out() << QCoreApplication::translate(
                         "UsersCommand",
                         "no users yet: until one is added, whoever works acts as "
                         "administrator. Add one: zhili-cli users add NAME --role admin --cache %1\n")
                         .arg(cache->path());
            return Ok;
        }
        for (const User &u : list)
            out() << QStringLiteral("%1  %2  %3  %4\n")
                         .arg(NameRules::displayValue(u.name), -12) // one line per user, whatever is stored
                         .arg(roleKey(u.role), -8)
                         .arg(u.district.isEmpty() ? QStringLiteral("-") : u.district, -8)
                         .arg(u.createdAt);
        return Ok;
    }

    if (pos.size() < 2 || pos.value(1).trimmed().isEmpty())
        throw UsageError(QStringLiteral("missing NAME: zhili-cli users add NAME --role planner|officer|admin "
                                        "[--district D] --cache C"));
    if (pos.size() > 2)
        throw UsageError(QStringLiteral("one NAME only (got %1)").arg(pos.mid(1).join(QLatin1Char(' '))));
    const QString roleText = requiredOption(parser, QStringLiteral("role"));
    const std::optional<Role> role = roleFromString(roleText);
    if (!role)
        throw Error(
            QCoreApplication::translate("UsersCommand", "unknown role \"%1\": use planner, officer or admin")
                .arg(roleText));
    std::optional<User> acting;
    if (users.hasAdmin())
        acting = users.resolve(parser.value(QStringLiteral("user")));
    User u;
    u.name = pos.value(1);
    u.role = *role;
    u.district = parser.value(QStringLiteral("district"));
    const User added = users.add(u, acting);
    out() << QCoreApplication::translate("UsersCommand", "added user %1\n").arg(added.label());
    return Ok;
}

} // namespace zhili::cli
