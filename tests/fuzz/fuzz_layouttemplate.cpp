// libFuzzer target: the snapshot layout template (a JSON file users keep and exchange, `snapshot
// --template`). The bytes are parsed as LayoutTemplate::load does (QJsonDocument, then fromJson). A template
// that is accepted must survive the save format: toJson() read back by fromJson() gives the same JSON.
#include "layout/layouttemplate.h"
#include "util/error.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

using namespace zhili;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    LayoutTemplate t;
    try {
        t = LayoutTemplate::fromJson(doc.object(), QStringLiteral("fuzz.json"));
    } catch (const Error &) {
        return 0;
    }
    const QJsonObject saved = t.toJson();
    try {
        const LayoutTemplate back = LayoutTemplate::fromJson(saved, QStringLiteral("saved"));
        if (back.toJson() != saved)
            abort();
    } catch (const Error &) {
        abort(); // we wrote a template we refuse to read
    }
    return 0;
}
