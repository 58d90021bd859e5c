#include "desktop/parceltablemodel.h"

#include "desktop/translations.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "util/error.h"

#include <QAtomicInt>
#include <QBrush>
#include <QFont>
#include <algorithm>

namespace zhili {

namespace {

// Columns read for a row: everything shown, never the geometry.
const char *const kRowColumns = "fid, code, name, district, land_use, area_mu, area_ha, ecosystem, chain, "
                                "land_mu, energy_tce, finance_wan, status, enterprise";

QAtomicInt g_tableCounter;

QString formatNumber(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

ParcelTableModel::ParcelTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_selectionTable = QStringLiteral("zhili_table_selection_%1").arg(g_tableCounter.fetchAndAddRelaxed(1));
}

ParcelTableModel::~ParcelTableModel() = default;

void ParcelTableModel::setCache(GeoPackageCache *cache)
{
    beginResetModel();
    m_cache = cache;
    clearPages();
    m_ecosystemNames.clear();
    m_ecosystemColors.clear();
    if (m_cache) {
        loadEcosystems();
        syncSelectionTable();
    }
    recount();
    endResetModel();
    emit rowCountChanged(m_rowCount);
}

void ParcelTableModel::loadEcosystems()
{
    const bool zh = Translations::isChinese();
    for (const zhili::Ecosystem &e : m_cache->ecosystems()) {
        m_ecosystemNames.insert(e.key, zh ? e.nameZh : e.nameEn);
        m_ecosystemColors.insert(e.key, QColor(e.color));
    }
}

void ParcelTableModel::setFilter(const ParcelFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ParcelTableModel::setSelectedFids(const QSet<qint64> &fids)
{
    if (fids == m_selected)
        return;
    m_selected = fids;
    if (m_selectedOnly) {
        syncSelectionTable();
        refresh();
    } else if (m_rowCount > 0) {
        // Only the highlight changes; views repaint what they show.
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::FontRole, SelectedRole});
    }
}

void ParcelTableModel::setSelectedOnly(bool on)
{
    if (on == m_selectedOnly)
        return;
    m_selectedOnly = on;
    syncSelectionTable();
    refresh();
}

void ParcelTableModel::syncSelectionTable()
{
    if (!m_cache || !m_selectedOnly)
        return;
    // A temp table instead of "fid IN (?, ?, …)": a map selection can exceed SQLite's bound-variable limit.
    try {
        writeSelectionTable();
    } catch (const Error &e) {
        m_lastError = e.message();
        qWarning("ParcelTableModel: %s", qPrintable(e.message()));
    }
}

void ParcelTableModel::writeSelectionTable()
{
    SqliteDatabase &db = m_cache->db();
    db.exec(
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (fid INTEGER PRIMARY KEY)").arg(m_selectionTable));
    const bool ownTransaction = !db.inTransaction();
    if (ownTransaction)
        db.exec(QStringLiteral("SAVEPOINT zhili_table_selection"));
    try {
        db.exec(QStringLiteral("DELETE FROM temp.%1").arg(m_selectionTable));
        auto ins = db.prepare(QStringLiteral("INSERT INTO temp.%1 (fid) VALUES (?)").arg(m_selectionTable));
        for (qint64 fid : m_selected) {
            ins.bind(1, fid);
            ins.run();
        }
    } catch (...) {
        if (ownTransaction)
            db.exec(QStringLiteral("ROLLBACK TO zhili_table_selection; RELEASE zhili_table_selection"));
        throw;
    }
    if (ownTransaction)
        db.exec(QStringLiteral("RELEASE zhili_table_selection"));
}

QString ParcelTableModel::whereSql() const
{
    QString where = QStringLiteral("(%1)").arg(m_filter.whereClause());
    if (m_selectedOnly)
        where += QStringLiteral(" AND fid IN (SELECT fid FROM temp.%1)").arg(m_selectionTable);
    return where;
}

int ParcelTableModel::bindWhere(SqliteStatement &st) const
{
    return m_filter.bind(st, 1);
}

QString ParcelTableModel::sortExpression(int column)
{
    switch (column) {
    case Code:
        return QStringLiteral("code");
    case Name:
        return QStringLiteral("IFNULL(name, '')");
    case District:
        return QStringLiteral("district");
    case LandUse:
        return QStringLiteral("IFNULL(land_use, '')");
    case AreaMu:
    case AreaHa:
        return QStringLiteral("area_m2");
    case Ecosystem:
        return QStringLiteral("IFNULL(ecosystem, '')");
    case Chain:
        return QStringLiteral("IFNULL(chain, '')");
    case LandMu:
        return QStringLiteral("land_mu");
    case EnergyTce:
        return QStringLiteral("energy_tce");
    case FinanceWan:
        return QStringLiteral("finance_wan");
    case Status:
        return QStringLiteral("IFNULL(status, '')");
    case Enterprise:
        return QStringLiteral("IFNULL(enterprise, '')");
    default:
        return QString();
    }
}

QString ParcelTableModel::orderSql(bool reversed) const
{
    const bool asc = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString expr = sortExpression(m_sortColumn);
    if (expr.isEmpty())
        return QStringLiteral("fid %1").arg(dir);
    return QStringLiteral("%1 %2, fid %2").arg(expr, dir);
}

void ParcelTableModel::recount()
{
    m_rowCount = 0;
    if (!m_cache)
        return;
    // Qt calls models from paint events and slots: an exception must not escape into the event loop.
    try {
        auto st =
            m_cache->db().prepare(QStringLiteral("SELECT count(*) FROM parcels WHERE %1").arg(whereSql()));
        bindWhere(st);
        if (st.step())
            m_rowCount = int(std::min<qint64>(st.integer(0), std::numeric_limits<int>::max()));
        m_lastError.clear();
    } catch (const Error &e) {
        m_lastError = e.message();
        qWarning("ParcelTableModel: %s", qPrintable(e.message()));
    }
}

void ParcelTableModel::clearPages()
{
    m_pages.clear();
    m_anchors.clear();
}

void ParcelTableModel::refresh()
{
    beginResetModel();
    clearPages();
    recount();
    endResetModel();
    emit rowCountChanged(m_rowCount);
}

void ParcelTableModel::invalidateFids(const QList<qint64> &fids)
{
    if (!m_cache || fids.isEmpty())
        return;
    const int before = m_rowCount;
    recount();
    // An edit can move parcels in or out of the filter, or to another place in the order: then row numbers
    // are no longer valid and the views must start over. Otherwise only the pages holding them are stale.
    const bool orderMayMove = m_sortColumn >= Ecosystem && m_sortColumn != AreaMu && m_sortColumn != AreaHa;
    if (before != m_rowCount || orderMayMove) {
        beginResetModel();
        clearPages();
        endResetModel();
        emit rowCountChanged(m_rowCount);
        return;
    }
    const QSet<qint64> changed(fids.cbegin(), fids.cend());
    QList<int> stale;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (const Row &r : it.value().rows)
            if (changed.contains(r.fid)) {
                stale.append(it.key());
                break;
            }
    for (int p : stale) {
        m_pages.remove(p);
        const int first = p * kPageSize;
        const int last = std::min(m_rowCount - 1, first + kPageSize - 1);
        if (first <= last)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

int ParcelTableModel::rowsInMemory() const
{
    int n = 0;
    for (const Page &p : m_pages)
        n += int(p.rows.size());
    return n;
}

const ParcelTableModel::Page *ParcelTableModel::page(int index) const
{
    auto it = m_pages.find(index);
    if (it == m_pages.end()) {
        try {
            loadPage(index);
        } catch (const Error &e) {
            // E.g. the cache is busy with another writer: show empty cells, try again on the next paint.
            m_lastError = e.message();
            qWarning("ParcelTableModel: %s", qPrintable(e.message()));
            return nullptr;
        }
        it = m_pages.find(index);
        if (it == m_pages.end())
            return nullptr;
    }
    it->lastUsed = ++m_useCounter;
    return &it.value();
}

void ParcelTableModel::loadPage(int index) const
{
    if (!m_cache)
        return;
    SqliteDatabase &db = m_cache->db();
    const QString expr = sortExpression(m_sortColumn);
    const QString keyExpr = expr.isEmpty() ? QStringLiteral("fid") : expr;
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    // Read one row more than the page: its key is where the next page starts (keyset paging).
    QString sql;
    Anchor anchor;
    const bool haveAnchor = index == 0 || m_anchors.contains(index);
    if (index > 0 && haveAnchor)
        anchor = m_anchors.value(index);
    if (haveAnchor) {
        QString keyCond;
        if (index > 0)
            keyCond = expr.isEmpty()
                          ? QStringLiteral(" AND fid %1 ?").arg(asc ? ">=" : "<=")
                          : QStringLiteral(" AND (%1, fid) %2 (?, ?)").arg(expr, asc ? ">=" : "<=");
        sql = QStringLiteral("SELECT %1, %2 FROM parcels WHERE %3%4 ORDER BY %5 LIMIT %6")
                  .arg(QLatin1String(kRowColumns), keyExpr, whereSql(), keyCond, orderSql())
                  .arg(kPageSize + 1);
    } else {
        // A jump (scroll bar dragged far away): OFFSET, reading only the key columns of the skipped rows. In
        // the second half the rows are counted from the end (reversed order), so the cost of OFFSET is at
        // most half the table — jumping to the last row is as cheap as to the first.
        const qint64 first = qint64(index) * kPageSize;
        if (first > m_rowCount / 2) {
            const qint64 lastWanted = std::min<qint64>(first + kPageSize, m_rowCount - 1);
            sql = QStringLiteral("SELECT %1, %2 FROM parcels WHERE fid IN (SELECT fid FROM parcels WHERE %3 "
                                 "ORDER BY %4 LIMIT %5 OFFSET %6) ORDER BY %7")
                      .arg(QLatin1String(kRowColumns), keyExpr, whereSql(), orderSql(true))
                      .arg(std::max<qint64>(0, lastWanted - first + 1))
                      .arg(m_rowCount - 1 - lastWanted)
                      .arg(orderSql());
        } else {
            sql = QStringLiteral("SELECT %1, %2 FROM parcels WHERE fid IN (SELECT fid FROM parcels WHERE %3 "
                                 "ORDER BY %4 LIMIT %5 OFFSET %6) ORDER BY %4")
                      .arg(QLatin1String(kRowColumns), keyExpr, whereSql(), orderSql())
                      .arg(kPageSize + 1)
                      .arg(first);
        }
    }
    auto st = db.prepare(sql);
    int next = bindWhere(st);
    if (haveAnchor && index > 0) {
        if (!expr.isEmpty())
            st.bind(next++, anchor.key);
        st.bind(next++, anchor.fid);
    }

    Page page;
    page.rows.reserve(kPageSize);
    while (st.step()) {
        ++m_rowsFetched;
        if (page.rows.size() == kPageSize) {
            m_anchors.insert(index + 1, Anchor{st.value(14), st.integer(0)});
            break;
        }
        Row r;
        r.fid = st.integer(0);
        r.code = st.text(1);
        r.name = st.text(2);
        r.district = st.text(3);
        r.landUse = st.text(4);
        r.areaMu = st.real(5);
        r.areaHa = st.real(6);
        r.ecosystem = st.text(7);
        r.chain = st.text(8);
        r.landMu = st.real(9);
        r.energyTce = st.real(10);
        r.financeWan = st.real(11);
        r.status = st.text(12);
        r.enterprise = st.text(13);
        page.rows.append(r);
    }

    // Keep the LRU small: drop the least recently used page.
    while (m_pages.size() >= kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        m_pages.erase(oldest);
    }
    m_pages.insert(index, std::move(page));
}

const ParcelTableModel::Row *ParcelTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const Page *p = page(row / kPageSize);
    if (!p)
        return nullptr;
    const int i = row % kPageSize;
    return i < p->rows.size() ? &p->rows.at(i) : nullptr;
}

qint64 ParcelTableModel::fidAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->fid : 0;
}

QList<qint64> ParcelTableModel::fidsInRows(int first, int last) const
{
    try {
        return fidsInRowsUnguarded(first, last);
    } catch (const Error &e) {
        m_lastError = e.message();
        qWarning("ParcelTableModel: %s", qPrintable(e.message()));
        return {};
    }
}

QList<qint64> ParcelTableModel::fidsInRowsUnguarded(int first, int last) const
{
    QList<qint64> fids;
    first = std::max(first, 0);
    last = std::min(last, m_rowCount - 1);
    if (!m_cache || first > last)
        return fids;
    // Few rows: from the pages; many: one query that reads only fids.
    if (last - first < kPageSize) {
        for (int row = first; row <= last; ++row)
            fids.append(fidAt(row));
        return fids;
    }
    auto st = m_cache->db().prepare(QStringLiteral("SELECT fid FROM parcels WHERE %1 ORDER BY %2 LIMIT %3 "
                                                   "OFFSET %4")
                                        .arg(whereSql(), orderSql())
                                        .arg(last - first + 1)
                                        .arg(first));
    bindWhere(st);
    fids.reserve(last - first + 1);
    while (st.step())
        fids.append(st.integer(0));
    return fids;
}

int ParcelTableModel::rowOfFid(qint64 fid) const
{
    try {
        return rowOfFidUnguarded(fid);
    } catch (const Error &e) {
        m_lastError = e.message();
        qWarning("ParcelTableModel: %s", qPrintable(e.message()));
        return -1;
    }
}

int ParcelTableModel::rowOfFidUnguarded(qint64 fid) const
{
    if (!m_cache)
        return -1;
    const QString expr = sortExpression(m_sortColumn);
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    // Is it shown at all, and what is its sort key?
    auto st = m_cache->db().prepare(QStringLiteral("SELECT %1 FROM parcels WHERE %2 AND fid = ?")
                                        .arg(expr.isEmpty() ? QStringLiteral("fid") : expr, whereSql()));
    int next = bindWhere(st);
    st.bind(next, fid);
    if (!st.step())
        return -1;
    const QVariant key = st.value(0);
    QString cond;
    if (expr.isEmpty())
        cond = QStringLiteral("fid %1 ?").arg(asc ? "<" : ">");
    else
        cond = QStringLiteral("(%1, fid) %2 (?, ?)").arg(expr, asc ? "<" : ">");
    auto count = m_cache->db().prepare(
        QStringLiteral("SELECT count(*) FROM parcels WHERE %1 AND %2").arg(whereSql(), cond));
    next = bindWhere(count);
    if (!expr.isEmpty())
        count.bind(next++, key);
    count.bind(next, fid);
    return count.step() ? int(count.integer(0)) : -1;
}

int ParcelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ParcelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParcelTableModel::displayValue(const Row &r, int column) const
{
    switch (column) {
    case Code:
        return r.code;
    case Name:
        return r.name;
    case District:
        return r.district;
    case LandUse:
        return r.landUse;
    case AreaMu:
        return formatNumber(r.areaMu, 2);
    case AreaHa:
        return formatNumber(r.areaHa, 4);
    case Ecosystem:
        if (r.ecosystem.isEmpty())
            return tr("Unassigned");
        return m_ecosystemNames.value(r.ecosystem, r.ecosystem);
    case Chain:
        return r.chain;
    case LandMu:
        return formatNumber(r.landMu, 2);
    case EnergyTce:
        return formatNumber(r.energyTce, 1);
    case FinanceWan:
        return formatNumber(r.financeWan, 1);
    case Status: {
        if (r.status.isEmpty())
            return QString();
        const ParcelStatus *s = findParcelStatus(r.status);
        return s ? (Translations::isChinese() ? s->nameZh : s->nameEn) : r.status;
    }
    case Enterprise:
        return r.enterprise;
    default:
        return {};
    }
}

QVariant ParcelTableModel::rawValue(const Row &r, int column) const
{
    switch (column) {
    case AreaMu:
        return r.areaMu;
    case AreaHa:
        return r.areaHa;
    case Ecosystem:
        return r.ecosystem;
    case LandMu:
        return r.landMu;
    case EnergyTce:
        return r.energyTce;
    case FinanceWan:
        return r.financeWan;
    case Status:
        return r.status;
    default:
        return displayValue(r, column);
    }
}

QVariant ParcelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case FidRole:
    case RawValueRole:
    case SelectedRole:
    case Qt::DecorationRole:
    case Qt::BackgroundRole:
        break;
    case Qt::TextAlignmentRole: {
        const int c = index.column();
        if (c == AreaMu || c == AreaHa || c == LandMu || c == EnergyTce || c == FinanceWan)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(*r, index.column());
    case FidRole:
        return r->fid;
    case RawValueRole:
        return rawValue(*r, index.column());
    case SelectedRole:
        return m_selected.contains(r->fid);
    case Qt::DecorationRole:
        if (index.column() == Ecosystem)
            return r->ecosystem.isEmpty() ? QColor(unassignedColor())
                                          : m_ecosystemColors.value(r->ecosystem, QColor(unassignedColor()));
        return {};
    case Qt::BackgroundRole:
        // The map selection, also when the view's own selection was made elsewhere (the map).
        if (m_selected.contains(r->fid))
            return QBrush(QColor(255, 236, 153));
        return {};
    }
    return {};
}

QVariant ParcelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case District:
        return tr("District");
    case LandUse:
        return tr("Land use");
    case AreaMu:
        return tr("Area (mu)");
    case AreaHa:
        return tr("Area (ha)");
    case Ecosystem:
        return tr("Ecosystem");
    case Chain:
        return tr("Chain");
    case LandMu:
        return tr("Land (mu)");
    case EnergyTce:
        return tr("Energy (tce/yr)");
    case FinanceWan:
        return tr("Finance (10k yuan)");
    case Status:
        return tr("Status");
    case Enterprise:
        return tr("Enterprise");
    default:
        return {};
    }
}

void ParcelTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    clearPages();
    // Persistent indexes cannot follow rows we have not read; views drop them (row count is unchanged).
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace zhili
