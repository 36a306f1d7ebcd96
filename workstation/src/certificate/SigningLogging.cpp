#include "certificate/SigningLogging.h"

namespace nodues::workstation {

Q_LOGGING_CATEGORY(lcSigning, "nodues.certificate.signing")

} // namespace nodues::workstation
