#pragma once

#include "indicators/indicatorstore.h"

#include <QAbstractTableModel>
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
class TargetTableModel : public QAbstractTableModel {
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

    /// The cache to read (not owned; nullptr = empty table).
    void setCache(GeoPackageCache *cache);
    void setYear(int year);
    int year() const { return m_year; }
    /// Whether cells can be edited (the user may edit targets). setData() still goes to core either way.
    void setEditable(bool editable);
    void setApplier(Applier applier) { m_apply = std::move(applier); }
    /// Re-reads the year's targets.
    void reload();

    const QList<Target> &targets() const { return m_targets; }
    /// The row of a target, -1 when absent.
    int rowOf(const QString &ecosystem, const QString &district) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// Input the model could not read (not a number …), with a message for people.
    void errorOccurred(const QString &message);

private:
    GeoPackageCache *m_cache = nullptr;
    int m_year = 0;
    bool m_editable = false;
    QList<Target> m_targets;
    Applier m_apply;
};

} // namespace zhili
