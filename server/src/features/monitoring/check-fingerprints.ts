/**
 * Whether fetched bytes are what was captured: the same bytes (SHA-256), or, for an image, the same
 * picture by PDQ within a Hamming distance, so a re-encoded, resized or recompressed copy still
 * counts. Decoding and hashing are hashing's and @vigie/pdq's; this file only compares.
 */
import crypto from 'node:crypto';
import { hammingDistance, isHashHex, PDQ_MATCH_DISTANCE, pdqHash } from '@vigie/pdq';
import { decodeImage } from '../hashing/index.ts';
import type { Fingerprints } from './check.types.ts';

/** The usual PDQ match threshold (as `vigie hashes match` defaults to). */
export const DEFAULT_PDQ_MAX_DISTANCE = PDQ_MATCH_DISTANCE;

/**
 * Below this PDQ quality an image is too flat for its hash to mean anything (Meta's guidance for
 * PDQ): a blank placeholder must not "match" a captured picture.
 */
const MIN_PDQ_QUALITY = 50;

/** The evidence prepared once per check: a set of digests and the PDQ hashes that parse. */
export type Evidence = { sha256: Set<string>; pdq: string[]; empty: boolean };

export function prepareEvidence(fingerprints: Fingerprints): Evidence {
  const sha256 = new Set(fingerprints.sha256.map((s) => s.toLowerCase()));
  const pdq = fingerprints.pdq.filter(isHashHex).map((h) => h.toLowerCase());
  return { sha256, pdq, empty: sha256.size === 0 && pdq.length === 0 };
}

export const sha256Hex = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

export type ImageHash = { hash: string; quality: number };

/** The PDQ of an image body as evidence computes it, or null when it does not decode. */
export async function imagePdq(bytes: Buffer): Promise<ImageHash | null> {
  try {
    const image = await decodeImage(bytes);
    return pdqHash(image.pixels, image.width, image.height, image.channels);
  } catch {
    return null;
  }
}

/**
 * PDQ by body SHA-256, for the last `size` distinct bodies: the same bytes always give the same
 * hash, and checks meet the same bytes again and again (a host's "removed" placeholder or logo, the
 * captured image itself on every check while it stays online), each costing a decode otherwise.
 */
export function createPdqMemo(size: number) {
  const known = new Map<string, ImageHash | null>();
  return async (bytes: Buffer, sha256: string): Promise<ImageHash | null> => {
    const cached = known.get(sha256);
    if (cached !== undefined || known.has(sha256)) return cached ?? null;
    const hash = await imagePdq(bytes);
    if (size > 0) {
      if (known.size >= size) known.delete(known.keys().next().value as string);
      known.set(sha256, hash);
    }
    return hash;
  };
}
export type PdqOf = ReturnType<typeof createPdqMemo>;

export function samePicture(image: ImageHash | null, evidence: Evidence, maxDistance: number): boolean {
  if (!image || image.quality < MIN_PDQ_QUALITY) return false;
  return evidence.pdq.some((captured) => hammingDistance(image.hash, captured) <= maxDistance);
}
