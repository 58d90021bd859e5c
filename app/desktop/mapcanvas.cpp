#include "desktop/mapcanvas.h"

#include "desktop/maptool.h"
#include "render/mapscene.h"
#include "render/renderjob.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace zhili {

namespace {
constexpr int kMaxHistory = 50;
constexpr int kWheelSettleMs = 180;     // re-render once the wheel has been still this long
constexpr int kHistoryCoalesceMs = 600; // wheel steps closer than this are one "previous extent"
constexpr double kMinUnitsPerPixel = 0.005;
constexpr double kMaxUnitsPerPixel = 1e5;
} // namespace

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
}

MapCanvas::~MapCanvas()
{
    // RenderJob's destructor cancels and waits, so no worker outlives the scene it reads.
    delete m_job;
}

void MapCanvas::setScene(MapScene *scene)
{
    if (m_scene == scene)
        return;
    cancelRender();
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    m_image = QImage();
    if (m_scene)
        connect(m_scene, &MapScene::repaintNeeded, this, [this] { scheduleRender(0); });
    update();
    scheduleRender(0);
}

MapSettings MapCanvas::settingsFor(const View &v) const
{
    const QSize size = this->size().isEmpty() ? sizeHint() : this->size();
    const double upp = v.unitsPerPixel > 0 ? v.unitsPerPixel : 1;
    Envelope e;
    e.minX = v.center.x() - upp * size.width() / 2;
    e.maxX = v.center.x() + upp * size.width() / 2;
    e.minY = v.center.y() - upp * size.height() / 2;
    e.maxY = v.center.y() + upp * size.height() / 2;
    MapSettings s(e, size, logicalDpiX() > 0 ? logicalDpiX() : 96);
    s.setDevicePixelRatio(devicePixelRatioF());
    return s;
}

MapSettings MapCanvas::mapSettings() const
{
    return settingsFor(view());
}

Envelope MapCanvas::extent() const
{
    return mapSettings().extent();
}

double MapCanvas::scaleDenominator() const
{
    return mapSettings().scaleDenominator();
}

QPointF MapCanvas::toMap(const QPointF &pixel) const
{
    return QPointF(m_center.x() + (pixel.x() - width() / 2.0) * m_unitsPerPixel,
                   m_center.y() - (pixel.y() - height() / 2.0) * m_unitsPerPixel);
}

QPointF MapCanvas::toPixel(const QPointF &map) const
{
    if (m_unitsPerPixel <= 0)
        return QPointF();
    return QPointF((map.x() - m_center.x()) / m_unitsPerPixel + width() / 2.0,
                   (m_center.y() - map.y()) / m_unitsPerPixel + height() / 2.0);
}

void MapCanvas::applyView(const View &v)
{
    if (v.unitsPerPixel <= 0 || !std::isfinite(v.unitsPerPixel) || !std::isfinite(v.center.x()) ||
        !std::isfinite(v.center.y()))
        return;
    m_center = v.center;
    m_unitsPerPixel = std::clamp(v.unitsPerPixel, kMinUnitsPerPixel, kMaxUnitsPerPixel);
    m_fitted.reset(); // any other view than a fitted extent: resizes keep the scale
    update();
    emit extentChanged();
}

void MapCanvas::pushHistory()
{
    if (m_unitsPerPixel <= 0)
        return;
    m_back.append(view());
    if (m_back.size() > kMaxHistory)
        m_back.removeFirst();
    m_forward.clear();
    m_lastHistoryPush.restart();
    emit historyChanged();
}

void MapCanvas::setExtent(const Envelope &extent, bool margin)
{
    if (extent.isNull())
        return;
    Envelope shown = extent;
    if (margin) {
        const double dx = std::max(extent.width(), 1.0) * 0.025, dy = std::max(extent.height(), 1.0) * 0.025;
        shown = Envelope{extent.minX - dx, extent.minY - dy, extent.maxX + dx, extent.maxY + dy};
    }
    pushHistory();
    applyView(fittedView(shown));
    // Until the user moves the map, a resize (the window laid out and its docks restored after the first
    // open, a maximised window) fits the same extent again instead of leaving it in a corner.
    m_fitted = shown;
    scheduleRender(0);
}

void MapCanvas::zoomToFeatures(const Envelope &extent)
{
    if (extent.isNull())
        return;
    const double dx = extent.width() * kFeatureMargin, dy = extent.height() * kFeatureMargin;
    Envelope shown{extent.minX - dx, extent.minY - dy, extent.maxX + dx, extent.maxY + dy};
    // Widen around the centre to the minimum scale (map units per pixel at the canvas's DPI).
    const double dpi = logicalDpiX() > 0 ? logicalDpiX() : 96;
    const double minUnitsPerPixel = kMinFeatureScale * 0.0254 / dpi;
    if (fittedView(shown).unitsPerPixel < minUnitsPerPixel) {
        const QSize size = this->size().isEmpty() ? sizeHint() : this->size();
        const double halfW = minUnitsPerPixel * size.width() / 2,
                     halfH = minUnitsPerPixel * size.height() / 2;
        shown = Envelope{extent.centerX() - halfW, extent.centerY() - halfH, extent.centerX() + halfW,
                         extent.centerY() + halfH};
    }
    setExtent(shown);
}

MapCanvas::View MapCanvas::fittedView(const Envelope &extent) const
{
    const QSize size = this->size().isEmpty() ? sizeHint() : this->size();
    const double w = std::max(extent.width(), 1.0);
    const double h = std::max(extent.height(), 1.0);
    return {QPointF(extent.centerX(), extent.centerY()), std::max(w / size.width(), h / size.height())};
}

void MapCanvas::zoomToFull()
{
    if (m_scene && m_scene->isLoaded())
        setExtent(m_scene->fullExtent(), true);
}

void MapCanvas::zoomBy(double factor, const QPointF &anchorPixel)
{
    if (m_unitsPerPixel <= 0 || factor <= 0)
        return;
    if (!m_lastHistoryPush.isValid() || m_lastHistoryPush.elapsed() > kHistoryCoalesceMs)
        pushHistory();
    else
        m_lastHistoryPush.restart();
    const QPointF anchor = toMap(anchorPixel);
    const double upp = std::clamp(m_unitsPerPixel / factor, kMinUnitsPerPixel, kMaxUnitsPerPixel);
    // Keep the anchor's map point under the same pixel.
    const QPointF center(anchor.x() - (anchorPixel.x() - width() / 2.0) * upp,
                         anchor.y() + (anchorPixel.y() - height() / 2.0) * upp);
    applyView({center, upp});
    scheduleRender(kWheelSettleMs);
}

void MapCanvas::zoomIn()
{
    zoomBy(2.0, QPointF(width() / 2.0, height() / 2.0));
}
void MapCanvas::zoomOut()
{
    zoomBy(0.5, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::beginPan()
{
    if (m_panning)
        return;
    m_panning = true;
    pushHistory();
    m_renderTimer.stop();
}

void MapCanvas::panByPixels(const QPointF &delta)
{
    // Dragging the map right moves the view centre left.
    applyView(
        {QPointF(m_center.x() - delta.x() * m_unitsPerPixel, m_center.y() + delta.y() * m_unitsPerPixel),
         m_unitsPerPixel});
}

void MapCanvas::endPan()
{
    if (!m_panning)
        return;
    m_panning = false;
    scheduleRender(0);
}

void MapCanvas::previousExtent()
{
    stepHistory(m_back, m_forward);
}

void MapCanvas::nextExtent()
{
    stepHistory(m_forward, m_back);
}

void MapCanvas::stepHistory(QList<View> &from, QList<View> &to)
{
    if (from.isEmpty())
        return;
    to.append(view());
    applyView(from.takeLast());
    emit historyChanged();
    scheduleRender(0);
}

void MapCanvas::setTool(MapTool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
    update();
}

bool MapCanvas::isRendering() const
{
    return m_job != nullptr;
}

bool MapCanvas::isRenderComplete() const
{
    return !m_job && !m_renderTimer.isActive() && !m_panning && !m_image.isNull() &&
           m_imageSettings == mapSettings();
}

void MapCanvas::cancelRender()
{
    m_renderTimer.stop();
    if (m_job) {
        m_job->cancel();
        // Its `finished` still arrives; onJobFinished() sees it is no longer current and deletes it.
        m_job = nullptr;
        emit renderCancelled();
    }
}

void MapCanvas::refresh()
{
    scheduleRender(0);
}

void MapCanvas::scheduleRender(int delayMs)
{
    if (m_panning)
        return;
    m_renderTimer.start(delayMs);
}

void MapCanvas::startRender()
{
    if (!m_scene || !m_scene->isLoaded() || !isVisible() || size().isEmpty())
        return;
    if (m_unitsPerPixel <= 0) {
        zoomToFull();
        return; // zoomToFull() scheduled the render
    }
    const MapSettings settings = mapSettings();
    if (!settings.isValid())
        return;
    if (m_job) {
        m_job->cancel();
        m_job = nullptr;
    }
    auto *job = new RenderJob(*m_scene, settings, this);
    m_job = job;
    connect(job, &RenderJob::progress, this, [this, job](int p) {
        if (job == m_job)
            emit renderProgress(p);
    });
    connect(job, &RenderJob::finished, this, [this, job] { onJobFinished(job); });
    emit renderStarted();
    job->start();
}

void MapCanvas::onJobFinished(RenderJob *job)
{
    job->deleteLater();
    if (job != m_job)
        return; // stale (a newer render replaced it) or cancelled
    m_job = nullptr;
    if (job->isCancelled() || job->image().isNull()) {
        emit renderCancelled();
        return;
    }
    m_image = job->image();
    m_imageSettings = job->settings();
    m_lastRenderMs = job->renderTimeMs();
    update();
    emit renderFinished(m_lastRenderMs);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_image.isNull() && m_unitsPerPixel > 0) {
        // The last image, placed where its extent lies in the current view: shifted while panning, scaled
        // while zooming, exact once the new render arrives.
        const Envelope e = m_imageSettings.visibleExtent();
        const QRectF target(toPixel(QPointF(e.minX, e.maxY)), toPixel(QPointF(e.maxX, e.minY)));
        p.setRenderHint(QPainter::SmoothPixmapTransform, m_imageSettings != mapSettings());
        p.drawImage(target, m_image);
    }
    if (m_tool)
        m_tool->paint(p);
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted) {
        const Envelope fitted = *m_fitted;
        applyView(fittedView(fitted));
        m_fitted = fitted;
    } else if (m_unitsPerPixel > 0) {
        emit extentChanged();
    }
    scheduleRender(m_image.isNull() ? 0 : 60);
}

void MapCanvas::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleRender(0);
}

void MapCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Moved to a screen with another device pixel ratio: the image must be rendered again.
    if (event->type() == QEvent::ScreenChangeInternal)
        scheduleRender(0);
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    m_lastMousePos = event->position();
    if (event->button() == Qt::MiddleButton) {
        // Middle-drag pans whatever the tool.
        m_middlePan = true;
        beginPan();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (m_tool)
        m_tool->mousePress(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_unitsPerPixel > 0)
        emit cursorMoved(toMap(event->position()));
    if (m_middlePan) {
        panByPixels(event->position() - m_lastMousePos);
        m_lastMousePos = event->position();
        return;
    }
    if (m_tool)
        m_tool->mouseMove(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_middlePan && event->button() == Qt::MiddleButton) {
        m_middlePan = false;
        endPan();
        setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
        return;
    }
    if (m_tool)
        m_tool->mouseRelease(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomBy(2.0, event->position());
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double step = std::min(width(), height()) / 4.0;
    switch (event->key()) {
    case Qt::Key_Left:
        beginPan();
        panByPixels(QPointF(step, 0));
        endPan();
        break;
    case Qt::Key_Right:
        beginPan();
        panByPixels(QPointF(-step, 0));
        endPan();
        break;
    case Qt::Key_Up:
        beginPan();
        panByPixels(QPointF(0, step));
        endPan();
        break;
    case Qt::Key_Down:
        beginPan();
        panByPixels(QPointF(0, -step));
        endPan();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Escape:
        cancelRender();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapCanvas::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    emit cursorLeft();
}

} // namespace zhili
