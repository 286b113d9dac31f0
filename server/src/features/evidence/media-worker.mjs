// Worker entry of the media pool: threads do not inherit a loader registered through tsx's API (as
// bin/vigie.mjs does), so register it here before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./media-worker.ts');
export default worker.default;
