/** What other features may use from hashing: decoding an image the way PDQ hashing sees it, and `vigie hash`'s per-file line. */
export { DEFAULT_MAX_PIXELS, type DecodedImage, type DecodeOptions, decodeImage } from './decode-image.ts';
export { type HashFileOptions, type HashFileResult, hashFileToLine } from './hash-file.ts';
