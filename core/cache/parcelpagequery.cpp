#include "cache/parcelpagequery.h"

#include "cache/parceltotalstable.h"
#include "cache/sqlitedatabase.h"

#include <QAtomicInt>
#include <algorithm>

namespace zhili {

namespace {

// Columns read for a row: everything shown, never the geometry.
const char *const kRowColumns = "fid, code, name, district, land_use, area_mu, area_ha, ecosystem, chain, "
                                "land_mu, energy_tce, finance_wan, status, enterprise";
constexpr int kKeyColumn = 14; // the sort key follows the row columns

QAtomicInt g_tableCounter;

} // namespace

ParcelPageQuery::ParcelPageQuery(SqliteDatabase &db) : m_db(db)
{
    m_selectionTable = QStringLiteral("zhili_table_selection_%1").arg(g_tableCounter.fetchAndAddRelaxed(1));
}

void ParcelPageQuery::setOrder(SortField field, bool ascending)
{
    m_sort = field;
    m_ascending = ascending;
}

void ParcelPageQuery::setSelectedFids(const QSet<qint64> &fids)
{
    m_db.exec(
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (fid INTEGER PRIMARY KEY)").arg(m_selectionTable));
    const bool ownTransaction = !m_db.inTransaction();
    if (ownTransaction)
        m_db.exec(QStringLiteral("SAVEPOINT zhili_table_selection"));
    try {
        m_db.exec(QStringLiteral("DELETE FROM temp.%1").arg(m_selectionTable));
        auto ins = m_db.prepare(QStringLiteral("INSERT INTO temp.%1 (fid) VALUES (?)").arg(m_selectionTable));
        for (qint64 fid : fids) {
            ins.bind(1, fid);
            ins.run();
        }
    } catch (...) {
        if (ownTransaction)
            m_db.exec(QStringLiteral("ROLLBACK TO zhili_table_selection; RELEASE zhili_table_selection"));
        throw;
    }
    if (ownTransaction)
        m_db.exec(QStringLiteral("RELEASE zhili_table_selection"));
}

QString ParcelPageQuery::sortExpression() const
{
    // Never NULL, so keyset comparisons work.
    switch (m_sort) {
    case SortField::Code:
        return QStringLiteral("code");
    case SortField::Name:
        return QStringLiteral("IFNULL(name, '')");
    case SortField::District:
        return QStringLiteral("district");
    case SortField::LandUse:
        return QStringLiteral("IFNULL(land_use, '')");
    case SortField::Area:
        return QStringLiteral("area_m2");
    case SortField::Ecosystem:
        return QStringLiteral("IFNULL(ecosystem, '')");
    case SortField::Chain:
        return QStringLiteral("IFNULL(chain, '')");
    case SortField::LandMu:
        return QStringLiteral("land_mu");
    case SortField::EnergyTce:
        return QStringLiteral("energy_tce");
    case SortField::FinanceWan:
        return QStringLiteral("finance_wan");
    case SortField::Status:
        return QStringLiteral("IFNULL(status, '')");
    case SortField::Enterprise:
        return QStringLiteral("IFNULL(enterprise, '')");
    case SortField::Storage:
        break;
    }
    return QString();
}

QString ParcelPageQuery::whereSql() const
{
    QString where = QStringLiteral("(%1)").arg(m_filter.whereClause());
    if (m_selectedOnly)
        where += QStringLiteral(" AND fid IN (SELECT fid FROM temp.%1)").arg(m_selectionTable);
    return where;
}

QString ParcelPageQuery::orderSql(bool reversed) const
{
    const bool asc = m_ascending != reversed;
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString expr = sortExpression();
    if (expr.isEmpty())
        return QStringLiteral("fid %1").arg(dir);
    return QStringLiteral("%1 %2, fid %2").arg(expr, dir);
}

qint64 ParcelPageQuery::count()
{
    // Every parcel: the totals the triggers keep (a few rows) instead of a scan of a million.
    if (m_filter.isEmpty() && !m_selectedOnly && ParcelTotalsTable::exists(m_db))
        return m_db.scalar(QStringLiteral("SELECT coalesce(sum(parcels), 0) FROM zhili_parcel_totals"))
            .toLongLong();
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM parcels WHERE %1").arg(whereSql()));
    m_filter.bind(st, 1);
    return st.step() ? st.integer(0) : 0;
}

ParcelPageQuery::Page ParcelPageQuery::readPage(SqliteStatement &st, int limit)
{
    Page page;
    page.rows.reserve(limit);
    while (st.step()) {
        ++page.fetched;
        if (page.rows.size() == limit) {
            page.hasNext = true;
            page.next = Anchor{st.value(kKeyColumn), st.integer(0)};
            break;
        }
        Row r;
        st.read(0, r.fid, r.code, r.name, r.district, r.landUse, r.areaMu, r.areaHa, r.ecosystem, r.chain,
                r.landMu, r.energyTce, r.financeWan, r.status, r.enterprise);
        page.rows.append(r);
    }
    return page;
}

ParcelPageQuery::Page ParcelPageQuery::pageFrom(const Anchor *from, int limit)
{
    const QString expr = sortExpression();
    const QString keyExpr = expr.isEmpty() ? QStringLiteral("fid") : expr;
    // Read one row more than the page: its key is where the next page starts (keyset paging).
    QString keyCond;
    if (from)
        keyCond = expr.isEmpty()
                      ? QStringLiteral(" AND fid %1 ?").arg(m_ascending ? ">=" : "<=")
                      : QStringLiteral(" AND (%1, fid) %2 (?, ?)").arg(expr, m_ascending ? ">=" : "<=");
    auto st = m_db.prepare(QStringLiteral("SELECT %1, %2 FROM parcels WHERE %3%4 ORDER BY %5 LIMIT %6")
                               .arg(QLatin1String(kRowColumns), keyExpr, whereSql(), keyCond, orderSql())
                               .arg(limit + 1));
    int next = m_filter.bind(st, 1);
    if (from) {
        if (!expr.isEmpty())
            st.bind(next++, from->key);
        st.bind(next++, from->fid);
    }
    return readPage(st, limit);
}

ParcelPageQuery::Page ParcelPageQuery::pageAt(qint64 first, int limit, qint64 total)
{
    const QString expr = sortExpression();
    const QString keyExpr = expr.isEmpty() ? QStringLiteral("fid") : expr;
    // OFFSET reads only the key columns of the skipped rows. In the second half the rows are counted from
    // the end (reversed order), so the cost of OFFSET is at most half the table.
    QString sql;
    if (first > total / 2) {
        const qint64 lastWanted = std::min<qint64>(first + limit, total - 1);
        sql = QStringLiteral("SELECT %1, %2 FROM parcels WHERE fid IN (SELECT fid FROM parcels WHERE %3 "
                             "ORDER BY %4 LIMIT %5 OFFSET %6) ORDER BY %7")
                  .arg(QLatin1String(kRowColumns), keyExpr, whereSql(), orderSql(true))
                  .arg(std::max<qint64>(0, lastWanted - first + 1))
                  .arg(total - 1 - lastWanted)
                  .arg(orderSql());
    } else {
        sql = QStringLiteral("SELECT %1, %2 FROM parcels WHERE fid IN (SELECT fid FROM parcels WHERE %3 "
                             "ORDER BY %4 LIMIT %5 OFFSET %6) ORDER BY %4")
                  .arg(QLatin1String(kRowColumns), keyExpr, whereSql(), orderSql())
                  .arg(limit + 1)
                  .arg(first);
    }
    auto st = m_db.prepare(sql);
    m_filter.bind(st, 1);
    return readPage(st, limit);
}

QList<qint64> ParcelPageQuery::fids(qint64 first, int limit)
{
    QList<qint64> out;
    auto st = m_db.prepare(QStringLiteral("SELECT fid FROM parcels WHERE %1 ORDER BY %2 LIMIT %3 OFFSET %4")
                               .arg(whereSql(), orderSql())
                               .arg(limit)
                               .arg(first));
    m_filter.bind(st, 1);
    out.reserve(limit);
    while (st.step())
        out.append(st.integer(0));
    return out;
}

qint64 ParcelPageQuery::rowOf(qint64 fid)
{
    const QString expr = sortExpression();
    // Is it shown at all, and what is its sort key?
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM parcels WHERE %2 AND fid = ?")
                               .arg(expr.isEmpty() ? QStringLiteral("fid") : expr, whereSql()));
    int next = m_filter.bind(st, 1);
    st.bind(next, fid);
    if (!st.step())
        return -1;
    const QVariant key = st.value(0);
    const QString cond = expr.isEmpty()
                             ? QStringLiteral("fid %1 ?").arg(m_ascending ? "<" : ">")
                             : QStringLiteral("(%1, fid) %2 (?, ?)").arg(expr, m_ascending ? "<" : ">");
    auto count =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM parcels WHERE %1 AND %2").arg(whereSql(), cond));
    next = m_filter.bind(count, 1);
    if (!expr.isEmpty())
        count.bind(next++, key);
    count.bind(next, fid);
    return count.step() ? count.integer(0) : -1;
}

} // namespace zhili
