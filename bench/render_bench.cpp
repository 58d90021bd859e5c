// render_bench: Zhili side of the map-engine benchmark (issue 3). Printed, never run by CTest.
//
//   render_bench CACHE.gpkg [--size 1920x1080] [--runs 5] [--json] [--save-dir DIR]
//   render_bench CACHE.gpkg --prepare   open once writable, as the desktop does, so the packed render cache
//                                       (zhili_render_cache, see maps/render/parcelstorecache.h) is written;
//                                       prints the time. The measured opens are read-only and use it when
//                                       present (ZHILI_RENDER_CACHE=0 measures a load without it).
//
// Measures, like bench/qgis_render_bench.py does for QGIS (parcels by ecosystem, outlines 0.1 mm, 96 DPI):
//   open_first_ms  open the cache, load the parcels, render the full extent once;
//   warm_full_ms   full extent again (layer image cache dropped before every run: a real re-render);
//   zoom16_ms      1/16 of the area around the extent centre;  zoom256_ms  1/256 of the area;
//   peak_rss_mib   peak resident memory of the process.
// Prints one `name: value ms` line each (and `store_mib`, the packed parcel arrays), or one JSON line with
// --json.
#include "cache/geopackagecache.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/parcelstore.h"
#include "render/renderjob.h"
#include "util/error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace zhili;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Envelope zoomed(const Envelope &e, double factor)
{
    const double s = std::sqrt(factor);
    Envelope z;
    z.include(e.centerX() - e.width() / s / 2, e.centerY() - e.height() / s / 2);
    z.include(e.centerX() + e.width() / s / 2, e.centerY() + e.height() / s / 2);
    return z;
}

// Process CPU time (all threads): on a shared, loaded machine wall time alone misleads.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double peakRssMib()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    QString cachePath, saveDir;
    QSize size(1920, 1080);
    int runs = 5;
    bool json = false;
    bool prepare = false;
    QString only;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        } else if (a == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (a == QLatin1String("--save-dir") && i + 1 < args.size()) {
            saveDir = args[++i];
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--prepare")) {
            prepare = true;
        } else if (a == QLatin1String("--only") && i + 1 < args.size()) {
            only = args[++i]; // e.g. zoom256: profile one case

        } else if (!a.startsWith(QLatin1String("--")) && cachePath.isEmpty()) {
            cachePath = a;
        } else {
            std::fprintf(stderr, "render_bench: unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    if (cachePath.isEmpty() || size.isEmpty()) {
        std::fprintf(stderr,
                     "usage: render_bench CACHE.gpkg [--size 1920x1080] [--runs 5] [--json] [--save-dir DIR] "
                     "[--prepare]\n");
        return 2;
    }
    try {
        QElapsedTimer t;
        t.start();
        if (prepare) {
            auto cache = GeoPackageCache::open(cachePath, false);
            MapScene scene;
            scene.load(*cache);
            std::printf("prepared %lld parcels in %.0f ms (%.0f ms CPU)\n", qlonglong(scene.parcelCount()),
                        t.nsecsElapsed() / 1e6, cpuMs());
            return 0;
        }
        const double cpu0 = cpuMs();
        auto cache = GeoPackageCache::open(cachePath, true);
        MapScene scene;
        scene.load(*cache);
        const double loadMs = t.nsecsElapsed() / 1e6;
        const double loadCpu = cpuMs() - cpu0;
        // Same content as the QGIS reference: parcels by ecosystem only.
        for (const MapLayer &l : scene.layers())
            scene.setLayerVisible(l.kind, l.kind == LayerKind::Parcels);
        const Envelope full = scene.parcelStore()->extent();
        auto save = [&](const QImage &img, const QString &name) {
            if (!saveDir.isEmpty())
                img.save(QDir(saveDir).filePath(QFileInfo(cachePath).fileName() + QLatin1Char('_') + name +
                                                ".png"));
        };
        QImage first = RenderJob::renderImage(scene, MapSettings(full, size, 96));
        const double openFirst = t.nsecsElapsed() / 1e6;
        save(first, QStringLiteral("full"));

        QJsonObject r;
        r[QStringLiteral("tool")] = QStringLiteral("Zhili %1").arg(QStringLiteral(ZHILI_VERSION_STRING));
        r[QStringLiteral("parcels")] = double(scene.parcelCount());
        r[QStringLiteral("open_first_ms")] = openFirst;
        r[QStringLiteral("load_ms")] = loadMs;
        r[QStringLiteral("load_cpu_ms")] = loadCpu;
        r[QStringLiteral("open_first_cpu_ms")] = cpuMs() - cpu0;
        const struct {
            const char *key;
            double factor;
            const char *name;
        } cases[] = {
            {"warm_full_ms", 1, "full"}, {"zoom16_ms", 16, "zoom16"}, {"zoom256_ms", 256, "zoom256"}};
        for (const auto &c : cases) {
            if (!only.isEmpty() && only != QLatin1String(c.name) &&
                only != QString::fromLatin1(c.key).chopped(3))
                continue;
            std::vector<double> times, cpus;
            QJsonArray list;
            for (int i = 0; i < runs; ++i) {
                scene.invalidateAll(); // measure rendering, not the layer image cache
                QElapsedTimer rt;
                rt.start();
                const double c0 = cpuMs();
                QImage img = RenderJob::renderImage(scene, MapSettings(zoomed(full, c.factor), size, 96));
                const double ms = rt.nsecsElapsed() / 1e6;
                cpus.push_back(cpuMs() - c0);
                times.push_back(ms);
                list.append(ms);
                if (i == 0 && c.factor > 1)
                    save(img, QString::fromLatin1(c.name));
            }
            r[QString::fromLatin1(c.key)] = median(times);
            r[QString::fromLatin1(c.key).chopped(3) + QStringLiteral("_cpu_ms")] = median(cpus);
            r[QString::fromLatin1(c.key) + QStringLiteral("_runs")] = list;
        }
        r[QStringLiteral("store_mib")] = scene.parcelStore()->memoryBytes() / 1048576.0;
        r[QStringLiteral("peak_rss_mib")] = peakRssMib();
        QTextStream out(stdout);
        if (json) {
            out << QJsonDocument(r).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << "parcels: " << qint64(r["parcels"].toDouble()) << '\n';
            for (const char *k : {"open_first_ms", "load_ms", "warm_full_ms", "zoom16_ms", "zoom256_ms"}) {
                const QString name = QString::fromLatin1(k).chopped(3);
                out << name << ": " << QString::number(r[k].toDouble(), 'f', 1) << " ms\n";
                out << name
                    << "_cpu: " << QString::number(r[name + QStringLiteral("_cpu_ms")].toDouble(), 'f', 1)
                    << " ms\n";
            }
            out << "store: " << QString::number(r["store_mib"].toDouble(), 'f', 1) << " MiB\n";
            out << "peak_rss: " << QString::number(r["peak_rss_mib"].toDouble(), 'f', 1) << " MiB\n";
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "render_bench: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
