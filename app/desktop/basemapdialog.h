#pragma once

#include "io/basemapsource.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zhili {

class PathField;

/// File ▸ Add basemap…: a GeoTIFF or MBTiles file (Browse) or an XYZ tile URL, the attribution its licence
/// asks for, and whether the tiles are in GCJ-02. Enter in the source box only checks the source (opens it
/// through GDAL and says what it is); Add is enabled once the source in the box was checked and opened.
class BasemapDialog : public QDialog {
    Q_OBJECT
public:
    /// Starts from `initial` (the current or last basemap).
    explicit BasemapDialog(const BasemapSource &initial, QWidget *parent = nullptr);

    /// What was chosen (valid after accept()).
    BasemapSource source() const;
    /// Whether the source now in the box was opened successfully.
    bool isChecked() const;

public Q_SLOTS:
    /// Opens `location` through GDAL and tells what it is; enables Add when it worked.
    void checkSource(const QString &location);

private:
    void browse();

    PathField *m_source;
    QLineEdit *m_attribution;
    QCheckBox *m_gcj02;
    QLabel *m_status;
    QPushButton *m_add;
    QString m_checked; ///< the location last opened successfully
};

} // namespace zhili
