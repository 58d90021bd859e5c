#pragma once

#include "chains/chainactivitytypes.h"
#include "edit/user.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace zhili {

class GeoPackageCache;

/// The matchmaking events and the blockages of the chain chosen in the Chains panel, with buttons to record
/// an event, open a blockage and close one — the audited edits of ChainActivity, as `zhili-cli events add`
/// and `chain-issues add|close`. Planners and administrators record; officers read (the buttons are
/// disabled and say why).
class ChainActivityPane : public QWidget {
    Q_OBJECT
public:
    explicit ChainActivityPane(QWidget *parent = nullptr);

    void setCache(GeoPackageCache *cache);
    void setUser(const std::optional<User> &user);
    /// The chain shown (empty chain: none).
    void setChain(const QString &ecosystem, const QString &chain);
    /// Reads the chain's events and blockages again.
    void refresh();
    /// Sets every text in the UI language.
    void retranslate();
    /// Why the user cannot record now, empty when they can.
    QString readOnlyReason() const;

    QTreeWidget *eventList() const { return m_events; }
    QTreeWidget *issueList() const { return m_issues; }
    QPushButton *addEventButton() const { return m_addEvent; }
    QPushButton *addIssueButton() const { return m_addIssue; }
    QPushButton *closeIssueButton() const { return m_closeIssue; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void addEvent();
    void addIssue();
    void closeIssue();

signals:
    /// An event or blockage was recorded.
    void recorded(const QString &message);

private:
    QWidget *page(QTreeWidget *list, const QList<QPushButton *> &buttons);
    /// The rows of the chosen chain's ecosystem.
    void fillEvents(const QList<ChainEvent> &events);
    void fillIssues(const QList<ChainIssue> &issues);
    void updateButtons();
    QStringList chainEnterprises() const;
    /// Runs an audited edit: the refusal for people, empty on success (the lists are then refreshed).
    QString apply(const std::function<void()> &edit, const QString &done);

    GeoPackageCache *m_cache = nullptr;
    std::optional<User> m_user;
    QString m_ecosystem;
    QString m_chain;
    QLabel *m_title;
    QLabel *m_rights;
    QTabWidget *m_tabs;
    QTreeWidget *m_events;
    QTreeWidget *m_issues;
    QPushButton *m_addEvent;
    QPushButton *m_addIssue;
    QPushButton *m_closeIssue;
};

} // namespace zhili
