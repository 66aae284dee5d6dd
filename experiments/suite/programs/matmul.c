/* Dense matrix multiply, C = A * B, on heap-allocated n x n f64 matrices: streaming loads and
 * stores through linear memory. The i-k-j loop order walks B and C row by row, as a real
 * implementation would, rather than striding down B's columns. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static double *alloc_matrix(int n) {
    double *m = malloc((size_t)n * n * sizeof *m);
    if (!m) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    return m;
}

/* Small integers scaled by a power of two keep every product and sum exact, so the checksum
 * does not depend on summation order. */
static void fill(double *m, int n, uint32_t seed) {
    uint32_t s = seed;
    for (int i = 0; i < n * n; i++) {
        s = s * 1664525u + 1013904223u;
        m[i] = (double)((int)(s >> 24) - 128) / 64.0;
    }
}

static void multiply(const double *a, const double *b, double *c, int n) {
    for (int i = 0; i < n * n; i++)
        c[i] = 0;
    for (int i = 0; i < n; i++) {
        double *crow = c + (size_t)i * n;
        for (int k = 0; k < n; k++) {
            double aik = a[(size_t)i * n + k];
            const double *brow = b + (size_t)k * n;
            for (int j = 0; j < n; j++)
                crow[j] += aik * brow[j];
        }
    }
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 64;
    double *a = alloc_matrix(n), *b = alloc_matrix(n), *c = alloc_matrix(n);
    fill(a, n, 1);
    fill(b, n, 2);
    multiply(a, b, c, n);

    double trace = 0, sum = 0, weighted = 0;
    for (int i = 0; i < n; i++) {
        trace += c[(size_t)i * n + i];
        for (int j = 0; j < n; j++) {
            sum += c[(size_t)i * n + j];
            weighted += c[(size_t)i * n + j] * ((i * 7 + j * 3) % 11);
        }
    }
    printf("n %d\n", n);
    printf("trace %.4f\n", trace);
    printf("sum %.4f\n", sum);
    printf("weighted %.4f\n", weighted);
    printf("c[0][0] %.4f c[n-1][n-1] %.4f\n", c[0], c[(size_t)n * n - 1]);
    free(a);
    free(b);
    free(c);
    return 0;
}
