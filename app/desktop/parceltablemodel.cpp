#include "desktop/parceltablemodel.h"

#include "cache/geopackagecache.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "util/assignifchanged.h"
#include "util/error.h"

#include <QBrush>
#include <QFont>
#include <algorithm>
#include <iterator>

namespace zhili {

namespace {

QString formatNumber(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

// Per column, in the order of ParcelTableModel::Column: what it sorts by, its heading, and for a number
// column the decimals it is shown with (-1: text, shown as stored).
using F = ParcelPageQuery::SortField;
struct ColumnSpec {
    F sort;
    const char *heading;
    int decimals = -1;
};

constexpr ColumnSpec kColumns[] = {
    {F::Code, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Code")},
    {F::Name, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Name")},
    {F::District, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "District")},
    {F::LandUse, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Land use")},
    {F::Area, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Area (mu)"), 2},
    {F::Area, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Area (ha)"), 4},
    {F::Ecosystem, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Ecosystem")},
    {F::Chain, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Chain")},
    {F::LandMu, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Land (mu)"), 2},
    {F::EnergyTce, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Energy (tce/yr)"), 1},
    {F::FinanceWan, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Finance (10k yuan)"), 1},
    {F::Status, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Status")},
    {F::Enterprise, QT_TRANSLATE_NOOP("zhili::ParcelTableModel", "Enterprise")},
};
static_assert(std::size(kColumns) == ParcelTableModel::ColumnCount, "one spec per column");

bool isColumn(int column)
{
    return column >= 0 && column < ParcelTableModel::ColumnCount;
}

} // namespace

ParcelTableModel::ParcelTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ParcelTableModel::~ParcelTableModel() = default;

void ParcelTableModel::setCache(GeoPackageCache *cache)
{
    beginResetModel();
    m_cache = cache;
    m_query = cache ? std::make_unique<ParcelPageQuery>(cache->db()) : nullptr;
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
    for (const zhili::Ecosystem &e : m_cache->ecosystems()) {
        m_ecosystemNames.insert(e.key, DisplayNames::of(e));
        m_ecosystemColors.insert(e.key, QColor(e.color));
    }
}

void ParcelTableModel::setFilter(const ParcelFilter &filter)
{
    if (!assignIfChanged(m_filter, filter))
        return;
    refresh();
}

void ParcelTableModel::setSelectedFids(const QSet<qint64> &fids)
{
    if (!assignIfChanged(m_selected, fids))
        return;
    if (m_selectedOnly) {
        syncSelectionTable();
        refresh();
    } else if (m_rowCount > 0) {
        // Only the highlight changes; views repaint what they show.
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::FontRole, SelectedRole});
    }
}

void ParcelTableModel::setSelectionColor(const QColor &color)
{
    if (!assignIfChanged(m_selectionColor, color) || m_selected.isEmpty() || m_rowCount == 0)
        return;
    emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void ParcelTableModel::setSelectedOnly(bool on)
{
    if (!assignIfChanged(m_selectedOnly, on))
        return;
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
    query()->setSelectedFids(m_selected);
}

ParcelPageQuery *ParcelTableModel::query() const
{
    if (!m_query)
        return nullptr;
    m_query->setFilter(m_filter);
    m_query->setSelectedOnly(m_selectedOnly);
    m_query->setOrder(sortField(m_sortColumn), m_sortOrder == Qt::AscendingOrder);
    return m_query.get();
}

ParcelPageQuery::SortField ParcelTableModel::sortField(int column)
{
    return isColumn(column) ? kColumns[column].sort : ParcelPageQuery::SortField::Storage;
}

void ParcelTableModel::recount()
{
    m_rowCount = 0;
    if (!m_cache)
        return;
    // Qt calls models from paint events and slots: an exception must not escape into the event loop.
    try {
        m_rowCount = int(std::min<qint64>(query()->count(), std::numeric_limits<int>::max()));
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
    ParcelPageQuery *q = query();
    if (!q)
        return;
    // Keyset paging ("rows from the first key of this page on") when the page before was read, the usual
    // case while scrolling; a jump (scroll bar dragged far away) reads by offset.
    const bool haveAnchor = index == 0 || m_anchors.contains(index);
    const Anchor anchor = m_anchors.value(index);
    ParcelPageQuery::Page read = haveAnchor ? q->pageFrom(index > 0 ? &anchor : nullptr, kPageSize)
                                            : q->pageAt(qint64(index) * kPageSize, kPageSize, m_rowCount);
    m_rowsFetched += read.fetched;
    if (read.hasNext)
        m_anchors.insert(index + 1, read.next);
    Page page;
    page.rows = std::move(read.rows);

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
    return query()->fids(first, last - first + 1);
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
    ParcelPageQuery *q = query();
    return q ? int(q->rowOf(fid)) : -1;
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
    if (column == Ecosystem) {
        if (r.ecosystem.isEmpty())
            return tr("Unassigned");
        return m_ecosystemNames.value(r.ecosystem, r.ecosystem);
    }
    if (column == Status) {
        if (r.status.isEmpty())
            return QString();
        const ParcelStatus *s = findParcelStatus(r.status);
        return s ? DisplayNames::of(*s) : r.status;
    }
    const QVariant raw = rawValue(r, column);
    if (isColumn(column) && kColumns[column].decimals >= 0)
        return formatNumber(raw.toDouble(), kColumns[column].decimals);
    return raw;
}

QVariant ParcelTableModel::rawValue(const Row &r, int column) const
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
        return r.areaMu;
    case AreaHa:
        return r.areaHa;
    case Ecosystem:
        return r.ecosystem;
    case Chain:
        return r.chain;
    case LandMu:
        return r.landMu;
    case EnergyTce:
        return r.energyTce;
    case FinanceWan:
        return r.financeWan;
    case Status:
        return r.status;
    case Enterprise:
        return r.enterprise;
    default:
        return {};
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
    case Qt::TextAlignmentRole:
        if (kColumns[index.column()].decimals >= 0) // numbers
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
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
            return QBrush(m_selectionColor);
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
    if (!isColumn(section))
        return {};
    return tr(kColumns[section].heading);
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
