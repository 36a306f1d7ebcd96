#pragma once

#include "demo/DemoOffices.h"

namespace nodues {

class DemoRandom;

// A consumer as the demo billing data names them. Hindi forms spell the same names as the
// English ones.
struct DemoConsumer
{
    BilingualName name;
    BilingualName relativeName; // father's or husband's name; empty for a business
    BilingualName surname;      // empty for a business or a person billed without one
    bool muslim = false;        // which pool of given names the family draws from
    bool female = false;
};

namespace DemoNames {

// A person with given names and surnames common in Madhya Pradesh.
DemoConsumer drawPerson(DemoRandom &random);
// Another member of relative's household with the same surname: a wife or son of a man, or a
// son of a woman (named with her husband, or without a relative when she has none on record).
DemoConsumer drawFamilyMember(DemoRandom &random, const DemoConsumer &relative);
// A shop or office (non-domestic tariff), or with industrial set a factory (HT tariff).
DemoConsumer drawBusiness(DemoRandom &random, bool industrial);

} // namespace DemoNames
} // namespace nodues
