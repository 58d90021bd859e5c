#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace zhili {

/// The header of a .dbf (record count and sizes, language-driver byte, field descriptors), read once per
/// import through GDAL's VSI layer (/vsizip/ paths work) and shared by the encoding detection and the
/// record-count check. A damaged header is kept as read, with `problem` saying what is wrong, so the record
/// counts can still be compared when a preview tolerates the encoding error.
struct DbfHeader {
    struct Field {
        QByteArray rawName;
        char type = 0;
        int offset = 0;
        int length = 0;
    };

    QString path;
    bool readable = false; ///< the file could be opened
    QString problem;       ///< empty when the header is sound; else why not (too short, damaged, truncated)
    qint64 records = 0;
    int headerSize = 0;
    int recordSize = 0;
    int ldid = 0; ///< the language-driver byte (0 when the header is shorter than 30 bytes)
    qint64 fileSize = 0;
    QList<Field> fields;

    /// Reads the header of `path`; never throws (see `readable` and `problem`).
    static DbfHeader read(const QString &path);
    /// Throws zhili::Error unless the file could be opened and its header is sound.
    void requireValid() const;
};

} // namespace zhili
