#include "desktop/keydistrictscommand.h"

#include "desktop/translations.h"
#include "indicators/indicatorstore.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

KeyDistrictsCommand::KeyDistrictsCommand(GeoPackageCache &cache, UserProvider user, QString ecosystem,
                                         QList<KeyDistrict> before, QList<KeyDistrict> after,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_cache(cache), m_user(std::move(user)), m_ecosystem(std::move(ecosystem)),
      m_before(std::move(before)), m_after(std::move(after))
{
    const Ecosystem *e = findEcosystem(m_ecosystem);
    setText(tr("Edit key districts of %1")
                .arg(e ? (Translations::isChinese() ? e->nameZh : e->nameEn) : m_ecosystem));
}

void KeyDistrictsCommand::apply(const QList<KeyDistrict> &from, const QList<KeyDistrict> &to,
                                const QString &action)
{
    const std::optional<User> user = m_user ? m_user() : std::nullopt;
    try {
        if (!user)
            throw Error(tr("Choose a user first (File ▸ Choose user…)."));
        IndicatorStore(m_cache).replaceKeyDistricts(*user, m_ecosystem, from, to, action);
        if (m_onChanged)
            m_onChanged();
    } catch (const Error &e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e.message());
        else
            qWarning("KeyDistrictsCommand: %s", qPrintable(e.message()));
    }
}

void KeyDistrictsCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_before, m_after, QStringLiteral("redo"));
}

void KeyDistrictsCommand::undo()
{
    apply(m_after, m_before, QStringLiteral("undo"));
}

} // namespace zhili
