#pragma once

#include <QObject>

class QWidget;

namespace zhili {

/// Keeps the mouse wheel from changing a value by accident: over a spin box or a combo box inside a scroll
/// area, the wheel scrolls the area instead. (Scrolling the parcel editor down to reach Apply changed the
/// land allocation under the pointer by 5 亩 without anyone noticing.) The keyboard and the arrows still step
/// values.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    /// Guards `input`; the guard is a child of it.
    static void install(QWidget *input);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace zhili
