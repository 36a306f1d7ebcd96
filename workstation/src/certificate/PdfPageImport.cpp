#include "certificate/PdfPageImport.h"

#include <podofo/podofo.h>

#include <map>

namespace nodues::workstation {

namespace {

using namespace PoDoFo;

// PoDoFo 0.9.8 writes only objects marked dirty into an incremental update, and lets only
// subclasses of PdfVariant set the mark. A copied object is otherwise left out of the file.
struct DirtyMark final : PdfVariant
{
    static void set(PdfVariant &variant) { (variant.*&DirtyMark::SetDirty)(true); }
};

// Deep-copies values from one document's objects into another's, giving every indirect object
// reached a new number in the target and copying each one once.
class ObjectCopier final
{
public:
    ObjectCopier(const PdfVecObjects &source, PdfVecObjects &target)
        : m_source(source)
        , m_target(target)
    {
    }

    PdfObject copy(const PdfObject &value)
    {
        if (value.IsReference())
            return PdfObject(copyIndirect(value.GetReference()));
        if (value.IsDictionary()) {
            PdfDictionary dictionary;
            for (const auto &[key, entry] : value.GetDictionary().GetKeys())
                dictionary.AddKey(key, copy(*entry));
            return PdfObject(dictionary);
        }
        if (value.IsArray()) {
            PdfArray array;
            for (const PdfObject &item : value.GetArray())
                array.push_back(copy(item));
            return PdfObject(array);
        }
        return PdfObject(static_cast<const PdfVariant &>(value));
    }

private:
    // The target object is made before its value is copied, so a reference back to it (a cycle)
    // resolves to it.
    PdfReference copyIndirect(const PdfReference &reference)
    {
        const auto found = m_copied.find(reference);
        if (found != m_copied.end())
            return found->second;
        PdfObject *created = m_target.CreateObject(PdfVariant());
        m_copied.emplace(reference, created->Reference());

        const PdfObject *original = m_source.GetObject(reference);
        if (!original)
            return created->Reference(); // a dangling reference becomes null, as PDF readers read it
        static_cast<PdfVariant &>(*created) = static_cast<const PdfVariant &>(copy(*original));
        if (original->HasStream()) {
            // The encoded bytes are copied as they are; the dictionary keeps /Filter and its parameters.
            char *bytes = nullptr;
            pdf_long length = 0;
            original->GetStream()->GetCopy(&bytes, &length);
            PdfMemoryInputStream input(bytes, length);
            created->GetStream()->SetRawData(&input, length);
            podofo_free(bytes);
        }
        DirtyMark::set(*created);
        return created->Reference();
    }

    const PdfVecObjects &m_source;
    PdfVecObjects &m_target;
    std::map<PdfReference, PdfReference> m_copied;
};

// The page's content streams, decoded and joined.
QByteArray decodedContents(const PdfPage &page, const PdfVecObjects &objects)
{
    QByteArray contents;
    const auto append = [&contents](const PdfObject *stream) {
        if (!stream || !stream->HasStream())
            PODOFO_RAISE_ERROR_INFO(ePdfError_InvalidStream, "a page content entry is not a stream");
        char *bytes = nullptr;
        pdf_long length = 0;
        stream->GetStream()->GetFilteredCopy(&bytes, &length);
        contents.append(bytes, qsizetype(length));
        contents.append('\n');
        podofo_free(bytes);
    };

    const PdfObject *entry = page.GetContents();
    if (entry && entry->IsArray()) {
        for (const PdfObject &item : entry->GetArray())
            append(item.IsReference() ? objects.GetObject(item.GetReference()) : &item);
    } else {
        append(entry);
    }
    return contents;
}

} // namespace

PdfObject *importPageAsForm(const QByteArray &pagePdf, PdfMemDocument &document)
{
    PdfMemDocument source;
    source.LoadFromBuffer(pagePdf.constData(), long(pagePdf.size()));
    if (source.GetPageCount() < 1)
        PODOFO_RAISE_ERROR_INFO(ePdfError_PageNotFound, "the appearance PDF has no page");
    const PdfPage *page = source.GetPage(0);
    const PdfRect mediaBox = page->GetMediaBox();

    PdfXObject form(PdfRect(0, 0, mediaBox.GetWidth(), mediaBox.GetHeight()), &document);
    PdfObject *formObject = form.GetObject();
    const QByteArray contents = decodedContents(*page, source.GetObjects());
    formObject->GetStream()->Set(contents.constData(), pdf_long(contents.size()));

    ObjectCopier copier(source.GetObjects(), document.GetObjects());
    if (const PdfObject *resources = page->GetResources())
        formObject->GetDictionary().AddKey(PdfName("Resources"), copier.copy(*resources));
    return formObject;
}

} // namespace nodues::workstation
