/**
 * A small writer for Compound File Binary files ([MS-CFB], version 3: 512-byte sectors), the
 * container of Outlook's .msg. Written from the specification for test fixtures, so the
 * tests can run the real .msg reader on files whose every byte we know.
 */

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

export interface CfbStorage {
  name: string;
  children: CfbNode[];
}

export type CfbNode = CfbStream | CfbStorage;

const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

const isStorage = (n: CfbNode): n is CfbStorage => "children" in n;

/** [MS-CFB] 2.6.4: siblings are ordered by name length, then by upper-cased UTF-16 code units. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const A = a.toUpperCase();
  const B = b.toUpperCase();
  return A < B ? -1 : A > B ? 1 : 0;
}

interface Entry {
  name: string;
  type: 1 | 2 | 5;
  left: number;
  right: number;
  child: number;
  /** Red (0) or black (1). */
  colour: 0 | 1;
  start: number;
  size: number;
  data?: Uint8Array;
  clsid?: Uint8Array;
}

/**
 * Link siblings as a balanced binary search tree and colour it so it is a valid red-black
 * tree: every level above the last full one black, the partial last level red.
 */
function linkSiblings(entries: Entry[], ids: number[]): number {
  const n = ids.length;
  if (n === 0) return NOSTREAM;
  const blackDepth = Math.floor(Math.log2(n + 1));
  const build = (lo: number, hi: number, depth: number): number => {
    if (lo > hi) return NOSTREAM;
    const mid = (lo + hi) >> 1;
    const id = ids[mid];
    entries[id].colour = depth >= blackDepth ? 0 : 1;
    entries[id].left = build(lo, mid - 1, depth + 1);
    entries[id].right = build(mid + 1, hi, depth + 1);
    return id;
  };
  return build(0, n - 1, 0);
}

/** Write a compound file whose root storage holds `children`. */
export function writeCfb(children: CfbNode[], rootClsid?: Uint8Array): Uint8Array {
  const entries: Entry[] = [{ name: "Root Entry", type: 5, left: NOSTREAM, right: NOSTREAM, child: NOSTREAM, colour: 1, start: ENDOFCHAIN, size: 0, clsid: rootClsid }];
  const addChildren = (parent: number, nodes: CfbNode[]) => {
    const sorted = [...nodes].sort((a, b) => compareNames(a.name, b.name));
    const ids: number[] = [];
    for (const node of sorted) {
      if (node.name.length > 31) throw new Error(`CFB names are at most 31 characters: ${node.name}`);
      const id = entries.length;
      ids.push(id);
      entries.push(
        isStorage(node)
          ? { name: node.name, type: 1, left: NOSTREAM, right: NOSTREAM, child: NOSTREAM, colour: 1, start: 0, size: 0 }
          : { name: node.name, type: 2, left: NOSTREAM, right: NOSTREAM, child: NOSTREAM, colour: 1, start: ENDOFCHAIN, size: node.data.length, data: node.data },
      );
    }
    entries[parent].child = linkSiblings(entries, ids);
    sorted.forEach((node, i) => {
      if (isStorage(node)) addChildren(ids[i], node.children);
    });
  };
  addChildren(0, children);

  // Small streams live in the mini stream (64-byte sectors); the rest in ordinary sectors.
  const small = entries.filter((e) => e.type === 2 && e.size > 0 && e.size < CUTOFF);
  const big = entries.filter((e) => e.type === 2 && e.size >= CUTOFF);
  const miniFat: number[] = [];
  for (const e of small) {
    const count = Math.ceil(e.size / MINI);
    e.start = miniFat.length;
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? ENDOFCHAIN : miniFat.length + 1);
  }
  const miniStreamBytes = miniFat.length * MINI;
  const miniStreamSectors = Math.ceil(miniStreamBytes / SECTOR);
  const miniFatSectors = Math.ceil((miniFat.length * 4) / SECTOR);
  const dirSectors = Math.ceil(entries.length / (SECTOR / 128));
  const bigSectors = big.reduce((n, e) => n + Math.ceil(e.size / SECTOR), 0);
  const others = dirSectors + miniFatSectors + miniStreamSectors + bigSectors;
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < others + fatSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("fixture too large for a header-only DIFAT");

  const total = fatSectors + others;
  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREESECT);
  let next = 0;
  const allocate = (count: number): number => {
    const start = next;
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? ENDOFCHAIN : start + i + 1;
    next += count;
    return count === 0 ? ENDOFCHAIN : start;
  };
  for (let i = 0; i < fatSectors; i++) fat[next++] = FATSECT;
  const dirStart = allocate(dirSectors);
  const miniFatStart = allocate(miniFatSectors);
  const miniStreamStart = allocate(miniStreamSectors);
  for (const e of big) e.start = allocate(Math.ceil(e.size / SECTOR));
  if (next !== total) throw new Error("sector accounting is wrong");
  entries[0].start = miniStreamSectors ? miniStreamStart : ENDOFCHAIN;
  entries[0].size = miniStreamBytes;

  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  const sectorAt = (s: number) => SECTOR * (s + 1);

  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x28, 0, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, dirStart, true);
  view.setUint32(0x38, CUTOFF, true);
  view.setUint32(0x3c, miniFatSectors ? miniFatStart : ENDOFCHAIN, true);
  view.setUint32(0x40, miniFatSectors, true);
  view.setUint32(0x44, ENDOFCHAIN, true);
  view.setUint32(0x48, 0, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i < fatSectors ? i : FREESECT, true);

  // FAT.
  fat.forEach((v, i) => view.setUint32(sectorAt(0) + i * 4, v, true));

  // Directory (unused slots: empty names, no links).
  for (let i = 0; i < dirSectors * 4; i++) {
    const o = sectorAt(dirStart) + i * 128;
    const e = entries[i];
    if (!e) {
      view.setUint32(o + 0x44, NOSTREAM, true);
      view.setUint32(o + 0x48, NOSTREAM, true);
      view.setUint32(o + 0x4c, NOSTREAM, true);
      continue;
    }
    for (let c = 0; c < e.name.length; c++) view.setUint16(o + c * 2, e.name.charCodeAt(c), true);
    view.setUint16(o + 0x40, (e.name.length + 1) * 2, true);
    out[o + 0x42] = e.type;
    out[o + 0x43] = e.colour;
    view.setUint32(o + 0x44, e.left, true);
    view.setUint32(o + 0x48, e.right, true);
    view.setUint32(o + 0x4c, e.child, true);
    if (e.clsid) out.set(e.clsid, o + 0x50);
    view.setUint32(o + 0x74, e.type === 1 ? 0 : e.start, true);
    view.setUint32(o + 0x78, e.size, true);
  }

  // Mini FAT, padded with free entries.
  for (let i = 0; i < miniFatSectors * (SECTOR / 4); i++) view.setUint32(sectorAt(miniFatStart) + i * 4, i < miniFat.length ? miniFat[i] : FREESECT, true);

  // Mini stream, then the big streams.
  for (const e of small) out.set(e.data as Uint8Array, sectorAt(miniStreamStart) + e.start * MINI);
  for (const e of big) out.set(e.data as Uint8Array, sectorAt(e.start));
  return out;
}
