#pragma once

#include <QCursor>
#include <QObject>

class QMouseEvent;
class QPainter;

namespace zhili {

class MapCanvas;

/// What the mouse does on the map (pan, identify, select …). The canvas forwards its mouse events to the
/// active tool and lets it paint an overlay (e.g. a rubber band) over the map image.
class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas *canvas);

    virtual QCursor cursor() const { return Qt::ArrowCursor; }
    virtual void mousePress(QMouseEvent *event) {}
    virtual void mouseMove(QMouseEvent *event) {}
    virtual void mouseRelease(QMouseEvent *event) {}
    /// Overlay in widget (logical pixel) coordinates, painted after the map image.
    virtual void paint(QPainter &painter) {}
    /// Another tool took over: drop any half-done gesture.
    virtual void deactivate() {}

    MapCanvas *canvas() const { return m_canvas; }

protected:
    MapCanvas *m_canvas;
};

} // namespace zhili
