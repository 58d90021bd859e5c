#include "desktop/userguidewindow.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace zhili {

UserGuideWindow::UserGuideWindow(const QString &language, QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Zhili user guide"));
    resize(860, 760);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back"), this);
    auto *contents = new QPushButton(tr("Contents"), this);
    back->setEnabled(false);
    bar->addWidget(back);
    bar->addWidget(contents);
    bar->addStretch();
    layout->addLayout(bar);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setOpenExternalLinks(true); // a web address opens in the browser, not in this window
    layout->addWidget(m_browser);
    m_browser->setSource(guideUrl(language));

    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(contents, &QPushButton::clicked, m_browser,
            [this] { m_browser->scrollToAnchor(QStringLiteral("contents")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
}

QUrl UserGuideWindow::guideUrl(const QString &language)
{
    return QUrl(QStringLiteral("qrc:/zhili/help/guide_%1.html")
                    .arg(language == QLatin1String("zh") ? QStringLiteral("zh") : QStringLiteral("en")));
}

} // namespace zhili
