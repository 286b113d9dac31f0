/**
 * The ASN index: which autonomous system announces an address, from the @ip-location-db/asn CSV
 * (one row per range: first and last address as decimal numbers, ASN, network name), turned into
 * a compact range table that a binary search reads in well under a microsecond. Per family, the
 * table is a sorted array of segment starts and, beside it, the network each segment belongs to
 * (or NONE for an unannounced gap), so a look-up is "the last start ≤ address". Networks (ASN +
 * name) and names are stored once. The table serialises to one file that loads without parsing.
 *
 * The CSV may overlap (a data bug of the source, 215.0.0.0/16 inside two rows in 2026); where it
 * does, the row that starts last wins, and the narrower one on equal starts: the more specific
 * announcement, as routing would choose.
 */
import { ipv6Words, parseIpWords } from './ip-address.ts';

export type AsnNetwork = { asn: number; name: string };

const NONE = 0xffffffff;
const MAGIC = 'VIGIEASN';
const FORMAT_VERSION = 1;
/** Detects a file written on a machine of the other byte order (typed arrays are native-endian). */
const BYTE_ORDER_MARK = 0x01020304;

type Row = { start: bigint; end: bigint; net: number };

type Tables = {
  v4Starts: Uint32Array;
  v4Nets: Uint32Array;
  /** Four words per segment, most significant first. */
  v6Starts: Uint32Array;
  v6Nets: Uint32Array;
  netAsns: Uint32Array;
  netNames: Uint32Array;
  nameOffsets: Uint32Array;
  nameBytes: Uint8Array;
};

export class AsnIndex {
  private readonly names: (string | undefined)[];
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly t: Tables,
    /** What the index was built from (version and file sizes), to know when it is stale. */
    readonly source: string,
  ) {
    this.names = new Array(t.nameOffsets.length - 1);
  }

  /** The network announcing an address (IPv4, IPv6, or IPv4-mapped IPv6); null when none does. */
  lookup(ip: string): AsnNetwork | null {
    const parsed = parseIpWords(ip);
    if (!parsed) return null;
    const net = parsed.family === 4 ? this.networkIdOfV4(parsed.value) : this.networkIdOfV6(parsed.words);
    return net === NONE ? null : this.network(net);
  }

  /** The network id of a uint32 IPv4 address, NONE (0xffffffff) when unannounced. */
  networkIdOfV4(ip: number): number {
    const starts = this.t.v4Starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= ip) lo = mid;
      else hi = mid - 1;
    }
    return starts.length === 0 ? NONE : (this.t.v4Nets[lo] as number);
  }

  networkIdOfV6(words: readonly number[]): number {
    const starts = this.t.v6Starts;
    let lo = 0;
    let hi = starts.length / 4 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (compareWords(starts, mid * 4, words) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return starts.length === 0 ? NONE : (this.t.v6Nets[lo] as number);
  }

  network(id: number): AsnNetwork {
    const nameId = this.t.netNames[id] as number;
    let name = this.names[nameId];
    if (name === undefined) {
      const bytes = this.t.nameBytes.subarray(this.t.nameOffsets[nameId], this.t.nameOffsets[nameId + 1]);
      name = this.decoder.decode(bytes);
      this.names[nameId] = name;
    }
    return { asn: this.t.netAsns[id] as number, name };
  }

  get stats() {
    return {
      v4Segments: this.t.v4Starts.length,
      v6Segments: this.t.v6Nets.length,
      networks: this.t.netAsns.length,
      names: this.t.nameOffsets.length - 1,
      bytes: Object.values(this.t).reduce((sum, array) => sum + array.byteLength, 0),
    };
  }

  /** The index as one file: magic, format, byte order, source, then each table. */
  serialise(): Buffer {
    const source = Buffer.from(this.source, 'utf8');
    const tables = TABLE_ORDER.map((name) => this.t[name]);
    const header = 8 + 4 * 3 + align4(source.length) + 4 * tables.length;
    const size = header + tables.reduce((sum, table) => sum + align4(table.byteLength), 0);
    const out = Buffer.alloc(size);
    out.write(MAGIC, 0, 'latin1');
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    view.setUint32(8, FORMAT_VERSION, true);
    view.setUint32(12, BYTE_ORDER_MARK, true);
    view.setUint32(16, source.length, true);
    source.copy(out, 20);
    let at = 20 + align4(source.length);
    for (const table of tables) {
      view.setUint32(at, table.length, true);
      at += 4;
    }
    for (const table of tables) {
      out.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength), at);
      at += align4(table.byteLength);
    }
    return out;
  }

  /** Reads a serialised index; null when the file is not one this code wrote (format, byte order). */
  static deserialise(file: Uint8Array): AsnIndex | null {
    const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file); // typed views need alignment
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 20 || Buffer.from(bytes.subarray(0, 8)).toString('latin1') !== MAGIC) return null;
    if (view.getUint32(8, true) !== FORMAT_VERSION) return null;
    if (new Uint32Array(bytes.buffer, bytes.byteOffset + 12, 1)[0] !== BYTE_ORDER_MARK) return null;
    const sourceLength = view.getUint32(16, true);
    const source = Buffer.from(bytes.subarray(20, 20 + sourceLength)).toString('utf8');
    let at = 20 + align4(sourceLength);
    const lengths = TABLE_ORDER.map((_, k) => view.getUint32(at + 4 * k, true));
    at += 4 * TABLE_ORDER.length;
    const tables: Partial<Tables> = {};
    for (const [k, name] of TABLE_ORDER.entries()) {
      const length = lengths[k] as number;
      const Kind = name === 'nameBytes' ? Uint8Array : Uint32Array;
      if (at + length * Kind.BYTES_PER_ELEMENT > bytes.byteLength) return null;
      (tables as Record<string, Uint8Array | Uint32Array>)[name] = new Kind(
        bytes.buffer as ArrayBuffer,
        bytes.byteOffset + at,
        length,
      );
      at += align4(length * Kind.BYTES_PER_ELEMENT);
    }
    return new AsnIndex(tables as Tables, source);
  }
}

const TABLE_ORDER = [
  'v4Starts',
  'v4Nets',
  'v6Starts',
  'v6Nets',
  'netAsns',
  'netNames',
  'nameOffsets',
  'nameBytes',
] as const satisfies readonly (keyof Tables)[];

const align4 = (n: number) => (n + 3) & ~3;

function compareWords(starts: Uint32Array, at: number, words: readonly number[]): number {
  for (let k = 0; k < 4; k++) {
    const a = starts[at + k] as number;
    const b = words[k] as number;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** Builds the index from the package's two numeric CSV files (asn-ipv4-num.csv, asn-ipv6-num.csv). */
export function buildAsnIndex(csv: { ipv4: string; ipv6: string }, source: string): AsnIndex {
  const networks = new Map<string, number>();
  const netAsns: number[] = [];
  const netNames: number[] = [];
  const names = new Map<string, number>();
  const networkId = (asn: number, name: string) => {
    const key = `${asn}\u0000${name}`;
    let id = networks.get(key);
    if (id === undefined) {
      let nameId = names.get(name);
      if (nameId === undefined) {
        nameId = names.size;
        names.set(name, nameId);
      }
      id = netAsns.length;
      networks.set(key, id);
      netAsns.push(asn);
      netNames.push(nameId);
    }
    return id;
  };
  const v4 = flatten(parseRows(csv.ipv4, networkId), 32);
  const v6 = flatten(parseRows(csv.ipv6, networkId), 128);

  const encoder = new TextEncoder();
  const encoded = [...names.keys()].map((name) => encoder.encode(name));
  const nameOffsets = new Uint32Array(encoded.length + 1);
  for (const [k, bytes] of encoded.entries()) nameOffsets[k + 1] = (nameOffsets[k] as number) + bytes.length;
  const nameBytes = new Uint8Array(nameOffsets[encoded.length] as number);
  for (const [k, bytes] of encoded.entries()) nameBytes.set(bytes, nameOffsets[k]);

  const v6Starts = new Uint32Array(v6.length * 4);
  for (const [k, segment] of v6.entries()) v6Starts.set(ipv6Words(segment.start), k * 4);
  return new AsnIndex(
    {
      v4Starts: Uint32Array.from(v4, (segment) => Number(segment.start)),
      v4Nets: Uint32Array.from(v4, (segment) => segment.net),
      v6Starts,
      v6Nets: Uint32Array.from(v6, (segment) => segment.net),
      netAsns: Uint32Array.from(netAsns),
      netNames: Uint32Array.from(netNames),
      nameOffsets,
      nameBytes,
    },
    source,
  );
}

/**
 * Rows of `start,end,asn,name` (name quoted when it holds a comma, `""` for a quote). Only the
 * name can hold a comma, so the first three commas split the fixed fields.
 */
function parseRows(text: string, networkId: (asn: number, name: string) => number): Row[] {
  const rows: Row[] = [];
  let lineStart = 0;
  let lineNumber = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    lineStart = lineEnd + 1;
    lineNumber += 1;
    if (line === '') continue;
    const a = line.indexOf(',');
    const b = line.indexOf(',', a + 1);
    const c = line.indexOf(',', b + 1);
    const asn = Number(line.slice(b + 1, c));
    if (a <= 0 || b <= a || c <= b || !Number.isInteger(asn) || asn < 0 || asn > 0xffffffff) {
      throw new Error(`ASN CSV line ${lineNumber} is not start,end,asn,name: ${line.slice(0, 80)}`);
    }
    let name = line.slice(c + 1);
    if (name.startsWith('"') && name.endsWith('"') && name.length >= 2) {
      name = name.slice(1, -1).replaceAll('""', '"');
    }
    const start = BigInt(line.slice(0, a));
    const end = BigInt(line.slice(a + 1, b));
    if (end < start) throw new Error(`ASN CSV line ${lineNumber} ends before it starts`);
    rows.push({ start, end, net: networkId(asn, name) });
  }
  return rows;
}

/**
 * Non-overlapping segments covering the whole address space from 0, gaps included (net NONE),
 * adjacent segments of one network merged. Rows are taken by start; the ones still open form a
 * stack whose top is the one that started last, i.e. the one that wins.
 */
function flatten(rows: Row[], bits: number): { start: bigint; net: number }[] {
  const max = (1n << BigInt(bits)) - 1n;
  rows.sort((x, y) =>
    x.start < y.start ? -1 : x.start > y.start ? 1 : x.end > y.end ? -1 : x.end < y.end ? 1 : 0,
  );
  const out: { start: bigint; net: number }[] = [];
  const emit = (start: bigint, net: number) => {
    if (out.at(-1)?.net !== net) out.push({ start, net });
  };
  const open: Row[] = [];
  let i = 0;
  let point = 0n;
  while (point <= max) {
    while (open.length > 0 && (open.at(-1) as Row).end < point) open.pop();
    if (open.length === 0) {
      const next = rows[i];
      if (!next) {
        emit(point, NONE);
        break;
      }
      if (next.start > point) {
        emit(point, NONE);
        point = next.start;
      }
    }
    while (i < rows.length && (rows[i] as Row).start <= point) open.push(rows[i++] as Row);
    const top = open.at(-1) as Row;
    emit(point, top.net);
    const nextStart = rows[i]?.start;
    point = nextStart !== undefined && nextStart <= top.end ? nextStart : top.end + 1n;
  }
  return out;
}
