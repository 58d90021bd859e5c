#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace zhili::test {

CliRun runCli(const QStringList &args, const QMap<QString, QString> &env, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Messages in English unless a test asks for another locale through `env` (LANG=zh_CN.UTF-8, …).
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    e.insert(QStringLiteral("LC_CTYPE"), QStringLiteral("C.UTF-8")); // UTF-8 file names and text, as before
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(ZHILI_CLI), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace zhili::test
