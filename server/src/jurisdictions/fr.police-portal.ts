/**
 * The columns of PHAROS's daily transmission batch, in order. PHAROS (the national police and
 * gendarmerie platform for illegal online content) has no public API: the liaison officer copies each
 * row into the portal's report form, or hands the file over, so the order follows what such a form
 * asks, top to bottom: our reference, when the content was found, where it is, what offence, where it
 * is hosted (country, addresses, network), how to recognise it (hashes, never the file), the analyst's
 * observations, and whom to call back. Nothing about the reporter: reports are anonymous.
 *
 * The values are computed by features/notices (police-batch.types.ts lists them); headers are in
 * French, the language of the pack's police.
 */
import type { PolicePortalField } from './jurisdiction.ts';

export const frPolicePortalFields: PolicePortalField[] = [
  { value: 'notice_id', header: 'Référence de la transmission' },
  { value: 'item_id', header: 'Référence du contenu' },
  // The first report's received time, in the hotline's time zone (VIGIE_TIME_ZONE), ISO 8601 with offset.
  { value: 'found_at', header: 'Date et heure de constatation' },
  { value: 'url', header: 'Adresse (URL)' },
  { value: 'category', header: 'Catégorie' },
  // Code pénal or loi du 29 juillet 1881 articles, as fr.ts cites them.
  { value: 'legal_bases', header: 'Fondement juridique' },
  { value: 'hosting_country', header: 'Pays d’hébergement' },
  { value: 'ip_addresses', header: 'Adresse(s) IP' },
  { value: 'network', header: 'Réseau (AS)' },
  { value: 'sha256', header: 'Empreinte(s) SHA-256' },
  { value: 'md5', header: 'Empreinte(s) MD5' },
  { value: 'analyst_note', header: 'Observations de l’analyste' },
  { value: 'contact', header: 'Contact du service émetteur' },
];
