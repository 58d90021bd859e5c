#include "model/namerules.h"

#include <QCoreApplication>

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

// NFKC (full-width letters and digits become their plain forms) without the invisible format characters
// (U+200B, U+200D, U+FEFF, U+200E …), which are never part of a name: the common ground of both cleaners.
QString visibleNormalized(const QString &text)
{
    QString n = text.normalized(QString::NormalizationForm_KC);
    n.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    return n;
}

QString tooLong(qsizetype size, int maxChars)
{
    return QCoreApplication::translate("DisplayText", "the name is too long (%1 characters; at most %2)")
        .arg(size)
        .arg(maxChars);
}
} // namespace

QString NameRules::cleaned(const QString &text)
{
    if (alreadyClean(text))
        return text;
    const QString n = visibleNormalized(text);
    QString out;
    out.reserve(n.size());
    bool space = false;
    for (const QChar c : n) {
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

std::optional<QString> NameRules::cleanName(const QString &name, QString *reason, int maxChars)
{
    if (name.size() > 4 * maxChars) { // do not normalize megabytes
        *reason = tooLong(name.size(), maxChars);
        return std::nullopt;
    }
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control) {
            *reason = QCoreApplication::translate("DisplayText", "a name must not contain line breaks or "
                                                                 "control characters");
            return std::nullopt;
        }
    }
    const QString n = visibleNormalized(name).trimmed();
    if (n.size() > maxChars) {
        *reason = tooLong(n.size(), maxChars);
        return std::nullopt;
    }
    return n;
}

QString NameRules::displayValue(const QString &value, int maxChars)
{
    QString out;
    const qsizetype n = value.size();
    qsizetype i = 0;
    for (; i < n && out.size() < maxChars; ++i) {
        const QChar c = value.at(i);
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u == 0)
            out += QStringLiteral("\\0");
        else if (c.category() == QChar::Other_Control)
            out += QStringLiteral("\\x") + QString::number(uint(u), 16).toUpper().rightJustified(2, u'0');
        else if (c.category() == QChar::Other_Format)
            out += QStringLiteral("<U+%1>").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    if (i < n)
        out += QCoreApplication::translate("DisplayText", "… (%1 characters in all)").arg(n);
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
