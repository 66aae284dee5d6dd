/* A string-keyed hash table with open addressing and linear probing, grown by rehashing:
 * malloc/free of many small keys, snprintf, strcmp, and scattered loads and stores. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
    char *key; /* NULL: empty; TOMBSTONE: deleted */
    uint32_t hash;
    int value;
};

struct table {
    struct slot *slots;
    size_t cap, used, live; /* used counts tombstones too: it bounds probe lengths */
};

static char tombstone_mark;
#define TOMBSTONE (&tombstone_mark)

static void *xmalloc(size_t n) {
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    return p;
}

static uint32_t hash_str(const char *s) {
    uint32_t h = 2166136261u; /* FNV-1a */
    while (*s)
        h = (h ^ (uint8_t)*s++) * 16777619u;
    return h;
}

static void table_init(struct table *t, size_t cap) {
    t->slots = xmalloc(cap * sizeof *t->slots);
    memset(t->slots, 0, cap * sizeof *t->slots);
    t->cap = cap;
    t->used = t->live = 0;
}

/* The slot holding key, or the first reusable slot on its probe path when absent. */
static struct slot *find(struct table *t, const char *key, uint32_t h) {
    size_t mask = t->cap - 1, i = h & mask;
    struct slot *reuse = NULL;
    for (;;) {
        struct slot *s = &t->slots[i];
        if (!s->key)
            return reuse ? reuse : s;
        if (s->key == TOMBSTONE) {
            if (!reuse)
                reuse = s;
        } else if (s->hash == h && strcmp(s->key, key) == 0) {
            return s;
        }
        i = (i + 1) & mask;
    }
}

static void grow(struct table *t) {
    struct slot *old = t->slots;
    size_t old_cap = t->cap;
    table_init(t, old_cap * 2);
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i].key && old[i].key != TOMBSTONE) {
            *find(t, old[i].key, old[i].hash) = old[i];
            t->used++;
            t->live++;
        }
    }
    free(old);
}

/* Adds value to the key's counter, inserting it at zero first; returns the new count. */
static int add(struct table *t, const char *key, int value) {
    if ((t->used + 1) * 4 > t->cap * 3)
        grow(t);
    uint32_t h = hash_str(key);
    struct slot *s = find(t, key, h);
    if (!s->key || s->key == TOMBSTONE) {
        if (!s->key)
            t->used++;
        size_t len = strlen(key) + 1;
        s->key = memcpy(xmalloc(len), key, len);
        s->hash = h;
        s->value = 0;
        t->live++;
    }
    s->value += value;
    return s->value;
}

static const struct slot *lookup(struct table *t, const char *key) {
    struct slot *s = find(t, key, hash_str(key));
    return s->key && s->key != TOMBSTONE ? s : NULL;
}

static int erase(struct table *t, const char *key) {
    struct slot *s = find(t, key, hash_str(key));
    if (!s->key || s->key == TOMBSTONE)
        return 0;
    free(s->key);
    s->key = TOMBSTONE;
    t->live--;
    return 1;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    struct table t;
    table_init(&t, 16);
    char key[32];

    /* Keys are drawn from a range half the size of n, so more than half the adds hit a key
     * already present. */
    uint32_t s = 12345;
    long long total = 0;
    for (int i = 0; i < n; i++) {
        s = s * 1103515245u + 12345u;
        snprintf(key, sizeof key, "k%u", (s >> 8) % (uint32_t)(n / 2 + 1));
        total += add(&t, key, (int)(s & 7) + 1);
    }
    printf("after insert: live %zu cap %zu total %lld\n", t.live, t.cap, total);

    long long found = 0, sum = 0;
    for (int i = 0; i < n; i++) {
        snprintf(key, sizeof key, "k%d", i);
        const struct slot *e = lookup(&t, key);
        if (e) {
            found++;
            sum += e->value;
        }
    }
    printf("lookup: found %lld sum %lld\n", found, sum);

    int erased = 0;
    for (int i = 0; i < n; i += 3) {
        snprintf(key, sizeof key, "k%d", i);
        erased += erase(&t, key);
    }
    for (int i = 0; i < n; i += 5) {
        snprintf(key, sizeof key, "x%d", i);
        add(&t, key, i);
    }
    printf("after erase/reinsert: erased %d live %zu cap %zu\n", erased, t.live, t.cap);

    uint32_t digest = 0;
    for (size_t i = 0; i < t.cap; i++) {
        struct slot *e = &t.slots[i];
        if (e->key && e->key != TOMBSTONE) {
            digest += e->hash ^ (uint32_t)e->value * 2654435761u;
            free(e->key);
        }
    }
    free(t.slots);
    printf("digest %08x\n", digest);
    return 0;
}
