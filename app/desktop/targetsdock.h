#pragma once

#include "edit/user.h"
#include "indicators/indicatorstore.h"

#include <QDockWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace zhili {

class GeoPackageCache;
class KeyDistrictTableModel;
class TargetKeyDelegate;
class TargetTableModel;

/// Editor of the assessment targets (考核目标) per ecosystem × district (or city-wide) × year, and of each
/// ecosystem's key districts with the resources they are given (Indicators ▸ Targets and key districts…).
///
/// Only planners and administrators may edit (PermissionPolicy, enforced again in core by IndicatorStore,
/// which audits a refused attempt): for anyone else the tables are read-only and a line says why. Every
/// change is one transaction with its audit rows and one step on the window's undo stack; targetsChanged()
/// tells the dashboard and the map overlays to recompute.
class TargetsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TargetsDock(QWidget *parent = nullptr);
    ~TargetsDock() override;

    /// The open cache and the window's undo stack (not owned; nullptr when the cache closes).
    void setContext(GeoPackageCache *cache, QUndoStack *undoStack);
    void setUser(const std::optional<User> &user);
    void setYear(int year);
    int year() const;
    void setKeyEcosystem(const QString &key);

    /// Whether the acting user may edit (and the cache is writable).
    bool isEditable() const { return m_editable; }
    TargetTableModel *targetModel() const { return m_targets; }
    KeyDistrictTableModel *keyDistrictModel() const { return m_keys; }
    /// The message of the last refused or failed change (empty after a change succeeds).
    QString lastError() const { return m_lastError; }
    /// Why the tables are read-only (empty when editable).
    QString readOnlyReason() const;

    /// Applies target edits as one undo step whose first redo() writes them (IndicatorStore). Returns
    /// whether they were written; a refusal or bad value is shown in the dock and returned as false.
    bool applyTargetEdits(const QList<TargetEdit> &edits);
    bool applyKeyDistricts(const QString &ecosystem, const QList<KeyDistrict> &before,
                           const QList<KeyDistrict> &after);

public slots:
    /// Adds a zero target for the ecosystem and district chosen under the table.
    void addTarget();
    /// Deletes the targets of the selected rows (one undo step).
    void deleteSelectedTargets();
    /// Re-reads both tables.
    void reload();

signals:
    /// A target or key district was written (also by undo/redo).
    void targetsChanged();

private:
    /// The targets above the key districts, in a splitter that scrolls in a short dock.
    QWidget *buildLayout();
    void updateEditable();
    void showError(const QString &message);
    void clearError();
    void changed();
    /// Pushes the undo step made by `makeCommand` (a TargetEditCommand or KeyDistrictsCommand) for the
    /// current user, whose first redo() writes the change, and announces it; an Error is shown and the
    /// tables re-read.
    template <typename MakeCommand> bool writeAndPush(MakeCommand makeCommand);

    GeoPackageCache *m_cache = nullptr;
    QUndoStack *m_undo = nullptr;
    std::optional<User> m_user;
    bool m_editable = false;
    QString m_lastError;

    QSpinBox *m_year;
    QLabel *m_rights;
    QLabel *m_message;
    TargetTableModel *m_targets;
    QTableView *m_targetView;
    TargetKeyDelegate *m_keyDelegate;
    QComboBox *m_newEcosystem;
    QComboBox *m_newDistrict;
    QPushButton *m_add;
    QPushButton *m_delete;
    QComboBox *m_keyEcosystem;
    KeyDistrictTableModel *m_keys;
    QTableView *m_keyView;
};

} // namespace zhili
