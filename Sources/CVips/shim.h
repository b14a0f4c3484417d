// libvips' calls take their options as variadic arguments, which Swift cannot pass; these
// wrappers fix the options sitegen uses.
#include <vips/vips.h>

#include <stdio.h>
#include <string.h>

// libvips' warnings (a damaged file's) would go to the terminal unasked; its errors say enough.
static void sitegen_vips_quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {}

// Once per process. libvips' own worker threads are turned off: sitegen runs one image per core.
static inline int sitegen_vips_start(void) {
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, sitegen_vips_quiet, NULL);
    if (VIPS_INIT("sitegen")) return -1;
    vips_concurrency_set(1);
    vips_cache_set_max(0);
    return 0;
}

// The header only: pixels are decoded when an operation asks for them.
static inline VipsImage *sitegen_vips_header(const char *path) {
    return vips_image_new_from_file(path, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

// `width` wide (never wider than the image), turned as its EXIF orientation says, in sRGB;
// decoding fails on a truncated or corrupt file rather than filling it with grey.
static inline int sitegen_vips_thumbnail(const char *path, int width, VipsImage **out) {
    return vips_thumbnail(path, out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                          "export_profile", "srgb", "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
}

static void *sitegen_vips_metadata_name(VipsImage *image, const char *name, GValue *value, void *names) {
    static const char *const prefixes[] = {"exif-", "xmp-", "iptc-", "icc-", "png-comment-", "heif-", "jpeg-thumbnail", "orientation", "gainmap"};
    for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
        if (vips_isprefix(prefixes[i], name)) {
            g_ptr_array_add((GPtrArray *)names, g_strdup(name));
            break;
        }
    }
    return NULL;
}

// A copy of `in` without any of the file's metadata: every saver's `strip` is not to be trusted
// with a GPS position (libvips 8.14's WebP saver writes the EXIF all the same).
static inline VipsImage *sitegen_vips_without_metadata(VipsImage *in) {
    VipsImage *out;
    if (vips_copy(in, &out, NULL)) return NULL;
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    vips_image_map(out, sitegen_vips_metadata_name, names);
    for (guint i = 0; i < names->len; i++) vips_image_remove(out, (const char *)g_ptr_array_index(names, i));
    g_ptr_array_free(names, TRUE);
    return out;
}

// Each without metadata (EXIF, GPS, XMP, ICC: the pixels are sRGB already).
static inline int sitegen_vips_save_jpeg(VipsImage *in, int quality, void **buffer, size_t *length) {
    return vips_jpegsave_buffer(in, buffer, length, "Q", quality, "strip", TRUE, "optimize_coding", TRUE,
                                "interlace", TRUE, NULL);
}

static inline int sitegen_vips_save_png(VipsImage *in, void **buffer, size_t *length) {
    return vips_pngsave_buffer(in, buffer, length, "strip", TRUE, NULL);
}

static inline int sitegen_vips_save_webp(VipsImage *in, int quality, void **buffer, size_t *length) {
    return vips_webpsave_buffer(in, buffer, length, "Q", quality, "strip", TRUE, NULL);
}

static inline int sitegen_vips_save_avif(VipsImage *in, int quality, int effort, void **buffer, size_t *length) {
    return vips_heifsave_buffer(in, buffer, length, "Q", quality, "strip", TRUE, "effort", effort,
                                "compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1, NULL);
}

static inline int sitegen_vips_has_alpha(VipsImage *image) {
    return vips_image_hasalpha(image);
}

// A social card, `width` × `height`, cut from the image at `path`: shrunk (or enlarged) to cover
// the card, then cropped where libvips finds the most to look at; upright, sRGB, no metadata.
static inline int sitegen_vips_card_crop(const char *path, int width, int height, void **buffer, size_t *length) {
    VipsImage *image = NULL;
    if (vips_thumbnail(path, &image, width, "height", height, "crop", VIPS_INTERESTING_ATTENTION, "size", VIPS_SIZE_BOTH,
                       "export_profile", "srgb", "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL)) return -1;
    VipsImage *flat = NULL;
    int status = vips_image_hasalpha(image) ? vips_flatten(image, &flat, NULL) : vips_copy(image, &flat, NULL);
    g_object_unref(image);
    if (status) return -1;
    status = vips_pngsave_buffer(flat, buffer, length, "strip", TRUE, NULL);
    g_object_unref(flat);
    return status;
}

// `text` (Pango markup) as a mask `width` wide at most, wrapped at words (or characters, for a
// language written without spaces); shrunk to fit `max_height` when it is taller at `dpi`.
static inline VipsImage *sitegen_vips_text_mask(const char *text, const char *font, const char *fontfile, int width, int max_height, int dpi) {
    VipsImage *mask = NULL;
    if (vips_text(&mask, text, "font", font, "width", width, "dpi", dpi, "wrap", VIPS_TEXT_WRAP_WORD_CHAR,
                  fontfile ? "fontfile" : NULL, fontfile, NULL)) return NULL;
    if (vips_image_get_height(mask) <= max_height) return mask;
    g_object_unref(mask);
    if (vips_text(&mask, text, "font", font, "width", width, "height", max_height, "wrap", VIPS_TEXT_WRAP_WORD_CHAR,
                  fontfile ? "fontfile" : NULL, fontfile, NULL)) return NULL;
    return mask;
}

// `over` with `mask` laid on it at (`x`, `y`) in `ink`; `over` is taken.
static inline VipsImage *sitegen_vips_ink(VipsImage *over, VipsImage *mask, int x, int y, const double *ink) {
    VipsImage *placed = NULL, *colour = NULL, *out = NULL;
    if (vips_embed(mask, &placed, x, y, vips_image_get_width(over), vips_image_get_height(over), NULL) == 0) {
        colour = vips_image_new_from_image(over, ink, 3);
        if (colour) vips_ifthenelse(placed, colour, over, &out, "blend", TRUE, NULL);
    }
    if (placed) g_object_unref(placed);
    if (colour) g_object_unref(colour);
    g_object_unref(over);
    return out;
}

// A card drawn from text: `title` large at the top left, `site` below a rule at the bottom, in
// `font` (a Pango font name; `fontfile`, when not NULL, is loaded first). Both are Pango markup.
static inline int sitegen_vips_card_text(const char *title, const char *site, const char *font, const char *fontfile,
                                         int width, int height, void **buffer, size_t *length) {
    static const double paper[3] = {250, 247, 240}, ink[3] = {28, 32, 44}, accent[3] = {176, 62, 48};
    int margin = width / 15;
    VipsImage *black = NULL;
    if (vips_black(&black, width, height, NULL)) return -1;
    VipsImage *card = vips_image_new_from_image(black, paper, 3);
    g_object_unref(black);
    if (!card) return -1;
    char title_font[256], site_font[256];
    snprintf(title_font, sizeof title_font, "%s Bold 56", font);
    snprintf(site_font, sizeof site_font, "%s 30", font);
    VipsImage *site_mask = sitegen_vips_text_mask(site, site_font, fontfile, width - 2 * margin, height / 8, 72);
    if (!site_mask) { g_object_unref(card); return -1; }
    int site_top = height - margin - vips_image_get_height(site_mask);
    VipsImage *title_mask = sitegen_vips_text_mask(title, title_font, fontfile, width - 2 * margin, site_top - 2 * margin, 72);
    if (!title_mask) { g_object_unref(site_mask); g_object_unref(card); return -1; }
    // A rule above the site's name: a mask of ones the rule's size.
    VipsImage *rule_black = NULL, *rule = NULL;
    double full = 255;
    if (vips_black(&rule_black, margin * 2, 6, NULL) == 0) {
        rule = vips_image_new_from_image(rule_black, &full, 1);
        g_object_unref(rule_black);
    }
    if (rule) card = sitegen_vips_ink(card, rule, margin, site_top - margin / 2, accent);
    if (card) card = sitegen_vips_ink(card, title_mask, margin, margin, ink);
    if (card) card = sitegen_vips_ink(card, site_mask, margin, site_top, ink);
    if (rule) g_object_unref(rule);
    g_object_unref(title_mask);
    g_object_unref(site_mask);
    if (!card) return -1;
    VipsImage *coded = NULL;
    int status = vips_cast(card, &coded, VIPS_FORMAT_UCHAR, NULL);
    g_object_unref(card);
    if (status) return -1;
    status = vips_pngsave_buffer(coded, buffer, length, "strip", TRUE, NULL);
    g_object_unref(coded);
    return status;
}
