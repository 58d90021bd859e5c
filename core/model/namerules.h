#pragma once

#include <QString>
#include <optional>

namespace zhili {

/// How names that people read and compare (districts, parcel codes, parcel names, users) are cleaned and
/// bounded, so that "上城区" and "上城区" + a zero-width space are one district, and a 1 MB name in a file
/// cannot make every map label take gigabytes; and how text from outside (CSV cells, names, command-line
/// values) is shown in messages.
class NameRules {
public:
    static constexpr int kMaxDistrictLength = 64;
    static constexpr int kMaxCodeLength = 100;
    static constexpr int kMaxNameLength = 200;
    /// How many characters of an outside value a message echoes at most (displayValue()).
    static constexpr int kDisplayValueChars = 80;

    /// NFKC-normalized (full-width letters and digits become ASCII), invisible format characters
    /// (zero-width spaces and joiners, BOMs, direction marks) removed, control characters turned into
    /// spaces, runs of white space collapsed, trimmed.
    static QString cleaned(const QString &text);

    /// Why `name` cannot be a district/code name of that length (empty when fine); names the value,
    /// shortened for the message.
    static QString problem(const QString &name, int maxLength);

    /// The value shortened to `max` characters with "…", control characters escaped: safe to echo in a
    /// one-line message.
    static QString forMessage(const QString &value, int max = 80);

    /// A name given by a person (user, district, in a CSV or on the command line): NFKC-normalized,
    /// invisible format characters removed and trimmed, as cleaned() does, but refused (nullopt, `reason`
    /// set) when it holds line breaks or other control characters or is longer than `maxChars`. White space
    /// inside the name is kept as typed.
    static std::optional<QString> cleanName(const QString &name, QString *reason, int maxChars = 100);

    /// A value as a message may echo it: control characters escaped (`\n`, `\t`, `\0`, `\x1B` …),
    /// invisible format characters (Unicode Cf, e.g. a zero-width space) shown as `<U+200B>`, and cut after
    /// `maxChars` characters with "…" and the full length. Only the shown part is scanned, so a 50 MB cell
    /// costs nothing.
    static QString displayValue(const QString &value, int maxChars = kDisplayValueChars);

    /// True when the text looks like GBK/UTF-8 bytes decoded with the wrong single-byte encoding
    /// (mostly Latin-1 letters such as "Î÷ºþÇø" and no CJK): a hint for a wrong --encoding.
    static bool looksMisdecoded(const QString &text);
};

} // namespace zhili
