// small design: 8-bit ALU + 16-bit LFSR + 4-tap FIR + up/down counter
module alu(input [7:0] a, b, input [2:0] op, output reg [7:0] y, output zf);
  always @* case (op)
    3'd0: y = a + b;   3'd1: y = a - b;
    3'd2: y = a & b;   3'd3: y = a | b;
    3'd4: y = a ^ b;   3'd5: y = a << b[2:0];
    3'd6: y = a >> b[2:0];
    default: y = (a < b) ? 8'd1 : 8'd0;
  endcase
  assign zf = (y == 8'd0);
endmodule

module fir(input clk, input [7:0] x, output reg [17:0] y);
  reg [7:0] d0, d1, d2, d3;
  always @(posedge clk) begin
    d0 <= x; d1 <= d0; d2 <= d1; d3 <= d2;
    y <= d0 * 8'd3 + d1 * 8'd11 + d2 * 8'd11 + d3 * 8'd3;
  end
endmodule

module top(input clk, input rst, input up, input [7:0] a, b, input [2:0] op,
           output [7:0] y, output zf, output [17:0] f, output reg [15:0] lfsr, output reg [11:0] cnt);
  alu u_alu(.a(a), .b(b), .op(op), .y(y), .zf(zf));
  fir u_fir(.clk(clk), .x(a ^ lfsr[7:0]), .y(f));
  always @(posedge clk) begin
    if (rst) begin lfsr <= 16'hACE1; cnt <= 0; end
    else begin
      lfsr <= {lfsr[14:0], lfsr[15] ^ lfsr[13] ^ lfsr[12] ^ lfsr[10]};
      cnt <= up ? cnt + 1 : cnt - 1;
    end
  end
endmodule
