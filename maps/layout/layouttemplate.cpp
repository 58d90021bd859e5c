#include "layout/layouttemplate.h"

#include "layout/pagepreset.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>

namespace zhili {

namespace {

const char *const kElementKeys[] = {"legend",     "scaleBar", "northArrow", "dateLine",
                                    "sourceNote", "summary",  "overview",   "watermark"};

bool *elementField(LayoutTemplate &t, int i)
{
    bool *fields[] = {&t.legend,     &t.scaleBar, &t.northArrow, &t.dateLine,
                      &t.sourceNote, &t.summary,  &t.overview,   &t.watermark};
    return fields[i];
}

[[noreturn]] void fail(const QString &where, const QString &field, const QString &what)
{
    throw Error(QCoreApplication::translate("LayoutTemplate", "template error%1: \"%2\" %3")
                    .arg(where.isEmpty() ? QString() : QStringLiteral(" in ") + where, field, what));
}

QString stringField(const QJsonObject &o, const char *key, const QString &fallback, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString())
        fail(where, QLatin1String(key), QStringLiteral("must be a string"));
    return v.toString();
}

} // namespace

const EnumTable<LayerKind> &LayoutTemplate::themes()
{
    static const EnumTable<LayerKind> table("LayoutTemplate", {
                                                                  {LayerKind::Parcels, "ecosystem", ""},
                                                                  {LayerKind::LandTheme, "land", ""},
                                                                  {LayerKind::EnergyTheme, "energy", ""},
                                                                  {LayerKind::FinanceTheme, "finance", ""},
                                                              });
    return table;
}

QStringList LayoutTemplate::themeKeys()
{
    return themes().keys();
}

QJsonObject LayoutTemplate::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("page")] = page;
    o[QStringLiteral("title")] = title;
    o[QStringLiteral("subtitle")] = subtitle;
    o[QStringLiteral("theme")] = theme;
    o[QStringLiteral("layers")] = QJsonArray::fromStringList(layers);
    if (!dataSource.isEmpty())
        o[QStringLiteral("dataSource")] = dataSource;
    if (!date.isEmpty())
        o[QStringLiteral("date")] = date;
    if (dpi > 0)
        o[QStringLiteral("dpi")] = dpi;
    if (!district.isEmpty())
        o[QStringLiteral("district")] = district;
    else if (extent)
        o[QStringLiteral("extent")] = QJsonArray{extent->minX, extent->minY, extent->maxX, extent->maxY};
    QJsonObject elements;
    LayoutTemplate copy = *this;
    for (int i = 0; i < int(std::size(kElementKeys)); ++i)
        elements[QLatin1String(kElementKeys[i])] = *elementField(copy, i);
    o[QStringLiteral("elements")] = elements;
    o[QStringLiteral("watermarkText")] = watermarkText;
    return o;
}

LayoutTemplate LayoutTemplate::fromJson(const QJsonObject &o, const QString &where)
{
    LayoutTemplate t;
    const int version = o.value(QStringLiteral("version")).toInt(1);
    if (version != 1)
        fail(where, QStringLiteral("version"),
             QStringLiteral("is %1; this Zhili reads version 1").arg(version));
    t.page = stringField(o, "page", t.page, where);
    try {
        t.page = PagePreset::byId(t.page).id;
    } catch (const Error &e) {
        fail(where, QStringLiteral("page"), e.message());
    }
    t.title = stringField(o, "title", t.title, where);
    t.subtitle = stringField(o, "subtitle", t.subtitle, where);
    t.theme = stringField(o, "theme", t.theme, where).toLower();
    if (!themeKeys().contains(t.theme))
        fail(where, QStringLiteral("theme"),
             QStringLiteral("is \"%1\"; use one of %2").arg(t.theme, themeKeys().join(QStringLiteral(", "))));
    if (o.contains(QStringLiteral("layers"))) {
        const QJsonValue v = o.value(QStringLiteral("layers"));
        if (!v.isArray())
            fail(where, QStringLiteral("layers"), QStringLiteral("must be a list of layer names"));
        t.layers.clear();
        for (const QJsonValue &l : v.toArray()) {
            if (!l.isString())
                fail(where, QStringLiteral("layers"), QStringLiteral("must contain only strings"));
            t.layers << l.toString();
        }
    }
    t.dataSource = stringField(o, "dataSource", t.dataSource, where);
    t.date = stringField(o, "date", t.date, where);
    if (!t.date.isEmpty() && !QDate::fromString(t.date, Qt::ISODate).isValid())
        fail(where, QStringLiteral("date"), QStringLiteral("is \"%1\"; write YYYY-MM-DD").arg(t.date));
    if (o.contains(QStringLiteral("dpi"))) {
        const QJsonValue v = o.value(QStringLiteral("dpi"));
        if (!v.isDouble() || v.toDouble() < 72 || v.toDouble() > 600)
            fail(where, QStringLiteral("dpi"), QStringLiteral("must be a number from 72 to 600"));
        t.dpi = v.toDouble();
    }
    t.district = stringField(o, "district", QString(), where);
    if (o.contains(QStringLiteral("extent")) && !o.value(QStringLiteral("extent")).isNull()) {
        const QJsonArray a = o.value(QStringLiteral("extent")).toArray();
        if (a.size() != 4 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble() || !a[3].isDouble())
            fail(where, QStringLiteral("extent"), QStringLiteral("must be [xmin, ymin, xmax, ymax]"));
        Envelope e;
        e.minX = a[0].toDouble();
        e.minY = a[1].toDouble();
        e.maxX = a[2].toDouble();
        e.maxY = a[3].toDouble();
        if (!(e.maxX > e.minX && e.maxY > e.minY))
            fail(where, QStringLiteral("extent"),
                 QStringLiteral("is empty or inverted (need xmin < xmax, ymin < ymax)"));
        t.extent = e;
    }
    if (o.contains(QStringLiteral("elements"))) {
        const QJsonValue ev = o.value(QStringLiteral("elements"));
        if (!ev.isObject())
            fail(where, QStringLiteral("elements"),
                 QStringLiteral("must be an object of true/false switches"));
        const QJsonObject elements = ev.toObject();
        QStringList known;
        for (int i = 0; i < int(std::size(kElementKeys)); ++i) {
            const QString key = QLatin1String(kElementKeys[i]);
            known << key;
            const QJsonValue v = elements.value(key);
            if (v.isUndefined())
                continue;
            if (!v.isBool())
                fail(where, QStringLiteral("elements.") + key, QStringLiteral("must be true or false"));
            *elementField(t, i) = v.toBool();
        }
        for (auto it = elements.begin(); it != elements.end(); ++it)
            if (!known.contains(it.key()))
                fail(where, QStringLiteral("elements.") + it.key(),
                     QStringLiteral("is not an element; known: %1").arg(known.join(QStringLiteral(", "))));
    }
    t.watermarkText = stringField(o, "watermarkText", t.watermarkText, where);
    return t;
}

LayoutTemplate LayoutTemplate::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("LayoutTemplate", "cannot read template %1: %2")
                        .arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        throw Error(
            QCoreApplication::translate("LayoutTemplate", "template %1 is not valid JSON at offset %2: %3")
                .arg(path)
                .arg(pe.offset)
                .arg(pe.errorString()));
    if (!doc.isObject())
        throw Error(
            QCoreApplication::translate("LayoutTemplate", "template %1 must be a JSON object").arg(path));
    return fromJson(doc.object(), path);
}

void LayoutTemplate::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(QCoreApplication::translate("LayoutTemplate", "cannot write template %1: %2")
                        .arg(path, f.errorString()));
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(QCoreApplication::translate("LayoutTemplate", "cannot write template %1: %2")
                        .arg(path, f.errorString()));
}

} // namespace zhili
