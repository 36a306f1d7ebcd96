#include "applications/ElectionKind.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

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

TranslatableText electionKindTitle(ElectionKind kind)
{
    switch (kind) {
    case ElectionKind::GramPanchayatPanch:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Panch, Gram Panchayat"), {}};
    case ElectionKind::GramPanchayatSarpanch:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Sarpanch, Gram Panchayat"), {}};
    case ElectionKind::JanpadPanchayatMember:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Member, Janpad Panchayat"), {}};
    case ElectionKind::ZilaPanchayatMember:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Member, Zila Panchayat"), {}};
    case ElectionKind::NagarParishadCouncillor:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Councillor, Nagar Parishad"), {}};
    case ElectionKind::NagarPalikaCouncillor:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Councillor, Nagar Palika"), {}};
    case ElectionKind::NagarNigamCorporator:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Corporator, Nagar Nigam"), {}};
    case ElectionKind::NagarNigamMayor:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Mayor, Nagar Nigam"), {}};
    case ElectionKind::CooperativeSociety:
        return {"ElectionKind", QT_TRANSLATE_NOOP("ElectionKind", "Cooperative society election"), {}};
    }
    return {};
}

} // namespace nodues
