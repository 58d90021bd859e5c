#pragma once

#include "layers/layerstyle.h"
#include "render/mapscene.h"

#include "desktop/retranslating.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QListWidgetItem;
class QSlider;
class QSpinBox;
class QToolButton;

namespace zhili {

class IndicatorOverlays;
class LegendModel;

/// Dock with the layer stack (top of the list = drawn last): visibility check boxes, order (drag and drop, or
/// up/down), opacity of the current layer, and under it the legend of the top visible layer that has one
/// (a parcel fill with each class's parcel count and area in 亩, or an indicator overlay). Parcel fills (by
/// ecosystem, land, energy, finance) are exclusive: checking one shows it instead of the others. The
/// indicator overlays are layers of the scene like the others; their rows are driven through
/// setOverlays(), which computes them, and their year / ecosystem / measure are chosen under the list.
class LayerPanel : public Retranslating<QDockWidget> {
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);

    void setScene(MapScene *scene);
    /// The window's indicator overlays (not owned): they drive the rows of the scene's overlay layers.
    void setOverlays(IndicatorOverlays *overlays);
    /// Translated display name of a layer.
    static QString titleFor(const MapLayer &layer);
    /// The parcel fill whose legend is shown (Parcels when none is visible).
    LayerKind legendLayer() const { return m_legendKind; }
    LegendModel *legendModel() const { return m_legend; }
    QString legendTitle() const;
    /// While held, the legend stays empty instead of counting the parcels (a big cache's first map comes
    /// first); releasing it counts them.
    void setLegendHeld(bool held);

public slots:
    /// Recounts the legend (after edits change ecosystems or allocations).
    void refreshLegend();

private:
    void buildLayout();     ///< list and buttons above the legend, in a splitter
    void connectControls(); ///< list, buttons, opacity and overlay options drive the scene and the overlays
    void rebuild();
    void retranslate() override;
    void onItemChanged(QListWidgetItem *item);
    void onCurrentChanged();
    void moveCurrent(int delta);
    /// Gives the scene the order the list shows after a drag and drop.
    void applyListOrder();
    LayerKind currentKind(bool *ok) const;
    /// Whether the row of `kind` is an indicator overlay driven by setOverlays()'s object.
    bool isOverlay(LayerKind kind) const;
    /// Sets a row's text (and an overlay row's tooltip).
    void describeRow(QListWidgetItem *item, const MapLayer &layer) const;
    void updateOverlayRows();
    void updateOverlayOptions();

    QPointer<MapScene> m_scene;
    QListWidget *m_list;
    QToolButton *m_up;
    QToolButton *m_down;
    QLabel *m_opacityLabel;
    QSlider *m_opacity;
    QLabel *m_legendTitle;
    QListView *m_legendView;
    LegendModel *m_legend;
    QPointer<IndicatorOverlays> m_overlays;
    QWidget *m_overlayOptions;
    QSpinBox *m_overlayYear;
    QComboBox *m_overlayEcosystem;
    QComboBox *m_overlayMeasure;
    LayerKind m_legendKind = LayerKind::Parcels;
    bool m_updating = false;
    bool m_legendHeld = false;
};

} // namespace zhili
