/** The queue's table in English; typed by the French reference so no key goes missing. */
import type { QueueTableMessages } from './queue-table.fr.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const queueTableEn: QueueTableMessages = {
  columns: {
    select: 'Selection',
    item: 'Address',
    category: 'Category',
    reports: 'Reports',
    hosting: 'Hosting',
    received: 'Received',
    due: 'Due',
    state: 'State',
    claim: 'Claimed by',
    actions: 'Actions',
  },
  sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
  receivedAgo: (age: string) => `${age} ago`,
  density: 'Density',
  compact: 'Compact',
  comfortable: 'Comfortable',
  densitySaved: 'Density saved for your account.',
  selectAll: (n: number) => `Select the ${plural(n, 'item shown', 'items shown')}`,
  selectItem: (url: string) => `Select ${url}`,
  selected: (n: number) => plural(n, 'item selected', 'items selected'),
  clearSelection: 'Clear the selection',
  bulkActions: 'Bulk actions',
  claimSelected: 'Claim',
  assignTo: 'Assign to',
  choosePerson: '— Choose —',
  assign: 'Assign',
  closeAs: 'Close as',
  chooseVerdict: '— Choose —',
  close: 'Close',
  closeNote: 'Closing records an assessment of each item in its current category (four-eyes rules apply).',
  verdicts: {
    out_of_scope: 'Outside our remit',
    unreachable: 'Could not be reached',
    not_illegal: 'Not illegal',
  },
  working: 'Working…',
  summaryTitle: 'What the bulk action did',
  summary: (done: number, refused: number) => `${done} done, ${refused} refused.`,
  refusedTitle: 'Refused',
  notesTitle: 'Good to know',
  dismiss: 'Dismiss the result',
};
