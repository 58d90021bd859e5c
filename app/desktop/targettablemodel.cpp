#include "desktop/targettablemodel.h"

#include "cache/geopackagecache.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "util/assignifchanged.h"
#include "util/error.h"

#include <QColor>
#include <QLocale>
#include <cmath>
#include <iterator>

namespace zhili {

namespace {
QString formatNumber(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 2);
}

/// A number typed by the user in the UI locale or in C ("1,200.5" and "1200.5" both work); nullopt when
/// the text is not a number.
std::optional<double> parseNumber(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int ||
        value.typeId() == QMetaType::LongLong)
        return value.toDouble();
    const QString text = value.toString().trimmed();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(QString(text).remove(QLatin1Char(',')), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}
} // namespace

TargetTableModel::TargetTableModel(QObject *parent) : IndicatorTableModel(ColumnCount, parent) {}

void TargetTableModel::setYear(int year)
{
    if (!assignIfChanged(m_year, year))
        return;
    reload();
}

void TargetTableModel::readRows(GeoPackageCache &cache)
{
    m_targets = IndicatorStore(cache).targets(m_year);
}

int TargetTableModel::rowOf(const QString &ecosystem, const QString &district) const
{
    for (int i = 0; i < m_targets.size(); ++i)
        if (m_targets[i].ecosystem == ecosystem && m_targets[i].district == district)
            return i;
    return -1;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const Target &t = m_targets[index.row()];
    const bool edit = role == Qt::EditRole;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= LandColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::DecorationRole && index.column() == EcosystemColumn) {
        const Ecosystem *e = findEcosystem(t.ecosystem);
        return e ? QVariant(QColor(e->color)) : QVariant();
    }
    if (role != Qt::DisplayRole && !edit)
        return {};
    auto number = [edit](double v) { return edit ? QVariant(v) : QVariant(formatNumber(v)); };
    auto optional = [&](const std::optional<double> &v) { return v ? number(*v) : QVariant(QString()); };
    switch (Column(index.column())) {
    case EcosystemColumn: {
        const Ecosystem *e = findEcosystem(t.ecosystem);
        if (edit || !e)
            return t.ecosystem;
        return DisplayNames::of(*e);
    }
    case DistrictColumn:
        return t.district.isEmpty() && !edit ? tr("City-wide") : t.district;
    case LandColumn:
        return number(t.landMu);
    case EnergyColumn:
        return number(t.energyTce);
    case FinanceColumn:
        return number(t.financeWan);
    case ProjectsColumn:
        return edit ? QVariant(t.projects) : QVariant(QLocale().toString(t.projects));
    case TaxColumn:
        return optional(t.taxWan);
    case ValueAddedColumn:
        return optional(t.valueAddedWan);
    case ColumnCount:
        break;
    }
    return {};
}

QString TargetTableModel::columnTitle(int column) const
{
    static const char *const titles[] = {
        QT_TR_NOOP("Ecosystem"),         QT_TR_NOOP("District"),
        QT_TR_NOOP("Land (mu)"),         QT_TR_NOOP("Energy (tce/year)"),
        QT_TR_NOOP("Finance (10k CNY)"), QT_TR_NOOP("Projects"),
        QT_TR_NOOP("Tax (10k CNY)"),     QT_TR_NOOP("Value added (10k CNY)")}; // one per Column, in order
    static_assert(std::size(titles) == ColumnCount);
    return tr(titles[column]);
}

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_targets.size())
        return false;
    const Target before = m_targets[index.row()];
    Target after = before;
    const auto number = parseNumber(value);
    const bool empty = value.toString().trimmed().isEmpty() && value.typeId() == QMetaType::QString;
    auto notANumber = [&] {
        emit errorOccurred(tr("\"%1\" is not a number (column %2).")
                               .arg(value.toString(), headerData(index.column(), Qt::Horizontal).toString()));
        return false;
    };
    switch (Column(index.column())) {
    case EcosystemColumn: {
        // A key, a Chinese or an English name; anything else goes to core as typed, which says what is known.
        const QString text = value.toString().trimmed();
        after.ecosystem = ecosystemKeyFor(text).value_or(text);
        break;
    }
    case DistrictColumn: {
        const QString text = value.toString().trimmed();
        const bool cityWide = text.isEmpty() || text == QStringLiteral("全市") ||
                              text.compare(tr("City-wide"), Qt::CaseInsensitive) == 0 ||
                              text.compare(QStringLiteral("city-wide"), Qt::CaseInsensitive) == 0;
        after.district = cityWide ? QString() : text;
        break;
    }
    case LandColumn:
    case EnergyColumn:
    case FinanceColumn: {
        if (!number && !empty)
            return notANumber();
        const double v = number.value_or(0);
        (index.column() == LandColumn     ? after.landMu
         : index.column() == EnergyColumn ? after.energyTce
                                          : after.financeWan) = v;
        break;
    }
    case ProjectsColumn:
        if (!number && !empty)
            return notANumber();
        if (number && (!std::isfinite(*number) || *number != std::floor(*number))) {
            emit errorOccurred(
                tr("The number of projects must be a whole number, got %1.").arg(value.toString()));
            return false;
        }
        after.projects = qint64(number.value_or(0));
        break;
    case TaxColumn:
    case ValueAddedColumn:
        // Optional output targets: an empty cell means "no target".
        if (!number && !empty)
            return notANumber();
        (index.column() == TaxColumn ? after.taxWan : after.valueAddedWan) = number;
        break;
    case ColumnCount:
        return false;
    }
    if (after == before)
        return true;
    if (!m_apply || !m_apply({TargetEdit{before, after}}))
        return false;
    // Written: update the row in place (a reset while the view commits its editor would drop the editor
    // under it); a changed ecosystem or district moves the row, so re-read then.
    if (after.ecosystem == before.ecosystem && after.district == before.district) {
        m_targets[index.row()] = after;
        rowChanged(index.row());
    } else {
        reload();
    }
    return true;
}

} // namespace zhili
