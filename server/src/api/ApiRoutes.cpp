#include "api/ApiRoutes.h"

#include "api/CertificateDownloadRoutes.h"
#include "api/CertificatePrintRoutes.h"
#include "api/CertificateUploadRoutes.h"
#include "api/ConsumerApplicationRoutes.h"
#include "api/ConsumerAuthRoutes.h"
#include "api/ConsumerConnectionRoutes.h"
#include "api/OfficerApplicationRoutes.h"
#include "api/OfficerAuthRoutes.h"
#include "api/OfficerBatchRoutes.h"
#include "api/OfficerCertificateDownloadRoutes.h"
#include "api/OfficerRevocationRoutes.h"
#include "api/PublicVerifyRoutes.h"
#include "api/ServerContext.h"
#include "http/SystemRoutes.h"

namespace nodues::server {

void addApiRoutes(Router &router, ServerContext &context, const QString &serverVersion)
{
    addSystemRoutes(router, context.database(), serverVersion);
    addConsumerAuthRoutes(router, context);
    addConsumerConnectionRoutes(router, context);
    addConsumerApplicationRoutes(router, context);
    addCertificateDownloadRoutes(router, context);
    addOfficerAuthRoutes(router, context);
    addOfficerApplicationRoutes(router, context);
    addCertificateUploadRoutes(router, context);
    addOfficerCertificateDownloadRoutes(router, context);
    addCertificatePrintRoutes(router, context);
    addPublicVerifyRoutes(router, context);
    addOfficerBatchRoutes(router, context);
    addOfficerRevocationRoutes(router, context);
}

} // namespace nodues::server
