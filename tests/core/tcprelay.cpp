// TcpRelay: forwarding, pattern watching and cutting, all on the relay's own thread.
#include "tcprelay.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

namespace concord::test {

TcpRelay::TcpRelay(quint16 listenPort, quint16 serverPort)
    : m_listenPort(listenPort), m_serverPort(serverPort)
{
    m_thread.start();
    moveToThread(&m_thread);
    QMetaObject::invokeMethod(this, &TcpRelay::start, Qt::BlockingQueuedConnection);
}

TcpRelay::~TcpRelay()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (Line *line : std::as_const(m_lines)) {
                // A socket being destroyed disconnects and says so; the slot would then reach
                // the other side's QPointer to this half-destroyed socket (UBSan: a downcast of
                // a QAbstractSocket). Nobody needs to hear of these closes.
                for (QTcpSocket *socket : {line->client.data(), line->server.data()}) {
                    if (socket)
                        socket->disconnect(this);
                }
                delete line->client;
                delete line->server;
                delete line;
            }
            m_lines.clear();
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TcpRelay::arm(const QByteArray &pattern, Cut cut, std::function<void()> meanwhile)
{
    QMutexLocker lock(&m_mutex);
    m_pattern = pattern;
    m_cut = cut;
    m_meanwhile = std::move(meanwhile);
}

void TcpRelay::start()
{
    m_server = new QTcpServer;
    connect(m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
    m_listening = m_server->listen(QHostAddress::LocalHost, m_listenPort);
}

void TcpRelay::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *line = new Line;
        line->client = client;
        line->server = new QTcpSocket;
        m_lines << line;
        connect(client, &QTcpSocket::readyRead, this, [this, line] { fromClient(line); });
        connect(line->server, &QTcpSocket::readyRead, this, [this, line] { fromServer(line); });
        // Either side closing closes the other: the relay is a wire, not a buffer.
        connect(client, &QTcpSocket::disconnected, this, [line] {
            if (line->server)
                line->server->disconnectFromHost();
        });
        connect(line->server, &QTcpSocket::disconnected, this, [line] {
            if (line->client)
                line->client->disconnectFromHost();
        });
        connect(line->server, &QTcpSocket::connected, this, [this, line] { fromClient(line); });
        line->server->connectToHost(QHostAddress::LocalHost, m_serverPort);
    }
}

void TcpRelay::fromClient(Line *line)
{
    if (!line->client || !line->server || line->server->state() != QAbstractSocket::ConnectedState)
        return; // read once the server side is up
    const QByteArray chunk = line->client->readAll();
    if (chunk.isEmpty())
        return;
    std::function<void()> meanwhile;
    bool marked = false;
    Cut how = Cut::AfterAnswer;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pattern.isEmpty() && (line->tail + chunk).contains(m_pattern)) {
            marked = true;
            how = m_cut;
            meanwhile = std::exchange(m_meanwhile, {});
            m_pattern.clear();
        }
    }
    line->tail = chunk.right(64);
    if (!marked) {
        line->server->write(chunk);
        return;
    }
    if (how == Cut::BeforeServer) {
        if (meanwhile)
            meanwhile();
        cut(line);
        return;
    }
    m_meanwhileAfter = std::move(meanwhile);
    line->waiting = true;
    line->server->write(chunk);
}

void TcpRelay::fromServer(Line *line)
{
    if (!line->server || !line->client)
        return;
    const QByteArray chunk = line->server->readAll();
    if (!line->waiting) {
        line->client->write(chunk);
        return;
    }
    // ReadyForQuery ('Z', length 5, a status byte) ends the answer: by then the server has
    // committed, and the client is never told.
    line->answer += chunk;
    static const QByteArray ready("Z\0\0\0\x05", 5);
    const qsizetype at = line->answer.indexOf(ready);
    if (at < 0 || at + 5 >= line->answer.size())
        return;
    if (auto meanwhile = std::exchange(m_meanwhileAfter, {}))
        meanwhile();
    cut(line);
}

void TcpRelay::cut(Line *line)
{
    ++m_cuts;
    line->waiting = false;
    if (line->server)
        line->server->abort();
    if (line->client)
        line->client->abort();
}

} // namespace concord::test
