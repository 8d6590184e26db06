/** Where a value (or the key naming it) starts in JSON text; 1-based like an editor. */
export interface TextLocation {
  line: number;
  column: number;
}

export interface LocatedJson {
  value: unknown;
  /** `units.2.name` → where that value starts (the same path form as the SDK's issues). */
  values: Map<string, TextLocation>;
  /** `units.2.name` → where its key starts (for unknown keys). */
  keys: Map<string, TextLocation>;
}

/** What may follow a backslash in a JSON string. */
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/**
 * Where the text stops being JSON. No wording of its own: the report words and places it as the
 * SDK does for the widgets (`findJsonSyntaxError`, `jsonEnd`/`jsonChar`), in the reader's language.
 */
export class JsonSyntaxError extends Error {
  constructor(readonly location: TextLocation) {
    super(`JSON syntax error at ${location.line}:${location.column}`);
  }
}

/**
 * Parses JSON (RFC 8259) and records where every value and key starts. JSON.parse gives no
 * positions for valid input, and an editor needs a line number for every problem.
 */
export function parseJsonWithLocations(text: string): LocatedJson {
  const values = new Map<string, TextLocation>();
  const keys = new Map<string, TextLocation>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);

  const locate = (offset: number): TextLocation => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  const fail = (): never => {
    throw new JsonSyntaxError(locate(Math.min(i, text.length)));
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) fail();
    i++;
  };
  const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

  const parseString = (): string => {
    const start = i;
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        // The character after the backslash is where a bad escape goes wrong.
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail();
      } else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    expect('"');
    return JSON.parse(text.slice(start, i)) as string;
  };

  const parseValue = (path: string): unknown => {
    skipSpace();
    values.set(path, locate(i));
    const char = text[i];
    if (char === '{') {
      i++;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (text[i] === '}') return i++, object;
      for (;;) {
        skipSpace();
        const keyAt = locate(i);
        if (text[i] !== '"') fail();
        const key = parseString();
        keys.set(join(path, key), keyAt);
        skipSpace();
        expect(':');
        object[key] = parseValue(join(path, key));
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}');
        return object;
      }
    }
    if (char === '[') {
      i++;
      const array: unknown[] = [];
      skipSpace();
      if (text[i] === ']') return i++, array;
      for (;;) {
        array.push(parseValue(join(path, array.length)));
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']');
        return array;
      }
    }
    if (char === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) return fail();
    i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };

  const value = parseValue('');
  skipSpace();
  if (i < text.length) fail();
  return { value, values, keys };
}
