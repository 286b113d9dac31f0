// Worker entry of the hash pool: threads do not inherit a loader registered through tsx's API (as
// bin/vigie.mjs does), so register it here before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./hash-worker.ts');
export default worker.default;
