#include "http/HttpServerPrivate.h"

#include "http/ApiError.h"
#include "http/RequestTarget.h"
#include "http/SecurityHeaders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

// Bytes asked of the socket while waiting for a request's first byte.
constexpr std::size_t kFirstReadBytes = 4096;

QByteArray toByteArray(beast::string_view view)
{
    return QByteArray(view.data(), qsizetype(view.size()));
}

beast::string_view toView(const QByteArray &bytes)
{
    return beast::string_view(bytes.constData(), size_t(bytes.size()));
}

// A client's X-Request-Id is kept when it is a plain token (nginx's $request_id is 32 hex
// digits), so one id follows the request through the proxy's and this server's logs.
bool isAcceptableRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const char c : id) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.';
        if (!plain)
            return false;
    }
    return true;
}

QString newRequestId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

Response internalErrorResponse(const Request &request)
{
    return errorResponse(request, 500, u"internal_error"_s,
                         {"HttpError",
                          QT_TRANSLATE_NOOP("HttpError", "The server failed to process the request; quote the request "
                                                         "id %1 when you report it."),
                          {request.requestId}});
}

bool hasNoBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

bool isClientGone(const boost::system::error_code &error)
{
    return error == http::error::end_of_stream || error == asio::error::eof
        || error == asio::error::connection_reset || error == asio::error::broken_pipe
        || error == asio::error::operation_aborted || error == asio::error::not_connected
        || error == http::error::partial_message;
}

} // namespace

HttpConnection::HttpConnection(tcp::socket socket, HttpServer::Private &server, QString clientAddress)
    : m_server(server)
    , m_stream(std::move(socket))
    , m_buffer(server.options.headerLimitBytes + 64 * 1024)
    , m_clientAddress(std::move(clientAddress))
{
}

HttpConnection::~HttpConnection()
{
    m_server.unregisterConnection(this);
}

void HttpConnection::start()
{
    // Called on the acceptor's strand; everything after runs on this connection's strand.
    asio::dispatch(m_stream.get_executor(), [self = shared_from_this()] {
        boost::system::error_code ignored;
        self->m_stream.socket().set_option(tcp::no_delay(true), ignored);
        // The first request must be complete within the read timeout from the connection's acceptance.
        self->m_stream.expires_after(self->m_server.options.readTimeout);
        self->waitForRequest(true);
    });
}

void HttpConnection::waitForRequest(bool firstRequest)
{
    m_state = State::WaitingForRequest;
    m_exchange = Exchange{};
    if (m_server.stopping) {
        close();
        return;
    }

    // A pipelined request may already be in the buffer.
    if (m_buffer.size() > 0) {
        m_exchange.started = std::chrono::steady_clock::now();
        if (!firstRequest)
            m_stream.expires_after(m_server.options.readTimeout);
        readHeader();
        return;
    }

    if (!firstRequest)
        m_stream.expires_after(m_server.options.idleTimeout);
    m_stream.async_read_some(m_buffer.prepare(kFirstReadBytes),
                             [self = shared_from_this(), firstRequest](const boost::system::error_code &error,
                                                                        std::size_t bytes) {
                                 if (!error && !firstRequest)
                                     self->m_stream.expires_after(self->m_server.options.readTimeout);
                                 self->handleFirstBytes(error, bytes);
                             });
}

void HttpConnection::handleFirstBytes(const boost::system::error_code &error, std::size_t bytes)
{
    if (error) {
        if (error == beast::error::timeout)
            qCDebug(lcHttp).noquote() << "Closed an idle connection from" << m_clientAddress;
        close();
        return;
    }
    m_buffer.commit(bytes);
    m_exchange.started = std::chrono::steady_clock::now();
    readHeader();
}

void HttpConnection::readHeader()
{
    m_state = State::Reading;
    m_parser.emplace();
    m_parser->header_limit(m_server.options.headerLimitBytes);
    m_parser->body_limit(std::uint64_t(m_server.options.bodyLimitBytes));
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = shared_from_this()](const boost::system::error_code &error, std::size_t) {
                                self->handleHeader(error);
                            });
}

void HttpConnection::handleHeader(const boost::system::error_code &error)
{
    if (error) {
        handleReadError(error, "header");
        return;
    }

    const auto &header = m_parser->get();
    m_exchange.method = toByteArray(header.method_string());
    const QByteArray target = toByteArray(header.target());
    m_exchange.rawPath = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    m_exchange.version = header.version();
    m_exchange.language = languageFromAcceptLanguage(toByteArray(header[http::field::accept_language]));

    // Beast's parser has already rejected versions other than 1.0 and 1.1 (error bad_version, so 400).
    const auto expect = header.find(http::field::expect);
    if (expect != header.end()) {
        if (!beast::iequals(expect->value(), "100-continue")) {
            sendErrorAndClose(417, u"expectation_failed"_s,
                              {"HttpError",
                               QT_TRANSLATE_NOOP("HttpError", "The Expect header \"%1\" is not supported; send "
                                                              "\"100-continue\" or no Expect header."),
                               {QString::fromLatin1(toByteArray(expect->value()).left(100))}});
            return;
        }
        if (!m_parser->is_done() && header.version() == 11) {
            // The body is within the limit (the parser checked Content-Length), so ask for it.
            static constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
            asio::async_write(m_stream, asio::buffer(kContinue, sizeof(kContinue) - 1),
                              [self = shared_from_this()](const boost::system::error_code &writeError, std::size_t) {
                                  if (writeError) {
                                      self->close();
                                      return;
                                  }
                                  self->readBody();
                              });
            return;
        }
    }

    if (m_parser->is_done())
        dispatch();
    else
        readBody();
}

void HttpConnection::readBody()
{
    http::async_read(m_stream, m_buffer, *m_parser,
                     [self = shared_from_this()](const boost::system::error_code &error, std::size_t) {
                         self->handleBody(error);
                     });
}

void HttpConnection::handleBody(const boost::system::error_code &error)
{
    if (error) {
        handleReadError(error, "body");
        return;
    }
    dispatch();
}

void HttpConnection::handleReadError(const boost::system::error_code &error, const char *phase)
{
    if (error == beast::error::timeout) {
        qCInfo(lcHttp).noquote() << "Closed the connection from" << m_clientAddress << "because the request"
                                 << phase << "was not complete within the read timeout of"
                                 << m_server.options.readTimeout.count() << "ms";
        close();
        return;
    }
    if (error == http::error::body_limit) {
        sendErrorAndClose(413, u"body_too_large"_s,
                          {"HttpError",
                           QT_TRANSLATE_NOOP("HttpError", "The request body is larger than the limit of %1 bytes."),
                           {QString::number(m_server.options.bodyLimitBytes)}});
        return;
    }
    if (error == http::error::header_limit || error == http::error::buffer_overflow) {
        sendErrorAndClose(431, u"header_too_large"_s,
                          {"HttpError",
                           QT_TRANSLATE_NOOP("HttpError",
                                             "The request line and header fields are larger than the limit of %1 bytes."),
                           {QString::number(m_server.options.headerLimitBytes)}});
        return;
    }
    if (isClientGone(error)) {
        close();
        return;
    }
    // Every other parser error (bad method, target, version, field, chunk, ...) is a malformed request.
    if (error.category() == http::make_error_code(http::error::bad_target).category()) {
        qCInfo(lcHttp).noquote() << "Rejected a malformed request from" << m_clientAddress << ":"
                                 << QString::fromStdString(error.message());
        sendErrorAndClose(400, u"bad_request"_s,
                          {"HttpError",
                           QT_TRANSLATE_NOOP("HttpError", "The request is not valid HTTP/1.1 (%1)."),
                           {QString::fromStdString(error.message())}});
        return;
    }
    qCInfo(lcHttp).noquote() << "Closed the connection from" << m_clientAddress << "after a read error:"
                             << QString::fromStdString(error.message());
    close();
}

Request HttpConnection::buildRequest(LocalizedMessage *targetError, bool *targetValid)
{
    http::request<http::string_body> &message = m_parser->get();
    Request request;
    request.method = m_exchange.method;
    request.httpVersion = int(message.version());
    request.clientAddress = m_clientAddress;
    for (const auto &field : message)
        request.headers.add(toByteArray(field.name_string()), toByteArray(field.value()));
    request.body = QByteArray(message.body().data(), qsizetype(message.body().size()));

    const QByteArray incomingId = request.header("X-Request-Id");
    request.requestId = isAcceptableRequestId(incomingId) ? QString::fromLatin1(incomingId) : newRequestId();
    *targetValid = parseRequestTarget(toByteArray(message.target()), &request, targetError);
    if (!*targetValid)
        request.rawPath = m_exchange.rawPath;
    return request;
}

void HttpConnection::dispatch()
{
    m_state = State::Handling;
    m_exchange.keepAlive = m_parser->get().keep_alive();
    LocalizedMessage targetError;
    bool targetValid = false;
    Request request = buildRequest(&targetError, &targetValid);
    m_parser.reset();

    m_exchange.requestId = request.requestId;
    m_exchange.head = request.method == "HEAD";

    if (!targetValid) {
        writeResponse(errorResponse(request, 400, u"invalid_target"_s, targetError), false);
        return;
    }

    const Router &router = m_server.router;
    const bool queued = m_server.workers->post([self = shared_from_this(), &router, request = std::move(request)] {
        Response response;
        try {
            response = router.dispatch(request);
        } catch (const std::exception &exception) {
            qCCritical(lcHttp).noquote() << "The handler for" << QString::fromLatin1(request.method)
                                         << QString::fromLatin1(router.loggablePath(request.rawPath)) << "threw:" << exception.what()
                                         << "- request" << request.requestId;
            response = internalErrorResponse(request);
        } catch (...) {
            qCCritical(lcHttp).noquote() << "The handler for" << QString::fromLatin1(request.method)
                                         << QString::fromLatin1(router.loggablePath(request.rawPath))
                                         << "threw an exception of unknown type - request" << request.requestId;
            response = internalErrorResponse(request);
        }
        if (response.status < 100 || response.status > 599) {
            qCCritical(lcHttp).noquote() << "The handler for" << QString::fromLatin1(request.method)
                                         << QString::fromLatin1(router.loggablePath(request.rawPath)) << "returned the invalid status"
                                         << response.status << "- request" << request.requestId;
            response = internalErrorResponse(request);
        }
        asio::post(self->m_stream.get_executor(),
                   [self, response = std::move(response)]() mutable { self->writeResponse(std::move(response), false); });
    });
    if (!queued) {
        sendErrorAndClose(503, u"shutting_down"_s,
                          {"HttpError", QT_TRANSLATE_NOOP("HttpError", "The server is shutting down; retry shortly."),
                           {}});
    }
}

void HttpConnection::writeResponse(Response response, bool closeAfter)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Writing;
    closeAfter = closeAfter || !m_exchange.keepAlive || m_server.stopping;
    const int status = response.status;

    // The server frames the message itself; a handler's framing headers would contradict it.
    response.headers.remove("Content-Length");
    response.headers.remove("Transfer-Encoding");
    response.headers.remove("Connection");
    addSecurityHeaders(response);
    response.headers.set("X-Request-Id", m_exchange.requestId.toLatin1());
    if (!response.body.isEmpty() && !response.contentType.isEmpty())
        response.headers.set("Content-Type", response.contentType);

    m_response = std::make_unique<http::response<http::string_body>>();
    http::response<http::string_body> &message = *m_response;
    message.version(m_exchange.version == 10 ? 10 : 11);
    message.result(unsigned(status));
    message.reason(toView(reasonPhrase(status)));
    message.set(http::field::date, toView(httpDate()));
    for (const auto &[name, value] : response.headers.fields()) {
        // A CR or LF would let a value start a header of its own.
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n')) {
            qCWarning(lcHttp).noquote() << "Dropped the response header" << QString::fromLatin1(name)
                                        << "because it contains a line break";
            continue;
        }
        message.insert(toView(name), toView(value));
    }

    const std::size_t bodySize = hasNoBody(status) ? 0 : size_t(response.body.size());
    if (!hasNoBody(status) && !m_exchange.head)
        message.body().assign(response.body.constData(), bodySize);
    if (!hasNoBody(status))
        message.content_length(bodySize);
    message.keep_alive(!closeAfter);

    m_stream.expires_after(m_server.options.writeTimeout);
    http::async_write(m_stream, message,
                      [self = shared_from_this(), closeAfter, status](const boost::system::error_code &error,
                                                                     std::size_t) {
                          self->handleWritten(error, closeAfter, status);
                      });
}

void HttpConnection::handleWritten(const boost::system::error_code &error, bool closeAfter, int status)
{
    m_response.reset();
    logRequest(error ? 0 : status);
    if (error) {
        close();
        return;
    }
    ++m_server.requestsCompleted;
    if (m_lingering) {
        lingerThenClose();
        return;
    }
    if (closeAfter) {
        // Nothing more is expected from the client, so a plain close sends no reset.
        boost::system::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        close();
        return;
    }
    waitForRequest(false);
}

void HttpConnection::sendErrorAndClose(int status, const QString &code, const LocalizedMessage &message)
{
    if (m_exchange.requestId.isEmpty())
        m_exchange.requestId = newRequestId();
    m_exchange.keepAlive = false;
    m_lingering = true;
    m_parser.reset();
    writeResponse(errorResponse(m_exchange.language, status, code, message), true);
}

void HttpConnection::lingerThenClose()
{
    // Stop sending, then read and drop what the client still sends until it closes or the linger
    // timeout passes: closing with unread data would reset the connection, and the reset can
    // destroy the error response before the client reads it.
    m_state = State::Closing;
    boost::system::error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    m_stream.expires_after(m_server.options.lingerTimeout);
    discardUntilClosed();
}

void HttpConnection::discardUntilClosed()
{
    m_stream.async_read_some(asio::buffer(m_discard),
                             [self = shared_from_this()](const boost::system::error_code &error, std::size_t) {
                                 if (error) {
                                     self->close();
                                     return;
                                 }
                                 self->discardUntilClosed();
                             });
}

void HttpConnection::beginShutdown()
{
    if (m_state == State::WaitingForRequest)
        close();
}

void HttpConnection::forceClose()
{
    close();
}

void HttpConnection::close()
{
    m_state = State::Closing;
    boost::system::error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    m_stream.close();
}

void HttpConnection::logRequest(int status) const
{
    const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now()
                                                                                - m_exchange.started);
    qCInfo(lcHttp).noquote() << QString::fromLatin1(m_exchange.method)
                             << QString::fromLatin1(m_server.router.loggablePath(m_exchange.rawPath))
                             << status << QString::number(double(elapsed.count()) / 1000.0, 'f', 1) + u"ms"_s
                             << m_clientAddress << m_exchange.requestId;
}

} // namespace nodues::server
