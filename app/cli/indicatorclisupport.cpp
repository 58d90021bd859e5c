#include "cli/indicatorclisupport.h"

#include "model/ecosystem.h"

#include <QCoreApplication>

namespace zhili::cli::indicatorcli {

QString verb(const QCommandLineParser &parser, const QStringList &verbs)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        throw UsageError(QCoreApplication::translate("IndicatorCliSupport", "missing sub-command: one of %1")
                             .arg(verbs.join(QStringLiteral(", "))));
    if (!verbs.contains(pos.first()))
        throw UsageError(
            QCoreApplication::translate("IndicatorCliSupport", "unknown sub-command \"%1\": one of %2")
                .arg(pos.first(), verbs.join(QStringLiteral(", "))));
    return pos.first();
}

QString importFile(const QCommandLineParser &parser, const QString &command)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        throw UsageError(
            QCoreApplication::translate("IndicatorCliSupport", "%1 import needs exactly one FILE.csv")
                .arg(command));
    return pos.at(1);
}

int year(const QCommandLineParser &parser, bool required)
{
    const QString text = parser.value(QStringLiteral("year")).trimmed();
    if (text.isEmpty()) {
        if (required)
            throw UsageError(QCoreApplication::translate("IndicatorCliSupport", "missing --year"));
        return 0;
    }
    bool ok = false;
    const int y = text.toInt(&ok);
    if (!ok || y < 1949 || y > 2200)
        throw UsageError(QCoreApplication::translate("IndicatorCliSupport",
                                                     "--year must be a whole number 1949–2200, got \"%1\"")
                             .arg(text));
    return y;
}

QString ecosystemKeyOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("ecosystem")))
        return QString();
    const QString given = parser.value(QStringLiteral("ecosystem"));
    const std::optional<QString> key = ecosystemKeyFor(given);
    if (!key)
        throw UsageError(
            QCoreApplication::translate(
                "IndicatorCliSupport",
                "unknown --ecosystem \"%1\"; use iot/bio/equip/mat/energy or their Chinese names")
                .arg(given));
    return *key;
}

QList<QCommandLineOption> chainOptions()
{
    return {{QStringLiteral("chain"),
             QCoreApplication::translate("IndicatorCliSupport", "add: its chain; list: only this chain."),
             QStringLiteral("X")},
            {QStringLiteral("ecosystem"),
             QCoreApplication::translate("IndicatorCliSupport",
                                         "add: the chain's ecosystem, when the name is in several."),
             QStringLiteral("E")}};
}

QCommandLineOption whereOption()
{
    return {QStringLiteral("district"),
            QCoreApplication::translate("IndicatorCliSupport", "add: where (default: city-wide)."),
            QStringLiteral("D")};
}

void addVerbCacheAndUser(QCommandLineParser &parser, const QString &verbs)
{
    parser.addPositionalArgument(QStringLiteral("verb"), verbs);
    addCacheAndUser(parser, true);
}

void addCacheAndUser(QCommandLineParser &parser, bool withUser)
{
    addCacheOption(parser);
    if (withUser)
        parser.addOption({QStringLiteral("user"),
                          QCoreApplication::translate(
                              "IndicatorCliSupport",
                              "Acting user (default: $ZHILI_USER or the login name); must be a city planner "
                              "or an administrator. A user with a password gives it in the file named by "
                              "$ZHILI_PASSWORD_FILE or on the terminal."),
                          QStringLiteral("NAME")});
}

} // namespace zhili::cli::indicatorcli
