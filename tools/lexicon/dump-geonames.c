/*
 * dump-geonames.c — build-time helper for tools/lexicon/build.sh.
 *
 * Prints every city that libgeonames (Debian: libgeonames-dev) carries, one per
 * line, tab-separated:
 *
 *   id  name  country_code  population  latitude  longitude  timezone
 *
 * `name` is localised by the library through gettext (geonames.mo), so run it
 * with e.g. LC_ALL=de_DE.UTF-8 LANGUAGE=de for German names and with
 * LC_ALL=en_US.UTF-8 LANGUAGE=en for English ones.  `id` is the GeoNames id
 * (first member of the GVariant tuple that the public typedef
 * `GeonamesCity` is; the library has no getter for it).
 *
 * Build: gcc -O2 -o dump-geonames dump-geonames.c $(pkg-config --cflags --libs geonames)
 *
 * Licensing: libgeonames' code is GPL-3.  This tool only runs at build time and
 * is never linked into or shipped with Leselupe.  The city data it prints comes
 * from GeoNames (geonames.org), CC BY 4.0.
 */
#include <geonames.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

/* Tabs and newlines would break the TSV; they do not occur in the data, but be safe. */
static void put_clean(const char *s)
{
    for (; s && *s; s++)
        putchar((*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

int main(void)
{
    setlocale(LC_ALL, "");
    setlocale(LC_NUMERIC, "C"); /* "42.5", not "42,5", in every locale */
    gint n = geonames_get_n_cities();
    if (n <= 0) {
        fprintf(stderr, "dump-geonames: libgeonames reports no cities\n");
        return 1;
    }
    printf("#id\tname\tcountry_code\tpopulation\tlatitude\tlongitude\ttimezone\n");
    for (gint i = 0; i < n; i++) {
        GeonamesCity *city = geonames_get_city(i);
        if (!city)
            continue;
        gchar *id = NULL;
        if (g_variant_is_of_type(city, G_VARIANT_TYPE_TUPLE) && g_variant_n_children(city) > 0) {
            GVariant *child = g_variant_get_child_value(city, 0);
            if (g_variant_is_of_type(child, G_VARIANT_TYPE_STRING))
                id = g_variant_dup_string(child, NULL);
            g_variant_unref(child);
        }
        if (id) {
            put_clean(id);
            g_free(id);
        } else
            printf("idx%d", (int)i);
        putchar('\t');
        put_clean(geonames_city_get_name(city));
        putchar('\t');
        put_clean(geonames_city_get_country_code(city));
        printf("\t%u\t%.5f\t%.5f\t", geonames_city_get_population(city),
               geonames_city_get_latitude(city), geonames_city_get_longitude(city));
        put_clean(geonames_city_get_timezone(city));
        putchar('\n');
        geonames_city_free(city);
    }
    return ferror(stdout) ? 1 : 0;
}
