// The desktop undo steps (CacheEditCommand and its subclasses): push makes the change, undo/redo go through
// core (cache checked after each step) as the user fixed when the step was made, and a failed step reports,
// changes nothing and leaves the stack.
#include "desktop/assignparcelscommand.h"
#include "desktop/targetsdock.h"
#include "edit/parceleditor.h"
#include "indicators/indicatorstore.h"
#include "testcache.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {
const User kOfficer{QStringLiteral("张三"), Role::Officer, QStringLiteral("西湖区"), QString(), false};
const User kPlanner{QStringLiteral("王规划"), Role::Planner, QString(), QString(), false};

// A step that sets the land of one parcel as the officer; its errors go to `errors`.
AssignParcelsCommand *setLand(ParcelEditor &editor, qint64 fid, double landMu, QStringList *errors)
{
    AssignmentPatch p;
    p.landMu = landMu;
    auto *cmd = new AssignParcelsCommand(
        editor, kOfficer, [&editor, fid, p](const User &user) { return editor.apply(user, {fid}, p); });
    cmd->setErrorHandler([errors](const QString &m) { *errors << m; });
    return cmd;
}
} // namespace

class TestUndoCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void undoRedoThroughTheStack()
    {
        QTemporaryDir dir;
        auto cache = makeTestCache(dir.filePath(QStringLiteral("c.gpkg")));
        const qint64 a = testParcelFid(*cache, QStringLiteral("XH-001"));
        const qint64 b = testParcelFid(*cache, QStringLiteral("XH-002"));
        const ParcelAssignment a0 = cache->parcelByFid(a)->assignment;
        const ParcelAssignment b0 = cache->parcelByFid(b)->assignment;
        const qint64 rev0 = cache->parcelByFid(a)->revision;

        ParcelEditor editor(*cache);
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("energy");
        p.chain = QString();
        p.landMu = 9;
        QUndoStack stack;
        auto *cmd = new AssignParcelsCommand(editor, kOfficer, [&](const User &user) {
            return editor.apply(user, {a, b}, p);
        });
        QStringList errors;
        QList<qint64> changed;
        cmd->setErrorHandler([&](const QString &m) { errors << m; });
        cmd->setChangedHandler([&](const QList<qint64> &fids) { changed = fids; });
        CacheEditCommand::push(&stack, cmd); // the first redo() makes the edit
        QCOMPARE(stack.count(), 1);
        QCOMPARE(cmd->text(), QStringLiteral("Edit 2 parcel(s)"));
        QCOMPARE(cache->parcelByFid(a)->revision, rev0 + 1);
        const ParcelAssignment a1 = cache->parcelByFid(a)->assignment;
        QCOMPARE(a1.ecosystem, QStringLiteral("energy"));
        QVERIFY(changed.isEmpty()); // the pusher announces the first change itself

        stack.undo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(cache->parcelByFid(a)->assignment, a0);
        QCOMPARE(cache->parcelByFid(b)->assignment, b0);
        QCOMPARE(changed, (QList<qint64>{a, b}));

        stack.redo();
        QCOMPARE(cache->parcelByFid(a)->assignment, a1);
        QCOMPARE(cache->parcelByFid(b)->assignment.landMu, 9.0);
        QCOMPARE(cache->parcelByFid(a)->revision, rev0 + 3);

        // Someone else changes the parcel: undo must refuse (and say so), not overwrite.
        AssignmentPatch other;
        other.notes = QStringLiteral("别人改的");
        editor.apply(kOfficer, {a}, other);
        stack.undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("has changed since")), qPrintable(errors.first()));
        // The failed step is marked obsolete, so QUndoStack deletes it (do not touch cmd any more).
        QCOMPARE(stack.count(), 0);
        QCOMPARE(cache->parcelByFid(a)->assignment.notes, QStringLiteral("别人改的"));
        QCOMPARE(cache->parcelByFid(a)->assignment.ecosystem, QStringLiteral("energy"));
    }

    void failedRedoIsObsoleteAndChangesNothing()
    {
        QTemporaryDir dir;
        auto cache = makeTestCache(dir.filePath(QStringLiteral("c.gpkg")));
        const qint64 a = testParcelFid(*cache, QStringLiteral("XH-001"));
        ParcelEditor editor(*cache);
        QUndoStack stack;
        QStringList errors;
        CacheEditCommand::push(&stack, setLand(editor, a, 7, &errors));
        stack.undo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        // Meanwhile the parcel is changed elsewhere: redo must not overwrite it.
        AssignmentPatch other;
        other.landMu = 3;
        editor.apply(kOfficer, {a}, other);
        const QByteArray parcels = tableHash(cache->db(), QStringLiteral("parcels"));
        QVERIFY(stack.canRedo());
        stack.redo();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), parcels);
        QCOMPARE(cache->parcelByFid(a)->assignment.landMu, 3.0);
        QVERIFY(!stack.canRedo()); // obsolete: the stack dropped it
        QCOMPARE(stack.count(), 0);
    }

    void firstChangeFailureIsRethrownAndNothingPushed()
    {
        QTemporaryDir dir;
        auto cache = makeTestCache(dir.filePath(QStringLiteral("c.gpkg")));
        const qint64 a = testParcelFid(*cache, QStringLiteral("XH-001"));
        ParcelEditor editor(*cache);
        const QByteArray parcels = tableHash(cache->db(), QStringLiteral("parcels"));
        QUndoStack stack;
        QStringList errors;
        // A negative area is refused by the value rules.
        QVERIFY_THROWS_EXCEPTION(Error, CacheEditCommand::push(&stack, setLand(editor, a, -5, &errors)));
        QVERIFY(errors.isEmpty()); // the pusher shows it
        QCOMPARE(stack.count(), 0);
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), parcels);
    }

    void undoActsAsTheUserWhoMadeTheChange()
    {
        QTemporaryDir dir;
        auto cache = makeTestCache(dir.filePath(QStringLiteral("c.gpkg")));
        QUndoStack stack;
        TargetsDock dock;
        dock.setYear(2025);
        dock.setContext(cache.get(), &stack);
        dock.setUser(kPlanner);
        const Target t{2025, QStringLiteral("bio"), QString(), 10, 0, 0, 1, {}, {}};
        QVERIFY2(dock.applyTargetEdits({TargetEdit{std::nullopt, t}}), qPrintable(dock.lastError()));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_targets")).toLongLong(), 1);

        // Another user takes over the window (officers may not edit targets): the step still belongs to the
        // planner who made it, so undo and redo act as the planner.
        dock.setUser(kOfficer);
        stack.undo();
        QVERIFY2(dock.lastError().isEmpty(), qPrintable(dock.lastError()));
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_targets")).toLongLong(), 0);
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT user FROM zhili_audit WHERE action = 'undo' AND "
                                            "target_kind = 'target' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 kPlanner.name);
        stack.redo();
        QVERIFY2(dock.lastError().isEmpty(), qPrintable(dock.lastError()));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_targets")).toLongLong(), 1);
    }
};

QTEST_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
