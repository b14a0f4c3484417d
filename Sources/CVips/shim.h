// libvips' calls take their options as variadic arguments, which Swift cannot pass; these
// wrappers fix the options sitegen uses.
#include <vips/vips.h>

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
