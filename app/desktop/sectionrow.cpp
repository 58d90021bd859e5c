#include "desktop/sectionrow.h"

#include <QTreeWidget>

namespace zhili {

QTreeWidgetItem *addSectionRow(QTreeWidget *tree, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

} // namespace zhili
