#include "indicators/enterpriseimporter.h"

#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "indicators/csvimportsteps.h"
#include "io/csvrowchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace zhili {

EnterpriseImporter::EnterpriseImporter(GeoPackageCache &cache) : m_cache(cache) {}

const QStringList &EnterpriseImporter::figureColumns()
{
    static const QStringList c = {QStringLiteral("tax_wan"),    QStringLiteral("value_added_wan"),
                                  QStringLiteral("energy_tce"), QStringLiteral("employees"),
                                  QStringLiteral("rd_wan"),     QStringLiteral("revenue_wan"),
                                  QStringLiteral("emissions_t")};
    return c;
}

namespace {

using ParcelsByCode = QHash<QString, QList<std::pair<QString, QString>>>; // code → [(district, uuid)]

// Read once, rather than one query per code.
ParcelsByCode parcelsByCode(SqliteDatabase &db)
{
    ParcelsByCode parcels;
    auto st = db.prepare(QStringLiteral("SELECT code, district, uuid FROM parcels"));
    while (st.step())
        parcels[st.text(0)].append({st.text(1), st.text(2)});
    return parcels;
}

// One item of the parcels cell: a code, or district:code when the code is used in several districts.
void linkParcel(CsvRowChecker &csv, const ParcelsByCode &parcels, const QString &item, Enterprise &e)
{
    QString code = item;
    QString district;
    if (!parcels.contains(item)) {
        const int colon = int(item.indexOf(QRegularExpression(QStringLiteral("[:：]"))));
        if (colon > 0) {
            district = item.left(colon).trimmed();
            code = item.mid(colon + 1).trimmed();
        }
    }
    QList<std::pair<QString, QString>> matches = parcels.value(code);
    if (!district.isEmpty())
        matches.removeIf([&](const std::pair<QString, QString> &m) { return m.first != district; });
    if (matches.isEmpty()) {
        csv.bad(QStringLiteral("parcels"), item,
                QCoreApplication::translate("EnterpriseImporter", "no parcel with this code in the cache"));
    } else if (matches.size() > 1) {
        QStringList ds;
        for (const auto &m : matches)
            ds << m.first;
        csv.bad(QStringLiteral("parcels"), item,
                QCoreApplication::translate("EnterpriseImporter",
                                            "the code is used in %1: write district:code, e.g. %2:%3")
                    .arg(ds.join(QStringLiteral("、")), ds.first(), code));
    } else if (!e.parcelUuids.contains(matches.first().second)) {
        e.parcelUuids.append(matches.first().second);
    }
}

void readFigures(CsvRowChecker &csv, Enterprise &e)
{
    const std::array<std::optional<double> *, 7> targets = {
        &e.taxWan, &e.valueAddedWan, &e.energyTce, &e.employees, &e.rdWan, &e.revenueWan, &e.emissionsT};
    for (int i = 0; i < EnterpriseImporter::figureColumns().size(); ++i) {
        const QString &c = EnterpriseImporter::figureColumns().at(i);
        const QString text = csv.cell(c);
        if (!csv.hasColumn(c) || text.isEmpty())
            continue;
        QString why;
        // Headcount: at most 10 million people; money, energy and emissions: CsvTable::kMaxNumber.
        const double max = c == QLatin1String("employees") ? 1e7 : CsvTable::kMaxNumber;
        if (auto v = CsvTable::nonNegativeNumber(text, &why, max))
            *targets[i] = *v;
        else
            csv.bad(c, why);
    }
}

const QStringList &chainColumns()
{
    static const QStringList c = {QStringLiteral("chain"), QStringLiteral("link")};
    return c;
}

/// The chains' links by chain name (a name in two ecosystems maps to several chains).
using ChainsByName = QHash<QString, QList<IndustrialChain>>;

// The optional chain and link cells: the links (`;`-separated) of one chain this enterprise sits on.
std::optional<ChainLinksOf> readChainLinks(CsvRowChecker &csv, const ChainsByName &chains)
{
    static const QRegularExpression separators(QStringLiteral("[;；]"));
    const QString chainName = csv.cell(QStringLiteral("chain"));
    const QStringList links = csv.cell(QStringLiteral("link")).split(separators, Qt::SkipEmptyParts);
    if (chainName.isEmpty() && links.isEmpty())
        return std::nullopt;
    const QList<IndustrialChain> matches = chains.value(chainName);
    if (matches.size() != 1) {
        csv.bad(QStringLiteral("chain"),
                matches.isEmpty()
                    ? QCoreApplication::translate("EnterpriseImporter",
                                                  "unknown chain; import the chains first (zhili-cli chains "
                                                  "import), or leave chain and link empty")
                    : QCoreApplication::translate(
                          "EnterpriseImporter", "several ecosystems have a chain of this name; rename one"));
        return std::nullopt;
    }
    QStringList keys;
    for (QString link : links) {
        link = link.trimmed();
        if (link.isEmpty())
            continue;
        if (!matches[0].link(link)) {
            QStringList names;
            for (const ChainLink &l : matches[0].links)
                names << l.name;
            csv.bad(
                QStringLiteral("link"), link,
                QCoreApplication::translate("EnterpriseImporter", "chain %1 has no such link; its links: %2")
                    .arg(chainName, names.join(QStringLiteral("、"))));
        }
        keys << link;
    }
    if (keys.isEmpty())
        csv.bad(QStringLiteral("link"),
                QCoreApplication::translate("EnterpriseImporter",
                                            "give the links of chain %1 this enterprise "
                                            "sits on (;-separated)")
                    .arg(chainName));
    return ChainLinksOf{matches[0].ecosystem, chainName, keys};
}

EnterpriseImporter::Row readEnterprise(CsvRowChecker &csv, const ParcelsByCode &parcels,
                                       const ChainsByName &chains)
{
    static const QRegularExpression separators(QStringLiteral("[;；]"));
    EnterpriseImporter::Row row;
    row.chainLinks = readChainLinks(csv, chains);
    Enterprise &e = row.enterprise;
    e.name = csv.cell(QStringLiteral("name"));
    if (e.name.isEmpty())
        csv.bad(QStringLiteral("name"),
                QCoreApplication::translate("EnterpriseImporter", "the name is empty"));
    QString reason;
    if (auto y = CsvTable::year(csv.cell(QStringLiteral("year")), &reason))
        e.year = *y;
    else
        csv.bad(QStringLiteral("year"), reason);
    for (QString item : csv.cell(QStringLiteral("parcels")).split(separators, Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (!item.isEmpty())
            linkParcel(csv, parcels, item, e);
    }
    readFigures(csv, e);
    return row;
}

} // namespace

QList<EnterpriseImporter::Row> EnterpriseImporter::readRows(const QString &path, QString *encoding)
{
    const QStringList required = {QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("parcels")};
    CsvRowChecker csv(
        path, {required, figureColumns() + chainColumns(),
               QCoreApplication::translate("EnterpriseImporter",
                                           "required column missing; the header is name,year,parcels,%1")
                   .arg(figureColumns().join(QLatin1Char(',')))});
    if (encoding)
        *encoding = csv.encoding();
    const ParcelsByCode parcels = parcelsByCode(m_cache.db());
    ChainsByName chains;
    if (csv.hasColumn(QStringLiteral("chain")) || csv.hasColumn(QStringLiteral("link")))
        for (const IndustrialChain &c : ChainStore(m_cache).chains())
            chains[c.name].append(c);
    return csv.rows<Row>(
        [&] { return readEnterprise(csv, parcels, chains); },
        [](const Row &r) { return QStringLiteral("%1|%2").arg(r.enterprise.year).arg(r.enterprise.name); },
        [](const Row &r, int firstLine) {
            return CsvProblem{0, QStringLiteral("name"), r.enterprise.name,
                              QCoreApplication::translate("EnterpriseImporter",
                                                          "duplicate of line %2 (same name and year %1)")
                                  .arg(r.enterprise.year)
                                  .arg(firstLine)};
        });
}

QList<Enterprise> EnterpriseImporter::read(const QString &path, QString *encoding)
{
    QList<Enterprise> out;
    for (const Row &r : readRows(path, encoding))
        out << r.enterprise;
    return out;
}

EnterpriseImportResult EnterpriseImporter::import(const User &user, const QString &path)
{
    EnterpriseImportResult result;
    const QList<Row> rows = importCsvRows<Row>(
        m_cache, user, QStringLiteral("enterprise"), path, result,
        [this](const QString &p, QString *encoding) { return readRows(p, encoding); },
        [&](IndicatorStore &store, const QList<Row> &list) {
            QList<Enterprise> enterprises;
            for (const Row &r : list)
                enterprises << r.enterprise;
            const WriteSummary written = store.saveEnterprises(user, enterprises, QStringLiteral("import"));
            // Chain links are the enterprise's whatever the year: the last row that gives them wins.
            ChainStore chains(m_cache);
            for (const Row &r : list)
                if (r.chainLinks)
                    chains.setEnterpriseLinks(r.enterprise.name, *r.chainLinks);
            return written;
        });
    for (const Row &r : rows)
        if (r.enterprise.parcelUuids.isEmpty())
            ++result.renting;
    return result;
}

} // namespace zhili
