// Case-folding patterns for the text filter, one per backend.
#include "textpattern_p.h"

#include <QList>
#include <QStringView>

namespace concord::detail::textpattern {

namespace {

// Calls `letter` with both cases of a code point that has two, `other` with anything else.
template <typename Letter, typename Other>
void eachCodePoint(const QString &text, Letter letter, Other other)
{
    for (const uint u : QStringView(text).toUcs4()) {
        const char32_t c = u;
        const char32_t lower = QChar::toLower(c);
        const char32_t upper = QChar::toUpper(c);
        if (lower != upper)
            letter(QString::fromUcs4(&lower, 1), QString::fromUcs4(&upper, 1));
        else
            other(QString::fromUcs4(&c, 1), c);
    }
}

} // namespace

QString containsGlob(const QString &text)
{
    QString p = QStringLiteral("*");
    eachCodePoint(
        text, [&](const QString &l, const QString &u) { p += QLatin1Char('[') + l + u + QLatin1Char(']'); },
        [&](const QString &s, char32_t c) {
            // GLOB's own characters match themselves only inside a set.
            if (c == U'*' || c == U'?' || c == U'[')
                p += QLatin1Char('[') + s + QLatin1Char(']');
            else
                p += s;
        });
    return p + QLatin1Char('*');
}

QString containsRegex(const QString &text)
{
    QString p;
    eachCodePoint(
        text, [&](const QString &l, const QString &u) { p += QLatin1Char('[') + l + u + QLatin1Char(']'); },
        [&](const QString &s, char32_t c) {
            // In PostgreSQL's regular expressions a backslash before a non-alphanumeric
            // character makes it literal; before a letter or digit it would start an escape.
            const bool alnum = (c >= U'0' && c <= U'9') || QChar::isLetterOrNumber(c);
            if (!alnum)
                p += QLatin1Char('\\');
            p += s;
        });
    return p;
}

QString containsLike(const QString &text)
{
    QString p = text;
    p.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + p + QLatin1Char('%');
}

} // namespace concord::detail::textpattern
