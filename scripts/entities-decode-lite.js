// @ts-check
/**
 * A small stand-in for `entities/decode`, for the on-send file only. htmlparser2's tokenizer
 * decodes character references through entities' EntityDecoder and its 32 KB trie of all 2,231
 * HTML named references; email uses a handful. This decoder keeps the same interface and the
 * same results for numeric references, every Latin-1 name (the ones HTML lets stand without a
 * semicolon) and the typographic names mail programs write (&rsquo; &ndash; &hellip; &euro; …).
 * A rarer name stays as written, which no rule reads differently. Tested against the real one.
 */
const { fromCodePoint, replaceCodePoint } = require("../node_modules/entities/dist/commonjs/decode-codepoint.js");

/** @enum {number} */
const DecodingMode = { Legacy: 0, Strict: 1, Attribute: 2 };

/** U+00A0 to U+00FF, in order: the names HTML also accepts without a semicolon. */
const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml".split(" ");

/** @type {Record<string, number>} */
const NAMED = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, AMP: 38, LT: 60, GT: 62, QUOT: 34, COPY: 169, REG: 174,
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211, mdash: 8212,
  lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225,
  bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249, rsaquo: 8250, oline: 8254,
  frasl: 8260, euro: 8364, trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, minus: 8722,
  ne: 8800, le: 8804, ge: 8805, infin: 8734, loz: 9674, spades: 9824, clubs: 9827, hearts: 9829, diams: 9830,
  check: 10003, star: 9734, starf: 9733, phone: 9742, female: 9792, male: 9794, half: 189, pound: 163,
};
/** @type {Set<string>} */
const LEGACY = new Set(["amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT", "COPY", "REG"]);
LATIN1.forEach((name, i) => {
  NAMED[name] = 0xa0 + i;
  LEGACY.add(name);
});

const isAlnum = (/** @type {number} */ c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHex = (/** @type {number} */ c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

class EntityDecoder {
  /**
   * @param {unknown} _tree ignored: the table above stands in for it
   * @param {(codepoint: number, consumed: number) => void} emitCodePoint
   */
  constructor(_tree, emitCodePoint) {
    this.emitCodePoint = emitCodePoint;
    this.startEntity(DecodingMode.Strict);
  }

  /** @param {number} mode */
  startEntity(mode) {
    this.mode = mode;
    /** "start" | "numeric" | "decimal" | "hex" | "named" */
    this.state = "start";
    this.name = "";
    this.value = 0;
    this.digits = 0;
    this.consumed = 1; // the "&"
  }

  /**
   * @param {string} input
   * @param {number} offset
   * @returns {number} characters consumed (the "&" included), 0 for no reference, -1 for more input
   */
  write(input, offset) {
    for (let i = offset; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (this.state === "start") {
        if (c === 35 /* # */) {
          this.state = "numeric";
          this.consumed++;
          continue;
        }
        this.state = "named";
      }
      if (this.state === "numeric") {
        if ((c | 0x20) === 120 /* x */) {
          this.state = "hex";
          this.consumed++;
          continue;
        }
        this.state = "decimal";
      }
      if (this.state === "decimal" || this.state === "hex") {
        const hex = this.state === "hex";
        if (hex ? isHex(c) : c >= 48 && c <= 57) {
          this.value = Math.min(this.value * (hex ? 16 : 10) + parseInt(input[i], 16), 0x110000);
          this.digits++;
          this.consumed++;
          continue;
        }
        return this.numeric(c === 59 /* ; */);
      }
      // Named.
      if (isAlnum(c) && this.name.length < 32) {
        this.name += input[i];
        this.consumed++;
        continue;
      }
      if (c === 59) return this.named(true);
      // An attribute value keeps "&name" before "=" or a letter as written.
      if (this.mode === DecodingMode.Attribute && (c === 61 || isAlnum(c))) return 0;
      return this.named(false);
    }
    return -1;
  }

  /** @param {boolean} semicolon */
  numeric(semicolon) {
    if (this.digits === 0) return 0;
    const consumed = this.consumed + (semicolon ? 1 : 0);
    this.emitCodePoint(replaceCodePoint(this.value), consumed);
    return consumed;
  }

  /** @param {boolean} semicolon */
  named(semicolon) {
    const known = Object.prototype.hasOwnProperty.call(NAMED, this.name);
    if (known && (semicolon || (this.mode !== DecodingMode.Strict && LEGACY.has(this.name)))) {
      const consumed = this.consumed + (semicolon ? 1 : 0);
      this.emitCodePoint(NAMED[this.name], consumed);
      return consumed;
    }
    // In text, the longest name HTML accepts without a semicolon wins: "&pound45" is "£45".
    if (this.mode !== DecodingMode.Legacy) return 0;
    for (let n = this.name.length - 1; n >= 2; n--) {
      const prefix = this.name.slice(0, n);
      if (LEGACY.has(prefix)) {
        this.emitCodePoint(NAMED[prefix], 1 + n);
        return 1 + n;
      }
    }
    return 0;
  }

  /** The input ended inside a reference. @returns {number} */
  end() {
    if (this.state === "decimal" || this.state === "hex") return this.numeric(false);
    if (this.state === "named") {
      if (this.mode === DecodingMode.Attribute) return 0;
      return this.named(false);
    }
    return 0;
  }
}

module.exports = {
  DecodingMode,
  EntityDecoder,
  fromCodePoint,
  replaceCodePoint,
  htmlDecodeTree: null,
  xmlDecodeTree: null,
};
