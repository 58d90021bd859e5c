#pragma once

#include "edit/user.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace zhili {

class GeoPackageCache;

/// "Who are you?" at start-up and from the File menu: pick a user of the cache (`zhili_users`) and give their
/// password, or add one (role + district + password). Shows what the chosen role may do in one sentence.
/// Adding is offered to an administrator who is the acting user, or for the first administrator of an empty
/// cache; it goes through core's UserDirectory, so its rules hold whatever the dialog shows. Users added
/// before passwords existed are accepted without one (docs/editing.md, "Identity").
class UserChooserDialog : public QDialog {
    Q_OBJECT
public:
    /// `current` is the acting user, already authenticated (preselected, needs no password again, and the
    /// one who adds users); nullopt at start-up or when the last user must give their password.
    UserChooserDialog(GeoPackageCache &cache, const std::optional<User> &current, QWidget *parent = nullptr);

    /// The user chosen (valid after accept()).
    std::optional<User> chosenUser() const;
    /// Selects a listed user by name; false when there is none.
    bool selectUser(const QString &name);
    /// Checks the password typed for the selected user (when they have one and are not the acting user);
    /// false with the reason in the message line. OK closes the dialog only when this holds.
    bool verifySelection();
    /// Adds a user with `password` (twice: `repeat`); false (message shown) when the dialog or core refuses.
    bool addUser(const QString &name, Role role, const QString &district, const QString &password,
                 const QString &repeat);
    /// Whether the "Add a user" group is offered (an administrator acting, or an empty cache).
    bool canAddUsers() const;

    void accept() override;
    /// The role's name in the UI language.
    static QString roleName(Role role);
    /// "name (role, district)" in the UI language, for the status bar.
    static QString userLabel(const User &user);
    /// The one-sentence description of what a user may do.
    static QString rightsSentence(const User &user);
    /// The message line (rights of the selection, or why adding failed).
    QString messageText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reloadUsers(const QString &select = QString());
    void updateRights();
    QGroupBox *buildAddBox();
    void updateAddBox();
    /// The selected user needs a password typed now.
    bool selectionNeedsPassword() const;
    std::optional<User> selectedUser() const;

    GeoPackageCache &m_cache;
    std::optional<User> m_current;
    QList<User> m_users;
    QListWidget *m_list = nullptr;
    QLabel *m_rights = nullptr;
    QLineEdit *m_password = nullptr;
    QGroupBox *m_addBox = nullptr;
    QLabel *m_addHint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeatPassword = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_district = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace zhili
