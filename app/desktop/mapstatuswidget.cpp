#include "desktop/mapstatuswidget.h"

#include "crs/crs.h"
#include "util/error.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <cmath>

namespace zhili {

MapStatusWidget::MapStatusWidget(QWidget *parent)
    : Retranslating(parent), m_scale(new QLabel(this)), m_projected(new QLabel(this)),
      m_lonLat(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_scale->setObjectName(QStringLiteral("scaleLabel"));
    m_projected->setObjectName(QStringLiteral("projectedLabel"));
    m_lonLat->setObjectName(QStringLiteral("lonLatLabel"));
    // Fixed minimum widths so the bar does not jump while the mouse moves.
    const QFontMetrics fm(font());
    m_scale->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("比例尺 1:10,000,000")));
    m_projected->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("X 40,515,000.0  Y 3,350,000.0 m")));
    m_lonLat->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("120.123456°E 30.123456°N")));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel->setIcon(QIcon(QStringLiteral(":/zhili/icons/cancel.svg")));
    m_cancel->setAutoRaise(true);
    m_cancel->setVisible(false);
    // Showing/hiding them must not change the status bar's height: that would resize the canvas and start
    // another render, forever.
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)}) {
        QSizePolicy sp = w->sizePolicy();
        sp.setRetainSizeWhenHidden(true);
        w->setSizePolicy(sp);
    }
    connect(m_cancel, &QToolButton::clicked, this, &MapStatusWidget::cancelRequested);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_projected);
    layout->addWidget(m_lonLat);
    layout->addWidget(m_scale);
    retranslate();
}

MapStatusWidget::~MapStatusWidget() = default;

void MapStatusWidget::setCrs(const Crs &crs)
{
    // PROJ builds the lon/lat transform in milliseconds that a big cache's first map needs more: it is made
    // at the first cursor read-out instead.
    m_toLonLat.reset();
    m_crs = crs;
    m_transformMade = false;
    m_crsName = crs.isValid() ? crs.authId() : QString();
    clearCursor();
}

CoordinateTransform *MapStatusWidget::toLonLat()
{
    if (!m_transformMade && m_crs.isValid()) {
        try {
            m_toLonLat = std::make_unique<CoordinateTransform>(m_crs, Crs::fromEpsg(4490));
        } catch (const Error &e) {
            qWarning("lon/lat read-out unavailable: %s", qPrintable(e.message()));
        }
    }
    m_transformMade = true;
    return m_toLonLat.get();
}

void MapStatusWidget::showScale(double denominator)
{
    if (!(denominator > 0) || !std::isfinite(denominator)) {
        m_scale->clear();
        return;
    }
    m_scale->setText(tr("Scale 1:%1").arg(QLocale().toString(qint64(std::llround(denominator)))));
}

void MapStatusWidget::showCursor(const QPointF &p)
{
    const QLocale l;
    m_projected->setText(tr("X %1  Y %2 m").arg(l.toString(p.x(), 'f', 1), l.toString(p.y(), 'f', 1)));
    m_projected->setToolTip(tr("Map coordinates in %1 (metres)").arg(m_crsName));
    CoordinateTransform *toLonLat = this->toLonLat();
    if (!toLonLat) {
        m_lonLat->clear();
        return;
    }
    double x = p.x(), y = p.y();
    try {
        toLonLat->transformPoint(&x, &y);
        m_lonLat->setText(QStringLiteral("%1°%2 %3°%4")
                              .arg(std::abs(x), 0, 'f', 6)
                              .arg(x >= 0 ? tr("E") : tr("W"))
                              .arg(std::abs(y), 0, 'f', 6)
                              .arg(y >= 0 ? tr("N") : tr("S")));
    } catch (const Error &) {
        m_lonLat->setText(tr("lon/lat: outside the CRS"));
    }
}

void MapStatusWidget::clearCursor()
{
    m_projected->clear();
    m_lonLat->clear();
}

void MapStatusWidget::renderStarted()
{
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
}

void MapStatusWidget::renderProgress(int percent)
{
    m_progress->setValue(percent);
}

void MapStatusWidget::renderStopped()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
}

QString MapStatusWidget::scaleText() const
{
    return m_scale->text();
}
QString MapStatusWidget::projectedText() const
{
    return m_projected->text();
}
QString MapStatusWidget::lonLatText() const
{
    return m_lonLat->text();
}

void MapStatusWidget::retranslate()
{
    m_cancel->setToolTip(tr("Cancel drawing the map (Esc)"));
    m_lonLat->setToolTip(tr("Longitude / latitude, CGCS2000 (EPSG:4490)"));
    m_progress->setToolTip(tr("Drawing the map…"));
}

} // namespace zhili
