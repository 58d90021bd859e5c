#include "testerrors.h"

#include "util/error.h"

namespace zhili::test {

QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.message();
    }
    return QString();
}

std::optional<CsvImportRefused> csvRefusalOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const CsvImportRefused &e) {
        return e;
    }
    return std::nullopt;
}

} // namespace zhili::test
