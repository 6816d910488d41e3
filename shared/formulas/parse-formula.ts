import type { BinaryOperator, Expression } from './formula-syntax.ts';
import { tokenize, type Token } from './tokenizer.ts';

/** Longer text is refused before it is read at all. */
export const maximumFormulaLength = 8_000;
/** Parentheses, function calls and signs nested deeper than Excel's 64 levels are refused. */
export const maximumNesting = 64;
/**
 * Long operator chains (`1+1+…`) nest the tree without nesting the text; mathjs compiles and
 * evaluates recursively, so the tree's height is capped well below the stack's limit.
 */
export const maximumTreeHeight = 256;

/** Excel's precedence: comparison < & < + - < * / < ^ < % < sign < range; all left-associative. */
const binaryPower: Readonly<Record<BinaryOperator, number>> = {
  '=': 10, '<>': 10, '<': 10, '>': 10, '<=': 10, '>=': 10,
  '&': 20,
  '+': 30, '-': 30,
  '*': 40, '/': 40,
  '^': 50,
};
const percentPower = 60;
const signPower = 70;

class NotAFormula extends Error {}

type Parsed = { expression: Expression; height: number };

class Parser {
  private position = 0;
  private nesting = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): Expression {
    const { expression } = this.parseExpression(0);
    if (this.position !== this.tokens.length) throw new NotAFormula();
    return expression;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (!token) throw new NotAFormula();
    this.position += 1;
    return token;
  }

  private expect(kind: Token['kind']): void {
    if (this.next().kind !== kind) throw new NotAFormula();
  }

  private nested<T>(read: () => T): T {
    this.nesting += 1;
    if (this.nesting > maximumNesting) throw new NotAFormula();
    const result = read();
    this.nesting -= 1;
    return result;
  }

  private parseExpression(minimumPower: number): Parsed {
    let left = this.parsePrefix();
    for (;;) {
      const token = this.peek();
      if (token?.kind !== 'operator') break;
      if (token.operator === '%') {
        if (percentPower < minimumPower) break;
        this.position += 1;
        left = grow({ kind: 'percent', operand: left.expression }, left.height);
        continue;
      }
      if (token.operator === ':') throw new NotAFormula();
      const power = binaryPower[token.operator];
      if (power < minimumPower) break;
      this.position += 1;
      const right = this.parseExpression(power + 1);
      left = grow({ kind: 'binary', operator: token.operator, left: left.expression, right: right.expression }, Math.max(left.height, right.height));
    }
    return left;
  }

  private parsePrefix(): Parsed {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return leaf({ kind: 'number', value: token.value });
      case 'text':
        return leaf({ kind: 'text', value: token.value });
      case 'error':
        return leaf({ kind: 'error', code: token.code });
      case 'stored-reference': {
        const colon = this.peek();
        if (colon?.kind !== 'operator' || colon.operator !== ':') return leaf({ kind: 'reference', reference: token.reference });
        this.position += 1;
        const end = this.next();
        if (end.kind !== 'stored-reference') throw new NotAFormula();
        return leaf({ kind: 'range', start: token.reference, end: end.reference });
      }
      case 'identifier':
        return this.parseIdentifier(token.name);
      case 'open':
        return this.nested(() => {
          const inner = this.parseExpression(0);
          this.expect('close');
          return inner;
        });
      case 'operator':
        if (token.operator !== '-' && token.operator !== '+') throw new NotAFormula();
        return this.nested(() => {
          const operand = this.parseExpression(signPower);
          return grow({ kind: token.operator === '-' ? 'negate' : 'plus', operand: operand.expression }, operand.height);
        });
      default:
        throw new NotAFormula();
    }
  }

  private parseIdentifier(name: string): Parsed {
    const upper = name.toUpperCase();
    if (this.peek()?.kind !== 'open') {
      if (upper === 'TRUE' || upper === 'FALSE') return leaf({ kind: 'boolean', value: upper === 'TRUE' });
      return leaf({ kind: 'name', name: upper });
    }
    this.position += 1;
    return this.nested(() => {
      const args: Expression[] = [];
      let height = 0;
      if (this.peek()?.kind === 'close') {
        this.position += 1;
        return grow({ kind: 'call', name: upper, args }, height);
      }
      for (;;) {
        const following = this.peek()?.kind;
        if (following === 'comma' || following === 'close') {
          args.push({ kind: 'empty' });
        } else {
          const argument = this.parseExpression(0);
          args.push(argument.expression);
          height = Math.max(height, argument.height);
        }
        const separator = this.next();
        if (separator.kind === 'close') break;
        if (separator.kind !== 'comma') throw new NotAFormula();
      }
      return grow({ kind: 'call', name: upper, args }, height);
    });
  }
}

function leaf(expression: Expression): Parsed {
  return { expression, height: 1 };
}

function grow(expression: Expression, childHeight: number): Parsed {
  const height = childHeight + 1;
  if (height > maximumTreeHeight) throw new NotAFormula();
  return { expression, height };
}

/**
 * Reads a formula in stored syntax (with its leading `=`). Returns null for anything that is
 * not a well-formed formula within the limits: the caller shows #ERROR!.
 */
export function parseFormula(text: string): Expression | null {
  if (text.length > maximumFormulaLength || !text.startsWith('=')) return null;
  const tokens = tokenize(text, 'stored', 1);
  if (tokens.length === 0) return null;
  try {
    return new Parser(tokens).parseAll();
  } catch (error) {
    if (error instanceof NotAFormula) return null;
    throw error;
  }
}
