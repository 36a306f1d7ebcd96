#pragma once

#include "storage/Database.h"

namespace nodues::test {

// Inserts a small office tree straight into the office table, for tests that need offices
// without going through the CSV import:
//   MPMK (company) > BPL (region) > C-BPL (circle) > 20302 (division) > 2030201, 2030202 (DCs)
//                                                  > 20303 (division) > 2030301 (DC)
// Fails the running test on a database error.
void insertOfficeTree(Database &database);

} // namespace nodues::test
