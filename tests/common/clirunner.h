#pragma once

// Runs the real zhili-cli binary as a user would (a whole process), for the CLI tests.
#include "testfiles.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace zhili::test {

/// What one zhili-cli process did.
struct CliRun {
    int code = -1; ///< exit code; -2 when it crashed or timed out
    QString out;
    QString err;
    QByteArray errBytes; ///< stderr as written, for checks on the bytes themselves
};

/// Runs ZHILI_CLI with `args` (offscreen, messages in English: LANG=en_US.UTF-8 without LC_ALL, LC_MESSAGES
/// or LANGUAGE; plus `env` on top).
CliRun runCli(const QStringList &args, const QMap<QString, QString> &env = {}, int timeoutMs = 120000);

/// Runs ZHILI_CLI with `args` in exactly the environment `env` (for tests of the environment itself).
CliRun runCliIn(const QProcessEnvironment &env, const QStringList &args, int timeoutMs = 120000);

} // namespace zhili::test
