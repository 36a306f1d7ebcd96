#include "certificates/PdfSignatureVerifier.h"

#include <QList>
#include <QStringDecoder>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

constexpr const char *kContext = "PdfSignatureVerifier";

// Maximum depth of arrays and dictionaries nested inside the signature dictionary (such as
// /Prop_Build). Signing programs nest a few levels, so this leaves room to spare.
constexpr int kMaxNestingDepth = 16;

// Maximum number of entries. A signature dictionary typically has about a dozen. The cap keeps the
// duplicate-key check, which compares each key with the ones before it, from growing
// quadratically on a hostile file.
constexpr qsizetype kMaxDictionaryEntries = 64;

// Maximum digits of an integer in /ByteRange and in an object header. 18 digits always fit in qint64.
constexpr qsizetype kMaxIntegerDigits = 18;

template<auto Free> struct OpenSslDeleter
{
    template<typename T> void operator()(T *object) const { Free(object); }
};

void freeCertificates(STACK_OF(X509) * certificates)
{
    sk_X509_pop_free(certificates, X509_free);
}

// A stack that does not own its certificates.
void freeCertificateView(STACK_OF(X509) * certificates)
{
    sk_X509_free(certificates);
}

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;
using CertificatesPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeCertificates>>;
using CertificateViewPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeCertificateView>>;
using SigningCertPtr = std::unique_ptr<ESS_SIGNING_CERT, OpenSslDeleter<ESS_SIGNING_CERT_free>>;
using SigningCertV2Ptr = std::unique_ptr<ESS_SIGNING_CERT_V2, OpenSslDeleter<ESS_SIGNING_CERT_V2_free>>;

// Empties the thread's OpenSSL error queue on entry and on exit. Errors are read from the oldest,
// so an error left over from earlier work would otherwise show up in this check's detail.
class OpenSslErrorScope final
{
public:
    OpenSslErrorScope() { ERR_clear_error(); }
    ~OpenSslErrorScope() { ERR_clear_error(); }
    Q_DISABLE_COPY_MOVE(OpenSslErrorScope)
};

// Removes OpenSSL's queued errors and returns their texts, oldest first, for logs. reasons (optional)
// receives their reason codes.
QString takeOpenSslErrors(QList<int> *reasons = nullptr)
{
    QStringList texts;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        texts.append(QString::fromUtf8(buffer));
        if (reasons)
            reasons->append(ERR_GET_REASON(code));
    }
    return texts.join(u"; "_s);
}

// text for logs, followed by OpenSSL's queued errors when there are any.
QString withOpenSslErrors(const QString &text)
{
    const QString errors = takeOpenSslErrors();
    return errors.isEmpty() ? text : text + u": "_s + errors;
}

// PDF character classes (ISO 32000-1, 7.2.2).
bool isWhitespace(char c)
{
    return c == '\0' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' ||
           c == '%';
}

bool isRegular(char c)
{
    return !isWhitespace(c) && !isDelimiter(c);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A name's characters after the slash with #xx escapes decoded, or empty for a malformed escape.
QByteArray decodeName(QByteArrayView raw)
{
    QByteArray name;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '#') {
            name += raw[i];
            continue;
        }
        if (i + 2 >= raw.size() || hexValue(raw[i + 1]) < 0 || hexValue(raw[i + 2]) < 0)
            return {};
        name += char(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2]));
        i += 2;
    }
    return name;
}

enum class TokenKind {
    Name,
    Number,
    LiteralString,
    HexString,
    ArrayBegin,
    ArrayEnd,
    DictBegin,
    DictEnd,
    Keyword,
    End,
    Invalid
};

struct Token
{
    TokenKind kind = TokenKind::End;
    qsizetype begin = 0;
    qsizetype end = 0; // one past the last byte
};

// Splits PDF object syntax into tokens. Strings are scanned, not decoded; stream data is not
// handled because a signature dictionary has none.
class Lexer final
{
public:
    Lexer(const QByteArray &data, qsizetype position)
        : m_data(data)
        , m_position(position)
    {
    }

    qsizetype position() const { return m_position; }
    void setPosition(qsizetype position) { m_position = position; }

    QByteArrayView text(const Token &token) const
    {
        return QByteArrayView(m_data).sliced(token.begin, token.end - token.begin);
    }

    Token next()
    {
        skipWhitespaceAndComments();
        const qsizetype size = m_data.size();
        const qsizetype begin = m_position;
        if (begin >= size)
            return {TokenKind::End, begin, begin};

        const char c = m_data[begin];
        const char following = begin + 1 < size ? m_data[begin + 1] : '\0';
        if (c == '[' || c == ']') {
            m_position = begin + 1;
            return {c == '[' ? TokenKind::ArrayBegin : TokenKind::ArrayEnd, begin, m_position};
        }
        if ((c == '<' && following == '<') || (c == '>' && following == '>')) {
            m_position = begin + 2;
            return {c == '<' ? TokenKind::DictBegin : TokenKind::DictEnd, begin, m_position};
        }
        if (c == '<')
            return scanHexString(begin);
        if (c == '(')
            return scanLiteralString(begin);
        if (c == '/') {
            m_position = begin + 1;
            while (m_position < size && isRegular(m_data[m_position]))
                ++m_position;
            return {TokenKind::Name, begin, m_position};
        }
        if (!isRegular(c))
            return {TokenKind::Invalid, begin, begin};

        bool numeric = true;
        while (m_position < size && isRegular(m_data[m_position])) {
            const char r = m_data[m_position];
            numeric = numeric && (isDigit(r) || r == '+' || r == '-' || r == '.');
            ++m_position;
        }
        return {numeric ? TokenKind::Number : TokenKind::Keyword, begin, m_position};
    }

private:
    void skipWhitespaceAndComments()
    {
        const qsizetype size = m_data.size();
        while (m_position < size) {
            const char c = m_data[m_position];
            if (c == '%') {
                while (m_position < size && m_data[m_position] != '\n' && m_data[m_position] != '\r')
                    ++m_position;
            } else if (isWhitespace(c)) {
                ++m_position;
            } else {
                return;
            }
        }
    }

    Token scanHexString(qsizetype begin)
    {
        qsizetype i = begin + 1;
        while (i < m_data.size() && m_data[i] != '>') {
            if (hexValue(m_data[i]) < 0 && !isWhitespace(m_data[i]))
                return {TokenKind::Invalid, begin, i};
            ++i;
        }
        if (i >= m_data.size())
            return {TokenKind::Invalid, begin, i};
        m_position = i + 1;
        return {TokenKind::HexString, begin, m_position};
    }

    // Balanced parentheses may appear unescaped inside a literal string. The count is a plain
    // integer, so deep nesting costs no stack.
    Token scanLiteralString(qsizetype begin)
    {
        qsizetype depth = 1;
        qsizetype i = begin + 1;
        while (i < m_data.size() && depth > 0) {
            const char c = m_data[i];
            if (c == '\\')
                ++i;
            else if (c == '(')
                ++depth;
            else if (c == ')')
                --depth;
            ++i;
        }
        if (depth > 0)
            return {TokenKind::Invalid, begin, qMin(i, m_data.size())};
        m_position = i;
        return {TokenKind::LiteralString, begin, m_position};
    }

    const QByteArray &m_data;
    qsizetype m_position = 0;
};

// A literal string's bytes with escapes resolved and end-of-line markers made LF
// (ISO 32000-1, 7.3.4.2). raw includes the outer parentheses.
QByteArray decodeLiteralString(QByteArrayView raw)
{
    QByteArray bytes;
    const qsizetype last = raw.size() - 1; // the closing parenthesis
    for (qsizetype i = 1; i < last; ++i) {
        const char c = raw[i];
        if (c == '\r') {
            bytes += '\n';
            if (i + 1 < last && raw[i + 1] == '\n')
                ++i;
            continue;
        }
        if (c != '\\') {
            bytes += c;
            continue;
        }

        const char escaped = raw[++i];
        if (escaped >= '0' && escaped <= '7') {
            int value = escaped - '0';
            for (int digits = 1; digits < 3 && i + 1 < last && raw[i + 1] >= '0' && raw[i + 1] <= '7'; ++digits)
                value = value * 8 + (raw[++i] - '0');
            bytes += char(value & 0xff);
        } else if (escaped == '\r') {
            if (i + 1 < last && raw[i + 1] == '\n')
                ++i;
        } else if (escaped == 'n') {
            bytes += '\n';
        } else if (escaped == 'r') {
            bytes += '\r';
        } else if (escaped == 't') {
            bytes += '\t';
        } else if (escaped == 'b') {
            bytes += '\b';
        } else if (escaped == 'f') {
            bytes += '\f';
        } else if (escaped != '\n') {
            // "\(", "\)" and "\\" are the character itself. Before any other character the
            // backslash is ignored.
            bytes += escaped;
        }
    }
    return bytes;
}

// A hex string's bytes. raw includes the angle brackets, and a missing last digit counts as 0.
QByteArray decodeHexString(QByteArrayView raw)
{
    QByteArray bytes;
    int high = -1;
    for (qsizetype i = 1; i + 1 < raw.size(); ++i) {
        const int value = hexValue(raw[i]);
        if (value < 0)
            continue;
        if (high < 0) {
            high = value;
        } else {
            bytes += char(high * 16 + value);
            high = -1;
        }
    }
    if (high >= 0)
        bytes += char(high * 16);
    return bytes;
}

// A PDF text string (ISO 32000-2, 7.9.2.2): UTF-16BE or UTF-8 after a byte order mark,
// otherwise PDFDocEncoding, which differs from Latin-1 in 0x18-0x1F and 0x7F-0xA0.
QString decodeTextString(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringConverter::Utf16BE).decode(QByteArrayView(bytes).sliced(2));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(QByteArrayView(bytes).sliced(3));

    static constexpr char16_t kLow[] = {0x02D8, 0x02C7, 0x02C6, 0x02D9, 0x02DD, 0x02DB, 0x02DA, 0x02DC};
    static constexpr char16_t kHigh[] = {0xFFFD, 0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044,
                                         0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C, 0x201D, 0x2018, 0x2019,
                                         0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160, 0x0178, 0x017D,
                                         0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0xFFFD, 0x20AC};
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x18 && byte <= 0x1F)
            text += QChar(kLow[byte - 0x18]);
        else if (byte >= 0x7F && byte <= 0xA0)
            text += QChar(kHigh[byte - 0x7F]);
        else if (byte == 0xAD)
            text += QChar(0xFFFD);
        else
            text += QChar(char16_t(byte));
    }
    return text;
}

struct NameOccurrences
{
    qsizetype count = 0;
    qsizetype first = -1; // offset of the slash
};

// Every name in data that decodes to target, also inside streams and strings: a second
// signature dictionary cannot hide behind a #xx escape. The scan is linear because a name
// ends at the next delimiter.
NameOccurrences findNames(const QByteArray &data, QByteArrayView target)
{
    NameOccurrences found;
    for (qsizetype slash = data.indexOf('/'); slash >= 0; slash = data.indexOf('/', slash + 1)) {
        qsizetype end = slash + 1;
        while (end < data.size() && isRegular(data[end]))
            ++end;
        if (decodeName(QByteArrayView(data).sliced(slash + 1, end - slash - 1)) == target) {
            if (found.count == 0)
                found.first = slash;
            ++found.count;
        }
    }
    return found;
}

// Position just after the "N G obj" header of the indirect object around offset, or -1 when the
// nearest "obj" before offset is not such a header (for example "endobj" of the previous object).
// NOTE: a string entry before /ByteRange that contains the letters "obj" (as in "object") makes
// the dictionary unreadable here, so the file is rejected. Signing programs should write
// /ByteRange first.
qsizetype findObjectBody(const QByteArray &data, qsizetype offset)
{
    const qsizetype obj = data.lastIndexOf("obj", offset - 1);
    if (obj < 0 || (obj + 3 < data.size() && isRegular(data[obj + 3])))
        return -1;

    // Walk back over whitespace, generation, whitespace and object number.
    qsizetype i = obj;
    for (int part = 0; part < 4; ++part) {
        const bool digits = part % 2 == 1;
        const qsizetype end = i;
        while (i > 0 && (digits ? isDigit(data[i - 1]) : isWhitespace(data[i - 1])))
            --i;
        if (i == end || (digits && end - i > kMaxIntegerDigits))
            return -1;
    }
    if (i > 0 && isRegular(data[i - 1]))
        return -1;
    return obj + 3;
}

struct DictionaryEntry
{
    QByteArray key;
    Token keyToken;
    Token value; // the value's first token
};

// Reads the entries of a dictionary whose "<<" the lexer has just passed, up to its ">>".
// Nested arrays and dictionaries are skipped with an explicit stack of at most kMaxNestingDepth.
bool readDictionary(Lexer &lexer, QList<DictionaryEntry> *entries, QString *error)
{
    for (;;) {
        const Token keyToken = lexer.next();
        if (keyToken.kind == TokenKind::DictEnd)
            return true;
        if (keyToken.kind != TokenKind::Name) {
            *error = u"expected a name or >> at offset %1"_s.arg(keyToken.begin);
            return false;
        }
        if (entries->size() == kMaxDictionaryEntries) {
            *error = u"more than %1 entries"_s.arg(kMaxDictionaryEntries);
            return false;
        }
        DictionaryEntry entry{decodeName(lexer.text(keyToken).sliced(1)), keyToken, lexer.next()};
        for (const DictionaryEntry &other : std::as_const(*entries)) {
            if (other.key == entry.key) {
                *error = u"the key /%1 appears twice"_s.arg(QString::fromLatin1(entry.key));
                return false;
            }
        }

        Token last = entry.value;
        if (last.kind == TokenKind::ArrayBegin || last.kind == TokenKind::DictBegin) {
            TokenKind open[kMaxNestingDepth];
            int depth = 0;
            open[depth++] = last.kind;
            while (depth > 0) {
                last = lexer.next();
                if (last.kind == TokenKind::ArrayBegin || last.kind == TokenKind::DictBegin) {
                    if (depth == kMaxNestingDepth) {
                        *error = u"nesting deeper than %1 at offset %2"_s.arg(kMaxNestingDepth).arg(last.begin);
                        return false;
                    }
                    open[depth++] = last.kind;
                } else if (last.kind == TokenKind::ArrayEnd || last.kind == TokenKind::DictEnd) {
                    const TokenKind expected =
                        last.kind == TokenKind::ArrayEnd ? TokenKind::ArrayBegin : TokenKind::DictBegin;
                    if (open[--depth] != expected) {
                        *error = u"unbalanced brackets at offset %1"_s.arg(last.begin);
                        return false;
                    }
                } else if (last.kind == TokenKind::End || last.kind == TokenKind::Invalid) {
                    *error = u"unterminated value of /%1"_s.arg(QString::fromLatin1(entry.key));
                    return false;
                }
            }
        } else if (last.kind == TokenKind::Number) {
            // An indirect reference "N G R" is one value.
            const qsizetype resume = lexer.position();
            const Token generation = lexer.next();
            const Token keyword = lexer.next();
            if (generation.kind == TokenKind::Number && keyword.kind == TokenKind::Keyword &&
                lexer.text(keyword) == "R")
                last = keyword;
            else
                lexer.setPosition(resume);
        } else if (last.kind != TokenKind::Name && last.kind != TokenKind::LiteralString &&
                   last.kind != TokenKind::HexString && last.kind != TokenKind::Keyword) {
            *error =
                u"missing or invalid value of /%1 at offset %2"_s.arg(QString::fromLatin1(entry.key)).arg(last.begin);
            return false;
        }
        entries->append(entry);
    }
}

struct SignatureDictionary
{
    std::array<qint64, 4> byteRange{};
    Token contents;
    QByteArray subFilter;
    QString reason;
    QString location;
    QString name;
    QString dictionaryTime;
};

const DictionaryEntry *findEntry(const QList<DictionaryEntry> &entries, QByteArrayView key)
{
    for (const DictionaryEntry &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

bool readByteRange(Lexer &lexer, const DictionaryEntry &entry, std::array<qint64, 4> *byteRange, QString *error)
{
    lexer.setPosition(entry.value.begin);
    bool valid = lexer.next().kind == TokenKind::ArrayBegin;
    for (qint64 &number : *byteRange) {
        const Token token = lexer.next();
        const QByteArrayView digits = lexer.text(token);
        valid = valid && token.kind == TokenKind::Number && !digits.empty() && digits.size() <= kMaxIntegerDigits &&
                std::all_of(digits.begin(), digits.end(), isDigit);
        number = valid ? digits.toLongLong() : 0;
    }
    valid = valid && lexer.next().kind == TokenKind::ArrayEnd;
    if (!valid)
        *error = u"/ByteRange is not an array of four unsigned integers of at most %1 digits"_s.arg(kMaxIntegerDigits);
    return valid;
}

// Reads the signature dictionary whose /ByteRange key starts at byteRangeKey.
bool readSignatureDictionary(const QByteArray &pdf, qsizetype byteRangeKey, SignatureDictionary *dictionary,
                             QString *error)
{
    const qsizetype body = findObjectBody(pdf, byteRangeKey);
    if (body < 0) {
        *error = u"/ByteRange at offset %1 is not inside an indirect object"_s.arg(byteRangeKey);
        return false;
    }
    Lexer lexer(pdf, body);
    if (lexer.next().kind != TokenKind::DictBegin) {
        *error = u"the object containing /ByteRange is not a dictionary"_s;
        return false;
    }
    QList<DictionaryEntry> entries;
    if (!readDictionary(lexer, &entries, error))
        return false;
    const Token endObject = lexer.next();
    if (endObject.kind != TokenKind::Keyword || lexer.text(endObject) != "endobj") {
        *error = u"the signature dictionary is not followed by endobj"_s;
        return false;
    }

    const DictionaryEntry *byteRange = findEntry(entries, "ByteRange");
    if (!byteRange || byteRange->keyToken.begin != byteRangeKey) {
        *error = u"/ByteRange at offset %1 is not a key of the signature dictionary itself"_s.arg(byteRangeKey);
        return false;
    }
    if (!readByteRange(lexer, *byteRange, &dictionary->byteRange, error))
        return false;

    const DictionaryEntry *contents = findEntry(entries, "Contents");
    if (!contents || contents->value.kind != TokenKind::HexString) {
        *error = u"/Contents is missing or not a hex string"_s;
        return false;
    }
    dictionary->contents = contents->value;

    if (const DictionaryEntry *type = findEntry(entries, "Type")) {
        if (type->value.kind != TokenKind::Name || decodeName(lexer.text(type->value).sliced(1)) != "Sig") {
            *error = u"/Type is not /Sig"_s;
            return false;
        }
    }
    if (const DictionaryEntry *subFilter = findEntry(entries, "SubFilter")) {
        if (subFilter->value.kind != TokenKind::Name) {
            *error = u"/SubFilter is not a name"_s;
            return false;
        }
        dictionary->subFilter = decodeName(lexer.text(subFilter->value).sliced(1));
    }

    const std::pair<QByteArrayView, QString *> textEntries[] = {{"Reason", &dictionary->reason},
                                                                {"Location", &dictionary->location},
                                                                {"Name", &dictionary->name},
                                                                {"M", &dictionary->dictionaryTime}};
    for (const auto &[key, target] : textEntries) {
        const DictionaryEntry *entry = findEntry(entries, key);
        if (!entry)
            continue;
        const QByteArrayView raw = lexer.text(entry->value);
        if (entry->value.kind == TokenKind::LiteralString) {
            *target = decodeTextString(decodeLiteralString(raw));
        } else if (entry->value.kind == TokenKind::HexString) {
            *target = decodeTextString(decodeHexString(raw));
        } else {
            *error = u"/%1 is not a string"_s.arg(QString::fromLatin1(key));
            return false;
        }
    }
    return true;
}

// Whether the ranges are [0 a b c] with a..b exactly the /Contents string and b + c the file size.
bool byteRangeCoversFile(const std::array<qint64, 4> &range, const Token &contents, qsizetype fileSize)
{
    // Every number is at most 18 digits, so the sums cannot overflow.
    return range[0] == 0 && range[1] == contents.begin && range[2] == contents.end && range[2] + range[3] == fileSize;
}

// Whether the file ends with "%%EOF" and at most one end-of-line marker.
bool endsWithEofMarker(const QByteArray &pdf)
{
    QByteArrayView tail(pdf);
    if (tail.endsWith("\r\n"))
        tail.chop(2);
    else if (tail.endsWith('\n') || tail.endsWith('\r'))
        tail.chop(1);
    return tail.endsWith("%%EOF");
}

X509Ptr readSingleCertificate(const QByteArray &pem)
{
    if (pem.size() > INT_MAX)
        return {};
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    X509Ptr first(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!first)
        return {};

    // Reading a second certificate is expected to fail; its error is not one to report.
    ERR_set_mark();
    const X509Ptr second(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_pop_to_mark();
    if (second)
        return {};
    return first;
}

QByteArray derOf(X509 *certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    return i2d_X509(certificate, &out) == length ? der : QByteArray();
}

// RFC 2253 form, keeping UTF-8 (for Devanagari names) instead of escaping it.
QString subjectOf(X509 *certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0,
                                   XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(length));
}

// The signingTime attribute (RFC 5652, 11.3) in UTC; invalid when absent or unreadable.
QDateTime signingTimeOf(CMS_SignerInfo *signer)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0 || CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, index) >= 0)
        return {};
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(signer, index);
    const ASN1_TYPE *value = X509_ATTRIBUTE_count(attribute) == 1 ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return {};
    struct tm parts = {};
    const ASN1_TIME *time = value->type == V_ASN1_UTCTIME ? value->value.utctime : value->value.generalizedtime;
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

// The single value of a signed attribute that contains a DER SEQUENCE, decoded by decode.
template<typename T, typename Decode> T *signedSequenceAttribute(CMS_SignerInfo *signer, int nid, Decode decode)
{
    const auto *sequence =
        static_cast<const ASN1_STRING *>(CMS_signed_get0_data_by_OBJ(signer, OBJ_nid2obj(nid), -3, V_ASN1_SEQUENCE));
    if (!sequence)
        return nullptr;
    const unsigned char *in = ASN1_STRING_get0_data(sequence);
    return decode(nullptr, &in, long(ASN1_STRING_length(sequence)));
}

struct Failure
{
    PdfSignatureStatus status;
    const char *message;
    QStringList arguments;
    QString detail;
};

// Checks /Contents as the CMS over the signed ranges; fills check->signerSubject and
// check->signingTime as far as they are known.
std::optional<Failure> checkCms(const QByteArray &pdf, const SignatureDictionary &dictionary, X509 *expected,
                                PdfSignatureCheck *check)
{
    // Decode the hex string, which must contain digits only. The DER ends at the end of its outer
    // length, and the rest of the placeholder must be zero bytes, so no unsigned data hides in it.
    const QByteArrayView hex = QByteArrayView(pdf).sliced(dictionary.contents.begin + 1,
                                                          dictionary.contents.end - dictionary.contents.begin - 2);
    const auto malformed = [](const QString &detail) {
        return Failure{PdfSignatureStatus::CmsMalformed,
                       QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                         "The signature in the PDF is damaged or incomplete. Sign the certificate "
                                         "again, then upload the signed file."),
                       {},
                       detail};
    };
    if (hex.size() % 2 != 0 || !std::all_of(hex.begin(), hex.end(), [](char c) { return hexValue(c) >= 0; }))
        return malformed(u"/Contents contains characters other than hex digit pairs"_s);
    const QByteArray der = QByteArray::fromHex(hex.toByteArray());
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *in = begin;
    const CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &in, long(der.size())));
    if (!cms)
        return malformed(withOpenSslErrors(u"/Contents is not a CMS ContentInfo"_s));
    if (!std::all_of(der.cbegin() + (in - begin), der.cend(), [](char c) { return c == '\0'; }))
        return malformed(u"non-zero bytes follow the CMS in /Contents"_s);
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed || CMS_is_detached(cms.get()) != 1 ||
        OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data)
        return malformed(u"the CMS is not a detached SignedData over id-data"_s);

    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
    const int signerCount = sk_CMS_SignerInfo_num(signers);
    if (signerCount > 1)
        return Failure{PdfSignatureStatus::SeveralSignatures,
                       QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                         "The signature in the PDF has %1 signers, but it must have exactly one: "
                                         "the approving officer. Sign the unsigned certificate once, then upload it."),
                       {QString::number(signerCount)},
                       {}};
    if (signerCount != 1)
        return malformed(u"the CMS has no SignerInfo"_s);
    CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(signers, 0);

    X509_ALGOR *digest = nullptr;
    CMS_SignerInfo_get0_algs(signer, nullptr, nullptr, &digest, nullptr);
    const int digestNid = digest ? OBJ_obj2nid(digest->algorithm) : NID_undef;
    if (digestNid != NID_sha256 && digestNid != NID_sha384 && digestNid != NID_sha512) {
        const QString digestName = digestNid == NID_undef ? u"unknown"_s : QString::fromLatin1(OBJ_nid2sn(digestNid));
        return Failure{PdfSignatureStatus::WeakDigestAlgorithm,
                       QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                         "The signature uses the digest algorithm %1, which is not accepted. Sign "
                                         "again with SHA-256, SHA-384 or SHA-512."),
                       {digestName},
                       {}};
    }

    // The chain is not checked here (CMS_NO_SIGNER_CERT_VERIFY): the signer certificate is
    // compared with the registered one below instead.
    const auto range = dictionary.byteRange;
    const QByteArray signedBytes = pdf.first(range[1]) + pdf.sliced(range[2], range[3]);
    if (signedBytes.size() > INT_MAX)
        return malformed(u"the signed ranges do not fit in a memory BIO"_s);
    const BioPtr content(BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size())));
    if (!content)
        return malformed(withOpenSslErrors(u"could not create a memory BIO"_s));
    if (CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr,
                   CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
        QList<int> reasons;
        const QString errors = takeOpenSslErrors(&reasons);
        if (reasons.contains(CMS_R_CONTENT_VERIFY_ERROR) || reasons.contains(CMS_R_VERIFICATION_FAILURE))
            return Failure{PdfSignatureStatus::DigestMismatch,
                           QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                             "The signature does not match the content of the PDF, so the file was "
                                             "changed after signing. Upload the file exactly as signing saved it."),
                           {},
                           errors};
        return malformed(u"CMS_verify failed: "_s + errors);
    }

    X509 *signerCertificate = nullptr;
    CMS_SignerInfo_get0_algs(signer, nullptr, &signerCertificate, nullptr, nullptr);
    check->signerSubject = signerCertificate ? subjectOf(signerCertificate) : QString();
    check->signingTime = signingTimeOf(signer);
    const auto notExpected = [&](const QString &detail) {
        return Failure{PdfSignatureStatus::SignerNotExpected,
                       QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                         "The PDF is signed with the certificate of %1, not with the Digital "
                                         "Signature Certificate registered for the approving officer (%2). Sign it "
                                         "with the registered certificate, or ask the administrator to register the "
                                         "new one."),
                       {check->signerSubject, subjectOf(expected)},
                       detail};
    };
    const QByteArray expectedDer = derOf(expected);
    if (!signerCertificate || expectedDer.isEmpty() || derOf(signerCertificate) != expectedDer)
        return notExpected(u"the signer certificate differs from the expected one"_s);

    // CAdES binds the signer certificate into the signed attributes with the ESS signing-certificate
    // or signing-certificate-v2 attribute. Its first entry must be the expected certificate, and
    // any further entries must be certificates the CMS contains.
    const SigningCertPtr essV1(
        signedSequenceAttribute<ESS_SIGNING_CERT>(signer, NID_id_smime_aa_signingCertificate, d2i_ESS_SIGNING_CERT));
    const SigningCertV2Ptr essV2(signedSequenceAttribute<ESS_SIGNING_CERT_V2>(
        signer, NID_id_smime_aa_signingCertificateV2, d2i_ESS_SIGNING_CERT_V2));
    if (!essV1 && !essV2)
        return malformed(
            withOpenSslErrors(u"the CMS lacks a readable ESS signing-certificate attribute, which CAdES requires"_s));
    const CertificatesPtr embedded(CMS_get1_certs(cms.get()));
    const CertificateViewPtr chain(sk_X509_new_null());
    bool chainBuilt = chain && sk_X509_push(chain.get(), expected) > 0;
    for (int i = 0; chainBuilt && i < sk_X509_num(embedded.get()); ++i)
        chainBuilt = sk_X509_push(chain.get(), sk_X509_value(embedded.get(), i)) > 0;
    if (!chainBuilt)
        return malformed(withOpenSslErrors(u"could not build the certificate list"_s));
    if (OSSL_ESS_check_signing_certs(essV1.get(), essV2.get(), chain.get(), 1) != 1)
        return notExpected(
            withOpenSslErrors(u"the ESS signing-certificate attribute does not name the expected certificate"_s));
    return std::nullopt;
}

PdfSignatureCheck finish(PdfSignatureCheck check, const Failure &failure)
{
    check.status = failure.status;
    check.message = TranslatableText{kContext, failure.message, failure.arguments};
    check.detail = failure.detail;
    return check;
}

} // namespace

PdfSignatureCheck PdfSignatureVerifier::verify(const QByteArray &pdf, const QByteArray &expectedCertificatePem)
{
    const OpenSslErrorScope errorScope;
    PdfSignatureCheck check;

    const X509Ptr expected = readSingleCertificate(expectedCertificatePem);
    if (!expected)
        return finish(check, {PdfSignatureStatus::ExpectedCertificateMalformed,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The Digital Signature Certificate registered for the approving "
                                                "officer could not be read, so no signature can be checked. Ask the "
                                                "administrator to register the certificate again."),
                              {},
                              withOpenSslErrors(u"the expected certificate is not exactly one PEM certificate"_s)});

    if (!pdf.startsWith("%PDF-"))
        return finish(check, {PdfSignatureStatus::NotPdf,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The uploaded file is not a complete PDF. Upload the signed "
                                                "certificate PDF again."),
                              {},
                              u"the file does not start with %PDF-"_s});

    // Exactly one signature: one /ByteRange name anywhere in the file.
    const NameOccurrences byteRanges = findNames(pdf, "ByteRange");
    if (byteRanges.count == 0)
        return finish(check, {PdfSignatureStatus::NoSignature,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The PDF is not signed. Sign the certificate with your Digital "
                                                "Signature Certificate, then upload the signed file."),
                              {},
                              {}});
    if (byteRanges.count > 1)
        return finish(check, {PdfSignatureStatus::SeveralSignatures,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The PDF has %1 signatures, but a certificate must have exactly one: "
                                                "the approving officer's. Sign the unsigned certificate once, then "
                                                "upload it."),
                              {QString::number(byteRanges.count)},
                              {}});

    SignatureDictionary dictionary;
    QString error;
    if (!readSignatureDictionary(pdf, byteRanges.first, &dictionary, &error))
        return finish(check, {PdfSignatureStatus::SignatureDictionaryMalformed,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The signature field of the PDF is damaged or not in the expected "
                                                "form. Sign the certificate again, then upload the signed file."),
                              {},
                              error});
    check.byteRange = dictionary.byteRange;
    check.subFilter = QString::fromLatin1(dictionary.subFilter);
    check.reason = dictionary.reason;
    check.location = dictionary.location;
    check.name = dictionary.name;
    check.dictionaryTime = dictionary.dictionaryTime;

    if (!byteRangeCoversFile(dictionary.byteRange, dictionary.contents, pdf.size())) {
        const auto &range = dictionary.byteRange;
        return finish(check, {PdfSignatureStatus::ByteRangeNotCoveringFile,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The signature does not cover the whole PDF, so the file was changed "
                                                "or extended after signing. Upload the file exactly as signing saved "
                                                "it."),
                              {},
                              u"/ByteRange [%1 %2 %3 %4] but /Contents spans %5 to %6 of %7 bytes"_s.arg(range[0])
                                  .arg(range[1])
                                  .arg(range[2])
                                  .arg(range[3])
                                  .arg(dictionary.contents.begin)
                                  .arg(dictionary.contents.end)
                                  .arg(pdf.size())});
    }

    if (!endsWithEofMarker(pdf))
        return finish(check, {PdfSignatureStatus::NotPdf,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The uploaded file is not a complete PDF. Upload the signed "
                                                "certificate PDF again."),
                              {},
                              u"the signed file does not end with %%EOF"_s});

    if (dictionary.subFilter.isEmpty())
        return finish(check, {PdfSignatureStatus::WrongSubFilter,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The signature does not name its format, so it is not a PAdES "
                                                "signature. Sign the certificate with the NoDues workstation."),
                              {},
                              u"/SubFilter is missing"_s});
    if (dictionary.subFilter != "ETSI.CAdES.detached")
        return finish(check, {PdfSignatureStatus::WrongSubFilter,
                              QT_TRANSLATE_NOOP("PdfSignatureVerifier",
                                                "The signature has the format \"%1\", but only PAdES signatures "
                                                "(ETSI.CAdES.detached) are accepted. Sign the certificate with the "
                                                "NoDues workstation."),
                              {check.subFilter},
                              {}});

    if (const std::optional<Failure> failure = checkCms(pdf, dictionary, expected.get(), &check))
        return finish(check, *failure);
    return finish(check, {PdfSignatureStatus::Valid,
                          QT_TRANSLATE_NOOP("PdfSignatureVerifier", "The PDF carries a valid signature by %1."),
                          {check.signerSubject},
                          {}});
}

} // namespace nodues
