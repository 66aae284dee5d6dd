	.file	"prog.c"
__SP_H__ = 0x3e
__SP_L__ = 0x3d
__SREG__ = 0x3f
__tmp_reg__ = 0
__zero_reg__ = 1
	.text
.global	crc16
	.type	crc16, @function
crc16:
/* prologue: function */
/* frame size = 0 */
/* stack size = 0 */
.L__stack_usage = 0
	movw r30,r24
	cp r22,__zero_reg__
	cpc r23,__zero_reg__
	breq .L5
	add r22,r24
	adc r23,r25
	ldi r24,lo8(-1)
	ldi r25,lo8(-1)
.L4:
	ld r18,Z+
	eor r24,r18
	ldi r18,lo8(8)
.L3:
	movw r20,r24
	lsr r21
	ror r20
	mov r19,r24
	movw r24,r20
	sbrs r19,0
	rjmp .L8
	ldi r19,lo8(1)
	eor r24,r19
	ldi r19,lo8(-96)
	eor r25,r19
.L8:
	subi r18,lo8(1)
	brne .L3
	cp r30,r22
	cpc r31,r23
	brne .L4
	ret
.L5:
	ldi r24,lo8(-1)
	ldi r25,lo8(-1)
/* epilogue start */
	ret
	.size	crc16, .-crc16
.global	isort
	.type	isort, @function
isort:
	push r12
	push r13
	push r14
	push r15
	push r16
	push r17
	push r28
	push r29
/* prologue: function */
/* frame size = 0 */
/* stack size = 8 */
.L__stack_usage = 8
	movw r14,r22
	cpi r22,2
	cpc r23,__zero_reg__
	brlt .L10
	movw r22,r24
	subi r22,-2
	sbci r23,-1
	ldi r30,1
	sub r14,r30
	sbc r15,__zero_reg__
	ldi r16,0
	ldi r17,0
.L15:
	movw r30,r22
	ld r20,Z
	ldd r21,Z+1
.L12:
	movw r28,r30
	movw r26,r30
	ld r19,-X
	ld r18,-X
	cp r20,r18
	cpc r21,r19
	brge .L13
	st Z,r18
	std Z+1,r19
	movw r30,r26
	cp r24,r26
	cpc r25,r27
	brne .L12
	movw r28,r24
.L13:
	st Y,r20
	std Y+1,r21
	subi r16,-1
	sbci r17,-1
	subi r22,-2
	sbci r23,-1
	cp r14,r16
	cpc r15,r17
	brne .L15
.L10:
/* epilogue start */
	pop r29
	pop r28
	pop r17
	pop r16
	pop r15
	pop r14
	pop r13
	pop r12
	ret
	.size	isort, .-isort
.global	pid_step
	.type	pid_step, @function
pid_step:
	push r12
	push r13
	push r14
	push r15
	push r16
	push r17
	push r28
	push r29
	in r28,__SP_L__
	in r29,__SP_H__
	sbiw r28,8
	in __tmp_reg__,__SREG__
	cli
	out __SP_H__,r29
	out __SREG__,__tmp_reg__
	out __SP_L__,r28
/* prologue: function */
/* frame size = 8 */
/* stack size = 16 */
.L__stack_usage = 16
	movw r30,r24
	ldd r12,Z+12
	ldd r13,Z+13
	ldd r14,Z+14
	ldd r15,Z+15
	add r12,r20
	adc r13,r21
	adc r14,r22
	adc r15,r23
	ldi r16,-95
	cp r12,r16
	ldi r16,-122
	cpc r13,r16
	ldi r16,1
	cpc r14,r16
	cpc r15,__zero_reg__
	brlt .+2
	rjmp .L21
	mov r19,r12
	mov r18,r13
	mov r25,r14
	mov r24,r15
	ldi r17,96
	cp r12,r17
	ldi r17,121
	cpc r13,r17
	ldi r17,-2
	cpc r14,r17
	ldi r17,-1
	cpc r15,r17
	brge .L20
	ldi r18,lo8(121)
	ldi r19,lo8(96)
	ldi r24,lo8(-1)
	ldi r25,lo8(-2)
	mov r15,r24
	mov r14,r25
	mov r13,r18
	mov r12,r19
.L20:
	std Z+12,r19
	std Z+13,r18
	std Z+14,r25
	std Z+15,r24
	ldd r24,Z+16
	ldd r25,Z+17
	ldd r26,Z+18
	ldd r27,Z+19
	movw r16,r20
	movw r18,r22
	sub r16,r24
	sbc r17,r25
	sbc r18,r26
	sbc r19,r27
	std Y+1,r16
	std Y+2,r17
	std Y+3,r18
	std Y+4,r19
	std Z+16,r20
	std Z+17,r21
	std Z+18,r22
	std Z+19,r23
	ld r24,Z
	ldd r25,Z+1
	ldd r26,Z+2
	ldd r27,Z+3
	movw r18,r20
	movw r20,r22
	movw r22,r24
	movw r24,r26
	call __mulsi3
	std Y+5,r22
	std Y+6,r23
	std Y+7,r24
	std Y+8,r25
	ldd r22,Z+4
	ldd r23,Z+5
	ldd r24,Z+6
	ldd r25,Z+7
	movw r18,r12
	movw r20,r14
	call __mulsi3
	ldd r12,Y+5
	ldd r13,Y+6
	ldd r14,Y+7
	ldd r15,Y+8
	add r12,r22
	adc r13,r23
	adc r14,r24
	adc r15,r25
	ldd r22,Z+8
	ldd r23,Z+9
	ldd r24,Z+10
	ldd r25,Z+11
	ldd r18,Y+1
	ldd r19,Y+2
	ldd r20,Y+3
	ldd r21,Y+4
	call __mulsi3
	add r22,r12
	adc r23,r13
	adc r24,r14
	adc r25,r15
	mov r22,r23
	mov r23,r24
	mov r24,r25
	lsl r25
	sbc r25,r25
/* epilogue start */
	adiw r28,8
	in __tmp_reg__,__SREG__
	cli
	out __SP_H__,r29
	out __SREG__,__tmp_reg__
	out __SP_L__,r28
	pop r29
	pop r28
	pop r17
	pop r16
	pop r15
	pop r14
	pop r13
	pop r12
	ret
.L21:
	ldi r18,lo8(-122)
	ldi r19,lo8(-96)
	ldi r24,0
	ldi r25,lo8(1)
	mov r15,__zero_reg__
	mov r14,r25
	mov r13,r18
	mov r12,r19
	rjmp .L20
	.size	pid_step, .-pid_step
.global	isqrt32
	.type	isqrt32, @function
isqrt32:
	push r12
	push r13
	push r14
	push r15
	push r16
	push r17
/* prologue: function */
/* frame size = 0 */
/* stack size = 6 */
.L__stack_usage = 6
	movw r16,r22
	movw r18,r24
	cpi r19,64
	brlo .+2
	rjmp .L29
	ldi r24,0
	ldi r25,0
	ldi r26,0
	ldi r27,lo8(64)
.L25:
	lsr r27
	ror r26
	ror r25
	ror r24
	lsr r27
	ror r26
	ror r25
	ror r24
	cp r16,r24
	cpc r17,r25
	cpc r18,r26
	cpc r19,r27
	brlo .L25
	sbiw r26,0
	sbci r25,hi8(0)
	sbci r24,lo8(0)
	breq .L33
.L24:
	ldi r22,0
	ldi r23,0
	movw r20,r22
.L28:
	movw r12,r24
	movw r14,r26
	add r12,r20
	adc r13,r21
	adc r14,r22
	adc r15,r23
	lsr r23
	ror r22
	ror r21
	ror r20
	cp r16,r12
	cpc r17,r13
	cpc r18,r14
	cpc r19,r15
	brlo .L27
	sub r16,r12
	sbc r17,r13
	sbc r18,r14
	sbc r19,r15
	add r20,r24
	adc r21,r25
	adc r22,r26
	adc r23,r27
.L27:
	lsr r27
	ror r26
	ror r25
	ror r24
	lsr r27
	ror r26
	ror r25
	ror r24
	sbiw r26,0
	sbci r25,hi8(0)
	sbci r24,lo8(0)
	brne .L28
.L23:
	movw r24,r22
	movw r22,r20
/* epilogue start */
	pop r17
	pop r16
	pop r15
	pop r14
	pop r13
	pop r12
	ret
.L29:
	ldi r24,0
	ldi r25,0
	ldi r26,0
	ldi r27,lo8(64)
	rjmp .L24
.L33:
	ldi r22,0
	ldi r23,0
	movw r20,r22
	rjmp .L23
	.size	isqrt32, .-isqrt32
	.section	.text.startup,"ax",@progbits
.global	main
	.type	main, @function
main:
	in r28,__SP_L__
	in r29,__SP_H__
	sbiw r28,10
	in __tmp_reg__,__SREG__
	cli
	out __SP_H__,r29
	out __SREG__,__tmp_reg__
	out __SP_L__,r28
/* prologue: function */
/* frame size = 10 */
/* stack size = 10 */
.L__stack_usage = 10
	ldi r18,lo8(table)
	mov r2,r18
	ldi r18,hi8(table)
	mov r3,r18
	ldi r16,lo8(table+64)
	ldi r17,hi8(table+64)
	movw r10,r2
	mov r14,__zero_reg__
	mov r15,__zero_reg__
	movw r12,r14
	movw r6,r12
	ldi r19,lo8(101)
	mov r4,r19
	mov r5,__zero_reg__
.L35:
	movw r22,r12
	movw r24,r14
	movw r18,r4
	movw r20,r6
	call __divmodsi4
	subi r22,50
	sbc r23,__zero_reg__
	movw r26,r10
	st X+,r22
	st X+,r23
	movw r10,r26
	ldi r27,79
	add r12,r27
	adc r13,__zero_reg__
	adc r14,__zero_reg__
	adc r15,__zero_reg__
	cp r16,r10
	cpc r17,r11
	brne .L35
	ldi r22,lo8(32)
	ldi r23,0
	ldi r24,lo8(table)
	ldi r25,hi8(table)
	call isort
	mov r10,__zero_reg__
	mov r11,__zero_reg__
	movw r8,r10
	movw r12,r8
	movw r14,r8
	movw r4,r8
	movw r6,r8
	rjmp .L38
.L43:
	ldi r25,lo8(96)
	mov r12,r25
	ldi r25,lo8(121)
	mov r13,r25
	ldi r25,lo8(-2)
	mov r14,r25
	ldi r25,lo8(-1)
	mov r15,r25
.L37:
	ldi r18,lo8(44)
	ldi r19,lo8(1)
	call __usmulhisi3
	movw r18,r12
	movw r20,r14
	lsl r18
	rol r19
	rol r20
	rol r21
	add r18,r22
	adc r19,r23
	adc r20,r24
	adc r21,r25
	std Y+5,r18
	std Y+6,r19
	std Y+7,r20
	std Y+8,r21
	movw r18,r8
	movw r20,r10
	ldd r24,Y+1
	ldd r25,Y+2
	ldd r26,Y+3
	ldd r27,Y+4
	sub r18,r24
	sbc r19,r25
	sbc r20,r26
	sbc r21,r27
	ldi r26,lo8(50)
	ldi r27,0
	call __muluhisi3
	ldd r18,Y+5
	ldd r19,Y+6
	ldd r20,Y+7
	ldd r21,Y+8
	add r18,r22
	adc r19,r23
	adc r20,r24
	adc r21,r25
	movw r26,r20
	mov r24,r19
	mov r25,r20
	mov r26,r27
	lsl r27
	sbc r27,r27
	add r4,r24
	adc r5,r25
	adc r6,r26
	adc r7,r27
	cp r16,r2
	cpc r17,r3
	breq .L42
.L38:
	movw r30,r2
	ld r26,Z+
	ld r27,Z+
	movw r2,r30
	std Y+1,r8
	std Y+2,r9
	std Y+3,r10
	std Y+4,r11
	movw r8,r26
	mov r10,r27
	lsl r10
	sbc r10,r10
	mov r11,r10
	add r12,r8
	adc r13,r9
	adc r14,r10
	adc r15,r11
	ldi r31,96
	cp r12,r31
	ldi r31,121
	cpc r13,r31
	ldi r31,-2
	cpc r14,r31
	ldi r31,-1
	cpc r15,r31
	brge .+2
	rjmp .L43
	ldi r18,-95
	cp r12,r18
	ldi r18,-122
	cpc r13,r18
	ldi r18,1
	cpc r14,r18
	cpc r15,__zero_reg__
	brge .+2
	rjmp .L37
	ldi r24,lo8(-96)
	mov r12,r24
	ldi r24,lo8(-122)
	mov r13,r24
	ldi r24,lo8(1)
	mov r14,r24
	mov r15,__zero_reg__
	rjmp .L37
.L42:
	ldi r22,lo8(64)
	ldi r23,0
	ldi r24,lo8(table)
	ldi r25,hi8(table)
	call crc16
	std Y+1,r24
	movw r18,r4
	movw r20,r6
	movw r22,r4
	movw r24,r6
	call __mulsi3
	call isqrt32
	ldd r19,Y+1
	eor r19,r22
	eor r19,r4
	sts PORTB_shadow,r19
.L39:
	rjmp .L39
	.size	main, .-main
.global	table
	.section .bss
	.type	table, @object
	.size	table, 64
table:
	.zero	64
.global	PORTB_shadow
	.type	PORTB_shadow, @object
	.size	PORTB_shadow, 1
PORTB_shadow:
	.zero	1
	.ident	"GCC: (GNU) 15.2.0"
.global __do_clear_bss
