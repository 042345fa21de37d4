// Who hears that DatabaseConnector opened a connection again.
#include "reopennotice_p.h"

#include <atomic>

namespace concord::detail {

namespace {
std::atomic<ReopenListener> listener{nullptr};
}

void setReopenListener(ReopenListener l)
{
    listener.store(l);
}

void announceReopen(const QSqlDatabase &db)
{
    if (const ReopenListener l = listener.load())
        l(db);
}

} // namespace concord::detail
