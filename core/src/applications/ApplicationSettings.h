#pragma once

namespace nodues {

// Rules of the application workflow that an administrator may change ([applications] in the
// server configuration).
struct ApplicationSettings
{
    // The Election Commission asks for a No Dues certificate within 48 hours of the request.
    int slaHours = 48;
};

} // namespace nodues
