import { Parser } from "htmlparser2";

/**
 * The on-send file decodes character references with scripts/entities-decode-lite.js instead
 * of entities' full trie. It must agree with the real decoder on what email contains.
 */
function read(html: string, decoder: unknown): { text: string; attrs: string[] } {
  let text = "";
  const attrs: string[] = [];
  jest.isolateModules(() => {
    jest.doMock("entities/decode", () => decoder);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Parser: P } = require("htmlparser2") as { Parser: typeof Parser };
    const parser = new P({ ontext: (t) => (text += t), onopentag: (_n, a) => attrs.push(...Object.values(a)) }, { decodeEntities: true });
    parser.write(html);
    parser.end();
  });
  return { text, attrs };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lite = require("../../scripts/entities-decode-lite.js");
const real = jest.requireActual("entities/decode");

const SAMPLES = [
  "Fish &amp; chips &lt;3 &gt; &quot;quoted&quot; it&apos;s",
  "Caf&eacute; &pound;45 &euro;12 &copy; 2025 &reg; &trade;",
  "&lsquo;single&rsquo; &ldquo;double&rdquo; &ndash; &mdash; &hellip; &bull;",
  "&nbsp;&nbsp;indented&nbsp;text",
  "&#163; &#x20AC; &#8217; &#128512; &#0; &#x110000; &#65;&#66;",
  "legacy &amp no semicolon &copy 2025 &pound45 &eacute",
  "unknown &madeup; and &notanentity stays; AT&T; R&D; a & b",
  "&#; &#x; &; &",
  'attribute <a href="https://x.example/?a=1&amp;b=2&copy=3&lt=4" title="Caf&eacute; &amp; bar">link</a>',
  "Ä Ö Ü &Auml;&Ouml;&Uuml;&szlig; &frac12; &deg;C &times; &divide; &plusmn;",
  "end with a reference &amp",
  "end with a number &#38",
];

describe("the on-send file's small entity decoder", () => {
  it.each(SAMPLES)("decodes %j as entities' full decoder does", (html) => {
    expect(read(html, lite)).toEqual(read(html, real));
  });
});
