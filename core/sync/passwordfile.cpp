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
    const QString line = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    if (line.isEmpty())
        throw Error(
            QCoreApplication::translate(
                "PasswordFile", "the password file %1 (%2) is empty: write the password on its first line")
                .arg(path, what));
    return line;
}

QString PasswordFile::fromEnvironment()
{
    const QString file = qEnvironmentVariable("ZHILI_PASSWORD_FILE");
    return file.isEmpty() ? QString() : read(file, QStringLiteral("ZHILI_PASSWORD_FILE"));
}

} // namespace zhili
