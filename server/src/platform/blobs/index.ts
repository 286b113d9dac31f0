/** The blob store (evidence files, encrypted at rest): what features and the composition root use. */
export { BlobIntegrityError, BlobNotFoundError, type BlobStore, createFileBlobStore } from './blob-store.ts';
