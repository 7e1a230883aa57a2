/** A place in a text file, both counted from 1. */
export interface Place {
  line: number;
  column: number;
}

/** The line and column of an offset. */
export function placeOf(text: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where each value (and each object key) stands in a JSON text, keyed by its path as
 * `a.b[0].c`. Only called on text that `JSON.parse` accepted, so it need not report errors.
 */
export function jsonPlaces(text: string): Map<string, number> {
  const places = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    if (!places.has(path)) places.set(path, i);
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      while (i < text.length && text[i] !== "}") {
        ws();
        const keyAt = i;
        const key = str();
        const child = path ? `${path}.${key}` : key;
        places.set(`${child}#key`, keyAt);
        ws();
        i++; // the colon
        value(child);
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
    } else if (c === "[") {
      i++;
      ws();
      let n = 0;
      while (i < text.length && text[i] !== "]") {
        value(`${path}[${n++}]`);
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
    } else if (c === '"') {
      str();
    } else {
      while (i < text.length && /[^\s,\]}]/.test(text[i])) i++;
    }
  };
  try {
    value("");
  } catch {
    // A malformed string: the places found so far still help.
  }
  return places;
}

/** A path as people read it: `rules.reply-all.options`, `council.domains[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** The nearest place for a path: the value itself, or the closest ancestor that exists. */
export function placeFor(places: Map<string, number>, path: readonly PropertyKey[], text: string, key?: string): Place | undefined {
  if (key !== undefined) {
    const at = places.get(`${formatPath([...path, key])}#key`);
    if (at !== undefined) return placeOf(text, at);
  }
  for (let n = path.length; n >= 0; n--) {
    const at = places.get(formatPath(path.slice(0, n)));
    if (at !== undefined) return placeOf(text, at);
  }
  return undefined;
}
