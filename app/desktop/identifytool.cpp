#include "desktop/identifytool.h"

#include "desktop/mapcanvas.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"

#include <QMouseEvent>

namespace zhili {

IdentifyTool::IdentifyTool(MapCanvas *canvas) : MapTool(canvas) {}

void IdentifyTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_canvas->scene() || !m_canvas->scene()->isLoaded())
        return;
    const MapScene *scene = m_canvas->scene();
    const qint64 fid = scene->parcelAt(m_canvas->mapSettings(), event->position());
    emit parcelIdentified(fid);
    const QPointF at = m_canvas->mapSettings().toMap(event->position());
    const QString district = scene->districtAtMap(at.x(), at.y(), fid);
    if (!district.isEmpty())
        emit districtIdentified(district, at);
}

} // namespace zhili
