#include "cache/PrintRecords.h"

#include <QStringView>

#include <array>
#include <utility>

namespace nodues::workstation {

namespace {

const std::array<std::pair<PrintState, QStringView>, 4> kPrintStates{{{PrintState::Sending, u"sending"},
                                                                      {PrintState::Printed, u"printed"},
                                                                      {PrintState::Failed, u"failed"},
                                                                      {PrintState::Unconfirmed, u"unconfirmed"}}};
const std::array<std::pair<PrintUploadState, QStringView>, 4> kUploadStates{
    {{PrintUploadState::Pending, u"pending"},
     {PrintUploadState::Uploaded, u"uploaded"},
     {PrintUploadState::Rejected, u"rejected"},
     {PrintUploadState::NotNeeded, u"not_needed"}}};
const std::array<std::pair<BatchSelection, QStringView>, 2> kSelections{
    {{BatchSelection::Chosen, u"chosen"}, {BatchSelection::AllUnprinted, u"all_unprinted"}}};
const std::array<std::pair<BatchState, QStringView>, 4> kBatchStates{{{BatchState::Open, u"open"},
                                                                      {BatchState::Done, u"done"},
                                                                      {BatchState::Cancelled, u"cancelled"},
                                                                      {BatchState::Failed, u"failed"}}};

template<typename Value, size_t Count>
QString codeOf(const std::array<std::pair<Value, QStringView>, Count> &table, Value value)
{
    for (const auto &[each, code] : table) {
        if (each == value)
            return code.toString();
    }
    return {};
}

template<typename Value, size_t Count>
std::optional<Value> valueOf(const std::array<std::pair<Value, QStringView>, Count> &table, const QString &code)
{
    for (const auto &[value, text] : table) {
        if (text == code)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString printStateCode(PrintState state)
{
    return codeOf(kPrintStates, state);
}

std::optional<PrintState> printStateFromCode(const QString &code)
{
    return valueOf(kPrintStates, code);
}

QString printUploadStateCode(PrintUploadState state)
{
    return codeOf(kUploadStates, state);
}

std::optional<PrintUploadState> printUploadStateFromCode(const QString &code)
{
    return valueOf(kUploadStates, code);
}

QString batchSelectionCode(BatchSelection selection)
{
    return codeOf(kSelections, selection);
}

std::optional<BatchSelection> batchSelectionFromCode(const QString &code)
{
    return valueOf(kSelections, code);
}

QString batchStateCode(BatchState state)
{
    return codeOf(kBatchStates, state);
}

std::optional<BatchState> batchStateFromCode(const QString &code)
{
    return valueOf(kBatchStates, code);
}

} // namespace nodues::workstation
