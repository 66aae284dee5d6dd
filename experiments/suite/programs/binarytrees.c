/* Builds, counts and frees many complete binary trees: call-heavy recursion plus a
 * steady stream of small malloc/free pairs. */
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *left, *right;
};

static struct node *build(int depth) {
    struct node *n = malloc(sizeof *n);
    if (!n) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    if (depth > 0) {
        n->left = build(depth - 1);
        n->right = build(depth - 1);
    } else {
        n->left = n->right = NULL;
    }
    return n;
}

static long count(const struct node *n) {
    if (!n->left)
        return 1;
    return 1 + count(n->left) + count(n->right);
}

static void release(struct node *n) {
    if (n->left) {
        release(n->left);
        release(n->right);
    }
    free(n);
}

int main(int argc, char **argv) {
    int max_depth = argc > 1 ? atoi(argv[1]) : 10;
    const int min_depth = 4;
    if (max_depth < min_depth + 2)
        max_depth = min_depth + 2;

    /* A long-lived tree keeps the heap from returning to empty between rounds. */
    struct node *keep = build(max_depth);

    for (int depth = min_depth; depth <= max_depth; depth += 2) {
        /* Shallower rounds build more trees, so every round allocates about as many nodes. */
        long trees = 1L << (max_depth - depth + min_depth);
        long sum = 0;
        for (long i = 0; i < trees; i++) {
            struct node *t = build(depth);
            sum += count(t);
            release(t);
        }
        printf("depth %2d: %6ld trees, nodes %ld\n", depth, trees, sum);
    }
    printf("long-lived depth %d: nodes %ld\n", max_depth, count(keep));
    release(keep);
    return 0;
}
