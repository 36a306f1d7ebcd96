#pragma once

#include "storage/Migrations.h"

#include <vector>

namespace nodues::workstation {

// The migrations of the workstation's cache file, in order. A released migration is never
// edited; a change to the schema is a new migration at the end.
const std::vector<Migration> &cacheMigrations();

} // namespace nodues::workstation
