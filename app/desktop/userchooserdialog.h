#pragma once

#include "edit/user.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace zhili {

class GeoPackageCache;

/// "Who are you?" at start-up and from the File menu: pick a user of the cache (`zhili_users`) or add one
/// (role + district). Shows what the chosen role may do in one sentence. Adding goes through core's
/// UserDirectory, so its rules hold (only an administrator adds users once one exists).
class UserChooserDialog : public QDialog {
    Q_OBJECT
public:
    /// `current` is the acting user (preselected, and the one who adds users); may be nullopt at start-up.
    UserChooserDialog(GeoPackageCache &cache, const std::optional<User> &current, QWidget *parent = nullptr);

    /// The user chosen (valid after accept()).
    std::optional<User> chosenUser() const;
    /// Selects a listed user by name; false when there is none.
    bool selectUser(const QString &name);
    /// Adds a user from the "new user" fields; false (message shown) when core refuses.
    bool addUser(const QString &name, Role role, const QString &district);
    /// The role's name in the UI language.
    static QString roleName(Role role);
    /// "name (role, district)" in the UI language, for the status bar.
    static QString userLabel(const User &user);
    /// The one-sentence description of what a user may do.
    static QString rightsSentence(const User &user);
    /// The message line (rights of the selection, or why adding failed).
    QString messageText() const;

private:
    void reloadUsers(const QString &select = QString());
    void updateRights();
    std::optional<User> selectedUser() const;

    GeoPackageCache &m_cache;
    std::optional<User> m_current;
    QList<User> m_users;
    QListWidget *m_list = nullptr;
    QLabel *m_rights = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_district = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace zhili
