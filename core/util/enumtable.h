#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>
#include <vector>

namespace zhili {

/// The key and label of each value of a small enum, as one table instead of a switch per function. Keys
/// are the stored / command-line names; labels are English source text marked with QT_TRANSLATE_NOOP and
/// translated in the table's context when asked for.
template <typename E> class EnumTable {
public:
    struct Entry {
        E value;
        const char *key;
        const char *label;
    };

    EnumTable(const char *context, std::initializer_list<Entry> entries)
        : m_context(context), m_entries(entries)
    {
    }

    /// The values in table order.
    QList<E> values() const
    {
        QList<E> list;
        for (const Entry &e : m_entries)
            list.append(e.value);
        return list;
    }
    /// The keys in table order.
    QStringList keys() const
    {
        QStringList list;
        for (const Entry &e : m_entries)
            list.append(QString::fromLatin1(e.key));
        return list;
    }
    /// The key, or "" for a value without an entry.
    QString key(E value) const
    {
        const Entry *e = find(value);
        return e ? QString::fromLatin1(e->key) : QString();
    }
    /// The translated label, or `missing` for a value without an entry.
    QString label(E value, const QString &missing = QString()) const
    {
        const Entry *e = find(value);
        return e ? QCoreApplication::translate(m_context, e->label) : missing;
    }
    /// The value whose key is exactly `key` (callers trim or lower-case as their format says).
    std::optional<E> fromKey(const QString &key) const
    {
        for (const Entry &e : m_entries)
            if (key == QLatin1String(e.key))
                return e.value;
        return std::nullopt;
    }

private:
    const Entry *find(E value) const
    {
        for (const Entry &e : m_entries)
            if (e.value == value)
                return &e;
        return nullptr;
    }

    const char *m_context;
    std::vector<Entry> m_entries;
};

} // namespace zhili
