// Batch assignment dialog: preview of old → new, bad rows listed, all-or-nothing, one undo step.
#include "cache/geopackagecache.h"
#include "desktop/batchassigndialog.h"
#include "edit/parceleditor.h"
#include "edit/userdirectory.h"
#include "testcache.h"
#include "testdir.h"
#include "testusers.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace zhili;

class TestBatchAssignDialog : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_cache = m_dir.freshCache();
        m_admin = test::addFirstAdmin(*m_cache);
        m_editor = std::make_unique<ParcelEditor>(*m_cache);
        m_undo = std::make_unique<QUndoStack>();
    }
    void cleanup()
    {
        m_undo.reset();
        m_editor.reset();
        m_cache.reset();
    }

    void oneBadRowChangesNothing()
    {
        const QString csv = writeCsv("bad.csv", "code,ecosystem,land_mu\n"
                                                "XH-002,iot,10\n"
                                                "NOPE-9,bio,3\n"
                                                "BJ-001,mat,5\n");
        const QByteArray before = test::tableHash(m_cache->db(), QStringLiteral("parcels"));
        BatchAssignDialog dialog(*m_cache, *m_editor, m_undo.get(), m_admin);
        QVERIFY(dialog.loadCsv(csv));
        QVERIFY(dialog.preview().has_value());
        QCOMPARE(dialog.problemsTable()->rowCount(), 1);
        QCOMPARE(dialog.problemsTable()->item(0, 0)->text(), QStringLiteral("3")); // the header is line 1
        QCOMPARE(dialog.problemsTable()->item(0, 1)->text(), QStringLiteral("NOPE-9"));
        QVERIFY(!dialog.problemsTable()->item(0, 3)->text().isEmpty());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.apply());
        QCOMPARE(test::tableHash(m_cache->db(), QStringLiteral("parcels")), before);
        QCOMPARE(m_undo->count(), 0);
        // Bypassing the dialog: core refuses the whole batch too.
        QVERIFY_THROWS_EXCEPTION(Error, BatchAssignment::apply(*m_cache, m_admin, *dialog.preview()));
        QCOMPARE(test::tableHash(m_cache->db(), QStringLiteral("parcels")), before);
    }

    void goodBatchIsOneUndoStep()
    {
        const QString csv = writeCsv("good.csv", "code,ecosystem,land_mu\n"
                                                 "XH-002,iot,10\n"
                                                 "BJ-001,mat,5\n");
        BatchAssignDialog dialog(*m_cache, *m_editor, m_undo.get(), m_admin);
        QVERIFY(dialog.loadCsv(csv));
        QCOMPARE(dialog.problemsTable()->rowCount(), 0);
        QCOMPARE(dialog.changesTable()->rowCount(), 4); // two fields on each of two parcels
        // One row shows XH-002's land 0 → 10.
        bool seen = false;
        for (int r = 0; r < dialog.changesTable()->rowCount(); ++r)
            if (dialog.changesTable()->item(r, 1)->text() == QLatin1String("XH-002") &&
                dialog.changesTable()->item(r, 4)->text() == QLatin1String("0") &&
                dialog.changesTable()->item(r, 5)->text() == QLatin1String("10"))
                seen = true;
        QVERIFY(seen);
        QVERIFY(dialog.applyButton()->isEnabled());
        QSignalSpy changed(&dialog, &BatchAssignDialog::parcelsChanged);
        QVERIFY(dialog.apply());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_cache->db()
                     .scalar(QStringLiteral(
                         "SELECT ecosystem || ':' || land_mu FROM parcels WHERE code = 'XH-002'"))
                     .toString(),
                 QStringLiteral("iot:10.0"));
        QCOMPARE(m_cache->db()
                     .scalar(QStringLiteral(
                         "SELECT ecosystem || ':' || land_mu FROM parcels WHERE code = 'BJ-001'"))
                     .toString(),
                 QStringLiteral("mat:5.0"));
        m_undo->undo();
        QCOMPARE(m_cache->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM parcels WHERE code IN ('XH-002', "
                                            "'BJ-001') AND ecosystem IS NULL AND land_mu = 0"))
                     .toInt(),
                 2);
    }

    void officerBatchOutsideDistrictListed()
    {
        UserDirectory users(*m_cache);
        const User officer =
            users.add(User{QStringLiteral("李"), Role::Officer, QStringLiteral("西湖区")}, m_admin);
        const QString csv = writeCsv("officer.csv", "code,land_mu\nXH-002,3\nBJ-001,4\n");
        const QByteArray before = test::tableHash(m_cache->db(), QStringLiteral("parcels"));
        BatchAssignDialog dialog(*m_cache, *m_editor, m_undo.get(), officer);
        QVERIFY(dialog.loadCsv(csv));
        QCOMPARE(dialog.problemsTable()->rowCount(), 1);
        QCOMPARE(dialog.problemsTable()->item(0, 1)->text(), QStringLiteral("BJ-001"));
        QVERIFY(!dialog.applyButton()->isEnabled());
        QCOMPARE(test::tableHash(m_cache->db(), QStringLiteral("parcels")), before);
    }

    // Enter in the path box previews; it never applies (issue 14.1: Enter used to apply the whole batch and
    // close the dialog before anyone saw the preview). Only a deliberate click on Apply changes the cache.
    void enterInPathBoxOnlyPreviews()
    {
        const QString csv = writeCsv("enter.csv", "code,ecosystem,land_mu\nXH-002,iot,10\n");
        const QByteArray before = test::tableHash(m_cache->db(), QStringLiteral("parcels"));
        BatchAssignDialog dialog(*m_cache, *m_editor, m_undo.get(), m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *path = dialog.findChild<QLineEdit *>();
        QVERIFY(path);
        path->setFocus();
        QTest::keyClicks(path, csv);
        QTest::keyClick(path, Qt::Key_Return);
        QCOMPARE(dialog.changesTable()->rowCount(), 2); // previewed: ecosystem and land of XH-002
        QVERIFY(dialog.applyButton()->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
        QTest::keyClick(path, Qt::Key_Enter);              // the keypad's Enter, a second time
        QVERIFY(dialog.isVisible());
        QCOMPARE(test::tableHash(m_cache->db(), QStringLiteral("parcels")), before);
        QCOMPARE(m_undo->count(), 0);
        QVERIFY(!dialog.applyButton()->autoDefault());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY(test::tableHash(m_cache->db(), QStringLiteral("parcels")) != before);
        QCOMPARE(m_undo->count(), 1);
    }

    // Leaving the path box loads the file as well, so Tab shows the preview too.
    void leavingPathBoxPreviews()
    {
        const QString csv = writeCsv("tab.csv", "code,land_mu\nXH-002,3\n");
        BatchAssignDialog dialog(*m_cache, *m_editor, m_undo.get(), m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *path = dialog.findChild<QLineEdit *>();
        path->setFocus();
        QTest::keyClicks(path, csv);
        QTest::keyClick(path, Qt::Key_Tab);
        QCOMPARE(dialog.changesTable()->rowCount(), 1);
        QCOMPARE(m_undo->count(), 0);
    }

    void unreadableFileSaysSo()
    {
        BatchAssignDialog dialog(*m_cache, *m_editor, m_undo.get(), m_admin);
        QVERIFY(!dialog.loadCsv(m_dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("missing.csv")));
        QVERIFY(!dialog.applyButton()->isEnabled());
    }

private:
    QString writeCsv(const char *name, const char *text)
    {
        const QString path = m_dir.freshPath(QStringLiteral("%1-") + QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(text);
        return path;
    }

    test::TestDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;
    std::unique_ptr<ParcelEditor> m_editor;
    std::unique_ptr<QUndoStack> m_undo;
    User m_admin;
};

QTEST_MAIN(TestBatchAssignDialog)
#include "tst_batchassigndialog.moc"
