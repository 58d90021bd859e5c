#pragma once

#include "indicators/indicatorreport.h"
#include "layers/achievementlayer.h"

#include <QDockWidget>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QLabel;
class QProgressBar;
class QSpinBox;
class QValueAxis;

namespace zhili {

class GeoPackageCache;
class RefreshWhenShown;

/// The indicators dashboard: per ecosystem, allocated vs. target per district (Qt Charts bars), the city-wide
/// progress bar with its RAG colour, over-allocations and double counts.
///
/// Its figures come from IndicatorReport::compute(), the function `zhili-cli report` prints, so the two never
/// disagree. Clicking a bar (allocated or target) of a district emits parcelsRequested() with the fids of the
/// parcels behind it (IndicatorReport::contributingParcels): the main window selects them on the map.
///
/// refresh() computes the report in a worker thread on its own read-only connection to the cache file (the
/// overlap check takes most of a second on 100k parcels), showing a busy bar meanwhile; when a newer refresh
/// starts before an older one finished, the older result is dropped.
class DashboardDock : public QDockWidget {
    Q_OBJECT
public:
    /// What the bars compare.
    /// What achievement is measured on (the same choice as the achievement overlay's).
    using Measure = AchievementLayer::Measure;

    explicit DashboardDock(QWidget *parent = nullptr);
    ~DashboardDock() override;

    /// The open cache (not owned; nullptr when it closes). Recomputes.
    void setCache(GeoPackageCache *cache);
    /// When on, refresh() while the dock is hidden only marks the report out of date, and the dock computes
    /// when it is shown: a report over a city of parcels keeps a core busy for a while, and a freshly opened
    /// cache should give that core to its first map. The main window turns this on; standalone docks
    /// (tests, tools) compute at once.
    void setComputeOnlyWhenVisible(bool on);
    /// The report is out of date and will be computed when the dock is shown.
    bool isStale() const;
    void setYear(int year);
    int year() const;
    /// Ecosystem key shown in the chart.
    void setEcosystem(const QString &key);
    QString ecosystem() const;
    void setMeasure(Measure measure);

    /// The report currently shown (all ecosystems of the year).
    const IndicatorReport &report() const { return m_report; }
    /// District names of the bar categories, in order.
    const QStringList &categories() const { return m_categories; }
    /// Bar values (allocated, target) as drawn, for tests and screenshots.
    QList<double> allocatedValues() const;
    QList<double> targetValues() const;
    /// The value axis's tick values, bottom to top (nice numbers: 1, 2 or 5 × 10ⁿ apart).
    QList<double> valueTicks() const;
    /// Angle of the district names under the bars: 0, or -45 / -90 when they do not fit side by side.
    int categoryLabelAngle() const;
    /// The city-wide progress bar's text ("80.0 % 黄 amber" …).
    QString cityWideText() const;
    /// Warnings shown under the chart (over-allocation, double counts, key-district overruns).
    QString warningsText() const;
    /// A report is being computed (the chart shows the previous one meanwhile).
    bool isBusy() const { return m_running > 0; }

public slots:
    /// Re-reads the cache (after edits, imports, a new year).
    void refresh();
    /// What a click on category `index` does (also reachable from tests).
    void selectCategory(int index);

signals:
    /// The parcels behind a clicked bar: select them on the map. Empty when the district has none.
    void parcelsRequested(const QList<qint64> &fids);
    /// The newest requested report arrived and is shown.
    void reportReady();
    void busyChanged(bool busy);

private:
    void rebuildChart();
    /// Turns the district names when they do not fit side by side under their bars (each name is read
    /// whole: Qt Charts would elide it to "…").
    void fitCategoryLabels();
    /// Draws turned names ending under their bars: Qt Charts centres a turned name on its bar and hides the
    /// first and last ones when they reach past the plot's edges. Its own (transparent) names keep the
    /// room under the axis.
    void placeTurnedLabels();
    /// "西湖区: allocated 42.0, target 50.0" for the bars of category `index`.
    QString barToolTip(int index) const;
    void showCityWide(const ProgressRow *city, Measure measure); // the city-wide bar; no data when null
    /// Over-allocated quotas and double counts of `eco`, one "⚠ …" line each.
    QStringList ledgerWarnings(const QString &eco) const;
    void setBusy(bool starting);

    GeoPackageCache *m_cache = nullptr;
    IndicatorReport m_report;
    QStringList m_categories;
    QSpinBox *m_year = nullptr;
    QComboBox *m_ecosystem = nullptr;
    QComboBox *m_measure = nullptr;
    QChartView *m_chartView = nullptr;
    QProgressBar *m_cityWide = nullptr;
    QLabel *m_warnings = nullptr;
    QProgressBar *m_busy = nullptr;
    quint64 m_generation = 0; // of the newest refresh(); older results are stale
    int m_running = 0;
    bool m_computeOnlyWhenVisible = false;
    RefreshWhenShown *m_whenShown = nullptr;
    QString m_error;
    QBarSet *m_allocatedSet = nullptr;
    QBarSet *m_targetSet = nullptr;
    QBarCategoryAxis *m_axisX = nullptr; // of the chart shown
    QValueAxis *m_axisY = nullptr;
    QList<QGraphicsSimpleTextItem *> m_turnedLabels; // children of the chart shown
};

} // namespace zhili
