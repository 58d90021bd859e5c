#pragma once

#include "geometry/envelope.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

namespace zhili {

class MapTool;
class RenderJob;

/// The map widget: shows the last rendered image of a MapScene and renders a new one off the GUI thread
/// whenever the view or the scene changes. While the user drags or zooms, the last image is shifted/scaled at
/// once and the new render follows when the view is still; a render that became stale is cancelled.
/// The view is a centre and a resolution (map units per logical pixel), so resizing keeps the scale.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    /// The scene to draw (not owned); null shows an empty canvas. Cancels a running render.
    void setScene(MapScene *scene);
    MapScene *scene() const { return m_scene; }

    /// Map settings of the current view: visible extent, widget size, DPI and device pixel ratio.
    MapSettings mapSettings() const;
    /// The visible extent (map units).
    Envelope extent() const;
    /// Shows `extent` whole (centred, with a small margin when `margin`); records the previous view.
    void setExtent(const Envelope &extent, bool margin = false);
    /// Shows features (a selection, a parcel) with kFeatureMargin of their size around them on each side,
    /// and no closer than 1:kMinFeatureScale: one small parcel would otherwise fill the canvas at 1:50,
    /// with nothing around it to say where it lies.
    void zoomToFeatures(const Envelope &extent);
    static constexpr double kFeatureMargin = 0.1;
    static constexpr double kMinFeatureScale = 2000;
    double mapUnitsPerPixel() const { return m_unitsPerPixel; }
    double scaleDenominator() const;
    QPointF toMap(const QPointF &pixel) const;
    QPointF toPixel(const QPointF &map) const;

    void zoomToFull();
    /// Zooms by `factor` (>1 = in) keeping the map point under `anchorPixel` in place.
    void zoomBy(double factor, const QPointF &anchorPixel);
    void zoomIn();
    void zoomOut();

    /// Interactive panning: moves the view by a pixel delta without rendering; endPan() renders.
    void beginPan();
    void panByPixels(const QPointF &delta);
    void endPan();

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void previousExtent();
    void nextExtent();

    /// The active map tool (not owned); null = none.
    void setTool(MapTool *tool);
    MapTool *tool() const { return m_tool; }

    bool isRendering() const;
    /// True when the image on screen was rendered for exactly the current view and nothing is pending.
    bool isRenderComplete() const;
    void cancelRender();
    /// Starts a render now (normally scheduled automatically).
    void refresh();
    /// The last finished render (device pixels) and the settings it was made for.
    QImage renderedImage() const { return m_image; }
    double lastRenderMs() const { return m_lastRenderMs; }

    QSize sizeHint() const override { return QSize(800, 600); }

signals:
    void extentChanged();
    void historyChanged();
    void cursorMoved(const QPointF &mapPoint);
    void cursorLeft();
    void renderStarted();
    void renderProgress(int percent);
    /// A render finished for the current view (not emitted for cancelled or stale renders).
    void renderFinished(double milliseconds);
    void renderCancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct View {
        QPointF center;
        double unitsPerPixel = 0;
    };
    View view() const { return {m_center, m_unitsPerPixel}; }
    void applyView(const View &v);
    View fittedView(const Envelope &extent) const; ///< `extent` whole in the current size
    void pushHistory();
    /// Goes to the last view of `from` (back or forward), keeping the current one in `to`.
    void stepHistory(QList<View> &from, QList<View> &to);
    void scheduleRender(int delayMs);
    void startRender();
    void onJobFinished(RenderJob *job);
    MapSettings settingsFor(const View &v) const;

    QPointer<MapScene> m_scene;
    MapTool *m_tool = nullptr;
    QPointF m_center;
    std::optional<Envelope> m_fitted; ///< set while the view is an extent fitted by setExtent()
    double m_unitsPerPixel = 0;       // 0 = no view yet: zoom to full once the size is known
    QList<View> m_back, m_forward;
    QElapsedTimer m_lastHistoryPush;

    RenderJob *m_job = nullptr;
    QTimer m_renderTimer;
    QImage m_image;
    MapSettings m_imageSettings;
    double m_lastRenderMs = 0;
    bool m_panning = false;
    bool m_middlePan = false;
    QPointF m_lastMousePos;
};

} // namespace zhili
