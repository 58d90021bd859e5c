// Helpers of bench/sync_bench.py that need Zhili's own classes. Built, never run by CTest.
//
//   sync_bench edits CACHE N USER
//       makes N single-parcel edits (N undo steps, N outbox entries) in a connected cache, as USER
//   sync_bench latency URL CACHE_A USER_A CACHE_B USER_B ROUNDS
//       ROUNDS times: an edit in cache A, A syncs; B (listening on the server's channel) pulls as soon as the
//       notification arrives. Prints the milliseconds from the start of A's sync to the edit being in B.
//       Passwords come from $ZHILI_PASSWORD_FILE (the same for both users).
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "cache/syncstate.h"
#include "edit/parceleditor.h"
#include "edit/userdirectory.h"
#include "sync/pgconnection.h"
#include "sync/syncsession.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <poll.h>
#include <vector>

using namespace zhili;

namespace {

QString password()
{
    QFile f(qEnvironmentVariable("ZHILI_PASSWORD_FILE"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
}

QList<qint64> editableParcels(GeoPackageCache &cache, const User &user, int n)
{
    auto st = cache.db().prepare(
        QStringLiteral("SELECT fid FROM parcels WHERE district = ?1 OR coalesce(?1, '') = '' ORDER BY fid "
                       "LIMIT ?2"));
    st.bind(1, user.district).bind(2, n);
    QList<qint64> fids;
    while (st.step())
        fids.append(st.integer(0));
    return fids;
}

int edits(const QStringList &args)
{
    auto cache = GeoPackageCache::open(args.value(0));
    const int n = args.value(1).toInt();
    const User user = UserDirectory(*cache).resolve(args.value(2));
    const QList<qint64> fids = editableParcels(*cache, user, n);
    if (fids.isEmpty())
        throw Error(QStringLiteral("%1 may edit no parcel of %2").arg(user.name, cache->path()));
    ParcelEditor editor(*cache);
    // A value no earlier run wrote: a repeated run must make real edits, not no-ops the outbox skips.
    const qint64 run = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < n; ++i) {
        AssignmentPatch patch;
        patch.notes = QStringLiteral("bench %1 %2").arg(run).arg(i);
        editor.apply(user, {fids[i % fids.size()]}, patch);
    }
    std::printf("%d edits\n", n);
    return 0;
}

int latency(const QStringList &args)
{
    const QString url = args.value(0);
    auto a = GeoPackageCache::open(args.value(1));
    auto b = GeoPackageCache::open(args.value(3));
    const User userA = UserDirectory(*a).resolve(args.value(2));
    const int rounds = args.value(5).toInt();
    const QString pw = password();
    PgConnection connA(url, pw, args.value(2));
    PgConnection connB(url, pw, args.value(4));
    PgConnection listener(url, pw, args.value(4));
    listener.listen(QStringLiteral("zhili_changes"));
    const qint64 fid = editableParcels(*a, userA, 1).value(0);
    const QString uuid = a->parcelByFid(fid)->uuid;
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        AssignmentPatch patch;
        patch.notes = QStringLiteral("live %1").arg(i);
        ParcelEditor(*a).apply(userA, {fid}, patch);
        QElapsedTimer t;
        t.start();
        SyncSession(*a, connA).run();
        for (;;) { // wait for the notification like the desktop's socket notifier does
            if (!listener.notifications().isEmpty())
                break;
            pollfd p{listener.socket(), POLLIN, 0};
            poll(&p, 1, 5000);
        }
        SyncSession(*b, connB).pull();
        if (b->parcelByUuid(uuid)->assignment.notes != patch.notes)
            throw Error(QStringLiteral("round %1: the edit did not arrive").arg(i));
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("latency_ms median %.1f min %.1f max %.1f rounds %d\n", ms[ms.size() / 2], ms.front(),
                ms.back(), rounds);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(2);
    const QString verb = app.arguments().value(1);
    try {
        if (verb == QLatin1String("edits") && args.size() == 3)
            return edits(args);
        if (verb == QLatin1String("latency") && args.size() == 6)
            return latency(args);
    } catch (const Error &e) {
        std::fprintf(stderr, "sync_bench: %s\n", qPrintable(e.message()));
        return 1;
    }
    std::fprintf(stderr,
                 "usage: sync_bench edits CACHE N USER | latency URL CACHE_A USER_A CACHE_B USER_B ROUNDS\n");
    return 2;
}
