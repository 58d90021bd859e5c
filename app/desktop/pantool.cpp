#include "desktop/pantool.h"

#include "desktop/mapcanvas.h"

#include <QMouseEvent>

namespace zhili {

PanTool::PanTool(MapCanvas *canvas) : MapTool(canvas) {}

void PanTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_last = event->position();
    m_canvas->beginPan();
    m_canvas->setCursor(Qt::ClosedHandCursor);
}

void PanTool::mouseMove(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_canvas->panByPixels(event->position() - m_last);
    m_last = event->position();
}

void PanTool::mouseRelease(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    m_canvas->endPan();
    m_canvas->setCursor(cursor());
}

void PanTool::deactivate()
{
    if (m_dragging) {
        m_dragging = false;
        m_canvas->endPan();
    }
}

} // namespace zhili
