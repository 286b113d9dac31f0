/**
 * A hosting record's abuse contacts: directory entries first (they override RDAP), each with its
 * role, name, address (a mail or web-form link, or the API it is reached by), source and date.
 */
import { useMemo } from 'react';
import type { AbuseContact } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useFormatDate } from './workspace-shared.ts';

/** The directory overrides RDAP: its entries come first, in the server's order otherwise. */
const directoryFirst = (contacts: AbuseContact[]) =>
  [...contacts].sort((a, b) => Number(b.source === 'directory') - Number(a.source === 'directory'));

function ContactAddress({ contact }: { contact: AbuseContact }) {
  const { t } = useI18n();
  if (contact.channel === 'email') {
    return (
      <a className="contact-address" href={`mailto:${contact.address}`}>
        {contact.address}
      </a>
    );
  }
  if (contact.channel === 'web_form' && /^https?:\/\//i.test(contact.address)) {
    return (
      <a className="contact-address" href={contact.address} target="_blank" rel="noreferrer noopener">
        {contact.address}
        <span className="visually-hidden">{t.hosting.newTab}</span>
      </a>
    );
  }
  return <span className="contact-address">{t.hosting.channelApi(contact.address)}</span>;
}

export function ContactList({ contacts }: { contacts: AbuseContact[] }) {
  const { t, language } = useI18n();
  const h = t.hosting;
  const formatDate = useFormatDate();
  const languageName = useMemo(() => new Intl.DisplayNames([language], { type: 'language' }), [language]);
  if (contacts.length === 0) return <p className="muted">{h.noContacts}</p>;
  return (
    <ul className="contact-list" aria-label={h.contacts}>
      {directoryFirst(contacts).map((contact) => (
        <li key={`${contact.source}-${contact.role}-${contact.address}`} className="contact">
          <div className="contact-head">
            <span className="contact-role">{h.roles[contact.role]}</span>
            {contact.name ? <span className="contact-name">{contact.name}</span> : null}
            {contact.source === 'directory' ? (
              <span className="badge badge-info">{h.fromDirectory}</span>
            ) : null}
          </div>
          <ContactAddress contact={contact} />
          <div className="contact-source muted">
            {h.sources[contact.source](formatDate(contact.as_of))}
            {contact.language
              ? ` · ${h.contactLanguage(languageName.of(contact.language) ?? contact.language)}`
              : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
