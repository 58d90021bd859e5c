#include "cli/passwordinput.h"

#include "sync/passwordfile.h"

#include "cli/clicommand.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace zhili::cli {

namespace {

/// Echo off on the terminal for as long as it lives (also when reading throws).
class EchoOff {
public:
    EchoOff()
    {
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet); // not TCSAFLUSH: it drops typed-ahead input
        }
    }
    ~EchoOff()
    {
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_ok = false;
};

} // namespace

QString PasswordInput::fromFile(const QString &path, const QString &what)
{
    return PasswordFile::read(path, what);
}

std::optional<QString> PasswordInput::prompt(const QString &question)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err() << question;
    err().flush();
    QByteArray line;
    {
        EchoOff quiet;
        for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
            line.append(char(c));
    }
    err() << '\n';
    err().flush();
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString PasswordInput::forUser(const QString &name)
{
    const QString file = qEnvironmentVariable("ZHILI_PASSWORD_FILE");
    if (!file.isEmpty())
        return fromFile(file, QStringLiteral("ZHILI_PASSWORD_FILE"));
    if (const std::optional<QString> typed =
            prompt(QCoreApplication::translate("PasswordInput", "Password for %1: ").arg(name)))
        return *typed;
    throw Error(QCoreApplication::translate("PasswordInput",
                                            "user %1 has a password and there is no terminal to ask for it: "
                                            "put it on the first line of a file readable only by you and "
                                            "set ZHILI_PASSWORD_FILE to that file's path")
                    .arg(name));
}

} // namespace zhili::cli
