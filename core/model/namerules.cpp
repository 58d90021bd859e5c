#include "model/namerules.h"

namespace zhili {

namespace {
// Plain ASCII without control characters or doubled/outer spaces is already clean (most codes).
bool alreadyClean(const QString &text)
{
    if (text.isEmpty())
        return true;
    if (text.front() == QLatin1Char(' ') || text.back() == QLatin1Char(' '))
        return false;
    char16_t previous = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || (u == ' ' && previous == ' '))
            return false;
        previous = u;
    }
    return true;
}
} // namespace

QString NameRules::cleaned(const QString &text)
{
    if (alreadyClean(text))
        return text;
    const QString n = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n.size());
    bool space = false;
    for (const QChar c : n) {
        if (c.category() == QChar::Other_Format)
            continue; // U+200B, U+200D, U+FEFF, U+200E …: invisible, so never part of a name
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

QString NameRules::problem(const QString &name, int maxLength)
{
    if (name.isEmpty())
        return QStringLiteral("is empty");
    if (name.size() > maxLength)
        return QStringLiteral("is %1 characters long (at most %2 allowed): \"%3\"")
            .arg(name.size())
            .arg(maxLength)
            .arg(forMessage(name, 40));
    return QString();
}

QString NameRules::forMessage(const QString &value, int max)
{
    QString out;
    for (const QChar c : value.left(max)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (value.size() > max)
        out += QStringLiteral("… (%1 characters)").arg(value.size());
    return out;
}

bool NameRules::looksMisdecoded(const QString &text)
{
    int latin1 = 0, cjk = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 0x80 && u <= 0xff)
            ++latin1;
        else if (u >= 0x2e80)
            ++cjk;
    }
    return cjk == 0 && latin1 >= 2 && latin1 * 2 >= text.size();
}

} // namespace zhili
