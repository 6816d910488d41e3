import { tokenRefusal } from './formula-limits.ts';
import type { BinaryOperator, Expression, RangeArea } from './formula-syntax.ts';
import { tokenize, type StoredReference, type Token } from './tokenizer.ts';

/** Excel's precedence: comparison < & < + - < * / < ^ < % < sign < range; all left-associative (percent is handled apart). */
const binaryPower: Readonly<Record<BinaryOperator, number>> = {
  '=': 10, '<>': 10, '<': 10, '>': 10, '<=': 10, '>=': 10,
  '&': 20,
  '+': 30, '-': 30,
  '*': 40, '/': 40,
  '^': 50,
};
const signPower = 70;

class NotAFormula extends Error {}

/** A parsed operand; `grouped` when it is a parenthesised expression as a whole. */
type Operand = { expression: Expression; grouped: boolean };

/** What waits on the operator stack: an operator for its operands, or an open parenthesis or call for its close. */
type Pending =
  | { kind: 'sign'; operator: 'negate' | 'plus' }
  | { kind: 'binary'; operator: BinaryOperator; power: number }
  | { kind: 'group' }
  | { kind: 'call'; name: string; firstOperand: number };

/**
 * An operator-precedence parser with explicit stacks rather than recursion, so a formula nests
 * as deep as Excel's length limit allows (`((((…))))`, `1+1+…`, `----1`) without touching the
 * call stack's limit.
 */
class Parser {
  private position = 0;
  private readonly operands: Operand[] = [];
  private readonly pending: Pending[] = [];

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): Expression {
    let expectOperand = true;
    while (this.position < this.tokens.length) {
      expectOperand = expectOperand ? this.readOperand() : this.readOperator();
    }
    if (expectOperand) throw new NotAFormula();
    this.reduceWhile(() => true);
    if (this.pending.length > 0 || this.operands.length !== 1) throw new NotAFormula();
    const [{ expression, grouped }] = this.operands as [Operand];
    // Excel compensates a last addition or subtraction that lands next to zero (see excel-operators.ts).
    if (!grouped && expression.kind === 'binary' && (expression.operator === '+' || expression.operator === '-')) return { ...expression, nearZeroIsZero: true };
    return expression;
  }

  /** Reads what may start an operand; returns whether an operand is still expected. */
  private readOperand(): boolean {
    const token = this.tokens[this.position]!;
    const next = this.tokens[this.position + 1];
    switch (token.kind) {
      case 'number':
        return this.push({ kind: 'number', value: token.value }, 1);
      case 'text':
        return this.push({ kind: 'text', value: token.value }, 1);
      case 'error':
        return this.push({ kind: 'error', code: token.code }, 1);
      case 'stored-reference': {
        if (next?.kind !== 'operator' || next.operator !== ':') return this.push({ kind: 'reference', reference: token.reference }, 1);
        const end = this.tokens[this.position + 2];
        if (end?.kind !== 'stored-reference') throw new NotAFormula();
        return this.push({ kind: 'range', area: cellsBetween(token.reference, end.reference) }, 3);
      }
      case 'stored-columns': {
        const { first, last } = token.span;
        return this.push({ kind: 'range', area: { rows: 'every-row', columns: { start: first.columnId, end: last.columnId } } }, 1);
      }
      case 'stored-rows': {
        const { first, last } = token.span;
        return this.push({ kind: 'range', area: { rows: { start: first.rowId, end: last.rowId }, columns: 'every-column' } }, 1);
      }
      case 'identifier': {
        const upper = token.name.toUpperCase();
        if (next?.kind !== 'open') {
          if (upper === 'TRUE' || upper === 'FALSE') return this.push({ kind: 'boolean', value: upper === 'TRUE' }, 1);
          return this.push({ kind: 'name', name: upper }, 1);
        }
        if (this.tokens[this.position + 2]?.kind === 'close') return this.push({ kind: 'call', name: upper, args: [] }, 3);
        this.pending.push({ kind: 'call', name: upper, firstOperand: this.operands.length });
        this.position += 2;
        return true;
      }
      case 'open':
        this.pending.push({ kind: 'group' });
        this.position += 1;
        return true;
      case 'operator':
        if (token.operator !== '-' && token.operator !== '+') throw new NotAFormula();
        this.pending.push({ kind: 'sign', operator: token.operator === '-' ? 'negate' : 'plus' });
        this.position += 1;
        return true;
      case 'comma':
      case 'close':
        // An omitted argument, as in IF(x,,0): only right after a call's `(` or a `,`.
        if (this.pending.at(-1)?.kind !== 'call') throw new NotAFormula();
        this.operands.push({ expression: { kind: 'empty' }, grouped: false });
        return false;
      default:
        throw new NotAFormula();
    }
  }

  /** Reads what may follow an operand; returns whether an operand is expected next. */
  private readOperator(): boolean {
    const token = this.tokens[this.position]!;
    this.position += 1;
    switch (token.kind) {
      case 'operator': {
        if (token.operator === ':') throw new NotAFormula();
        if (token.operator === '%') {
          // Only a sign binds tighter than percent: -5% is (-5)%, 2^200% is 2^(200%).
          this.reduceWhile((top) => top.kind === 'sign');
          const operand = this.operands.pop()!;
          this.operands.push({ expression: { kind: 'percent', operand: operand.expression }, grouped: false });
          return false;
        }
        const power = binaryPower[token.operator];
        this.reduceWhile((top) => (top.kind === 'sign' ? signPower : top.kind === 'binary' ? top.power : -1) >= power);
        this.pending.push({ kind: 'binary', operator: token.operator, power });
        return true;
      }
      case 'close': {
        this.reduceWhile((top) => top.kind === 'sign' || top.kind === 'binary');
        const opener = this.pending.pop();
        if (opener?.kind === 'group') {
          this.operands.at(-1)!.grouped = true;
        } else if (opener?.kind === 'call') {
          const args = this.operands.splice(opener.firstOperand).map((operand) => operand.expression);
          this.operands.push({ expression: { kind: 'call', name: opener.name, args }, grouped: false });
        } else {
          throw new NotAFormula();
        }
        return false;
      }
      case 'comma':
        this.reduceWhile((top) => top.kind === 'sign' || top.kind === 'binary');
        if (this.pending.at(-1)?.kind !== 'call') throw new NotAFormula();
        return true;
      default:
        throw new NotAFormula();
    }
  }

  private push(expression: Expression, tokenCount: number): boolean {
    this.operands.push({ expression, grouped: false });
    this.position += tokenCount;
    return false;
  }

  /** Applies the pending operators on top of the stack while `applies` says so. */
  private reduceWhile(applies: (top: Pending) => boolean): void {
    for (let top = this.pending.at(-1); top && (top.kind === 'sign' || top.kind === 'binary') && applies(top); top = this.pending.at(-1)) {
      this.pending.pop();
      if (top.kind === 'sign') {
        const operand = this.popOperand();
        this.operands.push({ expression: { kind: top.operator, operand }, grouped: false });
      } else {
        const right = this.popOperand();
        const left = this.popOperand();
        this.operands.push({ expression: { kind: 'binary', operator: top.operator, left, right }, grouped: false });
      }
    }
  }

  private popOperand(): Expression {
    const operand = this.operands.pop();
    if (!operand) throw new NotAFormula();
    return operand.expression;
  }
}

/** The block of cells between two references, as `{r1:a}:{r4:c}` names it. */
export function cellsBetween(start: StoredReference, end: StoredReference): RangeArea {
  return { rows: { start: start.rowId, end: end.rowId }, columns: { start: start.columnId, end: end.columnId } };
}

/**
 * Reads a formula in stored syntax (with its leading `=`). Returns null for anything that is
 * not a well-formed formula within Excel's limits (formula-limits.ts): the caller shows #ERROR!.
 */
export function parseFormula(text: string): Expression | null {
  if (!text.startsWith('=')) return null;
  const tokens = tokenize(text, 'stored', 1);
  if (tokens.length === 0 || tokenRefusal(text, tokens)) return null;
  try {
    return new Parser(tokens).parseAll();
  } catch (error) {
    if (error instanceof NotAFormula) return null;
    throw error;
  }
}
