/**
 * Reporter feedback's server state: what the reporters' status pages say of an item (read again when
 * a fact it follows from changes), the pack's templates (read once), each report's messages.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { feedbackApi } from '../../api/workspace-endpoints.ts';
import { itemKeys, useItemMonitoring, useNoticeFacts } from './item-queries.ts';

/**
 * What the reporters' status pages say of the item and the feedback templates that fit now: read
 * again whenever a fact it follows from changes (the verdict, a notice leaving, a removal).
 */
export function useItemFeedback(itemId: string, version: number) {
  const notices = useNoticeFacts(itemId);
  const monitoring = useItemMonitoring(itemId);
  return useQuery({
    queryKey: [...itemKeys.feedback(itemId), `${version}|${notices.facts}|${monitoring.standing}`],
    queryFn: () => feedbackApi.ofItem(itemId),
    placeholderData: keepPreviousData,
  });
}

export const useFeedbackTemplates = () =>
  useQuery({
    queryKey: ['feedback-templates'],
    queryFn: () => feedbackApi.templates(),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const reportFeedbackKey = (reportId: string) => ['report', reportId, 'feedback'] as const;

export const useReportFeedbackHistory = (reportId: string) =>
  useQuery({ queryKey: reportFeedbackKey(reportId), queryFn: () => feedbackApi.history(reportId) });
