#pragma once

#include "demo/DemoOffices.h"

namespace nodues {

class DemoRandom;

namespace DemoAddresses {

// The kind of place a connection supplies, which decides how its address reads.
enum class Setting {
    City,    // a house in a city neighbourhood: "H.No. 45, Shastri Nagar, Govindpura, Bhopal"
    Town,    // a house in a town: "H.No. 12, Ward No. 7, Gandhi Nagar, Ashta, Distt. Sehore"
    Village, // a village near the DC's town: "Village Semri, Post Ashta, Distt. Sehore"
    Farm,    // a field with a pump: "Khasra No. 214/2, Village Semri, Post Ashta, Distt. Sehore"
};

// An address served by dc in English and Hindi. Every address contains commas, so a CSV writer
// must quote it; about one in a hundred also names a landmark in double quotes.
BilingualName draw(DemoRandom &random, const DemoDc &dc, Setting setting);

} // namespace DemoAddresses
} // namespace nodues
