#include "layers/achievementlayer.h"

#include "model/ecosystem.h"
#include "render/mapsettings.h"
#include "render/polygonpath.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace zhili {

const MeasureProgress &AchievementLayer::progressOf(const ProgressRow &r, Measure m)
{
    switch (m) {
    case AchievementLayer::Measure::Land:
        return r.land;
    case AchievementLayer::Measure::Energy:
        return r.energy;
    case AchievementLayer::Measure::Finance:
        return r.finance;
    case AchievementLayer::Measure::Projects:
        break;
    }
    return r.projects;
}

AchievementLayer::AchievementLayer(const IndicatorReport &report, const QList<DistrictShape> &districts,
                                   const QString &ecosystem, Measure measure)
    : m_thresholds(report.thresholds)
{
    const Ecosystem *e = findEcosystem(ecosystem);
    m_keyColor = QColor(e ? e->color : unassignedColor());
    for (const DistrictShape &d : districts) {
        Entry entry;
        entry.district = d.name;
        entry.geometry = d.geometry;
        entry.labelPoint = d.labelPoint;
        if (const ProgressRow *row = report.row(ecosystem, d.name)) {
            const MeasureProgress &m = progressOf(*row, measure);
            entry.rag = m.rag;
            entry.progress = m.progress;
            entry.key = bool(row->keyDistrict);
        }
        m_entries.append(entry);
    }
}

QColor AchievementLayer::fillColor(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return QColor(26, 152, 80, 150);
    case Rag::Amber:
        return QColor(243, 156, 18, 150);
    case Rag::Red:
        return QColor(215, 48, 39, 150);
    case Rag::None:
        break;
    }
    return QColor(189, 189, 189, 110);
}

QList<LegendEntry> AchievementLayer::legend() const
{
    auto count = [this](Rag rag) {
        qint64 n = 0;
        for (const Entry &e : m_entries)
            n += e.rag == rag;
        return n;
    };
    QList<LegendEntry> list;
    const QString g = QString::number(m_thresholds.green * 100, 'g', 4);
    const QString a = QString::number(m_thresholds.amber * 100, 'g', 4);
    list.append({QCoreApplication::translate("AchievementLayer", "green ≥ %1 % of target").arg(g),
                 fillColor(Rag::Green), count(Rag::Green), 0, QStringLiteral("green"), 0, 0});
    list.append({QCoreApplication::translate("AchievementLayer", "amber %1 – %2 %").arg(a, g),
                 fillColor(Rag::Amber), count(Rag::Amber), 0, QStringLiteral("amber"), 0, 0});
    list.append({QCoreApplication::translate("AchievementLayer", "red < %1 %").arg(a), fillColor(Rag::Red),
                 count(Rag::Red), 0, QStringLiteral("red"), 0, 0});
    list.append({QCoreApplication::translate("AchievementLayer", "no target"), fillColor(Rag::None),
                 count(Rag::None), 0, QString(), 0, 0});
    qint64 keys = 0;
    for (const Entry &e : m_entries)
        keys += e.key;
    list.append({QCoreApplication::translate("AchievementLayer", "key district (outline)"), m_keyColor, keys,
                 0, QStringLiteral("key"), 0, 0});
    return list;
}

void AchievementLayer::render(QPainter &painter, const MapSettings &settings, double opacity) const
{
    beginShapes(painter, opacity);
    const QTransform toPixel = settings.mapToPixel();
    // Fills first, then every outline, so a neighbour's fill never covers a key-district outline.
    const QPen boundary(QColor(80, 80, 80), settings.pixelsFromMm(0.3));
    for (const Entry &e : m_entries)
        fillAndOutline(painter, e.geometry, toPixel, fillColor(e.rag), boundary);
    for (const Entry &e : m_entries) {
        if (!e.key)
            continue;
        const QPainterPath path = polygonPath(e.geometry, toPixel);
        QPen pen(m_keyColor, settings.pixelsFromMm(1.2));
        pen.setJoinStyle(Qt::RoundJoin);
        painter.strokePath(path, pen);
    }
    QFont font = painter.font();
    font.setPixelSize(qMax(1, qRound(settings.pixelsFromPt(9))));
    painter.setFont(font);
    const QFontMetricsF fm(font);
    for (const Entry &e : m_entries) {
        const QPointF p = settings.toPixel(e.labelPoint);
        const QString text = e.progress
                                 ? QStringLiteral("%1 %2 %").arg(e.district).arg(*e.progress * 100, 0, 'f', 0)
                                 : e.district;
        QPainterPath textPath;
        textPath.addText(p.x() - fm.horizontalAdvance(text) / 2, p.y() + fm.ascent() / 2, font, text);
        painter.strokePath(textPath, QPen(Qt::white, settings.pixelsFromMm(0.6)));
        painter.fillPath(textPath, QColor(30, 30, 30));
    }
    painter.restore();
}

} // namespace zhili
