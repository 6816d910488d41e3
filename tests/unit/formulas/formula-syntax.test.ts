import { describe, it, expect } from 'vitest';
import { FormulaError } from '@shared/formulas/formula-error.ts';
import { FormulaSheet, type CellInput, type CellValue } from '@shared/formulas/formula-sheet.ts';
import { maximumFunctionNesting } from '@shared/formulas/formula-limits.ts';
import { parseFormula } from '@shared/formulas/parse-formula.ts';
import { tokenize } from '@shared/formulas/tokenizer.ts';

/** The value of one stored formula in a row whose cells a, b, c hold the given inputs. */
function evaluate(formula: string, cells: Record<string, CellInput> = {}): CellValue {
  const sheet = new FormulaSheet(['a', 'b', 'c', 'result']);
  sheet.load([{ id: 'row', cells: { ...cells, result: formula } }]);
  return sheet.value('row', 'result');
}

const code = (value: CellValue) => (value instanceof FormulaError ? value.code : value);

describe('operator precedence and associativity', () => {
  it.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=2*3^2', 18],
    ['=2^3^2', 64],
    ['=10-4-3', 3],
    ['=12/3/2', 2],
    ['=-2^2', 4],
    ['=-(2^2)', -4],
    ['=2^-1', 0.5],
    ['=0-2^2', -4],
    ['=--3', 3],
    ['=+-+3', -3],
    ['=1--1', 2],
    ['=2*-3', -6],
  ])('evaluates %s to %d as Excel does', (formula, expected) => {
    expect(evaluate(formula)).toBe(expected);
  });

  it('reads percent as a postfix division by 100 that binds tighter than every operator but a sign', () => {
    expect(evaluate('=20%')).toBe(0.2);
    expect(evaluate('=20%+1')).toBe(1.2);
    expect(evaluate('=100+20%')).toBe(100.2);
    expect(evaluate('=200*15%')).toBe(30);
    expect(evaluate('=50%%')).toBe(0.005);
    expect(evaluate('=-5%')).toBe(-0.05);
    expect(evaluate('=2^200%')).toBe(4);
  });

  it('joins text with & below arithmetic and above comparison', () => {
    expect(evaluate('="a"&"b"')).toBe('ab');
    expect(evaluate('=1+2&3')).toBe('33');
    expect(evaluate('="x"&1=1')).toBe(false);
    expect(evaluate('="1"&"2"="12"')).toBe(true);
    expect(evaluate('=0.1+0.2&""')).toBe('0.3');
    expect(evaluate('=TRUE&1')).toBe('TRUE1');
  });

  it('compares numbers, text (ignoring case) and booleans with Excel ordering', () => {
    expect(evaluate('=1<2')).toBe(true);
    expect(evaluate('=2<=2')).toBe(true);
    expect(evaluate('=3>=4')).toBe(false);
    expect(evaluate('=1<>1')).toBe(false);
    expect(evaluate('="Apple"="apple"')).toBe(true);
    expect(evaluate('="a"<"B"')).toBe(true);
    expect(evaluate('=1<"a"')).toBe(true);
    expect(evaluate('="z"<TRUE')).toBe(true);
    expect(evaluate('=TRUE=1')).toBe(false);
    expect(evaluate('=0.1+0.2=0.3')).toBe(true);
    expect(evaluate('=1=1=TRUE')).toBe(true);
  });

  it('compares an empty cell as 0, "" or FALSE, whichever the other side is', () => {
    expect(evaluate('={.:a}=0')).toBe(true);
    expect(evaluate('={.:a}=""')).toBe(true);
    expect(evaluate('={.:a}=FALSE')).toBe(true);
    expect(evaluate('={.:a}={.:b}')).toBe(true);
  });
});

describe('literals', () => {
  it('reads strings with doubled quotes inside', () => {
    expect(evaluate('="say ""hi"""')).toBe('say "hi"');
    expect(evaluate('=""')).toBe('');
    expect(evaluate('="{.:a}"')).toBe('{.:a}');
  });

  it('reads booleans in any case', () => {
    expect(evaluate('=TRUE')).toBe(true);
    expect(evaluate('=false')).toBe(false);
    expect(evaluate('=True+1')).toBe(2);
  });

  it('reads decimals and exponents', () => {
    expect(evaluate('=.5')).toBe(0.5);
    expect(evaluate('=1.5e3')).toBe(1500);
    expect(evaluate('=2E-2')).toBe(0.02);
  });

  it('reads error literals as values', () => {
    expect(code(evaluate('=#DIV/0!'))).toBe('#DIV/0!');
    expect(code(evaluate('=#ref!+1'))).toBe('#REF!');
    expect(evaluate('=IFERROR(#NAME?,7)')).toBe(7);
  });

  it('allows spaces between tokens', () => {
    expect(evaluate('= 1 +  2 * 3 ')).toBe(7);
    expect(evaluate('=SUM( 1 , 2 )')).toBe(3);
  });
});

describe('arithmetic on cells and text', () => {
  it('counts an empty cell as 0', () => {
    expect(evaluate('={.:a}+5')).toBe(5);
    expect(evaluate('={.:a}')).toBe(0);
  });

  it('reads text as a number only when it is one', () => {
    expect(evaluate('="3"+1')).toBe(4);
    expect(evaluate('={.:a}*2', { a: '1,250' })).toBe(2500);
    expect(evaluate('="20%"*100')).toBe(20);
    expect(code(evaluate('="abc"+1'))).toBe('#VALUE!');
    expect(code(evaluate('=""+1'))).toBe('#VALUE!');
    expect(code(evaluate('={.:a}+1', { a: 'many' }))).toBe('#VALUE!');
  });

  it('divides by zero into #DIV/0! and turns non-finite results into #NUM!', () => {
    expect(code(evaluate('=1/0'))).toBe('#DIV/0!');
    expect(code(evaluate('={.:a}/{.:b}', { a: 4 }))).toBe('#DIV/0!');
    expect(code(evaluate('=10^308*10'))).toBe('#NUM!');
    expect(code(evaluate('=(-8)^(1/3)'))).toBe('#NUM!');
    expect(code(evaluate('=0^0'))).toBe('#NUM!');
    expect(code(evaluate('=1e309'))).toBe('#NUM!');
  });

  it('passes the leftmost error through operators', () => {
    expect(code(evaluate('=(1/0)+#REF!'))).toBe('#DIV/0!');
    expect(code(evaluate('=#REF!&(1/0)'))).toBe('#REF!');
    expect(code(evaluate('=-(1/0)'))).toBe('#DIV/0!');
    expect(code(evaluate('=(1/0)%'))).toBe('#DIV/0!');
    expect(code(evaluate('=(1/0)>1'))).toBe('#DIV/0!');
  });

  it('refuses a range used as a single value', () => {
    expect(code(evaluate('={.:a}:{.:b}'))).toBe('#VALUE!');
    expect(code(evaluate('={.:a}:{.:b}+1'))).toBe('#VALUE!');
  });
});

describe('syntax errors', () => {
  it.each([
    '=',
    '=1+',
    '=*2',
    '=(1',
    '=1)',
    '=SUM(1',
    '=SUM(1,2',
    '="open',
    '=1 2',
    '=a.b',
    '=[1,2]',
    '={1,2}',
    '=1:2',
    '={.:a}:2',
    '=@x',
    '=1;2',
    '={svc 1:a}',
  ])('shows #ERROR! for %s', (formula) => {
    expect(code(evaluate(formula))).toBe('#ERROR!');
  });

  it('reads A1 text in a stored formula as a name nobody defined', () => {
    expect(code(evaluate('=A1+1'))).toBe('#NAME?');
  });

  it('parses functions nested up to 64 levels and refuses deeper; parentheses and signs do not count', () => {
    const nested = (levels: number) => `=${'ABS('.repeat(levels)}1${')'.repeat(levels)}`;
    expect(evaluate(nested(maximumFunctionNesting))).toBe(1);
    expect(code(evaluate(nested(maximumFunctionNesting + 1)))).toBe('#ERROR!');
    expect(evaluate(`=${'('.repeat(maximumFunctionNesting + 1)}1${')'.repeat(maximumFunctionNesting + 1)}`)).toBe(1);
    expect(parseFormula(`=${'-'.repeat(maximumFunctionNesting + 1)}1`)).not.toBeNull();
  });

  it('keeps operator chains of ordinary length', () => {
    expect(evaluate(`=${Array.from({ length: 200 }, () => '1').join('+')}`)).toBe(200);
  });

  it('reads only the references of the syntax it is told', () => {
    expect(tokenize('={.:a}+A1', 'stored', 1).map((token) => token.kind)).toEqual(['stored-reference', 'operator', 'identifier']);
    expect(tokenize('=A1+$B$2+LOG10(1)', 'a1', 1).map((token) => token.kind)).toEqual(['a1-reference', 'operator', 'a1-reference', 'operator', 'identifier', 'open', 'number', 'close']);
    expect(tokenize('={.:a}', 'a1', 1)[0]!.kind).toBe('invalid');
  });

  it('builds a tree that keeps Excel precedence', () => {
    expect(parseFormula('=-2^2')).toEqual({
      kind: 'binary',
      operator: '^',
      left: { kind: 'negate', operand: { kind: 'number', value: 2 } },
      right: { kind: 'number', value: 2 },
    });
    expect(parseFormula('=IF({.:a},,1)')).toEqual({
      kind: 'call',
      name: 'IF',
      args: [{ kind: 'reference', reference: { rowId: null, rowAbsolute: false, columnId: 'a', columnAbsolute: false } }, { kind: 'empty' }, { kind: 'number', value: 1 }],
    });
  });
});
