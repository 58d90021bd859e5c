#include "desktop/mainwindow.h"

#include "cache/cachesummary.h"
#include "cache/geopackagecache.h"

#include <QHeaderView>
#include <QTableWidget>

namespace zhili {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("产业智理 Zhili"));
    resize(1280, 800);
}

void MainWindow::openCache(const QString &path)
{
    auto cache = GeoPackageCache::open(path, true);
    const CacheSummary s = CacheSummary::compute(*cache);
    auto *table = new QTableWidget(int(s.districts.size()), 3, this);
    table->setHorizontalHeaderLabels({tr("区县"), tr("地块数"), tr("面积(亩)")});
    for (int i = 0; i < s.districts.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(s.districts[i].name));
        table->setItem(i, 1, new QTableWidgetItem(QString::number(s.districts[i].parcels)));
        table->setItem(i, 2, new QTableWidgetItem(QString::number(s.districts[i].areaMu, 'f', 1)));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(table);
    setWindowTitle(tr("产业智理 Zhili — %1").arg(path));
}

} // namespace zhili
