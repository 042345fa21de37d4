// TcpRelay: a TCP relay between the model and a PostgreSQL server, run on a thread of its own
// (a save blocks the test's thread), that can cut the line at a chosen moment of a save.
//
// It watches the client's bytes for a pattern: QPSQL sends EXECUTE with the bound values as
// literals, and COMMIT as plain text, so a distinctive value or "COMMIT" marks the statement.
// Then it either forwards that statement and cuts the line once the server's answer (through
// ReadyForQuery) has come, so the statement is done but the client never hears of it, or cuts
// it before anything reaches the server. A userspace relay cannot blackhole a line: its own
// kernel keeps acknowledging the client's bytes (the faults test drops them with tc instead).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace concord::test {

class TcpRelay : public QObject
{
    Q_OBJECT
public:
    enum class Cut { AfterAnswer, BeforeServer };

    // Listens on 127.0.0.1:listenPort and forwards every connection to 127.0.0.1:serverPort.
    TcpRelay(quint16 listenPort, quint16 serverPort);
    ~TcpRelay() override;
    bool isListening() const { return m_listening; }

    // The next client chunk holding `pattern` triggers `cut`. `meanwhile` then runs on the
    // relay's thread, after the statement has run (AfterAnswer) or instead of it (BeforeServer),
    // before the client learns that the line is gone.
    void arm(const QByteArray &pattern, Cut cut, std::function<void()> meanwhile = {});
    // While refusing, every new line is cut as soon as it comes: the server seems to be away.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    // How many lines were cut so far.
    int cuts() const { return m_cuts.load(); }

private:
    struct Line
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray tail;      // the client's last bytes, for a pattern split across chunks
        QByteArray answer;    // what the server said after the marked statement
        bool waiting = false; // the marked statement went through: drop its answer, then cut
    };
    void start();
    void accept();
    void fromClient(Line *line);
    void fromServer(Line *line);
    void cut(Line *line);

    quint16 m_listenPort;
    quint16 m_serverPort;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    QList<Line *> m_lines;
    std::atomic<bool> m_listening{false};
    std::atomic<bool> m_refusing{false};
    std::atomic<int> m_cuts{0};
    QMutex m_mutex; // guards the armed trigger, set from the test's thread
    QByteArray m_pattern;
    Cut m_cut = Cut::AfterAnswer;
    std::function<void()> m_meanwhile;
    std::function<void()> m_meanwhileAfter; // relay thread only: for the line waiting to be cut
};

} // namespace concord::test
