#include "desktop/wheelguard.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace zhili {

void WheelGuard::install(QWidget *input)
{
    input->installEventFilter(new WheelGuard(input));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    for (QWidget *w = qobject_cast<QWidget *>(watched)->parentWidget(); w; w = w->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            return true;
        }
    return false;
}

} // namespace zhili
