#pragma once

#include "desktop/indicatortablemodel.h"
#include "indicators/indicatorstore.h"

#include <QList>
#include <functional>

namespace zhili {

class GeoPackageCache;

/// The targets (考核目标) of one year as a table: ecosystem, district (empty = city-wide), land 亩, energy
/// tce, finance 万元, projects and the optional tax / value-added targets.
///
/// The model owns no data beyond a copy of the rows it shows: an edited cell becomes a TargetEdit (the row as
/// read → the row as wanted) handed to the applier, which writes it through IndicatorStore (permission,
/// validation, transaction, audit, undo) and reloads. Input that is not a number is refused here with
/// errorOccurred(); everything else is checked by core, so the CLI and the window follow one rule set.
class TargetTableModel : public IndicatorTableModel {
    Q_OBJECT
public:
    enum Column {
        EcosystemColumn,
        DistrictColumn,
        LandColumn,
        EnergyColumn,
        FinanceColumn,
        ProjectsColumn,
        TaxColumn,
        ValueAddedColumn,
        ColumnCount
    };
    /// Writes the edits; returns whether they were written (the model reloads either way).
    using Applier = std::function<bool(const QList<TargetEdit> &edits)>;

    explicit TargetTableModel(QObject *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    void setApplier(Applier applier) { m_apply = std::move(applier); }

    const QList<Target> &targets() const { return m_targets; }
    /// The row of a target, -1 when absent.
    int rowOf(const QString &ecosystem, const QString &district) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString columnTitle(int column) const override;
    int rows() const override { return int(m_targets.size()); }
    void clearRows() override { m_targets.clear(); }
    void readRows(GeoPackageCache &cache) override;

    int m_year = 0;
    QList<Target> m_targets;
    Applier m_apply;
};

} // namespace zhili
