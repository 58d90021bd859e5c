#pragma once

#include "geometry/envelope.h"
#include "layers/layerstyle.h"
#include "util/enumtable.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace zhili {

/// A saved snapshot sheet: page, texts, theme, layers and which elements appear. Stored as JSON so a district
/// exports the same sheet every month (see resources/templates/).
struct LayoutTemplate {
    QString page = QStringLiteral("A4-landscape"); ///< a PagePreset id
    /// Title; "{district}" is replaced by the frame's district name (batch exports).
    QString title = QStringLiteral("产业用地布局图");
    QString subtitle;
    QString theme = QStringLiteral("ecosystem"); ///< ecosystem | land | energy | finance
    /// Layers drawn besides the theme fill (basemap, districts, labels); the fill follows `theme`.
    QStringList layers{QStringLiteral("districts"), QStringLiteral("labels")};
    QString dataSource; ///< free text for the source note; empty = the cache's last import
    QString date;       ///< "YYYY-MM-DD" for 数据截至; empty = newest updated_at in the cache
    double dpi = 0;     ///< raster DPI when the command line does not give one; 0 = the page default
    QString district;   ///< frame: a district (empty = none stored)
    std::optional<Envelope> extent; ///< frame: an extent (cache CRS), when no district is stored

    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool dateLine = true;
    bool sourceNote = true;
    bool summary = false;
    bool overview = false;
    bool watermark = false;
    QString watermarkText = QStringLiteral("内部资料");
    /// The language of the words on the sheet, "zh" or "en": the window's or zhili-cli's --lang. Not saved:
    /// one template serves both.
    QString language = QStringLiteral("zh");

    /// The theme keys (ecosystem, land, energy, finance).
    static QStringList themeKeys();
    /// The theme keys with the fill layer each one shows.
    static const EnumTable<LayerKind> &themes();

    QJsonObject toJson() const;
    /// Reads a template; unknown page/theme, wrong types and bad extents throw zhili::Error naming the field.
    /// Missing keys keep the defaults above.
    static LayoutTemplate fromJson(const QJsonObject &json, const QString &where = QString());
    /// Loads a UTF-8 JSON file; throws zhili::Error naming the file and what is wrong.
    static LayoutTemplate load(const QString &path);
    /// Writes the file atomically; throws zhili::Error when it cannot.
    void save(const QString &path) const;
};

} // namespace zhili
