#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace zhili {

/// A minimal ZIP archive writer: entries stored uncompressed ("stored", method 0) with their CRC-32 and
/// UTF-8 names, as QGIS's .qgz projects (a .qgs inside) need. Qt 6.4 keeps its QZipWriter private (and its
/// headers are not installed), and a few kilobytes of XML gain nothing worth a deflate dependency.
class StoredZip {
public:
    /// The whole archive: (name, content) entries in order, dated `modified` (local time, as ZIP keeps it).
    static QByteArray build(const QList<QPair<QString, QByteArray>> &entries, const QDateTime &modified);
    /// CRC-32 (IEEE 802.3, as ZIP and zlib compute it).
    static quint32 crc32(const QByteArray &data);
};

} // namespace zhili
