// The desktop undo step: push does not re-apply, undo/redo go through ParcelEditor (cache checked after each
// step), and failures reach the error handler instead of being swallowed.
#include "desktop/assignparcelscommand.h"
#include "edit/parceleditor.h"
#include "testcache.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

class TestAssignParcelsCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void undoRedoThroughTheStack()
    {
        QTemporaryDir dir;
        auto cache = makeTestCache(dir.filePath(QStringLiteral("c.gpkg")));
        const User officer{QStringLiteral("张三"), Role::Officer, QStringLiteral("西湖区"), QString(), false};
        const qint64 a = testParcelFid(*cache, QStringLiteral("XH-001"));
        const qint64 b = testParcelFid(*cache, QStringLiteral("XH-002"));
        const ParcelAssignment a0 = cache->parcelByFid(a)->assignment;
        const ParcelAssignment b0 = cache->parcelByFid(b)->assignment;

        ParcelEditor editor(*cache);
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("energy");
        p.chain = QString();
        p.landMu = 9;
        const EditRecord rec = editor.apply(officer, {a, b}, p);
        const ParcelAssignment a1 = cache->parcelByFid(a)->assignment;
        const qint64 rev1 = cache->parcelByFid(a)->revision;

        QUndoStack stack;
        auto *cmd = new AssignParcelsCommand(editor, officer, rec);
        QStringList errors;
        QList<qint64> changed;
        cmd->setErrorHandler([&](const QString &m) { errors << m; });
        cmd->setChangedHandler([&](const QList<qint64> &fids) { changed = fids; });
        QCOMPARE(cmd->text(), QStringLiteral("Edit 2 parcel(s)"));
        stack.push(cmd); // first redo(): no-op
        QCOMPARE(cache->parcelByFid(a)->revision, rev1);
        QVERIFY(changed.isEmpty());

        stack.undo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(cache->parcelByFid(a)->assignment, a0);
        QCOMPARE(cache->parcelByFid(b)->assignment, b0);
        QCOMPARE(changed, (QList<qint64>{a, b}));

        stack.redo();
        QCOMPARE(cache->parcelByFid(a)->assignment, a1);
        QCOMPARE(cache->parcelByFid(b)->assignment.landMu, 9.0);
        QCOMPARE(cache->parcelByFid(a)->revision, rev1 + 2);

        // Someone else changes the parcel: undo must refuse (and say so), not overwrite.
        AssignmentPatch other;
        other.notes = QStringLiteral("别人改的");
        editor.apply(officer, {a}, other);
        stack.undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("has changed since")), qPrintable(errors.first()));
        // The failed step is marked obsolete, so QUndoStack deletes it (do not touch cmd any more).
        QCOMPARE(stack.count(), 0);
        QCOMPARE(cache->parcelByFid(a)->assignment.notes, QStringLiteral("别人改的"));
        QCOMPARE(cache->parcelByFid(a)->assignment.ecosystem, QStringLiteral("energy"));
    }
};

QTEST_MAIN(TestAssignParcelsCommand)
#include "tst_assignparcelscommand.moc"
