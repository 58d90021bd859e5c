#pragma once

#include <QString>

namespace zhili {

/// How names that people read and compare (districts, parcel codes, parcel names) are cleaned and
/// bounded, so that "上城区" and "上城区" + a zero-width space are one district, and a 1 MB name in a file
/// cannot make every map label take gigabytes.
class NameRules {
public:
    static constexpr int kMaxDistrictLength = 64;
    static constexpr int kMaxCodeLength = 100;
    static constexpr int kMaxNameLength = 200;

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

    /// True when the text looks like GBK/UTF-8 bytes decoded with the wrong single-byte encoding
    /// (mostly Latin-1 letters such as "Î÷ºþÇø" and no CJK): a hint for a wrong --encoding.
    static bool looksMisdecoded(const QString &text);
};

} // namespace zhili
