#include "cache/freshfilewrites.h"

#include "cache/sqlitedatabase.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <fcntl.h>
#include <unistd.h>

namespace zhili {

FreshFileWrites::FreshFileWrites(SqliteDatabase &db) : m_db(db)
{
    // MEMORY rather than OFF: a failed statement or transaction still rolls back cleanly (the journal
    // holds only the few pages the file had before; new pages past its end need none).
    m_db.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
    m_db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
}

void FreshFileWrites::finish()
{
    // The pragma answers with the mode it is in afterwards (the old one when it could not switch).
    if (m_db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"))
            .toString()
            .compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw Error(
            QCoreApplication::translate("FreshFileWrites", "cannot switch %1 to WAL mode").arg(m_db.path()));
    m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const QByteArray path = QFile::encodeName(m_db.path());
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!synced)
        throw Error(
            QCoreApplication::translate("FreshFileWrites", "cannot flush %1 to the disk").arg(m_db.path()));
}

} // namespace zhili
