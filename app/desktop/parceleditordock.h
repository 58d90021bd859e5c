#pragma once

#include "edit/assignmentpatch.h"
#include "edit/user.h"

#include <QDockWidget>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QUndoStack;

namespace zhili {

class GeoPackageCache;
class ParcelEditor;

/// Edits the assignment of the current parcel or of the whole selection: ecosystem, chain, 用地 land (亩),
/// 用能 energy (tce/年), 金融 finance (万元), status, enterprise, notes.
///
/// Only the fields the user changed go into the patch, so "apply to the selection" never overwrites the
/// other fields of the other parcels. Messages from core's AssignmentValidator appear next to each field as
/// the user types; Apply pushes one AssignParcelsCommand on the main window's QUndoStack, which commits
/// through core's ParcelEditor (one transaction, audited). When PermissionPolicy refuses, the form is
/// read-only and shows the reason.
class ParcelEditorDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ParcelEditorDock(QWidget *parent = nullptr);
    ~ParcelEditorDock() override;

    /// The open cache, the editor shared by every edit of it and the window's undo stack (all owned by the
    /// caller; the editor must outlive the stack's commands). Pass nullptrs before the cache closes.
    void setContext(GeoPackageCache *cache, ParcelEditor *editor, QUndoStack *undoStack);
    /// The acting user; nullopt makes the dock read-only.
    void setUser(const std::optional<User> &user);

    /// The parcels the next Apply changes (the current one, or the whole selection).
    QList<qint64> targetFids() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Why the dock is read-only (role rules, no user, no parcel); empty when editable.
    QString readOnlyReason() const;
    /// The message shown next to a field, empty when the value is fine.
    QString fieldMessage(AssignmentField field) const;
    /// The input widget of a field (QComboBox, QDoubleSpinBox, QLineEdit or QPlainTextEdit).
    QWidget *fieldWidget(AssignmentField field) const;
    /// The fields the user changed since the parcel was loaded, as a patch.
    AssignmentPatch pendingPatch() const;
    QPushButton *applyButton() const { return m_apply; }
    /// Switches between "current parcel" and "whole selection".
    void setApplyToSelection(bool on);

public slots:
    /// The parcel shown in the form (identify click, table row); 0 for none.
    void setCurrentParcel(qint64 fid);
    /// The map selection (the "whole selection" target).
    void setSelectedFids(const QSet<qint64> &fids);
    /// Parcels changed elsewhere (undo, batch, another dock): reload when they concern us.
    void onParcelsChanged(const QList<qint64> &fids);
    /// Commits the pending changes; returns false (with messages shown) when nothing was applied.
    bool apply();
    /// Drops pending changes and shows the stored values again.
    void reload();

signals:
    /// After an apply, undo or redo: the map redraws just these parcels, the table refreshes them.
    void parcelsChanged(const QList<qint64> &fids);
    /// A message for the status bar ("Applied to 3 parcels").
    void statusMessage(const QString &message);

private:
    void buildForm();
    QFormLayout *buildFieldRows(QWidget *body); // one row per field, its message below it
    void connectForm();
    void fillChoosers();
    void loadValues();
    void updatePermissions();
    QString refusalReason(const QList<qint64> &fids) const;
    void validate();
    void markDirty(AssignmentField field);
    void setMessage(AssignmentField field, const QString &message);
    void clearMessages();
    void updateChainChoices();
    void updateHeader();

    GeoPackageCache *m_cache = nullptr;
    ParcelEditor *m_editor = nullptr;
    QPointer<QUndoStack> m_undo;
    std::optional<User> m_user;
    qint64 m_current = 0;
    QSet<qint64> m_selection;

    QLabel *m_header = nullptr;
    QLabel *m_reason = nullptr;
    QRadioButton *m_toCurrent = nullptr;
    QRadioButton *m_toSelection = nullptr;
    QComboBox *m_ecosystem = nullptr;
    QComboBox *m_chain = nullptr;
    QDoubleSpinBox *m_land = nullptr;
    QDoubleSpinBox *m_energy = nullptr;
    QDoubleSpinBox *m_finance = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_enterprise = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QHash<int, QWidget *> m_inputs;  ///< AssignmentField → its input (the one map fieldWidget() reads)
    QHash<int, QLabel *> m_messages; ///< AssignmentField → message label
    QSet<int> m_dirty;               ///< AssignmentField values the user changed
    bool m_loading = false;
    bool m_readOnly = true;
    QString m_readOnlyReason;
};

} // namespace zhili
