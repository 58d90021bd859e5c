#include "sync/pgworkerscope.h"

#include <openssl/crypto.h>

namespace zhili {

PgWorkerScope::~PgWorkerScope()
{
    OPENSSL_thread_stop();
}

} // namespace zhili
