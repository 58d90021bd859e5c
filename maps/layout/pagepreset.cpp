#include "layout/pagepreset.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

namespace zhili {

QSize PagePreset::pixelSize(double dpi) const
{
    return QSize(int(std::lround(widthInches() * dpi)), int(std::lround(heightInches() * dpi)));
}

double PagePreset::typeScale() const
{
    if (slide)
        return 1.45;
    return std::min(sizeMm.width(), sizeMm.height()) >= 290 ? 1.3 : 1.0;
}

QPageSize PagePreset::pageSize() const
{
    if (id.startsWith(QLatin1String("A4")))
        return QPageSize(QPageSize::A4);
    if (id.startsWith(QLatin1String("A3")))
        return QPageSize(QPageSize::A3);
    // The slide: 20 in × 11.25 in = 1440 × 810 pt exactly. QPageSize stores portrait, the orientation turns
    // it.
    return QPageSize(QSizeF(810, 1440), QPageSize::Point, QStringLiteral("Slide 16:9"),
                     QPageSize::ExactMatch);
}

QPageLayout::Orientation PagePreset::orientation() const
{
    return sizeMm.width() > sizeMm.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
}

const QList<PagePreset> &PagePreset::all()
{
    // Margins: 10 mm on A4 (printers need ~5 mm), 12 mm on A3; a slide keeps a 6 % safe area for projectors.
    // The labels are English sources of the "PagePreset" catalogue: displayLabel() translates them.
    const auto label = [](const char *text) { return QString::fromUtf8(text); };
    static const QList<PagePreset> list = {
        {QStringLiteral("A4-landscape"), label(QT_TRANSLATE_NOOP("PagePreset", "A4 landscape")),
         QSizeF(297, 210), 10},
        {QStringLiteral("A4-portrait"), label(QT_TRANSLATE_NOOP("PagePreset", "A4 portrait")),
         QSizeF(210, 297), 10},
        {QStringLiteral("A3-landscape"), label(QT_TRANSLATE_NOOP("PagePreset", "A3 landscape")),
         QSizeF(420, 297), 12},
        {QStringLiteral("A3-portrait"), label(QT_TRANSLATE_NOOP("PagePreset", "A3 portrait")),
         QSizeF(297, 420), 12},
        {QStringLiteral("slide-16x9"), label(QT_TRANSLATE_NOOP("PagePreset", "16:9 slide (1920×1080)")),
         QSizeF(508, 285.75), 14, true},
    };
    return list;
}

QString PagePreset::displayLabel() const
{
    return QCoreApplication::translate("PagePreset", label.toUtf8().constData());
}

PagePreset PagePreset::byId(const QString &id)
{
    for (const PagePreset &p : all())
        if (p.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    throw Error(
        QCoreApplication::translate("PagePreset", "unknown page \"%1\": use one of %2").arg(id, idList()));
}

QString PagePreset::idList()
{
    QStringList ids;
    for (const PagePreset &p : all())
        ids << p.id;
    return ids.join(QStringLiteral(", "));
}

} // namespace zhili
