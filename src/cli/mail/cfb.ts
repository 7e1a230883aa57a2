/**
 * A structural check of a Compound File Binary ([MS-CFB]) before the .msg reader walks it.
 *
 * Why: the .msg reader follows sector chains and directory links with unbounded loops, so a
 * corrupt or hostile file with a cycle would hang the batch, and a forged stream size would
 * allocate gigabytes. Every chain and link is checked here, bounded, first.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT = 109;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;

/** True when the bytes start with the compound-file signature (an Outlook .msg, or a Word .doc…). */
export function isCompoundFile(buf: Uint8Array): boolean {
  return buf.length >= SIGNATURE.length && SIGNATURE.every((b, i) => buf[i] === b);
}

interface DirEntry {
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/**
 * Check that a compound file is well formed enough to read safely. Returns null when it is,
 * or a sentence saying what is wrong.
 */
export function compoundFileProblem(buf: Uint8Array): string | null {
  if (!isCompoundFile(buf)) return "it does not start with the compound-file signature of an Outlook .msg file";
  if (buf.length < 512) return "it ends inside the compound-file header";
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  if (u16(0x1c) !== 0xfffe) return "its compound-file header has the wrong byte order mark";
  const shift = u16(0x1e);
  if (shift !== 9 && shift !== 12) return `its sector size (2^${shift}) is not one Outlook writes`;
  const sectorSize = 1 << shift;
  // Version 4 files keep the header in a whole 4096-byte sector; sector 0 starts after it.
  const base = sectorSize;
  const sectorCount = Math.max(0, Math.floor((buf.length - base) / sectorSize));
  const sectorOffset = (s: number) => base + s * sectorSize;
  const inFile = (s: number) => s < sectorCount && sectorOffset(s) + sectorSize <= buf.length;
  const perSector = sectorSize / 4;

  // The FAT sectors: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatCount = u32(0x2c);
  if (fatCount > sectorCount) return "its header lists more FAT sectors than the file holds";
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, HEADER_DIFAT); i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  const difatSeen = new Set<number>();
  while (fatSectors.length < fatCount) {
    if (difat === END_OF_CHAIN || difat === FREE) return "its list of FAT sectors ends early";
    if (!inFile(difat) || difatSeen.has(difat)) return "its list of FAT sectors is broken (the file may be truncated)";
    difatSeen.add(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(sectorOffset(difat) + i * 4));
    difat = u32(sectorOffset(difat) + (perSector - 1) * 4);
  }
  for (const s of fatSectors) if (!inFile(s)) return "a FAT sector lies beyond the end of the file (the file may be truncated)";
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((s, i) => {
    for (let j = 0; j < perSector; j++) fat[i * perSector + j] = u32(sectorOffset(s) + j * 4);
  });

  /** Follow a chain in a table, bounded: the sectors, or a problem. */
  const chain = (table: Uint32Array, start: number, limit: number, what: string): number[] | string => {
    const out: number[] = [];
    const seen = new Set<number>();
    let s = start;
    while (s !== END_OF_CHAIN) {
      if (s >= table.length || s >= limit) return `${what} points beyond the end of the file (the file may be truncated)`;
      if (seen.has(s)) return `${what} loops back on itself`;
      seen.add(s);
      out.push(s);
      s = table[s];
    }
    return out;
  };

  const dirChain = chain(fat, u32(0x30), sectorCount, "the directory");
  if (typeof dirChain === "string") return dirChain;
  if (dirChain.length === 0) return "it has no directory";
  const entries: DirEntry[] = [];
  for (const s of dirChain) {
    for (let o = sectorOffset(s); o < sectorOffset(s) + sectorSize; o += 128) {
      entries.push({
        type: buf[o + 0x42],
        left: u32(o + 0x44),
        right: u32(o + 0x48),
        child: u32(o + 0x4c),
        start: u32(o + 0x74),
        size: u32(o + 0x78),
      });
    }
  }
  const root = entries[0];
  if (root.type !== 5) return "its first directory entry is not the root";

  const miniFatChain = u32(0x3c) === END_OF_CHAIN || u32(0x40) === 0 ? [] : chain(fat, u32(0x3c), sectorCount, "the mini FAT");
  if (typeof miniFatChain === "string") return miniFatChain;
  const miniFat = new Uint32Array(miniFatChain.length * perSector);
  miniFatChain.forEach((s, i) => {
    for (let j = 0; j < perSector; j++) miniFat[i * perSector + j] = u32(sectorOffset(s) + j * 4);
  });
  const miniStream = root.size === 0 ? [] : chain(fat, root.start, sectorCount, "the mini stream");
  if (typeof miniStream === "string") return miniStream;
  const miniSectors = Math.floor((miniStream.length * sectorSize) / MINI_SECTOR);

  // Walk the directory tree once; every entry reached at most once.
  const visited = new Set<number>([0]);
  const stack: number[] = root.child === NO_STREAM ? [] : [root.child];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (id >= entries.length) return "a directory link points past the directory";
    if (visited.has(id)) return "its directory links loop back on themselves";
    visited.add(id);
    const e = entries[id];
    if (e.type !== 1 && e.type !== 2) return "a directory link points at an unused entry";
    for (const next of [e.left, e.right, e.child]) if (next !== NO_STREAM) stack.push(next);
    if (e.type !== 2 || e.size === 0) continue;
    if (e.size > buf.length) return "a stream claims to be larger than the whole file";
    const small = e.size < MINI_CUTOFF;
    const sectors = small ? chain(miniFat, e.start, miniSectors, "a stream") : chain(fat, e.start, sectorCount, "a stream");
    if (typeof sectors === "string") return sectors;
    if (sectors.length * (small ? MINI_SECTOR : sectorSize) < e.size) return "a stream is shorter than its stated size (the file may be truncated)";
  }
  return null;
}
