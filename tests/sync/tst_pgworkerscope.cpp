// libpq's password login (SCRAM) leaves OpenSSL state on the thread it ran on, freed when the thread ends. A
// thread-pool thread may end only after OpenSSL's exit clean-up (QThread::wait() returns before a thread's
// last destructors run), and then that state is lost: the random LeakSanitizer failure of tst_synclive.
// PgWorkerScope frees it when the worker task ends. This test makes the late end certain; it is a check only
// under the sanitizers (scripts/run-tests.sh --sanitize), where the lost state is a leak at exit.
#include "pgcluster.h"
#include "sync/pgconnection.h"
#include "sync/pgworkerscope.h"

#include <QtTest>
#include <condition_variable>
#include <mutex>
#include <openssl/crypto.h>
#include <thread>

using namespace zhili;

class TestPgWorkerScope : public QObject {
    Q_OBJECT

private slots:
    void workerThatEndsAfterOpenSslCleanUpLosesNothing()
    {
        ZHILI_REQUIRE_POSTGRES();
        test::PgCluster pg; // stopped when the test ends
        pg.start();
        std::mutex mutex;
        std::condition_variable changed;
        bool loggedIn = false, mayEnd = false;
        QString user;
        std::thread worker([&] {
            {
                const PgWorkerScope scope;
                PgConnection conn(pg.superUrl()); // a password login: SCRAM draws OpenSSL random bytes
                user = conn.currentUser();
            }
            std::unique_lock lock(mutex);
            loggedIn = true;
            changed.notify_all();
            changed.wait(lock, [&] { return mayEnd; });
        });
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return loggedIn; });
        }
        // What exit() does while a slow pool thread has not yet ended. No OpenSSL call may follow in this
        // process: this is the last test that logs in.
        OPENSSL_cleanup();
        {
            std::lock_guard lock(mutex);
            mayEnd = true;
        }
        changed.notify_all();
        worker.join();
        QCOMPARE(user, test::PgCluster::kSuperUser);
    }
};

QTEST_GUILESS_MAIN(TestPgWorkerScope)
#include "tst_pgworkerscope.moc"
