/* A 3x3 box blur over a grayscale 8-bit image, run for a number of passes, then a
 * checksum of the result. Integer pixel arithmetic in plain loops: built with
 * -msimd128, clang vectorises the row sums (u8 lanes widened to u16), which is the
 * shape image filters take in SIMD code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define W 512
#define H 512

static uint8_t img[H][W], out[H][W];
static uint16_t rows[H][W];

/* Each pixel is the rounded mean of its 3x3 neighbourhood; the border is copied. */
static void blur(void) {
    for (int y = 0; y < H; y++)
        for (int x = 1; x < W - 1; x++)
            rows[y][x] = (uint16_t)(img[y][x - 1] + img[y][x] + img[y][x + 1]);
    for (int y = 1; y < H - 1; y++) {
        for (int x = 1; x < W - 1; x++) {
            uint32_t s = (uint32_t)rows[y - 1][x] + rows[y][x] + rows[y + 1][x];
            /* (s * 7282 + 32768) >> 16 is s / 9 rounded for every s up to 9 * 255. */
            out[y][x] = (uint8_t)((s * 7282u + 32768u) >> 16);
        }
        out[y][0] = img[y][0];
        out[y][W - 1] = img[y][W - 1];
    }
    for (int x = 0; x < W; x++) {
        out[0][x] = img[0][x];
        out[H - 1][x] = img[H - 1][x];
    }
}

int main(int argc, char **argv) {
    int passes = argc > 1 ? atoi(argv[1]) : 10;
    uint32_t s = 12345;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            s = s * 1664525u + 1013904223u;
            img[y][x] = (uint8_t)(s >> 24);
        }
    for (int p = 0; p < passes; p++) {
        blur();
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
                img[y][x] = out[y][x];
    }
    uint32_t sum = 0, weighted = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            sum += img[y][x];
            weighted = weighted * 31u + img[y][x];
        }
    printf("passes=%d sum=%u weighted=%u centre=%u\n", passes, sum, weighted, img[H / 2][W / 2]);
    return 0;
}
