const maximumAge = 130;

/** An age band as a range of whole years; `to` is null for an open band such as 75+. */
export type AgeRange = { from: number; to: number | null };

/**
 * Reads an age band as data tables write it: "55-64", "55–64", "גילאי 65-74", "65+",
 * "75 ומעלה", "75 and over", "בני 85 ויותר". Null when the text names no band.
 */
export function parseAgeRange(text: string): AgeRange | null {
  // Whole numbers only (not the 202 of "2020-2025"), and ages people reach.
  const closed = /(?<!\d)(\d{1,3})\s*[-–—]\s*(\d{1,3})(?!\d)/.exec(text);
  if (closed) {
    const from = Number(closed[1]);
    const to = Number(closed[2]);
    return from <= to && to <= maximumAge ? { from, to } : null;
  }
  const open = /(?<!\d)(\d{1,3})\s*(\+|ומעלה|ויותר|and over|or over|or more|plus)/i.exec(text) ?? /(\+)\s*(\d{1,3})(?!\d)/.exec(text);
  if (!open) return null;
  const from = Number(open[1] === '+' ? open[2] : open[1]);
  return from <= maximumAge ? { from, to: null } : null;
}

/** How a band from a data table sits in one of the plan's bands. */
export type Coverage = 'exact' | 'inside' | 'spans' | 'outside';

export function coverage(source: AgeRange, band: AgeRange): Coverage {
  const sourceTo = source.to ?? Infinity;
  const bandTo = band.to ?? Infinity;
  if (source.from === band.from && sourceTo === bandTo) return 'exact';
  if (source.from >= band.from && sourceTo <= bandTo) return 'inside';
  if (source.from <= bandTo && sourceTo >= band.from) return 'spans';
  return 'outside';
}
