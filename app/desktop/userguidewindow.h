#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace zhili {

/// Help ▸ User guide (F1): the short guide of the officer's steps (open, identify, edit, undo, batch assign,
/// snapshot, sync) with screenshots, in the UI language. The pages are HTML in the program's resources
/// (resources/help/), shown in a QTextBrowser: the contents links jump to their section, Back returns.
class UserGuideWindow : public QWidget {
    Q_OBJECT
public:
    /// `language`: "zh" or "en".
    explicit UserGuideWindow(const QString &language, QWidget *parent = nullptr);

    /// The guide page of a language (qrc:/zhili/help/guide_zh.html or …_en.html).
    static QUrl guideUrl(const QString &language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace zhili
