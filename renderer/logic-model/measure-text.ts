import type { LineStyle, Measure } from './model-layout.ts';

/** The fonts the boxes are drawn in, on the canvas and in the exported images alike. */
export const boxFontFamily = "'Noto Sans Hebrew', 'Noto Sans', 'Segoe UI', Arial, sans-serif";
export const boxFont: Record<LineStyle, { size: number; weight: number }> = {
  title: { size: 13, weight: 700 },
  detail: { size: 12, weight: 400 },
  flag: { size: 12, weight: 700 },
};

let context: CanvasRenderingContext2D | null = null;

/** Measures text with the browser's own fonts, so the boxes wrap where the drawn text does. */
export const measureText: Measure = (text, style) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * boxFont[style].size * 0.6;
  context.font = `${boxFont[style].weight} ${boxFont[style].size}px ${boxFontFamily}`;
  return context.measureText(text).width;
};
