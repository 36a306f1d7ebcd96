#include "applications/ElectionKind.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ElectionKind)
};

} // namespace

const QList<ElectionKind> &electionKinds()
{
    static const QList<ElectionKind> kinds = {
        ElectionKind::GramPanchayatPanch,      ElectionKind::GramPanchayatSarpanch, ElectionKind::JanpadPanchayatMember,
        ElectionKind::ZilaPanchayatMember,     ElectionKind::NagarParishadCouncillor,
        ElectionKind::NagarPalikaCouncillor,   ElectionKind::NagarNigamCorporator,  ElectionKind::NagarNigamMayor,
        ElectionKind::CooperativeSociety,
    };
    return kinds;
}

QString electionKindCode(ElectionKind kind)
{
    switch (kind) {
    case ElectionKind::GramPanchayatPanch:
        return u"gram_panchayat_panch"_s;
    case ElectionKind::GramPanchayatSarpanch:
        return u"gram_panchayat_sarpanch"_s;
    case ElectionKind::JanpadPanchayatMember:
        return u"janpad_panchayat_member"_s;
    case ElectionKind::ZilaPanchayatMember:
        return u"zila_panchayat_member"_s;
    case ElectionKind::NagarParishadCouncillor:
        return u"nagar_parishad_councillor"_s;
    case ElectionKind::NagarPalikaCouncillor:
        return u"nagar_palika_councillor"_s;
    case ElectionKind::NagarNigamCorporator:
        return u"nagar_nigam_corporator"_s;
    case ElectionKind::NagarNigamMayor:
        return u"nagar_nigam_mayor"_s;
    case ElectionKind::CooperativeSociety:
        return u"cooperative_society"_s;
    }
    return {};
}

std::optional<ElectionKind> electionKindFromCode(QStringView code)
{
    for (const ElectionKind kind : electionKinds()) {
        if (electionKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString electionKindTitle(ElectionKind kind)
{
    switch (kind) {
    case ElectionKind::GramPanchayatPanch:
        return Tr::tr("Panch, Gram Panchayat");
    case ElectionKind::GramPanchayatSarpanch:
        return Tr::tr("Sarpanch, Gram Panchayat");
    case ElectionKind::JanpadPanchayatMember:
        return Tr::tr("Member, Janpad Panchayat");
    case ElectionKind::ZilaPanchayatMember:
        return Tr::tr("Member, Zila Panchayat");
    case ElectionKind::NagarParishadCouncillor:
        return Tr::tr("Councillor, Nagar Parishad");
    case ElectionKind::NagarPalikaCouncillor:
        return Tr::tr("Councillor, Nagar Palika");
    case ElectionKind::NagarNigamCorporator:
        return Tr::tr("Corporator, Nagar Nigam");
    case ElectionKind::NagarNigamMayor:
        return Tr::tr("Mayor, Nagar Nigam");
    case ElectionKind::CooperativeSociety:
        return Tr::tr("Cooperative society election");
    }
    return {};
}

} // namespace nodues
