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

    auto *addBox = new QGroupBox(tr("Add a user"), this);
    auto *form = new QFormLayout(addBox);
    m_name = new QLineEdit(addBox);
    m_name->setPlaceholderText(UserDirectory::defaultUserName());
    m_role = new QComboBox(addBox);
    for (Role r : {Role::Officer, Role::Planner, Role::Admin})
        m_role->addItem(roleName(r), int(r));
    m_district = new QComboBox(addBox);
    m_district->addItems(cache.districtNames());
    auto *addButton = new QPushButton(tr("Add"), addBox);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("District"), m_district);
    form->addRow(QString(), addButton);
    layout->addWidget(addBox);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &UserChooserDialog::updateRights);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_district->setEnabled(Role(m_role->currentData().toInt()) == Role::Officer); });
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text().trimmed().isEmpty() ? m_name->placeholderText() : m_name->text();
        addUser(name, Role(m_role->currentData().toInt()), m_district->currentText());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadUsers(current ? current->name : UserDirectory::defaultUserName());
    // An empty cache: the first user should be an administrator (UserDirectory lets anyone add the first).
    if (m_users.isEmpty()) {
        m_role->setCurrentIndex(m_role->findData(int(Role::Admin)));
        m_rights->setText(tr("This cache has no users yet: add yourself as administrator first."));
    }
    m_district->setEnabled(Role(m_role->currentData().toInt()) == Role::Officer);
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

void UserChooserDialog::updateRights()
{
    const std::optional<User> u = selectedUser();
    m_ok->setEnabled(u.has_value());
    if (u)
        m_rights->setText(rightsSentence(*u));
}

bool UserChooserDialog::addUser(const QString &name, Role role, const QString &district)
{
    m_message->clear();
    User u;
    u.name = name.trimmed();
    u.role = role;
    u.district = role == Role::Officer ? district : QString();
    // Who adds: the acting user, else the administrator chosen in the list.
    std::optional<User> acting = m_current;
    if (!acting)
        acting = selectedUser();
    try {
        UserDirectory dir(m_cache);
        const User added = dir.add(u, acting);
        reloadUsers(added.name);
        m_name->clear();
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
