// Public door of @vigie/pdq: PDQ hashing (bit-identical to Meta's reference), hash formats and
// distances, a packed hash store and an exact matching index. Runs in Node and browsers.

export { DIHEDRAL_NAMES, type DihedralName } from './dct.ts';
export {
  bytesToHex,
  bytesToWords,
  HASH_BYTES,
  HASH_HEX_LENGTH,
  HASH_WORDS,
  type HashWords,
  hammingDistance,
  hexToBytes,
  hexToWords,
  isHashHex,
  PDQ_MATCH_DISTANCE,
  popcount32,
  toWords,
  wordsDistance,
  wordsToBytes,
  wordsToHex,
} from './hash-format.ts';
export { HashStore, type HashStoreOptions } from './hash-store.ts';
export { type Channels, type PixelArray, PRESHRINK_DIM, toReferenceChannels } from './luma.ts';
export { type Match, MatchIndex, type MatchIndexOptions } from './match-index.ts';
export { matchIndexFromBytes, matchIndexToBytes } from './match-index-bytes.ts';
export {
  MIN_HASHABLE_DIM,
  type PdqDihedralResult,
  type PdqResult,
  pdqHash,
  pdqHashDihedral,
  qualityMetric,
} from './pdq-hash.ts';
