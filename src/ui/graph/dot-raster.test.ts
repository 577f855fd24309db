import { describe, expect, it } from 'vitest';
import { paintSquare, type PixelFrame } from './dot-raster';

function frame(width: number, height: number): PixelFrame {
  return { data: new Uint8ClampedArray(width * height * 4), width, height };
}

const pixel = (f: PixelFrame, x: number, y: number): number[] => [...f.data.subarray(4 * (y * f.width + x), 4 * (y * f.width + x) + 4)];

describe('painting the overview dots into pixels', () => {
  it('fills the pixels a whole-pixel square covers with its colour, and no others', () => {
    const f = frame(4, 3);
    paintSquare(f, 1, 1, 3, 2, 200, 40, 10, 1);
    expect(pixel(f, 1, 1)).toEqual([200, 40, 10, 255]);
    expect(pixel(f, 2, 1)).toEqual([200, 40, 10, 255]);
    for (const [x, y] of [[0, 1], [3, 1], [1, 0], [1, 2]] as const) expect(pixel(f, x, y)).toEqual([0, 0, 0, 0]);
  });

  it('gives a speck smaller than a pixel the share of the pixel it covers, as an antialiased fillRect does', () => {
    const f = frame(2, 2);
    // A quarter of pixel (0, 0) at full opacity, and a square straddling pixels (0, 1) and (1, 1) at half.
    paintSquare(f, 0.25, 0.25, 0.75, 0.75, 255, 255, 255, 1);
    paintSquare(f, 0.5, 1, 1.5, 2, 0, 0, 255, 0.5);
    expect(pixel(f, 0, 0)).toEqual([255, 255, 255, 64]);
    expect(pixel(f, 0, 1)).toEqual([0, 0, 255, 64]);
    expect(pixel(f, 1, 1)).toEqual([0, 0, 255, 64]);
  });

  it('lays a later speck over an earlier one (source-over), as drawing them in turn would', () => {
    const f = frame(1, 1);
    paintSquare(f, 0, 0, 1, 1, 255, 0, 0, 0.5);
    paintSquare(f, 0, 0, 1, 1, 0, 0, 255, 0.5);
    // Alpha 0.5 + 0.5 × 0.5; red keeps 0.25 of the 0.75, blue has 0.5 of it (each step rounded to bytes, as a canvas does).
    const expected = [85, 0, 170, 191];
    pixel(f, 0, 0).forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(1));
  });

  it('paints what lies inside the frame of a square that reaches past its edges', () => {
    const f = frame(2, 2);
    paintSquare(f, -3, -3, 1, 1, 10, 20, 30, 1);
    paintSquare(f, 1.5, 1.5, 9, 9, 10, 20, 30, 1);
    expect(pixel(f, 0, 0)).toEqual([10, 20, 30, 255]);
    expect(pixel(f, 1, 1)).toEqual([10, 20, 30, 64]);
    expect(pixel(f, 1, 0)).toEqual([0, 0, 0, 0]);
  });
});
