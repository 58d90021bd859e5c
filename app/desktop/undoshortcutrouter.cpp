#include "desktop/undoshortcutrouter.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace zhili {

namespace {
bool matches(const QAction *action, const QKeyEvent *key)
{
    const QKeySequence pressed(key->keyCombination());
    for (const QKeySequence &s : action->shortcuts())
        if (s == pressed)
            return true;
    return false;
}

/// The text field that owns the keyboard: a line edit, or the line edit inside a spin box or combo box.
QLineEdit *textFieldOf(QObject *watched)
{
    if (auto *edit = qobject_cast<QLineEdit *>(watched))
        return edit;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(watched))
        return spin->findChild<QLineEdit *>();
    return watched ? watched->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}
} // namespace

UndoShortcutRouter::UndoShortcutRouter(QAction *undo, QAction *redo, QWidget *window)
    : QObject(window), m_undo(undo), m_redo(redo)
{
}

bool UndoShortcutRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = matches(m_undo, key);
    const bool redo = !undo && matches(m_redo, key);
    if (!undo && !redo)
        return false;
    // Only inside the window these actions belong to: a dialog's text box keeps Ctrl+Z to itself.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != parent())
        return false;
    QLineEdit *field = textFieldOf(watched);
    if (!field)
        return false;
    const bool fieldCan = undo ? field->isUndoAvailable() : field->isRedoAvailable();
    if (fieldCan || field->isReadOnly())
        return false;
    // Not accepting the override lets the shortcut map trigger the window's action.
    event->ignore();
    return true;
}

} // namespace zhili
