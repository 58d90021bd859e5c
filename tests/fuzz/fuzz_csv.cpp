// libFuzzer target: the CSV reader and everything that reads CSV from users (batch assignment, targets,
// enterprise figures). The bytes are written to a file, as a user would hand one over, and read by
// CsvTable::read (UTF-8/BOM/GB18030 detection, RFC 4180 parsing), the cell number parsers, and the three
// importers' read-only paths against a small cache made once at start-up. zhili::Error is the expected
// refusal; anything else (a crash, a sanitizer report, another exception) is a bug.
#include "edit/batchassignment.h"
#include "edit/user.h"
#include "indicators/enterpriseimporter.h"
#include "indicators/targetimporter.h"
#include "io/csvtable.h"
#include "testcache.h"
#include "util/error.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace zhili;

namespace {
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<GeoPackageCache> cache;
    QString csv;
    Fixture()
    {
        if (!dir.isValid())
            abort();
        cache = test::makeTestCache(dir.filePath(QStringLiteral("fuzz.gpkg")));
        csv = dir.filePath(QStringLiteral("input.csv"));
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fx;
    {
        QFile f(fx.csv);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    try {
        const CsvTable t = CsvTable::read(fx.csv);
        // Every cell through the number and year parsers: either a value or a reason, never both or none.
        for (const CsvTable::Record &r : t.records()) {
            for (int c = 0; c <= t.header().size(); ++c) {
                const QString cell = CsvTable::cell(r, c);
                QString reason;
                const auto v = CsvTable::nonNegativeNumber(cell, &reason);
                if (v.has_value() == !reason.isEmpty() || (v && (*v < 0 || !std::isfinite(*v))))
                    abort();
                reason.clear();
                const auto y = CsvTable::year(cell, &reason);
                if (y.has_value() == !reason.isEmpty())
                    abort();
            }
        }
    } catch (const Error &) {
    }
    const User admin{QStringLiteral("admin"), Role::Admin, QString(), QString(), false};
    try {
        BatchAssignment::preview(*fx.cache, admin, fx.csv);
    } catch (const Error &) {
    }
    try {
        TargetImporter(*fx.cache).read(fx.csv);
    } catch (const Error &) {
    }
    try {
        EnterpriseImporter(*fx.cache).read(fx.csv);
    } catch (const Error &) {
    }
    return 0;
}
