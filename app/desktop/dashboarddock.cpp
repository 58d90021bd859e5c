#include "desktop/dashboarddock.h"
#include "desktop/readonlycachejob.h"
#include "desktop/refreshwhenshown.h"
#include "model/displaynames.h"
#include "util/enumtable.h"

#include "cache/geopackagecache.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <exception>
#include <numbers>

namespace zhili {

namespace {

QString ragColor(Rag rag)
{
    // The map overlay's RAG colours, opaque (grey when there is no target).
    if (rag == Rag::None)
        return QStringLiteral("#9e9e9e");
    return AchievementLayer::fillColor(rag).name(QColor::HexRgb);
}

// The window's wording of the resources ("10k CNY") differs from core's resourceLabel() for the CLI and
// reports, so the dock keeps its own labels (RAG names are the same: core's ragLabel()).
QString resourceText(Resource r)
{
    static const EnumTable<Resource> table(
        "zhili::DashboardDock",
        {
            {Resource::Land, "", QT_TRANSLATE_NOOP("zhili::DashboardDock", "land (mu)")},
            {Resource::Energy, "", QT_TRANSLATE_NOOP("zhili::DashboardDock", "energy (tce)")},
            {Resource::Finance, "", QT_TRANSLATE_NOOP("zhili::DashboardDock", "finance (10k CNY)")},
        });
    return table.label(r);
}

using ComputeResult = ReadOnlyCacheResult<IndicatorReport>;

} // namespace

DashboardDock::DashboardDock(QWidget *parent) : QDockWidget(tr("Dashboard"), parent)
{
    setObjectName(QStringLiteral("DashboardDock"));
    m_whenShown = new RefreshWhenShown(this, [this] { refresh(); });
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    auto *controls = new QHBoxLayout;
    m_year = new QSpinBox(body);
    m_year->setRange(1949, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_year->setToolTip(tr("Target year"));
    m_ecosystem = new QComboBox(body);
    for (const Ecosystem &e : builtinEcosystems())
        m_ecosystem->addItem(DisplayNames::of(e), e.key);
    m_measure = new QComboBox(body);
    m_measure->addItem(tr("Land (mu)"), int(Measure::Land));
    m_measure->addItem(tr("Energy (tce)"), int(Measure::Energy));
    m_measure->addItem(tr("Finance (10k CNY)"), int(Measure::Finance));
    m_measure->addItem(tr("Projects"), int(Measure::Projects));
    auto *refreshButton = new QPushButton(tr("Refresh"), body);
    controls->addWidget(m_year);
    controls->addWidget(m_ecosystem, 1);
    controls->addWidget(m_measure, 1);
    controls->addWidget(refreshButton);
    layout->addLayout(controls);
    m_busy = new QProgressBar(body);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Computing the indicators…"));
    m_busy->hide();
    layout->addWidget(m_busy);

    auto *cityRow = new QFormLayout;
    m_cityWide = new QProgressBar(body);
    m_cityWide->setRange(0, 1000);
    m_cityWide->setTextVisible(true);
    cityRow->addRow(tr("City-wide"), m_cityWide);
    layout->addLayout(cityRow);

    m_chartView = new QChartView(body);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    layout->addWidget(m_chartView, 1);

    m_warnings = new QLabel(body);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_warnings);
    setWidget(body);

    connect(m_year, &QSpinBox::valueChanged, this, &DashboardDock::refresh);
    connect(m_ecosystem, &QComboBox::currentIndexChanged, this, &DashboardDock::rebuildChart);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &DashboardDock::rebuildChart);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardDock::refresh);
    rebuildChart();
}

DashboardDock::~DashboardDock() = default;

void DashboardDock::setCache(GeoPackageCache *cache)
{
    m_cache = cache;
    refresh();
}

void DashboardDock::setYear(int year)
{
    m_year->setValue(year);
} // valueChanged refreshes
int DashboardDock::year() const
{
    return m_year->value();
}

void DashboardDock::setEcosystem(const QString &key)
{
    const int i = m_ecosystem->findData(key);
    if (i >= 0)
        m_ecosystem->setCurrentIndex(i);
}

QString DashboardDock::ecosystem() const
{
    return m_ecosystem->currentData().toString();
}

void DashboardDock::setMeasure(Measure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

void DashboardDock::setComputeOnlyWhenVisible(bool on)
{
    m_computeOnlyWhenVisible = on;
}

bool DashboardDock::isStale() const
{
    return m_whenShown->isPending();
}

void DashboardDock::refresh()
{
    if (m_whenShown->postpone(m_computeOnlyWhenVisible && m_cache)) {
        ++m_generation; // a report still running is out of date too
        return;
    }
    const quint64 generation = ++m_generation;
    if (!m_cache) {
        m_report = IndicatorReport();
        m_error.clear();
        rebuildChart();
        return;
    }
    setBusy(true);
    auto *watcher = new QFutureWatcher<ComputeResult>(this);
    connect(watcher, &QFutureWatcher<ComputeResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        setBusy(false);
        if (generation != m_generation)
            return; // a newer refresh (edit, other year, other cache) is on its way
        const ComputeResult r = watcher->result();
        m_report = r.value;
        m_error = r.error;
        rebuildChart();
        emit reportReady();
    });
    watcher->setFuture(
        runOnReadOnlyCache<IndicatorReport>(m_cache->path(), [year = year()](GeoPackageCache &cache) {
            return IndicatorReport::compute(cache, year);
        }));
}

void DashboardDock::setBusy(bool starting)
{
    const bool was = isBusy();
    m_running += starting ? 1 : -1;
    m_busy->setVisible(isBusy());
    if (was != isBusy())
        emit busyChanged(isBusy());
}

QList<double> DashboardDock::allocatedValues() const
{
    QList<double> v;
    for (int i = 0; m_allocatedSet && i < m_allocatedSet->count(); ++i)
        v.append(m_allocatedSet->at(i));
    return v;
}

QList<double> DashboardDock::targetValues() const
{
    QList<double> v;
    for (int i = 0; m_targetSet && i < m_targetSet->count(); ++i)
        v.append(m_targetSet->at(i));
    return v;
}

QList<double> DashboardDock::valueTicks() const
{
    QList<double> ticks;
    if (!m_axisY)
        return ticks;
    const int n = m_axisY->tickCount();
    for (int i = 0; i < n; ++i)
        ticks.append(m_axisY->min() + (m_axisY->max() - m_axisY->min()) * i / std::max(1, n - 1));
    return ticks;
}

int DashboardDock::categoryLabelAngle() const
{
    return m_axisX ? m_axisX->labelsAngle() : 0;
}

QString DashboardDock::cityWideText() const
{
    return m_cityWide->text();
}
QString DashboardDock::warningsText() const
{
    return m_warnings->text();
}

void DashboardDock::selectCategory(int index)
{
    if (!m_cache || index < 0 || index >= m_categories.size())
        return;
    emit parcelsRequested(
        IndicatorReport::contributingParcels(*m_cache, ecosystem(), m_categories.at(index)));
}

void DashboardDock::rebuildChart()
{
    const QString eco = ecosystem();
    const Measure measure = Measure(m_measure->currentData().toInt());
    const Ecosystem *e = findEcosystem(eco);

    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("%1 %2 — %3")
                        .arg(e ? DisplayNames::of(*e) : eco)
                        .arg(year())
                        .arg(m_measure->currentText()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QBarSeries(chart);
    m_allocatedSet = new QBarSet(tr("Allocated"), series);
    m_targetSet = new QBarSet(tr("Target"), series);
    m_allocatedSet->setColor(QColor(e ? e->color : unassignedColor()));
    m_targetSet->setColor(QColor(QStringLiteral("#bdbdbd")));
    m_categories.clear();
    QStringList labels;
    double maxValue = 0;
    const ProgressRow *city = nullptr;
    QStringList warnings;
    for (const ProgressRow &r : m_report.rows) {
        if (r.ecosystem != eco)
            continue;
        const MeasureProgress &m = AchievementLayer::progressOf(r, measure);
        if (r.isCityWide()) {
            city = &r;
            continue;
        }
        // Districts with nothing allocated, no target and no key-district role would only be empty bars.
        if (m.achieved == 0 && !m.target && !r.keyDistrict)
            continue;
        m_categories.append(r.district);
        labels.append(r.keyDistrict ? r.district + QStringLiteral(" ★") : r.district);
        m_allocatedSet->append(m.achieved);
        m_targetSet->append(m.target.value_or(0));
        maxValue = std::max({maxValue, m.achieved, m.target.value_or(0)});
        for (const QString &f : r.flags)
            warnings.append(QStringLiteral("⚠ %1: %2").arg(r.district, f));
    }
    series->append(m_allocatedSet);
    series->append(m_targetSet);
    chart->addSeries(series);
    m_axisX = new QBarCategoryAxis(chart);
    m_axisX->append(labels.isEmpty() ? QStringList{tr("(no data)")} : labels);
    m_axisX->setTruncateLabels(false); // fitCategoryLabels() turns them instead
    chart->addAxis(m_axisX, Qt::AlignBottom);
    series->attachAxis(m_axisX);
    m_axisY = new QValueAxis(chart);
    m_axisY->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1);
    // Ticks a reader can add up (0 / 5000 / 10000 …, not 3833 / 7667 …), with the decimals the step needs.
    m_axisY->applyNiceNumbers();
    const double step = (m_axisY->max() - m_axisY->min()) / std::max(1, m_axisY->tickCount() - 1);
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    m_axisY->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(m_axisY);
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *) { selectCategory(index); });
    // The full name and figures of a bar under the mouse, however its name is turned.
    connect(series, &QBarSeries::hovered, this,
            [this](bool on, int index) { m_chartView->setToolTip(on ? barToolTip(index) : QString()); });
    connect(chart, &QChart::plotAreaChanged, this, &DashboardDock::fitCategoryLabels);
    QChart *old = m_chartView->chart();
    m_turnedLabels.clear(); // the old chart's children, deleted with it
    m_chartView->setChart(chart);
    delete old;
    fitCategoryLabels();

    showCityWide(city, measure);
    warnings += ledgerWarnings(eco);
    if (!m_error.isEmpty())
        warnings.prepend(m_error);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
}

QString DashboardDock::barToolTip(int index) const
{
    if (index < 0 || index >= m_categories.size())
        return QString();
    const int decimals = Measure(m_measure->currentData().toInt()) == Measure::Projects ? 0 : 1;
    return tr("%1: allocated %2, target %3")
        .arg(m_categories.at(index))
        .arg(m_allocatedSet->at(index), 0, 'f', decimals)
        .arg(m_targetSet->at(index), 0, 'f', decimals);
}

void DashboardDock::fitCategoryLabels()
{
    if (!m_axisX)
        return;
    const QStringList labels = m_axisX->categories();
    const QFontMetrics fm(m_axisX->labelsFont());
    int widest = 0;
    for (const QString &l : labels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    const QRectF plot = m_chartView->chart()->plotArea();
    const double perCategory = (plot.width() > 0 ? plot.width() : m_chartView->width() * 0.8) /
                               std::max<qsizetype>(1, labels.size());
    const int padding = fm.height() / 2;
    // Side by side when they fit; else slanted, when parallel slanted names are a line apart; else upright.
    int angle = -90;
    if (widest + padding <= perCategory)
        angle = 0;
    else if ((fm.height() + padding) * std::numbers::sqrt2 <= perCategory)
        angle = -45;
    if (m_axisX->labelsAngle() != angle)
        m_axisX->setLabelsAngle(angle);
    const QColor names = angle == 0 ? m_axisY->labelsColor() : QColor(Qt::transparent);
    if (m_axisX->labelsColor() != names)
        m_axisX->setLabelsColor(names);
    placeTurnedLabels();
}

void DashboardDock::placeTurnedLabels()
{
    qDeleteAll(m_turnedLabels);
    m_turnedLabels.clear();
    QChart *chart = m_chartView->chart();
    const QRectF plot = chart->plotArea();
    const int angle = m_axisX->labelsAngle();
    const QStringList labels = m_axisX->categories();
    if (angle == 0 || plot.isEmpty() || labels.isEmpty())
        return;
    const double perCategory = plot.width() / labels.size();
    for (int i = 0; i < labels.size(); ++i) {
        auto *item = new QGraphicsSimpleTextItem(labels.at(i), chart);
        item->setFont(m_axisX->labelsFont());
        item->setBrush(m_axisY->labelsBrush());
        // Turned about the name's end, which sits just under the middle of its bars.
        const QRectF r = item->boundingRect();
        const QPointF end(r.right(), r.center().y());
        item->setTransformOriginPoint(end);
        item->setRotation(angle);
        item->setPos(QPointF(plot.left() + perCategory * (i + 0.5), plot.bottom() + 6 + r.height() / 2) -
                     end);
        m_turnedLabels.append(item);
    }
}

void DashboardDock::showCityWide(const ProgressRow *city, Measure measure)
{
    if (city) {
        const MeasureProgress &m = AchievementLayer::progressOf(*city, measure);
        if (m.progress) {
            m_cityWide->setValue(int(std::clamp(*m.progress, 0.0, 1.0) * 1000));
            m_cityWide->setFormat(QStringLiteral("%1 / %2 = %3 % %4")
                                      .arg(m.achieved, 0, 'f', measure == Measure::Projects ? 0 : 1)
                                      .arg(*m.target, 0, 'f', measure == Measure::Projects ? 0 : 1)
                                      .arg(*m.progress * 100, 0, 'f', 1)
                                      .arg(ragLabel(m.rag)));
        } else {
            m_cityWide->setValue(0);
            m_cityWide->setFormat(QStringLiteral("%1 — %2").arg(m.achieved, 0, 'f', 1).arg(tr("no target")));
        }
        m_cityWide->setStyleSheet(
            QStringLiteral("QProgressBar::chunk { background: %1; }").arg(ragColor(m.rag)));
    } else {
        m_cityWide->setValue(0);
        m_cityWide->setFormat(tr("no data"));
    }
}

QStringList DashboardDock::ledgerWarnings(const QString &eco) const
{
    QStringList warnings;
    for (const LedgerRow &l : m_report.ledger)
        if (l.overAllocated)
            warnings.append(tr("⚠ %1 %2 over-allocated: %3 > quota %4")
                                .arg(l.district, resourceText(l.resource))
                                .arg(l.allocated, 0, 'f', 1)
                                .arg(*l.quota, 0, 'f', 1));
    for (const DoubleCount &d : m_report.doubleCounts)
        if (d.ecosystems.contains(eco))
            warnings.append(QStringLiteral("⚠ ") + d.message);
    return warnings;
}

} // namespace zhili
