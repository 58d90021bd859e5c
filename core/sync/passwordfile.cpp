#include "sync/passwordfile.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

namespace zhili {

QString PasswordFile::read(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("PasswordFile", "cannot read the password file %1 (%2): %3")
                        .arg(path, what, f.errorString()));
    // The first line only (a trailing CR from a Windows editor is not part of the password).
    const QByteArray bytes = f.read(4096);
    QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        throw Error(QCoreApplication::translate("PasswordFile",
                                                "the password file %1 (%2) is empty: put the password on "
                                                "its first line")
                        .arg(path, what));
    return QString::fromUtf8(line);
}

QString PasswordFile::fromEnvironment()
{
    const QString file = qEnvironmentVariable("ZHILI_PASSWORD_FILE");
    return file.isEmpty() ? QString() : read(file, QStringLiteral("ZHILI_PASSWORD_FILE"));
}

} // namespace zhili
