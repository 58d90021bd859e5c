#pragma once

#include <QEvent>

namespace zhili {

/// A widget whose texts follow the UI language: when the language changes (QEvent::LanguageChange, sent
/// after a translator is installed) it calls the subclass's retranslate(), which sets every text once.
template <typename Base> class Retranslating : public Base {
public:
    using Base::Base;

protected:
    virtual void retranslate() = 0;

    void changeEvent(QEvent *event) override
    {
        Base::changeEvent(event);
        if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
};

} // namespace zhili
