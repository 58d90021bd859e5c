#pragma once

#include "cache/parcelfilter.h"
#include "desktop/cachesession.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;

namespace zhili {

class GeoPackageCache;

/// Select parcels by district, ecosystem (including "unassigned"), land-use class, status and area range.
/// Shows how many parcels match as the criteria change; the caller applies filter() with mode().
class SelectByFilterDialog : public QDialog {
    Q_OBJECT
public:
    SelectByFilterDialog(GeoPackageCache &cache, QWidget *parent = nullptr);

    ParcelFilter filter() const;
    void setFilter(const ParcelFilter &filter);
    CacheSession::SelectMode mode() const;
    /// Parcels matching the current criteria (the preview count).
    qint64 matchCount() const { return m_count; }

private:
    void updatePreview();
    QListWidget *checkList(const QList<QPair<QString, QString>> &items); // (label, value)
    void buildCheckLists(); // districts, ecosystems, land uses, statuses of the cache
    void setUpAreaAndMode();
    static QStringList checkedValues(const QListWidget *list);
    static void setChecked(QListWidget *list, const QStringList &values);

    GeoPackageCache &m_cache;
    QListWidget *m_districts;
    QListWidget *m_ecosystems;
    QListWidget *m_landUses;
    QListWidget *m_statuses;
    QDoubleSpinBox *m_minArea;
    QDoubleSpinBox *m_maxArea;
    QComboBox *m_mode;
    QLabel *m_preview;
    qint64 m_count = 0;
};

} // namespace zhili
