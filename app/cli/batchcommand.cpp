#include "cli/batchcommand.h"

#include "cache/geopackagecache.h"
#include "cli/actinguser.h"
#include "cli/gisstylerefresh.h"
#include "edit/batchassignment.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

namespace {

QJsonObject previewJson(const BatchPreview &pv, bool applied, qint64 revisionBase = 0)
{
    QJsonArray changes;
    for (const BatchChange &c : pv.changes) {
        QJsonObject fields;
        for (AssignmentField f : c.changedFields)
            fields[assignmentFieldKey(f)] =
                QJsonObject{{QStringLiteral("old"), assignmentFieldText(c.before, f)},
                            {QStringLiteral("new"), assignmentFieldText(c.after, f)}};
        changes.append(QJsonObject{{QStringLiteral("line"), c.line},
                                   {QStringLiteral("code"), c.code},
                                   {QStringLiteral("district"), c.district},
                                   {QStringLiteral("uuid"), c.uuid},
                                   {QStringLiteral("fields"), fields}});
    }
    QJsonArray problems;
    for (const BatchProblem &p : pv.problems)
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("kind"), BatchProblem::kindKey(p.kind)},
                                    {QStringLiteral("code"), p.code},
                                    {QStringLiteral("reason"), p.reason}});
    Q_UNUSED(revisionBase)
    return QJsonObject{{QStringLiteral("csv"), pv.csvPath},  {QStringLiteral("encoding"), pv.encoding},
                       {QStringLiteral("rows"), pv.rows},    {QStringLiteral("unchanged"), pv.unchangedRows},
                       {QStringLiteral("changes"), changes}, {QStringLiteral("problems"), problems},
                       {QStringLiteral("applied"), applied}};
}

} // namespace

int BatchCommand::run(QCommandLineParser &parser)
{
    const QString csv = requiredOption(parser, QStringLiteral("csv"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = parser.isSet(QStringLiteral("json"));
    auto cache = openCache(parser, dryRun);
    const User user = actingUser(*cache, parser);
    const BatchPreview pv = BatchAssignment::preview(*cache, user, csv);

    if (!pv.ok()) {
        if (json)
            printJson(previewJson(pv, false));
        else
            out() << pv.report();
        out().flush();
        QString message =
            QCoreApplication::translate("BatchCommand", "%2 bad rows in %1; nothing was changed")
                .arg(csv)
                .arg(pv.problems.size());
        if (!dryRun) {
            // apply() audits the rows the user had no right to edit, then refuses the whole file.
            try {
                BatchAssignment::apply(*cache, user, pv, parser.value(QStringLiteral("reason")));
            } catch (const Error &e) {
                message = e.message();
            }
        }
        err() << QStringLiteral("zhili-cli batch: %1\n").arg(message);
        return Failed;
    }
    if (dryRun) {
        if (json)
            printJson(previewJson(pv, false));
        else
            out() << pv.report()
                  << QCoreApplication::translate("BatchCommand", "(--dry-run: nothing written)\n");
        return Ok;
    }
    const EditRecord rec = BatchAssignment::apply(*cache, user, pv, parser.value(QStringLiteral("reason")));
    GisStyleRefresh::afterEdit(cache->path(), rec);
    if (json) {
        QJsonObject o = previewJson(pv, true);
        o[QStringLiteral("edit_id")] = rec.editId;
        printJson(o);
    } else {
        out() << pv.report()
              << QCoreApplication::translate("BatchCommand",
                                             "applied: %1 parcels changed by %2 in one transaction\n")
                     .arg(rec.changes.size())
                     .arg(user.label());
    }
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the BatchCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {"csv", "FILE",
     QT_TRANSLATE_NOOP("BatchCommand",
                       "CSV with a header: code[,district],ecosystem,chain,land_mu,energy_tce,"
                       "finance_wan,status,enterprise,notes (any subset; UTF-8 or GBK). Empty cell = "
                       "unchanged, \"-\" clears a text field.")},
    {CommonOption::User},
    {CommonOption::Reason},
    {"dry-run", Flag, QT_TRANSLATE_NOOP("BatchCommand", "Only print what would change.")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("BatchCommand", "Print the preview as JSON.")},
};

void BatchCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "BatchCommand", kOptions);
}

} // namespace zhili::cli
