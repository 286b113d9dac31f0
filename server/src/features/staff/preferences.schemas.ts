/** The signed-in person's own preferences (GET and PUT /api/me/preferences). */
import { z } from 'zod';
import { QUEUE_DENSITIES } from './preferences.tables.ts';

export { QUEUE_DENSITIES, type QueueDensity } from './preferences.tables.ts';

export const preferences = z.object({ queue_density: z.enum(QUEUE_DENSITIES) });
export type Preferences = z.output<typeof preferences>;

/** Only the preferences named change; the others stay. */
export const preferencesBody = z.strictObject({ queue_density: z.enum(QUEUE_DENSITIES).optional() });
export type PreferencesBody = z.input<typeof preferencesBody>;
