/* small self-contained AVR program: CRC, sorting, fixed-point math */
typedef unsigned char u8;
typedef unsigned int u16;
typedef unsigned long u32;

static u16 crc16_update(u16 crc, u8 a) {
    crc ^= a;
    for (u8 i = 0; i < 8; ++i)
        crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : (crc >> 1);
    return crc;
}

u16 crc16(const u8 *p, u16 n) {
    u16 c = 0xFFFF;
    while (n--) c = crc16_update(c, *p++);
    return c;
}

void isort(int *a, int n) {
    for (int i = 1; i < n; i++) {
        int v = a[i], j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

struct pid { long kp, ki, kd, integ, prev; };

long pid_step(struct pid *s, long err) {
    s->integ += err;
    if (s->integ > 100000L) s->integ = 100000L;
    if (s->integ < -100000L) s->integ = -100000L;
    long d = err - s->prev;
    s->prev = err;
    return (s->kp * err + s->ki * s->integ + s->kd * d) >> 8;
}

u32 isqrt32(u32 x) {
    u32 r = 0, b = 1UL << 30;
    while (b > x) b >>= 2;
    while (b) {
        if (x >= r + b) { x -= r + b; r = (r >> 1) + b; } else r >>= 1;
        b >>= 2;
    }
    return r;
}

volatile u8 PORTB_shadow;
int table[32];

int main(void) {
    struct pid s = {300, 2, 50, 0, 0};
    for (int i = 0; i < 32; i++) table[i] = (int)((i * 79L) % 101) - 50;
    isort(table, 32);
    long acc = 0;
    for (int i = 0; i < 32; i++) acc += pid_step(&s, table[i]);
    PORTB_shadow = (u8)(crc16((const u8 *)table, sizeof table) ^ (u16)acc ^ (u16)isqrt32((u32)acc * acc));
    for (;;) ;
}
