#pragma once

#include <QString>

namespace nodues::workstation {

// The reason a signing key could not be used or a certificate PDF could not be signed.
enum class SigningErrorCode {
    None,
    ModuleUnavailable,   // the PKCS#11 module could not be loaded, or it failed
    TokenNotFound,       // no token matches the pkcs11: URI: it is unplugged or the URI names another
    KeyNotFound,         // the token or file has no private key that matches
    CertificateNotFound, // the token or file has no certificate for the key
    WrongSecret,         // the PIN or the PKCS#12 passphrase is wrong
    SecretLocked,        // the token locked its PIN after too many wrong tries
    SecretRejected,      // the token refused the PIN for another reason (too short, expired)
    FileUnreadable,      // the PKCS#12 file is missing, unreadable or not PKCS#12
    KeyUnsupported,      // the key is not RSA or EC
    CertificateMismatch, // the certificate is not the one of the private key
    NotRegistered,       // the certificate is not the DSC registered for the officer on the server
    NotUnlocked,         // the key was used before unlock() succeeded
    PdfUnreadable,       // the certificate PDF could not be parsed
    PdfAlreadySigned,    // the PDF already carries a signature
    SigningFailed,       // the signature could not be made, or the signed PDF did not check out
};

// The outcome of a failed signing step: a message for the officer, translated when it was made,
// and an English detail for the log. Neither ever contains the PIN or the passphrase.
struct SigningError
{
    SigningErrorCode code = SigningErrorCode::None;
    QString message; // what failed and what to do, for people
    QString detail;  // English, for logs: OpenSSL's or PoDoFo's errors; may be empty

    bool isError() const { return code != SigningErrorCode::None; }
};

} // namespace nodues::workstation
