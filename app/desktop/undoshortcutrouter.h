#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace zhili {

/// Lets the window's Undo/Redo shortcuts work wherever the focus is. A QLineEdit or spin box claims
/// Ctrl+Z for its own text undo even when it has nothing to undo, so after an edit the focus in the table's
/// search box made Ctrl+Z do nothing. This filter hands the shortcut to the window's actions whenever the
/// focused text field has no undo (or redo) of its own; typing undo in a field that has some still works.
class UndoShortcutRouter : public QObject {
    Q_OBJECT
public:
    /// window: the main window whose actions these are (and the router's parent). Install the router on
    /// the application, where the focus widget's ShortcutOverride events pass.
    UndoShortcutRouter(QAction *undo, QAction *redo, QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace zhili
