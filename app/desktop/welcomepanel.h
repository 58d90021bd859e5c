#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QCommandLinkButton;
class QLabel;
class QVBoxLayout;

namespace zhili {

/// What the map area shows while no cache is open (at start without one, after File ▸ Close): the next
/// steps as buttons — open a cache, make a new one, open the demo — each with its shortcut, and the recent
/// caches. The buttons trigger the window's own actions, so they are enabled exactly when the menu's are.
class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    /// `actions`: the next steps, in order (their text, shortcut and tool tip make the buttons).
    explicit WelcomePanel(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// Lists these caches (most recent first; missing files are not offered).
    void setRecentCaches(const QStringList &paths);
    /// The buttons, for tests: one per action, then one per recent cache.
    QList<QCommandLinkButton *> buttons() const;

signals:
    void recentChosen(const QString &path);

private:
    QCommandLinkButton *addStep(QAction *action);

    QVBoxLayout *m_steps = nullptr;
    QLabel *m_recentTitle = nullptr;
    QVBoxLayout *m_recent = nullptr;
    QList<QCommandLinkButton *> m_stepButtons;
    QList<QCommandLinkButton *> m_recentButtons;
};

} // namespace zhili
