// Finds value lists in CHECK constraints: a small SQL tokenizer and a matcher for three shapes.
#include "checkconstraint_p.h"

#include <QList>

namespace concord::detail::checkconstraint {

namespace {

struct Token
{
    enum Type { Word, Identifier, String, Number, Symbol };
    Type type;
    QString text;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Reads a quoted run starting at `i` (on the opening quote) up to `close`, a doubled `close`
// standing for one; returns the unquoted text and leaves `i` after the closing quote.
QString readQuoted(const QString &sql, qsizetype &i, QChar close)
{
    QString text;
    ++i;
    while (i < sql.size()) {
        if (sql.at(i) == close) {
            if (i + 1 < sql.size() && sql.at(i + 1) == close && close != u']') {
                text += close;
                i += 2;
                continue;
            }
            ++i;
            return text;
        }
        text += sql.at(i++);
    }
    return text;
}

QList<Token> tokenize(const QString &sql, Dialect dialect)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && next == u'-') {
            while (i < sql.size() && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
        } else if (c == u'\'') {
            tokens.append({Token::String, readQuoted(sql, i, u'\'')});
        } else if (c == u'"') {
            tokens.append({Token::Identifier, readQuoted(sql, i, u'"')});
        } else if (c == u'`') {
            tokens.append({Token::Identifier, readQuoted(sql, i, u'`')});
        } else if (c == u'[' && dialect == Dialect::Sqlite) {
            tokens.append({Token::Identifier, readQuoted(sql, i, u']')});
        } else if (c.isDigit() || (c == u'.' && next.isDigit())) {
            const qsizetype start = i;
            while (i < sql.size() && (sql.at(i).isLetterOrNumber() || sql.at(i) == u'.'
                                      || ((sql.at(i) == u'+' || sql.at(i) == u'-')
                                          && sql.at(i - 1).toLower() == u'e')))
                ++i;
            tokens.append({Token::Number, sql.mid(start, i - start)});
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < sql.size() && isWordChar(sql.at(i)))
                ++i;
            tokens.append({Token::Word, sql.mid(start, i - start)});
        } else if (c == u':' && next == u':') {
            tokens.append({Token::Symbol, QStringLiteral("::")});
            i += 2;
        } else {
            tokens.append({Token::Symbol, QString(c)});
            ++i;
        }
    }
    return tokens;
}

bool isWord(const Token &t, const char *word)
{
    return t.type == Token::Word && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

bool isSymbol(const Token &t, const char *symbol)
{
    return t.type == Token::Symbol && t.text == QLatin1String(symbol);
}

bool isName(const Token &t)
{
    return t.type == Token::Identifier || t.type == Token::Word;
}

// Drops casts ("::character varying", "::text[]") and every parenthesis: what is left of the
// shapes we accept reads the same, and anything that needed the parentheses has an AND, a
// function name or a second column in it, which the matcher refuses anyway.
QList<Token> flatten(const QList<Token> &tokens)
{
    QList<Token> out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (isSymbol(t, "::")) {
            qsizetype j = i + 1;
            while (j < tokens.size() && isName(tokens.at(j)) && !isWord(tokens.at(j), "OR")
                   && !isWord(tokens.at(j), "AND") && !isWord(tokens.at(j), "IN")
                   && !isWord(tokens.at(j), "IS") && !isWord(tokens.at(j), "NOT"))
                ++j;
            while (j + 1 < tokens.size() && isSymbol(tokens.at(j), "[")
                   && isSymbol(tokens.at(j + 1), "]"))
                j += 2;
            i = j - 1;
            continue;
        }
        if (isSymbol(t, "(") || isSymbol(t, ")"))
            continue;
        out.append(t);
    }
    return out;
}

bool sameName(const Token &a, const Token &b)
{
    return isName(a) && isName(b) && a.text.compare(b.text, Qt::CaseInsensitive) == 0;
}

// A literal at `i`: 'text', 12, -3.5. Advances `i` past it.
bool readLiteral(const QList<Token> &tokens, qsizetype &i, QVariant *value)
{
    if (i >= tokens.size())
        return false;
    if (tokens.at(i).type == Token::String) {
        *value = tokens.at(i++).text;
        return true;
    }
    QString sign;
    qsizetype j = i;
    if (isSymbol(tokens.at(j), "-") || isSymbol(tokens.at(j), "+")) {
        sign = tokens.at(j).text;
        ++j;
    }
    if (j >= tokens.size() || tokens.at(j).type != Token::Number)
        return false;
    const QString text = (sign == QLatin1String("-") ? sign : QString()) + tokens.at(j).text;
    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    if (ok) {
        *value = whole;
    } else {
        const double number = text.toDouble(&ok);
        if (!ok)
            return false;
        *value = number;
    }
    i = j + 1;
    return true;
}

// v, v, ... up to the end of `tokens` or `until`.
bool readList(const QList<Token> &tokens, qsizetype i, const char *until, QVariantList *values)
{
    while (i < tokens.size()) {
        QVariant value;
        if (!readLiteral(tokens, i, &value))
            return false;
        values->append(value);
        if (i == tokens.size())
            return until == nullptr;
        if (until && isSymbol(tokens.at(i), until))
            return i + 1 == tokens.size();
        if (!isSymbol(tokens.at(i), ","))
            return false;
        ++i;
    }
    return false;
}

// Removes "OR col IS NULL" (or "col IS NULL OR") that nullable columns often carry.
QList<Token> withoutIsNull(QList<Token> tokens, Token *nullColumn)
{
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        if (!isName(tokens.at(i)) || !isWord(tokens.at(i + 1), "IS")
            || !isWord(tokens.at(i + 2), "NULL"))
            continue;
        *nullColumn = tokens.at(i);
        if (i > 0 && isWord(tokens.at(i - 1), "OR"))
            tokens.remove(i - 1, 4);
        else if (i + 3 < tokens.size() && isWord(tokens.at(i + 3), "OR"))
            tokens.remove(i, 4);
        break;
    }
    return tokens;
}

bool matchList(const QList<Token> &expression, QString *column, QVariantList *values)
{
    Token nullColumn{Token::Symbol, {}};
    const QList<Token> t = withoutIsNull(flatten(expression), &nullColumn);
    if (t.size() < 3 || !isName(t.at(0)))
        return false;
    if (!nullColumn.text.isEmpty() && !sameName(nullColumn, t.at(0)))
        return false;
    *column = t.at(0).text;
    values->clear();
    if (isWord(t.at(1), "IN"))
        return readList(t, 2, nullptr, values);
    if (!isSymbol(t.at(1), "="))
        return false;
    if (t.size() > 4 && isWord(t.at(2), "ANY") && isWord(t.at(3), "ARRAY")
        && isSymbol(t.at(4), "["))
        return readList(t, 5, "]", values);
    // col = v OR col = v ...
    qsizetype i = 2;
    while (true) {
        QVariant value;
        if (!readLiteral(t, i, &value))
            return false;
        values->append(value);
        if (i == t.size())
            return true;
        if (i + 3 > t.size() || !isWord(t.at(i), "OR") || !sameName(t.at(i + 1), t.at(0))
            || !isSymbol(t.at(i + 2), "="))
            return false;
        i += 3;
    }
}

} // namespace

QHash<QString, QVariantList> valueLists(const QString &sql, Dialect dialect)
{
    QHash<QString, QVariantList> lists;
    const QList<Token> tokens = tokenize(sql, dialect);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (!isWord(tokens.at(i), "CHECK") || !isSymbol(tokens.at(i + 1), "("))
            continue;
        // The balanced parentheses after CHECK hold the expression.
        int depth = 0;
        qsizetype end = i + 1;
        for (; end < tokens.size(); ++end) {
            if (isSymbol(tokens.at(end), "("))
                ++depth;
            else if (isSymbol(tokens.at(end), ")") && --depth == 0)
                break;
        }
        if (end >= tokens.size())
            break;
        QString column;
        QVariantList values;
        if (matchList(tokens.mid(i + 2, end - i - 2), &column, &values) && !values.isEmpty()
            && !lists.contains(column.toLower()))
            lists.insert(column.toLower(), values);
        i = end;
    }
    // Keys folded to lower case above so one column's two spellings meet; callers match
    // against the declared names case-insensitively anyway.
    return lists;
}

} // namespace concord::detail::checkconstraint
