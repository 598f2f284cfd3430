/**
 * The condition language of the template's `:::if` lines, parsed into a small tree so that
 * a template error is found once, with its line, and evaluated against a scope.
 *
 *   expr  := or
 *   or    := and ("or" and)*
 *   and   := unary ("and" unary)*
 *   unary := "not" unary | "(" expr ")" | test
 *   test  := path | path ("==" | "!=") word | path "in" "[" word ("," word)* "]" | path "has" word
 */

export type Condition =
  | { kind: 'truthy'; path: string }
  | { kind: 'equals'; path: string; value: string; negate: boolean }
  | { kind: 'in'; path: string; values: string[] }
  | { kind: 'has'; path: string; value: string }
  | { kind: 'not'; operand: Condition }
  | { kind: 'and' | 'or'; left: Condition; right: Condition };

const TOKEN = /\s*(==|!=|\(|\)|\[|\]|,|[A-Za-z0-9_.-]+)/y;
const PATH = /^[A-Za-z][\w]*(\.[\w]+)*$/;
const WORD = /^[\w-]+$/;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match?.[1]) throw new Error(`unexpected "${source.slice(start).trim()}"`);
    tokens.push(match[1]);
  }
  return tokens;
}

export function parseCondition(source: string): Condition {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const next = (): string => {
    const token = tokens[position++];
    if (token === undefined) throw new Error('the condition ends too early');
    return token;
  };
  const expect = (wanted: string) => {
    const token = next();
    if (token !== wanted) throw new Error(`expected "${wanted}" but found "${token}"`);
  };
  const word = () => {
    const token = next();
    if (!WORD.test(token)) throw new Error(`expected a choice id but found "${token}"`);
    return token;
  };

  const parseOr = (): Condition => {
    let left = parseAnd();
    while (peek() === 'or') {
      next();
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): Condition => {
    let left = parseUnary();
    while (peek() === 'and') {
      next();
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): Condition => {
    const token = next();
    if (token === 'not') return { kind: 'not', operand: parseUnary() };
    if (token === '(') {
      const inner = parseOr();
      expect(')');
      return inner;
    }
    if (!PATH.test(token)) throw new Error(`expected an answer path but found "${token}"`);
    const path = token;
    switch (peek()) {
      case '==':
      case '!=': {
        const negate = next() === '!=';
        return { kind: 'equals', path, value: word(), negate };
      }
      case 'in': {
        next();
        expect('[');
        const values = [word()];
        while (peek() === ',') {
          next();
          values.push(word());
        }
        expect(']');
        return { kind: 'in', path, values };
      }
      case 'has':
        next();
        return { kind: 'has', path, value: word() };
      default:
        return { kind: 'truthy', path };
    }
  };

  if (tokens.length === 0) throw new Error('the condition is empty');
  const condition = parseOr();
  if (position < tokens.length) throw new Error(`unexpected "${tokens[position]}"`);
  return condition;
}

/** Every answer path a condition reads. */
export function conditionPaths(condition: Condition): string[] {
  switch (condition.kind) {
    case 'not':
      return conditionPaths(condition.operand);
    case 'and':
    case 'or':
      return [...conditionPaths(condition.left), ...conditionPaths(condition.right)];
    default:
      return [condition.path];
  }
}

export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return Boolean(value);
}

export function evaluateCondition(condition: Condition, lookup: (path: string) => unknown): boolean {
  switch (condition.kind) {
    case 'truthy':
      return isTruthy(lookup(condition.path));
    case 'equals':
      return (String(lookup(condition.path)) === condition.value) !== condition.negate;
    case 'in':
      return condition.values.includes(String(lookup(condition.path)));
    case 'has': {
      const value = lookup(condition.path);
      return Array.isArray(value) && value.includes(condition.value);
    }
    case 'not':
      return !evaluateCondition(condition.operand, lookup);
    case 'and':
      return evaluateCondition(condition.left, lookup) && evaluateCondition(condition.right, lookup);
    case 'or':
      return evaluateCondition(condition.left, lookup) || evaluateCondition(condition.right, lookup);
  }
}
