/**
 * Where JSON text goes wrong, independent of the engine's (English, differently worded) message:
 * an iterative scanner (no recursion, so deep nesting cannot overflow the stack) that stops at
 * the first character JSON does not allow there. Only run after `JSON.parse` has failed.
 */
export interface JsonSyntaxProblem {
  /** 1-based, as an editor counts. */
  line: number;
  column: number;
  /** The offending character, or undefined when the text ended too early. */
  char?: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

type Expect = 'value' | 'key-or-end' | 'key' | 'colon' | 'comma-or-end' | 'value-or-end' | 'done';

export function findJsonSyntaxError(text: string): JsonSyntaxProblem {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const at = (offset: number): JsonSyntaxProblem => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    const char = text[offset];
    // Astral characters (emoji) are two UTF-16 units: show the whole character.
    return { line, column, char: char === undefined ? undefined : String.fromCodePoint(text.codePointAt(offset)!) };
  };
  const afterValue = (): Expect => (stack.length ? 'comma-or-end' : 'done');

  while (i <= text.length) {
    if (i === 0 && text.charCodeAt(0) === 0xfeff) { i++; continue; }
    const c = text[i];
    if (c !== undefined && WS.has(c)) { i++; continue; }
    if (c === undefined) return at(text.length);
    switch (expect) {
      case 'done':
        return at(i);
      case 'colon':
        if (c !== ':') return at(i);
        expect = 'value'; i++; continue;
      case 'comma-or-end': {
        const open = stack[stack.length - 1];
        if (c === ',') { expect = open === '{' ? 'key' : 'value'; i++; continue; }
        if ((c === '}' && open === '{') || (c === ']' && open === '[')) { stack.pop(); expect = afterValue(); i++; continue; }
        return at(i);
      }
      case 'key-or-end':
      case 'key':
        if (c === '}' && expect === 'key-or-end') { stack.pop(); expect = afterValue(); i++; continue; }
        if (c !== '"') return at(i);
        break;
      case 'value-or-end':
        if (c === ']') { stack.pop(); expect = afterValue(); i++; continue; }
        break;
      case 'value':
        break;
    }
    // A value (or a key, which is a string).
    if (c === '{' || c === '[') {
      if (expect === 'key' || expect === 'key-or-end') return at(i);
      stack.push(c);
      expect = c === '{' ? 'key-or-end' : 'value-or-end';
      i++;
      continue;
    }
    if (c === '"') {
      const isKey = expect === 'key' || expect === 'key-or-end';
      i++;
      for (;;) {
        const s = text[i];
        if (s === undefined) return at(text.length);
        if (s === '"') { i++; break; }
        if (s < ' ') return at(i);
        if (s === '\\') {
          STRING_ESCAPE.lastIndex = i + 1;
          if (!STRING_ESCAPE.exec(text)) return at(i + 1 < text.length ? i + 1 : text.length);
          i = STRING_ESCAPE.lastIndex;
          continue;
        }
        i++;
      }
      expect = isKey ? 'colon' : afterValue();
      continue;
    }
    if (expect === 'key' || expect === 'key-or-end') return at(i);
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) { i += literal.length; expect = afterValue(); continue; }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) { i = NUMBER.lastIndex; expect = afterValue(); continue; }
    // A literal cut short by the end of the text ("tru") is an early end, not a bad character.
    const rest = text.slice(i);
    if (LITERALS.some((word) => word.startsWith(rest)) || /^-$/.test(rest)) return at(text.length);
    return at(i);
  }
  return at(text.length);
}
