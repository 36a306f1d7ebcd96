#pragma once

#include "sms/SmsEncoding.h"

#include <QString>

namespace nodues {

// One outbox row on its way to a gateway.
struct SmsOutgoing
{
    qint64 id = 0;
    QString mobile; // 10 digits
    QString kind;
    QString language;
    QString templateId;
    QString senderId;
    QString body;
    bool sensitive = false;
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int partCount = 1;
    int attempt = 1; // 1 for the first try
};

// The outcome of one send.
struct SmsSendResult
{
    bool accepted = false;
    QString reference; // the gateway's message id or similar, when accepted
    QString error;     // why not, with secrets redacted, when not accepted
};

// Something that delivers an SMS: a spool file, C-DAC Mobile Seva or a generic HTTP API.
//
// A gateway is created, used and destroyed on one thread (the dispatcher's): the HTTP gateways
// own a QNetworkAccessManager, which has thread affinity. send() blocks until the gateway
// responds, the request times out or cancel() is called.
class SmsGateway
{
public:
    virtual ~SmsGateway() = default;

    // "file", "cdac" or "http", stored in sms_outbox.gateway.
    virtual QString name() const = 0;
    virtual SmsSendResult send(const SmsOutgoing &message) = 0;

    // Makes a send() in progress, and every later one, return at once as not accepted. Safe to
    // call from any thread.
    virtual void cancel() {}
};

} // namespace nodues
