#pragma once

#include <QList>
#include "TranslatableText.h"

#include <QString>

#include <optional>

namespace nodues {

// The elections a candidate may need a No Dues certificate for: the panchayat tiers and urban
// bodies of Madhya Pradesh, and cooperative societies.
enum class ElectionKind {
    GramPanchayatPanch,      // "gram_panchayat_panch"
    GramPanchayatSarpanch,   // "gram_panchayat_sarpanch"
    JanpadPanchayatMember,   // "janpad_panchayat_member"
    ZilaPanchayatMember,     // "zila_panchayat_member"
    NagarParishadCouncillor, // "nagar_parishad_councillor"
    NagarPalikaCouncillor,   // "nagar_palika_councillor"
    NagarNigamCorporator,    // "nagar_nigam_corporator"
    NagarNigamMayor,         // "nagar_nigam_mayor"
    CooperativeSociety,      // "cooperative_society"
};

const QList<ElectionKind> &electionKinds();
// The stable code for JSON and storage.
QString electionKindCode(ElectionKind kind);
std::optional<ElectionKind> electionKindFromCode(QStringView code);
// The office contested, marked for translation: "Sarpanch, Gram Panchayat".
TranslatableText electionKindTitle(ElectionKind kind);

} // namespace nodues
