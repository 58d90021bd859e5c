#include "cli/enterprisescommand.h"

#include "cache/geopackagecache.h"
#include "cli/indicatorclisupport.h"
#include "indicators/enterpriseimporter.h"

#include <QCoreApplication>

namespace zhili::cli {

using namespace indicatorcli;

int EnterprisesCommand::run(QCommandLineParser &parser)
{
    verb(parser, {QStringLiteral("import")});
    const EnterpriseImportResult r =
        importAsActingUser<EnterpriseImporter>(parser, QStringLiteral("enterprises"));
    out() << QCoreApplication::translate(
                 "EnterprisesCommand",
                 "imported %1 (%2): %3 enterprises (%4 renting) — %5 inserted, %6 updated, %7 unchanged\n")
                 .arg(r.file, r.encoding)
                 .arg(r.rows)
                 .arg(r.renting)
                 .arg(r.written.inserted)
                 .arg(r.written.updated)
                 .arg(r.written.unchanged);
    return Ok;
}

void EnterprisesCommand::setup(QCommandLineParser &parser)
{
    addVerbCacheAndUser(parser, QCoreApplication::translate("EnterprisesCommand", "import FILE.csv"));
}

} // namespace zhili::cli
