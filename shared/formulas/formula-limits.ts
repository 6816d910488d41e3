import { tokenize, type ReferenceSyntax, type Token } from './tokenizer.ts';

/*
 * Excel's own limits on what a formula may be, from "Excel specifications and limits"
 * (https://support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3): "Length of
 * formula contents: 8,192 characters" and "Nested levels of functions: 64". The file format
 * counts the contents without the leading `=` ([MS-OI29500] 2.1.1085: Excel restricts
 * ST_Formula to at most 8192 characters). Nothing else is limited: parentheses, signs and
 * operator chains may nest as deep as the length allows.
 */
export const maximumFormulaLength = 8_192;
export const maximumFunctionNesting = 64;

/** Why a formula is refused before it is read, with what a message needs to say so. */
export type FormulaRefusal =
  | { code: 'too-long'; limit: number; length: number }
  | { code: 'too-deeply-nested'; limit: number; depth: number };

/**
 * Whether a formula (with its `=`) is beyond Excel's limits; null when it is within them.
 * Typed A1 text is measured exactly. A stored formula names rows and columns by id, so it is
 * longer than the A1 text Excel would hold: each stored reference counts as the shortest A1
 * reference could be, and a stored formula is refused only when its A1 text is surely too long. The exact check happens where the A1 text is typed or read from a workbook.
 */
export function formulaRefusal(formula: string, syntax: ReferenceSyntax): FormulaRefusal | null {
  return tokenRefusal(formula, tokenize(formula, syntax, 1));
}

/** The same check on tokens already read from the formula. */
export function tokenRefusal(formula: string, tokens: readonly Token[]): FormulaRefusal | null {
  const length = excelLength(formula, tokens);
  if (length > maximumFormulaLength) return { code: 'too-long', limit: maximumFormulaLength, length };
  const depth = functionNesting(tokens);
  if (depth > maximumFunctionNesting) return { code: 'too-deeply-nested', limit: maximumFunctionNesting, depth };
  return null;
}

function excelLength(formula: string, tokens: readonly Token[]): number {
  let length = formula.length - 1;
  for (const token of tokens) {
    const shortest = shortestA1Length(token);
    if (shortest !== null) length -= token.end - token.start - shortest;
  }
  return length;
}

/** The fewest characters a stored reference can stand for in A1 text (`A1`, `$A$1`, `A:A`, `1:1`); null for other tokens. */
function shortestA1Length(token: Token): number | null {
  switch (token.kind) {
    case 'stored-reference':
      return 2 + Number(token.reference.rowAbsolute) + Number(token.reference.columnAbsolute);
    case 'stored-columns':
    case 'stored-rows':
      return 3 + Number(token.span.first.absolute) + Number(token.span.last.absolute);
    default:
      return null;
  }
}

/** The deepest nesting of function calls: `SUM(IF(1,2))` is 2; parentheses alone do not count. */
function functionNesting(tokens: readonly Token[]): number {
  const opened: boolean[] = [];
  let depth = 0;
  let deepest = 0;
  tokens.forEach((token, index) => {
    if (token.kind === 'open') {
      const isCall = tokens[index - 1]?.kind === 'identifier';
      opened.push(isCall);
      if (isCall) deepest = Math.max(deepest, ++depth);
    } else if (token.kind === 'close' && opened.pop()) {
      depth -= 1;
    }
  });
  return deepest;
}
