#pragma once

#include "cache/parcelfilter.h"

#include <QDockWidget>
#include <QList>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace zhili {

class GeoPackageCache;
class ParcelTableModel;

/// The attribute table dock: a filter bar, "show selected only", the row count, and a lazy table of the
/// cache's parcels (ParcelTableModel). Linked to the map selection both ways through signals and slots; it
/// never reads the selection from anywhere else.
class AttributeTableDock : public QDockWidget {
    Q_OBJECT
public:
    explicit AttributeTableDock(QWidget *parent = nullptr);
    ~AttributeTableDock() override;

    /// The cache to show; nullptr before the cache closes.
    void setCache(GeoPackageCache *cache);

    ParcelTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The filter the bar currently describes.
    ParcelFilter filter() const { return m_filter; }

public slots:
    /// The map (or anyone) selected these parcels: highlight them, and show only them when asked to.
    void setSelectedFids(const QSet<qint64> &fids);
    /// The map's selection colour: rows selected here or on the map are shown in it, as on the map.
    void setSelectionColor(const QColor &color);
    /// Sets the filter bar (e.g. from the "select by filter" dialog) and applies it.
    void setFilter(const ParcelFilter &filter);
    void setShowSelectedOnly(bool on);
    /// Parcels were edited (or undone): refresh just those rows.
    void parcelsChanged(const QList<qint64> &fids);
    /// Re-reads everything (after an import).
    void refresh();
    /// Copies the selected rows to the clipboard (Ctrl+C, and the context menu).
    void copySelection();

signals:
    /// The user selected rows in the table.
    void selectionChangedInTable(const QSet<qint64> &fids);
    /// The current row changed (the editor dock edits this parcel); 0 when none.
    void currentParcelChanged(qint64 fid);
    /// Double-click on a row.
    void zoomToParcelRequested(qint64 fid);
    /// The filter bar changed (the map may show the filter too).
    void filterChanged(const ParcelFilter &filter);
    /// "Export selection…" in the table's context menu.
    void exportSelectionRequested();
    /// Context menu: show the parcel of the clicked row in the Identify panel (its edit history too).
    void identifyRequested(qint64 fid);
    /// Context menu: edit the parcel of the clicked row in the parcel editor.
    void editRequested(qint64 fid);

private slots:
    void applyFilterFromBar();
    void onViewSelectionChanged();
    void updateCountLabel();

private:
    /// Widens each column to its header and the rows in view (capped).
    void fitColumns();
    void fillChoosers();
    void showContextMenu(const QPoint &pos);
    /// The selected rows as tab-separated text with a header line (what spreadsheets paste).
    QString selectedRowsText() const;

    GeoPackageCache *m_cache = nullptr;
    ParcelTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_ecosystem = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_textTimer = nullptr;
    ParcelFilter m_filter;
    QSet<qint64> m_lastEmitted;
    bool m_updatingChoosers = false;
    bool m_settingSelection = false;
};

} // namespace zhili
