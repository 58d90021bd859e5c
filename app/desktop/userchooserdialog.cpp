#include "desktop/userchooserdialog.h"
#include "util/enumtable.h"

#include "cache/geopackagecache.h"
#include "edit/userdirectory.h"
#include "util/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace zhili {

QString UserChooserDialog::roleName(Role role)
{
    // The window's capitalised names; core's roleDisplayName() words them for sentences.
    static const EnumTable<Role> names(
        "zhili::UserChooserDialog",
        {
            {Role::Planner, "", QT_TRANSLATE_NOOP("zhili::UserChooserDialog", "City planner")},
            {Role::Officer, "", QT_TRANSLATE_NOOP("zhili::UserChooserDialog", "District officer")},
            {Role::Admin, "", QT_TRANSLATE_NOOP("zhili::UserChooserDialog", "Administrator")},
        });
    return names.label(role);
}

QString UserChooserDialog::userLabel(const User &user)
{
    // core's User::label() is bilingual for the CLI; the window speaks the UI language only.
    if (user.bootstrap)
        return tr("%1 (administrator until the first user is added)").arg(user.name);
    if (user.role == Role::Officer && !user.district.isEmpty())
        return tr("%1 (%2, %3)").arg(user.name, roleName(user.role), user.district);
    return tr("%1 (%2)").arg(user.name, roleName(user.role));
}

UserChooserDialog::UserChooserDialog(GeoPackageCache &cache, const std::optional<User> &current,
                                     QWidget *parent)
    : QDialog(parent), m_cache(cache), m_current(current)
{
    setObjectName(QStringLiteral("UserChooserDialog"));
    setWindowTitle(tr("Choose user"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Who is working on this cache? Your edits are recorded under this name."), this));
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);
    m_rights = new QLabel(this);
    m_rights->setWordWrap(true);
    m_rights->setTextFormat(Qt::PlainText);
    layout->addWidget(m_rights);
    auto *passwordRow = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    passwordRow->addRow(tr("Password"), m_password);
    layout->addLayout(passwordRow);

    layout->addWidget(buildAddBox());

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true); // Enter in the password field signs in
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &UserChooserDialog::updateRights);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &UserChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadUsers(current ? current->name : UserDirectory::defaultUserName());
    // An empty cache: the first user must be an administrator (UserDirectory refuses anything else).
    if (m_users.isEmpty()) {
        m_role->setCurrentIndex(m_role->findData(int(Role::Admin)));
        m_rights->setText(tr("This cache has no users yet: add yourself as administrator first."));
    }
    m_district->setEnabled(Role(m_role->currentData().toInt()) == Role::Officer);
}

QGroupBox *UserChooserDialog::buildAddBox()
{
    m_addBox = new QGroupBox(tr("Add a user"), this);
    auto *form = new QFormLayout(m_addBox);
    m_addHint = new QLabel(m_addBox);
    m_addHint->setWordWrap(true);
    m_addHint->setTextFormat(Qt::PlainText);
    m_name = new QLineEdit(m_addBox);
    m_name->setPlaceholderText(UserDirectory::defaultUserName());
    m_role = new QComboBox(m_addBox);
    for (Role r : {Role::Officer, Role::Planner, Role::Admin})
        m_role->addItem(roleName(r), int(r));
    m_district = new QComboBox(m_addBox);
    m_district->addItems(m_cache.districtNames());
    m_newPassword = new QLineEdit(m_addBox);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(tr("at least %1 characters").arg(UserDirectory::kMinPasswordLength));
    m_repeatPassword = new QLineEdit(m_addBox);
    m_repeatPassword->setEchoMode(QLineEdit::Password);
    auto *addButton = new QPushButton(tr("Add"), m_addBox);
    addButton->setAutoDefault(false); // Enter adds only from the add fields (keyPressEvent)
    m_add = addButton;
    form->addRow(m_addHint);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("District"), m_district);
    form->addRow(tr("Password"), m_newPassword);
    form->addRow(tr("Repeat password"), m_repeatPassword);
    form->addRow(QString(), addButton);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_district->setEnabled(Role(m_role->currentData().toInt()) == Role::Officer); });
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text().trimmed().isEmpty() ? m_name->placeholderText() : m_name->text();
        addUser(name, Role(m_role->currentData().toInt()), m_district->currentText(), m_newPassword->text(),
                m_repeatPassword->text());
    });
    return m_addBox;
}

void UserChooserDialog::reloadUsers(const QString &select)
{
    UserDirectory dir(m_cache);
    m_users = dir.list();
    m_list->clear();
    int selectRow = m_users.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_users.size(); ++i) {
        const User &u = m_users.at(i);
        m_list->addItem(u.role == Role::Officer ? tr("%1 — %2, %3").arg(u.name, roleName(u.role), u.district)
                                                : tr("%1 — %2").arg(u.name, roleName(u.role)));
        if (u.name == select)
            selectRow = i;
    }
    m_list->setCurrentRow(selectRow);
    updateRights();
    updateAddBox();
}

bool UserChooserDialog::canAddUsers() const
{
    // A bootstrap admin is one only while the cache has no users.
    return m_users.isEmpty() || (m_current && m_current->role == Role::Admin && !m_current->bootstrap);
}

void UserChooserDialog::updateAddBox()
{
    const bool can = canAddUsers();
    m_addBox->setEnabled(can);
    if (m_users.isEmpty())
        m_addHint->setText(tr("The first user of a cache is its administrator."));
    else if (can)
        m_addHint->setText(tr("Users are added by %1 (administrator).").arg(m_current->name));
    else
        m_addHint->setText(tr("Only an administrator adds users: choose an administrator, give their "
                              "password and press OK, then open this dialog again."));
}

std::optional<User> UserChooserDialog::selectedUser() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users.at(row);
}

std::optional<User> UserChooserDialog::chosenUser() const
{
    return selectedUser();
}

bool UserChooserDialog::selectUser(const QString &name)
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).name == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

QString UserChooserDialog::rightsSentence(const User &user)
{
    switch (user.role) {
    case Role::Planner:
        return tr("%1 is a city planner: sees all districts and edits targets and key districts, but not "
                  "parcels.")
            .arg(user.name);
    case Role::Officer:
        return tr("%1 is a district officer of %2: edits the parcels of %2 only; other districts are "
                  "read-only.")
            .arg(user.name, user.district);
    case Role::Admin:
        return tr("%1 is an administrator: may edit everything and add users.").arg(user.name);
    }
    return QString();
}

bool UserChooserDialog::selectionNeedsPassword() const
{
    const std::optional<User> u = selectedUser();
    return u && u->hasPassword && !(m_current && m_current->name == u->name && !m_current->bootstrap);
}

void UserChooserDialog::updateRights()
{
    const std::optional<User> u = selectedUser();
    m_ok->setEnabled(u.has_value());
    m_password->clear();
    m_password->setEnabled(selectionNeedsPassword());
    m_password->setPlaceholderText(!u || selectionNeedsPassword() ? QString()
                                   : u->hasPassword               ? tr("already signed in")
                                                                  : tr("no password set"));
    if (u)
        m_rights->setText(rightsSentence(*u));
}

bool UserChooserDialog::verifySelection()
{
    m_message->clear();
    const std::optional<User> u = selectedUser();
    if (!u)
        return false;
    if (!selectionNeedsPassword())
        return true;
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the password of %1.").arg(u->name));
        m_password->setFocus();
        return false;
    }
    try {
        m_current = UserDirectory(m_cache).authenticate(u->name, m_password->text());
        return true;
    } catch (const Error &) {
        m_message->setText(tr("Wrong password for %1.").arg(u->name));
        m_password->selectAll();
        m_password->setFocus();
        return false;
    }
}

void UserChooserDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the "Add a user" fields adds that user; anywhere else it is OK (sign in).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_addBox->isEnabled() && m_addBox->isAncestorOf(focusWidget())) {
        m_add->click();
        return;
    }
    QDialog::keyPressEvent(event);
}

void UserChooserDialog::accept()
{
    if (verifySelection())
        QDialog::accept();
}

bool UserChooserDialog::addUser(const QString &name, Role role, const QString &district,
                                const QString &password, const QString &repeat)
{
    m_message->clear();
    User u;
    u.name = name.trimmed();
    u.role = role;
    u.district = role == Role::Officer ? district : QString();
    // In the window every new user gets a password (the CLI may still add one without, for scripts).
    if (password.isEmpty()) {
        m_message->setText(tr("Give %1 a password.").arg(u.name));
        return false;
    }
    if (password != repeat) {
        m_message->setText(tr("The two passwords differ."));
        return false;
    }
    try {
        UserDirectory dir(m_cache);
        const bool first = dir.isEmpty();
        // Who adds: the acting user (an authenticated administrator), or nobody for the first user.
        const User added = dir.add(u, m_current, password);
        if (first)
            m_current = added; // they have just set their password: signed in
        m_name->clear();
        m_newPassword->clear();
        m_repeatPassword->clear();
        reloadUsers(added.name);
        return true;
    } catch (const Error &e) {
        m_message->setText(e.message());
        return false;
    }
}

QString UserChooserDialog::messageText() const
{
    return m_message->text().isEmpty() ? m_rights->text() : m_message->text();
}

} // namespace zhili
