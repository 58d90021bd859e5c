#include "desktop/indicatoroverlays.h"
#include "desktop/readonlycachejob.h"
#include "util/enumtable.h"

#include "cache/geopackagecache.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "render/mapscene.h"
#include "util/assignifchanged.h"
#include "util/error.h"

#include <QDate>
#include <QFutureWatcher>
#include <QLocale>
#include <algorithm>
#include <exception>

namespace zhili {

namespace {
using Result = ReadOnlyCacheResult<IndicatorOverlay>;
} // namespace

struct IndicatorOverlays::Slot {
    bool visible = false;
    double opacity = -1; // -1 = IndicatorOverlay::defaultOpacity
    IndicatorOverlay overlay;
    QString error;
    quint64 generation = 0; // of the newest request; older results are dropped
    int running = 0;
};

IndicatorOverlays::IndicatorOverlays(QObject *parent)
    : QObject(parent), m_year(QDate::currentDate().year()), m_achievement(std::make_unique<Slot>()),
      m_classes(std::make_unique<Slot>())
{
}

IndicatorOverlays::~IndicatorOverlays() = default;

IndicatorOverlays::Slot &IndicatorOverlays::slot(Kind kind)
{
    return kind == Kind::Achievement ? *m_achievement : *m_classes;
}

const IndicatorOverlays::Slot &IndicatorOverlays::slot(Kind kind) const
{
    return kind == Kind::Achievement ? *m_achievement : *m_classes;
}

void IndicatorOverlays::setSource(const QString &cachePath, MapScene *scene)
{
    m_path = cachePath;
    m_scene = scene;
    m_namesHidden = false; // a new scene comes with its own styles
    for (Kind k : {Kind::Achievement, Kind::Classes}) {
        Slot &s = slot(k);
        s.overlay = IndicatorOverlay();
        s.error.clear();
        ++s.generation; // whatever still runs is for the old cache
        pushToScene(k);
    }
    applyDistrictNames();
    refresh();
}

void IndicatorOverlays::setVisible(Kind kind, bool visible)
{
    Slot &s = slot(kind);
    if (s.visible == visible)
        return;
    s.visible = visible;
    if (kind == Kind::Achievement)
        applyDistrictNames();
    if (visible)
        compute(kind);
    pushToScene(kind);
    emit changed();
}

bool IndicatorOverlays::isVisible(Kind kind) const
{
    return slot(kind).visible;
}

void IndicatorOverlays::setOpacity(Kind kind, double opacity)
{
    slot(kind).opacity = std::clamp(opacity, 0.0, 1.0);
    pushToScene(kind);
}

double IndicatorOverlays::opacity(Kind kind) const
{
    const double o = slot(kind).opacity;
    return o < 0 ? IndicatorOverlay::defaultOpacity(kind) : o;
}

void IndicatorOverlays::setYear(int year)
{
    if (!assignIfChanged(m_year, year))
        return;
    refresh();
    emit changed();
}

void IndicatorOverlays::setEcosystem(const QString &key)
{
    if (!assignIfChanged(m_ecosystem, key))
        return;
    achievementOptionChanged();
}

void IndicatorOverlays::setMeasure(Measure measure)
{
    if (!assignIfChanged(m_measure, measure))
        return;
    achievementOptionChanged();
}

void IndicatorOverlays::achievementOptionChanged()
{
    if (m_achievement->visible)
        compute(Kind::Achievement);
    emit changed();
}

const IndicatorOverlay &IndicatorOverlays::overlay(Kind kind) const
{
    return slot(kind).overlay;
}

QString IndicatorOverlays::error(Kind kind) const
{
    return slot(kind).error;
}

bool IndicatorOverlays::isBusy() const
{
    return m_achievement->running > 0 || m_classes->running > 0;
}

void IndicatorOverlays::refresh()
{
    for (Kind k : {Kind::Achievement, Kind::Classes})
        if (slot(k).visible)
            compute(k);
}

void IndicatorOverlays::compute(Kind kind)
{
    Slot &s = slot(kind);
    const quint64 generation = ++s.generation;
    if (m_path.isEmpty() || !m_scene || !m_scene->isLoaded()) {
        s.overlay = IndicatorOverlay();
        return;
    }
    const bool wasBusy = isBusy();
    ++s.running;
    if (!wasBusy)
        emit busyChanged(true);
    // Everything the worker needs is copied here: it never touches the GUI thread's connection or scene.
    const QString path = m_path;
    const QList<DistrictShape> districts = m_scene->districts();
    const int year = m_year;
    const QString eco = m_ecosystem;
    const Measure measure = m_measure;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, kind, generation] {
        watcher->deleteLater();
        Slot &s = slot(kind);
        --s.running;
        if (generation == s.generation) {
            const Result r = watcher->result();
            s.overlay = r.value;
            s.error = r.error;
            pushToScene(kind);
            emit changed();
        }
        if (!isBusy())
            emit busyChanged(false);
    });
    watcher->setFuture(runOnReadOnlyCache<IndicatorOverlay>(path, [districts, year, eco, measure,
                                                                   kind](GeoPackageCache &cache) {
        return kind == Kind::Achievement ? IndicatorOverlay::achievement(cache, districts, year, eco, measure)
                                         : IndicatorOverlay::classes(cache, year);
    }));
}

void IndicatorOverlays::applyDistrictNames()
{
    // The choropleth writes "district NN %" where the district layer writes the name: show one of them, as
    // zhili-cli indicator-map does.
    if (!m_scene || !m_scene->isLoaded())
        return;
    const bool hide = m_achievement->visible && IndicatorOverlay::hidesDistrictNames(Kind::Achievement);
    LayerStyle style = m_scene->layer(LayerKind::Districts).style;
    if (hide && !m_namesHidden && style.showNames) {
        style.showNames = false;
        m_namesHidden = true;
        m_scene->setLayerStyle(LayerKind::Districts, style);
    } else if (!hide && m_namesHidden) {
        style.showNames = true;
        m_namesHidden = false;
        m_scene->setLayerStyle(LayerKind::Districts, style);
    }
}

void IndicatorOverlays::pushToScene(Kind kind)
{
    if (!m_scene || !m_scene->isLoaded())
        return;
    const Slot &s = slot(kind);
    m_scene->setIndicatorOverlay(kind, s.overlay);
    m_scene->setLayerStyle(kind, m_scene->layer(kind).style.withVisibility(s.visible, opacity(kind)));
}

QString IndicatorOverlays::title(Kind kind)
{
    return kind == Kind::Achievement ? tr("Target achievement by district") : tr("Parcels by per-mu class");
}

QString IndicatorOverlays::description(Kind kind) const
{
    if (kind == Kind::Classes)
        return tr("%1 (%2)").arg(title(kind)).arg(m_year);
    const Ecosystem *e = findEcosystem(m_ecosystem);
    const QString eco = e ? DisplayNames::of(*e) : m_ecosystem;
    static const EnumTable<Measure> measures(
        "zhili::IndicatorOverlays",
        {
            {Measure::Land, "", QT_TRANSLATE_NOOP("zhili::IndicatorOverlays", "land")},
            {Measure::Energy, "", QT_TRANSLATE_NOOP("zhili::IndicatorOverlays", "energy")},
            {Measure::Finance, "", QT_TRANSLATE_NOOP("zhili::IndicatorOverlays", "finance")},
            {Measure::Projects, "", QT_TRANSLATE_NOOP("zhili::IndicatorOverlays", "projects")},
        });
    return tr("%1: %2 %3, %4").arg(title(kind), eco).arg(m_year).arg(measures.label(m_measure));
}

QList<LegendEntry> IndicatorOverlays::legend(Kind kind) const
{
    QList<LegendEntry> entries = slot(kind).overlay.legend();
    const AchievementLayer *a = slot(kind).overlay.achievementLayer();
    const QLocale l;
    if (!a) // the per-mu classes name themselves in the user's language
        return entries;
    for (LegendEntry &e : entries) {
        e.areaMu = -1; // LegendDelegate: the count is of districts
        const QString green = l.toString(a->thresholds().green * 100, 'g', 4);
        const QString amber = l.toString(a->thresholds().amber * 100, 'g', 4);
        if (e.key == QLatin1String("green"))
            e.label = tr("On track: ≥ %1 % of target").arg(green);
        else if (e.key == QLatin1String("amber"))
            e.label = tr("Behind: %1 – %2 % of target").arg(amber, green);
        else if (e.key == QLatin1String("red"))
            e.label = tr("Far behind: < %1 % of target").arg(amber);
        else if (e.key == QLatin1String("key"))
            e.label = tr("Key district (outline)");
        else
            e.label = tr("No target");
    }
    return entries;
}

} // namespace zhili
