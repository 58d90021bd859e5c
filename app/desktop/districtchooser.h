#pragma once

#include "geometry/envelope.h"

#include <QObject>
#include <QPointF>
#include <QStringList>
#include <optional>

class QComboBox;
class QMenu;
class QToolBar;

namespace zhili {

class MapCanvas;

/// "Zoom to district" in its two places, View ▸ Zoom to district and the navigation tool bar's chooser, with
/// one memory of the district chosen: the chooser shows it, chosen from either place, while the map shows
/// that district, and its "District…" prompt again once the user has moved the map elsewhere.
///
/// The chooser also names the district the user works in on the map: an Identify click inside a district
/// (on a parcel or not) shows that district, without moving the map, until the clicked place leaves the view.
class DistrictChooser : public QObject {
    Q_OBJECT
public:
    /// Fills `menu` and adds the chooser (objectName "districtChooser") to `toolBar`.
    DistrictChooser(MapCanvas *canvas, QMenu *menu, QToolBar *toolBar, QObject *parent = nullptr);

    /// Re-reads the districts of the canvas's scene (none while no cache is open).
    void update();
    /// Zooms to district `name` and shows it in the chooser.
    void zoomTo(const QString &name);
    /// Shows district `name` because the user identified `mapPoint` in it; the map stays where it is.
    void follow(const QString &name, const QPointF &mapPoint);
    /// The district the chooser shows (empty when it shows its prompt).
    QString current() const;
    QComboBox *comboBox() const { return m_combo; }

private:
    /// Back to the prompt when the view no longer shows the chosen district.
    void followView();

    MapCanvas *m_canvas;
    QMenu *m_menu;
    QComboBox *m_combo;
    Envelope m_chosen;              ///< extent of the district in the chooser, when chosen to zoom to it
    std::optional<QPointF> m_place; ///< the identified point, when the chooser follows an Identify
};

} // namespace zhili
