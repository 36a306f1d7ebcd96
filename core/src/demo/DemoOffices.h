#pragma once

#include <QList>
#include <QString>

namespace nodues {

// A name (of a place, a person or a business) in English and in Hindi (Devanagari).
struct BilingualName
{
    QString english;
    QString hindi;
};

// One row of the offices CSV: code,type,name,name_hi,parent_code.
struct DemoOffice
{
    QString code;
    QString type; // company, region, circle, division, dc
    QString name;
    QString nameHi;
    QString parentCode; // empty for the company
};

// A Distribution Centre with what the billing generator needs to write addresses.
struct DemoDc
{
    QString code;
    BilingualName locality; // the DC's town, or its neighbourhood of a city
    BilingualName district;
    bool urban = false; // a DC of a City division
    int weight = 1;     // relative number of connections it bills
};

// The company's office tree as demo data. Under the company are the Bhopal and Gwalior regions
// with one circle per district (8 districts in each region). Every circle has one or more O&M
// divisions, the Bhopal and Gwalior circles also City divisions, and each division has 2 to 5 DCs.
// Circles have 3-digit codes, divisions 5 digits (circle code and a serial) and DCs 7 digits
// (division code and a serial). The place names are real, but the codes are invented.
class DemoOffices
{
public:
    DemoOffices();

    // Every office, each parent before its children.
    const QList<DemoOffice> &offices() const { return m_offices; }
    const QList<DemoDc> &dcs() const { return m_dcs; }

    static QString companyCode();

private:
    QList<DemoOffice> m_offices;
    QList<DemoDc> m_dcs;
};

} // namespace nodues
