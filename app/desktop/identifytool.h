#pragma once

#include "desktop/maptool.h"

namespace zhili {

/// Click a parcel to show its details (the identify panel listens to parcelIdentified); the click also names
/// its district (the district chooser follows it).
class IdentifyTool : public MapTool {
    Q_OBJECT
public:
    explicit IdentifyTool(MapCanvas *canvas);
    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    void mouseRelease(QMouseEvent *event) override;

signals:
    /// fid of the parcel under the click, or -1 when there is none.
    void parcelIdentified(qint64 fid);
    /// The district of the click (the parcel's, else the boundary around the point), with the map point;
    /// not emitted for a click outside every district.
    void districtIdentified(const QString &name, const QPointF &mapPoint);
};

} // namespace zhili
