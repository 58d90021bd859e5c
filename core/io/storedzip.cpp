#include "io/storedzip.h"

#include "util/error.h"

#include <QDateTime>
#include <QtEndian>
#include <array>

namespace zhili {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// MS-DOS date and time, the only timestamps ZIP headers have (2-second resolution, years 1980–2107).
QPair<quint16, quint16> dosDateTime(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime c = t.time();
    const int year = qBound(1980, d.year(), 2107);
    return {quint16((year - 1980) << 9 | d.month() << 5 | d.day()),
            quint16(c.hour() << 11 | c.minute() << 5 | c.second() / 2)};
}

} // namespace

quint32 StoredZip::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray StoredZip::build(const QList<QPair<QString, QByteArray>> &entries, const QDateTime &modified)
{
    // Plain variables, not structured bindings: clang 14 (the sanitizer build) cannot capture those.
    const auto dosStamp = dosDateTime(modified.toLocalTime());
    const quint16 date = dosStamp.first, time = dosStamp.second;
    constexpr quint16 kUtf8Names = 1 << 11;
    QByteArray out, directory;
    for (const auto &entry : entries) {
        const QString &name = entry.first;
        const QByteArray &content = entry.second;
        const QByteArray utf8 = name.toUtf8();
        // No ZIP64: the archives this writes hold a project file of kilobytes.
        if (content.size() >= 0xFFFFFFFFLL || out.size() >= 0xFFFFFFFFLL)
            throw Error(QStringLiteral("%1 is too large for a ZIP archive without ZIP64").arg(name));
        const quint32 crc = crc32(content);
        const quint32 offset = quint32(out.size());
        // The fields the local header and its central directory record share, from "version needed" on.
        const auto common = [&](QByteArray &to) {
            put16(to, 20); // version needed: 2.0
            put16(to, kUtf8Names);
            put16(to, 0); // stored
            put16(to, time);
            put16(to, date);
            put32(to, crc);
            put32(to, quint32(content.size()));
            put32(to, quint32(content.size()));
            put16(to, quint16(utf8.size()));
            put16(to, 0); // extra field length
        };
        put32(out, 0x04034b50);
        common(out);
        out += utf8;
        out += content;
        put32(directory, 0x02014b50);
        put16(directory, 20); // made by: 2.0, MS-DOS attributes
        common(directory);
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += utf8;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace zhili
