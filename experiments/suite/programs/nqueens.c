/* Counts the solutions of the n-queens problem by backtracking over bitmasks: a recursion
 * about n deep whose calls are cheap, so call and return overhead dominates. */
#include <stdio.h>
#include <stdlib.h>

/* Columns and both diagonals under attack on the current row are set bits. Each call places
 * one queen on the row and recurses on the next; per-row tallies record how often a queen was
 * placed on each row, a cross-check that every branch of the search ran. */
static long placed[32];

static long solve(unsigned all, unsigned cols, unsigned left, unsigned right, int row) {
    if (cols == all)
        return 1;
    long found = 0;
    unsigned free_cells = all & ~(cols | left | right);
    while (free_cells) {
        unsigned bit = free_cells & -free_cells;
        free_cells ^= bit;
        placed[row]++;
        found += solve(all, cols | bit, (left | bit) << 1, (right | bit) >> 1, row + 1);
    }
    return found;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 8;
    if (n < 1 || n > 16) {
        fprintf(stderr, "n must be in 1..16\n");
        return 1;
    }
    long solutions = solve((1u << n) - 1, 0, 0, 0, 0);
    printf("%d-queens: %ld solutions\n", n, solutions);
    long total = 0;
    for (int r = 0; r < n; r++)
        total += placed[r];
    printf("placements %ld (last row %ld)\n", total, placed[n - 1]);
    return 0;
}
