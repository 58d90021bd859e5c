#include "desktop/pathfield.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace zhili {

PathField::PathField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
}

void PathField::setPath(const QString &path)
{
    setText(path);
    m_entered = path.trimmed();
}

QHBoxLayout *PathField::rowWith(QPushButton *browse)
{
    browse->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(this, 1);
    row->addWidget(browse);
    return row;
}

void PathField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        enter();
        event->accept(); // QDialog would otherwise press its default button with this key
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void PathField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (text().trimmed() != m_entered && !text().trimmed().isEmpty())
        enter();
}

void PathField::enter()
{
    m_entered = text().trimmed();
    emit pathEntered(m_entered);
}

} // namespace zhili
