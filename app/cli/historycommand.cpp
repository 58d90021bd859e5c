#include "cli/historycommand.h"

#include "cache/geopackagecache.h"
#include "edit/assignmentdisplay.h"
#include "edit/auditlog.h"
#include "edit/role.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

int HistoryCommand::run(QCommandLineParser &parser)
{
    auto cache = openCache(parser, true);
    const Parcel p = requireParcel(*cache, parser);
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            throw UsageError(
                QCoreApplication::translate("HistoryCommand", "--limit must be a whole number ≥ 0"));
    }
    const QList<AuditEntry> rows = AuditLog(*cache).historyForParcel(p.uuid, limit);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const AuditEntry &e : rows)
            arr.append(AuditLog::toJson(e));
        QJsonObject o{{QStringLiteral("code"), p.code},
                      {QStringLiteral("district"), p.district},
                      {QStringLiteral("uuid"), p.uuid},
                      {QStringLiteral("revision"), p.revision},
                      {QStringLiteral("history"), arr}};
        printJson(o);
        return Ok;
    }
    out() << QCoreApplication::translate("HistoryCommand",
                                         "parcel %1 (%2)  uuid %3  revision %4 — %5 entries, newest first\n")
                 .arg(p.code, p.district, p.uuid)
                 .arg(p.revision)
                 .arg(rows.size());
    // Fields and values as people say them, in the CLI's language, as the window's history shows them;
    // --json keeps the stored keys.
    for (const AuditEntry &e : rows) {
        const std::optional<Role> role = roleFromString(e.role);
        QString line = QStringLiteral("%1  %2 (%3)  %4")
                           .arg(e.at, e.user.isEmpty() ? QStringLiteral("?") : e.user,
                                role ? roleDisplayName(*role) : e.role, AssignmentDisplay::action(e.action));
        if (!e.field.isEmpty())
            line += QStringLiteral("  ") + AssignmentDisplay::change(e.field, e.oldValue, e.newValue);
        if (!e.accepted)
            line += QCoreApplication::translate("HistoryCommand", "  [REFUSED] ") + e.message;
        else if (!e.message.isEmpty())
            line += QStringLiteral("  — ") + e.message;
        out() << line << '\n';
    }
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the HistoryCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::Parcel},
    {CommonOption::ParcelDistrict},
    {"limit", "N", QT_TRANSLATE_NOOP("HistoryCommand", "At most N rows (newest first).")},
    {CommonOption::Json},
};

void HistoryCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "HistoryCommand", kOptions);
}

} // namespace zhili::cli
