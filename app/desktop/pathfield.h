#pragma once

#include <QLineEdit>

class QHBoxLayout;
class QPushButton;

namespace zhili {

/// A file-path box for dialogs whose main button does something big (apply a batch, import a file).
/// Enter, and leaving the box after changing it, emit pathEntered() so the dialog can load and preview the
/// file; the key never reaches the dialog, so it cannot press the dialog's default button as QDialog would.
class PathField : public QLineEdit {
    Q_OBJECT
public:
    explicit PathField(QWidget *parent = nullptr);

    /// Sets the text without emitting pathEntered() on the next focus change (a path chosen by Browse).
    void setPath(const QString &path);
    /// The row a dialog shows this box in: the box stretched, then `browse` (the button that opens a file
    /// dialog), which is never auto-default so that Enter stays with the box.
    QHBoxLayout *rowWith(QPushButton *browse);

signals:
    void pathEntered(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void enter();

    QString m_entered; ///< the path last announced, so focus changes do not reload an unchanged one
};

} // namespace zhili
