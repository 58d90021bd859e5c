#pragma once

// Files for tests: written in one call, compared by hash.
#include <QByteArray>
#include <QSize>
#include <QString>

namespace zhili::test {

/// Writes `bytes` to `path` (replacing it) and returns the path.
QString writeTestFile(const QString &path, const QByteArray &bytes);

/// SHA-256 of a whole file (empty when it does not exist): compare before/after to prove nothing changed.
QByteArray fileHash(const QString &path);

/// Width and height from a PNG's IHDR chunk (QtCore only, as the CLI tests link), or an empty size.
QSize pngSize(const QString &path);

} // namespace zhili::test
