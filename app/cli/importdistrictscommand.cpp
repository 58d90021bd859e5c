#include "cli/importdistrictscommand.h"

#include "cli/importprogress.h"
#include "cli/passwordinput.h"
#include "edit/user.h"
#include "io/districtimporter.h"

#include <QCoreApplication>

namespace zhili::cli {

int ImportDistrictsCommand::run(QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        throw UsageError(pos.isEmpty()
                             ? QCoreApplication::translate("ImportDistrictsCommand", "missing FILE to import")
                             : QCoreApplication::translate("ImportDistrictsCommand", "one FILE at a time"));
    ImportOptions o;
    o.source = pos[0];
    o.layer = parser.value(QStringLiteral("layer"));
    o.encoding = parser.value(QStringLiteral("encoding"));
    o.crs = parser.value(QStringLiteral("crs"));
    o.user = parser.value(QStringLiteral("user"));
    o.password = [](const User &u) { return PasswordInput::forUser(u.name); };
    const QString cache = requiredOption(parser, QStringLiteral("cache"));
    ImportProgressBar bar(!parser.isSet(QStringLiteral("quiet")));
    const ImportReport report =
        DistrictImporter::runOnFile(cache, o, parser.value(QStringLiteral("name-field")), bar.task());
    bar.finish();
    printImportReport(parser, report);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ImportDistrictsCommand context.
const OptionSpec kOptions[] = {
    {"name-field", "FIELD",
     QT_TRANSLATE_NOOP("ImportDistrictsCommand", "Field holding the district name; default XZQMC, "
                                                 "NAME, name, the Chinese field names for it …")},
};

void ImportDistrictsCommand::setup(QCommandLineParser &parser)
{
    addCommonImportOptions(parser);
    addOptions(parser, "ImportDistrictsCommand", kOptions);
}

} // namespace zhili::cli
