#pragma once

#include "util/error.h"

#include <QList>
#include <utility>

namespace zhili {

/// An error about several items (refused parcels, invalid fields, bad CSV rows) that callers show one by
/// one beside the message.
template <typename Item> class ErrorWithItems : public Error {
public:
    ErrorWithItems(const QString &message, QList<Item> items) : Error(message), m_items(std::move(items)) {}
    const QList<Item> &items() const { return m_items; }

private:
    QList<Item> m_items;
};

} // namespace zhili
