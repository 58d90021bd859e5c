#pragma once

#include <QCoreApplication>
#include <QString>
#include <stdexcept>

namespace zhili {

/// An error meant for people: the message names the file/field/value and says what to do.
class Error : public std::runtime_error {
public:
    explicit Error(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// The user (or a signal) asked to stop; the operation rolled back.
class Cancelled : public Error {
public:
    Cancelled() : Error(QCoreApplication::translate("Error", "cancelled; nothing was changed.")) {}
};

} // namespace zhili
