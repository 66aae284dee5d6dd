/* Integer dot products of 16-bit vectors and a saxpy in f32, the kernels of audio and
 * neural-network inference code: plain loops that clang vectorises with -msimd128
 * (i16 lanes multiplied and widened to i32, f32 lanes multiplied and added). The
 * float work is exact (small integers scaled by powers of two), so the checksum
 * does not depend on the order of operations. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 4096

static int16_t a[N], b[N];
static float x[N], y[N];

static int32_t dot(const int16_t *p, const int16_t *q, int n) {
    int32_t s = 0;
    for (int i = 0; i < n; i++)
        s += (int32_t)p[i] * q[i];
    return s;
}

static void saxpy(float k, const float *src, float *dst, int n) {
    for (int i = 0; i < n; i++)
        dst[i] = k * src[i] + dst[i];
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 100;
    uint32_t s = 99;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        a[i] = (int16_t)(s >> 16);
        s = s * 1664525u + 1013904223u;
        b[i] = (int16_t)(s >> 16);
        x[i] = (float)((int)(s >> 28) - 8) / 8.0f;
        y[i] = 0;
    }
    uint32_t check = 0;
    for (int r = 0; r < rounds; r++) {
        check = check * 31u + (uint32_t)dot(a, b, N);
        /* Rotating one vector by a lane each round keeps every dot product different. */
        int16_t first = a[0];
        for (int i = 0; i < N - 1; i++)
            a[i] = a[i + 1];
        a[N - 1] = first;
        saxpy((float)(r % 5) - 1.5f, x, y, N);
    }
    double total = 0;
    for (int i = 0; i < N; i++)
        total += y[i];
    printf("rounds=%d check=%u y_total=%.3f y0=%.3f\n", rounds, check, total, y[0]);
    return 0;
}
