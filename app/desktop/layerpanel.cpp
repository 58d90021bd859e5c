#include "desktop/layerpanel.h"

#include "desktop/indicatoroverlays.h"
#include "desktop/legenddelegate.h"
#include "layers/ecosystemlayer.h"
#include "layers/legendmodel.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "render/mapscene.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace zhili {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : Retranslating(parent), m_list(new QListWidget), m_up(new QToolButton), m_down(new QToolButton),
      m_opacityLabel(new QLabel), m_opacity(new QSlider(Qt::Horizontal)), m_legendTitle(new QLabel),
      m_legendView(new QListView), m_legend(new LegendModel(this)), m_overlayOptions(new QWidget),
      m_overlayYear(new QSpinBox), m_overlayEcosystem(new QComboBox), m_overlayMeasure(new QComboBox)
{
    setObjectName(QStringLiteral("layerPanel"));
    m_list->setObjectName(QStringLiteral("layerList"));
    m_legendView->setObjectName(QStringLiteral("legendView"));
    m_up->setIcon(QIcon(QStringLiteral(":/zhili/icons/layer-up.svg")));
    m_down->setIcon(QIcon(QStringLiteral(":/zhili/icons/layer-down.svg")));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(100);
    m_legendView->setModel(m_legend);
    m_legendView->setItemDelegate(new LegendDelegate(m_legendView));
    m_legendView->setSelectionMode(QAbstractItemView::NoSelection);
    // Rows take a second line when the panel is too narrow for a label beside its figures; a resize lays
    // them out again.
    m_legendView->setResizeMode(QListView::Adjust);
    QFont bold = m_legendTitle->font();
    bold.setBold(true);
    m_legendTitle->setFont(bold);
    m_legendTitle->setWordWrap(
        true); // "Legend: Finance allocation (10k CNY)" wraps rather than widening the dock

    buildLayout();
    connectControls();
    retranslate();
}

void LayerPanel::buildLayout()
{
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(4, 4, 4, 4);
    topLayout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_up);
    row->addWidget(m_down);
    row->addSpacing(8);
    row->addWidget(m_opacityLabel);
    row->addWidget(m_opacity, 1);
    topLayout->addLayout(row);
    // Year / ecosystem / measure of the indicator overlays, shown while one of them is the current row.
    m_overlayOptions->setObjectName(QStringLiteral("overlayOptions"));
    auto *options = new QFormLayout(m_overlayOptions);
    options->setContentsMargins(0, 0, 0, 0);
    m_overlayYear->setRange(1949, 2200);
    m_overlayYear->setObjectName(QStringLiteral("overlayYear"));
    m_overlayEcosystem->setObjectName(QStringLiteral("overlayEcosystem"));
    m_overlayMeasure->setObjectName(QStringLiteral("overlayMeasure"));
    options->addRow(tr("Year"), m_overlayYear);
    options->addRow(tr("Ecosystem"), m_overlayEcosystem);
    options->addRow(tr("Measure"), m_overlayMeasure);
    m_overlayOptions->hide();
    topLayout->addWidget(m_overlayOptions);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(4, 4, 4, 4);
    bottomLayout->addWidget(m_legendTitle);
    bottomLayout->addWidget(m_legendView, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setMinimumWidth(320); // room for the legend labels beside the counts
    setWidget(split);
}

void LayerPanel::connectControls()
{
    // Drag a layer to reorder it, as in QGIS; the scene takes the new order once the drop is finished.
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_updating)
            QMetaObject::invokeMethod(this, &LayerPanel::applyListOrder, Qt::QueuedConnection);
    });
    connect(m_list, &QListWidget::itemChanged, this, &LayerPanel::onItemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &LayerPanel::onCurrentChanged);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        bool ok = false;
        const LayerKind k = currentKind(&ok);
        if (!ok || !m_scene || m_updating)
            return;
        if (isOverlay(k))
            m_overlays->setOpacity(k, v / 100.0); // it keeps the choice for the next cache too
        else
            m_scene->setLayerOpacity(k, v / 100.0);
    });
    connect(m_overlayYear, &QSpinBox::valueChanged, this, [this](int y) {
        if (m_overlays && !m_updating)
            m_overlays->setYear(y);
    });
    connect(m_overlayEcosystem, &QComboBox::currentIndexChanged, this, [this] {
        if (m_overlays && !m_updating)
            m_overlays->setEcosystem(m_overlayEcosystem->currentData().toString());
    });
    connect(m_overlayMeasure, &QComboBox::currentIndexChanged, this, [this] {
        if (m_overlays && !m_updating)
            m_overlays->setMeasure(IndicatorOverlays::Measure(m_overlayMeasure->currentData().toInt()));
    });
}

void LayerPanel::setOverlays(IndicatorOverlays *overlays)
{
    if (m_overlays)
        disconnect(m_overlays, nullptr, this, nullptr);
    m_overlays = overlays;
    if (m_overlays)
        connect(m_overlays, &IndicatorOverlays::changed, this, [this] {
            updateOverlayRows();
            updateOverlayOptions();
            refreshLegend();
        });
    rebuild();
}

bool LayerPanel::isOverlay(LayerKind kind) const
{
    return m_overlays && IndicatorOverlays::manages(kind);
}

void LayerPanel::describeRow(QListWidgetItem *item, const MapLayer &layer) const
{
    if (!isOverlay(layer.kind)) {
        item->setText(titleFor(layer));
        return;
    }
    // An overlay row says what it shows (year, ecosystem …) and why its computation failed.
    const QString description = m_overlays->description(layer.kind);
    const QString error = m_overlays->error(layer.kind);
    item->setText(description);
    item->setToolTip(error.isEmpty() ? description : error);
}

void LayerPanel::updateOverlayRows()
{
    if (!m_scene || !m_scene->isLoaded())
        return;
    const bool was = m_updating;
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        describeRow(item, m_scene->layer(LayerKind(item->data(kKindRole).toInt())));
    }
    m_updating = was;
}

void LayerPanel::updateOverlayOptions()
{
    bool ok = false;
    const LayerKind kind = currentKind(&ok);
    m_overlayOptions->setVisible(ok && isOverlay(kind));
    if (!m_overlays)
        return;
    const bool was = m_updating;
    m_updating = true;
    m_overlayYear->setValue(m_overlays->year());
    m_overlayEcosystem->setCurrentIndex(m_overlayEcosystem->findData(m_overlays->ecosystem()));
    m_overlayMeasure->setCurrentIndex(m_overlayMeasure->findData(int(m_overlays->measure())));
    // The per-mu classes depend on the year only.
    m_overlayEcosystem->setEnabled(ok && IndicatorOverlays::usesEcosystem(kind));
    m_overlayMeasure->setEnabled(ok && IndicatorOverlays::usesEcosystem(kind));
    m_updating = was;
}

QString LayerPanel::legendTitle() const
{
    return m_legendTitle->text();
}

QString LayerPanel::titleFor(const MapLayer &layer)
{
    return layer.displayName();
}

void LayerPanel::setScene(MapScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (m_scene)
        connect(m_scene, &MapScene::layersChanged, this, &LayerPanel::rebuild);
    rebuild();
}

LayerKind LayerPanel::currentKind(bool *ok) const
{
    const QListWidgetItem *item = m_list->currentItem();
    *ok = item != nullptr;
    return *ok ? LayerKind(item->data(kKindRole).toInt()) : LayerKind::Parcels;
}

void LayerPanel::rebuild()
{
    bool hadCurrent = false;
    const LayerKind current = currentKind(&hadCurrent);
    m_updating = true;
    m_list->clear();
    if (m_scene && m_scene->isLoaded()) {
        const LayerList layers = m_scene->layers();
        // Top of the list is drawn last (on top), as in every GIS.
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            if (!it->isListed())
                continue;
            auto *item = new QListWidgetItem;
            describeRow(item, *it);
            item->setData(kKindRole, int(it->kind));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(it->style.visible ? Qt::Checked : Qt::Unchecked);
            m_list->addItem(item);
            if (hadCurrent && it->kind == current)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0) {
        // The top layer that is not an overlay is current by default.
        int row = 0;
        while (row + 1 < m_list->count() && isOverlay(LayerKind(m_list->item(row)->data(kKindRole).toInt())))
            ++row;
        m_list->setCurrentRow(row);
    }
    m_updating = false;
    onCurrentChanged();
    refreshLegend();
}

void LayerPanel::onItemChanged(QListWidgetItem *item)
{
    if (m_updating || !m_scene)
        return;
    const LayerKind kind = LayerKind(item->data(kKindRole).toInt());
    const bool on = item->checkState() == Qt::Checked;
    if (isOverlay(kind))
        m_overlays->setVisible(kind, on); // computes it first
    else if (on && m_scene->layer(kind).isParcelFill())
        m_scene->setFillLayer(kind); // emits layersChanged → rebuild() shows the others unchecked
    else
        m_scene->setLayerVisible(kind, on);
}

void LayerPanel::onCurrentChanged()
{
    bool ok = false;
    const LayerKind kind = currentKind(&ok);
    const int row = m_list->currentRow();
    m_up->setEnabled(ok && row > 0);
    m_down->setEnabled(ok && row >= 0 && row < m_list->count() - 1);
    m_opacity->setEnabled(ok);
    updateOverlayOptions();
    if (ok && m_scene) {
        const bool was = m_updating;
        m_updating = true;
        m_opacity->setValue(int(std::lround(m_scene->layer(kind).style.opacity * 100)));
        m_updating = was;
    }
}

void LayerPanel::moveCurrent(int delta)
{
    bool ok = false;
    const LayerKind kind = currentKind(&ok);
    if (!ok || !m_scene)
        return;
    // The list is top-first; the scene's order is bottom-first: "up" in the list = later in drawing order.
    // Hidden basemap rows are not listed, so move by scene positions of the neighbouring listed row.
    const int row = m_list->currentRow();
    const int target = row - delta;
    if (target < 0 || target >= m_list->count())
        return;
    const LayerKind other = LayerKind(m_list->item(target)->data(kKindRole).toInt());
    m_scene->moveLayer(m_scene->layerPosition(kind), m_scene->layerPosition(other));
}

void LayerPanel::applyListOrder()
{
    if (!m_scene || !m_scene->isLoaded()) {
        rebuild();
        return;
    }
    // Listed layers, bottom (drawn first) to top.
    QList<LayerKind> listed;
    for (int i = m_list->count() - 1; i >= 0; --i)
        listed.append(LayerKind(m_list->item(i)->data(kKindRole).toInt()));
    // Unlisted layers (a basemap without a raster) keep their slots; the listed ones fill the others in
    // order.
    QList<LayerKind> order;
    qsizetype next = 0;
    for (const MapLayer &l : m_scene->layers())
        order.append(listed.contains(l.kind) && next < listed.size() ? listed.at(next++) : l.kind);
    for (int i = 0; i < order.size(); ++i)
        if (const int from = m_scene->layerPosition(order.at(i)); from != i)
            m_scene->moveLayer(from, i);
    rebuild();
}

void LayerPanel::setLegendHeld(bool held)
{
    const bool released = m_legendHeld && !held;
    m_legendHeld = held;
    if (released)
        refreshLegend();
}

void LayerPanel::refreshLegend()
{
    m_legendKind = LayerKind::Parcels;
    const MapLayer *explained = nullptr; // the top visible layer with a legend: it explains the map
    if (m_scene && m_scene->isLoaded()) {
        const LayerList layers = m_scene->layers();
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            if (!it->style.visible)
                continue;
            if (!explained && it->hasLegend())
                explained = &*it;
            if (it->isParcelFill()) {
                m_legendKind = it->kind;
                break;
            }
        }
    }
    QList<LegendEntry> entries;
    QString title = m_scene && m_scene->isLoaded() ? titleFor(m_scene->layer(m_legendKind))
                                                   : EcosystemLayer().displayName();
    if (explained && isOverlay(explained->kind)) {
        entries = m_overlays->legend(explained->kind);
        title = m_overlays->description(explained->kind);
    } else if (m_scene && m_scene->isLoaded() && !m_legendHeld) { // held: no counts yet, an empty legend
        const MapLayer &layer = m_scene->layer(m_legendKind);
        entries = m_scene->legend(m_legendKind);
        for (LegendEntry &e : entries)
            e.label = layer.legendLabel(e);
    }
    m_legend->setEntries(entries);
    m_legendTitle->setText(tr("Legend: %1").arg(title));
}

void LayerPanel::retranslate()
{
    setWindowTitle(tr("Layers"));
    m_up->setToolTip(tr("Move the layer up (drawn later, on top)"));
    m_down->setToolTip(tr("Move the layer down"));
    m_opacityLabel->setText(tr("Opacity"));
    const bool was = m_updating;
    m_updating = true;
    m_overlayEcosystem->clear();
    for (const Ecosystem &e : builtinEcosystems())
        m_overlayEcosystem->addItem(DisplayNames::of(e), e.key);
    m_overlayMeasure->clear();
    m_overlayMeasure->addItem(tr("Land (mu)"), int(IndicatorOverlays::Measure::Land));
    m_overlayMeasure->addItem(tr("Energy (tce/year)"), int(IndicatorOverlays::Measure::Energy));
    m_overlayMeasure->addItem(tr("Finance (10k CNY)"), int(IndicatorOverlays::Measure::Finance));
    m_overlayMeasure->addItem(tr("Projects"), int(IndicatorOverlays::Measure::Projects));
    m_updating = was;
    rebuild();
}

} // namespace zhili
