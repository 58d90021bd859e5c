#include "desktop/selecttool.h"

#include "desktop/mapcanvas.h"
#include "render/mapscene.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace zhili {

SelectTool::SelectTool(MapCanvas *canvas, CacheSession *session) : MapTool(canvas), m_session(session) {}

void SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_dragging = false;
    m_start = event->position();
    m_band = QRectF();
}

void SelectTool::mouseMove(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    if (!m_dragging && (event->position() - m_start).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_band = QRectF(m_start, event->position()).normalized();
    m_canvas->update();
}

void SelectTool::mouseRelease(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    MapScene *scene = m_canvas->scene();
    if (!scene || !scene->isLoaded()) {
        m_dragging = false;
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    if (m_dragging) {
        m_dragging = false;
        const Envelope rect = m_canvas->mapSettings().toMap(m_band);
        m_band = QRectF();
        m_canvas->update();
        const QList<qint64> fids = scene->parcelsIn(rect);
        m_session->setSelection(QSet<qint64>(fids.begin(), fids.end()),
                                shift ? CacheSession::SelectMode::Add : CacheSession::SelectMode::Replace);
        return;
    }
    const qint64 fid = scene->parcelAt(m_canvas->mapSettings(), event->position());
    if (fid < 0) {
        if (!shift)
            m_session->clearSelection();
        return;
    }
    m_session->setSelection({fid},
                            shift ? CacheSession::SelectMode::Toggle : CacheSession::SelectMode::Replace);
}

void SelectTool::paint(QPainter &painter)
{
    if (!m_dragging || m_band.isNull())
        return;
    const QColor c = QColor(0, 160, 220);
    painter.setPen(QPen(c, 1, Qt::DashLine));
    painter.setBrush(QColor(c.red(), c.green(), c.blue(), 40));
    painter.drawRect(m_band);
}

void SelectTool::deactivate()
{
    m_pressed = false;
    m_dragging = false;
    m_band = QRectF();
    m_canvas->update();
}

} // namespace zhili
