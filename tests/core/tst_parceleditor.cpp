// ParcelEditor: every accepted edit changes exactly the fields asked, bumps the revision and writes one audit
// row per field; refused and invalid edits change nothing; undo/redo restore exact values.
#include "edit/auditlog.h"
#include "edit/parceleditor.h"
#include "edit/userdirectory.h"
#include "testcache.h"
#include "testdir.h"
#include "testusers.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace zhili;
using namespace zhili::test;

namespace {

// The whole row as text (every column but the geometry), to compare before/after.
QMap<QString, QString> row(GeoPackageCache &cache, qint64 fid)
{
    auto st = cache.db().prepare(QStringLiteral("SELECT * FROM parcels WHERE fid = ?"));
    st.bind(1, fid);
    QMap<QString, QString> m;
    if (st.step())
        for (int c = 0; c < st.columnCount(); ++c)
            if (st.columnName(c) != QLatin1String("geom"))
                m.insert(st.columnName(c), st.isNull(c) ? QStringLiteral("<null>") : st.value(c).toString());
    return m;
}

QStringList changedColumns(const QMap<QString, QString> &a, const QMap<QString, QString> &b)
{
    QStringList cols;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (b.contains(it.key()) && b.value(it.key()) != it.value())
            cols << it.key();
    return cols;
}

struct AuditRow {
    QString user, role, action, uuid, label, district, field, oldValue, newValue, message, editId;
    bool accepted;
    qint64 revision;
};

QList<AuditRow> auditRows(GeoPackageCache &cache, const QString &where = QStringLiteral("1"))
{
    auto st = cache.db().prepare(
        QStringLiteral(
            "SELECT user, role, action, target_uuid, target_label, district, field, old_value, new_value, "
            "message, edit_id, accepted, revision FROM zhili_audit WHERE %1 ORDER BY id")
            .arg(where));
    QList<AuditRow> rows;
    while (st.step())
        rows.append(AuditRow{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                             st.text(6), st.text(7), st.text(8), st.text(9), st.text(10), st.integer(11) != 0,
                             st.integer(12)});
    return rows;
}

/// A fresh cache, one parcel of it and an editor on it: where most tests here begin.
struct EditCase {
    EditCase(TestDir &dir, const QString &code)
        : cache(dir.freshCache()), fid(testParcelFid(*cache, code)), editor(*cache)
    {
    }
    std::unique_ptr<GeoPackageCache> cache;
    const qint64 fid;
    ParcelEditor editor;
};

} // namespace

class TestParcelEditor : public QObject {
    Q_OBJECT
    TestDir m_dir;
    std::unique_ptr<GeoPackageCache> freshCache() { return m_dir.freshCache(); }

private Q_SLOTS:
    void acceptedEditChangesExactlyTheFieldsAsked()
    {
        auto cache = freshCache();
        const qint64 fid = testParcelFid(*cache, QStringLiteral("XH-002"));
        const auto before = row(*cache, fid);
        QCOMPARE(before.value(QStringLiteral("revision")), QStringLiteral("1"));

        ParcelEditor editor(*cache);
        AssignmentPatch patch;
        patch.ecosystem = QStringLiteral("生物医药"); // Chinese name → key
        patch.landMu = 12.5;
        const EditRecord rec = editor.apply(testAdmin(), {fid}, patch, QStringLiteral("季度调整"));

        auto after = row(*cache, fid);
        QVERIFY(after.value(QStringLiteral("updated_at")) >= before.value(QStringLiteral("updated_at")));
        QCOMPARE(after.value(QStringLiteral("updated_at")), rec.at);
        after.remove(QStringLiteral("updated_at"));
        QCOMPARE(changedColumns(before, after),
                 (QStringList{QStringLiteral("ecosystem"), QStringLiteral("land_mu"),
                              QStringLiteral("revision")}));
        QCOMPARE(after.value(QStringLiteral("ecosystem")), QStringLiteral("bio"));
        QCOMPARE(after.value(QStringLiteral("land_mu")).toDouble(), 12.5);
        QCOMPARE(after.value(QStringLiteral("revision")), QStringLiteral("2"));

        QCOMPARE(rec.changes.size(), 1);
        QCOMPARE(rec.changes[0].fid, fid);
        QCOMPARE(rec.changes[0].revisionBefore, 1);
        QCOMPARE(rec.changes[0].revisionAfter, 2);
        QCOMPARE(rec.changes[0].after.ecosystem, QStringLiteral("bio"));
        QCOMPARE(rec.changes[0].before.ecosystem, QString());

        const QList<AuditRow> audit = auditRows(*cache);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].field, QStringLiteral("ecosystem"));
        QCOMPARE(audit[0].oldValue, QString());
        QCOMPARE(audit[0].newValue, QStringLiteral("bio"));
        QCOMPARE(audit[1].field, QStringLiteral("land_mu"));
        QCOMPARE(audit[1].oldValue, QStringLiteral("0"));
        QCOMPARE(audit[1].newValue, QStringLiteral("12.5"));
        for (const AuditRow &a : audit) {
            QCOMPARE(a.user, QStringLiteral("管理员甲"));
            QCOMPARE(a.role, QStringLiteral("admin"));
            QCOMPARE(a.action, QStringLiteral("assign"));
            QCOMPARE(a.uuid, after.value(QStringLiteral("uuid")));
            QCOMPARE(a.label, QStringLiteral("XH-002"));
            QCOMPARE(a.district, QStringLiteral("西湖区"));
            QCOMPARE(a.message, QStringLiteral("季度调整"));
            QCOMPARE(a.editId, rec.editId);
            QVERIFY(a.accepted);
            QCOMPARE(a.revision, 2);
        }
    }

    void everyFieldCanBeSetAndCleared()
    {
        EditCase t(m_dir, QStringLiteral("XH-001"));
        auto &[cache, fid, editor] = t;
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("equip");
        p.chain = QStringLiteral("机器人");
        p.landMu = 44.9; // parcel is 200 × 150 m = 45 亩
        p.energyTce = 0;
        p.financeWan = 123.25;
        p.status = QStringLiteral("已投产");
        p.enterprise = QStringLiteral("  某装备公司 ");
        p.notes = QStringLiteral("引号 \" 和 '; DROP TABLE parcels; --");
        editor.apply(testAdmin(), {fid}, p);
        auto r = row(*cache, fid);
        QCOMPARE(r.value(QStringLiteral("ecosystem")), QStringLiteral("equip"));
        QCOMPARE(r.value(QStringLiteral("chain")), QStringLiteral("机器人"));
        QCOMPARE(r.value(QStringLiteral("land_mu")).toDouble(), 44.9);
        QCOMPARE(r.value(QStringLiteral("energy_tce")).toDouble(), 0.0);
        QCOMPARE(r.value(QStringLiteral("finance_wan")).toDouble(), 123.25);
        QCOMPARE(r.value(QStringLiteral("status")), QStringLiteral("production"));
        QCOMPARE(r.value(QStringLiteral("enterprise")), QStringLiteral("某装备公司"));
        QCOMPARE(r.value(QStringLiteral("notes")), QStringLiteral("引号 \" 和 '; DROP TABLE parcels; --"));
        QCOMPARE(r.value(QStringLiteral("revision")), QStringLiteral("2"));
        QCOMPARE(auditRows(*cache).size(), 8);

        AssignmentPatch clear;
        clear.ecosystem = QStringLiteral("unassigned");
        clear.chain = QString();
        clear.status = QString();
        editor.apply(testAdmin(), {fid}, clear);
        r = row(*cache, fid);
        QCOMPARE(r.value(QStringLiteral("ecosystem")), QStringLiteral("<null>"));
        QCOMPARE(r.value(QStringLiteral("chain")), QStringLiteral("<null>"));
        QCOMPARE(r.value(QStringLiteral("status")), QStringLiteral("<null>"));
        QCOMPARE(r.value(QStringLiteral("revision")), QStringLiteral("3"));
        const auto last = auditRows(*cache, QStringLiteral("field = 'ecosystem' AND new_value = ''"));
        QCOMPARE(last.size(), 1);
        QCOMPARE(last[0].oldValue, QStringLiteral("equip"));
    }

    void noOpEditChangesNothing()
    {
        EditCase t(m_dir, QStringLiteral("XH-001"));
        auto &[cache, fid, editor] = t;
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("bio");
        p.landMu = 40;
        const EditRecord rec = editor.apply(testAdmin(), {fid}, p);
        QVERIFY(rec.isEmpty());
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
        QCOMPARE(auditRowCount(cache->db()), 0);
    }

    void validationErrorsLeaveParcelUntouched_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("messagePart");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const int eco = 0, land = 1, energy = 2, finance = 3, status = 4, chain = 5;
        QTest::newRow("unknown ecosystem")
            << "XH-002" << eco << 0.0 << "火星农业" << int(AssignmentField::Ecosystem) << "火星农业";
        QTest::newRow("negative land")
            << "XH-002" << land << -1.0 << "" << int(AssignmentField::LandMu) << "negative";
        QTest::newRow("nan land") << "XH-002" << land << nan << "" << int(AssignmentField::LandMu)
                                  << "finite";
        QTest::newRow("inf energy") << "XH-002" << energy << inf << "" << int(AssignmentField::EnergyTce)
                                    << "finite";
        QTest::newRow("negative finance")
            << "XH-002" << finance << -0.01 << "" << int(AssignmentField::FinanceWan) << "negative";
        // 100 × 100 m = 15 亩; 1 % + 0.01 亩 tolerance → 15.16 亩 at most.
        QTest::newRow("land over area")
            << "XH-002" << land << 15.2 << "" << int(AssignmentField::LandMu) << "exceeds";
        QTest::newRow("absurd energy")
            << "XH-002" << energy << 2.0e6 << "" << int(AssignmentField::EnergyTce) << "maximum";
        QTest::newRow("absurd finance")
            << "XH-002" << finance << 2.0e7 << "" << int(AssignmentField::FinanceWan) << "maximum";
        QTest::newRow("unknown status")
            << "XH-002" << status << 0.0 << "半死不活" << int(AssignmentField::Status) << "半死不活";
        QTest::newRow("chain without ecosystem")
            << "XH-002" << chain << 0.0 << "创新药" << int(AssignmentField::Chain) << "needs an ecosystem";
    }

    void validationErrorsLeaveParcelUntouched()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(double, number);
        QFETCH(QString, text);
        QFETCH(int, field);
        QFETCH(QString, messagePart);
        EditCase t(m_dir, code);
        auto &[cache, fid, editor] = t;
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        AssignmentPatch p;
        p.notes = QStringLiteral("would change too"); // a valid field beside the bad one must not land either
        switch (kind) {
        case 0:
            p.ecosystem = text;
            break;
        case 1:
            p.landMu = number;
            break;
        case 2:
            p.energyTce = number;
            break;
        case 3:
            p.financeWan = number;
            break;
        case 4:
            p.status = text;
            break;
        case 5:
            p.chain = text;
            break;
        }
        try {
            editor.apply(testAdmin(), {fid}, p);
            QFAIL("invalid edit accepted");
        } catch (const ValidationError &e) {
            QCOMPARE(e.fieldErrors().size(), 1);
            QCOMPARE(int(e.fieldErrors().first().field), field);
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
            QVERIFY2(e.message().contains(code), qPrintable(e.message()));
        }
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
        QCOMPARE(auditRowCount(cache->db()), 0);
    }

    void landWithinToleranceIsAccepted()
    {
        EditCase t(m_dir, QStringLiteral("XH-002"));
        auto &[cache, fid, editor] = t;
        AssignmentPatch p;
        p.landMu = 15.1; // 15 亩 parcel, within 1 %
        QCOMPARE(editor.apply(testAdmin(), {fid}, p).changes.size(), 1);
    }

    void chainsMustBelongToTheEcosystemWhenKnown()
    {
        auto cache = freshCache();
        cache->db().exec(
            QStringLiteral("INSERT INTO zhili_chains (ecosystem, name) VALUES ('bio', '创新药'), "
                           "('bio', '医疗器械'), ('equip', '机器人')"));
        const qint64 fid = testParcelFid(*cache, QStringLiteral("XH-001")); // bio / 创新药
        ParcelEditor editor(*cache);
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));

        AssignmentPatch wrongChain;
        wrongChain.chain = QStringLiteral("机器人");
        QVERIFY_THROWS_EXCEPTION(ValidationError, editor.apply(testAdmin(), {fid}, wrongChain));
        // Moving to another ecosystem while keeping a chain of the old one is refused too.
        AssignmentPatch moveOnly;
        moveOnly.ecosystem = QStringLiteral("iot");
        try {
            editor.apply(testAdmin(), {fid}, moveOnly);
            QFAIL("chain of bio kept under iot");
        } catch (const ValidationError &e) {
            QCOMPARE(e.fieldErrors().first().field, AssignmentField::Chain);
            QVERIFY2(e.message().contains(QStringLiteral("创新药")), qPrintable(e.message()));
        }
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);

        AssignmentPatch ok;
        ok.ecosystem = QStringLiteral("高端装备");
        ok.chain = QStringLiteral("机器人");
        QCOMPARE(editor.apply(testAdmin(), {fid}, ok).changes.size(), 1);
        AssignmentPatch other;
        other.chain = QStringLiteral("医疗器械");
        other.ecosystem = QStringLiteral("bio");
        QCOMPARE(editor.apply(testAdmin(), {fid}, other).changes.size(), 1);
    }

    void reloadRulesPicksUpNewChains()
    {
        EditCase t(m_dir, QStringLiteral("XH-002"));
        auto &[cache, fid, editor] = t;
        cache->db().exec(
            QStringLiteral("INSERT INTO zhili_chains (ecosystem, name) VALUES ('iot', '集成电路')"));
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("iot");
        p.chain = QStringLiteral("软件");
        editor.reloadRules();
        QVERIFY_THROWS_EXCEPTION(ValidationError, editor.apply(testAdmin(), {fid}, p));
        p.chain = QStringLiteral("集成电路");
        QCOMPARE(editor.apply(testAdmin(), {fid}, p).changes.size(), 1);
    }

    void officerOfOtherDistrictIsRefusedAndAudited()
    {
        auto cache = freshCache();
        const qint64 xs = testParcelFid(*cache, QStringLiteral("XS-001"));
        const QString uuid = cache->parcelByFid(xs)->uuid;
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        ParcelEditor editor(*cache);
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("iot");
        p.landMu = 3;
        try {
            editor.apply(testOfficer(QStringLiteral("张三"), QStringLiteral("西湖区")), {xs}, p,
                         QStringLiteral("试试"));
            QFAIL("officer edited another district");
        } catch (const PermissionDenied &e) {
            QVERIFY2(e.message().contains(
                         QStringLiteral("district officers may edit only parcels of their own district")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("张三: 西湖区; parcel XS-001 is in 萧山区")),
                     qPrintable(e.message()));
            QCOMPARE(e.refusals().size(), 1);
            QCOMPARE(e.refusals().first().code, QStringLiteral("XS-001"));
        }
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
        const auto refused = auditRows(*cache);
        QCOMPARE(refused.size(), 2); // one per requested field
        for (const AuditRow &a : refused) {
            QVERIFY(!a.accepted);
            QCOMPARE(a.user, QStringLiteral("张三"));
            QCOMPARE(a.role, QStringLiteral("officer"));
            QCOMPARE(a.uuid, uuid);
            QCOMPARE(a.district, QStringLiteral("萧山区"));
            QVERIFY(a.message.contains(
                QStringLiteral("district officers may edit only parcels of their own district")));
            QVERIFY(a.message.contains(QStringLiteral("试试")));
        }
        QCOMPARE(refused[0].field, QStringLiteral("ecosystem"));
        QCOMPARE(refused[0].newValue, QStringLiteral("iot"));
        QCOMPARE(refused[1].field, QStringLiteral("land_mu"));
        QCOMPARE(refused[1].oldValue, QStringLiteral("0"));
        QCOMPARE(refused[1].newValue, QStringLiteral("3"));

        const QList<AuditEntry> history = AuditLog(*cache).historyForParcel(uuid);
        QCOMPARE(history.size(), 2);
        QVERIFY(!history[0].accepted);
        QCOMPARE(history[0].field, QStringLiteral("land_mu")); // newest first

        // Their own district works.
        const qint64 xh = testParcelFid(*cache, QStringLiteral("XH-002"));
        QCOMPARE(editor.apply(testOfficer(QStringLiteral("张三"), QStringLiteral("西湖区")), {xh}, p)
                     .changes.size(),
                 1);
    }

    void oneRefusedParcelInSelectionStopsTheWholeEdit()
    {
        auto cache = freshCache();
        const qint64 own = testParcelFid(*cache, QStringLiteral("XH-002"));
        const qint64 other = testParcelFid(*cache, QStringLiteral("BJ-001"));
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        ParcelEditor editor(*cache);
        AssignmentPatch p;
        p.enterprise = QStringLiteral("新企业");
        QVERIFY_THROWS_EXCEPTION(
            PermissionDenied,
            editor.apply(testOfficer(QStringLiteral("张三"), QStringLiteral("西湖区")), {own, other}, p));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
        const auto audit = auditRows(*cache);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].label, QStringLiteral("BJ-001"));
        QVERIFY(!audit[0].accepted);
    }

    void plannerCannotEditParcels()
    {
        EditCase t(m_dir, QStringLiteral("XH-002"));
        auto &[cache, fid, editor] = t;
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        AssignmentPatch p;
        p.financeWan = 10;
        try {
            editor.apply(testPlanner(), {fid}, p);
            QFAIL("planner edited a parcel");
        } catch (const PermissionDenied &e) {
            QVERIFY2(e.message().contains(QStringLiteral("city planners may not edit parcels")),
                     qPrintable(e.message()));
        }
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
        QCOMPARE(auditRowCount(cache->db(), 0), 1);
        QCOMPARE(auditRowCount(cache->db(), 1), 0);
    }

    void undoRedoRestoreExactValues()
    {
        auto cache = freshCache();
        const qint64 a = testParcelFid(*cache, QStringLiteral("XH-001"));
        const qint64 b = testParcelFid(*cache, QStringLiteral("XH-002"));
        const auto rowA0 = row(*cache, a);
        const auto rowB0 = row(*cache, b);
        ParcelEditor editor(*cache);
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("mat");
        p.chain = QString();
        p.financeWan = 0.1 + 0.2; // not exactly representable: must come back bit for bit
        p.notes = QStringLiteral("批量");
        const EditRecord rec = editor.apply(testAdmin(), {a, b}, p);
        QCOMPARE(rec.changes.size(), 2);
        const auto rowA1 = row(*cache, a);
        const auto rowB1 = row(*cache, b);

        const EditRecord undo = editor.revert(testAdmin(), rec);
        QCOMPARE(undo.action, QStringLiteral("undo"));
        QCOMPARE(undo.changes.size(), 2);
        auto rowA2 = row(*cache, a);
        auto rowB2 = row(*cache, b);
        rowA2.remove(QStringLiteral("updated_at"));
        rowB2.remove(QStringLiteral("updated_at"));
        QCOMPARE(changedColumns(rowA0, rowA2), QStringList{QStringLiteral("revision")});
        QCOMPARE(changedColumns(rowB0, rowB2), QStringList{QStringLiteral("revision")});
        QCOMPARE(rowA2.value(QStringLiteral("revision")), QStringLiteral("3")); // revisions only grow (sync)
        QCOMPARE(cache->parcelByFid(a)->assignment, rec.changes[0].before);
        QCOMPARE(cache->parcelByFid(b)->assignment, rec.changes[1].before);

        editor.reapply(testAdmin(), rec);
        QCOMPARE(cache->parcelByFid(a)->assignment, rec.changes[0].after);
        QCOMPARE(cache->parcelByFid(b)->assignment, rec.changes[1].after);
        QCOMPARE(cache->parcelByFid(b)->assignment.financeWan, 0.1 + 0.2);
        // updated_at may equal the original edit's when both fall in the same millisecond.
        QCOMPARE(changedColumns(rowA1, row(*cache, a)).first(), QStringLiteral("revision"));
        QCOMPARE(changedColumns(rowB1, row(*cache, b)).first(), QStringLiteral("revision"));
        QCOMPARE(row(*cache, a).value(QStringLiteral("revision")), QStringLiteral("4"));
        QCOMPARE(auditRows(*cache, QStringLiteral("action = 'undo'")).size(),
                 auditRows(*cache, QStringLiteral("action = 'assign'")).size());
        QCOMPARE(auditRows(*cache, QStringLiteral("action = 'redo'")).size(),
                 auditRows(*cache, QStringLiteral("action = 'assign'")).size());
        const auto undoRows = auditRows(*cache, QStringLiteral("action = 'undo' AND field = 'ecosystem'"));
        QCOMPARE(undoRows.size(), 2);
        QCOMPARE(undoRows[0].oldValue, QStringLiteral("mat"));
        QCOMPARE(undoRows[0].newValue, QStringLiteral("bio"));
    }

    void undoRefusedWhenParcelChangedSince()
    {
        EditCase t(m_dir, QStringLiteral("XH-002"));
        auto &[cache, fid, editor] = t;
        AssignmentPatch p;
        p.landMu = 5;
        const EditRecord rec = editor.apply(testAdmin(), {fid}, p);
        AssignmentPatch later;
        later.landMu = 7;
        editor.apply(testAdmin(), {fid}, later);
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        try {
            editor.revert(testAdmin(), rec);
            QFAIL("undo overwrote a later edit");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("has changed since")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("land_mu=7")), qPrintable(e.message()));
        }
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
    }

    void undoChecksRightsAgain()
    {
        EditCase t(m_dir, QStringLiteral("XS-001"));
        auto &[cache, fid, editor] = t;
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("energy");
        const EditRecord rec = editor.apply(testAdmin(), {fid}, p);
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        QVERIFY_THROWS_EXCEPTION(
            PermissionDenied,
            editor.revert(testOfficer(QStringLiteral("李四"), QStringLiteral("西湖区")), rec));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
        QCOMPARE(auditRows(*cache, QStringLiteral("action = 'undo' AND accepted = 0")).size(), 1);
    }

    void auditLogIsAppendOnly()
    {
        auto cache = freshCache();
        ParcelEditor editor(*cache);
        AssignmentPatch p;
        p.notes = QStringLiteral("x");
        editor.apply(testAdmin(), {testParcelFid(*cache, QStringLiteral("XH-002"))}, p);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 cache->db().exec(QStringLiteral("UPDATE zhili_audit SET user = 'evil'")));
        QVERIFY_THROWS_EXCEPTION(Error, cache->db().exec(QStringLiteral("DELETE FROM zhili_audit")));
        QCOMPARE(auditRowCount(cache->db()), 1);
    }

    void historyNewestFirstWithBothOutcomes()
    {
        auto cache = freshCache();
        const qint64 fid = testParcelFid(*cache, QStringLiteral("XH-002"));
        const QString uuid = cache->parcelByFid(fid)->uuid;
        ParcelEditor editor(*cache);
        AssignmentPatch p1;
        p1.landMu = 1;
        editor.apply(testAdmin(), {fid}, p1);
        AssignmentPatch p2;
        p2.landMu = 2;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, editor.apply(testPlanner(), {fid}, p2));
        AssignmentPatch p3;
        p3.landMu = 3;
        editor.apply(testOfficer(QStringLiteral("王五"), QStringLiteral("西湖区")), {fid}, p3);
        const QList<AuditEntry> h = AuditLog(*cache).historyForParcel(uuid);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[0].newValue, QStringLiteral("3"));
        QCOMPARE(h[0].oldValue, QStringLiteral("1"));
        QCOMPARE(h[0].user, QStringLiteral("王五"));
        QCOMPARE(h[0].revision, 3);
        QCOMPARE(h[1].newValue, QStringLiteral("2"));
        QVERIFY(!h[1].accepted);
        QCOMPARE(h[2].newValue, QStringLiteral("1"));
        QVERIFY(h[2].accepted);
        QVERIFY(h[0].id > h[1].id && h[1].id > h[2].id);
        QCOMPARE(AuditLog(*cache).since(h[1].id).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestParcelEditor)
#include "tst_parceleditor.moc"
