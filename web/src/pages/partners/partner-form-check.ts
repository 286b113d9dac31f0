/**
 * The partner hotline form's own checks, in the person's language, before anything is sent: the
 * server checks the same rules again (partners.schemas.ts) and its answer is shown if it still refuses.
 */
import type { Language, PartnerChannel, PartnerHotlineBody, PartnerHotlineView } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';

export type PartnerFormValues = {
  country: string;
  name: string;
  channel: PartnerChannel;
  address: string;
  language: Language;
  website: string;
  checkedOn: string;
  active: boolean;
  notes: string;
};

export const emptyForm: PartnerFormValues = {
  country: '',
  name: '',
  channel: 'web_form',
  address: '',
  language: 'en',
  website: '',
  checkedOn: '',
  active: true,
  notes: '',
};

export function formOf(hotline: PartnerHotlineView): PartnerFormValues {
  return {
    country: hotline.country,
    name: hotline.name,
    channel: hotline.channel,
    address: hotline.address ?? '',
    language: hotline.language,
    website: hotline.website ?? '',
    checkedOn: hotline.checked_on ?? '',
    active: hotline.active,
    notes: hotline.notes ?? '',
  };
}

/** The body that saves `hotline` as it is, with some fields changed (deactivating it, say). */
export const bodyOf = (hotline: PartnerHotlineView, change: Partial<PartnerHotlineBody> = {}) => ({
  country: hotline.country,
  name: hotline.name,
  channel: hotline.channel,
  address: hotline.address,
  language: hotline.language,
  website: hotline.website,
  notes: hotline.notes,
  active: hotline.active,
  checked_on: hotline.checked_on,
  ...change,
});

const https = /^https:\/\/\S+$/i;

/** The body to send, or the first problem found, worded for the person. */
export function checkForm(
  values: PartnerFormValues,
  t: Messages,
): { body: PartnerHotlineBody } | { problem: string } {
  const e = t.partners.errors;
  const country = values.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return { problem: e.country };
  if (!values.name.trim()) return { problem: e.name };
  const address = values.address.trim();
  if (address && values.channel === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
    return { problem: e.email };
  }
  if (address && values.channel !== 'email' && !https.test(address)) return { problem: e.url };
  const website = values.website.trim();
  if (website && !https.test(website)) return { problem: e.website };
  return {
    body: {
      country,
      name: values.name.trim(),
      channel: values.channel,
      address: address || null,
      language: values.language,
      website: website || null,
      checked_on: values.checkedOn || null,
      active: values.active,
      notes: values.notes.trim() || null,
    },
  };
}
