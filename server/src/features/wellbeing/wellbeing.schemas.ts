/** Wellbeing API: exposure records, an analyst's own figures, sharing, the team's load. */
import { z } from 'zod';
import { ROLES } from '../../platform/auth/roles.ts';

export const MAX_EXPOSURE_SECONDS = 3600;

export const exposureBody = z.strictObject({
  item_id: z.uuid('item_id must be an item id (UUID)').optional(),
  record_id: z
    .uuid('record_id must be a UUID')
    .optional()
    .describe('Made by the app for each record: a record sent again with the same id counts once'),
  seconds: z
    .number()
    .int('seconds must be a whole number')
    .min(1, 'seconds must be at least 1')
    .max(MAX_EXPOSURE_SECONDS, `seconds may be at most ${MAX_EXPOSURE_SECONDS} per record`)
    .describe('Time the media stayed revealed, sent when it is blurred again'),
});
export type ExposureInput = z.output<typeof exposureBody>;

const dayTotal = z.object({ date: z.string().describe('UTC day, YYYY-MM-DD'), seconds: z.number().int() });

export const myWellbeingResponse = z.object({
  today: dayTotal.extend({ reveals: z.number().int() }),
  last_7_days: z.array(dayTotal).describe('Today and the six days before, oldest first, zeros included'),
  week_seconds: z.number().int(),
  break: z.object({
    threshold_minutes: z.number().int(),
    continuous_seconds: z
      .number()
      .int()
      .describe('Exposure since the last pause of at least break.pause_minutes'),
    pause_minutes: z.number().int(),
    due: z.boolean(),
  }),
  sharing: z.boolean().describe('Whether supervisors see my individual figures'),
});
export type MyWellbeing = z.output<typeof myWellbeingResponse>;

export const sharingBody = z.strictObject({ share: z.boolean() });
export const sharingResponse = z.object({ share: z.boolean() });

const periodLoad = z.object({
  exposure_seconds: z.number().int().describe('All staff together'),
  items_assessed: z.number().int().describe('Distinct items with an assessment recorded in the period'),
});

export const teamWellbeingResponse = z.object({
  analysts: z.number().int().describe('Active analyst accounts'),
  today: periodLoad,
  last_7_days: periodLoad,
  members: z
    .array(
      z.object({
        staff_id: z.uuid(),
        display_name: z.string(),
        role: z.enum(ROLES),
        today_seconds: z.number().int(),
        week_seconds: z.number().int(),
      }),
    )
    .describe('Only staff who chose to share their figures'),
  not_sharing: z.number().int().describe('Staff with exposure this week who do not share theirs'),
});
export type TeamWellbeing = z.output<typeof teamWellbeingResponse>;
