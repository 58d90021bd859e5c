#pragma once

#include "crs/crs.h"
#include "desktop/retranslating.h"
#include <QPointF>

#include <QWidget>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace zhili {

class CoordinateTransform;

/// The status bar read-outs of the map: scale 1:N, cursor position in projected metres and in lon/lat
/// (CGCS2000, EPSG:4490, through PROJ), and render progress with a cancel button.
class MapStatusWidget : public Retranslating<QWidget> {
    Q_OBJECT
public:
    explicit MapStatusWidget(QWidget *parent = nullptr);
    ~MapStatusWidget() override;

    /// The CRS of the map coordinates (the cache CRS); an invalid Crs clears the read-outs.
    void setCrs(const Crs &crs);

    void showScale(double denominator);
    void showCursor(const QPointF &mapPoint);
    void clearCursor();
    void renderStarted();
    void renderProgress(int percent);
    void renderStopped();

    /// Text of the read-outs (tests read them).
    QString scaleText() const;
    QString projectedText() const;
    QString lonLatText() const;

signals:
    void cancelRequested();

private:
    void retranslate() override;
    /// The transform to CGCS2000 lon/lat, made on first use; null without a CRS or when PROJ has none.
    CoordinateTransform *toLonLat();

    Crs m_crs;
    bool m_transformMade = false; ///< toLonLat() tried for m_crs
    std::unique_ptr<CoordinateTransform> m_toLonLat;
    QString m_crsName;
    QLabel *m_scale;
    QLabel *m_projected;
    QLabel *m_lonLat;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace zhili
