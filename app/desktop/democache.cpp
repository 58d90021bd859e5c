#include "desktop/democache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace zhili {

QString DemoCache::userCopy(const QString &installed)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString copy = QDir(dir).filePath(QStringLiteral("zhili-demo.gpkg"));
    if (QFileInfo::exists(copy))
        return copy;
    if (dir.isEmpty() || !QDir().mkpath(dir) || !QFile::copy(installed, copy))
        return installed;
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
}

QString DemoCache::path()
{
    const QString env = qEnvironmentVariable("ZHILI_DEMO_CACHE");
    if (!env.isEmpty() && QFileInfo::exists(env))
        return env;
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString installed = appDir.filePath(QStringLiteral("../share/zhili/demo/zhili-demo.gpkg"));
    if (QFileInfo::exists(installed))
        return userCopy(QFileInfo(installed).absoluteFilePath());
    const QString beside = appDir.filePath(QStringLiteral("../demo/zhili-demo.gpkg"));
    return QFileInfo::exists(beside) ? QFileInfo(beside).absoluteFilePath() : QString();
}

} // namespace zhili
