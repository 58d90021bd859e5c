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

} // namespace zhili::test
