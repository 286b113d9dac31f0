/**
 * One hosting look-up as staff read it: the host and where it resolved, the country and network,
 * a CDN in front, the abuse contacts (directory entries first, each with its source and date), the
 * steps that did not answer in plain words, and the dates of the offline databases used.
 */
import type { HostingLookup, LookupProblem } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CountryName } from './country.tsx';
import { ContactList } from './hosting-contacts.tsx';
import { useFormatDate } from './workspace-shared.ts';

export function ProblemLine({ problem, retryAt }: { problem: LookupProblem; retryAt: string | undefined }) {
  const { t } = useI18n();
  const h = t.hosting;
  const who = h.stages[problem.stage];
  const say = h.problems[problem.reason];
  // What was asked about (an address, a name) helps whoever follows it up; the rest is for the logs.
  const subject = problem.detail?.split(': ')[0];
  const detail = subject && subject.length > 120 ? `${subject.slice(0, 120)}…` : subject;
  return (
    <>
      {say ? say(who, retryAt) : h.unknownProblem(who, problem.reason)}
      {detail ? <span className="problem-detail"> {detail}</span> : null}
    </>
  );
}

type Props = {
  lookup: HostingLookup;
  /** When the next look-up is due after a passing failure (HH:MM), for the problems' sentences. */
  retryAt?: string;
  /** Heading level of the sub-titles (contacts, problems). */
  level?: 3 | 4;
};

export function HostingRecordFacts({ lookup, retryAt, level = 3 }: Props) {
  const { t } = useI18n();
  const h = t.hosting;
  const formatDate = useFormatDate();
  const Heading = level === 3 ? 'h3' : 'h4';
  const showDomain = lookup.registrable_domain !== null && lookup.registrable_domain !== lookup.host;
  return (
    <div className="hosting-record">
      <dl className="facts hosting-facts">
        <dt>{h.host}</dt>
        <dd className="mono wrap-anywhere">{lookup.host}</dd>
        {showDomain ? (
          <>
            <dt>{h.domain}</dt>
            <dd className="mono wrap-anywhere">{lookup.registrable_domain}</dd>
          </>
        ) : null}
        {lookup.cnames.length > 0 ? (
          <>
            <dt>{h.aliases}</dt>
            <dd className="mono wrap-anywhere">{lookup.cnames.join(' → ')}</dd>
          </>
        ) : null}
        <dt>{h.addresses}</dt>
        <dd>
          {lookup.ips.length === 0 ? (
            <span className="muted">{h.noAddress}</span>
          ) : (
            <ul className="address-list" aria-label={h.addresses}>
              {lookup.ips.map((ip) => (
                <li key={ip} className="mono wrap-anywhere">
                  {ip}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{h.country}</dt>
        <dd>
          {lookup.country ? (
            <CountryName code={lookup.country} />
          ) : (
            <span className="muted">{h.unknown}</span>
          )}
        </dd>
        <dt>{h.network}</dt>
        <dd>
          {lookup.asn !== null ? (
            <>
              <span className="mono">AS{lookup.asn}</span>
              {lookup.as_name ? ` · ${lookup.as_name}` : null}
            </>
          ) : (
            <span className="muted">{h.unknown}</span>
          )}
        </dd>
      </dl>
      {lookup.cdn ? <p className="message message-warn cdn-note">{h.cdn(lookup.cdn.name)}</p> : null}
      <Heading className="hosting-subtitle">{h.contacts}</Heading>
      <ContactList contacts={lookup.abuse_contacts} />
      {lookup.problems.length > 0 ? (
        <>
          <Heading className="hosting-subtitle">{h.problemsTitle}</Heading>
          <ul className="problem-list">
            {lookup.problems.map((problem) => (
              <li key={`${problem.stage}-${problem.reason}-${problem.detail ?? ''}`}>
                <ProblemLine problem={problem} retryAt={retryAt} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="hint hosting-databases">
        {h.databases(
          lookup.databases.country ? formatDate(lookup.databases.country) : h.noDatabase,
          lookup.databases.asn ? formatDate(lookup.databases.asn) : h.noDatabase,
        )}
      </p>
    </div>
  );
}
