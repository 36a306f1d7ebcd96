#pragma once

#include "applications/ApplicationForm.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace nodues::workstation {

// One connection that a certificate certifies, as billed when the application was submitted.
struct CertificateConnection
{
    QString ivrs;    // text: a leading zero is kept
    QString name;    // the name on the bill
    QString address; // the address on the bill
    QString dcCode;
    QString dcName;   // empty when unknown; the certificate then shows the code alone
    QString dcNameHi; // empty when unknown; the Hindi half then uses dcName
    // UTC; the certificate prints its IST date as "no dues as on DD-MM-YYYY".
    QDateTime noDuesAsOf;
};

// The officer who approved the application, with the office that issues the certificate.
struct CertificateOfficer
{
    QString name;
    QString nameHi; // empty when the account has none; the Hindi half then uses name
    QString designation;
    QString designationHi; // empty when unknown; the Hindi half then uses designation
    QString officeCode;    // the division
    QString officeName;
    QString officeNameHi; // empty when unknown; the Hindi half then uses officeName
};

// Everything printed on one No Dues certificate, as the workstation has it after approval: the
// application (schema OfficerApplication of docs/api/openapi.yaml), the certificate the server
// issued at approval (schema IssuedCertificate) and the approving officer. CertificateRenderer
// lays it out; CertificateDocumentBuilder fills it from the workstation's cache.
//
// Texts are shown as they are. Fields with a Hindi and an English value go to the Hindi and the
// English half of the page; fields with one value (address, body, ward) are shown once, in the
// script the applicant wrote them in.
struct CertificateDocument
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDocument)

public:
    // Connections certifies that the listed connections have no dues; NoConnection certifies
    // that no connection is found in the applicant's name at the DC named by dcCode.
    ApplicationKind kind = ApplicationKind::Connections;

    QString number;            // "NDC/20302/2026-27/000123"
    QDateTime issuedAt;        // UTC, the approval; printed as IST date and time
    QString applicationNumber; // "APP/2030201/2026-27/000045"

    QString companyName;   // the issuing company, English
    QString companyNameHi; // the issuing company, Hindi

    QString applicantName;   // Latin script, as in the QR payload
    QString applicantNameHi; // Devanagari; empty when the applicant gave none
    Relation relation = Relation::Father;
    QString relativeName; // the father or husband
    QString address;

    QString electionTitle;   // the office contested, English: "Sarpanch, Gram Panchayat"
    QString electionTitleHi; // the office contested, Hindi
    QString electionBody;    // the Panchayat, municipal body or society
    QString ward;            // the ward or constituency

    // The DC that handled the application. For NoConnection it is the DC whose records show no
    // connection in the applicant's name.
    QString dcCode;
    QString dcName;
    QString dcNameHi;

    QList<CertificateConnection> connections; // empty for NoConnection
    CertificateOfficer officer;

    // IssuedCertificate.qr_payload and IssuedCertificate.verify_url, which ends in "#" followed by
    // the payload. The QR code holds verify_url exactly.
    QString qrPayload;
    QString verifyUrl;

    // 0 for the original; n > 0 for the n-th reprint, marked "COPY n" on every page.
    int copyNumber = 0;

    bool isCopy() const { return copyNumber > 0; }
    // verifyUrl without its fragment and with percent-encoding undone: the address of the verify
    // page for people to read and type ("https://host/verify/NDC/20302/2026-27/000123"), which
    // the server serves as well as the encoded form that the QR code holds.
    QString verifyPageUrl() const;

    // Checks that every field the certificate prints is present and that the QR payload states
    // the same number, IST issue date, applicant name and connection count as the page. Returns
    // false with a translated message naming the first problem.
    bool validate(QString *error) const;
};

} // namespace nodues::workstation
