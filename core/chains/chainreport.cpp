#include "chains/chainreport.h"

#include "cache/chainactivitystore.h"
#include "cache/chainfactsquery.h"
#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "model/ecosystem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace zhili {

namespace {

const QStringList &columns()
{
    static const QStringList c = {
        QStringLiteral("ecosystem"),     QStringLiteral("chain"),      QStringLiteral("leader"),
        QStringLiteral("team"),          QStringLiteral("links"),      QStringLiteral("links_covered"),
        QStringLiteral("enterprises"),   QStringLiteral("parcels"),    QStringLiteral("mu"),
        QStringLiteral("events"),        QStringLiteral("projects"),   QStringLiteral("orders_wan"),
        QStringLiteral("financing_wan"), QStringLiteral("open_issues")};
    return c;
}

QStringList cells(const ChainReportRow &r)
{
    const auto n = [](double v) { return QString::number(v, 'f', 2); };
    return {r.ecosystem,
            r.chain,
            r.leader,
            r.team,
            QString::number(r.links),
            QString::number(r.linksCovered),
            QString::number(r.enterprises),
            QString::number(r.parcels),
            n(r.mu),
            QString::number(r.events),
            QString::number(r.projects),
            n(r.ordersWan),
            n(r.financingWan),
            QString::number(r.openIssues)};
}

QString csvCell(QString s)
{
    // Spreadsheets run cells that start like a formula: quote them as text.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QList<ChainReportRow> ChainReport::compute(GeoPackageCache &cache, int year)
{
    ChainStore chains(cache);
    ChainFactsQuery facts(cache.db());
    ChainActivityStore activity(cache);
    const QList<ChainEvent> events = activity.events(QString(), year);
    const QList<ChainIssue> open = activity.issues(QString(), true);
    QList<ChainReportRow> rows;
    for (const IndustrialChain &c : chains.chains()) {
        ChainReportRow r{c.ecosystem, c.name, c.leader, c.team, int(c.links.size())};
        const QHash<QString, QStringList> on = facts.enterprisesOnLinks(*chains.chainId(c.ecosystem, c.name));
        QStringList enterprises;
        for (const ChainLink &l : c.links) {
            if (!on.value(l.name).isEmpty())
                ++r.linksCovered;
            enterprises << on.value(l.name);
        }
        enterprises.removeDuplicates();
        r.enterprises = int(enterprises.size());
        QSet<qint64> seen;
        for (const ChainFactsQuery::EnterpriseParcel &p : facts.parcelsOf(enterprises, false))
            if (!seen.contains(p.fid)) {
                seen.insert(p.fid);
                ++r.parcels;
                r.mu += p.areaMu;
            }
        for (const ChainEvent &e : events)
            if (e.ecosystem == c.ecosystem && e.chain == c.name) {
                ++r.events;
                r.projects += e.projects;
                r.ordersWan += e.ordersWan;
                r.financingWan += e.financingWan;
            }
        for (const ChainIssue &i : open)
            if (i.ecosystem == c.ecosystem && i.chain == c.name)
                ++r.openIssues;
        rows << r;
    }
    return rows;
}

QByteArray ChainReport::csv(const QList<ChainReportRow> &rows)
{
    QString text = columns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ChainReportRow &r : rows) {
        QStringList out;
        for (const QString &c : cells(r))
            out << csvCell(c);
        text += out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray ChainReport::json(const QList<ChainReportRow> &rows, int year)
{
    QJsonArray a;
    for (const ChainReportRow &r : rows) {
        QJsonObject o;
        const QStringList c = cells(r);
        for (int i = 0; i < columns().size(); ++i)
            o[columns()[i]] = i >= 4 ? QJsonValue(c[i].toDouble()) : QJsonValue(c[i]);
        a.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("chains"), a}})
        .toJson(QJsonDocument::Indented);
}

QByteArray ChainReport::markdown(const QList<ChainReportRow> &rows, int year)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ChainReport", text); };
    const bool zh = QLocale().language() == QLocale::Chinese;
    QString md = tr("# Industrial chains %1").arg(year) + QStringLiteral("\n\n| ") +
                 QStringList{tr("Ecosystem"),
                             tr("Chain"),
                             tr("Chain leader"),
                             tr("Links covered"),
                             tr("Enterprises"),
                             tr("Parcels"),
                             tr("Mu"),
                             tr("Events"),
                             tr("Projects"),
                             tr("Orders (10k yuan)"),
                             tr("Financing (10k yuan)"),
                             tr("Open blockages")}
                     .join(QStringLiteral(" | ")) +
                 QStringLiteral(" |\n|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    const auto cell = [](QString s) { return s.replace(QLatin1Char('|'), QLatin1Char('/')); };
    for (const ChainReportRow &r : rows) {
        const Ecosystem *e = findEcosystem(r.ecosystem);
        md += QStringLiteral("| %1 | %2 | %3 | %4/%5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 |\n")
                  .arg(e ? (zh ? e->nameZh : e->nameEn) : r.ecosystem, cell(r.chain), cell(r.leader))
                  .arg(r.linksCovered)
                  .arg(r.links)
                  .arg(r.enterprises)
                  .arg(r.parcels)
                  .arg(r.mu, 0, 'f', 1)
                  .arg(r.events)
                  .arg(r.projects)
                  .arg(r.ordersWan, 0, 'f', 1)
                  .arg(r.financingWan, 0, 'f', 1)
                  .arg(r.openIssues);
    }
    return md.toUtf8();
}

} // namespace zhili
