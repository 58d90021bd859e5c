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

namespace {
// In the order of PlanOption; their help texts are in this context.
constexpr const char *kContext = "IndicatorCliSupport";
constexpr OptionSpec kPlanOptions[] = {
    {"chain", "X", QT_TRANSLATE_NOOP("IndicatorCliSupport", "add: its chain; list: only this chain.")},
    {"ecosystem", "E",
     QT_TRANSLATE_NOOP("IndicatorCliSupport", "add: the chain's ecosystem, when the name is in several.")},
    {"district", "D", QT_TRANSLATE_NOOP("IndicatorCliSupport", "add: where (default: city-wide).")},
    {CommonOption::User,
     QT_TRANSLATE_NOOP("IndicatorCliSupport",
                       "Acting user (default: $ZHILI_USER or the login name); must be a city planner or an "
                       "administrator. A user with a password gives it in the file named by "
                       "$ZHILI_PASSWORD_FILE or on the terminal.")},
};
} // namespace

OptionSpec planOption(PlanOption which)
{
    return kPlanOptions[int(which)].inContext(kContext);
}

void addVerbCacheAndUser(QCommandLineParser &parser, const QString &verbs)
{
    parser.addPositionalArgument(QStringLiteral("verb"), verbs);
    addOptions(parser, kContext, {{CommonOption::Cache}, planOption(PlanOption::PlannerUser)});
}

} // namespace zhili::cli::indicatorcli
