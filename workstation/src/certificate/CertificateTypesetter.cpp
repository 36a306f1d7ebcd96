#include "certificate/CertificateTypesetter.h"

#include "certificate/CertificateFonts.h"

#include <vector>

namespace nodues::workstation {

namespace {

// PDF user space has 72 units per inch, and PangoCairo assumes 96 by default.
constexpr double kResolution = 72.0;

// Makes each word of a Devanagari run one glyph cluster, so Cairo writes the word's text once
// as the /ActualText of its glyphs.
//
// Pango gives a vowel sign its own cluster, and Cairo then maps each glyph to its character
// through the font's ToUnicode table. With that mapping pdftotext 22.12 extracts "देश" as "दे श".
// In Noto Sans Devanagari, HarfBuzz puts the zero-width sign "े" of the narrow "द" only 0.055 em
// before "श", and Poppler seems to take a glyph that starts so close to the previous one for
// duplicated text, so it starts a new word. Within an /ActualText span Poppler spreads the
// characters evenly over the span's width, which keeps the word whole.
void mergeClustersByWord(const char *text, PangoGlyphItem *glyphs)
{
    const int offset = glyphs->item->offset;
    const int length = glyphs->item->length;

    // The byte index, within the run, of the start of the word around each byte; a space stays
    // a cluster of its own.
    std::vector<int> wordStart(std::size_t(length), 0);
    int start = 0;
    for (int i = 0; i < length; ++i) {
        const bool space = text[offset + i] == ' ';
        if (space || (i > 0 && text[offset + i - 1] == ' '))
            start = i;
        wordStart[std::size_t(i)] = start;
    }

    PangoGlyphString *string = glyphs->glyphs;
    for (int glyph = 0; glyph < string->num_glyphs; ++glyph) {
        const int cluster = string->log_clusters[glyph];
        if (cluster >= 0 && cluster < length)
            string->log_clusters[glyph] = wordStart[std::size_t(cluster)];
    }
}

} // namespace

CertificateTypesetter::CertificateTypesetter(const CertificateFonts &fonts, cairo_t *cr)
    : m_cr(cr)
    , m_context(pango_font_map_create_context(fonts.fontMap()))
{
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(m_context, options);
    cairo_font_options_destroy(options);

    pango_cairo_context_set_resolution(m_context, kResolution);
    pango_context_set_round_glyph_positions(m_context, FALSE);
    pango_context_set_language(m_context, pango_language_from_string("hi-IN"));
    pango_cairo_update_context(m_cr, m_context);
}

CertificateTypesetter::~CertificateTypesetter()
{
    g_object_unref(m_context);
}

LayoutPointer CertificateTypesetter::layout(const QString &text, double width, const TextStyle &style) const
{
    LayoutPointer layout(pango_layout_new(m_context), &g_object_unref);

    PangoFontDescription *description = pango_font_description_from_string(CertificateFonts::kFamilies);
    pango_font_description_set_size(description, int(style.pointSize * PANGO_SCALE));
    pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout.get(), description);
    pango_font_description_free(description);

    pango_layout_set_width(layout.get(), int(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.alignment);
    pango_layout_set_justify(layout.get(), style.justify);
    const QByteArray utf8 = text.toUtf8();
    pango_layout_set_text(layout.get(), utf8.constData(), int(utf8.size()));
    return layout;
}

double CertificateTypesetter::height(const LayoutPointer &layout)
{
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return double(logical.height) / PANGO_SCALE;
}

double CertificateTypesetter::width(const LayoutPointer &layout)
{
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return double(logical.width) / PANGO_SCALE;
}

void CertificateTypesetter::draw(const LayoutPointer &layout, double x, double y) const
{
    // Run by run instead of pango_cairo_show_layout(), so Devanagari clusters can be merged first.
    const char *text = pango_layout_get_text(layout.get());
    const std::unique_ptr<PangoLayoutIter, decltype(&pango_layout_iter_free)> iter(pango_layout_get_iter(layout.get()),
                                                                                   &pango_layout_iter_free);
    do {
        PangoLayoutRun *run = pango_layout_iter_get_run_readonly(iter.get());
        if (!run)
            continue; // the end of a line
        PangoRectangle logical;
        pango_layout_iter_get_run_extents(iter.get(), nullptr, &logical);
        const int baseline = pango_layout_iter_get_baseline(iter.get());

        const std::unique_ptr<PangoGlyphItem, decltype(&pango_glyph_item_free)> glyphs(pango_glyph_item_copy(run),
                                                                                       &pango_glyph_item_free);
        if (glyphs->item->analysis.script == PANGO_SCRIPT_DEVANAGARI)
            mergeClustersByWord(text, glyphs.get());
        cairo_move_to(m_cr, x + pango_units_to_double(logical.x), y + pango_units_to_double(baseline));
        pango_cairo_show_glyph_item(m_cr, text, glyphs.get());
    } while (pango_layout_iter_next_run(iter.get()));
}

QString CertificateTypesetter::familyUsedFor(const QString &text) const
{
    const LayoutPointer probe = layout(text, 1000, {});
    PangoLayoutLine *line = pango_layout_get_line_readonly(probe.get(), 0);
    if (!line || !line->runs)
        return {};
    const auto *run = static_cast<const PangoGlyphItem *>(line->runs->data);
    PangoFontDescription *description = pango_font_describe(run->item->analysis.font);
    const QString family = QString::fromUtf8(pango_font_description_get_family(description));
    pango_font_description_free(description);
    return family;
}

} // namespace nodues::workstation
