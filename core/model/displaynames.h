#pragma once

#include <QCoreApplication>
#include <QString>

namespace zhili {

struct Ecosystem;
struct ParcelStatus;

/// The names of the model's coded values (ecosystems, statuses) as people say them, in the one language the
/// program runs in: Chinese when the default QLocale is Chinese (the window and zhili-cli set it from the
/// language they chose, with the message catalogue), English otherwise. Stored keys and file formats keep
/// their keys; only what is shown goes through here.
class DisplayNames {
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    /// True when names are shown in Chinese.
    static bool chinese();
    static QString of(const Ecosystem &ecosystem);
    static QString of(const ParcelStatus &status);
    /// The ecosystem with this key by name; "Unassigned" for the empty key, an unknown key as it is.
    static QString ecosystem(const QString &key);
    /// The status with this key by name; empty for the empty key, an unknown key as it is.
    static QString status(const QString &key);
};

} // namespace zhili
