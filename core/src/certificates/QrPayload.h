#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace nodues {

class CertificateSigningKeys;

// The facts of a certificate that its QR code carries.
struct QrPayloadFields
{
    QString certificateNumber; // "NDC/20302/2026-27/000123"
    QDate issueDate;           // the IST calendar date of issue: Timestamp::toIst(issuedAt).date()
    QString applicantName;     // Latin script, as on the certificate's English half
    int connectionCount = 0;   // connections the certificate names; 0 for "no connection found"
};

// A payload that matched the grammar. Its signature is not checked yet: see QrPayload::verify().
struct ParsedQrPayload
{
    QrPayloadFields fields; // applicantName decoded, so it reads "R.K. Sharma", not "R~K~_Sharma"
    QString keyId;          // the id of the key that signed it
    QByteArray signedBytes; // the bytes the signature covers: everything before the last "."
    QByteArray signature;   // 64 bytes
};

// The kinds of malformed payload that parse() distinguishes.
enum class QrPayloadError {
    None,
    Empty,
    TooLong,            // longer than QrPayload::kMaxFragmentLength
    NotAscii,           // a character above U+007F
    InvalidCharacter,   // an ASCII character that the grammar does not use
    FieldCount,         // not 7 parts separated by "." (a missing signature or an extra field)
    UnsupportedVersion, // a version other than 1
    CertificateNumber,
    IssueDate,
    ApplicantName,
    ConnectionCount,
    KeyId,
    Signature, // not 86 base64url characters, or not the canonical encoding of 64 bytes
};

enum class QrVerification {
    Valid,        // well formed, and the named key's signature matches
    UnknownKey,   // well formed, but no known public key has its key id
    BadSignature, // well formed, but the signature does not match: changed or forged
    Malformed,    // not a payload of this grammar; see QrPayloadError
};

// The signed payload of a certificate's QR code.
//
// The QR code contains the URL of the public verify page with the payload as its fragment, the
// text after "#". A phone camera opens the page, and the page or an offline verifier that has
// the published public keys checks the signature without a network. The fragment is printable
// ASCII built from A-Z a-z 0-9 and - _ . ~ / % only, which URL parsers and browsers pass on
// unchanged.
//
// Grammar of version 1, in ABNF (RFC 5234, whose strings are case-insensitive: every letter
// below is meant exactly as written, upper case where shown):
//
//   fragment           = payload "." signature
//   payload            = version "." certificate-number "." issue-date "." name "."
//                        connection-count "." key-id
//   version            = "1"
//   certificate-number = "NDC/" division-code "/" fiscal-year "/" serial
//   division-code      = 1*12( %x41-5A / DIGIT )     ; upper-case letters and digits, "20302"
//   fiscal-year        = 4DIGIT "-" 2DIGIT           ; "2026-27"
//   serial             = 6*9DIGIT                    ; "000123"
//   issue-date         = 8DIGIT                      ; YYYYMMDD, a valid Gregorian date, the
//                                                    ; calendar date of issue in IST (UTC+05:30)
//   name               = 1*32name-char               ; at most 32 characters in all
//   name-char          = ALPHA / DIGIT / "-" / "_" / "~" / pct-encoded
//   pct-encoded        = "%" 2( DIGIT / %x41-46 )    ; upper-case hexadecimal only
//   connection-count   = "0" / ( %x31-39 0*2DIGIT )  ; 0 to 999, no leading zero
//   key-id             = 8base64url-char             ; 6 bytes, see CertificateSigningKeys
//   signature          = 86base64url-char            ; 64 bytes, unpadded, so the last
//                                                    ; character is one of "A", "Q", "g", "w"
//   base64url-char     = ALPHA / DIGIT / "-" / "_"   ; RFC 4648 section 5 alphabet
//
// Decoding the name: "_" is a space, "~" is a full stop, "%XX" is the byte XX, and every other
// character is itself. The decoded bytes must be valid UTF-8.
//
// The signature is pure Ed25519 (RFC 8032, no pre-hash) over the ASCII bytes of payload, that
// is, the fragment up to but not including its last ".". An offline verifier takes the text
// after the first "#" of the scanned URL and checks it against the grammar. It then finds the
// published public key whose key id equals key-id and verifies the signature with that key. A
// key id is the first 6 bytes of SHA-256 over the raw 32-byte public key, as unpadded base64url.
// verify() below uses libsodium's crypto_sign_verify_detached(), and TestQrPayload also checks a
// payload with OpenSSL 3.0's "openssl pkeyutl -verify -rawin".
//
// Size: the fragment of a typical certificate (number "NDC/20302/2026-27/000123", name "Ramesh
// Kumar Sharma", one connection) is 153 bytes, and the longest the grammar allows is 178 bytes
// (TestQrPayload measures both). The verify page's URL comes in front of it in the QR code.
class QrPayload final
{
    Q_DECLARE_TR_FUNCTIONS(QrPayload)

public:
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxNameLength = 32;
    static constexpr int kMaxConnectionCount = 999;
    // parse() rejects longer text before looking at it; a valid fragment has at most 178 bytes.
    static constexpr qsizetype kMaxFragmentLength = 256;

    // Returns the raw 32-byte public key of a key id, or nothing for an unknown id. Use
    // [&keys](const QString &id) { return keys.publicKey(id); } with a CertificateSigningKeys.
    using PublicKeyLookup = std::function<std::optional<QByteArray>(const QString &keyId)>;

    // Builds the payload of fields, names the active key of keys in it and appends that key's
    // signature. The name is written with encodeName(). Returns an empty string with error set
    // when a field is invalid or keys has no key yet.
    static QString build(const QrPayloadFields &fields, const CertificateSigningKeys &keys, QString *error);

    // Checks fragment (the text after "#", without the "#") against the grammar and decodes it.
    // On failure returns nothing, sets errorKind (optional) and error.
    static std::optional<ParsedQrPayload> parse(const QString &fragment, QrPayloadError *errorKind, QString *error);

    // Parses fragment and checks its signature with the public key that lookup returns for its
    // key id. parsed (optional) receives the payload when it is well formed, whatever the
    // signature; error (optional) explains every outcome other than Valid.
    static QrVerification verify(const QString &fragment, const PublicKeyLookup &lookup,
                                 ParsedQrPayload *parsed = nullptr, QString *error = nullptr);

    // Encodes name for the payload. Runs of whitespace become one space, Latin letters lose their
    // accents ("Rāmesh" becomes "Ramesh"), and control and formatting characters are dropped.
    // A space is written "_" and a full stop "~". Any other character outside A-Z a-z 0-9 "-" is
    // written as its UTF-8 bytes in %XX escapes. The result ends after the last whole character
    // that fits in kMaxNameLength, without a trailing space. Empty when nothing is left.
    static QString encodeName(const QString &name);
};

} // namespace nodues
