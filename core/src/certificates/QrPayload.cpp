#include "certificates/QrPayload.h"

#include "certificates/CertificateSigningKeys.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// Six fields and the signature.
constexpr qsizetype kPartCount = 7;
// Unpadded base64url of 64 bytes.
constexpr qsizetype kSignatureLength = 86;
constexpr auto kDateFormat = u"yyyyMMdd";

bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isBase64UrlCharacter(char16_t c)
{
    return isAsciiLetterOrDigit(c) || c == u'-' || c == u'_';
}

// "U+000A" for a UTF-16 code unit.
QString codePointName(char16_t c)
{
    return u"U+"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

bool isUpperHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F');
}

// The characters a fragment may contain at all; each field narrows this further.
bool isFragmentCharacter(char16_t c)
{
    return isBase64UrlCharacter(c) || c == u'.' || c == u'~' || c == u'/' || c == u'%';
}

// The bytes of unpadded base64url text of exactly byteCount bytes, or nothing. The text must be
// the canonical encoding: unused low bits of the last character set to zero would otherwise let
// two different texts decode to one signature, so changing such a character would go unnoticed.
std::optional<QByteArray> decodeBase64Url(const QString &text, qsizetype byteCount)
{
    if (text.size() != (4 * byteCount + 2) / 3)
        return std::nullopt;
    for (const QChar character : text) {
        if (!isBase64UrlCharacter(character.unicode()))
            return std::nullopt;
    }
    const QByteArray latin = text.toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(latin, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != byteCount)
        return std::nullopt;
    if (decoded.decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) != latin)
        return std::nullopt;
    return decoded.decoded;
}

bool isCertificateNumber(const QString &text)
{
    static const QRegularExpression pattern(u"^NDC/[A-Z0-9]{1,12}/[0-9]{4}-[0-9]{2}/[0-9]{6,9}$"_s);
    return pattern.match(text).hasMatch();
}

QString certificateNumberError(const QString &number)
{
    return QrPayload::tr("The certificate number \"%1\" is not of the form NDC/<division code>/<fiscal year>/<serial>, "
                         "such as NDC/20302/2026-27/000123.")
        .arg(number);
}

QString connectionCountError(const QString &count)
{
    return QrPayload::tr("The number of connections \"%1\" is not a whole number from 0 to %2 without leading zeros.")
        .arg(count, QString::number(QrPayload::kMaxConnectionCount));
}

// The decoded applicant name of an encoded one, or nothing with error set.
std::optional<QString> decodeName(const QString &encoded, QString *error)
{
    if (encoded.isEmpty() || encoded.size() > QrPayload::kMaxNameLength) {
        *error = QrPayload::tr("The applicant's name in the QR payload is %1 characters long; it must have 1 to %2.")
                     .arg(QString::number(encoded.size()), QString::number(QrPayload::kMaxNameLength));
        return std::nullopt;
    }

    QByteArray bytes;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char16_t c = encoded.at(i).unicode();
        if (c == u'_') {
            bytes += ' ';
        } else if (c == u'~') {
            bytes += '.';
        } else if (isAsciiLetterOrDigit(c) || c == u'-') {
            bytes += char(c);
        } else if (c == u'%' && i + 2 < encoded.size() && isUpperHexDigit(encoded.at(i + 1).unicode()) &&
                   isUpperHexDigit(encoded.at(i + 2).unicode())) {
            bytes += char(encoded.mid(i + 1, 2).toUShort(nullptr, 16));
            i += 2;
        } else {
            *error = QrPayload::tr("The applicant's name in the QR payload has \"%1\" at position %2, which is "
                                   "neither a letter, a digit, \"-\", \"_\", \"~\" nor an escape such as %C3.")
                         .arg(QString(encoded.at(i)), QString::number(i + 1));
            return std::nullopt;
        }
    }

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString name = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = QrPayload::tr("The applicant's name in the QR payload is not valid UTF-8 once decoded.");
        return std::nullopt;
    }
    return name;
}

// Every byte of bytes as "%XX" with upper-case hexadecimal digits.
QString percentEncoded(const QByteArray &bytes)
{
    QString text;
    for (const char byte : bytes)
        text += u'%' + QString::number(uchar(byte), 16).toUpper().rightJustified(2, u'0');
    return text;
}

// The payload text of valid fields, without the signature.
QString payloadText(const QrPayloadFields &fields, const QString &encodedName, const QString &keyId)
{
    return QString::number(QrPayload::kVersion) + u'.' + fields.certificateNumber + u'.' +
           fields.issueDate.toString(QStringView(kDateFormat).toString()) + u'.' + encodedName + u'.' +
           QString::number(fields.connectionCount) + u'.' + keyId;
}

} // namespace

QString QrPayload::encodeName(const QString &name)
{
    const QString decomposed = name.simplified().normalized(QString::NormalizationForm_KD);
    QString encoded;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        // Take one code point, with both halves of a surrogate pair.
        char32_t codePoint = decomposed.at(i).unicode();
        qsizetype units = 1;
        if (decomposed.at(i).isHighSurrogate() && i + 1 < decomposed.size() && decomposed.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(decomposed.at(i), decomposed.at(i + 1));
            units = 2;
        }
        const QString character = decomposed.mid(i, units);
        i += units - 1;

        // NFKD has split accented Latin letters into the letter and a mark from the Combining
        // Diacritical Marks block; drop the mark. Marks of other scripts are kept and escaped.
        if (codePoint >= 0x0300 && codePoint <= 0x036F)
            continue;
        const QChar::Category category = QChar::category(codePoint);
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate)
            continue;

        QString piece;
        if (codePoint == U' ')
            piece = u"_"_s;
        else if (codePoint == U'.')
            piece = u"~"_s;
        else if (codePoint < 0x80 && (isAsciiLetterOrDigit(char16_t(codePoint)) || codePoint == U'-'))
            piece = character;
        else
            piece = percentEncoded(character.toUtf8());

        if (encoded.size() + piece.size() > kMaxNameLength)
            break;
        encoded += piece;
    }
    while (encoded.endsWith(u'_'))
        encoded.chop(1);
    return encoded;
}

QString QrPayload::build(const QrPayloadFields &fields, const CertificateSigningKeys &keys, QString *error)
{
    if (!isCertificateNumber(fields.certificateNumber)) {
        *error = certificateNumberError(fields.certificateNumber);
        return {};
    }
    if (!fields.issueDate.isValid() || fields.issueDate.year() < 1000 || fields.issueDate.year() > 9999) {
        *error = tr("The issue date of certificate %1 is not set or not a four-digit year's date.")
                     .arg(fields.certificateNumber);
        return {};
    }
    if (fields.connectionCount < 0 || fields.connectionCount > kMaxConnectionCount) {
        *error = connectionCountError(QString::number(fields.connectionCount));
        return {};
    }
    const QString encodedName = encodeName(fields.applicantName);
    if (encodedName.isEmpty()) {
        *error = tr("The applicant's name \"%1\" on certificate %2 is empty once written for the QR code.")
                     .arg(fields.applicantName, fields.certificateNumber);
        return {};
    }
    const std::optional<CertificateSigningKeyInfo> active = keys.activeKey();
    if (!active) {
        *error = tr("No certificate signing key exists yet, so certificate %1 cannot be signed. Create the first "
                    "key with \"nodues-server keys rotate\".")
                     .arg(fields.certificateNumber);
        return {};
    }

    // The payload names the key before it is signed, so sign() must use that same key.
    const QString payload = payloadText(fields, encodedName, active->keyId);
    const std::optional<CertificateSignature> signature = keys.sign(payload.toLatin1(), error);
    if (!signature)
        return {};
    if (signature->keyId != active->keyId) {
        *error = tr("The certificate signing key changed while the QR payload of certificate %1 was signed; build it "
                    "again.")
                     .arg(fields.certificateNumber);
        return {};
    }
    return payload + u'.' +
           QString::fromLatin1(
               signature->signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ParsedQrPayload> QrPayload::parse(const QString &fragment, QrPayloadError *errorKind, QString *error)
{
    QrPayloadError ignoredKind = QrPayloadError::None;
    QrPayloadError &kind = errorKind ? *errorKind : ignoredKind;
    kind = QrPayloadError::None;
    const auto fail = [&kind, error](QrPayloadError failure, const QString &message) -> std::optional<ParsedQrPayload> {
        kind = failure;
        *error = message;
        return std::nullopt;
    };

    // The whole text first: size and alphabet.
    if (fragment.isEmpty())
        return fail(QrPayloadError::Empty, tr("The QR payload is empty."));
    if (fragment.size() > kMaxFragmentLength)
        return fail(QrPayloadError::TooLong,
                    tr("The QR payload has %1 characters; a valid one has at most %2.")
                        .arg(QString::number(fragment.size()), QString::number(kMaxFragmentLength)));
    for (qsizetype i = 0; i < fragment.size(); ++i) {
        const char16_t c = fragment.at(i).unicode();
        if (c > 0x7F)
            return fail(QrPayloadError::NotAscii, tr("The QR payload has the non-ASCII character %1 at position %2.")
                                                      .arg(codePointName(c), QString::number(i + 1)));
        if (!isFragmentCharacter(c))
            return fail(QrPayloadError::InvalidCharacter,
                        tr("The QR payload has the character %1 at position %2, which the format does not use.")
                            .arg(QChar(c).isPrint() ? QString(u'"' + QString(QChar(c)) + u'"') : codePointName(c),
                                 QString::number(i + 1)));
    }

    // The version decides the rest of the layout, so it is checked before the number of parts.
    const QStringList parts = fragment.split(u'.');
    if (parts.constFirst() != QString::number(kVersion))
        return fail(QrPayloadError::UnsupportedVersion,
                    tr("The QR payload has format version \"%1\", but only version %2 is known.")
                        .arg(parts.constFirst(), QString::number(kVersion)));
    if (parts.size() != kPartCount)
        return fail(QrPayloadError::FieldCount,
                    tr("The QR payload has %1 parts separated by \".\", but version %2 has %3: six fields and the "
                       "signature.")
                        .arg(QString::number(parts.size()), QString::number(kVersion), QString::number(kPartCount)));

    // Each field in turn.
    ParsedQrPayload parsed;
    const QString &number = parts.at(1);
    if (!isCertificateNumber(number))
        return fail(QrPayloadError::CertificateNumber, certificateNumberError(number));
    parsed.fields.certificateNumber = number;

    const QString &date = parts.at(2);
    static const QRegularExpression eightDigits(u"^[0-9]{8}$"_s);
    parsed.fields.issueDate = QDate::fromString(date, QStringView(kDateFormat).toString());
    if (!eightDigits.match(date).hasMatch() || !parsed.fields.issueDate.isValid())
        return fail(QrPayloadError::IssueDate,
                    tr("The issue date \"%1\" in the QR payload is not a valid date written as YYYYMMDD.").arg(date));

    QString nameError;
    const std::optional<QString> name = decodeName(parts.at(3), &nameError);
    if (!name)
        return fail(QrPayloadError::ApplicantName, nameError);
    parsed.fields.applicantName = *name;

    const QString &count = parts.at(4);
    static const QRegularExpression countPattern(u"^(0|[1-9][0-9]{0,2})$"_s);
    if (!countPattern.match(count).hasMatch())
        return fail(QrPayloadError::ConnectionCount, connectionCountError(count));
    parsed.fields.connectionCount = count.toInt();

    const QString &keyId = parts.at(5);
    if (!decodeBase64Url(keyId, CertificateSigningKeys::kKeyIdBytes))
        return fail(QrPayloadError::KeyId, tr("The key id \"%1\" in the QR payload is not %2 base64url characters.")
                                               .arg(keyId, QString::number(CertificateSigningKeys::kKeyIdLength)));
    parsed.keyId = keyId;

    const std::optional<QByteArray> signature = decodeBase64Url(parts.at(6), CertificateSigningKeys::kSignatureSize);
    if (!signature)
        return fail(
            QrPayloadError::Signature,
            tr("The signature in the QR payload is not the %1 base64url characters that encode %2 bytes.")
                .arg(QString::number(kSignatureLength), QString::number(CertificateSigningKeys::kSignatureSize)));
    parsed.signature = *signature;
    parsed.signedBytes = fragment.left(fragment.lastIndexOf(u'.')).toLatin1();
    return parsed;
}

QrVerification QrPayload::verify(const QString &fragment, const PublicKeyLookup &lookup, ParsedQrPayload *parsed,
                                 QString *error)
{
    QString ignoredError;
    QString &message = error ? *error : ignoredError;
    message.clear();

    const std::optional<ParsedQrPayload> payload = parse(fragment, nullptr, &message);
    if (!payload)
        return QrVerification::Malformed;
    if (parsed)
        *parsed = *payload;

    const std::optional<QByteArray> publicKey = lookup ? lookup(payload->keyId) : std::nullopt;
    if (!publicKey) {
        message =
            tr("Certificate %1 was signed with the key %2, which is not among the known certificate signing keys.")
                .arg(payload->fields.certificateNumber, payload->keyId);
        return QrVerification::UnknownKey;
    }
    if (!CertificateSigningKeys::verifySignature(*publicKey, payload->signedBytes, payload->signature)) {
        message = tr("The signature in the QR payload of certificate %1 does not match its content: the payload was "
                     "changed, or key %2 did not sign it.")
                      .arg(payload->fields.certificateNumber, payload->keyId);
        return QrVerification::BadSignature;
    }
    return QrVerification::Valid;
}

} // namespace nodues
