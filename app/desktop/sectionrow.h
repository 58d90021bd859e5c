#pragma once

#include <QString>

class QTreeWidget;
class QTreeWidgetItem;

namespace zhili {

/// Adds a heading row to the panels that list things under headings (Identify, Partners): bold, across
/// all columns, open.
QTreeWidgetItem *addSectionRow(QTreeWidget *tree, const QString &title);

} // namespace zhili
