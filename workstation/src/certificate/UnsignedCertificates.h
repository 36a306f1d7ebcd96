#pragma once

#include "cache/CertificateFiles.h"

#include <QString>

#include <optional>

namespace nodues::workstation {

struct CachedApplication;

// Which cached certificates still wait for the approving officer's signature. The window's Sign
// action and the headless `nodues-workstation --sign-batch` both choose with these functions, so
// they offer the same certificates.

// Whether the officer with username approved application: the newest "approved" event names the
// approving officer as "officer:<username>". Usernames compare case-insensitively, as the server
// treats them.
bool isApprovedBy(const CachedApplication &application, const QString &username);

// Whether application's certificate still needs a signature: the application is approved, and its
// certificate is neither revoked nor published. storedPdf is the cache's entry for the
// certificate (CertificateFiles::entry()). A stored PDF counts only while the server has not
// rejected it, because signing again replaces a rejected one.
bool needsSignature(const CachedApplication &application, const std::optional<CertificateFileEntry> &storedPdf);

} // namespace nodues::workstation
