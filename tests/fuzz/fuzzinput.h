// A reader over a fuzzer's bytes, and the property check the targets share. No libFuzzer header, so
// the same targets build with g++ for the corpus replay (FuzzedDataProvider is clang's only).
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace concord::fuzz {

class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size) : m_data(data), m_size(size) { }

    bool atEnd() const { return m_pos >= m_size; }
    // Past the end every read gives 0 or empty, so any byte string is a valid input.
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    template <typename T>
    T integer()
    {
        T value{};
        const size_t n = qMin(sizeof(T), m_size - qMin(m_pos, m_size));
        std::memcpy(&value, m_data + m_pos, n);
        m_pos += n;
        return value;
    }
    // A length byte, then that many bytes (fewer at the end).
    QByteArray bytes(size_t maxLength = 64)
    {
        const size_t wanted = byte() % (maxLength + 1);
        const size_t n = qMin(wanted, m_size - qMin(m_pos, m_size));
        QByteArray result(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(n));
        m_pos += n;
        return result;
    }
    QString text(size_t maxLength = 64) { return QString::fromUtf8(bytes(maxLength)); }
    QByteArray rest()
    {
        const size_t start = qMin(m_pos, m_size);
        m_pos = m_size;
        return QByteArray(reinterpret_cast<const char *>(m_data + start), qsizetype(m_size - start));
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

// A QString for a printf in a failure message; a ring of buffers, so one message can hold several.
inline const char *text(const QString &s)
{
    static QByteArray buffers[16];
    static unsigned next = 0;
    QByteArray &buffer = buffers[next++ % 16];
    buffer.clear();
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            buffer += "\\x" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
        else
            buffer += QString(c).toUtf8();
    }
    return buffer.constData();
}

inline void failureDetail() { }
template <typename... Args>
void failureDetail(const char *format, Args... args)
{
    std::fprintf(stderr, format, args...);
}

// A broken property is a crash for libFuzzer, so it saves the input; the replay test fails the same way.
#define CONCORD_FUZZ_CHECK(cond, ...)                                                              \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);     \
            concord::fuzz::failureDetail(__VA_ARGS__);                                             \
            std::fprintf(stderr, "\n");                                                            \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

} // namespace concord::fuzz
