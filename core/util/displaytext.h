#pragma once

// Text from outside (CSV cells, names, command-line values) as it may appear in messages and be stored as a
// name. Header-only on purpose: core/indicators/csvtable.cpp uses it and is also compiled alone by the CSV
// fuzz target.
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zhili {

/// How many characters of an outside value a message echoes at most.
inline constexpr int kDisplayValueChars = 80;

/// A value as a message may echo it: control characters escaped (`\n`, `\t`, `\0`, `\x1B` …), invisible
/// format characters (Unicode Cf, e.g. a zero-width space) shown as `<U+200B>`, and cut after
/// `maxChars` characters with "…" and the full length. Only the shown part is scanned, so a 50 MB cell
/// costs nothing.
inline QString displayValue(const QString &value, int maxChars = kDisplayValueChars)
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

/// A name given by a person (user, district): NFKC-normalized (full-width letters and digits become their
/// plain forms), invisible format characters (Unicode Cf: zero-width space, BOM, joiners…) removed, and
/// trimmed, so "off" and "off" + U+200B are one name. Line breaks and other control characters are refused
/// (nullopt, `reason` set), as are names longer than `maxChars`.
inline std::optional<QString> cleanName(const QString &name, QString *reason, int maxChars = 100)
{
    if (name.size() > 4 * maxChars) { // do not normalize megabytes
        *reason =
            QCoreApplication::translate("DisplayText", "the name is too long (%1 characters; at most %2)")
                .arg(name.size())
                .arg(maxChars);
        return std::nullopt;
    }
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control) {
            *reason = QCoreApplication::translate("DisplayText", "a name must not contain line breaks or "
                                                                 "control characters");
            return std::nullopt;
        }
    }
    QString n = name.normalized(QString::NormalizationForm_KC);
    n.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    n = n.trimmed();
    if (n.size() > maxChars) {
        *reason =
            QCoreApplication::translate("DisplayText", "the name is too long (%1 characters; at most %2)")
                .arg(n.size())
                .arg(maxChars);
        return std::nullopt;
    }
    return n;
}

} // namespace zhili
