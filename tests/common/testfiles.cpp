#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>

namespace zhili::test {

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

QSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray h = f.read(24);
    if (h.size() < 24 || !h.startsWith("\x89PNG\r\n\x1a\n") || h.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&h](int at) {
        return int(quint32(quint8(h[at])) << 24 | quint32(quint8(h[at + 1])) << 16 |
                   quint32(quint8(h[at + 2])) << 8 | quint32(quint8(h[at + 3])));
    };
    return QSize(be32(16), be32(20));
}

} // namespace zhili::test
