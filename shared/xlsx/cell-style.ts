/** How a cell looks: its number format, font, solid fill and alignment; colours as ARGB hex. */
export type CellStyle = {
  numFmt?: string;
  font?: { bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  alignment?: { horizontal?: 'left' | 'right'; vertical?: 'top' | 'middle'; wrapText?: boolean };
};

/** A cell's own style over its column's, as Excel applies them: each part the cell sets replaces the column's whole. */
export function mergeStyles(under: CellStyle | undefined, over: CellStyle | undefined): CellStyle | undefined {
  if (!under) return over;
  if (!over) return under;
  return { ...under, ...over };
}
