#pragma once

#include "desktop/maptool.h"

namespace zhili {

/// Click a parcel to show its details (the identify panel listens to parcelIdentified).
class IdentifyTool : public MapTool {
    Q_OBJECT
public:
    explicit IdentifyTool(MapCanvas *canvas);
    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    void mouseRelease(QMouseEvent *event) override;

signals:
    /// fid of the parcel under the click, or -1 when there is none.
    void parcelIdentified(qint64 fid);
};

} // namespace zhili
