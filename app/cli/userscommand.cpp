#include "cli/userscommand.h"

#include "cache/geopackagecache.h"
#include "cli/actinguser.h"
#include "cli/commonoptions.h"
#include "cli/passwordinput.h"
#include "edit/userdirectory.h"
#include "model/namerules.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

int UsersCommand::run(QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0);
    if (verb != QLatin1String("add") && verb != QLatin1String("list") &&
        verb != QLatin1String("set-password"))
        throw UsageError(verb.isEmpty()
                             ? QCoreApplication::translate("UsersCommand",
                                                           "missing sub-command: add, set-password or list")
                             : QCoreApplication::translate(
                                   "UsersCommand", "unknown sub-command \"%1\": add, set-password or list")
                                   .arg(verb));
    auto cache = openCache(parser, verb == QLatin1String("list"));
    if (verb == QLatin1String("list"))
        return list(parser, *cache);
    if (pos.size() < 2 || pos.value(1).trimmed().isEmpty())
        throw UsageError(QCoreApplication::translate(
            "UsersCommand", "missing NAME: zhili-cli users add NAME --role planner|officer|admin "
                            "[--district D] [--password-file F] --cache C"));
    if (pos.size() > 2)
        throw UsageError(QCoreApplication::translate("UsersCommand", "one NAME only (got %1)")
                             .arg(pos.mid(1).join(QLatin1Char(' '))));
    if (verb == QLatin1String("set-password"))
        return setPassword(parser, *cache, pos.value(1));
    return add(parser, *cache, pos.value(1));
}

int UsersCommand::list(QCommandLineParser &parser, GeoPackageCache &cache)
{
    const QList<User> list = UserDirectory(cache).list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const User &u : list)
            arr.append(
                QJsonObject{{QStringLiteral("name"), u.name},
                            {QStringLiteral("role"), roleKey(u.role)},
                            {QStringLiteral("district"),
                             u.district.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.district)},
                            {QStringLiteral("created_at"), u.createdAt},
                            {QStringLiteral("has_password"), u.hasPassword}});
        printJson(arr);
        return Ok;
    }
    if (list.isEmpty()) {
        out() << QCoreApplication::translate("UsersCommand",
                                             "no users yet: until one is added, whoever works acts as "
                                             "administrator. Add one: zhili-cli users add NAME --role admin "
                                             "--cache %1\n")
                     .arg(cache.path());
        return Ok;
    }
    // Users added before passwords are flagged: anyone may act as them (docs/editing.md, "Identity").
    const QString noPassword =
        QCoreApplication::translate("UsersCommand", "  (no password: zhili-cli users set-password %1)");
    for (const User &u : list)
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(NameRules::displayValue(u.name), -12) // one line per user, whatever is stored
                     .arg(roleKey(u.role), -8)
                     .arg(u.district.isEmpty() ? QStringLiteral("-") : u.district, -8)
                     .arg(u.createdAt)
              << (u.hasPassword ? QString() : noPassword.arg(NameRules::displayValue(u.name)))
              << QLatin1Char('\n');
    return Ok;
}

int UsersCommand::add(QCommandLineParser &parser, GeoPackageCache &cache, const QString &name)
{
    const QString roleText = requiredOption(parser, QStringLiteral("role"));
    const std::optional<Role> role = roleFromString(roleText);
    if (!role)
        throw Error(
            QCoreApplication::translate("UsersCommand", "unknown role \"%1\": use planner, officer or admin")
                .arg(roleText));
    UserDirectory users(cache);
    // The first user needs nobody's permission (and must be an admin); after that the acting user proves
    // who they are before anything else is asked.
    std::optional<User> acting;
    if (!users.isEmpty())
        acting = actingUser(cache, parser);
    User u;
    u.name = name;
    u.role = *role;
    u.district = parser.value(QStringLiteral("district"));
    const QString password = newPassword(parser, name, false);
    const User added = users.add(u, acting, password);
    out() << QCoreApplication::translate("UsersCommand", "added user %1\n").arg(added.label());
    if (!added.hasPassword)
        err() << QCoreApplication::translate("UsersCommand",
                                             "note: %1 has no password, so anyone may act as %1; set one "
                                             "with zhili-cli users set-password %1 --password-file FILE "
                                             "--cache %2\n")
                     .arg(added.name, cache.path());
    return Ok;
}

int UsersCommand::setPassword(QCommandLineParser &parser, GeoPackageCache &cache, const QString &name)
{
    UserDirectory users(cache);
    if (users.isEmpty())
        throw Error(QCoreApplication::translate("UsersCommand",
                                                "%1 has no users yet: add one with zhili-cli users add "
                                                "NAME --role admin --password-file FILE --cache %1")
                        .arg(cache.path()));
    const User acting = actingUser(cache, parser);
    users.setPassword(name, newPassword(parser, name, true), acting);
    out() << QCoreApplication::translate("UsersCommand", "password of %1 set\n").arg(name.trimmed());
    return Ok;
}

QString UsersCommand::newPassword(const QCommandLineParser &parser, const QString &name, bool required)
{
    if (parser.isSet(QStringLiteral("password-file")))
        return PasswordInput::fromFile(parser.value(QStringLiteral("password-file")),
                                       QStringLiteral("--password-file"));
    const std::optional<QString> first =
        PasswordInput::prompt(QCoreApplication::translate("UsersCommand", "New password for %1: ").arg(name));
    if (!first) {
        // A script without --password-file: as before passwords, unless a password is the point.
        if (required)
            throw UsageError(QCoreApplication::translate(
                "UsersCommand", "missing --password-file FILE (no terminal to ask for the password)"));
        return QString();
    }
    UserDirectory::checkNewPassword(*first);
    const std::optional<QString> again =
        PasswordInput::prompt(QCoreApplication::translate("UsersCommand", "Repeat the password: "));
    if (!again || *again != *first)
        throw Error(
            QCoreApplication::translate("UsersCommand", "the two passwords differ; nothing was changed"));
    return *first;
}

// What setup() declares, in the order of --help; the help texts are in the UsersCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::Role, QT_TRANSLATE_NOOP("UsersCommand", "planner | officer | admin (add).")},
    {CommonOption::District, QT_TRANSLATE_NOOP("UsersCommand", "The officer's district (add).")},
    {"user", "NAME",
     QT_TRANSLATE_NOOP("UsersCommand",
                       "Acting administrator (add, set-password; default: $ZHILI_USER or the login "
                       "name), with their password from $ZHILI_PASSWORD_FILE or the terminal. Not needed "
                       "while the cache has no users.")},
    {CommonOption::PasswordFile,
     QT_TRANSLATE_NOOP("UsersCommand", "The new user's password: the first line of FILE (add, set-password; "
                                       "default: asked twice on the terminal).")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("UsersCommand", "Print JSON (list).")},
};

void UsersCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("verb"),
        QCoreApplication::translate("UsersCommand", "add NAME | set-password NAME | list"),
        QStringLiteral("add|set-password|list"));
    addOptions(parser, "UsersCommand", kOptions);
}

} // namespace zhili::cli
