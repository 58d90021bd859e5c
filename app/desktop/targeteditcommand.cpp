#include "desktop/targeteditcommand.h"

#include "cache/geopackagecache.h"
#include "desktop/translations.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

TargetEditCommand::TargetEditCommand(GeoPackageCache &cache, UserProvider user, QList<TargetEdit> edits,
                                     QUndoCommand *parent)
    : QUndoCommand(describe(edits), parent), m_cache(cache), m_user(std::move(user)),
      m_edits(std::move(edits))
{
}

QString TargetEditCommand::describe(const QList<TargetEdit> &edits)
{
    if (edits.isEmpty())
        return tr("Edit targets");
    const TargetEdit &e = edits.first();
    const Target &t = e.after ? *e.after : *e.before;
    const Ecosystem *eco = findEcosystem(t.ecosystem);
    const QString ecoName = eco ? (Translations::isChinese() ? eco->nameZh : eco->nameEn) : t.ecosystem;
    const QString district = t.district.isEmpty() ? tr("city-wide") : t.district;
    const QString what = QStringLiteral("%1 %2 %3").arg(t.year).arg(ecoName, district);
    if (!e.before)
        return tr("Add target %1").arg(what);
    if (!e.after)
        return tr("Delete target %1").arg(what);
    return tr("Edit target %1").arg(what);
}

void TargetEditCommand::apply(const QList<TargetEdit> &edits, const QString &action)
{
    const std::optional<User> user = m_user ? m_user() : std::nullopt;
    try {
        if (!user)
            throw Error(tr("Choose a user first (File ▸ Choose user…)."));
        IndicatorStore(m_cache).applyTargetEdits(*user, edits, action);
        if (m_onChanged)
            m_onChanged();
    } catch (const Error &e) {
        // The stack must not replay a step whose state it no longer knows.
        setObsolete(true);
        if (m_onError)
            m_onError(e.message());
        else
            qWarning("TargetEditCommand: %s", qPrintable(e.message()));
    }
}

void TargetEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_edits, QStringLiteral("redo"));
}

void TargetEditCommand::undo()
{
    QList<TargetEdit> reversed;
    for (auto it = m_edits.crbegin(); it != m_edits.crend(); ++it)
        reversed.append(it->reversed());
    apply(reversed, QStringLiteral("undo"));
}

} // namespace zhili
