#include "desktop/identifytool.h"

#include "desktop/mapcanvas.h"
#include "render/mapscene.h"

#include <QMouseEvent>

namespace zhili {

IdentifyTool::IdentifyTool(MapCanvas *canvas) : MapTool(canvas) {}

void IdentifyTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_canvas->scene() || !m_canvas->scene()->isLoaded())
        return;
    emit parcelIdentified(m_canvas->scene()->parcelAt(m_canvas->mapSettings(), event->position()));
}

} // namespace zhili
