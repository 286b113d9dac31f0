/**
 * Query parameters that only say how someone arrived at a page (an advertising click, a newsletter,
 * a share button) and never which content the page shows: dropped when a reported URL is
 * normalised, so the same page reached from two campaigns is one item. A name belongs here only
 * when it is a vendor's own tracking identifier that no site uses to choose content; generic names
 * (`ref`, `source`, `id`, `si`, `s`) are never dropped, because some sites do select content with
 * them. Compared case-sensitively, as servers compare query names.
 */
export type TrackingParameter = {
  /** The exact name, or a prefix when it ends with `*`. */
  name: string;
  /** Who appends it and why it cannot select content. */
  why: string;
};

export const TRACKING_PARAMETERS: readonly TrackingParameter[] = [
  {
    name: 'utm_*',
    why: 'Google Analytics campaign tags (source, medium, campaign, term, content, id): read by analytics scripts only',
  },
  { name: 'fbclid', why: 'Facebook click identifier added to every outbound link' },
  { name: 'gclid', why: 'Google Ads click identifier (auto-tagging)' },
  { name: 'gclsrc', why: 'Google Ads click source, sent with gclid' },
  { name: 'dclid', why: 'Google Display & Video 360 click identifier' },
  { name: 'gbraid', why: 'Google Ads click identifier for app-to-web measurement' },
  { name: 'wbraid', why: 'Google Ads click identifier for web-to-app measurement' },
  { name: 'srsltid', why: 'Google Merchant Center auto-tagging of product links' },
  { name: '_gl', why: 'Google Analytics cross-domain linker' },
  { name: 'msclkid', why: 'Microsoft Advertising click identifier' },
  { name: 'mc_cid', why: 'Mailchimp campaign identifier added to newsletter links' },
  { name: 'mc_eid', why: 'Mailchimp subscriber identifier added to newsletter links' },
  { name: 'igshid', why: 'Instagram share identifier added by the share button' },
  { name: 'igsh', why: 'Instagram share identifier (newer form of igshid)' },
  { name: 'yclid', why: 'Yandex Direct click identifier' },
  { name: '_openstat', why: 'Yandex Openstat advertising tag' },
  { name: '_hsenc', why: 'HubSpot e-mail tracking token' },
  { name: '_hsmi', why: 'HubSpot e-mail message identifier' },
  { name: 'mkt_tok', why: 'Marketo e-mail tracking token' },
  { name: 'twclid', why: 'X (Twitter) Ads click identifier' },
  { name: 'ttclid', why: 'TikTok Ads click identifier' },
  { name: 'li_fat_id', why: 'LinkedIn Ads first-party click identifier' },
  { name: 'epik', why: 'Pinterest Ads click identifier' },
  { name: 'oly_anon_id', why: 'Omeda anonymous reader identifier added to newsletter links' },
  { name: 'oly_enc_id', why: 'Omeda reader identifier added to newsletter links' },
  { name: 'vero_id', why: 'Vero e-mail recipient identifier' },
  { name: 'vero_conv', why: 'Vero e-mail conversion tag' },
];

const exact = new Set(TRACKING_PARAMETERS.filter((p) => !p.name.endsWith('*')).map((p) => p.name));
const prefixes = TRACKING_PARAMETERS.filter((p) => p.name.endsWith('*')).map((p) => p.name.slice(0, -1));

export function isTrackingParameter(name: string): boolean {
  return exact.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
}
