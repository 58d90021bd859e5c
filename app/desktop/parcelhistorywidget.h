#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace zhili {

class GeoPackageCache;

/// One parcel's history from the audit log (who, when, field, old → new), newest first; refused edits are
/// listed too, marked and in red. Meant to be embedded in the identify dock.
class ParcelHistoryWidget : public QWidget {
    Q_OBJECT
public:
    enum Column { When, Who, Action, Field, OldValue, NewValue, Result, ColumnCount };

    explicit ParcelHistoryWidget(QWidget *parent = nullptr);

    /// nullptr before the cache closes.
    void setCache(GeoPackageCache *cache);
    QTableWidget *table() const { return m_table; }

public slots:
    /// Shows the history of this parcel (0 clears); call again after it changed.
    void setParcel(qint64 fid);
    void reload();

private:
    GeoPackageCache *m_cache = nullptr;
    qint64 m_fid = 0;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace zhili
