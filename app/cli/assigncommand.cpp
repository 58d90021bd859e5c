#include "cli/assigncommand.h"

#include "io/csvtable.h"
#include "model/namerules.h"

#include "cache/geopackagecache.h"
#include "cli/actinguser.h"
#include "cli/gisstylerefresh.h"
#include "edit/parceleditor.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

namespace {

// A number option: "abc" is an error for people (exit 1), "nan"/"inf"/negatives reach the validator.
std::optional<double> numberValue(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const QString text = parser.value(name).trimmed();
    QString why; // the number rule of every CSV; negatives still reach the validator
    const std::optional<double> v = CsvTable::number(text, &why);
    if (!v)
        throw Error(QCoreApplication::translate("AssignCommand", "--%1 must be a number, got \"%2\": %3")
                        .arg(name, NameRules::forMessage(text), why));
    return v;
}

std::optional<QString> textValue(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    return parser.value(name);
}

QString shown(const ParcelAssignment &a, AssignmentField f)
{
    const QString t = assignmentFieldText(a, f);
    return t.isEmpty() ? QCoreApplication::translate("AssignCommand", "(empty)") : t;
}

} // namespace

int AssignCommand::run(QCommandLineParser &parser)
{
    const QString path = requiredOption(parser, QStringLiteral("cache"));
    const QString code = requiredOption(parser, QStringLiteral("parcel"));
    AssignmentPatch patch;
    patch.ecosystem = textValue(parser, QStringLiteral("ecosystem"));
    patch.chain = textValue(parser, QStringLiteral("chain"));
    patch.landMu = numberValue(parser, QStringLiteral("land-mu"));
    patch.energyTce = numberValue(parser, QStringLiteral("energy-tce"));
    patch.financeWan = numberValue(parser, QStringLiteral("finance-wan"));
    patch.status = textValue(parser, QStringLiteral("status"));
    patch.enterprise = textValue(parser, QStringLiteral("enterprise"));
    patch.notes = textValue(parser, QStringLiteral("notes"));
    if (patch.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "AssignCommand", "nothing to assign: give at least one of --ecosystem, --chain, --land-mu, "
                             "--energy-tce, --finance-wan, --status, --enterprise, --notes"));

    auto cache = GeoPackageCache::open(path);
    const User user = actingUser(*cache, parser);
    const Parcel parcel = cache->requireParcel(code, parser.value(QStringLiteral("district")));
    ParcelEditor editor(*cache);
    const EditRecord rec = editor.apply(user, {parcel.fid}, patch, parser.value(QStringLiteral("reason")));
    GisStyleRefresh::afterEdit(path, rec);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("code")] = parcel.code;
        o[QStringLiteral("district")] = parcel.district;
        o[QStringLiteral("uuid")] = parcel.uuid;
        o[QStringLiteral("user")] = user.name;
        o[QStringLiteral("role")] = roleKey(user.role);
        o[QStringLiteral("changed")] = !rec.isEmpty();
        QJsonObject fields;
        if (!rec.isEmpty()) {
            const ParcelChange &c = rec.changes.first();
            o[QStringLiteral("revision")] = c.revisionAfter;
            for (AssignmentField f : AssignmentPatch::difference(c.before, c.after).fields())
                fields[assignmentFieldKey(f)] =
                    QJsonObject{{QStringLiteral("old"), assignmentFieldText(c.before, f)},
                                {QStringLiteral("new"), assignmentFieldText(c.after, f)}};
        } else {
            o[QStringLiteral("revision")] = parcel.revision;
        }
        o[QStringLiteral("fields")] = fields;
        printJson(o);
        return Ok;
    }
    if (rec.isEmpty()) {
        out() << QCoreApplication::translate("AssignCommand",
                                             "nothing changed: parcel %1 (%2) already has these values\n")
                     .arg(parcel.code, parcel.district);
        return Ok;
    }
    const ParcelChange &c = rec.changes.first();
    out() << QCoreApplication::translate("AssignCommand", "assigned %1 (%2) by %3, revision %4 → %5\n")
                 .arg(c.code, c.district, user.label())
                 .arg(c.revisionBefore)
                 .arg(c.revisionAfter);
    for (AssignmentField f : AssignmentPatch::difference(c.before, c.after).fields())
        out() << QStringLiteral("  %1: %2 → %3\n")
                     .arg(assignmentFieldLabel(f), shown(c.before, f), shown(c.after, f));
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the AssignCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::Parcel},
    {CommonOption::ParcelDistrict},
    {"ecosystem", "ECO",
     QT_TRANSLATE_NOOP("AssignCommand", "Ecosystem: key (iot, bio, equip, mat, energy), Chinese name or "
                                        "\"unassigned\".")},
    {"chain", "CHAIN", QT_TRANSLATE_NOOP("AssignCommand", "Industrial chain; \"\" clears it.")},
    {"land-mu", "N", QT_TRANSLATE_NOOP("AssignCommand", "land in mu.")},
    {"energy-tce", "N", QT_TRANSLATE_NOOP("AssignCommand", "energy in tce/year.")},
    {"finance-wan", "N", QT_TRANSLATE_NOOP("AssignCommand", "finance in 10k yuan.")},
    {"status", "S",
     QT_TRANSLATE_NOOP("AssignCommand", "Status key or name (planned, construction, production, idle, …); "
                                        "\"\" clears it.")},
    {"enterprise", "E", QT_TRANSLATE_NOOP("AssignCommand", "Enterprise.")},
    {"notes", "T", QT_TRANSLATE_NOOP("AssignCommand", "Notes.")},
    {CommonOption::Reason},
    {CommonOption::User},
    {CommonOption::Json, QT_TRANSLATE_NOOP("AssignCommand", "Print the change as JSON.")},
};

void AssignCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "AssignCommand", kOptions);
}

} // namespace zhili::cli
