/**
 * The starting list of partner hotlines: INHOPE member hotlines by country, as known when this file
 * was written. It is a starting point, not a confirmed contact list: every row is seeded with
 * `checked_on` null, and staff must confirm each hotline (name, reporting channel, address) with the
 * hotline or INHOPE before relying on it, then record the date. Members exchange reports through
 * INHOPE's ICCAM; this list is for what a liaison officer sends outside it.
 *
 * Rules of this file: one row per country (where a country has several members, the others are
 * named in `notes`); the channel is 'web_form' and `address` is the hotline's public reporting page
 * only where it is well known, otherwise null (none on record: sent by hand); no e-mail address is
 * ever guessed. Notices are written in English, in French for francophone hotlines. The
 * jurisdiction's own country is left out when seeding (seed-partner-hotlines.ts): a hotline does
 * not notify itself. Members whose membership INHOPE suspended are not listed, nor members the
 * list's author was unsure of: the list is incomplete as well as unconfirmed, and staff add what
 * is missing.
 */
import type { Language } from '../../platform/i18n/language.ts';
import type { PartnerChannel } from './partners.tables.ts';

export type PartnerSeed = {
  country: string;
  name: string;
  website: string;
  channel: PartnerChannel;
  address: string | null;
  language: Language;
  notes?: string;
};

type Row = Pick<PartnerSeed, 'country' | 'name' | 'website'> & Partial<PartnerSeed>;

const rows: Row[] = [
  // Europe
  { country: 'AT', name: 'Stopline', website: 'https://www.stopline.at' },
  {
    country: 'BE',
    name: 'Child Focus',
    website: 'https://childfocus.be',
    language: 'fr',
    notes: 'Bilingual (French and Dutch).',
  },
  { country: 'BG', name: 'Safenet (Bulgarian Safer Internet Centre)', website: 'https://www.safenet.bg' },
  {
    country: 'BA',
    name: 'IFS-EMMAUS (International Forum of Solidarity)',
    website: 'https://www.sigurnodijete.ba',
  },
  {
    country: 'HR',
    name: 'Centar za nestalu i zlostavljanu djecu (Center for Missing and Exploited Children)',
    website: 'https://cnzd.org',
  },
  { country: 'CY', name: 'Cyprus Safer Internet Hotline (CyberEthics)', website: 'https://cyberethics.info' },
  { country: 'CZ', name: 'Stop Online (CZ.NIC)', website: 'https://www.stoponline.cz' },
  { country: 'DK', name: 'Red Barnet (Save the Children Denmark)', website: 'https://redbarnet.dk' },
  { country: 'EE', name: 'Vihjeliin (Estonian Union for Child Welfare)', website: 'https://vihjeliin.ee' },
  { country: 'FI', name: 'Nettivihje (Save the Children Finland)', website: 'https://www.nettivihje.fi' },
  {
    country: 'DE',
    name: 'eco Beschwerdestelle',
    website: 'https://www.eco.de',
    notes: 'Germany has three INHOPE members: eco, FSM (https://www.fsm.de) and jugendschutz.net.',
  },
  { country: 'GR', name: 'SafeLine', website: 'https://www.safeline.gr' },
  { country: 'HU', name: 'Internet Hotline (NMHH)', website: 'https://internethotline.hu' },
  { country: 'IS', name: 'Barnaheill (Save the Children Iceland)', website: 'https://www.barnaheill.is' },
  { country: 'IE', name: 'Hotline.ie', website: 'https://hotline.ie' },
  {
    country: 'IT',
    name: 'STOP-IT (Save the Children Italy)',
    website: 'https://www.savethechildren.it',
    notes: 'Italy has a second INHOPE member: Telefono Azzurro.',
  },
  { country: 'LV', name: 'Drossinternets.lv', website: 'https://drossinternets.lv' },
  { country: 'LT', name: 'Draugiškas internetas', website: 'https://www.draugiskasinternetas.lt' },
  {
    country: 'LU',
    name: 'BEE SECURE Stopline',
    website: 'https://stopline.bee-secure.lu',
    language: 'fr',
  },
  {
    country: 'MT',
    name: 'Childwebalert (Foundation for Social Welfare Services)',
    website: 'https://fsws.gov.mt',
  },
  { country: 'NL', name: 'Offlimits', website: 'https://www.offlimits.nl' },
  { country: 'PL', name: 'Dyżurnet.pl (NASK)', website: 'https://dyzurnet.pl' },
  { country: 'PT', name: 'Linha Alerta', website: 'https://www.internetsegura.pt' },
  {
    country: 'RO',
    name: 'Salvați Copiii (Save the Children Romania)',
    website: 'https://www.salvaticopiii.ro',
  },
  { country: 'RS', name: 'Net Patrola', website: 'https://www.netpatrola.rs' },
  { country: 'SK', name: 'Stopline.sk', website: 'https://www.stopline.sk' },
  { country: 'SI', name: 'Spletno oko', website: 'https://www.spletno-oko.si' },
  { country: 'ES', name: 'INCIBE', website: 'https://www.incibe.es' },
  { country: 'SE', name: 'ECPAT Sverige', website: 'https://ecpat.se' },
  { country: 'TR', name: 'İhbar Web', website: 'https://www.ihbarweb.org.tr' },
  {
    country: 'GB',
    name: 'Internet Watch Foundation (IWF)',
    website: 'https://www.iwf.org.uk',
    address: 'https://report.iwf.org.uk/',
  },
  // The Americas
  {
    country: 'US',
    name: 'NCMEC CyberTipline',
    website: 'https://www.missingkids.org',
    address: 'https://report.cybertip.org/',
  },
  {
    country: 'CA',
    name: 'Cybertip.ca (Canadian Centre for Child Protection)',
    website: 'https://www.cybertip.ca',
    notes: 'Also in French as Cyberaide.ca.',
  },
  { country: 'BR', name: 'SaferNet Brasil', website: 'https://new.safernet.org.br' },
  { country: 'CO', name: 'Te Protejo (Red PaPaz)', website: 'https://www.teprotejo.org' },
  // Asia, Oceania, Africa
  {
    country: 'AU',
    name: 'eSafety Commissioner',
    website: 'https://www.esafety.gov.au',
    address: 'https://www.esafety.gov.au/report',
  },
  {
    country: 'NZ',
    name: 'Department of Internal Affairs (Digital Safety)',
    website: 'https://www.dia.govt.nz',
  },
  { country: 'JP', name: 'Internet Hotline Center Japan', website: 'https://www.internethotline.jp' },
  {
    country: 'KR',
    name: 'Korea Communications Standards Commission (KCSC)',
    website: 'https://www.kocsc.or.kr',
  },
  { country: 'TW', name: 'web547 (ECPAT Taiwan)', website: 'https://www.web547.org.tw' },
  { country: 'TH', name: 'Thai Hotline', website: 'https://www.thaihotline.org' },
  { country: 'ZA', name: 'Film and Publication Board (FPB)', website: 'https://www.fpb.org.za' },
];

export const PARTNER_SEED: readonly PartnerSeed[] = rows.map((row) => ({
  channel: 'web_form',
  address: null,
  language: 'en',
  ...row,
}));
