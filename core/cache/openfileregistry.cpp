#include "cache/openfileregistry.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <map>
#include <sys/stat.h>

namespace zhili {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

std::map<OpenFileRegistry::FileId, int> &openCounts()
{
    static std::map<OpenFileRegistry::FileId, int> counts;
    return counts;
}

OpenFileRegistry::FileId idOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {0, 0};
    return {std::uint64_t(st.st_dev), std::uint64_t(st.st_ino)};
}

} // namespace

OpenFileRegistry::FileId OpenFileRegistry::add(const QString &path)
{
    const FileId id = idOf(path);
    if (id == FileId{0, 0})
        return id;
    QMutexLocker lock(&registryMutex());
    ++openCounts()[id];
    return id;
}

void OpenFileRegistry::remove(const FileId &id)
{
    if (id == FileId{0, 0})
        return;
    QMutexLocker lock(&registryMutex());
    auto &counts = openCounts();
    const auto it = counts.find(id);
    if (it != counts.end() && --it->second <= 0)
        counts.erase(it);
}

bool OpenFileRegistry::isOpen(const QString &path)
{
    const FileId id = idOf(path);
    if (id == FileId{0, 0})
        return false;
    QMutexLocker lock(&registryMutex());
    return openCounts().count(id) > 0;
}

} // namespace zhili
