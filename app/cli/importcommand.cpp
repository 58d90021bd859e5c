#include "cli/importcommand.h"

#include "cli/commonoptions.h"
#include "cli/exportstylescommand.h"
#include "cli/importprogress.h"
#include "cli/passwordinput.h"
#include "edit/user.h"
#include "io/parcelimporter.h"
#include "render/parcelstorecache.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili::cli {

int ImportCommand::run(QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        throw UsageError(QCoreApplication::translate("ImportCommand", "missing FILE to import"));
    if (pos.size() > 1)
        throw UsageError(QCoreApplication::translate("ImportCommand", "one FILE at a time (got %1)")
                             .arg(pos.join(QLatin1Char(' '))));
    if (parser.isSet(QStringLiteral("district")) && parser.isSet(QStringLiteral("district-field")))
        throw UsageError(QCoreApplication::translate("ImportCommand",
                                                     "give either --district or --district-field, not both"));
    ImportOptions o;
    o.source = pos[0];
    o.layer = parser.value(QStringLiteral("layer"));
    o.district = parser.value(QStringLiteral("district")).trimmed();
    o.districtField = parser.value(QStringLiteral("district-field"));
    o.idField = parser.value(QStringLiteral("id-field"));
    o.encoding = parser.value(QStringLiteral("encoding"));
    o.crs = parser.value(QStringLiteral("crs"));
    o.user = parser.value(QStringLiteral("user"));
    o.removeMissing = parser.isSet(QStringLiteral("remove-missing"));
    o.password = [](const User &u) { return PasswordInput::forUser(u.name); };
    try {
        o.duplicates = duplicateCodesFromString(parser.value(QStringLiteral("duplicates")));
    } catch (const Error &e) {
        throw UsageError(e.message());
    }
    for (const QString &item : parser.values(QStringLiteral("map"))
                                   .join(QLatin1Char(','))
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError(
                QCoreApplication::translate("ImportCommand", "--map wants role=FIELD pairs, got \"%1\"")
                    .arg(item));
        const QString role = item.left(eq).trimmed().toLower();
        if (o.fieldMap.contains(role)) // "code=DKBH,code=DKMC" used to keep the last silently
            throw UsageError(
                QCoreApplication::translate(
                    "ImportCommand", "--map gives \"%1\" twice (%2 and %3): give each attribute one field")
                    .arg(role, o.fieldMap.value(role), item.mid(eq + 1).trimmed()));
        o.fieldMap.insert(role, item.mid(eq + 1).trimmed());
    }
    const QString cache = requiredOption(parser, QStringLiteral("cache"));
    // The render store goes in with the rows: the next render reads its pages, not every geometry.
    o.beforeCommit = ParcelStoreCache::rebuild;
    ImportProgressBar bar(!parser.isSet(QStringLiteral("quiet")));
    const ImportReport report = ParcelImporter::runOnFile(cache, o, bar.task());
    bar.finish();
    printImportReport(parser, report);
    // Other GIS see the new classes too (the cache's layer_styles).
    try {
        ExportStylesCommand::writeStyles(cache);
    } catch (const Error &e) {
        throw Error(QCoreApplication::translate("ImportCommand",
                                                "the parcels were imported, but writing the map styles for "
                                                "other GIS failed: %1; run zhili-cli export-styles")
                        .arg(e.message()));
    }
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ImportCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::District, QT_TRANSLATE_NOOP("ImportCommand", "All parcels belong to this district.")},
    {"district-field", "FIELD", QT_TRANSLATE_NOOP("ImportCommand", "Field holding each parcel's district.")},
    {"id-field", "FIELD",
     QT_TRANSLATE_NOOP("ImportCommand", "Field holding the parcel code; default DKBH, TBBH, BH, CODE "
                                        "or the Chinese field name for it.")},
    {"duplicates", "refuse|merge|number",
     QT_TRANSLATE_NOOP("ImportCommand",
                       "Records sharing a code in one district: refuse (default), merge (one "
                       "multipolygon per code, attributes of the first) or number (codes "
                       "suffixed -1, -2 …)."),
     "refuse"},
    {"remove-missing", Flag,
     QT_TRANSLATE_NOOP("ImportCommand",
                       "Remove the parcels of the file's districts that the file no longer has "
                       "(kept by default); a connected cache removes them on the city server "
                       "at the next sync.")},
    {"map", "k=FIELD,…",
     QT_TRANSLATE_NOOP("ImportCommand",
                       "Fields for parcel attributes: role=FIELD,… with roles code, name, land_use, "
                       "ecosystem, chain, land_mu, energy_tce, finance_wan, enterprise, status, notes "
                       "(FIELD \"none\" switches a proposal off).")},
};

void ImportCommand::setup(QCommandLineParser &parser)
{
    addCommonImportOptions(parser);
    addOptions(parser, "ImportCommand", kOptions);
}

} // namespace zhili::cli
