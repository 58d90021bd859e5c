#include "clirunner.h"

#include <QProcess>

namespace zhili::test {

CliRun runCli(const QStringList &args, const QMap<QString, QString> &env, int timeoutMs)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Messages in English unless a test asks for another locale through `env` (LANG=zh_CN.UTF-8, …).
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    e.insert(QStringLiteral("LC_CTYPE"), QStringLiteral("C.UTF-8")); // UTF-8 file names and text, as before
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    return runCliIn(e, args, timeoutMs);
}

CliRun runCliIn(const QProcessEnvironment &env, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ZHILI_CLI), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    const QByteArray err = p.readAllStandardError();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(err), err};
}

} // namespace zhili::test
