#pragma once

// Runs the real zhili-cli binary as a user would (a whole process), for the CLI tests.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zhili::test {

/// What one zhili-cli process did.
struct CliRun {
    int code = -1; ///< exit code; -2 when it crashed or timed out
    QString out;
    QString err;
};

/// Runs ZHILI_CLI with `args` (offscreen, messages in English: LANG=en_US.UTF-8 without LC_ALL, LC_MESSAGES
/// or LANGUAGE; plus `env` on top).
CliRun runCli(const QStringList &args, const QMap<QString, QString> &env = {}, int timeoutMs = 120000);

/// Writes `bytes` to `path` (replacing it) and returns the path.
QString writeTestFile(const QString &path, const QByteArray &bytes);

/// SHA-256 of a whole file (empty when it does not exist): compare before/after to prove nothing changed.
QByteArray fileHash(const QString &path);

} // namespace zhili::test
