#include "desktop/welcomepanel.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace zhili {

namespace {
// "&Open cache…" → "Open cache…", "打开缓存(&O)…" → "打开缓存…": menu texts carry mnemonics that a button
// would show literally.
QString plainText(const QString &menuText)
{
    QString t = menuText;
    t.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
    return t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}
} // namespace

WelcomePanel::WelcomePanel(const QList<QAction *> &actions, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    setAutoFillBackground(true);
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    column->addStretch(1);
    auto *title = new QLabel(tr("No cache is open"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    auto *hint = new QLabel(tr("A cache is one GeoPackage file with a district's or the city's parcels. "
                               "What next?"),
                            this);
    hint->setWordWrap(true);
    column->addWidget(hint);
    m_steps = new QVBoxLayout;
    column->addLayout(m_steps);
    for (QAction *a : actions)
        m_stepButtons << addStep(a);

    m_recentTitle = new QLabel(tr("Recent caches"), this);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    column->addSpacing(12);
    column->addWidget(m_recentTitle);
    m_recent = new QVBoxLayout;
    column->addLayout(m_recent);
    column->addStretch(2);
    setRecentCaches({});
}

QCommandLinkButton *WelcomePanel::addStep(QAction *action)
{
    auto *button = new QCommandLinkButton(this);
    button->setIcon(action->icon());
    auto update = [button, action] {
        button->setText(plainText(action->text()));
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        button->setDescription(shortcut.isEmpty() ? action->toolTip()
                                                  : tr("%1 — %2").arg(shortcut, action->toolTip()));
        button->setEnabled(action->isEnabled());
    };
    update();
    connect(action, &QAction::changed, button, update);
    connect(button, &QCommandLinkButton::clicked, action, &QAction::trigger);
    m_steps->addWidget(button);
    return button;
}

void WelcomePanel::setRecentCaches(const QStringList &paths)
{
    qDeleteAll(m_recentButtons);
    m_recentButtons.clear();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        auto *button =
            new QCommandLinkButton(QFileInfo(path).fileName(), QDir::toNativeSeparators(path), this);
        connect(button, &QCommandLinkButton::clicked, this, [this, path] { emit recentChosen(path); });
        m_recent->addWidget(button);
        m_recentButtons << button;
    }
    m_recentTitle->setText(m_recentButtons.isEmpty() ? tr("Recent caches: none yet") : tr("Recent caches"));
}

QList<QCommandLinkButton *> WelcomePanel::buttons() const
{
    return m_stepButtons + m_recentButtons;
}

} // namespace zhili
