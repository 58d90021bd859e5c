#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zhili {

/// A matchmaking event (对接活动) of one chain: who took part and what it achieved.
struct ChainEvent {
    qint64 id = 0;
    QString uuid;
    QString heldOn; ///< YYYY-MM-DD
    QString ecosystem;
    QString chain;
    QString title;
    QString district; ///< empty = city-wide
    QStringList enterprises;
    qint64 projects = 0;     ///< projects signed
    double ordersWan = 0;    ///< orders, 万元
    double financingWan = 0; ///< financing, 万元
    QString createdBy;
    QString createdAt;
};

/// A blockage (堵点难点, 问题清单) of one chain the working group is clearing.
struct ChainIssue {
    qint64 id = 0;
    QString ecosystem;
    QString chain;
    QString text;
    QString district; ///< empty = city-wide
    QString owner;    ///< who clears it
    QString openedOn; ///< YYYY-MM-DD
    QString closedOn; ///< empty while open
    QString createdBy;

    bool isOpen() const { return closedOn.isEmpty(); }
};

} // namespace zhili
