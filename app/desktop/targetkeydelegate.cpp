#include "desktop/targetkeydelegate.h"

#include "desktop/targettablemodel.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"

#include <QComboBox>

namespace zhili {

TargetKeyDelegate::TargetKeyDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *TargetKeyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() == TargetTableModel::EcosystemColumn) {
        auto *combo = new QComboBox(parent);
        for (const Ecosystem &e : builtinEcosystems())
            combo->addItem(DisplayNames::of(e), e.key);
        return combo;
    }
    if (index.column() == TargetTableModel::DistrictColumn) {
        auto *combo = new QComboBox(parent);
        combo->addItem(TargetTableModel::tr("City-wide"), QString());
        for (const QString &d : m_districts)
            combo->addItem(d, d);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TargetKeyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TargetKeyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace zhili
