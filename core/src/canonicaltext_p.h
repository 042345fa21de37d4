// One spelling per value for decimals and date-times written as text (not installed).
//
// PostgreSQL spells the same NUMERIC "12.50" in a column and 12.5 in JSON, and the same instant
// "2024-01-01 10:00:00.5+00" in a QPSQL session and "2024-01-01T15:30:00.5+05:30" in a notify
// trigger run by a writer in India. Record keys and "is this the same value" must not depend
// on who wrote the text: these give each value one canonical text, exactly (no double between).
#pragma once

#include <QString>

#include <optional>

namespace concord::detail {

// A plain decimal ("-012.500") as "-12.5"; nullopt for anything else (exponents included).
std::optional<QString> canonicalDecimal(const QString &text);
// The decimal a double is written as (its shortest round-trip digits, never an exponent).
QString decimalOfDouble(double value);
// "YYYY-MM-DD[ T]HH:MM:SS[.ffffff][zone]" as "YYYY-MM-DD HH:MM:SS[.ffffff]", with trailing zeros
// of the fraction dropped and, when a zone is given, the instant in UTC followed by "Z". A time
// of day alone likewise (its zone kept as +HH:MM). nullopt for anything else (infinity, BC).
std::optional<QString> canonicalDateTime(const QString &text);

} // namespace concord::detail
