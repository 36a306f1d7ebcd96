#include "certificate/IssuedCertificate.h"

#include "cache/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

std::optional<IssuedCertificate> IssuedCertificate::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields fields(json, u"certificate"_s);
    IssuedCertificate issued;
    issued.number = fields.text(u"number"_s);
    issued.issuedAt = fields.instant(u"issued_at"_s);
    issued.qrPayload = fields.text(u"qr_payload"_s);
    issued.verifyUrl = fields.text(u"verify_url"_s);
    if (fields.ok() && !issued.verifyUrl.endsWith(u'#' + issued.qrPayload))
        fields.fail(u"%1 does not end in \"#\" and qr_payload"_s.arg(fields.pathOf(u"verify_url"_s)));

    if (!fields.ok()) {
        if (error)
            *error = fields.error();
        return std::nullopt;
    }
    return issued;
}

} // namespace nodues::workstation
