#include "io/dbfheader.h"

#include "util/error.h"

#include <cpl_vsi.h>

#include <memory>

namespace zhili {

DbfHeader DbfHeader::read(const QString &path)
{
    DbfHeader d;
    d.path = path;
    VSILFILE *f = VSIFOpenL(path.toUtf8().constData(), "rb");
    if (!f)
        return d;
    std::unique_ptr<VSILFILE, int (*)(VSILFILE *)> closer(f, VSIFCloseL);
    d.readable = true;
    unsigned char h[32] = {};
    const size_t got = VSIFReadL(h, 1, 32, f);
    // The counts are taken even from a short header (zeros past the end), as the record check always did.
    d.records = qint64(h[4]) | (qint64(h[5]) << 8) | (qint64(h[6]) << 16) | (qint64(h[7]) << 24);
    d.headerSize = h[8] | (h[9] << 8);
    d.recordSize = h[10] | (h[11] << 8);
    d.ldid = got >= 30 ? h[29] : 0;
    VSIFSeekL(f, 0, SEEK_END);
    d.fileSize = qint64(VSIFTellL(f));
    if (got != 32) {
        d.problem = QStringLiteral("%1 is too short to be a .dbf file (damaged?)").arg(path);
        return d;
    }
    if (d.headerSize < 33 || d.recordSize < 1) {
        d.problem = QStringLiteral("%1 has a damaged header (not a .dbf file?)").arg(path);
        return d;
    }
    QByteArray desc(d.headerSize - 32, Qt::Uninitialized);
    VSIFSeekL(f, 32, SEEK_SET);
    if (VSIFReadL(desc.data(), 1, size_t(desc.size()), f) != size_t(desc.size())) {
        d.problem = QStringLiteral("%1 is truncated inside its header").arg(path);
        return d;
    }
    int offset = 1; // deletion flag
    for (qsizetype p = 0; p + 32 <= desc.size() && uchar(desc[p]) != 0x0D; p += 32) {
        Field fd;
        const char *name = desc.constData() + p;
        fd.rawName = QByteArray(name, qstrnlen(name, 11));
        fd.type = desc[p + 11];
        fd.length = uchar(desc[p + 16]);
        if (fd.type == 'C')
            fd.length |= uchar(desc[p + 17]) << 8; // long character fields use the decimals byte
        fd.offset = offset;
        offset += fd.length;
        d.fields.append(fd);
    }
    return d;
}

void DbfHeader::requireValid() const
{
    if (!readable)
        throw Error(QStringLiteral("cannot read %1").arg(path));
    if (!problem.isEmpty())
        throw Error(problem);
}

} // namespace zhili
