/* A small stack-machine bytecode interpreter: a switch over opcodes in a loop, the shape that
 * compiles to br_table. It runs two programs assembled at start-up: a trial-division prime
 * count and a Collatz step total that calls a subroutine. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum op {
    HALT, PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, LE, EQ,
    JMP, JZ, JNZ, DUP, DROP, INC, CALL, RET,
};

#define MAX_CODE 256
#define MAX_STACK 64
#define NREGS 8

struct program {
    int32_t code[MAX_CODE];
    int len;
};

static void emit(struct program *p, int32_t word) {
    if (p->len == MAX_CODE) {
        fprintf(stderr, "program too long\n");
        exit(1);
    }
    p->code[p->len++] = word;
}

static void emit2(struct program *p, enum op op, int32_t arg) {
    emit(p, op);
    emit(p, arg);
}

/* Emits a jump whose target is not known yet; returns the slot to patch. */
static int emit_fwd(struct program *p, enum op op) {
    emit2(p, op, -1);
    return p->len - 1;
}

static void patch(struct program *p, int slot) { p->code[slot] = p->len; }

static int64_t run(const struct program *p, int64_t *regs, long *steps) {
    int64_t stack[MAX_STACK];
    int32_t ret[MAX_STACK];
    int sp = 0, rsp = 0, pc = 0;
    long n = 0;
    for (;;) {
        n++;
        switch ((enum op)p->code[pc++]) {
        case HALT:
            *steps += n;
            return sp ? stack[sp - 1] : 0;
        case PUSH: stack[sp++] = p->code[pc++]; break;
        case LOAD: stack[sp++] = regs[p->code[pc++]]; break;
        case STORE: regs[p->code[pc++]] = stack[--sp]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
        case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case LE: sp--; stack[sp - 1] = stack[sp - 1] <= stack[sp]; break;
        case EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case JMP: pc = p->code[pc]; break;
        case JZ: pc = stack[--sp] ? pc + 1 : p->code[pc]; break;
        case JNZ: pc = stack[--sp] ? p->code[pc] : pc + 1; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case DROP: sp--; break;
        case INC: regs[p->code[pc++]]++; break;
        case CALL: ret[rsp++] = pc + 1; pc = p->code[pc]; break;
        case RET: pc = ret[--rsp]; break;
        default:
            fprintf(stderr, "bad opcode %d at %d\n", p->code[pc - 1], pc - 1);
            exit(1);
        }
    }
}

/* r1 = number of primes p with 2 <= p < r0. Registers: r2 candidate, r3 divisor. */
static void assemble_primes(struct program *p) {
    emit2(p, PUSH, 2); emit2(p, STORE, 2);
    int loop = p->len;
    emit2(p, LOAD, 2); emit2(p, LOAD, 0); emit(p, LT);
    int to_end = emit_fwd(p, JZ);
    emit2(p, PUSH, 2); emit2(p, STORE, 3);
    int inner = p->len;
    emit2(p, LOAD, 3); emit(p, DUP); emit(p, MUL); emit2(p, LOAD, 2); emit(p, LE);
    int to_prime = emit_fwd(p, JZ);
    emit2(p, LOAD, 2); emit2(p, LOAD, 3); emit(p, MOD);
    int to_next = emit_fwd(p, JZ);
    emit2(p, INC, 3); emit2(p, JMP, inner);
    patch(p, to_prime);
    emit2(p, INC, 1);
    patch(p, to_next);
    emit2(p, INC, 2); emit2(p, JMP, loop);
    patch(p, to_end);
    emit2(p, LOAD, 1); emit(p, HALT);
}

/* r1 = total Collatz steps of 1..r0; r4 = largest value seen. The step count of one start
 * value is a subroutine taking r2 and leaving the count on the stack. */
static void assemble_collatz(struct program *p) {
    int to_main = emit_fwd(p, JMP);

    int steps_of = p->len; /* r3 counts; r2 is consumed */
    emit2(p, PUSH, 0); emit2(p, STORE, 3);
    int again = p->len;
    emit2(p, LOAD, 2); emit2(p, PUSH, 1); emit(p, EQ);
    int to_done = emit_fwd(p, JNZ);
    emit2(p, LOAD, 2); emit2(p, PUSH, 2); emit(p, MOD);
    int to_even = emit_fwd(p, JZ);
    emit2(p, LOAD, 2); emit2(p, PUSH, 3); emit(p, MUL); emit2(p, PUSH, 1); emit(p, ADD);
    emit(p, DUP); emit2(p, LOAD, 4); emit(p, LT);
    int to_no_max = emit_fwd(p, JNZ);
    emit(p, DUP); emit2(p, STORE, 4);
    patch(p, to_no_max);
    emit2(p, STORE, 2);
    int to_count = emit_fwd(p, JMP);
    patch(p, to_even);
    emit2(p, LOAD, 2); emit2(p, PUSH, 2); emit(p, DIV); emit2(p, STORE, 2);
    patch(p, to_count);
    emit2(p, INC, 3); emit2(p, JMP, again);
    patch(p, to_done);
    emit2(p, LOAD, 3); emit(p, RET);

    patch(p, to_main); /* for r5 in 1..=r0: r1 += steps_of(r5) */
    emit2(p, PUSH, 1); emit2(p, STORE, 5);
    int loop = p->len;
    emit2(p, LOAD, 5); emit2(p, LOAD, 0); emit(p, LE);
    int to_end = emit_fwd(p, JZ);
    emit2(p, LOAD, 5); emit2(p, STORE, 2);
    emit2(p, CALL, steps_of);
    emit2(p, LOAD, 1); emit(p, ADD); emit2(p, STORE, 1);
    emit2(p, INC, 5); emit2(p, JMP, loop);
    patch(p, to_end);
    emit2(p, LOAD, 1); emit(p, HALT);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    struct program primes = {0}, collatz = {0};
    assemble_primes(&primes);
    assemble_collatz(&collatz);
    long steps = 0;

    int64_t regs[NREGS] = {n};
    int64_t count = run(&primes, regs, &steps);
    printf("primes below %d: %lld\n", n, (long long)count);

    int64_t cregs[NREGS] = {n / 4};
    int64_t total = run(&collatz, cregs, &steps);
    printf("collatz 1..%d: %lld steps, peak %lld\n", n / 4, (long long)total, (long long)cregs[4]);
    printf("instructions executed: %ld (code %d + %d words)\n", steps, primes.len, collatz.len);
    return 0;
}
