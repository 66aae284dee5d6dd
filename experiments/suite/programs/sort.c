/* Sorts an array of records with qsort under several comparators and probes it with bsearch:
 * nearly all the time goes to indirect calls (the comparator) made from inside libc. A small
 * table of shape "classes" adds vtable-style dispatch through function pointers in a struct. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct record {
    uint32_t key;
    int32_t group;
    uint32_t id;
};

static int by_key(const void *pa, const void *pb) {
    const struct record *a = pa, *b = pb;
    return (a->key > b->key) - (a->key < b->key);
}

/* Descending by group, then ascending by the unique id: a total order, so the result does not
 * depend on the sorting algorithm. */
static int by_group_then_id(const void *pa, const void *pb) {
    const struct record *a = pa, *b = pb;
    if (a->group != b->group)
        return b->group - a->group;
    return (a->id > b->id) - (a->id < b->id);
}

static int by_low_bits(const void *pa, const void *pb) {
    const struct record *a = pa, *b = pb;
    uint32_t x = a->key & 0xFFFF, y = b->key & 0xFFFF;
    if (x != y)
        return x < y ? -1 : 1;
    return by_key(pa, pb);
}

struct shape_class {
    const char *name;
    int64_t (*area2)(int64_t a, int64_t b); /* twice the area, to stay in integers */
    int64_t (*perimeter)(int64_t a, int64_t b);
};

static int64_t rect_area2(int64_t a, int64_t b) { return 2 * a * b; }
static int64_t rect_perimeter(int64_t a, int64_t b) { return 2 * (a + b); }
static int64_t tri_area2(int64_t a, int64_t b) { return a * b; }
static int64_t tri_perimeter(int64_t a, int64_t b) { return a + b + (a > b ? a : b); }
static int64_t square_area2(int64_t a, int64_t b) { (void)b; return 2 * a * a; }
static int64_t square_perimeter(int64_t a, int64_t b) { (void)b; return 4 * a; }

static const struct shape_class classes[] = {
    {"rect", rect_area2, rect_perimeter},
    {"tri", tri_area2, tri_perimeter},
    {"square", square_area2, square_perimeter},
};

static uint32_t digest(const struct record *r, int n) {
    uint32_t h = 0;
    for (int i = 0; i < n; i++)
        h = (h * 31 + r[i].key) ^ ((uint32_t)r[i].group << 24 ^ r[i].id);
    return h;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    struct record *r = malloc((size_t)n * sizeof *r);
    if (!r) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    uint32_t s = 2463534242u;
    for (int i = 0; i < n; i++) {
        s ^= s << 13; /* xorshift32 */
        s ^= s >> 17;
        s ^= s << 5;
        r[i].key = s;
        r[i].group = (int32_t)(s % 97) - 48;
        r[i].id = (uint32_t)i;
    }

    qsort(r, n, sizeof *r, by_group_then_id);
    printf("by group: first %d/%u last %d/%u digest %08x\n", r[0].group, r[0].id, r[n - 1].group,
           r[n - 1].id, digest(r, n));
    qsort(r, n, sizeof *r, by_low_bits);
    printf("by low bits: first %08x last %08x digest %08x\n", r[0].key, r[n - 1].key, digest(r, n));
    qsort(r, n, sizeof *r, by_key);
    printf("by key: first %08x last %08x digest %08x\n", r[0].key, r[n - 1].key, digest(r, n));

    /* Probe with every record's key and with keys that are mostly absent. */
    int hits = 0;
    for (int i = 0; i < n; i++) {
        struct record probe = {.key = r[i].key};
        hits += bsearch(&probe, r, n, sizeof *r, by_key) != NULL;
        probe.key = r[i].key ^ 0x5bd1e995u;
        hits += bsearch(&probe, r, n, sizeof *r, by_key) != NULL;
    }
    printf("bsearch hits %d\n", hits);

    int64_t area2 = 0, perimeter = 0;
    for (int i = 0; i < n; i++) {
        const struct shape_class *c = &classes[r[i].key % 3];
        int64_t a = r[i].key >> 20, b = (r[i].key >> 8) & 0xFFF;
        area2 += c->area2(a, b);
        perimeter += c->perimeter(a, b);
    }
    printf("shapes: %s first, area2 %lld perimeter %lld\n", classes[r[0].key % 3].name,
           (long long)area2, (long long)perimeter);
    free(r);
    return 0;
}
