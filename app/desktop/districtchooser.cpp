#include "desktop/districtchooser.h"

#include "desktop/mapcanvas.h"
#include "render/mapscene.h"

#include <QComboBox>
#include <QMenu>
#include <QToolBar>
#include <algorithm>

namespace zhili {

DistrictChooser::DistrictChooser(MapCanvas *canvas, QMenu *menu, QToolBar *toolBar, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_menu(menu), m_combo(new QComboBox(toolBar))
{
    m_combo->setObjectName(QStringLiteral("districtChooser"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("Zoom to a district"));
    toolBar->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            zoomTo(m_combo->itemData(index).toString());
    });
    connect(m_menu, &QMenu::aboutToShow, this, &DistrictChooser::update);
    connect(m_canvas, &MapCanvas::extentChanged, this, &DistrictChooser::followView);
    update();
}

void DistrictChooser::update()
{
    const MapScene *scene = m_canvas->scene();
    const QStringList names = scene && scene->isLoaded() ? scene->districtNames() : QStringList();
    m_menu->clear();
    for (const QString &name : names)
        m_menu->addAction(name, this, [this, name] { zoomTo(name); });
    if (names.isEmpty())
        m_menu->addAction(tr("(no districts)"))->setEnabled(false);

    const QString chosen = current();
    m_combo->clear();
    m_combo->addItem(QIcon(QStringLiteral(":/zhili/icons/zoom-district.svg")), tr("District…"));
    for (const QString &name : names)
        m_combo->addItem(name, name);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(chosen)));
    m_combo->setEnabled(!names.isEmpty());
}

void DistrictChooser::zoomTo(const QString &name)
{
    const MapScene *scene = m_canvas->scene();
    if (!scene)
        return;
    const Envelope extent = scene->districtExtent(name);
    if (extent.isNull())
        return;
    m_canvas->setExtent(extent, true);
    m_chosen = extent;
    m_place.reset();
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(name)));
}

void DistrictChooser::follow(const QString &name, const QPointF &mapPoint)
{
    const int index = m_combo->findData(name);
    if (index <= 0)
        return;
    m_combo->setCurrentIndex(index);
    m_chosen = Envelope();
    m_place = mapPoint;
}

QString DistrictChooser::current() const
{
    return m_combo->currentData().toString();
}

void DistrictChooser::followView()
{
    if (m_combo->currentIndex() <= 0)
        return;
    if (m_place) {
        // Followed from an Identify: the district stays while the place the user clicked is in view.
        if (!m_canvas->extent().contains(m_place->x(), m_place->y())) {
            m_place.reset();
            m_combo->setCurrentIndex(0);
        }
        return;
    }
    if (m_chosen.isNull())
        return;
    // Still "this district" while it is whole in view and fills at least half of it (a resize fits it
    // again); a zoom, a pan or another district's extent moves on.
    const Envelope view = m_canvas->extent();
    const bool whole =
        view.contains(m_chosen.minX, m_chosen.minY) && view.contains(m_chosen.maxX, m_chosen.maxY);
    const double fill = std::max(m_chosen.width() / std::max(view.width(), 1e-9),
                                 m_chosen.height() / std::max(view.height(), 1e-9));
    if (!whole || fill < 0.5)
        m_combo->setCurrentIndex(0);
}

} // namespace zhili
