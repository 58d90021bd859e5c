#include "desktop/indicatoreditcommand.h"

namespace zhili {

IndicatorEditCommand::IndicatorEditCommand(GeoPackageCache &cache, User user, QUndoCommand *parent)
    : CacheEditCommand(std::move(user), parent), m_cache(cache)
{
}

void IndicatorEditCommand::change(Step step)
{
    switch (step) {
    case Step::Do:
        write(false, QStringLiteral("set"));
        return;
    case Step::Undo:
        write(true, QStringLiteral("undo"));
        break;
    case Step::Redo:
        write(false, QStringLiteral("redo"));
        break;
    }
    if (m_onChanged)
        m_onChanged();
}

} // namespace zhili
