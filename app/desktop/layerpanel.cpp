#include "desktop/layerpanel.h"

#include "desktop/indicatoroverlays.h"
#include "desktop/legenddelegate.h"
#include "desktop/translations.h"
#include "layers/legendmodel.h"
#include "model/ecosystem.h"
#include "render/mapscene.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace zhili {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kOverlayRole = Qt::UserRole + 2; // 1 + IndicatorOverlay::Kind on overlay rows
constexpr IndicatorOverlay::Kind kOverlayKinds[] = {IndicatorOverlay::Kind::Achievement,
                                                    IndicatorOverlay::Kind::Classes}; // top first

QString unitFor(LayerKind k)
{
    switch (k) {
    case LayerKind::LandTheme:
        return LayerPanel::tr("mu");
    case LayerKind::EnergyTheme:
        return LayerPanel::tr("tce/yr");
    case LayerKind::FinanceTheme:
        return LayerPanel::tr("10k CNY");
    default:
        return QString();
    }
}
} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QDockWidget(parent), m_list(new QListWidget), m_up(new QToolButton), m_down(new QToolButton),
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
    m_legendView->setUniformItemSizes(true);
    QFont bold = m_legendTitle->font();
    bold.setBold(true);
    m_legendTitle->setFont(bold);

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
        if (const int o = currentOverlay(); o > 0) {
            if (m_overlays && !m_updating)
                m_overlays->setOpacity(kOverlayKinds[o == 1 ? 0 : 1], v / 100.0);
            return;
        }
        bool ok = false;
        const LayerKind k = currentKind(&ok);
        if (ok && m_scene && !m_updating)
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

int LayerPanel::currentOverlay() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kOverlayRole).toInt() : 0;
}

void LayerPanel::updateOverlayRows()
{
    const bool was = m_updating;
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const int o = item->data(kOverlayRole).toInt();
        if (o == 0 || !m_overlays)
            continue;
        const IndicatorOverlay::Kind kind = kOverlayKinds[o - 1];
        item->setText(m_overlays->description(kind));
        item->setCheckState(m_overlays->isVisible(kind) ? Qt::Checked : Qt::Unchecked);
        const QString error = m_overlays->error(kind);
        item->setToolTip(error.isEmpty() ? m_overlays->description(kind) : error);
    }
    m_updating = was;
}

void LayerPanel::updateOverlayOptions()
{
    const int o = currentOverlay();
    m_overlayOptions->setVisible(o > 0 && m_overlays);
    if (!m_overlays)
        return;
    const bool was = m_updating;
    m_updating = true;
    m_overlayYear->setValue(m_overlays->year());
    m_overlayEcosystem->setCurrentIndex(m_overlayEcosystem->findData(m_overlays->ecosystem()));
    m_overlayMeasure->setCurrentIndex(m_overlayMeasure->findData(int(m_overlays->measure())));
    // The per-mu classes depend on the year only.
    m_overlayEcosystem->setEnabled(o == 1);
    m_overlayMeasure->setEnabled(o == 1);
    m_updating = was;
}

QString LayerPanel::legendTitle() const
{
    return m_legendTitle->text();
}

QString LayerPanel::titleFor(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Basemap:
        return tr("Basemap (GeoTIFF)");
    case LayerKind::Districts:
        return tr("District boundaries");
    case LayerKind::Parcels:
        return tr("Parcels by ecosystem");
    case LayerKind::LandTheme:
        return tr("Land allocation (mu)");
    case LayerKind::EnergyTheme:
        return tr("Energy allocation (tce/year)");
    case LayerKind::FinanceTheme:
        return tr("Finance allocation (10k CNY)");
    case LayerKind::Labels:
        return tr("Labels");
    case LayerKind::Selection:
        return tr("Selection");
    }
    return QString();
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
    *ok = item != nullptr && item->data(kOverlayRole).toInt() == 0;
    return *ok ? LayerKind(item->data(kKindRole).toInt()) : LayerKind::Parcels;
}

void LayerPanel::rebuild()
{
    bool hadCurrent = false;
    const LayerKind current = currentKind(&hadCurrent);
    const int currentOverlayRow = currentOverlay();
    m_updating = true;
    m_list->clear();
    if (m_scene && m_scene->isLoaded()) {
        if (m_overlays) {
            for (int i = 0; i < 2; ++i) {
                auto *item = new QListWidgetItem;
                item->setData(kOverlayRole, i + 1);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                m_list->addItem(item);
                if (currentOverlayRow == i + 1)
                    m_list->setCurrentItem(item);
            }
            updateOverlayRows();
        }
        const LayerList layers = m_scene->layers();
        // Top of the list is drawn last (on top), as in every GIS.
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            if (it->kind == LayerKind::Basemap && it->style.rasterPath.isEmpty())
                continue;
            auto *item = new QListWidgetItem(titleFor(it->kind));
            item->setData(kKindRole, int(it->kind));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(it->style.visible ? Qt::Checked : Qt::Unchecked);
            m_list->addItem(item);
            if (hadCurrent && it->kind == current)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0) {
        // The top scene layer, not an overlay row, is current by default.
        int row = 0;
        while (row + 1 < m_list->count() && m_list->item(row)->data(kOverlayRole).toInt() > 0)
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
    if (const int o = item->data(kOverlayRole).toInt(); o > 0) {
        if (m_overlays)
            m_overlays->setVisible(kOverlayKinds[o - 1], item->checkState() == Qt::Checked);
        return;
    }
    const LayerKind kind = LayerKind(item->data(kKindRole).toInt());
    const bool on = item->checkState() == Qt::Checked;
    if (on && m_scene->layer(kind).isParcelFill())
        m_scene->setFillLayer(kind); // emits layersChanged → rebuild() shows the others unchecked
    else
        m_scene->setLayerVisible(kind, on);
}

void LayerPanel::onCurrentChanged()
{
    bool ok = false;
    const LayerKind kind = currentKind(&ok);
    const int row = m_list->currentRow();
    // Overlays stay on top: scene layers move among themselves only.
    const int firstSceneRow = m_overlays && m_scene && m_scene->isLoaded() ? 2 : 0;
    m_up->setEnabled(ok && row > firstSceneRow);
    m_down->setEnabled(ok && row >= 0 && row < m_list->count() - 1);
    const int o = currentOverlay();
    m_opacity->setEnabled(ok || o > 0);
    updateOverlayOptions();
    if (o > 0 && m_overlays) {
        const bool was = m_updating;
        m_updating = true;
        m_opacity->setValue(int(std::lround(m_overlays->opacity(kOverlayKinds[o - 1]) * 100)));
        m_updating = was;
    } else if (ok && m_scene) {
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
    if (target < 0 || target >= m_list->count() || m_list->item(target)->data(kOverlayRole).toInt() > 0)
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
    // Listed scene layers, bottom (drawn first) to top; overlay rows are not scene layers.
    QList<LayerKind> listed;
    for (int i = m_list->count() - 1; i >= 0; --i)
        if (m_list->item(i)->data(kOverlayRole).toInt() == 0)
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
    // Also puts overlay rows back on top when one was dragged among the scene layers.
    rebuild();
}

void LayerPanel::refreshLegend()
{
    m_legendKind = LayerKind::Parcels;
    QList<LegendEntry> entries;
    if (m_scene && m_scene->isLoaded()) {
        const LayerList layers = m_scene->layers();
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            if (it->isParcelFill() && it->style.visible) {
                m_legendKind = it->kind;
                break;
            }
        }
        entries = m_scene->legend(m_legendKind);
        const bool zh = Translations::isChinese();
        const QLocale l;
        for (LegendEntry &e : entries) {
            if (m_legendKind == LayerKind::Parcels) {
                if (e.key.isEmpty())
                    e.label = tr("Unassigned");
                else if (const Ecosystem *eco = findEcosystem(e.key))
                    e.label = zh ? eco->nameZh : eco->nameEn;
            } else if (e.key.isEmpty()) {
                e.label = tr("No allocation");
            } else {
                e.label =
                    QStringLiteral("%1 – %2 %3")
                        .arg(l.toString(e.lower, 'g', 6), l.toString(e.upper, 'g', 6), unitFor(m_legendKind));
            }
        }
    }
    // A visible overlay is drawn on top of the fill: its legend is the one that explains the map.
    QString title = titleFor(m_legendKind);
    if (m_overlays && m_scene && m_scene->isLoaded()) {
        for (IndicatorOverlay::Kind k : kOverlayKinds) {
            if (m_overlays->isVisible(k)) {
                entries = m_overlays->legend(k);
                title = m_overlays->description(k);
                break;
            }
        }
    }
    m_legend->setEntries(entries);
    m_legendTitle->setText(tr("Legend: %1").arg(title));
}

void LayerPanel::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void LayerPanel::retranslate()
{
    setWindowTitle(tr("Layers"));
    m_up->setToolTip(tr("Move the layer up (drawn later, on top)"));
    m_down->setToolTip(tr("Move the layer down"));
    m_opacityLabel->setText(tr("Opacity"));
    const bool was = m_updating;
    m_updating = true;
    const bool zh = Translations::isChinese();
    m_overlayEcosystem->clear();
    for (const Ecosystem &e : builtinEcosystems())
        m_overlayEcosystem->addItem(zh ? e.nameZh : e.nameEn, e.key);
    m_overlayMeasure->clear();
    m_overlayMeasure->addItem(tr("Land (mu)"), int(IndicatorOverlays::Measure::Land));
    m_overlayMeasure->addItem(tr("Energy (tce/year)"), int(IndicatorOverlays::Measure::Energy));
    m_overlayMeasure->addItem(tr("Finance (10k CNY)"), int(IndicatorOverlays::Measure::Finance));
    m_overlayMeasure->addItem(tr("Projects"), int(IndicatorOverlays::Measure::Projects));
    m_updating = was;
    rebuild();
}

} // namespace zhili
