// User chooser (pick / add through core's UserDirectory rules) and the per-parcel history widget.
#include "cache/cacheschema.h"
#include "cache/geopackagecache.h"
#include "clirunner.h"
#include "desktop/cachesession.h"
#include "desktop/parcelhistorywidget.h"
#include "desktop/userchooserdialog.h"
#include "edit/parceleditor.h"
#include "edit/permissiondenied.h"
#include "edit/userdirectory.h"
#include "testcache.h"
#include "testdir.h"
#include "testusers.h"

#include <QGroupBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace zhili;

namespace {
const QString kPassword = QStringLiteral("west-lake-2025");
}

class TestUserAndHistory : public QObject {
    Q_OBJECT
private slots:
    void init() { m_cache = m_dir.freshCache(); }
    void cleanup() { m_cache.reset(); }

    void firstUserThenOfficer()
    {
        UserChooserDialog dialog(*m_cache, std::nullopt);
        QVERIFY(!dialog.chosenUser());
        QVERIFY(dialog.canAddUsers()); // the first administrator of an empty cache
        QVERIFY(dialog.addUser(QStringLiteral("张管理"), Role::Admin, QString(), kPassword, kPassword));
        QCOMPARE(dialog.chosenUser()->name, QStringLiteral("张管理"));
        QVERIFY(dialog.messageText().contains(QStringLiteral("张管理")));
        QVERIFY(dialog.addUser(QStringLiteral("王西湖"), Role::Officer, QStringLiteral("西湖区"), kPassword,
                               kPassword));
        QCOMPARE(m_cache->db()
                     .scalar(QStringLiteral("SELECT role || '/' || district FROM zhili_users WHERE "
                                            "name = '王西湖'"))
                     .toString(),
                 QStringLiteral("officer/西湖区"));
        QCOMPARE(dialog.chosenUser()->district, QStringLiteral("西湖区"));
        QVERIFY(dialog.messageText().contains(QStringLiteral("西湖区")));
        QVERIFY(dialog.selectUser(QStringLiteral("张管理")));
        QCOMPARE(dialog.chosenUser()->role, Role::Admin);
    }

    void officerCannotAddUsers()
    {
        const User admin = test::addFirstAdmin(*m_cache);
        UserDirectory dir(*m_cache);
        const User officer =
            dir.add(User{QStringLiteral("李"), Role::Officer, QStringLiteral("滨江区")}, admin);
        UserChooserDialog dialog(*m_cache, officer);
        QCOMPARE(dialog.chosenUser()->name, QStringLiteral("李")); // the acting user is preselected
        QVERIFY(!dialog.addUser(QStringLiteral("陌生人"), Role::Admin, QString(), kPassword, kPassword));
        QVERIFY(!dialog.messageText().isEmpty());
        QCOMPARE(m_cache->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_users")).toInt(), 2);
    }

    // Issue #14: "Choose user" let anyone add themselves as administrator. Adding is offered to an acting
    // administrator only, and a user with a password is chosen only with it.
    void nonAdminCannotAddAnAdmin()
    {
        const User admin = test::addFirstAdmin(*m_cache, kPassword);
        UserDirectory dir(*m_cache);
        const User planner =
            dir.add(User{QStringLiteral("规划王"), Role::Planner, QString()}, admin, kPassword);
        for (const std::optional<User> &current : {std::optional<User>(), std::optional<User>(planner)}) {
            UserChooserDialog dialog(*m_cache, current);
            QVERIFY(!dialog.canAddUsers());
            auto *box = dialog.findChild<QGroupBox *>();
            QVERIFY(box && !box->isEnabled());
            QVERIFY(
                !dialog.addUser(QStringLiteral("我是管理员"), Role::Admin, QString(), kPassword, kPassword));
            QVERIFY2(dialog.messageText().contains(QStringLiteral("administrator")),
                     qPrintable(dialog.messageText()));
        }
        QCOMPARE(m_cache->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_users")).toInt(), 2);
        UserChooserDialog byAdmin(*m_cache, admin);
        QVERIFY(byAdmin.canAddUsers());
        QVERIFY(!byAdmin.addUser(QStringLiteral("新人"), Role::Planner, QString(), kPassword,
                                 QStringLiteral("other-password")));
        QVERIFY2(byAdmin.messageText().contains(QStringLiteral("differ")), qPrintable(byAdmin.messageText()));
        QVERIFY(byAdmin.addUser(QStringLiteral("新人"), Role::Planner, QString(), kPassword, kPassword));
        QVERIFY(dir.find(QStringLiteral("新人"))->hasPassword);
    }

    void wrongPasswordIsRefused()
    {
        const User admin = test::addFirstAdmin(*m_cache, kPassword);
        UserDirectory dir(*m_cache);
        dir.add(User{QStringLiteral("老李"), Role::Planner, QString()}, admin); // added before passwords
        UserChooserDialog dialog(*m_cache, std::nullopt);
        QVERIFY(dialog.selectUser(QStringLiteral("admin")));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QVERIFY(password && password->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Enter with no password, then a wrong one: the dialog stays open and says why.
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.messageText().contains(QStringLiteral("Enter the password of admin")),
                 qPrintable(dialog.messageText()));
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("Wrong password for admin")),
                 qPrintable(dialog.messageText()));
        password->clear();
        QTest::keyClicks(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenUser()->name, QStringLiteral("admin"));

        // A user without a password (a cache from before passwords) is chosen as before.
        UserChooserDialog legacy(*m_cache, std::nullopt);
        QVERIFY(legacy.selectUser(QStringLiteral("老李")));
        QVERIFY(!legacy.findChild<QLineEdit *>(QStringLiteral("password"))->isEnabled());
        QVERIFY(legacy.verifySelection());
    }

    // The status-bar label is in the UI language only (core's bilingual User::label() is for the CLI).
    void userLabelFollowsLanguage()
    {
        const User officer{QStringLiteral("王西湖"), Role::Officer, QStringLiteral("西湖区")};
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral("zhili_zh_CN"), QStringLiteral(":/zhili/i18n")));
        const QString english = UserChooserDialog::userLabel(officer);
        QCOMPARE(english, QStringLiteral("王西湖 (District officer, 西湖区)"));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const QString chinese = UserChooserDialog::userLabel(officer);
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(chinese.contains(QStringLiteral("区县干部")), qPrintable(chinese));
        QVERIFY(!chinese.contains(QStringLiteral("officer")));
    }

    // A cache written by a newer Zhili opens read-only (no editor), with the reason for the user, and is
    // left exactly as it was; a current cache opens for editing.
    void newerCacheOpensReadOnly()
    {
        const QString path = m_cache->path();
        m_cache.reset();
        CacheSession session;
        session.open(path);
        QVERIFY(session.editor());
        QVERIFY(session.readOnlyReason().isEmpty());
        session.close();
        {
            SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("UPDATE zhili_meta SET value = '%1' WHERE key = 'schema_version'")
                        .arg(CacheSchema::kCurrentVersion + 1));
            db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        const QByteArray before = test::fileHash(path);
        session.open(path);
        QVERIFY(session.isOpen());
        QVERIFY(session.cache()->isReadOnly());
        QVERIFY(!session.editor());
        QVERIFY2(session.readOnlyReason().contains(QStringLiteral("newer Zhili")),
                 qPrintable(session.readOnlyReason()));
        session.close();
        QCOMPARE(test::fileHash(path), before);
    }

    void historyListsEditsAndRefusals()
    {
        const User admin = test::addFirstAdmin(*m_cache);
        UserDirectory dir(*m_cache);
        const User officer =
            dir.add(User{QStringLiteral("李"), Role::Officer, QStringLiteral("滨江区")}, admin);
        const qint64 fid = test::testParcelFid(*m_cache, QStringLiteral("XH-001"));
        {
            ParcelEditor editor(*m_cache);
            AssignmentPatch p;
            p.landMu = 20;
            p.energyTce = 99;
            editor.apply(admin, {fid}, p);
            AssignmentPatch q;
            q.landMu = 1;
            QVERIFY_THROWS_EXCEPTION(PermissionDenied, editor.apply(officer, {fid}, q));
        }
        ParcelHistoryWidget widget;
        widget.setCache(m_cache.get());
        widget.setParcel(fid);
        const int expected =
            m_cache->db()
                .scalar(QStringLiteral("SELECT count(*) FROM zhili_audit a JOIN parcels p ON "
                                       "p.uuid = a.target_uuid WHERE p.fid = %1")
                            .arg(fid))
                .toInt();
        QVERIFY(expected >= 3); // two accepted fields + one refusal
        QCOMPARE(widget.table()->rowCount(), expected);
        // Newest first: the refusal.
        QCOMPARE(widget.table()->item(0, ParcelHistoryWidget::Who)->text().left(1), QStringLiteral("李"));
        QVERIFY(!widget.table()->item(0, ParcelHistoryWidget::Result)->text().isEmpty());
        bool landRow = false;
        for (int r = 0; r < widget.table()->rowCount(); ++r)
            if (widget.table()->item(r, ParcelHistoryWidget::OldValue)->text() == QLatin1String("40") &&
                widget.table()->item(r, ParcelHistoryWidget::NewValue)->text() == QLatin1String("20"))
                landRow = true;
        QVERIFY(landRow);
        const QString accepted = widget.table()->item(expected - 1, ParcelHistoryWidget::Result)->text();
        const QString refused = widget.table()->item(0, ParcelHistoryWidget::Result)->text();
        QVERIFY(accepted != refused);
        widget.setParcel(0);
        QCOMPARE(widget.table()->rowCount(), 0);
    }

private:
    test::TestDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;
};

QTEST_MAIN(TestUserAndHistory)
#include "tst_userandhistory.moc"
