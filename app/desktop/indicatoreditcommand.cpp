#include "desktop/indicatoreditcommand.h"

#include "util/error.h"

namespace zhili {

IndicatorEditCommand::IndicatorEditCommand(GeoPackageCache &cache, UserProvider user, QUndoCommand *parent)
    : QUndoCommand(parent), m_cache(cache), m_user(std::move(user))
{
}

void IndicatorEditCommand::apply(bool undo)
{
    const std::optional<User> user = m_user ? m_user() : std::nullopt;
    try {
        if (!user)
            throw Error(tr("Choose a user first (File ▸ Choose user…)."));
        write(*user, undo, undo ? QStringLiteral("undo") : QStringLiteral("redo"));
        if (m_onChanged)
            m_onChanged();
    } catch (const Error &e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e.message());
        else
            qWarning("%s: %s", qPrintable(text()), qPrintable(e.message()));
    }
}

void IndicatorEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(false);
}

void IndicatorEditCommand::undo()
{
    apply(true);
}

} // namespace zhili
