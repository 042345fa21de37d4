// concord --prepare TABLE: opens the database the command line names, prepares the table with
// TablePreparer::prepare() and prints what was done. No window.
#pragma once

#include <QCoreApplication>

#include <cstdio>

namespace concord {

class CommandLine;

class PrepareCommand
{
    Q_DECLARE_TR_FUNCTIONS(concord::PrepareCommand)
public:
    // Prints the steps done (or that there was nothing to do) to `out`, failures to `err`.
    // Returns the exit code: 0 when the table is ready, now or already, 1 when it is not.
    static int run(const CommandLine &commandLine, std::FILE *out = stdout,
                   std::FILE *err = stderr);
};

} // namespace concord
